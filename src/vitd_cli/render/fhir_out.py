"""FHIR output: a Report as an R4 Bundle (type collection).

For each panel:
- one Observation per result: the input Observation when the result came from FHIR (its R4 elements copied: code,
  subject, effective, value, specimen, the lab's referenceRange ...), else one built from the result (HL7 or typed
  values); with `interpretation` set from our classification (v3-ObservationInterpretation N, L, H, and LL / HH for
  a severe grade), our normal range first in `referenceRange` (low/high in the value's unit, and `text` naming the
  scheme and its source), and our notes;
- a derived Observation for an estimate (albumin-corrected calcium: LOINC 29265-6 when in mmol/L, `derivedFrom` the
  calcium and albumin Observations, the formula in `method.text`);
- a DiagnosticReport (LOINC 11502-2 Laboratory report) listing them in `result`, with the findings, symptom
  assessments, advice and disclaimer in `conclusion` and one `conclusionCode` per finding (code system FINDING_SYSTEM,
  our stable finding codes).
When the accounting of a file read is given, an OperationOutcome lists what was skipped and the warnings.

Output is deterministic (ids are UUID 5 of the content) so that it can be compared between runs.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import TYPE_CHECKING, Any, TextIO

from ..models import Panel, Report, Result

if TYPE_CHECKING:
    from ..readers.records import Accounting, LabRecord

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
V3_INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
RANGE_MEANING = "http://terminology.hl7.org/CodeSystem/referencerange-meaning"
FINDING_SYSTEM = "urn:vitd:finding"  # vitd's finding codes (reference_ranges/findings.toml): a stable contract
_NAMESPACE = uuid.UUID("5b0c3f38-5d7e-4c9a-9f33-0d1f2a6c7e11")

INTERPRETATION_DISPLAY = {"N": "Normal", "L": "Low", "H": "High", "LL": "Critical low", "HH": "Critical high"}
# LOINC code per analyte and unit kind, for Observations built from HL7 or typed values (clinical-facts.md §6).
ANALYTE_LOINC: dict[tuple[str, str], tuple[str, str]] = {
    ("vitamin_d", "mass"): ("62292-8", "25-Hydroxyvitamin D2+25-Hydroxyvitamin D3 [Mass/volume] in Serum or Plasma"),
    ("calcium", "mass"): ("17861-6", "Calcium [Mass/volume] in Serum or Plasma"),
    ("calcium", "molar"): ("2000-8", "Calcium [Moles/volume] in Serum or Plasma"),
    ("ionized_calcium", "mass"): ("17863-2", "Calcium.ionized [Mass/volume] in Serum or Plasma"),
    ("ionized_calcium", "molar"): ("1995-0", "Calcium.ionized [Moles/volume] in Serum or Plasma"),
    ("albumin", "mass"): ("1751-7", "Albumin [Mass/volume] in Serum or Plasma"),
    ("magnesium", "mass"): ("19123-9", "Magnesium [Mass/volume] in Serum or Plasma"),
    ("magnesium", "molar"): ("2601-3", "Magnesium [Moles/volume] in Serum or Plasma"),
    ("pth", "mass"): ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma"),
    ("pth", "molar"): ("14866-8", "Parathyrin.intact [Moles/volume] in Serum or Plasma"),
    ("phosphate", "mass"): ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma"),
    ("phosphate", "molar"): ("14879-1", "Phosphate [Moles/volume] in Serum or Plasma"),
    ("corrected_calcium", "molar"): ("29265-6", "Calcium [Moles/volume] corrected for albumin in Serum or Plasma"),
}
UCUM_CODE = {"mEq/L": "meq/L"}  # unit keys of units.toml whose UCUM code differs; the others are UCUM as written
MOLAR_UNITS = {"mmol/L", "umol/L", "nmol/L", "pmol/L"}
# R4 Observation elements copied from an input Observation (R5-only elements are left out, so the output stays R4).
COPIED = ("identifier", "basedOn", "partOf", "category", "code", "subject", "focus", "encounter", "effectiveDateTime",
          "effectivePeriod", "effectiveInstant", "issued", "performer", "valueQuantity", "valueString", "valueInteger",
          "note", "bodySite", "method", "specimen", "device", "derivedFrom")
OBS_STATUS = {"registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"}
_DATETIME = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?)?)?$")
def render_fhir(report: Report, out: TextIO, accounting: Accounting | None = None) -> None:
    """Write the report as a FHIR R4 Bundle (JSON)."""
    json.dump(report_to_bundle(report, accounting), out, indent=2, ensure_ascii=False)  # streamed: no whole-document string
    out.write("\n")


def report_to_bundle(report: Report, accounting: Accounting | None = None) -> dict[str, Any]:
    """The report as a FHIR R4 Bundle dict; `accounting` (from interpret_records) links results to input resources."""
    sources: dict[tuple[int, str], LabRecord] = {}
    if accounting is not None:
        for o in accounting.outcomes:
            if o.status == "interpreted" and o.panel is not None and o.analyte and o.record is not None:
                sources[(o.panel, o.analyte)] = o.record
    entries: list[dict[str, Any]] = []
    for i, panel in enumerate(report.panels):
        entries.extend(_panel_entries(report, i, panel, sources))
    outcome = _operation_outcome(report, accounting)
    if outcome:
        entries.append(_entry(outcome))
    urls = {e["fullUrl"] for e in entries}
    for e in entries:
        _fix_dangling(e["resource"], urls)
    bundle: dict[str, Any] = {"resourceType": "Bundle", "id": _uid("bundle", *(e["fullUrl"] for e in entries)), "type": "collection",
                              "entry": entries}
    return _clean(bundle)


def _fix_dangling(x: Any, urls: set[str]) -> None:
    """A urn:uuid reference must resolve inside the Bundle: one to a resource not in the output (the input's Patient)
    becomes a logical reference, an identifier holding the URI."""
    if isinstance(x, dict):
        ref = x.get("reference")
        if isinstance(ref, str) and ref.startswith("urn:") and ref not in urls:
            del x["reference"]
            x.setdefault("identifier", {"system": "urn:ietf:rfc:3986", "value": ref})
        for v in x.values():
            _fix_dangling(v, urls)
    elif isinstance(x, list):
        for v in x:
            _fix_dangling(v, urls)


def _uid(*parts: Any) -> str:
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(str(p) for p in parts)))


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def _subject(subject: str | None) -> dict[str, Any] | None:
    if not subject:
        return None
    if re.match(r"^[A-Z][A-Za-z]+/[A-Za-z0-9\-.]{1,64}$", subject) or subject.startswith(("urn:", "http://", "https://")):
        return {"reference": subject}
    return {"identifier": {"value": subject}}


def fhir_datetime(text: str | None) -> str | None:
    """A date as a valid R4 dateTime: as given when valid; a time without a zone is cut to its date (R4 needs the zone)."""
    if not text:
        return None
    text = text.strip()
    if _DATETIME.match(text):
        return text
    m = re.match(r"^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}", text)
    return m.group(1) if m else None


def _quantity(value: float | None, unit: str) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"value": value, "unit": unit, "system": UCUM, "code": UCUM_CODE.get(unit, unit)}


def _interpretation(r: Result) -> dict[str, Any]:
    code = {"normal": "N", "low": "L", "high": "H"}[r.flag]
    if r.severity == "severe" and code in ("L", "H"):
        code += code
    return {"coding": [{"system": V3_INTERPRETATION, "code": code, "display": INTERPRETATION_DISPLAY[code]}], "text": r.label}


def _our_range(r: Result, unit: str) -> dict[str, Any]:
    rng = r.range
    if unit == rng.conventional_unit and rng.conventional_unit != rng.unit:
        low, high = rng.conventional_low, rng.conventional_high
    else:
        low, high, unit = rng.low, rng.high, rng.unit
    return {"low": _quantity(low, unit), "high": _quantity(high, unit),
            "type": {"coding": [{"system": RANGE_MEANING, "code": "normal", "display": "Normal Range"}]},
            "text": f"vitd, {rng.scheme_name}: normal {rng.text}{' (adult range)' if rng.adult else ''}. Source: {rng.source}"}


def _value_quantity(r: Result) -> dict[str, Any]:
    """The value as reported (number and unit), else the SI value."""
    from ..errors import VitdError
    from ..readers.values import split_value

    try:
        comparator, number, alt, _ = split_value(r.reported.replace("(calculated)", ""))
        unit = r.reported_unit
        if alt is not None:  # '1,234': normalise decided which reading; the SI value says it without doubt
            raise ValueError(alt)
    except (VitdError, ValueError):
        comparator, number, unit = r.comparator, r.value, r.unit
    q = _quantity(number, unit) or {}
    if comparator or r.comparator:
        q = {"value": q["value"], "comparator": r.comparator or comparator, **q}
    return q


def _both_units(r: Result) -> str:
    """'>150 pg/mL = >15.9 pmol/L': the value as reported, then in the other unit system at lab digits, each with the
    comparator of a censored value."""
    from ..display import censored, converted, in_si

    if r.estimate:
        return f"{r.value:g} {r.unit} = {r.conventional.value:g} {r.conventional.unit}"
    first = censored(r.comparator, f"{r.value:g} {r.unit}" if in_si(r) else f"{r.conventional.value:g} {r.conventional.unit}")
    return f"{first} = {r.converted or converted(r)}"


def _copy(raw: dict[str, Any]) -> dict[str, Any]:
    obs: dict[str, Any] = {"resourceType": "Observation"}
    for key in COPIED:
        if key in raw:
            obs[key] = json.loads(json.dumps(raw[key]))
    if "valueQuantity" in obs:
        obs["valueQuantity"] = {k: v for k, v in obs["valueQuantity"].items() if k in ("value", "comparator", "unit", "system", "code")}
    return obs


def _lab_ranges(raw: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for rr in raw.get("referenceRange") or []:
        if isinstance(rr, dict):
            kept = {k: v for k, v in rr.items() if k in ("low", "high", "type", "appliesTo", "age", "text")}
            for side in ("low", "high"):
                if isinstance(kept.get(side), dict):
                    kept[side] = {k: v for k, v in kept[side].items() if k in ("value", "unit", "system", "code")}
            if not kept.get("text"):
                kept["text"] = "the laboratory's range"
            out.append(kept)
    return out


def _observation(report: Report, i: int, panel: Panel, r: Result, rec: LabRecord | None, refs: dict[str, str]) -> dict[str, Any]:
    raw = rec.raw if rec is not None and rec.source_format == "fhir" and isinstance(rec.raw, dict) else None
    obs: dict[str, Any] = _copy(raw) if raw is not None else {"resourceType": "Observation"}
    obs["id"] = _uid(i, panel.subject, panel.date, r.analyte, rec.location if rec else "", r.reported)
    status = (rec.status if rec else None) or "final"
    obs["status"] = status if status in OBS_STATUS else "unknown"
    obs.setdefault("category", [{"coding": [{"system": OBS_CATEGORY, "code": "laboratory", "display": "Laboratory"}]}])
    if "code" not in obs or not isinstance(obs["code"], dict):
        obs["code"] = _code(r, rec)
    if "subject" not in obs and _subject(panel.subject):
        obs["subject"] = _subject(panel.subject)
    if not any(k.startswith("effective") for k in obs):
        when = fhir_datetime(panel.date)
        if when:
            obs["effectiveDateTime"] = when
    value_unit = r.reported_unit
    if raw is None or not any(k in obs for k in ("valueQuantity", "valueString", "valueInteger")):
        obs["valueQuantity"] = _value_quantity(r)
    obs["interpretation"] = [_interpretation(r)]
    obs["referenceRange"] = [_our_range(r, value_unit), *(_lab_ranges(raw) if raw else _hl7_range(rec))]
    notes = [f"vitd: {r.name} {r.label} ({r.category}); {_both_units(r)}"]
    notes += [f"vitd: {n}" for n in r.notes if not (raw is not None and n.startswith("lab range"))]
    if rec is not None:
        notes.append(f"read from {'HL7 v2 ' if rec.source_format == 'hl7' else 'input '}{rec.location}")
    obs["note"] = [*(obs.get("note") or []), *({"text": n} for n in notes)]
    if r.estimate:
        obs["derivedFrom"] = [{"reference": refs[a]} for a in ("calcium", "albumin") if a in refs]
        if r.formula:
            obs["method"] = {"text": r.formula}
    return _ordered(obs)


_ORDER = ("resourceType", "id", "identifier", "basedOn", "partOf", "status", "category", "code", "subject", "focus", "encounter",
          "effectiveDateTime", "effectivePeriod", "effectiveInstant", "issued", "performer", "valueQuantity", "valueString",
          "valueInteger", "interpretation", "note", "bodySite", "method", "specimen", "device", "referenceRange", "derivedFrom")


def _ordered(res: dict[str, Any]) -> dict[str, Any]:
    """Elements in the order of the specification, which is easier to read."""
    rank = {k: n for n, k in enumerate(_ORDER)}
    return dict(sorted(res.items(), key=lambda kv: rank.get(kv[0], len(rank))))


def _hl7_range(rec: LabRecord | None) -> list[dict[str, Any]]:
    if rec is None or not rec.reference_range:
        return []
    return [{"text": f"the laboratory's range: {rec.reference_range}" + (f" (flag {rec.lab_flag})" if rec.lab_flag else "")}]


def _code(r: Result, rec: LabRecord | None) -> dict[str, Any]:
    codings = []
    if rec is not None and rec.loinc:
        codings.append({"system": LOINC, "code": rec.loinc, **({"display": rec.name} if rec.name else {})})
    else:
        kind = "molar" if r.reported_unit in MOLAR_UNITS else "mass" if r.reported_unit != "mEq/L" else "equivalent"
        known = ANALYTE_LOINC.get((r.analyte, kind))
        if known:
            codings.append({"system": LOINC, "code": known[0], "display": known[1]})
    return {"coding": codings, "text": (rec.name if rec is not None and rec.name else r.name)}


def _panel_entries(report: Report, i: int, panel: Panel, sources: dict[tuple[int, str], LabRecord]) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    refs: dict[str, str] = {}
    statuses = []
    for r in sorted(panel.results, key=lambda x: x.estimate):  # measured results first: estimates refer to them
        rec = sources.get((i, r.analyte))
        obs = _observation(report, i, panel, r, rec, refs)
        entry = _entry(obs)
        refs[r.analyte] = entry["fullUrl"]
        statuses.append(obs["status"])
        entries.append(entry)
    dr: dict[str, Any] = {
        "resourceType": "DiagnosticReport",
        "id": _uid("report", i, *(e["fullUrl"] for e in entries)),
        "status": "preliminary" if "preliminary" in statuses else "final",
        "category": [{"coding": [{"system": V2_0074, "code": "LAB", "display": "Laboratory"}]}],
        "code": {"coding": [{"system": LOINC, "code": "11502-2", "display": "Laboratory report"}],
                 "text": "vitd interpretation: vitamin D, calcium, magnesium and related results"},
        "subject": _subject(panel.subject),
        "effectiveDateTime": fhir_datetime(panel.date),
        "result": [{"reference": e["fullUrl"]} for e in entries],
        "conclusion": _conclusion(report, panel),
        "conclusionCode": [{"coding": [{"system": FINDING_SYSTEM, "code": f.code, "display": f.title}], "text": f.summary}
                           for f in panel.findings],
    }
    return [*entries, _entry(dr)]


def _conclusion(report: Report, panel: Panel) -> str:
    lines = [f"Urgency: {panel.urgency}. {panel.advice}"]
    if panel.findings:
        lines += [f"- {f.title}: {f.summary}." for f in panel.findings]
    elif all(r.flag == "normal" for r in panel.results):
        lines.append("No finding: every result is within the range used.")
    else:
        lines.append("No pattern finding; the results outside their range are marked in their Observations.")
    lines += [f"- Symptom {s.reported!r}: {s.message}" for s in panel.symptoms]
    lines += [f"Next: {step}" for step in panel.next_steps]
    lines.append(f"Vitamin D scheme: {report.guideline_name}. vitd {report.version}.")
    lines.append(report.disclaimer)
    return "\n".join(lines)


def _operation_outcome(report: Report, accounting: Accounting | None) -> dict[str, Any] | None:
    issues = [{"severity": "warning", "code": "processing", "diagnostics": w} for w in report.warnings]
    if accounting is not None:
        issues.insert(0, {"severity": "information", "code": "informational", "diagnostics": accounting.summary()})
        issues += [{"severity": "information", "code": "not-supported" if o.status == "other_test" else "processing",
                    "diagnostics": f"{o.location}: {o.status.replace('_', ' ')}: {o.reason}"}
                   for o in accounting.outcomes if o.status == "skipped" or (o.status == "other_test" and _notable(o.analyte, o.reason))]
    if not issues:
        return None
    return {"resourceType": "OperationOutcome", "id": _uid("outcome", *(i["diagnostics"] for i in issues)), "issue": issues}


def _notable(analyte: str | None, reason: str | None) -> bool:
    """Another test worth listing: one that looked like ours (excluded code or specimen, LOINC 13959-2)."""
    return bool(analyte) or bool(reason and "is not an analyte vitd interprets" not in reason and reason != "no code or name")


def _clean(x: Any) -> Any:
    """FHIR JSON has no nulls, empty strings, empty arrays or empty objects."""
    if isinstance(x, dict):
        out = {k: _clean(v) for k, v in x.items()}
        return {k: v for k, v in out.items() if v not in (None, "", [], {})}
    if isinstance(x, list):
        items = [_clean(v) for v in x]
        return [v for v in items if v not in (None, "", [], {})]
    if isinstance(x, str):
        return x.strip()
    return x
