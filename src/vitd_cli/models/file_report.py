"""The Report of a file (vitd interpret FILE): the same contract, extended with where each result came from, what was
read, every row accounted for, each analyte's series per subject, and the cohort."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .cohort import Cohort
from .dump import Dump
from .report import Report, Result
from .terms import Flag


@dataclass(slots=True, kw_only=True)
class FileResult(Result):
    """A Result read from a file: where it came from, and the lab's own verdict beside vitd's."""

    row: int | None = None  # the data row it came from (1 = the first row after the header)
    column: str | None = None  # wide layout: the column it came from
    lab_flag: str | None = None  # the lab's own flag, as printed
    lab_range: str | None = None  # the lab's own reference range, as printed


@dataclass(slots=True, kw_only=True)
class SeriesPoint(Dump):
    value: float  # canonical SI
    flag: Flag
    category: str
    date: str | None = None  # as in the file
    row: int | None = None
    estimate: bool = False


@dataclass(slots=True, kw_only=True)
class Series(Dump):
    """One analyte of one subject over time (files): points oldest first, and how it moved from first to last."""

    analyte: str
    unit: str
    points: list[SeriesPoint]
    direction: Literal["rising", "falling", "stable", "single"]
    subject: str | None = None
    change: float | None = None  # last - first, in unit
    change_percent: float | None = None


@dataclass(slots=True, kw_only=True)
class SkippedRow(Dump):
    row: int
    reason: str
    line: int | None = None  # physical line of the file (the header is line 1)


@dataclass(slots=True, kw_only=True)
class RowCounts(Dump):
    """Every input row accounted for: total = interpreted + other_test + skipped."""

    total: int
    interpreted: int
    other_test: int
    skipped: int
    results: int  # interpreted values (a wide row holds several)
    reasons: dict[str, int] = field(default_factory=dict)  # why rows were skipped or not interpreted -> count
    skipped_rows: list[SkippedRow] = field(default_factory=list)  # the first ones, with their reasons
    lab_disagreements: int = 0  # results the lab's own flag or range judges differently


@dataclass(slots=True, kw_only=True)
class InputInfo(Dump):
    name: str | None  # the file as given; None with --redact (a file name can name the patient)
    layout: Literal["long", "wide"]
    delimiter: str
    encoding: str
    columns: dict[str, str]  # role (or analyte column) -> header
    dictionary: str | None = None
    panel_window: str | None = None


@dataclass(slots=True, kw_only=True)
class FileReport(Report):
    """The Report of a file: its panels (one subject, one collection window each), plus what was read, every row
    accounted for, and each analyte's series per subject."""

    input: InputInfo | None = None
    rows: RowCounts | None = None
    series: list[Series] = field(default_factory=list)
    cohort: Cohort | None = None  # the file at a glance (added after `series`: keys are extended, never renamed)
