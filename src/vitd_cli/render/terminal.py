"""The Rich explanation for people: results, what they mean, how they link to the symptoms, what to do."""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel as RichPanel
from rich.table import Table
from rich.text import Text

from ..models import Panel, Report, Result

FLAG_STYLE = {"low": "bold yellow", "high": "bold red", "normal": "green"}
FLAG_WORD = {"low": "LOW", "high": "HIGH", "normal": "normal"}
URGENCY_STYLE = {"urgent": "bold white on red", "prompt": "bold black on yellow", "routine": "bold", "none": "green"}
URGENCY_WORD = {"urgent": "URGENT", "prompt": "SOON", "routine": "ROUTINE", "none": "NO ACTION NEEDED"}
VERDICT_MARK = {"explained": ("can be explained", "green"), "possibly_related": ("possibly related", "yellow"),
                "not_explained": ("not explained", "dim"), "red_flag": ("RED FLAG", "bold red")}
MUSCLE_FINDINGS = {"vitamin_d_deficiency", "vitamin_d_insufficiency", "hypocalcemia", "hypomagnesemia",
                   "secondary_hyperparathyroidism", "magnesium_limits_calcium_correction"}
CHAIN = (
    "How these results link to muscle symptoms: vitamin D lets the gut absorb calcium. A long or severe shortage "
    "lowers blood calcium (hypocalcemia); parathyroid hormone (PTH) then rises and pulls calcium out of bone. "
    "Low calcium, and low magnesium, make nerves over-excitable: fine twitches (fasciculations), cramps, "
    "tingling or numbness (paresthesia), painful spasms of hands, feet or face (tetany) and sudden jerks (myoclonus). "
    "Weakness, wasting, trouble swallowing, speaking or breathing, and steady worsening are not part of this "
    "picture and point to other causes that need a doctor."
)


def make_console(out: TextIO, width: int | None = None) -> Console:
    return Console(file=out, width=width, highlight=False, soft_wrap=False, emoji=False)


def _value(r: Result) -> Text:
    t = Text(r.reported if not r.estimate else f"{r.conventional.value:g} {r.conventional.unit}")
    if r.estimate:
        t.append(" (est.)", style="italic")
    if r.unit_inferred:
        t.append(" (unit assumed)", style="italic")
    return t


def _num(x: float) -> str:
    return f"{x:.0f}" if x >= 100 else f"{x:.1f}" if x >= 10 else f"{x:.2f}"


def _other_unit(r: Result) -> str:
    """The value in the other unit system from the one it came in."""
    if r.reported_unit == r.unit:
        return f"{_num(r.conventional.value)} {r.conventional.unit}"
    return f"{_num(r.value)} {r.unit}"


def results_table(panel: Panel, sources: list[str]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    table.add_column("Test", overflow="fold", ratio=3)
    table.add_column("Result", overflow="fold", ratio=2)
    table.add_column("Converted", overflow="fold", ratio=2)
    table.add_column("Normal range", overflow="fold", ratio=3)
    table.add_column("Status", overflow="fold", ratio=2)
    for r in panel.results:
        if r.range.source not in sources:
            sources.append(r.range.source)
        ref_no = sources.index(r.range.source) + 1
        status = Text(FLAG_WORD[r.flag], style=FLAG_STYLE[r.flag])
        if r.flag != "normal" or r.category not in ("normal",):
            status.append(f"\n{r.label}" if r.label not in ("low", "high", "normal") else "")
        if r.severity:
            status.append(f" ({r.severity})")
        table.add_row(_short_name(r), _value(r), _other_unit(r), f"{r.range.text} [{ref_no}]", status)
    return table


def _short_name(r: Result) -> str:
    names = {"vitamin_d": "Vitamin D (25-OH)", "calcium": "Calcium, total", "ionized_calcium": "Calcium, ionized",
             "corrected_calcium": "Calcium, corrected", "albumin": "Albumin", "magnesium": "Magnesium",
             "pth": "PTH (intact)", "phosphate": "Phosphate"}
    return names.get(r.analyte, r.name)


def _scheme_notes(panel: Panel) -> list[Text]:
    out = []
    for r in panel.results:
        differ = [o for o in r.other_schemes if o.label != r.label]
        if r.analyte == "vitamin_d" and differ:
            said = "; ".join(f"{o.scheme_name}: {o.label}" for o in differ)
            out.append(Text(f"Guidelines disagree about vitamin D {r.reported}. Using {r.range.scheme_name}: {r.label}. Others say - {said}."))
        elif differ:
            said = "; ".join(f"{o.scheme_name}: {o.label}" for o in differ)
            out.append(Text(f"{_short_name(r)} {r.reported}: {r.range.scheme_name} says {r.label}; {said}."))
        for note in r.notes:
            out.append(Text(f"{_short_name(r)}: {note}.", style="italic"))
        if r.formula:
            out.append(Text(f"Corrected calcium = {r.formula}.", style="italic"))
    return out


def render_panel(panel: Panel, report: Report, sources: list[str]) -> list:
    parts: list = []
    if panel.subject or panel.date:
        parts.append(Text(" ".join(x for x in (panel.subject and f"Subject {panel.subject}", panel.date) if x), style="bold"))
    if panel.results:
        parts.append(results_table(panel, sources))
        parts += _scheme_notes(panel)
    if panel.findings:
        parts.append(Text("\nWhat the results mean", style="bold underline"))
        for f in panel.findings:
            head = Text(f"- {f.title}", style="bold")
            if f.severity:
                head.append(f" ({f.severity})")
            parts.append(head)
            parts.append(Padding(Text(f"{f.summary}. {f.meaning}"), (0, 0, 0, 2)))
    codes = {f.code for f in panel.findings}
    if codes & MUSCLE_FINDINGS or panel.symptoms:
        parts.append(Padding(Text(CHAIN, style="dim" if not codes & MUSCLE_FINDINGS else ""), (1, 0, 0, 0)))
    if panel.symptoms:
        parts.append(Text("\nYour symptoms", style="bold underline"))
        for s in panel.symptoms:
            word, style = VERDICT_MARK[s.verdict]
            line = Text("- ")
            line.append(f"{s.label}: ", style="bold")
            line.append(f"[{word}] ", style=style)
            line.append(s.message)
            parts.append(line)
    urgency = Text(f" {URGENCY_WORD[panel.urgency]} ", style=URGENCY_STYLE[panel.urgency])
    urgency.append(f"  {panel.advice}")
    parts.append(Text(""))
    parts.append(RichPanel(urgency, title="What to do", title_align="left", box=box.ROUNDED))
    if panel.next_steps:
        parts.append(Text("Next steps", style="bold underline"))
        parts += [Text(f"- {s}") for s in panel.next_steps]
    return parts


def render_rich(report: Report, out: TextIO, width: int | None = None) -> None:
    console = make_console(out, width)
    sources: list[str] = []
    console.print(Text("vitd - what your lab results mean", style="bold"))
    for w in report.warnings:
        console.print(Text(f"Note: {w}", style="yellow"))
    for panel in report.panels:
        console.print(Group(*render_panel(panel, report, sources)))
    if report.guideline_note:
        console.print(Text(f"\nVitamin D guideline: {report.guideline_name}. {report.guideline_note}", style="dim"))
    if sources:
        console.print(Text("\nSources", style="bold underline"))
        for i, s in enumerate(sources, 1):
            console.print(Text(f"[{i}] {s}", style="dim"))
    console.print(Text(f"\n{report.disclaimer}", style="bold"))
