"""The R4 rules vitd's FHIR output relies on, checked without a FHIR library (used by the tests): required elements,
required code bindings (statuses, interpretation, issue codes), dateTime formats, ids, references and the FHIR JSON
rules."""

from __future__ import annotations

import re
from typing import Any

from .fhir_out import _DATETIME, OBS_STATUS, V3_INTERPRETATION

V3_CODES = {"<", ">", "A", "AA", "AC", "B", "CAR", "D", "DET", "E", "EX", "EXP", "H", "H>", "HH", "HU", "HX", "I", "IE", "IND",
            "L", "L<", "LL", "LU", "LX", "MS", "N", "NCL", "ND", "NEG", "NR", "NS", "OBX", "POS", "QCF", "R", "RR", "S", "SDD",
            "SYN-R", "SYN-S", "TOX", "U", "UNE", "VS", "W", "WR"}
DR_STATUS = {"registered", "partial", "preliminary", "final", "amended", "corrected", "appended", "cancelled", "entered-in-error", "unknown"}
BUNDLE_TYPES = {"document", "message", "transaction", "transaction-response", "batch", "batch-response", "history", "searchset", "collection"}
ISSUE_SEVERITY = {"fatal", "error", "warning", "information"}
ISSUE_TYPES = {"invalid", "structure", "required", "value", "invariant", "security", "login", "unknown", "expired", "forbidden",
               "suppressed", "processing", "not-supported", "duplicate", "multiple-matches", "not-found", "deleted", "too-long",
               "code-invalid", "extension", "too-costly", "business-rule", "conflict", "transient", "lock-error", "no-store",
               "exception", "timeout", "incomplete", "throttled", "informational"}
_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_ID = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")




def check_r4(bundle: dict[str, Any]) -> list[str]:
    """Problems with an output Bundle against the R4 rules vitd relies on: required elements, required code bindings
    (statuses, interpretation, issue codes), dateTime formats, ids, references and FHIR JSON rules. Empty: valid."""
    problems: list[str] = []

    def walk(x: Any, path: str) -> None:
        if x is None or x == "" or x == [] or x == {}:
            problems.append(f"{path}: empty or null value")
        elif isinstance(x, dict):
            for k, v in x.items():
                walk(v, f"{path}.{k}")
        elif isinstance(x, list):
            for n, v in enumerate(x):
                walk(v, f"{path}[{n}]")
        elif isinstance(x, float) and x != x:
            problems.append(f"{path}: NaN")

    walk(bundle, "Bundle")
    if bundle.get("resourceType") != "Bundle":
        problems.append("resourceType is not Bundle")
    if bundle.get("type") not in BUNDLE_TYPES:
        problems.append(f"Bundle.type {bundle.get('type')!r} is not a Bundle type")
    urls = {e.get("fullUrl") for e in bundle.get("entry", [])}
    for n, e in enumerate(bundle.get("entry", [])):
        where = f"entry[{n}]"
        res = e.get("resource")
        if not isinstance(res, dict) or not isinstance(res.get("resourceType"), str):
            problems.append(f"{where}: no resource or resourceType")
            continue
        rt = res["resourceType"]
        if "id" in res and not _ID.match(str(res["id"])):
            problems.append(f"{where}: id {res['id']!r} is not a FHIR id")
        if not str(e.get("fullUrl", "")).startswith(("urn:uuid:", "http")):
            problems.append(f"{where}: fullUrl {e.get('fullUrl')!r}")
        for ref in _references(res):
            if ref.startswith("urn:uuid:") and ref not in urls:
                problems.append(f"{where}: reference {ref} does not resolve in the Bundle")
        if rt == "Observation":
            problems += [f"{where}: {p}" for p in _check_observation(res)]
        elif rt == "DiagnosticReport":
            if res.get("status") not in DR_STATUS:
                problems.append(f"{where}: DiagnosticReport.status {res.get('status')!r}")
            if not _concept_ok(res.get("code")):
                problems.append(f"{where}: DiagnosticReport.code missing")
            for key in ("effectiveDateTime",):
                if key in res and not _DATETIME.match(res[key]):
                    problems.append(f"{where}: {key} {res[key]!r} is not an R4 dateTime")
        elif rt == "OperationOutcome":
            for k, issue in enumerate(res.get("issue") or [None]):
                if not isinstance(issue, dict) or issue.get("severity") not in ISSUE_SEVERITY or issue.get("code") not in ISSUE_TYPES:
                    problems.append(f"{where}: issue[{k}] severity/code invalid")
    return problems


def _concept_ok(c: Any) -> bool:
    return isinstance(c, dict) and (bool(c.get("text")) or any(isinstance(x, dict) and x.get("code") for x in c.get("coding") or []))


def _references(x: Any) -> list[str]:
    out = []
    if isinstance(x, dict):
        for k, v in x.items():
            if k == "reference" and isinstance(v, str):
                out.append(v)
            else:
                out += _references(v)
    elif isinstance(x, list):
        for v in x:
            out += _references(v)
    return out


def _check_observation(obs: dict[str, Any]) -> list[str]:
    p = []
    if obs.get("status") not in OBS_STATUS:
        p.append(f"Observation.status {obs.get('status')!r} is not an R4 status")
    if not _concept_ok(obs.get("code")):
        p.append("Observation.code missing")
    values = [k for k in obs if k.startswith("value")]
    if len(values) > 1:
        p.append(f"several value[x]: {values}")
    if values and "dataAbsentReason" in obs:
        p.append("obs-6: dataAbsentReason with a value")
    q = obs.get("valueQuantity")
    if q is not None:
        if not isinstance(q.get("value"), (int, float)) or isinstance(q.get("value"), bool):
            p.append("valueQuantity.value is not a number")
        if "comparator" in q and q["comparator"] not in ("<", "<=", ">=", ">"):
            p.append(f"valueQuantity.comparator {q['comparator']!r}")
        if q.get("code") and not q.get("system"):
            p.append("qty-3: a unit code without a system")
    for interp in obs.get("interpretation") or []:
        for c in interp.get("coding") or []:
            if c.get("system") == V3_INTERPRETATION and c.get("code") not in V3_CODES:
                p.append(f"interpretation code {c.get('code')!r} is not in v3-ObservationInterpretation")
    for rr in obs.get("referenceRange") or []:
        if not any(k in rr for k in ("low", "high", "text")):
            p.append("obs-3: referenceRange needs low, high or text")
    for key in ("effectiveDateTime",):
        if key in obs and not _DATETIME.match(obs[key]):
            p.append(f"{key} {obs[key]!r} is not an R4 dateTime")
    for key in ("issued", "effectiveInstant"):
        if key in obs and not _INSTANT.match(obs[key]):
            p.append(f"{key} {obs[key]!r} is not an R4 instant")
    return p
