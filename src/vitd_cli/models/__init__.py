"""The data vitd works with: reference data as loaded from reference_ranges/, and the interpretation it returns.

These are plain dataclasses so that the command line starts fast (building pydantic models costs tens of
milliseconds at every start). pydantic validates them: reference files given with --ranges are validated at load
(reference.py), the shipped files by the test-suite and by reference.validate_shipped(), and the JSON Schema of the
output (docs/report.schema.json) is generated from these classes with pydantic's TypeAdapter.

The output classes are the JSON contract (see README, "Output for scripts"): extend them, never rename a field.

Every type is imported from here (`from vitd_cli.models import Report`); each submodule owns one kind:
terms (Flag, Severity, Urgency, UnitKind), reference (the reference data), report (the Report, its panels and results,
SchemeView), file_report (what a file's Report adds), cohort (the file at a glance), dump (the JSON serialisation).
The package imports nothing of vitd but its own submodules.
"""

from typing import TYPE_CHECKING

from .dump import dumps_indented
from .reference import AnalyteDef, Band, CorrectionDef, CorrectionForm, ExcludedDef, FindingDef, Level, Scheme, SymptomDef, UnitDef
from .report import (
    HTML_VIEW,
    Finding,
    OtherVerdict,
    Panel,
    Quantity,
    RangeInfo,
    Report,
    Result,
    SchemeView,
    SymptomAssessment,
)
from .terms import URGENCY_ORDER, Flag, Severity, UnitKind, Urgency

if TYPE_CHECKING:
    from .cohort import AnalyteSummary, CategoryCount, Cohort, FlaggedSubject, HistogramBin
    from .file_report import FileReport, FileResult, InputInfo, RowCounts, Series, SeriesPoint, SkippedRow

# a file's types are imported on first use: a typed value's run (vitd interpret --vitd ...) starts without them
_LAZY = {**dict.fromkeys(("AnalyteSummary", "CategoryCount", "Cohort", "FlaggedSubject", "HistogramBin"), "cohort"),
         **dict.fromkeys(("FileReport", "FileResult", "InputInfo", "RowCounts", "Series", "SeriesPoint", "SkippedRow"), "file_report")}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

__all__ = [
    # terms
    "Flag", "Severity", "Urgency", "UnitKind", "URGENCY_ORDER",
    # the JSON text of an output type
    "dumps_indented",
    # reference data
    "UnitDef", "AnalyteDef", "CorrectionForm", "CorrectionDef", "ExcludedDef", "Band", "Scheme", "Level", "FindingDef",
    "SymptomDef",
    # the interpretation (output contract)
    "HTML_VIEW", "Quantity", "RangeInfo", "OtherVerdict", "Result", "Finding", "SymptomAssessment", "Panel", "SchemeView",
    "Report",
    # files: the same contract, extended
    "FileResult", "SeriesPoint", "Series", "SkippedRow", "RowCounts", "InputInfo", "FileReport",
    # the file at a glance
    "CategoryCount", "HistogramBin", "AnalyteSummary", "FlaggedSubject", "Cohort",
]
