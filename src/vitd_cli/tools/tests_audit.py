"""`vitd interpret FILE --tests`: the distinct tests of a file, how many rows each has, and how vitd identified each (or
why not) — the mapping audit an analyst reviews before trusting a run. Nothing is interpreted or written but the audit.

The identification is the run's own (batch.Engine for CSV/TSV, interop_records for FHIR/HL7), with --tests-map,
--dictionary and --columns applied, so the audit says exactly what a run would do.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any, TextIO

from ..batch.rows import Engine
from ..interpret import settings
from ..pipeline.plan import FileOptions, dictionary_for, file_columns
from ..readers.columns import LongLayout, detect_layout, load_columns, parse_map_option
from ..readers.delimiters import delimiter_from_option
from ..readers.source import open_table
from ..readers.values import parse_window

FORMATS = ("text", "csv", "json")


@dataclass
class TestLine:
    name: str
    code: str
    rows: int
    analyte: str | None
    why: str  # how it was decided, or why it is not ours

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "code": self.code, "rows": self.rows, "analyte": self.analyte, "why": self.why}


def audit(path: str, opts: FileOptions) -> list[TestLine]:
    """The distinct tests of a lab export (CSV/TSV long or wide, FHIR, HL7), most rows first."""
    from ..pipeline.interop_files import sniff_path

    kind = sniff_path(path)
    s = settings(opts.guideline, opts.schemes, opts.ranges, opts.age, opts.tests_map)
    if kind is not None:
        return _audit_interop(path, kind, s)
    rules = load_columns()
    table = open_table(path, encoding=opts.encoding, delimiter=delimiter_from_option(opts.delimiter))
    try:
        layout = detect_layout(table.header, rules, s.ref, file_columns(opts), parse_map_option(opts.maps, s.ref), name=table.name)
        if not isinstance(layout, LongLayout):
            out = [TestLine(c.header, "", 0, c.analyte, f"column ({c.how})") for c in layout.columns]
            out += [TestLine(h, "", 0, None, reason) for h, reason in layout.excluded]
            return out
        engine = Engine(s, rules, layout, dictionary_for(path, opts, layout, rules, []), parse_window(opts.panel_window))
        counts: Counter[tuple[str, ...]] = Counter()
        width = len(layout.header)
        for cells in table.reader:
            if len(cells) == width:
                name, code, item, specimen = engine.long(cells)[:4]
                counts[(name, code, item, specimen)] += 1
    finally:
        table.close()
    lines = []
    for (name, code, item, specimen), n in counts.most_common():
        ident = engine._identify((name, code, item, specimen), name, code, item, specimen)
        entry = engine.dictionary.get(item) if item and engine.dictionary is not None and not name else None
        label = name or (f"{entry.label} (id {item})" if entry is not None else item)
        why = ident.reason or ("identified" if ident.analyte else "not one of vitd's tests")
        if specimen:
            label = f"{label} [{specimen}]"
        lines.append(TestLine(label, code, n, ident.analyte, why))
    return lines


def _audit_interop(path: str, kind: str, s: Any) -> list[TestLine]:
    from ..pipeline.interop_files import _open
    from ..pipeline.interop_records import RecordReader, identify_record
    from ..readers.interop import read_records
    from ..readers.records import LabRecord

    stream = _open(path)
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], LabRecord] = {}
    try:
        for rec in read_records(stream, kind):  # type: ignore[arg-type]
            if isinstance(rec, LabRecord):
                key = (rec.name or "", ",".join(rec.loinc_codes or ((rec.loinc,) if rec.loinc else ())))
                counts[key] += 1
                first.setdefault(key, rec)
    finally:
        if path != "-":
            stream.close()
    lines = []
    reader = RecordReader(s)
    for key, n in counts.most_common():
        analyte, reason = identify_record(reader, first[key])
        lines.append(TestLine(key[0], key[1], n, analyte, str(reason) if reason else "identified"))
    return lines


def write_audit(lines: list[TestLine], fmt: str, out: TextIO) -> None:
    """The audit as a text table (for people), CSV or JSON (for review sheets and scripts)."""
    if fmt == "json":
        out.write(json.dumps([t.as_dict() for t in lines], indent=2, ensure_ascii=False) + "\n")
        return
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["name", "code", "rows", "analyte", "why"])
        for t in lines:
            w.writerow([t.name, t.code, t.rows, t.analyte or "", t.why])
        out.write(buf.getvalue())
        return
    from ..textsafe import visible

    ours = sum(t.rows for t in lines if t.analyte)
    total = sum(t.rows for t in lines)
    out.write(f"{len(lines):,} distinct tests, {total:,} rows; {sum(1 for t in lines if t.analyte):,} tests ({ours:,} rows) "
              f"identified as vitd's\n\n")
    width = min(48, max((len(t.name) for t in lines), default=4))
    for t in lines:
        name = visible(t.name if len(t.name) <= width else t.name[: width - 1] + "…")
        code = f" {visible(t.code)}" if t.code else ""
        verdict = t.analyte or "—"
        why = "" if t.why == "identified" else f"  ({visible(t.why)})"
        out.write(f"{t.rows:>9,}  {name:<{width}}{code}  -> {verdict}{why}\n")
