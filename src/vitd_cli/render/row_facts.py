"""What the row writers (table_out, ndjson_out, summary) ask of whatever turned the rows into Outcomes, beside the
Outcomes themselves: an analyte's names, units, scheme and band order (AnalyteFacts), its normal range, a value in the
conventional unit, and the file's layout. batch.rows.Engine is one; render/ never imports it (nor the reference data)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..models import RangeInfo
    from ..outcomes import AnalyteFacts, Item
    from ..readers.columns import LongLayout, WideLayout


class RowFacts(Protocol):
    def facts(self, analyte: str) -> AnalyteFacts: ...

    def range_info(self, analyte: str) -> RangeInfo: ...

    def conventional(self, it: Item) -> float: ...


class TableFacts(RowFacts, Protocol):
    """The CSV/TSV writer also needs the layout of the file it copies (long: one result a row; wide: a column each)."""

    @property
    def layout(self) -> LongLayout | WideLayout: ...
