"""The parts of an Observation that carry its result and the lab's judgement: value[x] (with its unit, the other
spelling of the unit, and why there is no value: dataAbsentReason, a value that is not a number), the reference range
as printed, the interpretation (the lab's flag), and the text of a CodeableConcept."""

from __future__ import annotations

from typing import Any

from .fhir_json import as_dict, as_list

UCUM = "http://unitsofmeasure.org"


def concept_text(concept: Any) -> str | None:
    c = as_dict(concept)
    if isinstance(c.get("text"), str) and c["text"].strip():
        return c["text"].strip()
    for coding in as_list(c.get("coding")):
        if isinstance(coding, dict) and isinstance(coding.get("display"), str) and coding["display"].strip():
            return coding["display"].strip()
    return None


def _str(x: Any) -> str | None:
    return x.strip() if isinstance(x, str) and x.strip() else None


def _number(x: Any) -> str | None:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    return repr(x) if isinstance(x, float) else str(x)


def observation_value(obs: dict) -> tuple[str | None, str | None, str | None, str | None]:
    """(value text, unit, other unit spelling, why there is no value)."""
    if "valueQuantity" in obs:
        q = as_dict(obs["valueQuantity"])
        number = _number(q.get("value"))
        if number is None:
            if "value" in q:
                return None, None, None, f"valueQuantity.value {q.get('value')!r} is not a number"
            return None, None, None, _absent(obs) or "valueQuantity has no value"
        comparator = q.get("comparator") if q.get("comparator") in ("<", "<=", ">=", ">") else None
        if q.get("comparator") and not comparator:
            return None, None, None, f"comparator {q.get('comparator')!r} is not one of <, <=, >=, >"
        unit_text, code = _str(q.get("unit")), _str(q.get("code"))
        ucum = str(q.get("system", "")).rstrip("/") == UCUM
        unit: str | None
        alt: str | None
        if code and (ucum or not unit_text):
            unit, alt = code, unit_text if unit_text != code else None
        else:
            unit, alt = unit_text, code if code != unit_text else None
        return (comparator or "") + number, unit, alt, None
    if "valueString" in obs:
        s = obs["valueString"]
        if isinstance(s, str) and s.strip():
            return s.strip(), None, None, None
        return None, None, None, "valueString is empty"
    if "valueInteger" in obs:
        number = _number(obs["valueInteger"])
        return (number, None, None, None) if number is not None else (None, None, None, "valueInteger is not a number")
    absent = _absent(obs)
    if absent:
        return None, None, None, absent
    for key in obs:
        if key.startswith("value"):
            shown = concept_text(obs[key]) if key == "valueCodeableConcept" else None
            return None, None, None, f"{key} is not a number" + (f" ({shown!r})" if shown else "")
    if as_list(obs.get("component")):
        return None, None, None, "only components, no value of its own"
    return None, None, None, "no value"


def _absent(obs: dict) -> str | None:
    dar = obs.get("dataAbsentReason")
    if dar is None:
        return None
    codes = [c.get("code") for c in as_list(as_dict(dar).get("coding")) if isinstance(c, dict) and c.get("code")]
    text = concept_text(dar)
    what = " / ".join(dict.fromkeys(x for x in (*codes, text) if x)) or "given without a reason"
    return f"dataAbsentReason {what}"


def _quantity_text(q: Any) -> tuple[str | None, str | None]:
    q = as_dict(q)
    number = _number(q.get("value"))
    unit = q.get("unit") or q.get("code")
    return number, unit if isinstance(unit, str) else None


def reference_range(ranges: Any) -> str | None:
    for rr in as_list(ranges):
        if not isinstance(rr, dict):
            continue
        if isinstance(rr.get("text"), str) and rr["text"].strip():
            return rr["text"].strip()
        (low, lu), (high, hu) = _quantity_text(rr.get("low")), _quantity_text(rr.get("high"))
        unit = f" {lu or hu}" if (lu or hu) else ""
        if low and high:
            return f"{low}-{high}{unit}"
        if low:
            return f">={low}{unit}"
        if high:
            return f"<={high}{unit}"
    return None


def interpretation_flag(interpretation: Any) -> str | None:
    for concept in as_list(interpretation):
        for coding in as_list(as_dict(concept).get("coding")):
            if isinstance(coding, dict) and isinstance(coding.get("code"), str):
                return coding["code"]
        text = concept_text(concept)
        if text:
            return text
    return None
