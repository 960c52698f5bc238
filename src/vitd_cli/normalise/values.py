"""From what a user or a file gives (analyte + text such as '18,5 ng/mL' or '<5') to a checked measurement: the text read
by readers/values.split_value, its unit found or inferred, its plausibility checked against the reference data."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..errors import value_error
from ..models import AnalyteDef
from ..readers.values import split_value
from ..reference import ReferenceData
from ..reference.units import convert, parse_unit
from ..textsafe import Note


@dataclass
class Measurement:
    """A value of one analyte in one of its units, checked for plausibility."""

    analyte: str
    value: float
    unit: str  # a unit key of units.toml
    reported: str
    comparator: str | None = None
    unit_inferred: bool = False
    specimen: str | None = None
    notes: list[str] = field(default_factory=list)


def normalise(ref: ReferenceData, analyte_id: str, text: str, unit: str | None = None, specimen: str | None = None) -> Measurement:
    """Read one value for an analyte; the unit comes from the text or from `unit` (a separate column)."""
    analyte = ref.analytes[analyte_id]
    comparator, value, alt, unit_text = split_value(str(text))
    if unit_text and unit and unit.strip() and unit_text.strip().lower() != unit.strip().lower():
        raise value_error("unit-conflict", text=text, unit_text=unit_text, unit=unit)
    unit_text = unit_text or (unit or "")
    if not math.isfinite(value):
        raise value_error("value-nan", text=text.strip())
    if value < 0:
        raise value_error("value-negative", analyte=analyte.id, text=text.strip())
    notes: list[str] = []
    inferred = False
    if unit_text.strip():
        key = parse_unit(unit_text, analyte, ref.units)
    else:
        key = _infer_unit(analyte, value, text)
        inferred = True
        notes.append(Note(f"{analyte.short} {value:g} had no unit: read as {key}, the only unit in which that number is plausible",
                          f"{analyte.short}: a value had no unit: read as {key}, the only unit in which it is plausible"))
    if alt is not None and _plausible(ref, analyte, alt, key, comparator):
        if _plausible(ref, analyte, value, key, comparator):
            raise value_error("value-ambiguous", analyte=analyte.id, text=text.strip(), value=value, alt=alt)
        notes.append(f"{text.strip()!r} read as {alt:g} (comma as thousands separator)")
        value = alt
    _check_plausible(ref, analyte, value, key, comparator, text)
    return Measurement(analyte.id, value, key, str(text).strip(), comparator, inferred, specimen, notes)


def _infer_unit(analyte: AnalyteDef, value: float, text: str) -> str:
    hits = [u for u, lo, hi in analyte.infer_units if lo <= value <= hi]
    if len(hits) == 1:
        return hits[0]
    raise value_error("unit-missing", analyte=analyte.id, text=text.strip(), example=text.strip() + " " + analyte.conventional_unit,
                      accepted=", ".join(analyte.units))


def _plausible(ref: ReferenceData, analyte: AnalyteDef, value: float, unit: str, comparator: str | None) -> bool:
    si = convert(value, unit, analyte.si_unit, analyte, ref.units)
    lo, hi = analyte.plausible
    return (si >= lo or comparator in ("<", "<=")) and (si <= hi or comparator in (">", ">="))


def _check_plausible(ref: ReferenceData, analyte: AnalyteDef, value: float, unit: str, comparator: str | None, text: str) -> None:
    if _plausible(ref, analyte, value, unit, comparator):
        return
    lo, hi = analyte.plausible
    si = convert(value, unit, analyte.si_unit, analyte, ref.units)
    fits = [u for u in analyte.units if u != unit and _plausible(ref, analyte, value, u, comparator)]
    raise value_error("value-implausible", None if fits else "value-implausible-unfit", analyte=analyte.id, text=text.strip(), si=si,
                      si_unit=analyte.si_unit, lo=lo, hi=hi, value=value, units=" or ".join(fits))
