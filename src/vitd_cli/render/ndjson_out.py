"""NDJSON output: one JSON object per interpreted result, written as soon as its panel is complete.

Keys follow the Result of the JSON contract (analyte, name, value and unit in SI, conventional, reported, flag,
category, severity, urgency, finding, label, range, ...), plus where the result came from (row, subject, date,
column) and its panel (panel, findings: the panel's findings that involve it). An albumin-corrected calcium worked
out from a panel is an object of its own, with "estimate": true and the row of the calcium it came from."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..models import Result
from ..outcomes import INTERPRETED, Item, Outcome
from .buffered import BufferedWriter
from .row_facts import RowFacts
from .table_out import undated_note


class NdjsonWriter(BufferedWriter):
    def __init__(self, out: TextIO, engine: RowFacts) -> None:
        super().__init__(out)
        self.engine = engine
        self._ranges: dict[str, dict[str, Any]] = {}
        self._dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def _range(self, analyte: str) -> dict[str, Any]:
        r = self._ranges.get(analyte)
        if r is None:
            r = self._ranges[analyte] = self.engine.range_info(analyte).model_dump()
        return r

    def write(self, o: Outcome) -> None:
        if o.status != INTERPRETED or not o.items:
            return
        for it in o.items:
            self.write_text(self._dumps(self.item(it, o)) + "\n")
            if it.corrected is not None:
                self.write_text(self._dumps(self.derived(it.corrected, it, o)) + "\n")

    def item(self, it: Item, o: Outcome) -> dict[str, Any]:
        m, b = it.m, it.band
        a = self.engine.facts(it.analyte)
        conv = self.engine.conventional(it)
        notes = list(m.notes)
        if m.comparator:
            notes.append(f"reported as {m.reported}: classified on the bound")
        notes.extend(it.panel_notes or ())
        notes.extend(it.notes or ())
        notes.extend(o.notes or ())
        if o.date is not None and o.when is None:
            notes.append(undated_note(o.date))
        return {
            "row": o.row, "subject": o.subject, "date": o.date, "panel": it.panel, "column": it.column,
            "analyte": it.analyte, "name": a.name, "value": round(it.si, 3), "unit": a.si_unit,
            "conventional": {"value": round(conv, 3), "unit": a.conventional_unit},
            "reported": m.reported, "reported_unit": m.unit, "comparator": m.comparator,
            "flag": b.flag, "category": b.category, "severity": b.severity, "urgency": b.effective_urgency,
            "finding": b.finding, "label": b.label, "range": self._range(it.analyte), "compared_in": it.compared_in,
            "estimate": False, "specimen": m.specimen, "unit_inferred": m.unit_inferred,
            "lab_flag": it.lab_flag, "lab_range": it.lab_range, "findings": it.findings or [], "notes": notes,
        }

    def derived(self, r: Result, source: Item, o: Outcome) -> dict[str, Any]:
        return {
            "row": o.row, "subject": o.subject, "date": o.date, "panel": source.panel, "column": None,
            "analyte": r.analyte, "name": r.name, "value": r.value, "unit": r.unit, "conventional": r.conventional.model_dump(),
            "reported": r.reported, "reported_unit": r.reported_unit, "comparator": None,
            "flag": r.flag, "category": r.category, "severity": r.severity, "urgency": r.urgency, "finding": r.finding,
            "label": r.label, "range": r.range.model_dump(), "compared_in": r.compared_in, "estimate": True,
            "formula": r.formula, "specimen": None, "unit_inferred": False, "lab_flag": None, "lab_range": None,
            "findings": source.findings or [], "notes": list(r.notes),
        }
