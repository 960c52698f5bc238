"""`vitd identify`: the one recogniser's answer for a name (and code, and unit), with the words that decided it."""

from __future__ import annotations

import json

from ..errors import VitdError
from ..reference import load
from ..reference.identify import identify
from ..reference.units import parse_unit


def explain_identification(name: str, code: str | None = None, unit: str | None = None, fmt: str = "text") -> str:
    """The analyte (or none), how it was decided (code or name), why not when not, and each word with its role."""
    ref = load()
    found = identify(ref, name=name, loinc=code)
    how = found.how
    decided = "code" if code and how is None and (found.analyte or found.reason) else "name"
    unit_note = None
    if unit and found.analyte:
        try:
            parse_unit(unit, ref.analytes[found.analyte], ref.units)
        except VitdError as exc:
            unit_note = str(exc)
    words = [{"word": w, "role": role, "meaning": meaning} for w, role, meaning in (how.words if how else ())]
    doc = {"name": name, "code": code, "unit": unit, "analyte": found.analyte, "decided_by": decided, "reason": found.reason,
           "specimen": found.specimen, "note": found.note, "came_close": found.close, "unit_problem": unit_note, "words": words}
    if fmt == "json":
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    lines = [f"{name!r}" + (f" (LOINC {code})" if code else "") + ": " + (found.analyte or "not one of vitd's tests")
             + f", decided by the {decided}"]
    if found.reason:
        lines.append(f"  why not: {found.reason}" + ("; map it with --tests-map" if found.close else ""))
    if found.note:
        lines.append(f"  note: {found.note}")
    if found.specimen:
        lines.append(f"  specimen: {found.specimen}")
    if unit_note:
        lines.append(f"  unit: {unit_note}")
    for w in words:
        lines.append(f"  {w['word']:<28} {w['role']}" + (f": {w['meaning']}" if w["meaning"] else ""))
    return "\n".join(lines) + "\n"
