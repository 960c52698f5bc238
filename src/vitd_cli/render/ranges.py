"""`vitd ranges`: the schemes in use, band by band, with their sources."""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..reference import ReferenceData


def _cut(band_limit: dict[str, float] | None, below: bool) -> str:
    if not band_limit:
        return ""
    op = "<" if below else "<="
    return " / ".join(f"{op} {v:g} {u}" for u, v in band_limit.items())


def render_ranges(ref: ReferenceData, analytes: list[str], out: TextIO) -> None:
    console = Console(file=out, highlight=False, emoji=False)
    for aid in analytes:
        a = ref.analytes[aid]
        console.print(Text(f"\n{a.name} [{aid}]", style="bold underline"))
        for s in ref.schemes[aid].values():
            default = " (default)" if ref.defaults[aid] == s.id else ""
            console.print(Text(f"{s.id}{default}: {s.name}", style="bold"))
            console.print(Text(f"Source: {s.source}", style="dim"))
            if s.note:
                console.print(Text(f"Note: {s.note}", style="italic"))
            table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False)
            table.add_column("Category")
            table.add_column("Flag")
            table.add_column("Severity")
            table.add_column("Band ends")
            for b in s.bands:
                end = _cut(b.limit, b.below is not None) or "(everything above)"
                table.add_row(b.category, b.flag, b.severity or "", end)
            console.print(table)
    console.print(Text("Ranges are adult ranges. Each cut-off is compared in the unit it was published in when the value "
                       "comes in that unit, otherwise after exact conversion.", style="dim"))
