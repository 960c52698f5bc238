"""Which analyte a name, alias or LOINC code means, and which ones must never be read as ours."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import VitdError
from .lexicon import Identification, identify_name, loinc_code, map_key
from .loader import ReferenceData, norm_name


@dataclass(frozen=True)
class Identified:
    analyte: str | None  # None: not one of ours
    reason: str | None = None  # why not (a veto word, a look-alike code, an unknown word beside an analyte's), when known
    specimen: str | None = None  # e.g. "blood" for whole-blood codes and names
    note: str | None = None
    how: Identification | None = None  # the words that decided it (None: decided by a code)
    close: bool = False  # an analyte's word stood beside an unknown word: worth telling the user, once per name


def identify(ref: ReferenceData, name: str | None = None, loinc: str | None = None,
             tests_map: Mapping[str, str | None] | None = None) -> Identified:
    """The one recogniser's answer for a test: by LOINC code first (analytes.toml, then loinc.toml; a look-alike's
    code wins over any name), then by the lab's own map (--tests-map), then by the name's words (identify.identify_name, rules in tests.toml). A code vitd does
    not know leaves the decision to the name."""
    code = (loinc or "").strip()
    if code:
        if code in ref.excluded_loinc:
            return Identified(None, ref.excluded_loinc[code])
        aid, why = None, None
        if code in ref.loinc_index:
            aid = ref.loinc_index[code]
        else:
            known = loinc_code(code)
            if known is not None:
                aid, why = known if known[0] is None else (known[0], None)
        if why is not None:
            return Identified(None, why)
        if aid is not None:
            said = identify_name(name) if name else None
            if said is not None and not said.close and (said.stop or (said.analyte and said.analyte != aid)):
                # the code says ours, the name says otherwise (D2 alone, urine, another analyte): the two disagree
                what = said.reason or f"it is {said.analyte}"
                return Identified(None, f"LOINC {code} is {aid.replace('_', ' ')} but the name says {what}: code and name disagree, "
                                        "so it is not read")
            a = ref.analytes[aid]
            return Identified(aid, specimen=a.specimen_loinc.get(code), note=a.loinc_notes.get(code))
    if name and tests_map:
        key = map_key(name)
        if key in tests_map:  # the lab's own map (--tests-map) wins over the rules
            mapped = tests_map[key]
            return Identified(mapped) if mapped else Identified(None, "mapped to none by --tests-map")
    if name:
        excluded = ref.excluded_names.get(norm_name(name))
        if excluded:  # analytes.toml [[excluded]] names: a look-alike named exactly, with its own reason
            return Identified(None, excluded)
        found = identify_name(name)
        return Identified(found.analyte, found.reason, found.specimen, found.note, found, found.close)
    return Identified(None)


def resolve_analyte_id(ref: ReferenceData, text: str) -> str:
    """An analyte id from a user's word (id, name or alias), or a clear error."""
    if text in ref.analytes:  # an id (--vitd and friends give these): no need to read the rules
        return text
    found = identify(ref, name=text)
    if found.analyte:
        return found.analyte
    if found.reason:
        raise VitdError("analyte-excluded", f"{text!r} is {found.reason}: vitd does not interpret it")
    raise VitdError("analyte-unknown", f"unknown analyte {text!r}", f"use one of {', '.join(ref.analytes)}")
