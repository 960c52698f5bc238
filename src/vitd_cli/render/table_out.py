"""CSV/TSV output: the input rows in order, each original record copied as it was read (same cells, same quoting,
same line ending), with vitd's columns appended. An input that holds vitd's own columns already (its output read
again: readers/own_columns.py) has them dropped by the reader, and this run's written where they were: its records are
then written from their cells.

Spreadsheet safety: a cell vitd writes that starts with = + - @ (or a tab or carriage return) and so could be run as a
formula by a spreadsheet is prefixed with a single quote. The original cells are copied untouched, unless
`sanitize` is set: then they are neutralised the same way (cells that are plain numbers, such as -1.5, are left alone).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from functools import partial
from typing import TextIO

from ..models import RangeInfo
from ..outcomes import INTERPRETED, OTHER, VALUE_CACHE_LIMIT, Item, Outcome
from ..readers.columns import LongLayout, WideLayout
from ..readers.own_columns import LONG_COLUMNS, PER_ANALYTE
from ..readers.table import Table
from ..readers.values import NUMBER
from .buffered import BufferedWriter
from .row_facts import RowFacts, TableFacts

RISKY = ("=", "+", "-", "@", "\t", "\r")  # a cell starting with one of these is a formula to a spreadsheet


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would read as a formula, made text with a leading single quote."""
    if cell and cell[0] in RISKY and not NUMBER.fullmatch(cell.strip()):
        return "'" + cell
    return cell


def cell(d: str, text: str) -> str:
    """A cell vitd writes, in a table delimited by d: made spreadsheet-safe, then quoted when it holds the delimiter,
    a quote or a line break."""
    if text and text[0] in RISKY:
        text = neutralise(text)
    if d in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _eol(raw: str) -> tuple[str, str]:
    body = raw.rstrip("\r\n")
    return body, raw[len(body):]


def appended_columns(layout: LongLayout | WideLayout) -> list[str]:
    if isinstance(layout, LongLayout):
        return list(LONG_COLUMNS)
    analytes = list(layout.analytes)
    if "calcium" in analytes and "albumin" in analytes:
        analytes.append("corrected_calcium")
    return ["vitd_status", *(f"vitd_{a}_{c}" for a in analytes for c in PER_ANALYTE), "vitd_findings", "vitd_note"]


class TableWriter(BufferedWriter):
    def __init__(self, out: TextIO, table: Table, engine: TableFacts, delimiter: str, sanitize: bool = False) -> None:
        super().__init__(out)
        self._cell = partial(cell, delimiter)
        self.table = table
        self.engine = engine
        self.d = delimiter
        self.sanitize = sanitize
        self.copy_raw = delimiter == table.delimiter and not sanitize and not getattr(table, "redacted", False) and table.own is None
        self.at = table.own.at if table.own is not None and table.own.at < len(table.header) else None  # where vitd's columns go
        self.width = len(table.header)
        self.newline = table.newline
        self.layout = engine.layout
        self.columns = appended_columns(engine.layout)
        self.n_extra = len(self.columns)
        self.wide_analytes = wide_analytes(self.columns)
        self._buf = io.StringIO()
        # lineterminator "\r\n" (cut off again below): csv quotes a cell holding any character of the terminator, so a
        # cell with a CR or LF in it stays one quoted field (with "" it would be written bare and split the record)
        self._writer = csv.writer(self._buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self._other = self._join(["other_test"] + [""] * (self.n_extra - 1))
        self._ranges: dict[str, str] = {}
        self._frags: dict[tuple, str] = {}
        self.long = isinstance(engine.layout, LongLayout)
        for line in table.preamble:
            self.write_text(line)
        self._write_record(table.header_raw, table.header, self.columns)

    # --- cells

    def _join(self, cells: list[str]) -> str:
        cell = self._cell
        return self.d + self.d.join(cell(c) for c in cells)

    def _write_record(self, raw: str, cells: list[str], extra: list[str] | str, reshaped: bool = False) -> None:
        suffix = extra if isinstance(extra, str) else self._join(extra)
        if self.copy_raw and len(cells) == self.width and not reshaped:
            body, eol = _eol(raw)
            self.write_text(body + suffix + (eol or self.newline))
            return
        cells = list(cells[: self.width]) + [""] * (self.width - len(cells))
        if self.sanitize:
            cells = [neutralise(c) for c in cells]
        _, eol = _eol(raw)
        at = self.at
        if at is None:
            self.write_text(self._record(cells) + suffix + (eol or self.newline))
            return
        # vitd's columns where the input had them (before the cells at `at`): the record is written in two parts, each
        # with an empty cell at the seam (so that a part of one empty cell is not written as "")
        d = self.d
        tail = d + self._record(["", *cells[at:]])[1:]
        head = self._record([*cells[:at], ""])[:-1] + suffix if at else suffix[len(d):]
        self.write_text(head + tail + (eol or self.newline))

    def _record(self, cells: list[str]) -> str:
        """Cells written as csv writes them (quoted when needed), without a line ending."""
        self._buf.seek(0)
        self._buf.truncate()
        self._writer.writerow(cells)
        return self._buf.getvalue()[:-2]

    # --- rows

    def suffix(self, o: Outcome) -> str:
        """The appended cells of a row, as text starting with the delimiter."""
        if o.status == OTHER and o.reason is None:
            return self._other
        if self.long:
            if o.status == INTERPRETED and o.items:
                return self.long_suffix(o)
            return self._join([o.status] + [""] * (self.n_extra - 2) + [o.reason or ""])
        return self._join(self._wide(o))

    def write(self, o: Outcome) -> None:
        cells = o.cells
        if self.copy_raw and cells is not None and len(cells) == self.width and not o.reshaped:
            raw = o.raw
            body = raw.rstrip("\r\n")
            if self.long and o.status == INTERPRETED and o.items:
                self.write_text(body + self.long_suffix(o) + (raw[len(body):] or self.newline))
            else:
                self.write_text(body + self.suffix(o) + (raw[len(body):] or self.newline))
        else:
            self._write_record(o.raw, cells or [], self.suffix(o), reshaped=True)

    def write_other(self, raw: str, cells: list[str], reason: str | None) -> None:
        """A row of another test, in the input's width: copied with the other_test columns."""
        if reason is None and self.copy_raw:
            body = raw.rstrip("\r\n")
            self.write_text(body + self._other + (raw[len(body):] or self.newline))
        else:
            self._write_record(raw, cells, self._other if reason is None else ["other_test"] + [""] * (self.n_extra - 2) + [reason])

    def _range(self, analyte: str) -> str:
        r = self._ranges.get(analyte)
        if r is None:
            r = self._ranges[analyte] = range_cell(self.engine.range_info(analyte))
        return r

    def long_suffix(self, o: Outcome) -> str:
        """The appended cells of an interpreted long row; the cells fixed by its value are memoised per value."""
        it = o.items[0]  # type: ignore[index]
        frag = self._frags.get(it.key) if it.key is not None else None
        if frag is None:
            a = self.engine.facts(it.analyte)
            b = it.band
            frag = self._join([INTERPRETED, it.analyte, _si(it), a.si_unit, b.flag, b.category, b.severity or "", self._range(it.analyte)])
            if it.key is not None:
                if len(self._frags) >= VALUE_CACHE_LIMIT:
                    self._frags.clear()
                self._frags[it.key] = frag
        d = self.d
        findings = " ".join(it.findings) if it.findings else ""
        m = it.m
        if m.notes or m.comparator or it.corrected or it.panel_notes or it.notes or o.notes or (o.date is not None and o.when is None):
            text = note(it, o)
            return f"{frag}{d}{findings}{d}{it.panel or ''}{d}{self._cell(text) if text else ''}"
        return f"{frag}{d}{findings}{d}{it.panel or ''}{d}"

    def _long(self, o: Outcome) -> list[str]:
        return long_cells(o, self.engine, self._range)

    def _wide(self, o: Outcome) -> list[str]:
        return wide_cells(o, self.engine, self.wide_analytes)


def wide_analytes(columns: list[str]) -> list[str]:
    """The analytes (corrected calcium included) of a wide layout's appended columns (appended_columns), in order."""
    return [c[len("vitd_"):-len("_value_si")] for c in columns if c.endswith("_value_si")]


def wide_cells(o: Outcome, engine: RowFacts, analytes: list[str]) -> list[str]:
    """The appended cells (appended_columns) of a wide-layout row, as text before it is made spreadsheet-safe (the
    CSV/TSV writer's and the Spark engine's); `analytes`: wide_analytes of those columns."""
    n_extra = 3 + 5 * len(analytes)
    if o.status == OTHER and o.reason is None:
        return ["other_test"] + [""] * (n_extra - 1)
    if o.status != INTERPRETED or not o.items:
        return [o.status] + [""] * (n_extra - 2) + [o.reason or ""]
    by = {it.analyte: it for it in o.items}
    ca = by.get("calcium")
    if ca is not None and ca.corrected is not None:
        by["corrected_calcium"] = ca.corrected  # type: ignore[assignment]
    cells = [INTERPRETED]
    findings: list[str] = []
    for analyte in analytes:
        it = by.get(analyte)
        if it is None:
            cells += ["", "", "", "", ""]
        elif isinstance(it, Item):
            b = it.band
            cells += [_si(it), engine.facts(analyte).si_unit, b.flag, b.category, b.severity or ""]
            findings += [f for f in it.findings or () if f not in findings]
        else:  # the corrected-calcium Result
            cells += [str(it.value), it.unit, it.flag, it.category, it.severity or ""]
    notes = [n for it in o.items for n in _item_notes(it)] + list(o.notes or ())
    return cells + [" ".join(findings), "; ".join(dict.fromkeys(notes))]


def long_cells(o: Outcome, engine: RowFacts, range_of: Callable[[str], str] | None = None) -> list[str]:
    """The LONG_COLUMNS cells of a long-layout row, as text before it is made spreadsheet-safe (the CSV/TSV writer's,
    and notebook.interpret_frame's); `range_of`: the vitd_range of an analyte (remembered by the writer)."""
    if o.status != INTERPRETED or not o.items:
        return [o.status] + [""] * (len(LONG_COLUMNS) - 2) + [o.reason or ""]
    it = o.items[0]
    a = engine.facts(it.analyte)
    b = it.band
    rng = range_of(it.analyte) if range_of is not None else range_cell(engine.range_info(it.analyte))
    return [INTERPRETED, it.analyte, _si(it), a.si_unit, b.flag, b.category, b.severity or "", rng,
            " ".join(it.findings or ()), str(it.panel or ""), note(it, o)]


def range_cell(info: RangeInfo) -> str:
    """vitd_range: the normal band of the scheme used and the scheme ('8.8-10.4 mg/dL (2.2-2.6 mmol/L) (msd)'), in the
    CSV/TSV output of a lab export and of a FHIR/HL7 input alike."""
    return f"{info.text} ({info.scheme})"


def _si(it: Item) -> str:
    v = round(it.si, 3)
    text = str(int(v)) if v == int(v) and abs(v) < 1e15 else repr(v)
    return (it.m.comparator or "") + text


def _item_notes(it: Item) -> list[str]:
    out = list(it.m.notes)
    if it.m.comparator:
        out.append(f"reported as {it.m.reported}: classified on the bound")
    if it.corrected is not None and it.corrected_note:
        out.append(it.corrected_note)
    out.extend(it.panel_notes or ())
    out.extend(it.notes or ())
    return out


def note(it: Item, o: Outcome) -> str:
    undated = o.date is not None and o.when is None  # a date cell that cannot be read (9999-12-31T23:00-05:00, 'soon')
    if not (it.m.notes or it.m.comparator or it.corrected or it.panel_notes or it.notes or o.notes or undated):
        return ""
    notes = _item_notes(it) + list(o.notes or ())
    if undated:
        notes.append(undated_note(o.date))  # type: ignore[arg-type]
    return "; ".join(notes)


def undated_note(date: str) -> str:
    """The note of a result whose date cell cannot be read: it is kept, and said to be undated."""
    return f"date {date!r} not read: the result is grouped into panels without it"
