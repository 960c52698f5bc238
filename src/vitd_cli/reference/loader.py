"""Load and validate the reference data in reference_ranges/ (the only place a threshold, alias, code or factor lives)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from ..errors import ReferenceDataError
from ..models import AnalyteDef, Band, CorrectionDef, CorrectionForm, ExcludedDef, FindingDef, Level, Scheme, SymptomDef, UnitDef

T = TypeVar("T")

SCHEME_FILES = ("vitamin_d.toml", "calcium.toml", "magnesium.toml", "related.toml")


def data_dir() -> Path:
    """reference_ranges/ inside the installed wheel, or at the repository root in a checkout."""
    package = Path(__file__).resolve().parents[1]  # vitd_cli/
    packaged = package / "reference_ranges"
    return packaged if packaged.is_dir() else package.parents[1] / "reference_ranges"


def norm_name(text: str) -> str:
    """How names and aliases are compared: lower case, punctuation other than ( ) , + . / and spaces folded."""
    out = text.strip().lower().replace("_", " ").replace("-", " ")
    return " ".join(out.split())


@dataclass(frozen=True)
class Sentences:
    """reference_ranges/sentences.toml: what to do at each urgency, the disclaimer, the muscle-symptoms paragraph."""

    advice: dict[str, str]  # urgency (or urgency_symptoms, urgent_neurological) -> sentence
    disclaimer: str
    mechanism: str
    mechanism_findings: frozenset[str]  # findings whose panel gets the paragraph (any symptom does too)
    # the notes of a calcium result about its panel (NOTE_KEYS): each a table with `text` (fields in braces) and the words
    # it is filled with
    notes: dict[str, dict[str, str]]


@dataclass
class ReferenceData:
    units: dict[str, UnitDef]
    analytes: dict[str, AnalyteDef]
    correction: CorrectionDef
    excluded: list[ExcludedDef]
    schemes: dict[str, dict[str, Scheme]]  # analyte -> scheme id -> scheme
    defaults: dict[str, str]  # analyte -> default scheme id
    findings: dict[str, FindingDef]
    symptoms: dict[str, SymptomDef]
    sentences: Sentences
    name_index: dict[str, str] = field(default_factory=dict)  # normalised alias -> analyte id
    loinc_index: dict[str, str] = field(default_factory=dict)  # code -> analyte id
    excluded_names: dict[str, str] = field(default_factory=dict)  # normalised name -> reason
    excluded_loinc: dict[str, str] = field(default_factory=dict)  # code -> reason
    symptom_index: dict[str, str] = field(default_factory=dict)  # normalised alias -> symptom id

    def __post_init__(self) -> None:
        for a in self.analytes.values():
            for alias in (a.id, a.name, a.short, *a.aliases):
                self.name_index[norm_name(alias)] = a.id
            for code in a.loinc:
                self.loinc_index[code] = a.id
        for ex in self.excluded:
            for name in ex.names:
                self.excluded_names[norm_name(name)] = ex.reason
            for code in ex.loinc:
                self.excluded_loinc[code] = ex.reason
        for sid, s in self.symptoms.items():
            for alias in (sid, *s.aliases):
                self.symptom_index[norm_name(alias)] = sid

    def scheme(self, analyte: str, scheme_id: str | None = None) -> Scheme:
        return self.schemes[analyte][scheme_id or self.defaults[analyte]]


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ReferenceDataError("ranges-unreadable", f"cannot read {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ReferenceDataError("ranges-invalid", f"{path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ReferenceDataError("ranges-invalid", f"{path}: not UTF-8 text", "save the ranges file as UTF-8 TOML") from None
    except RecursionError:
        raise ReferenceDataError("ranges-invalid", f"{path}: arrays or tables nested too deeply", "a ranges file is flat: [[schemes]] with [[schemes.bands]]") from None


def _line_of(path: Path, scheme_id: object) -> str:
    """' (line N)': where a scheme's id is written in its file, so a message can point at it."""
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            key, sep, value = line.partition("=")
            if sep and key.strip() == "id" and value.strip().strip("\"'") == str(scheme_id):
                return f" (line {n})"
    except (OSError, UnicodeDecodeError):
        pass
    return ""


def _make(cls: type[T], data: dict[str, Any]) -> T:
    """Build reference objects from TOML without pydantic (fast start-up); the dataclasses' own checks still run."""
    if cls is Scheme:
        return cls(**{**data, "bands": [Band(**b) for b in data["bands"]]})
    if cls is CorrectionDef:
        return cls(**{**data, "conventional": CorrectionForm(**data["conventional"]), "si": CorrectionForm(**data["si"])})
    if cls is FindingDef:
        levels: dict[str, Any] = {"explains_when": [Level(**x) for x in data.get("explains_when", [])]}
        if data.get("level") is not None:
            levels["level"] = Level(**data["level"])
        return cls(**{**data, **levels})
    if cls is AnalyteDef:
        fixed: dict[str, Any] = {k: tuple(v) for k, v in data.items() if k in ("plausible", "decimals")}
        fixed["infer_units"] = [tuple(x) for x in data.get("infer_units", [])]
        return cls(**{**data, **fixed})
    return cls(**data)


def _build(cls: type[T], data: Any, where: str, validate: bool) -> T:
    """One reference object: validated by pydantic when `validate` (user files, tests), else built directly."""
    if not validate:
        try:
            return _make(cls, data)
        except (TypeError, ValueError, KeyError) as exc:
            raise ReferenceDataError("ranges-invalid", f"{where}: {exc}") from None
    from pydantic import TypeAdapter, ValidationError

    try:
        return TypeAdapter(cls).validate_python(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ReferenceDataError("ranges-invalid", f"{where}{'.' + loc if loc else ''}: {err['msg']}") from None


def load_schemes(path: Path, analytes: dict[str, AnalyteDef], units: dict[str, UnitDef], validate: bool = True,
                 findings: dict[str, FindingDef] | None = None) -> list[Scheme]:
    """Read one scheme file (shipped, or a lab's own given with --ranges) and check it fully."""
    raw = _read_toml(path)
    if not isinstance(raw.get("schemes"), list) or not raw["schemes"]:
        raise ReferenceDataError("ranges-invalid", f"{path.name}: no [[schemes]] table", "see reference_ranges/vitamin_d.toml for the format")
    out = []
    for i, item in enumerate(raw["schemes"]):
        if not isinstance(item, dict):
            raise ReferenceDataError("ranges-invalid", f"{path.name}: schemes[{i}] is not a table", "write each scheme as a [[schemes]] table")
        name = item.get("id", f"#{i + 1}")
        where = f"{path.name}{_line_of(path, name)}: scheme {name!r}"
        scheme = _build(Scheme, {**item, "origin": path.name}, where, validate)
        _check_scheme(path, scheme, analytes, units, where, findings)
        out.append(scheme)
    return out


def _check_scheme(path: Path, scheme: Scheme, analytes: dict[str, AnalyteDef], units: dict[str, UnitDef], where: str = "",
                  findings: dict[str, FindingDef] | None = None) -> None:
    from .units import convert

    where = where or f"{path.name}: scheme {scheme.id!r}"
    analyte = analytes.get(scheme.analyte)
    if analyte is None:
        raise ReferenceDataError("ranges-invalid", f"{where}: unknown analyte {scheme.analyte!r}", f"use one of {', '.join(analytes)}")
    if scheme.analyte == "corrected_calcium":
        raise ReferenceDataError("ranges-invalid", f"{where}: corrected_calcium has no scheme of its own",
                                 'it is classified with the calcium scheme: write analyte = "calcium"')
    if len(scheme.bands) < 2:
        raise ReferenceDataError("ranges-invalid", f"{where}: a scheme needs at least two bands",
                                 "give the bands below the normal range (with below or up_to), then the band that holds everything above")
    for band in scheme.bands:
        if findings is not None and band.finding is not None and band.finding not in findings:
            raise ReferenceDataError("ranges-invalid", f"{where}: band {band.category!r}: unknown finding {band.finding!r}",
                                     f"use one of {', '.join(sorted(findings))}, or leave finding out")
    previous = float("-inf")
    for band in scheme.bands[:-1]:
        assert band.limit is not None
        for unit in band.limit:
            if unit not in analyte.units:
                raise ReferenceDataError("ranges-invalid", f"{where}: band {band.category!r}: unit {unit!r} is not a unit of {analyte.id}", f"use one of {', '.join(analyte.units)}")
        si = [convert(v, u, analyte.si_unit, analyte, units) for u, v in band.limit.items()]
        if min(si) <= previous:
            raise ReferenceDataError("ranges-invalid", f"{where}: band {band.category!r}: cut-offs must rise from band to band")
        previous = max(si)


def load(extra_ranges: tuple[str, ...] = (), validate: bool = False) -> ReferenceData:
    """The shipped reference data, read once per distinct (extra ranges, validate): `load()` and `load(())` are one
    cache entry (lru_cache alone would read the files twice)."""
    return _load(tuple(extra_ranges), bool(validate))


@lru_cache(maxsize=8)
def _load(extra_ranges: tuple[str, ...], validate: bool) -> ReferenceData:
    """The shipped reference data, plus the schemes of any --ranges files (validated, and made the defaults).

    The shipped files are validated by pydantic when `validate` is true (the tests do this for every file);
    at run time they are built directly, which keeps start-up fast.
    """
    root = data_dir()

    def table(file: str, key: str) -> dict[str, Any]:
        raw = _read_toml(root / file)
        if key not in raw:
            raise ReferenceDataError("ranges-invalid", f"{file}: no [{key}] table")
        return raw[key]

    units = {k: _build(UnitDef, v, f"units.toml: {k}", validate) for k, v in table("units.toml", "units").items()}
    raw = _read_toml(root / "analytes.toml")
    analytes = {k: _build(AnalyteDef, {**v, "id": k}, f"analytes.toml: {k}", validate) for k, v in raw["analytes"].items()}
    correction = _build(CorrectionDef, raw["corrected_calcium"], "analytes.toml: corrected_calcium", validate)
    excluded = [_build(ExcludedDef, e, "analytes.toml: excluded", validate) for e in raw.get("excluded", [])]
    findings = {k: _build(FindingDef, v, f"findings.toml: {k}", validate) for k, v in table("findings.toml", "findings").items()}
    symptoms = {k: _build(SymptomDef, v, f"symptoms.toml: {k}", validate) for k, v in table("symptoms.toml", "symptoms").items()}
    schemes: dict[str, dict[str, Scheme]] = {a: {} for a in analytes}
    defaults: dict[str, str] = {}
    for name in SCHEME_FILES:
        for s in load_schemes(root / name, analytes, units, validate, findings):
            schemes[s.analyte][s.id] = s
            if s.default:
                defaults[s.analyte] = s.id
    for extra in extra_ranges:
        for s in load_schemes(Path(extra), analytes, units, validate=True, findings=findings):
            schemes[s.analyte][s.id] = s
            defaults[s.analyte] = s.id  # a lab's own ranges are used for its analytes
    defaults.setdefault("corrected_calcium", defaults["calcium"])
    schemes["corrected_calcium"] = schemes["calcium"]
    return ReferenceData(units, analytes, correction, excluded, schemes, defaults, findings, symptoms, _sentences(_read_toml(root / "sentences.toml")))


ADVICE_KEYS = ("emergency", "urgent", "urgent_neurological", "prompt", "routine", "prompt_symptoms", "routine_symptoms", "none")
NOTE_KEYS = ("corrected_calcium", "total_calcium")


def _sentences(raw: dict[str, Any]) -> Sentences:
    """sentences.toml, checked: every advice key explain.advice() may ask for, each sentence with a source."""
    try:
        advice = {k: raw["advice"][k]["text"] for k in ADVICE_KEYS}
        notes = {k: {w: str(t) for w, t in raw["notes"][k].items() if w != "source"} for k in NOTE_KEYS}
        for table in (*(raw["advice"][k] for k in ADVICE_KEYS), *(raw["notes"][k] for k in NOTE_KEYS), raw["disclaimer"], raw["mechanism"]):
            if not str(table.get("source", "")).strip() or not str(table.get("text", "")).strip():
                raise KeyError("source" if "text" in table else "text")
        return Sentences(advice, raw["disclaimer"]["text"], raw["mechanism"]["text"], frozenset(raw["mechanism"]["findings"]), notes)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ReferenceDataError("ranges-invalid", f"sentences.toml: missing {exc}",
                                 f"every one of advice.{{{','.join(ADVICE_KEYS)}}}, notes.{{{','.join(NOTE_KEYS)}}}, disclaimer and "
                                 "mechanism needs text and source") from None


def validate_shipped() -> ReferenceData:
    """Validate every shipped reference file with pydantic (used by the tests)."""
    return _load.__wrapped__((), True)
