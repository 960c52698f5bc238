"""One FHIR Observation read into a LabRecord (or Skipped, with the reason): its LOINC codes and name, its status,
its value (fhir_values), and its date, subject and specimen, taken from the report or panel listing it when it has
none of its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..textsafe import Note
from .fhir_json import JsonObject, as_dict, as_list, duplicate_key
from .fhir_values import concept_text, interpretation_flag, observation_value, reference_range
from .records import LabRecord, Skipped

if TYPE_CHECKING:
    from .fhir_scope import Scope

LOINC_SYSTEMS = {"http://loinc.org", "https://loinc.org", "urn:oid:2.16.840.1.113883.6.1", "loinc", "ln"}
SKIP_STATUSES = {
    "entered-in-error": "status entered-in-error: the result was recorded in error",
    "cancelled": "status cancelled: the test was not done",
    "registered": "status registered: no result yet",
}
KNOWN_STATUSES = {"registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$")


def read_observation(obs: dict, location: str, index: int, chain: list[dict], scope: Scope, containers: dict[int, dict],
                     duplicates: bool) -> LabRecord | Skipped:
    """One Observation as a LabRecord, or Skipped (and why). `chain`: the Observation, then the report or panel that lists
    it, and so on up; `containers`: id(contained resource) -> the resource containing it; `duplicates`: some JSON object
    of the input has a key twice."""
    code = as_dict(obs.get("code"))
    codings = [c for c in as_list(code.get("coding")) if isinstance(c, dict)]
    loincs = tuple(str(c["code"]).strip() for c in codings
                   if str(c.get("system", "")).strip().lower().rstrip("/") in LOINC_SYSTEMS and c.get("code"))
    name = concept_text(code) or next((c.get("display") for c in codings if c.get("display")), None)
    if not name:
        name = next((str(c.get("code")) for c in codings if c.get("code")), None)
    loinc = loincs[0] if loincs else None
    status = obs.get("status")
    status = status.strip().lower() if isinstance(status, str) else None
    notes: list[str] = []

    def skipped(reason: str) -> Skipped:
        return Skipped(reason, index, location, name, loinc, obs, "fhir")

    twice = duplicate_key(obs) if duplicates else None
    if twice is not None:
        return skipped(f"duplicate key {twice!r}: which value is meant is not known")
    for parent in chain[1:]:
        if isinstance(parent, JsonObject) and parent.duplicate is not None:
            return skipped(f"its {parent.get('resourceType')} has the key {parent.duplicate!r} twice: which value is meant is not known")
    if status in SKIP_STATUSES:
        return skipped(SKIP_STATUSES[status])
    for parent in chain[1:]:
        if parent.get("resourceType") == "DiagnosticReport" and parent.get("status") in ("entered-in-error", "cancelled"):
            return skipped(f"its DiagnosticReport has status {parent.get('status')}")
    if status not in KNOWN_STATUSES:
        notes.append(Note(f"status {obs.get('status')!r} is not an Observation status: read as unknown",
                          "its status is not an Observation status: read as unknown"))
        status = "unknown"

    members = as_list(obs.get("hasMember"))
    if members and not any(k.startswith("value") for k in obs):
        return skipped(f"a panel: its {len(members)} members are read one by one")
    value_text, unit, unit_alt, absent = observation_value(obs)

    date, date_note = _date(chain)
    if date_note:
        notes.append(date_note)
    subject = next((s for s in (_subject(r.get("subject"), scope) for r in chain) if s), None)
    specimen = _specimen(chain, scope, containers)
    rr = reference_range(obs.get("referenceRange"))
    flag = interpretation_flag(obs.get("interpretation"))
    return LabRecord(subject=subject, date=date, name=name, loinc=loinc, value_text=value_text, unit=unit, specimen=specimen,
                     reference_range=rr, lab_flag=flag, status=status, source_index=index, raw=obs, location=location,
                     loinc_codes=loincs, unit_alt=unit_alt, absent_reason=absent, notes=notes, source_format="fhir")


def _effective(res: dict) -> str | None:
    for key in ("effectiveDateTime", "effectiveInstant"):
        v = res.get(key)
        if isinstance(v, str) and v.strip():
            return v.strip()
    period = as_dict(res.get("effectivePeriod"))
    for key in ("start", "end"):
        v = period.get(key)
        if isinstance(v, str) and v.strip():
            return v.strip()
    return None


def _date(chain: list[dict]) -> tuple[str | None, str | None]:
    for res in chain:
        when = _effective(res)
        if when:
            return when, None if _DATE.match(when) else Note(f"date {when!r} is not a FHIR dateTime", "its date is not a FHIR dateTime")
    for res in chain:
        issued = res.get("issued")
        if isinstance(issued, str) and issued.strip():
            return issued.strip(), "no collection time (effective[x]): the issue time is used"
    return None, None


def _subject(ref: Any, scope: Scope) -> str | None:
    """The subject as a key for grouping: the identifier of a Patient in the same Bundle, else the reference, else
    the identifier or display given."""
    r = as_dict(ref)
    if isinstance(r.get("reference"), str) and r["reference"].strip():
        target = scope.resolve(r, None)
        for ident in as_list(target.get("identifier")) if target else ():
            if isinstance(ident, dict) and isinstance(ident.get("value"), str) and ident["value"].strip():
                return ident["value"].strip()
        return r["reference"].strip()
    ident = as_dict(r.get("identifier"))
    if isinstance(ident.get("value"), (str, int)) and str(ident["value"]).strip():
        return str(ident["value"]).strip()
    if isinstance(r.get("display"), str) and r["display"].strip():
        return r["display"].strip()
    return None


def _specimen(chain: list[dict], scope: Scope, containers: dict[int, dict]) -> str | None:
    for res in chain:
        refs = as_list(res.get("specimen"))
        if res.get("resourceType") == "DiagnosticReport" and len(refs) != 1:
            continue  # several specimens (serum, blood, urine): not known which this result used
        for ref in refs[:1]:
            target = scope.resolve(ref, containers.get(id(res)) or res)
            if target is not None:
                kind = concept_text(target.get("type"))
                if kind:
                    return kind
            shown = as_dict(ref).get("display")
            if isinstance(shown, str) and shown.strip():
                return shown.strip()
    return None
