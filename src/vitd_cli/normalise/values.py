"""From what a user or a file gives (analyte + text such as '18,5 ng/mL' or '<5') to a checked measurement."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..errors import VitdError
from ..models import AnalyteDef
from ..reference import ReferenceData
from ..reference.units import convert, parse_unit
from ..textsafe import Note

_COMPARATORS = {"<": "<", "<=": "<=", "≤": "<=", "=<": "<=", ">": ">", ">=": ">=", "≥": ">=", "=>": ">="}
_WORD_COMPARATORS = {"less than": "<", "lt": "<", "under": "<", "below": "<", "greater than": ">", "gt": ">", "more than": ">", "above": ">", "over": ">"}
COMPARATOR_RE = "<=|>=|=<|=>|≤|≥|<|>|less than|greater than|more than|under|below|above|over|lt|gt"  # longest first
_VALUE_RE = re.compile(
    r"^\s*(?P<cmp>" + COMPARATOR_RE + r")?\s*"
    r"(?P<num>[+-]?(?:\d[\d,.\u00a0\u202f' ]*\d\.?|\d\.?|[.,]\d+)(?:[eE][+-]?\d+)?)\s*+(?P<unit>.*)$",
    re.IGNORECASE,
)  # matched against stripped text; the unit is the rest of the line (a lazy unit before \s*$ backtracked: quadratic)
MAX_VALUE_CHARS = 256  # a value text longer than this is not a lab value (and is not given to the regular expressions)
_NOT_A_NUMBER = re.compile(r"^\s*[+-]?(nan|inf|infinity)\b", re.IGNORECASE)


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


def parse_number(text: str) -> tuple[float, float | None]:
    """A number as labs write it: 18, 18.5, 18,5 (decimal comma), 1,234.5, 1.234,5, 93704.0.

    Returns the reading and, for '1,234'-like text that could be either, the other reading.
    """
    s = text.strip()
    sign = -1.0 if s.startswith("-") else 1.0
    s = s.lstrip("+-")
    for sep in _GROUP_SEPARATORS:  # '1 234,5', "1'234.5": the integer part grouped in threes
        if sep in s:
            cut = min((i for i in (s.find(","), s.find(".")) if i >= 0), default=len(s))
            s = _ungroup(s[:cut], sep) + s[cut:]
    alt: float | None = None
    if "," in s and "." in s:
        thousands = "," if s.rfind(",") < s.rfind(".") else "."
        head, _, tail = s.rpartition("." if thousands == "," else ",")
        s = _ungroup(head, thousands) + "." + tail
    elif s.count(",") > 1:
        s = _ungroup(s, ",")
    elif "," in s:
        head, tail = s.split(",")
        if len(tail) == 3 and head and head != "0" and len(head) <= 3:
            alt = sign * float(head + tail)  # 1,234 might be a thousands separator
        s = s.replace(",", ".")
    elif s.count(".") > 1:
        s = _ungroup(s, ".")
    return sign * float(s), alt


_GROUP_SEPARATORS = ("\u00a0", "\u202f", "'", " ")


def _ungroup(digits: str, sep: str) -> str:
    """'1,234,567' -> '1234567'. Groups after the first must have three digits: '5 5', '1.2.3' and '12..5' are not numbers."""
    head, *groups = digits.split(sep)
    if not (head.isdigit() and len(head) <= 3 and all(len(g) == 3 and g.isdigit() for g in groups)):
        raise ValueError(f"{digits!r} is not a number grouped in thousands")
    return head + "".join(groups)


def too_long(text: str) -> VitdError | None:
    """The error for a value text longer than MAX_VALUE_CHARS (once stripped), else None. It does not quote the text."""
    if len(text) <= MAX_VALUE_CHARS or len(text.strip()) <= MAX_VALUE_CHARS:
        return None
    return VitdError("value-too-long", f"the value is {len(text.strip()):,} characters long, more than a lab value can be ({MAX_VALUE_CHARS})",
                     "give the measured value alone, e.g. '18 ng/mL'")


def split_value(text: str) -> tuple[str | None, float, float | None, str]:
    """'<= 5,5 ng/mL' -> ('<=', 5.5, None, 'ng/mL'). Raises VitdError on anything that is not a number."""
    error = too_long(text)
    if error is not None:
        raise error
    if _NOT_A_NUMBER.match(text):
        raise VitdError("value-nan", f"{text.strip()!r} is not a finite number", "give a measured value such as '18 ng/mL'")
    m = _VALUE_RE.match(text.strip())
    if not m:
        raise VitdError("value-unparseable", f"cannot read a number in {text.strip()!r}", "write a value like '18', '18.5', '18,5', '<5' or '18 ng/mL'")
    cmp_text = (m.group("cmp") or "").lower()
    comparator = _COMPARATORS.get(cmp_text) or _WORD_COMPARATORS.get(cmp_text)
    try:
        value, alt = parse_number(m.group("num"))
    except ValueError:
        raise VitdError("value-unparseable", f"cannot read a number in {text.strip()!r}", "write a value like '18', '18.5', '18,5' or '<5'") from None
    return comparator, value, alt, m.group("unit")


def normalise(ref: ReferenceData, analyte_id: str, text: str, unit: str | None = None, specimen: str | None = None) -> Measurement:
    """Read one value for an analyte; the unit comes from the text or from `unit` (a separate column)."""
    analyte = ref.analytes[analyte_id]
    comparator, value, alt, unit_text = split_value(str(text))
    if unit_text and unit and unit.strip() and unit_text.strip().lower() != unit.strip().lower():
        raise VitdError("unit-conflict", f"{text!r} carries unit {unit_text!r} but {unit!r} was given too", "give the unit once")
    unit_text = unit_text or (unit or "")
    if not math.isfinite(value):
        raise VitdError("value-nan", f"{text.strip()!r} is not a finite number", "give a measured value such as '18 ng/mL'")
    if value < 0:
        raise VitdError("value-negative", f"{analyte.id} cannot be negative ({text.strip()!r})", "give the value as printed on the report")
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
            raise VitdError(
                "value-ambiguous",
                f"{analyte.id} {text.strip()!r} could be {value:g} (decimal comma) or {alt:g} (thousands separator)",
                f"write it as {value:g} or {alt:g}",
            )
        notes.append(f"{text.strip()!r} read as {alt:g} (comma as thousands separator)")
        value = alt
    _check_plausible(ref, analyte, value, key, comparator, text)
    return Measurement(analyte.id, value, key, str(text).strip(), comparator, inferred, specimen, notes)


def _infer_unit(analyte: AnalyteDef, value: float, text: str) -> str:
    hits = [u for u, lo, hi in analyte.infer_units if lo <= value <= hi]
    if len(hits) == 1:
        return hits[0]
    raise VitdError(
        "unit-missing",
        f"{analyte.id} value {text.strip()!r} has no unit and the number fits more than one",
        f"add the unit as printed on the report, e.g. {text.strip() + ' ' + analyte.conventional_unit!r}; accepted: {', '.join(analyte.units)}",
    )


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
    hint = f"did you mean {value:g} {' or '.join(fits)}?" if fits else "check the value and its unit"
    raise VitdError(
        "value-implausible",
        f"{analyte.id} {text.strip()!r} is {si:.4g} {analyte.si_unit}, outside the plausible {lo:g}-{hi:g} {analyte.si_unit}: likely a unit mix-up",
        hint,
    )
