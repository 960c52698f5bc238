"""A FHIR Observation or HL7 OBX (readers/records.LabRecord) as the row a lab export gives batch.Engine: the cells of
one fixed long layout (RECORD_LAYOUT: subject, date, test, code, value, unit, specimen, reference range, flag), so that
records and lab-export rows go through the same identification, value reading, lab checks, panels and accounting.

What is special about FHIR and HL7 is decided here, as the cells of the row or as a reason the record is not ours:
which of a record's LOINC codes decides (record_code), the value with the unit it was given in (record_value, the
other spelling of the unit in alt_value), a specimen text only when vitd knows what it is (an unknown one is not
refused, unlike a lab export's specimen column), and LOINC 13959-2 (not_ours).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..errors import VitdError
from ..textsafe import Note
from .columns import LongLayout, load_columns
from .records import CALCULATED_IONIZED, LabRecord
from .values import split_value

if TYPE_CHECKING:
    from ..reference import ReferenceData

RECORD_HEADER = ("subject", "date", "test", "code", "value", "unit", "specimen", "reference range", "flag")
RECORD_LAYOUT = LongLayout(header=list(RECORD_HEADER), cols={"subject": 0, "date": 1, "analyte": 2, "code": 3, "value": 4, "unit": 5,
                                                             "specimen": 6, "reference_range": 7, "flag": 8},
                           how={role: "given" for role in ("subject", "date", "analyte", "code", "value", "unit", "specimen",
                                                          "reference_range", "flag")})
VALUE = RECORD_HEADER.index("value")


def record_cells(ref: ReferenceData, rec: LabRecord) -> list[str]:
    """The row of a record in RECORD_LAYOUT."""
    return [rec.subject or "", rec.date or "", rec.name or "", record_code(ref, rec), record_value(rec, rec.unit), "",
            _known_specimen(rec.specimen), rec.reference_range or "", rec.lab_flag or ""]


def alt_value(rec: LabRecord) -> str | None:
    """The value cell with the other spelling of the unit (FHIR: the printed unit when the UCUM code was not
    understood), or None when there is no other spelling to try."""
    if not rec.unit_alt or not rec.unit_alt.strip() or not (rec.unit or "").strip() or _has_unit(rec.value_text or ""):
        return None
    return record_value(rec, rec.unit_alt)


def record_value(rec: LabRecord, unit: str | None) -> str:
    """The value as typed text: the record's value with its unit after it, unless the text carries its own ('18 ng/mL'
    as a valueString) or there is none; a Measurement then reports it as '18 ng/mL', as the typed value."""
    text = (rec.value_text or "").strip()
    if not text or not unit or not unit.strip() or _has_unit(text):
        return text
    return f"{text} {unit.strip()}"


def record_code(ref: ReferenceData, rec: LabRecord) -> str:
    """The LOINC code that decides a record's test: of all its codes, one vitd excludes (urine calcium, a vitamin D
    form) wins, then one of vitd's analytes; else the first code (the name then decides, as for a lab export)."""
    from ..reference.identify import identify

    codes = rec.loinc_codes or ((rec.loinc,) if rec.loinc else ())
    if len(codes) < 2:
        return codes[0] if codes else ""
    ours = None
    for code in codes:
        hit = identify(ref, loinc=code)
        if hit.analyte is None and hit.reason:
            return code
        if hit.analyte and ours is None:
            ours = code
    return ours or codes[0]


def not_ours(rec: LabRecord) -> str | None:
    """Why a record whose code looks like one of ours is not read as ours (LOINC 13959-2: docs/interop.md), else None."""
    if CALCULATED_IONIZED not in rec.loinc_codes:
        return None
    reason = ("LOINC 13959-2 'Calcium.ionized [Moles/volume] in Serum or Plasma by calculation' is calculated, not a "
              "measured ionized calcium, and labs use it for an albumin- or protein-adjusted total calcium; vitd does not "
              "classify it (it computes its own albumin-corrected calcium from total calcium and albumin)")
    m = re.search(r"\d+(?:\.\d+)?", rec.value_text or "")
    value = float(m.group()) if m else None
    if value is not None and value >= 1.6 and (rec.unit or "").lower().replace(" ", "") in ("mmol/l", "mm"):
        reason += f"; its {value:g} mmol/L is on the total-calcium scale (ionized calcium is about 1.1-1.3 mmol/L)"
    return reason


def not_found(rec: LabRecord) -> str:
    """The reason of a record that is not one of vitd's tests when identification gave none: what it was named by
    (stderr says which kind, not the name)."""
    codes = rec.loinc_codes or ((rec.loinc,) if rec.loinc else ())
    if codes:
        return Note(f"LOINC {', '.join(codes)} is not an analyte vitd interprets", "its LOINC code is not an analyte vitd interprets")
    if rec.name:
        return Note(f"{rec.name!r} is not an analyte vitd interprets", "its name is not an analyte vitd interprets")
    return "no code or name"


def specimen_reason(rec: LabRecord, reason: str | None) -> Any:
    """The FHIR/HL7 wording of the engine's reason for a specimen that is not serum (the record's own specimen text
    quoted: it came from the resource), or `reason` itself when it gives another reason (an excluded code)."""
    if reason and rec.specimen and reason.endswith(", not serum: never classified against serum ranges"):
        return Note(f"specimen {rec.specimen!r} is not serum or plasma", "its specimen is not serum or plasma")
    return reason


def _known_specimen(specimen: str | None) -> str:
    """The specimen cell: the text when vitd knows it (serum, plasma, blood; urine, CSF ... which make the result
    another test), else empty: a FHIR/HL7 specimen text vitd does not know is not refused."""
    if not specimen or not specimen.strip():
        return ""
    serum, what = load_columns().specimen_verdict(specimen)
    return specimen if serum or what is not None else ""


def _has_unit(text: str) -> bool:
    try:
        return bool(split_value(text)[3])
    except VitdError:
        return False
