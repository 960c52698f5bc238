"""FHIR and HL7 v2 records through the lab exports' pipeline: each record becomes the row a lab export gives
batch.Engine (readers/record_rows.py), so its test is identified, its value read and classified, its lab flag and
range checked, its results grouped into panels (batch/panel_rule.py, group_by_time: the rule and the numbering of a lab
export's panels) and every record counted (row_counts.Counts) by the same code as a CSV row. What stays here is what
FHIR and HL7 records say beyond a row: the status of a result (a preliminary one is noted; a repeated one is
superseded by the better or later version) and where in the input a record is (Outcome, Accounting).

`RecordReader` reads records one at a time; `interpret_records` builds a Report (interpret.report) and
`stream_records` (record_stream.py) writes rows as their windows complete.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ..batch.rows import Engine
from ..errors import PROBLEM_KINDS, VitdError
from ..outcomes import INTERPRETED, OTHER, SKIPPED
from ..outcomes import Outcome as Row
from ..readers.columns import load_columns
from ..readers.record_rows import RECORD_LAYOUT, VALUE, alt_value, not_found, not_ours, record_cells, specimen_reason
from ..readers.records import INTERPRETED_STATUSES, SUPERSEDED, Accounting, LabRecord, Outcome, Skipped, public_place, skip_kind
from ..row_counts import Counts
from ..textsafe import DETAIL, Level, Note, PlacedNote, public
from ..textsafe import level as note_level

if TYPE_CHECKING:
    from ..interpret import Settings
    from ..models import Panel, RangeInfo, Report
    from ..normalise import Measurement
    from ..outcomes import Item

_STATUS_RANK = {"corrected": 3, "amended": 3, "final": 2, "unknown": 1, "preliminary": 0}
_UNIT_KINDS = ("unknown unit", "wrong unit", "not a number")  # value problems the other spelling of the unit may solve
NO_OBSERVATIONS = ("no-observations", "the input holds no Observation or OBX result",
                   "give a FHIR Observation, Bundle or DiagnosticReport, or an HL7 ORU^R01/OUL^R22 message")


@dataclass(slots=True)
class RowResult:
    """The vitd_* cells of an interpreted record's row, from its Item (as a lab export's row writer takes them)."""

    value: float
    unit: str
    flag: str
    category: str
    severity: str | None
    range: RangeInfo
    item: Item  # for the lab export's note of the result (render.table_out.note), once its panel is formed
    row: Row


@dataclass(slots=True)
class _Read:
    outcome: Outcome  # what the accounting and the writers show
    row: Row  # the engine's Outcome of the record's row
    item: Item
    measurement: Measurement  # the item's, with the record's own notes (a copy: the engine shares its readings)
    rank: int


class RecordReader:
    """Reads records one at a time through one batch.Engine (RECORD_LAYOUT) into Outcomes, keeping the interpreted ones
    of the current window (`kept`, by subject, time and analyte: a result given again supersedes or is superseded) and
    counting every record in `counts` once its window is settled (settle)."""

    def __init__(self, settings: Settings, limit: int | None = None, fmt: str = "json", keep_raw: bool = True,
                 window: timedelta = timedelta(hours=24)) -> None:
        self.settings = settings
        self.engine = Engine(settings, load_columns(), RECORD_LAYOUT, None, window)
        self.engine.has_flag = False  # no lab flag on a record says nothing (a lab export's empty flag cell: normal)
        self.limit = limit
        self.fmt = fmt
        self.keep_raw = keep_raw  # the source resource/segment is kept for --format fhir only
        self.interpreted = 0
        self.counts = Counts()
        self.kept: dict[tuple[str | None, str | None, str], _Read] = {}
        self.rows: dict[int, Row] = {}  # id(Outcome) -> its row, until settled

    def read(self, item: LabRecord | Skipped) -> Outcome:
        if not self.keep_raw:
            item.raw = None
        row_no = item.source_index + 1
        if isinstance(item, Skipped):
            out = Outcome(item.source_index, item.location, "skipped", item.reason, item.name, item.loinc, place=public_place(item))
            self.rows[id(out)] = Row(row_no, SKIPPED, "", None, reason=str(item.reason), kind=skip_kind(out))
            return out
        rec = item
        out = Outcome(rec.source_index, rec.location, "other_test", None, rec.name, rec.loinc, record=rec, place=public_place(rec))
        special = not_ours(rec)
        row = Row(row_no, OTHER, "", None, reason=special, kind="other analyte") if special else self._row(rec, row_no)
        self.rows[id(out)] = row
        if row.status == OTHER:
            out.reason = specimen_reason(rec, row.reason) or not_found(rec)
            rec.raw = None
            return out
        out.analyte = row.items[0].analyte if row.items else row.analyte
        if row.status == SKIPPED:
            out.status = "skipped"
            out.reason = self._value_reason(rec, row)
            rec.raw = None
            return out
        self._interpreted(out, rec, row)
        return out

    def _row(self, rec: LabRecord, row_no: int) -> Row:
        cells = record_cells(self.engine.ref, rec)
        row = self.engine.outcome(cells, "", row_no)
        if row.kind == "empty row":  # no test named, nothing given: another test (a lab export's row: an empty one)
            return Row(row_no, OTHER, "", None)
        if row.status == SKIPPED and row.kind in _UNIT_KINDS and (alt := alt_value(rec)) is not None:
            cells[VALUE] = alt  # the unit as printed, when its code was not understood
            again = self.engine.outcome(cells, "", row_no)
            row = again if again.status == INTERPRETED else row
        return row

    def _interpreted(self, out: Outcome, rec: LabRecord, row: Row) -> None:
        self.interpreted += 1
        if self.limit is not None and self.interpreted > self.limit:
            raise VitdError("report-too-large", f"the input has more than {self.limit:,} results, more than one --format {self.fmt} report holds",
                            "use --summary, or split the input")
        assert row.items is not None
        it = row.items[0]
        if rec.lab_flag and not rec.reference_range:
            self.engine.lab_verdict(it, rec.lab_flag.strip())  # (with a range, the engine compared both)
        m = replace(it.m, notes=list(it.m.notes))
        status = rec.status or "unknown"
        where = out.place
        if status == "preliminary":
            out.warnings.append(_note(rec.location, where, f"{m.analyte} is a preliminary result and may change"))
        elif status not in INTERPRETED_STATUSES:  # (a status of the FHIR vocabulary: the readers map others to 'unknown')
            out.warnings.append(_note(rec.location, where, f"{m.analyte} has result status {status!r}: interpreted as given"))
        if rec.lab_flag and rec.reference_range:
            m.notes.append(f"lab range {rec.reference_range}, lab flag {rec.lab_flag}")
        elif rec.reference_range:
            m.notes.append(f"lab range {rec.reference_range}")
        m.notes.extend(it.notes or ())  # the lab's flag or range judging it otherwise (the engine's note, as on a CSV row)
        out.warnings.extend(_note(rec.location, where, n) for n in rec.notes)
        out.warnings.extend(_note(rec.location, where, n) for n in m.notes if "had no unit" in n)
        out.status = "interpreted"
        out.result = RowResult(round(it.si, 3), self.engine.facts(it.analyte).si_unit, it.band.flag, it.band.category, it.band.severity,
                               self.engine.range_info(it.analyte), it, row)
        new = _Read(out, row, it, m, _STATUS_RANK.get(status, 1))
        key = (rec.subject, rec.date, it.analyte)
        old = self.kept.get(key)
        if old is None:
            self.kept[key] = new
            return
        loser, winner = (old, new) if new.rank >= old.rank else (new, old)
        lo = loser.outcome
        lo.status, lo.kind, lo.result = "skipped", SUPERSEDED, None
        lo.record.raw = None  # type: ignore[union-attr]
        lo.reason = Note(f"superseded by {winner.outcome.location} ({it.analyte} given twice for the same subject and time)",
                         f"superseded by {winner.outcome.place} ({it.analyte} given twice for the same subject and time)")
        self.rows[id(lo)] = Row(loser.row.row, SKIPPED, "", None, reason=str(lo.reason), kind=SUPERSEDED, analyte=it.analyte)
        self.kept[key] = winner

    def _value_reason(self, rec: LabRecord, row: Row) -> Any:
        """Why the value of one of our records was not read, in the FHIR/HL7 wording (the engine's reason without the
        test's label; its kind in the public wording). A value given as a text a lab export means 'missing' by ('NaN',
        'n/a') is a value that is not a number."""
        text = (rec.value_text or "").strip()
        if row.kind == "empty value" and not text:
            return Note(f"no value: {rec.absent_reason or 'the result is empty'}", "no value")
        if row.kind == "empty value":
            error = self.engine.measure(row.analyte or "", text, "", None)
            kind = PROBLEM_KINDS.get(error.code, "unreadable value") if isinstance(error, VitdError) else "unreadable value"
            return Note(f"value not read: {error}", f"value not read ({kind})")
        reason = row.reason or ""
        label = (rec.name or "").strip() or reason.split(":", 1)[0]
        detail = reason[len(label) + 2:] if reason.startswith(f"{label}: ") else reason
        return Note(f"value not read: {detail}", f"value not read ({row.kind or 'unreadable value'})")

    def panels(self) -> list[list[_Read]]:
        """The panels of the results kept, as a lab export's (Engine.panels: one subject's results by group_by_time), in
        the order of their first record; each outcome gets its panel's number (`panel_row`: the row of the panel's first
        record, a lab export's vitd_panel) and the codes of the findings it takes part in. `kept` is emptied."""
        kept, self.kept = self.kept, {}
        reads = sorted(kept.values(), key=lambda r: r.row.row)
        by_subject: dict[str, list[tuple[Row, Item]]] = {}
        for r in reads:
            by_subject.setdefault(r.row.subject or "", []).append((r.row, r.item))
        for subject, entries in by_subject.items():
            self.engine.panels(entries, subject or None)
        groups: dict[int, list[_Read]] = {}
        for r in reads:
            assert r.item.panel is not None
            groups.setdefault(r.item.panel, []).append(r)
            r.outcome.panel_row = r.item.panel
            r.outcome.findings = list(r.item.findings or ())
        return [groups[k] for k in sorted(groups)]

    def settle(self, o: Outcome) -> None:
        """Count a record whose window is settled (its status is final), as a lab export's row is counted."""
        row = self.rows.pop(id(o))
        if o.status == "interpreted":
            self.counts.add(row)
            self.counts.tally(row)
        else:
            self.counts.add(row)


def interpret_records(records: Iterable[LabRecord | Skipped], settings: Settings, symptoms: Iterable[str] = (),
                      limit: int | None = None, fmt: str = "json", window: timedelta = timedelta(hours=24)) -> tuple[Report, Accounting]:
    """Interpret what a reader yielded: panels by a lab export's rule (one subject's results within `window`, each
    analyte once), in the order of their first record, every record accounted for.

    A record is read as one of our analytes by its LOINC code (any of them; exclusions win) or, without a LOINC code,
    by its name. Its value goes through normalise() exactly as a typed value does. When one subject and time has the
    same analyte twice, a corrected result beats a final one, a final one a preliminary one, and otherwise the later
    one wins. At most `limit` results are read (counted as they come): beyond, a VitdError names the --format `fmt`
    report. Only the records read as results keep their source resource (`raw`, for --format fhir).
    The whole input is held (for a whole-document report); stream_records writes csv/tsv/ndjson as it reads.
    """
    from ..interpret import interpret_measurements, parse_symptoms, report

    symptoms = list(symptoms)
    parse_symptoms(settings.ref, symptoms)  # unknown symptoms are an error before any reading
    accounting = Accounting()
    reader = RecordReader(settings, limit, fmt, window=window)
    for item in records:
        accounting.outcomes.append(reader.read(item))
    if not accounting.outcomes:
        raise VitdError(*NO_OBSERVATIONS)
    warnings: list[str] = []
    panels: list[Panel] = []
    for n, group in enumerate(reader.panels()):
        first = min(group, key=lambda r: (r.row.when is None, r.row.when or 0, r.row.row))
        panel = interpret_measurements(settings, [r.measurement for r in group], symptoms, first.row.subject or None, first.row.date)
        for r in group:
            r.outcome.panel = n
            warnings.extend(r.outcome.warnings)
        panels.append(panel)
    for o in accounting.outcomes:
        reader.settle(o)
    if not panels:
        warnings.append(f"no result of an analyte vitd interprets was found ({accounting.summary()})")
    for o in accounting.outcomes:
        if o.status == "skipped" and o.analyte and o.reason:
            warnings.append(skipped_note(o))
    accounting.notes = warnings
    accounting.counts_of_rows = reader.counts
    return report(settings, panels, warnings), accounting


def identify_record(reader: RecordReader, rec: LabRecord) -> tuple[str | None, str | None]:
    """(analyte, reason when it is not ours) of a record's test, as the run reads it (vitd interpret FILE --tests)."""
    special = not_ours(rec)
    if special:
        return None, special
    cells = record_cells(reader.engine.ref, rec)
    name, code, _item, specimen = reader.engine.long(cells)[:4]
    ident = reader.engine._identify((name, code, specimen), name, code, "", specimen)
    if ident.analyte is None:
        return None, str(ident.reason or not_found(rec))
    return ident.analyte, None


def skipped_note(o: Outcome) -> Note:
    """'LOCATION: ANALYTE skipped: REASON', counted on stderr by its kind (a superseded one: without the other's place).
    A detail (-v): the count line already counts the skips by kind, and the output says why each was skipped."""
    assert o.reason is not None
    note = _note(o.location, o.place, f"{o.analyte} skipped: ", o.reason, DETAIL)
    if o.kind == SUPERSEDED:
        note.kind = f"{o.analyte} skipped: superseded by another version of it for the same subject and time"
    return note


def _note(location: str, place: str, text: str, detail: str = "", level: Level | None = None) -> PlacedNote:
    """'LOCATION: TEXT DETAIL' for the output; 'PLACE: TEXT public(DETAIL)' for stderr (text is vitd's or a Note), where
    stderr counts the notes of one kind ('TEXT public(DETAIL)') in one line (textsafe.NoteTally). Its level: `level`,
    else that of `text` (a reader's note keeps its own)."""
    kind = f"{public(text)}{public(detail)}"
    return PlacedNote(f"{location}: {text}{detail}", place, kind, level=level or note_level(text))
