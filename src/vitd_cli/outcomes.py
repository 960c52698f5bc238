"""What a row of a lab export becomes: an Outcome (interpreted, other_test or skipped, with a reason) holding the Items
(interpreted values) it gave; what the row writers print of an analyte beside its values (AnalyteFacts); and how many
entries the engine's caches keep (batch/rows.py, lab.py, panels.py and the writers bound theirs by these).

Plain types below the engine and the renderers: batch/ makes them, render/ (table_out, ndjson_out, summary) writes
them; at run time it imports the models only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from .models import AnalyteDef, Band, Result, Scheme

if TYPE_CHECKING:
    from .normalise import Measurement

INTERPRETED, OTHER, SKIPPED = "interpreted", "other_test", "skipped"
CACHE_LIMIT = 50_000  # entries of a light cache (test identifications, lab ranges); it starts afresh beyond it
VALUE_CACHE_LIMIT = 32_768  # distinct (analyte, value, unit) readings and panel verdicts remembered (each holds objects)
DATE_CACHE_LIMIT = 4_096  # distinct date texts remembered: dates are mostly unique, and a subject's rows repeat theirs


@dataclass(frozen=True, slots=True)
class AnalyteFacts:
    """What the row writers print of an analyte beside its values: its names and units, the id of the scheme in use and
    the (category, flag) of its bands in their order (its normal range is the engine's range_info: render/row_facts.py)."""

    name: str
    short: str
    si_unit: str
    conventional_unit: str
    scheme: str
    bands: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, analyte: AnalyteDef, scheme: Scheme) -> AnalyteFacts:
        return cls(analyte.name, analyte.short, analyte.si_unit, analyte.conventional_unit, scheme.id,
                   tuple(dict.fromkeys((b.category, b.flag) for b in scheme.bands)))


@dataclass(slots=True)
class Item:
    """One interpreted value."""

    analyte: str
    m: Measurement
    band: Band
    compared_in: str
    si: float
    column: str | None = None  # wide layout: the header it came from
    lab_flag: str | None = None  # the lab's flag as printed
    lab_range: str | None = None  # the lab's reference range as printed
    notes: list[str] | None = None  # about this row only (lab disagreement, below detection, ...)
    findings: list[str] | None = None  # the panel's findings that involve this result
    panel_notes: list[str] | None = None  # notes the panel adds (e.g. ionized calcium decides, not total)
    panel: int | None = None
    corrected: Result | None = None  # albumin-corrected calcium derived from this calcium and its panel's albumin
    result: Result | None = None  # the full Result (JSON / Rich only)
    key: tuple | None = None  # the value-cache key it was read with (writers memoise their cells by it)
    corrected_note: str | None = None  # the note on `corrected` (interpret.corrected_calcium_note), in vitd_note


@dataclass(slots=True)
class Outcome:
    """What became of one input row."""

    row: int  # 1 = the first row after the header
    status: str  # interpreted | other_test | skipped
    raw: str  # the record as read, line ending included
    cells: list[str] | None
    reason: str | None = None  # why it was not interpreted or was skipped (a sentence)
    kind: str | None = None  # the reason's short name, for counting
    items: list[Item] | None = None
    subject: str | None = None
    date: str | None = None
    when: datetime | None = None
    notes: list[str] | None = None  # about the whole row
    line: int | None = None  # physical line (skipped rows only)
    reshaped: bool = False  # cells were padded to the header's width: writers re-serialise them
    analyte: str | None = None  # skipped rows of an identified test: which (for stderr, which quotes no cell)
