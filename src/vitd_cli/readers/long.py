"""Long layout (one result a row): the cells of the recognised columns, pulled out of a row in one step.

A role the file lacks reads an empty cell: rows get one extra empty cell appended (at index `width`), and missing
roles point at it, so a single itemgetter call fetches every field."""

from __future__ import annotations

from operator import itemgetter

from .columns import LongLayout

FIELDS = ("analyte", "code", "item", "specimen", "value", "value_numeric", "unit", "date", "subject", "reference_range", "flag")


class LongFields:
    def __init__(self, layout: LongLayout) -> None:
        self.width = len(layout.header)
        self.has = {role: role in layout.cols for role in FIELDS}
        self.get = itemgetter(*(layout.cols.get(role, self.width) for role in FIELDS))

    def __call__(self, cells: list[str]) -> tuple[str, ...]:
        """(analyte, code, item, specimen, value, value_numeric, unit, date, subject, reference_range, flag) of a row of
        exactly `width` cells (the caller checks); appends the empty cell that missing roles read."""
        cells.append("")
        out = self.get(cells)
        cells.pop()
        return out  # type: ignore[no-any-return]
