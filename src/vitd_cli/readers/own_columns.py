"""vitd's own output columns in an input: a file vitd wrote (CSV, TSV, Parquet) read again.

The output contract: a long file gets LONG_COLUMNS appended; a wide file gets vitd_status, five columns per analyte
(vitd_<analyte>_<PER_ANALYTE>) and vitd_findings, vitd_note. A header holding any of exactly those names is vitd's
earlier output: every engine drops those columns before reading the file, and writes this run's in their place
(where the first of them was, so a file read back has its columns in the same positions, not twice). A name that only
looks like one (vitd_status2, VITD_STATUS, vitd_foo) is the lab's and is kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

LONG_COLUMNS = ("vitd_status", "vitd_analyte", "vitd_value_si", "vitd_unit_si", "vitd_flag", "vitd_category", "vitd_severity",
                "vitd_range", "vitd_findings", "vitd_panel", "vitd_note")
PER_ANALYTE = ("value_si", "unit_si", "flag", "category", "severity")
DERIVED = ("corrected_calcium",)  # analytes vitd derives, which have wide output columns too


def output_names(analytes: Iterable[str]) -> frozenset[str]:
    """Every column name vitd appends, long or wide, for these analytes (the reference's)."""
    wide = {f"vitd_{a}_{c}" for a in (*analytes, *DERIVED) for c in PER_ANALYTE}
    return frozenset({*LONG_COLUMNS, *wide})


@dataclass(frozen=True)
class OwnColumns:
    """The positions of vitd's own columns in a header (ascending), and where this run's go in the header without them."""

    indices: tuple[int, ...]
    at: int  # an index into the header without them: the first old column's position

    def keep(self, width: int) -> list[int]:
        """The positions of the header that are kept."""
        drop = set(self.indices)
        return [i for i in range(width) if i not in drop]

    def strip(self, cells: list[str]) -> list[str]:
        """A record without those cells (in place; a short record loses those it has)."""
        n = len(cells)
        for i in reversed(self.indices):
            if i < n:
                del cells[i]
        return cells

    def strip_rows(self, rows: Iterable[list[str]]) -> Iterator[list[str]]:
        strip = self.strip
        for cells in rows:
            yield strip(cells)

    def note(self, replaced: bool = True) -> str:
        """The one stderr line that says so (it names the columns' count, never a value)."""
        n = len(self.indices)
        what = f"{n} of vitd's own output column{'s' if n != 1 else ''} (vitd_*, from an earlier run)"
        if replaced:
            return f"the input holds {what}: they are replaced by this run's, in the same place"
        return f"the input holds {what}: they are left out and its rows interpreted afresh"


def find_own_columns(header: list[str], analytes: Iterable[str]) -> OwnColumns | None:
    """vitd's own output columns in this header (exact names), or None."""
    names = output_names(analytes)
    indices = tuple(i for i, h in enumerate(header) if h.strip() in names)
    if not indices:
        return None
    return OwnColumns(indices, indices[0])
