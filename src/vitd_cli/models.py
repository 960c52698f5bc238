"""Pydantic models: the reference data as loaded from reference_ranges/, and the interpretation vitd returns.

The output models are the JSON contract (see README, "JSON output"): extend them, never rename a field.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Flag = Literal["low", "normal", "high"]
Severity = Literal["mild", "moderate", "severe"]
Urgency = Literal["none", "routine", "prompt", "urgent"]
UnitKind = Literal["mass", "molar", "equivalent"]
URGENCY_ORDER: dict[str, int] = {"none": 0, "routine": 1, "prompt": 2, "urgent": 3}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------- reference data (reference_ranges/*.toml)


class UnitDef(_Strict):
    pint: str
    kind: UnitKind
    spellings: list[str]


class AnalyteDef(_Strict):
    id: str
    name: str
    short: str
    si_unit: str
    conventional_unit: str
    units: list[str]
    molar_mass: float | None = None
    molar_mass_source: str | None = None
    valence: int | None = None
    valence_source: str | None = None
    decimals: tuple[int, int] = (2, 1)
    plausible: tuple[float, float]
    plausible_source: str
    aliases: list[str] = []
    loinc: list[str] = []
    loinc_notes: dict[str, str] = {}
    specimen_loinc: dict[str, str] = {}
    infer_units: list[tuple[str, float, float]] = []

    @model_validator(mode="after")
    def _check(self) -> AnalyteDef:
        if self.si_unit not in self.units or self.conventional_unit not in self.units:
            raise ValueError(f"{self.id}: si_unit and conventional_unit must be among its units")
        if self.molar_mass is not None and not self.molar_mass_source:
            raise ValueError(f"{self.id}: molar_mass needs molar_mass_source")
        spans = sorted((lo, hi) for _, lo, hi in self.infer_units)
        for (_, hi), (lo, _) in zip(spans, spans[1:]):
            if lo <= hi:
                raise ValueError(f"{self.id}: infer_units ranges overlap")
        return self


class CorrectionForm(_Strict):
    slope: float
    reference_albumin: float
    calcium_unit: str
    albumin_unit: str


class CorrectionDef(_Strict):
    conventional: CorrectionForm
    si: CorrectionForm
    name: str
    source: str
    caveat: str


class ExcludedDef(_Strict):
    loinc: list[str] = []
    names: list[str] = []
    reason: str


class Band(_Strict):
    category: str
    flag: Flag
    severity: Severity | None = None
    urgency: Urgency | None = None
    finding: str | None = None
    label: str
    below: dict[str, float] | None = None
    up_to: dict[str, float] | None = None
    source: str

    @model_validator(mode="after")
    def _check(self) -> Band:
        if self.below is not None and self.up_to is not None:
            raise ValueError(f"band {self.category!r}: give below or up_to, not both")
        if self.flag == "normal" and (self.severity or self.finding):
            raise ValueError(f"band {self.category!r}: a normal band has no severity or finding")
        return self

    @property
    def limit(self) -> dict[str, float] | None:
        return self.below if self.below is not None else self.up_to

    @property
    def effective_urgency(self) -> str:
        if self.urgency:
            return self.urgency
        if self.flag == "normal":
            return "none"
        return {"severe": "urgent", "moderate": "prompt"}.get(self.severity or "", "routine")


class Scheme(_Strict):
    id: str
    analyte: str
    name: str
    source: str
    default: bool = False
    adult: bool = True
    note: str | None = None
    origin: str = "shipped"  # file the scheme came from
    bands: list[Band] = Field(min_length=1)

    @model_validator(mode="after")
    def _check(self) -> Scheme:
        *inner, last = self.bands
        if last.limit is not None:
            raise ValueError(f"scheme {self.id!r}: the last band must have no limit (it holds everything above)")
        for band in inner:
            if band.limit is None or not band.limit:
                raise ValueError(f"scheme {self.id!r}: band {band.category!r} needs below or up_to")
        if not any(b.flag == "normal" for b in self.bands):
            raise ValueError(f"scheme {self.id!r}: no normal band")
        return self


class FindingDef(_Strict):
    title: str
    meaning: str
    explains: list[str] = []
    contributes: list[str] = []
    urgent_with: list[str] = []
    source: str


class SymptomDef(_Strict):
    label: str
    aliases: list[str]
    red_flag: Literal["neurological", "emergency"] | None = None
    benign_note: str | None = None


# ---------------------------------------------------------------- the interpretation (output contract)


class Quantity(BaseModel):
    value: float
    unit: str


class RangeInfo(BaseModel):
    """The normal band of the scheme used, in the SI unit and the conventional unit, with its source."""

    low: float | None
    high: float | None
    unit: str
    conventional_low: float | None = None
    conventional_high: float | None = None
    conventional_unit: str | None = None
    text: str
    scheme: str
    scheme_name: str
    source: str
    adult: bool = True


class OtherVerdict(BaseModel):
    scheme: str
    scheme_name: str
    category: str
    flag: Flag
    label: str


class Result(BaseModel):
    analyte: str
    name: str
    value: float  # canonical SI
    unit: str
    conventional: Quantity
    reported: str  # as typed / as in the file
    reported_unit: str  # the unit key the value came in (units.toml)
    comparator: Literal["<", "<=", ">", ">="] | None = None
    flag: Flag
    category: str
    severity: Severity | None = None
    urgency: Urgency = "none"
    finding: str | None = None  # the finding code this result raises on its own, if any
    label: str
    range: RangeInfo
    compared_in: str  # the unit the cut-offs were compared in
    band_source: str
    estimate: bool = False
    formula: str | None = None
    specimen: str | None = None
    unit_inferred: bool = False
    other_schemes: list[OtherVerdict] = []
    notes: list[str] = []


class Finding(BaseModel):
    code: str
    title: str
    severity: Severity | None = None
    urgency: Urgency
    summary: str
    meaning: str
    symptoms: list[str]  # symptom ids this finding can explain
    based_on: list[str]  # analyte ids
    source: str


class SymptomAssessment(BaseModel):
    symptom: str
    label: str
    reported: str
    red_flag: Literal["neurological", "emergency"] | None = None
    explained_by: list[str]  # finding codes that can cause it
    contributed_by: list[str]
    verdict: Literal["explained", "possibly_related", "not_explained", "red_flag"]
    message: str


class Panel(BaseModel):
    subject: str | None = None
    date: str | None = None
    results: list[Result]
    findings: list[Finding]
    symptoms: list[SymptomAssessment] = []
    urgency: Urgency
    advice: str
    next_steps: list[str] = []


class Report(BaseModel):
    panels: list[Panel]
    guideline: str
    guideline_name: str
    guideline_note: str | None = None
    schemes: dict[str, str]  # analyte -> scheme id used
    warnings: list[str] = []
    disclaimer: str
    version: str
