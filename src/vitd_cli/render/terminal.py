"""The Rich explanation for people: what to do first, then the results, what they mean, how they link to the
symptoms, next steps, sources, and last the reminder that this is not a diagnosis.

Layout rules (tests/test_render.py and the golden files in tests/golden/ hold them):
- readable at any width: one row per result, the range in the unit system the value came in, sources as [n]; tables
  laid out by layout.py (no word, unit, value or scheme id broken across lines; rows stacked where the columns cannot
  fit, below about 70 columns); panels, tables and prose all as wide as the terminal, at most 100 columns
  (tests/test_render_widths.py);
- colour is never the only signal: every flag is also a word (LOW, HIGH, URGENT, RED FLAG);
- plain text, without ANSI codes, when NO_COLOR is set or the output is not a terminal; no trailing spaces.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import TextIO

from rich import box
from rich.console import Console, RenderableType
from rich.panel import Panel as RichPanel
from rich.table import Table
from rich.text import Text

from ..display import MECHANISM_TITLE, converted, in_si, label_from_id, lower_title, sentence
from ..models import Panel, Report, Result, SymptomAssessment
from ..textsafe import visible_all
from .layout import MAX_WIDTH as MAX_WIDTH
from .layout import Col, content_width, fitted_table

FLAG_STYLE = {"low": "bold yellow", "high": "bold red", "normal": "green"}
FLAG_WORD = {"low": "LOW", "high": "HIGH", "normal": "normal"}
URGENCY_STYLE = {"urgent": "bold white on red", "prompt": "bold black on yellow", "routine": "bold", "none": "bold green"}
RED_FLAG_STYLE = "bold white on red"
URGENCY_BORDER = {"urgent": "red", "prompt": "yellow", "routine": "default", "none": "green"}
URGENCY_WORD = {"urgent": "URGENT", "prompt": "SOON", "routine": "ROUTINE", "none": "NO ACTION NEEDED"}
VERDICT_WORD = {"explained": ("can be explained", "green"), "possibly_related": ("possibly related", "yellow"),
                "not_explained": ("not explained by these results", ""), "red_flag": ("RED FLAG", "bold red")}
SHORT_NAMES = {"vitamin_d": "Vitamin D", "calcium": "Calcium", "ionized_calcium": "Ionized calcium",
               "corrected_calcium": "Corrected calcium", "albumin": "Albumin", "magnesium": "Magnesium",
               "pth": "PTH", "phosphate": "Phosphate"}
_ANSI_TAIL = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)
_REPEATED_PREFIX = re.compile(r"\b([^:.;]{2,40}: )\1+")
_FORMULA = re.compile(r"^(.*= [^()]+?) \((.+)\)$")
_NOT_EXPLAINED = re.compile(r"^These results do not explain [^.]*\.\s*")


def make_console(out: TextIO, width: int | None = None) -> Console:
    """A console that writes plain text when NO_COLOR is set or `out` is not a terminal (Rich's own detection), as
    wide as the terminal (or `width`, or COLUMNS) but at most MAX_WIDTH: panels, tables and prose share that width."""
    no_color = bool(os.environ.get("NO_COLOR"))
    console = Console(file=out, width=width, highlight=False, soft_wrap=False, emoji=False, markup=False,
                      color_system=None if no_color else "auto", no_color=no_color)
    console.width = content_width(console.width)
    return console


# ---------------------------------------------------------------- small text helpers


def _num(x: float) -> str:
    """A converted value as a lab would print it: 399, 44.9, 2.02."""
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:.1f}" if abs(x) >= 10 else f"{x:.2f}"


def _bound(x: float) -> str:
    return f"{round(x, 3):g}"


def _clean(note: str) -> str:
    """A note as the end of a sentence: repeated prefixes dropped ('an estimate: an estimate: ...'), full stop."""
    note = _REPEATED_PREFIX.sub(r"\1", note.strip())
    return note if not note or note.endswith((".", "!", "?")) else note + "."


def _note(name: str, note: str) -> Text:
    """'Corrected calcium is an estimate: ...' or 'Vitamin D: reported as <5: ...'."""
    t = Text(name, style="bold")
    return t.append(f" is {note}" if note.lower().startswith(("a ", "an ")) else f": {note}")


def _bullets(items: Iterable[Text | str], mark: str = "-") -> Table:
    """A list with hanging indents: wrapped lines start under the text, not under the mark."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row(mark, item)
    return grid


def _footnotes(sources: list[str]) -> Table:
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column(overflow="fold")
    for i, source in enumerate(sources, 1):
        grid.add_row(f"[{i}]", source)
    return grid


def _heading(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


# ---------------------------------------------------------------- the results table


def _short_name(r: Result) -> str:
    return SHORT_NAMES.get(r.analyte, r.name)


_in_si = in_si


def _value(r: Result) -> Text:
    if r.estimate:
        shown = f"{r.value:g} {r.unit}" if _in_si(r) else f"{r.conventional.value:g} {r.conventional.unit}"
        return Text(shown).append("\n(estimate)", style="italic")
    t = Text(r.reported.strip())
    if r.unit_inferred:
        t.append("\n(unit assumed)", style="italic")
    return t


def _converted(r: Result) -> str:
    """The value in the other unit system from the one it came in, to the digits labs print, keeping the comparator
    of a censored value ('<12.5 nmol/L'): as interpret set it (Result.converted, analytes.toml `decimals`); a Result
    built by hand without it is printed to display.converted's default digits."""
    return r.converted or converted(r)


def _range(r: Result) -> str:
    """The normal range in the unit system the value came in."""
    rng = r.range
    if _in_si(r) or rng.conventional_unit is None:
        low, high, unit = rng.low, rng.high, rng.unit
    else:
        low, high, unit = rng.conventional_low, rng.conventional_high, rng.conventional_unit
    if low is not None and high is not None:
        return f"{_bound(low)}-{_bound(high)} {unit}"
    if low is not None:
        return f">= {_bound(low)} {unit}"
    if high is not None:
        return f"<= {_bound(high)} {unit}"
    return rng.text


def _status(r: Result) -> Text:
    t = Text(FLAG_WORD[r.flag], style=FLAG_STYLE[r.flag])
    if r.severity:
        t.append(f" ({r.severity})")
    label = r.label.strip()
    # "moderately low" says no more than "LOW (moderate)"; "deficient" or "in the toxic range" does
    if label.lower() not in ("low", "high", "normal") and not label.lower().endswith((" low", " high")):
        t.append(f"\n{label}")
    return t


RESULT_COLUMNS = (Col("Test", priority=0), Col("Result", wrap=False), Col("Converted", wrap=False),
                  Col("Normal range", wrap=False), Col("Status", priority=1))


def results_table(panel: Panel, sources: list[str], width: int = 80) -> RenderableType:
    """One row per result, `width` wide; values, units and ranges are never broken. Where the columns cannot fit
    without breaking a word (below about 70 columns), one block per result instead."""
    rows: list[list[Text | str]] = []
    for r in panel.results:
        if r.range.source not in sources:
            sources.append(r.range.source)
        ref_no = sources.index(r.range.source) + 1
        rows.append([_short_name(r), _value(r), _converted(r), f"{_range(r)} [{ref_no}]", _status(r)])
    return fitted_table(RESULT_COLUMNS, rows, width)


def _result_notes(panel: Panel) -> list[Text]:
    """Where guidelines disagree (only where they put the value in another category), notes, formulas."""
    out = []
    for r in panel.results:
        name = _short_name(r)
        differ = [o for o in r.other_schemes if o.category != r.category or o.flag != r.flag]
        if differ:
            t = Text(f"{name} {_value(r).plain.splitlines()[0]}: ", style="bold")
            t.append(f"{r.label} under {r.range.scheme_name}, the scheme used here; ")
            t.append("; ".join(f"{o.label} under {o.scheme_name}" for o in differ) + ".")
            out.append(t)
        if r.formula:
            m = _FORMULA.match(r.formula)
            how = f"{m.group(1)} ({m.group(2).replace(' (', ', ').replace(')', '')})." if m else _clean(r.formula)
            out.append(Text(f"{name} = ", style="bold").append(how))
        seen = set()
        for note in r.notes:
            cleaned = _clean(note)
            if cleaned and cleaned.lower() not in seen:
                seen.add(cleaned.lower())
                out.append(_note(name, cleaned))
    return out


# ---------------------------------------------------------------- the parts of a panel


def _red_flags(panel: Panel) -> list[SymptomAssessment]:
    return [s for s in panel.symptoms if s.red_flag]


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _badge(word: str, style: str) -> Text:
    return Text().append(f" {word} ", style=style)  # a span, so the column's padding stays unstyled


def urgency_box(panel: Panel) -> RichPanel:
    grid = Table.grid(padding=(0, 2, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(_badge(URGENCY_WORD[panel.urgency], URGENCY_STYLE[panel.urgency]), panel.advice)
    flags = _red_flags(panel)
    neuro = [s.label for s in flags if s.red_flag == "neurological" and not s.explained_by]  # explained ones say so below
    emergency = [s.label for s in flags if s.red_flag == "emergency"]
    if emergency:
        grid.add_row("", "")
        grid.add_row(_badge("RED FLAG", RED_FLAG_STYLE), f"You reported {_join(emergency)}: this needs emergency care, whatever the results.")
    if neuro:
        grid.add_row("", "")
        grid.add_row(_badge("RED FLAG", RED_FLAG_STYLE), f"You reported {_join(neuro)}. Low vitamin D, calcium or magnesium do not explain "
                     f"{'this' if len(neuro) == 1 else 'these'}. See a doctor without delay and ask about a "
                     "neurological assessment (NICE NG42).")
    return RichPanel(grid, title="What to do", title_align="left", box=box.ROUNDED,
                     border_style=URGENCY_BORDER[panel.urgency])


def _findings(panel: Panel) -> list[Text]:
    out = []
    for f in panel.findings:
        t = Text(f.title, style="bold")
        if f.severity:
            t.append(f", {f.severity}", style="bold")
        t.append(f"\n{f.meaning.strip()}")
        out.append(t)
    return out


def _symptom(s: SymptomAssessment, titles: dict[str, str]) -> Text:
    word, style = VERDICT_WORD[s.verdict]
    t = Text(f"{s.label[0].upper()}{s.label[1:]}: ", style="bold")
    t.append(word, style=style)
    if s.verdict == "red_flag":
        if s.red_flag == "emergency":
            t.append(". Needs emergency care whatever the results.")
        else:
            t.append(". Lab results like these do not explain it; see 'What to do' above.")
            causes = [lower_title(titles.get(c) or label_from_id(c)) for c in s.explained_by]
            if causes:
                t.append(f" {sentence(_join(causes))} can cause it too, but that does not rule out other causes.")
        return t
    message = s.message.strip()
    if s.verdict == "not_explained":  # the verdict word already says it
        message = _NOT_EXPLAINED.sub("", message)
    return t.append(f". {message}" if message else ".")


def _symptom_lines(symptoms: list[SymptomAssessment], titles: dict[str, str]) -> list[Text]:
    """One line per symptom, except that red flags no result can explain share one line (said once, not n times)."""
    plain_flags = [s for s in symptoms if s.red_flag == "neurological" and not s.explained_by]
    out: list[Text] = []
    for s in symptoms:
        if s in plain_flags[1:]:
            continue
        if s is (plain_flags[0] if plain_flags else None) and len(plain_flags) > 1:
            labels = _join([f.label for f in plain_flags])
            t = Text(f"{labels[0].upper()}{labels[1:]}: ", style="bold")
            t.append("RED FLAG", style=VERDICT_WORD["red_flag"][1])
            out.append(t.append(". Lab results like these do not explain them; see 'What to do' above."))
        else:
            out.append(_symptom(s, titles))
    return out


def render_panel(panel: Panel, report: Report, sources: list[str], width: int = 80) -> list[RenderableType]:
    parts: list[RenderableType] = []
    if panel.subject or panel.date:
        who = " - ".join(x for x in (panel.subject and f"Subject {panel.subject}", panel.date) if x)
        parts.append(Text(f"\n{who}", style="bold"))
    parts.append(Text(""))
    parts.append(urgency_box(panel))
    if panel.results:
        parts.append(Text(""))
        parts.append(results_table(panel, sources, width))
        notes = _result_notes(panel)
        if notes:
            parts.append(_heading("Notes on the results"))
            parts.append(_bullets(notes))
    if panel.findings:
        parts.append(_heading("What the results mean"))
        parts.append(_bullets(_findings(panel)))
    titles = {f.code: f.title for f in panel.findings}
    if panel.symptoms:
        parts.append(_heading("Your symptoms"))
        parts.append(_bullets(_symptom_lines(panel.symptoms, titles)))
    chain = panel.mechanism
    if chain:
        parts.append(_heading(MECHANISM_TITLE))
        parts.append(Text(chain))
    if panel.next_steps:
        parts.append(_heading("Next steps"))
        parts.append(_bullets(panel.next_steps))
    return parts


def _uses_vitamin_d(report: Report) -> bool:
    return any(r.analyte == "vitamin_d" for p in report.panels for r in p.results)


def renderables(report: Report, width: int = 80) -> list[RenderableType]:
    sources: list[str] = []
    parts: list[RenderableType] = [Text("vitd - what your lab results mean", style="bold")]
    if report.warnings:
        parts.append(_bullets((Text("Note: ", style="bold").append(w) for w in report.warnings), mark="!"))
    for panel in report.panels:
        parts += render_panel(panel, report, sources, width)
    if report.guideline_note and _uses_vitamin_d(report):
        parts.append(_heading("About the vitamin D guideline"))
        parts.append(Text(f"Used here: {report.guideline_name}. {report.guideline_note.strip()}"))
    if sources:
        parts.append(_heading("Sources of the ranges"))
        parts.append(_footnotes(sources))
    parts.append(Text(f"\n{report.disclaimer}", style="bold"))
    return parts


def emit(console: Console, parts: Iterable[RenderableType], out: TextIO) -> None:
    """Print the parts to `out` through `console`, without the spaces Rich pads lines with."""
    with console.capture() as capture:
        for part in parts:
            console.print(part)
    out.write(_ANSI_TAIL.sub(r"\1", capture.get()))


def render_rich(report: Report, out: TextIO, width: int | None = None) -> None:
    """Write the explanation to `out`, as wide as `width` or the terminal (or COLUMNS, or 80), at most MAX_WIDTH."""
    console = make_console(out, width)
    emit(console, renderables(visible_all(report), console.width), out)  # type: ignore[arg-type]
