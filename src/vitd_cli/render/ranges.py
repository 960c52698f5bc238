"""`vitd ranges`: the schemes in use, band by band, with their sources."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from .layout import Col, fitted_table
from .terminal import emit, make_console

if TYPE_CHECKING:  # `vitd ranges` shows the reference data it is given: render/ does not load it
    from ..reference import ReferenceData


def _cut(band_limit: dict[str, float] | None, below: bool) -> str:
    if not band_limit:
        return ""
    op = "<" if below else "<="
    return " / ".join(f"{op} {v:g} {u}" for u, v in band_limit.items())


def _labelled(label: str, text: str, style: str = "") -> Table:
    """'Source: ...' with the wrapped lines indented under the text."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(Text(label, style="bold"), Text(text, style=style))
    return grid


BAND_COLUMNS = (Col("Category", priority=0), Col("Flag", wrap=False), Col("Severity", wrap=False), Col("Band ends"))


def _scheme_parts(ref: ReferenceData, aid: str, width: int) -> list[RenderableType]:
    parts: list[RenderableType] = []
    for s in ref.schemes[aid].values():
        default = " (default)" if ref.defaults[aid] == s.id else ""
        parts.append(Text(f"\n{s.id}{default}: {s.name}", style="bold"))
        parts.append(_labelled("Source:", s.source))
        if s.note:
            parts.append(_labelled("Note:", s.note, style="italic"))
        if s.origin not in _SHIPPED:  # a lab's own file given with --ranges
            parts.append(_labelled("From:", s.origin))
        rows: list[list[Text | str]] = []
        for b in s.bands:
            end = _cut(b.limit, b.below is not None) or "(everything above)"
            rows.append([b.category, b.flag, b.severity or "", end])
        parts.append(fitted_table(BAND_COLUMNS, rows, width))
    return parts


_SHIPPED = {"shipped", "vitamin_d.toml", "calcium.toml", "magnesium.toml", "related.toml"}


def render_ranges(ref: ReferenceData, analytes: list[str], out: TextIO, width: int | None = None) -> None:
    console = make_console(out, width)
    parts: list[RenderableType] = []
    for aid in analytes:
        parts.append(Text(f"\n{ref.analytes[aid].name} [{aid}]", style="bold underline"))
        if aid == "corrected_calcium":
            parts.append(Text("Albumin-corrected calcium is classified with the calcium schemes:"))
        parts += _scheme_parts(ref, aid, console.width)
        if aid == "calcium" and "corrected_calcium" not in analytes and "corrected_calcium" in ref.analytes:
            parts.append(Text(f"\n{ref.analytes['corrected_calcium'].name} [corrected_calcium]", style="bold underline"))
            parts.append(Text("Classified with the calcium schemes above, after albumin correction."))
    parts.append(Text("\nRanges are adult ranges. Each cut-off is compared in the unit it was published in when the value "
                      "comes in that unit, otherwise after exact conversion.", style="dim"))
    emit(console, parts, out)
