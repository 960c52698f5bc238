"""Which analyte a name, alias or LOINC code means, and which ones must never be read as ours."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import VitdError
from .reference import ReferenceData, norm_name


@dataclass(frozen=True)
class Identified:
    analyte: str | None  # None: not one of ours
    reason: str | None = None  # why not (excluded specimen or analyte), when known
    specimen: str | None = None  # e.g. "blood" for whole-blood codes
    note: str | None = None


def identify(ref: ReferenceData, name: str | None = None, loinc: str | None = None) -> Identified:
    """Identify by LOINC code first (exclusions win), then by name. Unknown tests give analyte None."""
    code = (loinc or "").strip()
    if code:
        if code in ref.excluded_loinc:
            return Identified(None, ref.excluded_loinc[code])
        if code in ref.loinc_index:
            aid = ref.loinc_index[code]
            a = ref.analytes[aid]
            return Identified(aid, specimen=a.specimen_loinc.get(code), note=a.loinc_notes.get(code))
    if name:
        key = norm_name(name)
        if key in ref.excluded_names:
            return Identified(None, ref.excluded_names[key])
        if key in ref.name_index:
            return Identified(ref.name_index[key])
    return Identified(None)


def resolve_analyte_id(ref: ReferenceData, text: str) -> str:
    """An analyte id from a user's word (id, name or alias), or a clear error."""
    found = identify(ref, name=text)
    if found.analyte:
        return found.analyte
    if found.reason:
        raise VitdError("analyte-excluded", f"{text!r} is {found.reason}: vitd does not interpret it")
    raise VitdError("analyte-unknown", f"unknown analyte {text!r}", f"use one of {', '.join(ref.analytes)}")
