"""The reference data as loaded from reference_ranges/*.toml (reference.py): units, analytes, the calcium correction,
excluded tests, schemes and their bands, findings, levels and symptoms. pydantic validates them (`extra` keys are
errors)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Literal

from .terms import Flag, Severity, UnitKind, Urgency

_FORBID: dict[str, Any] = {"extra": "forbid"}  # pydantic config: unknown keys in a reference file are errors


@dataclass(slots=True, kw_only=True, frozen=True)
class UnitDef:
    __pydantic_config__: ClassVar = _FORBID
    pint: str
    kind: UnitKind
    spellings: list[str]


@dataclass(slots=True, kw_only=True, frozen=True)
class AnalyteDef:
    __pydantic_config__: ClassVar = _FORBID
    id: str
    name: str
    short: str
    si_unit: str
    conventional_unit: str
    units: list[str]
    plausible: tuple[float, float]
    plausible_source: str
    molar_mass: float | None = None
    molar_mass_source: str | None = None
    valence: int | None = None
    valence_source: str | None = None
    decimals: tuple[int, int] = (2, 1)
    aliases: list[str] = field(default_factory=list)
    loinc: list[str] = field(default_factory=list)
    loinc_notes: dict[str, str] = field(default_factory=dict)
    specimen_loinc: dict[str, str] = field(default_factory=dict)
    loinc_kind: dict[str, UnitKind] = field(default_factory=dict)  # code -> its LOINC property: [Mass/volume] or [Moles/volume]
    infer_units: list[tuple[str, float, float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.si_unit not in self.units or self.conventional_unit not in self.units:
            raise ValueError(f"{self.id}: si_unit and conventional_unit must be among its units")
        if self.molar_mass is not None and not self.molar_mass_source:
            raise ValueError(f"{self.id}: molar_mass needs molar_mass_source")
        if set(self.loinc_kind) - set(self.loinc):
            raise ValueError(f"{self.id}: loinc_kind names codes that are not in loinc")
        spans = sorted((lo, hi) for _, lo, hi in self.infer_units)
        for (_, hi), (lo, _) in zip(spans, spans[1:]):
            if lo <= hi:
                raise ValueError(f"{self.id}: infer_units ranges overlap")


@dataclass(slots=True, kw_only=True, frozen=True)
class CorrectionForm:
    __pydantic_config__: ClassVar = _FORBID
    name: str
    slope: float
    reference_albumin: float
    calcium_unit: str
    albumin_unit: str


@dataclass(slots=True, kw_only=True, frozen=True)
class CorrectionDef:
    __pydantic_config__: ClassVar = _FORBID
    conventional: CorrectionForm
    si: CorrectionForm
    name: str
    source: str
    internal_note: str | None = None  # where vitd's own notes discuss it: never shown
    caveat: str


@dataclass(slots=True, kw_only=True, frozen=True)
class ExcludedDef:
    __pydantic_config__: ClassVar = _FORBID
    reason: str
    loinc: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


@dataclass(slots=True, kw_only=True, frozen=True)
class Band:
    __pydantic_config__: ClassVar = _FORBID
    category: str
    flag: Flag
    label: str
    source: str
    severity: Severity | None = None
    urgency: Urgency | None = None
    finding: str | None = None
    below: dict[str, float] | None = None
    up_to: dict[str, float] | None = None
    internal_note: str | None = None  # where vitd's own notes discuss the cut-off: never shown (sources shown are public)
    urgency_source: str | None = None  # the public source of the band's urgency (shipped bands always give one)

    def __post_init__(self) -> None:
        if self.below is not None and self.up_to is not None:
            raise ValueError(f"band {self.category!r}: give below or up_to, not both")
        if self.flag == "normal" and (self.severity or self.finding):
            raise ValueError(f"band {self.category!r}: a normal band has no severity or finding")
        if not self.source.strip():
            raise ValueError(f"band {self.category!r}: the source is empty")

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


@dataclass(slots=True, kw_only=True, frozen=True)
class Scheme:
    __pydantic_config__: ClassVar = _FORBID
    id: str
    analyte: str
    name: str
    source: str
    bands: list[Band]
    default: bool = False
    adult: bool = True
    note: str | None = None
    origin: str = "shipped"  # the file the scheme came from
    internal_note: str | None = None  # where vitd's own notes discuss the scheme: never shown (sources shown are public)

    def __post_init__(self) -> None:
        if not self.bands:
            raise ValueError(f"scheme {self.id!r}: no bands")
        *inner, last = self.bands
        if last.limit is not None:
            raise ValueError(f"scheme {self.id!r}: the last band must have no limit (it holds everything above)")
        for band in inner:
            if not band.limit:
                raise ValueError(f"scheme {self.id!r}: band {band.category!r} needs below or up_to")
        if not any(b.flag == "normal" for b in self.bands):
            raise ValueError(f"scheme {self.id!r}: no normal band")

    def model_dump(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True, kw_only=True, frozen=True)
class Level:
    """How abnormal a result must be: analyte -> {unit: cut-off}, compared in the unit the result came in when the
    cut-off was published in it, else in the first unit listed. `below`: strictly below; `above`: at or above."""

    __pydantic_config__: ClassVar = _FORBID
    source: str
    symptoms: list[str] = field(default_factory=list)
    below: dict[str, dict[str, float]] = field(default_factory=dict)
    above: dict[str, dict[str, float]] = field(default_factory=dict)


@dataclass(slots=True, kw_only=True, frozen=True)
class FindingDef:
    __pydantic_config__: ClassVar = _FORBID
    title: str
    meaning: str
    source: str
    internal_note: str | None = None  # where vitd's own notes discuss it: never shown (sources shown are public)
    explains: list[str] = field(default_factory=list)
    contributes: list[str] = field(default_factory=list)
    urgent_with: list[str] = field(default_factory=list)
    urgent_with_source: str | None = None
    urgent_at_any_level: bool = False  # urgent_with applies even where the level does not explain the symptom (SfE 2016)
    prompt_with: list[str] = field(default_factory=list)  # symptoms that make it at least prompt when explained
    urgency: Urgency | None = None  # a pattern's own urgency (a result's comes from its band)
    urgency_source: str | None = None
    explains_when: list[Level] = field(default_factory=list)  # symptoms explained only from a level on
    level: Level | None = None  # a pattern that needs a result past a level (osteomalacia: very low vitamin D)


@dataclass(slots=True, kw_only=True, frozen=True)
class SymptomDef:
    __pydantic_config__: ClassVar = _FORBID
    label: str
    aliases: list[str]
    red_flag: Literal["neurological", "emergency"] | None = None
    benign_note: str | None = None
    urgency: Urgency = "routine"  # when no result explains it (a red flag: urgent whatever the results)
    urgency_source: str | None = None
    ask_for: list[str] = field(default_factory=list)  # analytes that can explain it: ask for them when not measured
