"""The interpretation vitd returns (the JSON contract): a Report of Panels, each of Results, Findings and symptom
assessments; and the SchemeView of each scheme the renderers draw, which the Report carries outside its fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from .dump import Dump
from .reference import Band
from .terms import Flag, Severity, Urgency

# How a Report shows itself in Jupyter (_repr_html_): set by the package (vitd_cli/__init__.py) to notebook.report_html,
# so that this module of types imports no renderer
HTML_VIEW: list[Callable[[Report], str]] = []


@dataclass(slots=True, kw_only=True)
class Quantity(Dump):
    value: float
    unit: str


@dataclass(slots=True, kw_only=True)
class RangeInfo(Dump):
    """The normal band of the scheme used, in the SI unit and the conventional unit, with its source."""

    low: float | None
    high: float | None
    unit: str
    text: str
    scheme: str
    scheme_name: str
    source: str
    conventional_low: float | None = None
    conventional_high: float | None = None
    conventional_unit: str | None = None
    adult: bool = True


@dataclass(slots=True, kw_only=True)
class OtherVerdict(Dump):
    scheme: str
    scheme_name: str
    category: str
    flag: Flag
    label: str


@dataclass(slots=True, kw_only=True)
class Result(Dump):
    analyte: str
    name: str
    value: float  # canonical SI
    unit: str
    conventional: Quantity
    reported: str  # as typed / as in the file
    reported_unit: str  # the unit key the value came in (units.toml)
    flag: Flag
    category: str
    label: str
    range: RangeInfo
    compared_in: str  # the unit the deciding cut-off was compared in
    band_source: str
    comparator: Literal["<", "<=", ">", ">="] | None = None
    severity: Severity | None = None
    urgency: Urgency = "none"
    finding: str | None = None  # the finding code this result raises on its own, if any
    estimate: bool = False
    formula: str | None = None
    specimen: str | None = None
    unit_inferred: bool = False
    other_schemes: list[OtherVerdict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # the value in the other unit system, as printed for people: lab digits, and a censored value's comparator
    # ('<5 ng/mL' -> '<12.5 nmol/L'); `comparator` applies to `value` and `conventional.value` alike
    converted: str | None = None


@dataclass(slots=True, kw_only=True)
class Finding(Dump):
    code: str
    title: str
    urgency: Urgency
    summary: str
    meaning: str
    symptoms: list[str]  # symptom ids this finding can explain
    based_on: list[str]  # analyte ids
    source: str
    severity: Severity | None = None


@dataclass(slots=True, kw_only=True)
class SymptomAssessment(Dump):
    symptom: str
    label: str
    reported: str
    explained_by: list[str]  # finding codes that can cause it
    contributed_by: list[str]
    verdict: Literal["explained", "possibly_related", "not_explained", "red_flag"]
    message: str
    red_flag: Literal["neurological", "emergency"] | None = None
    urgency: Urgency = "none"  # what this symptom alone asks for, with or without the results that explain it


@dataclass(slots=True, kw_only=True)
class Panel(Dump):
    results: list[Result]
    findings: list[Finding]
    urgency: Urgency
    advice: str
    subject: str | None = None
    date: str | None = None
    symptoms: list[SymptomAssessment] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    mechanism: str | None = None  # how these results link to muscle symptoms (None: no finding or symptom it explains)


@dataclass(slots=True, kw_only=True, frozen=True)
class SchemeView:
    """One scheme as the renderers draw it, worked out from the reference data when the Report is built, so that
    render/ reads no reference data: its bands; each band's limit in the analyte's SI and conventional unit (units.convert
    of the published limit, and whether it was converted; a unit is missing when a limit cannot be converted to it);
    its normal range in SI (classify.normal_range; None when that fails); and its limits in SI as classify compares
    them (the cohort histogram's cut-offs; None when they cannot be worked out)."""

    analyte: str
    id: str
    name: str
    si_unit: str
    bands: tuple[Band, ...]
    limits: dict[str, tuple[tuple[float, bool] | None, ...]]  # unit -> per band (its limit, converted?); None: no limit
    normal: tuple[float | None, float | None] | None
    si_cutoffs: tuple[float | None, ...] | None  # the limits of every band but the last
    shipped: bool = True  # as in reference_ranges/ (False: from a --ranges file, or changed by one)


_NO_VIEWS: dict[str, dict[str, SchemeView]] = {}


@dataclass(slots=True, kw_only=True)
class Report(Dump):
    panels: list[Panel]
    guideline: str
    guideline_name: str
    schemes: dict[str, str]  # analyte -> scheme id used
    disclaimer: str
    version: str
    guideline_note: str | None = None
    warnings: list[str] = field(default_factory=list)

    def _repr_html_(self) -> str:  # Jupyter shows a Report as a table: the view the package sets (notebook.report_html)
        return HTML_VIEW[0](self) if HTML_VIEW else f"<pre>{len(self.panels)} panel(s)</pre>"

    @property
    def scheme_views(self) -> dict[str, dict[str, SchemeView]]:
        """analyte -> scheme id -> what the renderers draw of that scheme (gauges, trend charts, the sources, the cohort
        histogram's cut-offs), set when the Report is built (interpret.report). Not a field: never in the JSON, the
        schema or asdict(); a Report built by hand has none (its gauges then show its results' normal range only)."""
        return getattr(self, "_scheme_views", _NO_VIEWS)

    def set_scheme_views(self, views: dict[str, dict[str, SchemeView]]) -> None:
        object.__setattr__(self, "_scheme_views", views)  # (the instance's __dict__: Dump has no __slots__)
