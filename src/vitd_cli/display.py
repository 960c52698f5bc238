"""How values and names are written for people, the same in every output (Rich, JSON, HTML, FHIR notes).

- a converted value keeps the sign of a censored one: '<5 ng/mL' is '<12.5 nmol/L', '>150 pg/mL' is '>15.9 pmol/L';
- a converted value is printed to the digits labs print (analytes.toml `decimals`), never 15.915;
- names made from ids or lower-cased titles keep their proper nouns and abbreviations: 'Vitamin D', 'PTH'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Result

MECHANISM_TITLE = "How these results link to muscle symptoms"  # the heading of the panel's mechanism paragraph (sentences.toml)

# Words that keep their case inside a sentence (a title lower-cased for "X can cause Y" keeps them)
# (only words that are never ordinary English words: not NICE, not IV)
_PROPER = ("vitamin D", "PTH", "ECG", "QT", "NINDS", "CMDT", "LOINC", "FHIR", "HL7", "MND", "Chvostek", "Trousseau")
_PROPER_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in _PROPER) + r")\b", re.IGNORECASE)
_CANON = {w.lower(): w for w in _PROPER}


def number(x: float, digits: int | None = None) -> str:
    """A value as a lab prints it: with `digits` after the point when known, else 399, 44.9, 2.02."""
    if digits is not None:
        return f"{x:.{digits}f}"
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:.1f}" if abs(x) >= 10 else f"{x:.2f}"


def censored(comparator: str | None, text: str) -> str:
    """'<' + '12.5 nmol/L': a value of a censored result keeps its comparator in every unit."""
    return f"{comparator}{text}" if comparator else text


def proper_names(text: str) -> str:
    """Proper nouns and abbreviations restored in a lower-cased text: 'high pth with low vitamin d' ->
    'high PTH with low vitamin D'."""
    def fix(m: re.Match[str]) -> str:
        canon = _CANON[m.group(0).lower()]
        return sentence(canon) if m.group(0)[0].isupper() else canon  # 'Vitamin d' at a sentence start: 'Vitamin D'

    return _PROPER_RE.sub(fix, text)


def lower_title(title: str) -> str:
    """A title for use inside a sentence: 'Vitamin D deficiency' -> 'vitamin D deficiency', 'High PTH' -> 'high PTH'."""
    if not title:
        return title
    first, rest = title[0], title[1:]
    word = title.split(" ", 1)[0]
    if len(word) > 1 and word.isupper():  # an abbreviation starts the title: 'PTH high'
        return title
    return proper_names(first.lower() + rest)


def sentence(text: str) -> str:
    """The first letter upper-cased, nothing else touched (unlike str.capitalize, which lower-cases the rest):
    'vitamin D deficiency can cause ...' -> 'Vitamin D deficiency can cause ...'."""
    return text[:1].upper() + text[1:] if text else text


def label_from_id(ident: str) -> str:
    """A label made from an id: 'vitamin_d_deficiency' -> 'Vitamin D deficiency', 'elevated_pth' -> 'Elevated PTH'."""
    return sentence(proper_names(ident.replace("_", " ")))


def in_si(r: Result) -> bool:
    """Did the value come in the SI unit system (nmol/L, mmol/L, g/L, pmol/L, or mEq/L) rather than the conventional?"""
    if r.reported_unit == r.unit:
        return True
    if r.reported_unit == r.conventional.unit:
        return False
    unit = r.reported_unit.lower()
    return "mol" in unit or "eq" in unit or unit == "g/l"


def converted(r: Result, decimals: tuple[int, int] | None = None) -> str:
    """The value in the other unit system from the one it came in, to the digits labs print (`decimals`: SI and
    conventional digits of analytes.toml), with the comparator of a censored value: '<12.5 nmol/L', '>15.9 pmol/L'."""
    if in_si(r):
        x, unit, d = r.conventional.value, r.conventional.unit, decimals[1] if decimals else None
    else:
        x, unit, d = r.value, r.unit, decimals[0] if decimals else None
    return censored(r.comparator, f"{number(x, d)} {unit}")
