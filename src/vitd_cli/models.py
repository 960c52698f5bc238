"""The data vitd works with: reference data as loaded from reference_ranges/, and the interpretation it returns.

These are plain dataclasses so that the command line starts fast (building pydantic models costs tens of
milliseconds at every start). pydantic validates them: reference files given with --ranges are validated at load
(reference.py), the shipped files by the test-suite and by reference.validate_shipped(), and the JSON Schema of the
output (docs/report.schema.json) is generated from these classes with pydantic's TypeAdapter.

The output classes are the JSON contract (see README, "Output for scripts"): extend them, never rename a field.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Literal

Flag = Literal["low", "normal", "high"]
Severity = Literal["mild", "moderate", "severe"]
Urgency = Literal["none", "routine", "prompt", "urgent"]
UnitKind = Literal["mass", "molar", "equivalent"]
URGENCY_ORDER: dict[str, int] = {"none": 0, "routine": 1, "prompt": 2, "urgent": 3}

_FORBID: dict[str, Any] = {"extra": "forbid"}  # pydantic config: unknown keys in a reference file are errors


class _Dump:
    """pydantic-style serialisation for the output dataclasses (so `report.model_dump_json()` works)."""

    def model_dump(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    def model_dump_json(self, indent: int | None = None) -> str:
        if indent is None:
            return json.dumps(asdict(self), ensure_ascii=False)  # type: ignore[call-overload]
        return dumps_indented(self, indent)

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        from pydantic import TypeAdapter

        return TypeAdapter(cls).json_schema()


_FIELD_KEYS: dict[type, tuple[tuple[str, str], ...]] = {}  # dataclass -> ((field name, its JSON key and ': '), ...)


def _float_text(o: float) -> str:
    if o != o:
        return "NaN"
    if o == _INF:
        return "Infinity"
    if o == -_INF:
        return "-Infinity"
    return float.__repr__(o)


_INF = float("inf")


def dumps_indented(obj: object, indent: int) -> str:
    """The text of `json.dumps(dataclasses.asdict(obj), indent=indent, ensure_ascii=False)`, byte for byte, made without
    the copy asdict builds nor the generators of json's pure-Python indenting encoder (json's C encoder cannot indent
    before Python 3.14): a file report of 7,409 subjects is written ~4x faster. The leaf objects every result repeats
    (a range, a unit, another scheme's verdict: strings and numbers only) are encoded once per distinct content and
    depth. tests/test_json_fast.py compares the two on real files and on random documents."""
    from json.encoder import encode_basestring as text  # (the C function where there is one; ensure_ascii=False)

    parts: list[str] = []
    put = parts.append
    pads: list[str] = []
    leaves: dict[tuple[object, ...], str] = {}
    step = " " * indent

    def pad(level: int) -> str:
        while len(pads) <= level:
            pads.append("\n" + step * len(pads))
        return pads[level]

    def key_text(k: object) -> str:
        if isinstance(k, str):
            return text(k)
        if isinstance(k, float):
            return text(_float_text(k))
        if k is True:
            return '"true"'
        if k is False:
            return '"false"'
        if k is None:
            return '"null"'
        if isinstance(k, int):
            return text(int.__repr__(k))
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")

    def leaf_key(o: object, keys: tuple[tuple[str, str], ...], level: int) -> tuple[object, ...] | None:
        """The cache key of a dataclass whose fields are all strings, numbers, booleans or None (None: it is not one).
        The types are part of the key (1, 1.0 and True are equal in Python, not in JSON), and a zero float is never
        cached (0.0 == -0.0)."""
        values = [getattr(o, name) for name, _ in keys]
        kinds = []
        for v in values:
            t = type(v)
            if t is str or v is None or t is bool or t is int or (t is float and v):
                kinds.append(t)
            else:
                return None
        return (type(o), level, *values, *kinds)

    def encode(o: object, level: int) -> None:
        t = type(o)
        if t is str:
            put(text(o))  # type: ignore[arg-type]
        elif o is None:
            put("null")
        elif o is True:
            put("true")
        elif o is False:
            put("false")
        elif t is int:
            put(int.__repr__(o))  # type: ignore[arg-type]
        elif t is float:
            put(_float_text(o))  # type: ignore[arg-type]
        elif t is list or t is tuple:
            seq(o, level)  # type: ignore[arg-type]
        elif t is dict:
            mapping(o, level)  # type: ignore[arg-type]
        elif hasattr(t, "__dataclass_fields__") and not isinstance(o, type):
            record(o, level)
        elif isinstance(o, str):
            put(text(o))
        elif isinstance(o, int):
            put(int.__repr__(o))
        elif isinstance(o, float):
            put(_float_text(o))
        elif isinstance(o, (list, tuple)):
            seq(o, level)
        elif isinstance(o, dict):
            mapping(o, level)
        else:
            raise TypeError(f"Object of type {t.__name__} is not JSON serializable")

    def seq(o: list[object] | tuple[object, ...], level: int) -> None:
        if not o:
            put("[]")
            return
        inner = pad(level + 1)
        put("[")
        for i, item in enumerate(o):
            put(inner if not i else "," + inner)
            encode(item, level + 1)
        put(pad(level) + "]")

    def mapping(o: dict[object, object], level: int) -> None:
        if not o:
            put("{}")
            return
        inner = pad(level + 1)
        put("{")
        first = True
        for k, v in o.items():
            put((inner if first else "," + inner) + key_text(k) + ": ")
            first = False
            encode(v, level + 1)
        put(pad(level) + "}")

    def record(o: object, level: int) -> None:
        keys = _FIELD_KEYS.get(type(o))
        if keys is None:
            from dataclasses import fields

            keys = _FIELD_KEYS[type(o)] = tuple((f.name, text(f.name) + ": ") for f in fields(o))  # type: ignore[arg-type]
        if not keys:
            put("{}")
            return
        cache = leaf_key(o, keys, level) if len(keys) <= 16 else None
        if cache is not None:
            hit = leaves.get(cache)
            if hit is not None:
                put(hit)
                return
            start = len(parts)
        inner = pad(level + 1)
        put("{")
        first = True
        for name, head in keys:
            put((inner if first else "," + inner) + head)
            first = False
            encode(getattr(o, name), level + 1)
        put(pad(level) + "}")
        if cache is not None:
            done = "".join(parts[start:])
            del parts[start:]
            put(done)
            leaves[cache] = done

    encode(obj, 0)
    return "".join(parts)


# ---------------------------------------------------------------- reference data (reference_ranges/*.toml)


# How a Report shows itself in Jupyter (_repr_html_): set by the package (vitd_cli/__init__.py) to notebook.report_html,
# so that this module of types imports no renderer
HTML_VIEW: list[Callable[[Report], str]] = []


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


# ---------------------------------------------------------------- the interpretation (output contract)


@dataclass(slots=True, kw_only=True)
class Quantity(_Dump):
    value: float
    unit: str


@dataclass(slots=True, kw_only=True)
class RangeInfo(_Dump):
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
class OtherVerdict(_Dump):
    scheme: str
    scheme_name: str
    category: str
    flag: Flag
    label: str


@dataclass(slots=True, kw_only=True)
class Result(_Dump):
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
class Finding(_Dump):
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
class SymptomAssessment(_Dump):
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
class Panel(_Dump):
    results: list[Result]
    findings: list[Finding]
    urgency: Urgency
    advice: str
    subject: str | None = None
    date: str | None = None
    symptoms: list[SymptomAssessment] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    mechanism: str | None = None  # how these results link to muscle symptoms (None: no finding or symptom it explains)


# ---------------------------------------------------------------- files (vitd interpret FILE): the same contract, extended


@dataclass(slots=True, kw_only=True)
class FileResult(Result):
    """A Result read from a file: where it came from, and the lab's own verdict beside vitd's."""

    row: int | None = None  # the data row it came from (1 = the first row after the header)
    column: str | None = None  # wide layout: the column it came from
    lab_flag: str | None = None  # the lab's own flag, as printed
    lab_range: str | None = None  # the lab's own reference range, as printed


@dataclass(slots=True, kw_only=True)
class SeriesPoint(_Dump):
    value: float  # canonical SI
    flag: Flag
    category: str
    date: str | None = None  # as in the file
    row: int | None = None
    estimate: bool = False


@dataclass(slots=True, kw_only=True)
class Series(_Dump):
    """One analyte of one subject over time (files): points oldest first, and how it moved from first to last."""

    analyte: str
    unit: str
    points: list[SeriesPoint]
    direction: Literal["rising", "falling", "stable", "single"]
    subject: str | None = None
    change: float | None = None  # last - first, in unit
    change_percent: float | None = None


@dataclass(slots=True, kw_only=True)
class SkippedRow(_Dump):
    row: int
    reason: str
    line: int | None = None  # physical line of the file (the header is line 1)


@dataclass(slots=True, kw_only=True)
class RowCounts(_Dump):
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
class CategoryCount(_Dump):
    category: str
    label: str
    flag: Flag
    count: int


@dataclass(slots=True, kw_only=True)
class HistogramBin(_Dump):
    """Results from `low` (inclusive) to `high` (exclusive), in the analyte's SI unit; None: an open end (the bin
    of the few results beyond the central 98%, or below/above every cut-off shown)."""

    low: float | None
    high: float | None
    count: int


@dataclass(slots=True, kw_only=True)
class AnalyteSummary(_Dump):
    """One analyte over the whole file: results per flag and per category, and a histogram of the SI values with the
    cut-offs of the scheme most of its results were classified with."""

    analyte: str
    name: str
    unit: str  # the SI unit of `bins` and `cutoffs`
    results: int
    low: int
    normal: int
    high: int
    categories: list[CategoryCount]
    bins: list[HistogramBin]
    cutoffs: list[float]  # band limits of `scheme`, in `unit`, lowest first
    scheme: str | None = None


@dataclass(slots=True, kw_only=True)
class FlaggedSubject(_Dump):
    subject: str | None  # None: results without a subject id (each such panel counts as one subject)
    urgency: Urgency
    panels: int
    outside: list[str]  # "analyte:category" of each result outside its normal band, first seen first, once each
    findings: list[str]  # finding codes


@dataclass(slots=True, kw_only=True)
class Cohort(_Dump):
    """The whole file at a glance (vitd_cli/cohort.py): subjects per urgency, each analyte's counts and histogram, and
    every flagged subject (a result outside its normal band, or a finding), most urgent first. The HTML report of a
    file of more than `threshold` subjects opens with it and lists the first flagged subjects only."""

    subjects: int
    panels: int
    results: int
    threshold: int
    urgency: dict[str, int]  # subjects per urgency (the most urgent of their panels): urgent, prompt, routine, none
    analytes: list[AnalyteSummary]
    flagged_count: int
    flagged: list[FlaggedSubject]


@dataclass(slots=True, kw_only=True)
class InputInfo(_Dump):
    name: str | None  # the file as given; None with --redact (a file name can name the patient)
    layout: Literal["long", "wide"]
    delimiter: str
    encoding: str
    columns: dict[str, str]  # role (or analyte column) -> header
    dictionary: str | None = None
    panel_window: str | None = None


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
class Report(_Dump):
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
        object.__setattr__(self, "_scheme_views", views)  # (the instance's __dict__: _Dump has no __slots__)


@dataclass(slots=True, kw_only=True)
class FileReport(Report):
    """The Report of a file: its panels (one subject, one collection window each), plus what was read, every row
    accounted for, and each analyte's series per subject."""

    input: InputInfo | None = None
    rows: RowCounts | None = None
    series: list[Series] = field(default_factory=list)
    cohort: Cohort | None = None  # the file at a glance (added after `series`: keys are extended, never renamed)
