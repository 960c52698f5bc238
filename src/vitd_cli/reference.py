"""Load and validate the reference data in reference_ranges/ (the only place a threshold, alias, code or factor lives)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from .errors import ReferenceDataError
from .models import AnalyteDef, CorrectionDef, ExcludedDef, FindingDef, Scheme, SymptomDef, UnitDef

SCHEME_FILES = ("vitamin_d.toml", "calcium.toml", "magnesium.toml", "related.toml")


def data_dir() -> Path:
    """reference_ranges/ inside the installed wheel, or at the repository root in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "reference_ranges"
    return packaged if packaged.is_dir() else here.parents[1] / "reference_ranges"


def norm_name(text: str) -> str:
    """How names and aliases are compared: lower case, punctuation other than ( ) , + . / and spaces folded."""
    out = text.strip().lower().replace("_", " ").replace("-", " ")
    return " ".join(out.split())


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


def _validation_message(path: Path, exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{path.name}: {where}: {err['msg']}" if where else f"{path.name}: {err['msg']}"


def load_schemes(path: Path, analytes: dict[str, AnalyteDef], units: dict[str, UnitDef]) -> list[Scheme]:
    """Read one scheme file (shipped, or a lab's own given with --ranges) and validate it fully."""
    raw = _read_toml(path)
    if not isinstance(raw.get("schemes"), list) or not raw["schemes"]:
        raise ReferenceDataError("ranges-invalid", f"{path.name}: no [[schemes]] table", "see reference_ranges/vitamin_d.toml for the format")
    out = []
    for i, item in enumerate(raw["schemes"]):
        try:
            scheme = Scheme.model_validate({**item, "origin": path.name})
        except ValidationError as exc:
            raise ReferenceDataError("ranges-invalid", f"{_validation_message(path, exc)} (scheme #{i + 1})") from None
        _check_scheme(path, scheme, analytes, units)
        out.append(scheme)
    return out


def _check_scheme(path: Path, scheme: Scheme, analytes: dict[str, AnalyteDef], units: dict[str, UnitDef]) -> None:
    from .units import convert  # units depends on reference data only through its arguments

    where = f"{path.name}: scheme {scheme.id!r}"
    analyte = analytes.get(scheme.analyte)
    if analyte is None:
        raise ReferenceDataError("ranges-invalid", f"{where}: unknown analyte {scheme.analyte!r}", f"use one of {', '.join(analytes)}")
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


@lru_cache(maxsize=8)
def load(extra_ranges: tuple[str, ...] = ()) -> ReferenceData:
    """The shipped reference data, plus the schemes of any --ranges files (which become the defaults)."""
    root = data_dir()
    try:
        units = {k: UnitDef.model_validate(v) for k, v in _read_toml(root / "units.toml")["units"].items()}
        raw = _read_toml(root / "analytes.toml")
        analytes = {k: AnalyteDef.model_validate({**v, "id": k}) for k, v in raw["analytes"].items()}
        correction = CorrectionDef.model_validate(raw["corrected_calcium"])
        excluded = [ExcludedDef.model_validate(e) for e in raw.get("excluded", [])]
        findings = {k: FindingDef.model_validate(v) for k, v in _read_toml(root / "findings.toml")["findings"].items()}
        symptoms = {k: SymptomDef.model_validate(v) for k, v in _read_toml(root / "symptoms.toml")["symptoms"].items()}
    except ValidationError as exc:
        raise ReferenceDataError("ranges-invalid", f"shipped reference data is invalid: {exc.errors()[0]}") from None
    schemes: dict[str, dict[str, Scheme]] = {a: {} for a in analytes}
    defaults: dict[str, str] = {}
    for name in SCHEME_FILES:
        for s in load_schemes(root / name, analytes, units):
            schemes[s.analyte][s.id] = s
            if s.default:
                defaults[s.analyte] = s.id
    for extra in extra_ranges:
        for s in load_schemes(Path(extra), analytes, units):
            schemes[s.analyte][s.id] = s
            defaults[s.analyte] = s.id  # a lab's own ranges are used for its analytes
    defaults.setdefault("corrected_calcium", defaults["calcium"])
    schemes["corrected_calcium"] = schemes["calcium"]
    return ReferenceData(units, analytes, correction, excluded, schemes, defaults, findings, symptoms)
