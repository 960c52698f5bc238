"""The Rich report of a lab export, for people: what was read, the results by analyte, then the subjects with
findings (most urgent first), each with its findings and each analyte's trend (a small table with a sparkline,
direction and change). Plain text without colour when NO_COLOR is set or the output is not a terminal."""

from __future__ import annotations

from collections import defaultdict
from typing import TextIO

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from ..models import URGENCY_ORDER, FileReport, Panel, Result
from ..row_counts import SKIP_KINDS
from ..textsafe import visible_all
from .layout import Col, fitted_table
from .terminal import FLAG_STYLE, FLAG_WORD, SHORT_NAMES, URGENCY_STYLE, URGENCY_WORD, emit, make_console

MAX_SUBJECTS = 20  # subjects shown in full; the JSON output has them all
MAX_SKIPPED = 10
SPARK = "▁▂▃▄▅▆▇█"
SPARK_POINTS = 12
SEVERITY_ORDER = {None: 0, "mild": 1, "moderate": 2, "severe": 3}
DELIMITER_WORDS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}


def sparkline(values: list[float]) -> str:
    vals = values[-SPARK_POINTS:]
    if len(vals) < 2:
        return ""
    lo, hi = min(vals), max(vals)
    if hi == lo:
        return SPARK[3] * len(vals)
    return "".join(SPARK[min(len(SPARK) - 1, int((v - lo) / (hi - lo) * (len(SPARK) - 1) + 0.5))] for v in vals)


def _conventional_first(results: list[Result]) -> bool:
    """Show a series in the unit system most of its values came in."""
    conv = sum(1 for r in results if r.reported_unit == r.conventional.unit)
    return conv * 2 >= len(results)


def _shown(r: Result, conventional: bool) -> float:
    return r.conventional.value if conventional else r.value


def _name(analyte: str) -> str:
    return SHORT_NAMES.get(analyte, analyte)


def _fmt(x: float) -> str:
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:.1f}" if abs(x) >= 10 else f"{x:.2f}"


def _cmp(r: Result) -> str:
    return r.comparator or ""


def _day(date: str | None) -> str:
    return (date or "")[:10]


TREND_COLUMNS = (Col("Test", keep=True, priority=2), Col("n", "right", wrap=False, inline=True), Col("Period", priority=1),
                 Col("First -> last", priority=0), Col("Change", "right", keep=True, priority=3), Col("Trend", wrap=False),
                 Col("Latest", keep=True, priority=4))


def trend_table(panels: list[Panel], width: int = 80) -> RenderableType:
    """One row per analyte: how many results, over which days, first and last value, the change, a sparkline of the
    last SPARK_POINTS values, and the latest verdict; `width` wide, words never broken (stacked when too narrow)."""
    by_analyte: dict[str, list[tuple[str | None, Result]]] = defaultdict(list)
    for p in panels:
        for r in p.results:
            by_analyte[r.analyte].append((p.date, r))
    rows: list[list[Text | str]] = []
    for analyte, points in by_analyte.items():
        results = [r for _, r in points]
        conv = _conventional_first(results)
        unit = results[0].conventional.unit if conv else results[0].unit
        vals = [_shown(r, conv) for r in results]
        first_d, last_d = _day(points[0][0]), _day(points[-1][0])
        period = first_d if first_d == last_d else f"{first_d} to {last_d}"
        last = results[-1]
        if len(vals) > 1:
            change = vals[-1] - vals[0]
            pct = f" ({100 * change / vals[0]:+.0f}%)" if vals[0] else ""
            moved = abs(change) > 0.05 * abs(vals[0]) if vals[0] else change != 0
            arrow = ("up " if change > 0 else "down ") if moved else "stable "
            change_text = f"{arrow}{change:+.3g}{pct}"
            values = f"{_cmp(results[0])}{_fmt(vals[0])} -> {_cmp(last)}{_fmt(vals[-1])} {unit}"
        else:
            change_text, values = "", f"{_cmp(last)}{_fmt(vals[0])} {unit}"
        latest = Text(FLAG_WORD[last.flag], style=FLAG_STYLE[last.flag])
        if last.severity:
            latest.append(f" ({last.severity})")
        rows.append([_name(analyte) + (" (est.)" if last.estimate else ""), str(len(vals)), period, values, change_text,
                     sparkline(vals), latest])
    return fitted_table(TREND_COLUMNS, rows, width)


def _subject_findings(panels: list[Panel]) -> list[Text]:
    agg: dict[str, dict] = {}
    for p in panels:
        for f in p.findings:
            a = agg.setdefault(f.code, {"n": 0, "worst": f, "latest": f, "date": p.date, "title": f.title})
            a["n"] += 1
            w = a["worst"]
            if (URGENCY_ORDER[f.urgency], SEVERITY_ORDER[f.severity]) > (URGENCY_ORDER[w.urgency], SEVERITY_ORDER[w.severity]):
                a["worst"] = f
            a["latest"], a["date"] = f, p.date
    out = []
    order = sorted(agg.values(), key=lambda a: (-URGENCY_ORDER[a["worst"].urgency], -SEVERITY_ORDER[a["worst"].severity], -a["n"]))
    for a in order:
        w = a["worst"]
        t = Text(a["title"], style="bold")
        if w.severity:
            t.append(f", at worst {w.severity}")
        t.append(f" - {a['n']} of {len(panels)} panel{'s' if len(panels) != 1 else ''}")
        if w.urgency in ("urgent", "prompt"):
            t.append(" ").append(f" {URGENCY_WORD[w.urgency]} ", style=URGENCY_STYLE[w.urgency])
        t.append(f"\nlatest{' ' + a['date'] if a['date'] else ''}: {a['latest'].summary}")
        out.append(t)
    return out


def _bullets(items: list[Text | str]) -> Table:
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row("-", item)
    return grid


def renderables(rep: FileReport, width: int = 80) -> list[RenderableType]:
    parts: list[RenderableType] = []
    inp, rows = rep.input, rep.rows
    parts.append(Text(f"vitd - lab export{': ' + inp.name if inp and inp.name else ''}", style="bold"))
    if inp:
        cols = ", ".join(f"{k}={v}" for k, v in inp.columns.items())
        how = f"{inp.layout} layout ({'one result a row' if inp.layout == 'long' else 'a column per analyte'}), " \
              f"{DELIMITER_WORDS.get(inp.delimiter, repr(inp.delimiter))}-separated, {inp.encoding}"
        parts.append(Text(f"Read as {how}; columns: {cols}" + (f"; dictionary {inp.dictionary}" if inp.dictionary else "")
                          + (f"; panels: one subject within {inp.panel_window}" if inp.panel_window else "")))
    if rows:
        parts.append(Text(f"Rows: {_rows_line(rep)}"))
    if rep.warnings:
        parts.append(Text("\nNotes", style="bold underline"))
        parts.append(_bullets(list(rep.warnings)))
    by_subject: dict[str | None, list[Panel]] = defaultdict(list)
    for p in rep.panels:
        by_subject[p.subject].append(p)
    parts.append(Text("\nResults by analyte", style="bold underline"))
    parts.append(_analyte_table(rep, by_subject, width))
    with_findings = [(s, ps) for s, ps in by_subject.items() if any(p.findings for p in ps)]
    with_findings.sort(key=lambda sp: (-max(URGENCY_ORDER[p.urgency] for p in sp[1]),
                                       -len({f.code for p in sp[1] for f in p.findings})))
    parts.append(Text(f"\nSubjects with findings: {len(with_findings):,} of {len(by_subject):,}" + (" (most urgent first)" if with_findings else ""),
                      style="bold underline"))
    for subject, panels in with_findings[:MAX_SUBJECTS]:
        panels = sorted(panels, key=lambda p: p.date or "")
        worst = max((p.urgency for p in panels), key=URGENCY_ORDER.__getitem__)
        head = Text(f"\n{'Subject ' + subject if subject else 'All rows'}", style="bold")
        head.append("  ").append(f" {URGENCY_WORD[worst]} ", style=URGENCY_STYLE[worst])
        dates = [p.date for p in panels if p.date]
        span = f"{dates[0]} to {dates[-1]}" if len(dates) > 1 else (dates[0] if dates else "")
        head.append(f"  {len(panels)} panel{'s' if len(panels) != 1 else ''}" + (f", {span}" if span else ""))
        parts.append(head)
        parts.append(_bullets(_subject_findings(panels)))  # type: ignore[arg-type]
        parts.append(trend_table(panels, width))
    if len(with_findings) > MAX_SUBJECTS:
        parts.append(Text(f"\n... and {len(with_findings) - MAX_SUBJECTS} more subjects with findings: --format json lists every panel, "
                          "--format csv every row.", style="italic"))
    if rows and rows.skipped_rows:
        parts.append(Text("\nSkipped rows", style="bold underline"))
        shown = [f"row {s.row:,}" + (f" (line {s.line:,})" if s.line else "") + f": {s.reason}" for s in rows.skipped_rows[:MAX_SKIPPED]]
        if rows.skipped > MAX_SKIPPED:
            shown.append(f"... {rows.skipped - MAX_SKIPPED:,} more (--format csv shows each in vitd_note)")
        parts.append(_bullets(shown))  # type: ignore[arg-type]
    if rep.guideline_note and any(r.analyte == "vitamin_d" for p in rep.panels for r in p.results):
        parts.append(Text("\nAbout the vitamin D guideline", style="bold underline"))
        parts.append(Text(f"Used here: {rep.guideline_name}. {rep.guideline_note.strip()}"))
    parts.append(Text(f"\n{rep.disclaimer}", style="bold"))
    return parts


def _rows_line(rep: FileReport) -> str:
    r = rep.rows
    assert r is not None
    skipped = {k: n for k, n in r.reasons.items() if k in SKIP_KINDS}
    other = {k: n for k, n in r.reasons.items() if k not in SKIP_KINDS}
    text = f"{r.total:,}: {r.interpreted:,} interpreted ({r.results:,} results), {r.other_test:,} other tests"
    if other:
        text += " (" + ", ".join(f"{n:,} {k}" for k, n in other.items()) + ")"
    text += f", {r.skipped:,} skipped"
    if skipped:
        text += " (" + ", ".join(f"{n:,} {k}" for k, n in skipped.items()) + ")"
    if r.lab_disagreements:
        text += f"; {r.lab_disagreements:,} results judged differently by the lab's own flag or range"
    return text


def _analyte_table(rep: FileReport, by_subject: dict[str | None, list[Panel]], width: int = 80) -> RenderableType:
    """Per analyte: results by flag, subjects, vitd's normal range and scheme, and the lab's own ranges when the file
    gives them (and how many results the lab judged differently); `width` wide, words never broken (stacked when
    too narrow)."""
    stats: dict[str, dict] = {}
    for subject, panels in by_subject.items():
        for p in panels:
            for r in p.results:
                s = stats.setdefault(r.analyte, {"n": 0, "low": 0, "normal": 0, "high": 0, "subjects": set(), "range": r.range,
                                                 "lab": {}, "differ": 0})
                s["n"] += 1
                s[r.flag] += 1
                s["subjects"].add(subject)
                lab = getattr(r, "lab_range", None)
                if lab:
                    s["lab"][lab] = s["lab"].get(lab, 0) + 1
                if any(n.startswith(("the lab's range", "the lab flagged", "the lab did not flag")) for n in r.notes):
                    s["differ"] += 1
    with_lab = any(s["lab"] or s["differ"] for s in stats.values())
    columns = [Col("Test", priority=0), *(Col(h, "right", wrap=False, inline=True) for h in ("n", "Low", "Normal", "High", "Subjects")),
               Col("Normal range (scheme)", priority=1)]
    if with_lab:
        columns.append(Col("Lab differs", "right", inline=True))
    rows: list[list[Text | str]] = []
    for analyte, s in stats.items():
        rng = s["range"]
        text = f"{rng.text.split(' (')[0]} ({rng.scheme})"
        labs = sorted(s["lab"], key=s["lab"].get, reverse=True)
        if labs:
            text += "\nlab: " + "; ".join(labs[:2]) + (f" (+{len(labs) - 2} more)" if len(labs) > 2 else "")
        row = [_name(analyte), f"{s['n']:,}", f"{s['low']:,}", f"{s['normal']:,}", f"{s['high']:,}", f"{len(s['subjects']):,}", text]
        if with_lab:
            row.append(f"{s['differ']:,}" if s["differ"] else "")
        rows.append(row)  # type: ignore[arg-type]
    return fitted_table(columns, rows, width)


def render_file_report(rep: FileReport, out: TextIO, width: int | None = None) -> None:
    console = make_console(out, width)
    emit(console, renderables(visible_all(rep), console.width), out)  # type: ignore[arg-type]  # input text: controls shown, not obeyed
