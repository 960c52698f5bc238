"""Wide layout (one subject a row, a column per analyte: NHANES, spreadsheets): which cells of a row hold results."""

from __future__ import annotations

from .columns import WideColumn, WideLayout

_TRUE_FLAGS = {"1", "1.0", "yes", "y", "true"}


class WideFields:
    def __init__(self, layout: WideLayout, missing: frozenset[str] = frozenset()) -> None:
        self.missing = missing
        self.width = len(layout.header)
        self.columns = layout.columns
        self.subject = layout.cols.get("subject")
        self.date = layout.cols.get("date")

    def __call__(self, cells: list[str]) -> tuple[str, str, list[tuple[WideColumn, str, bool]]]:
        """(subject, date, [(column, text, below the limit of detection)]) for the analyte cells of a row that hold a value
        (not empty, not a missing-value mark such as nan or NA)."""
        subject = cells[self.subject].strip() if self.subject is not None else ""
        date = cells[self.date].strip() if self.date is not None else ""
        out = []
        for c in self.columns:
            text = cells[c.index].strip()
            if text and text.lower() not in self.missing:
                below = c.lod_index is not None and cells[c.lod_index].strip().lower() in _TRUE_FLAGS
                out.append((c, text, below))
        return subject, date, out
