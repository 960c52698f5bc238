"""FHIR and HL7 v2 records turned into results, by the same code as typed values and lab exports: each record's test
identified (analytes.identify), its value and unit read (normalise.normalise), every record accounted for (Outcome,
Accounting); `interpret_records` builds a Report (interpret.report), `stream_records` writes rows as their panels
complete. The readers (readers/interop.py, fhir.py, hl7.py) only parse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .readers.columns import load_columns
from .readers.records import (
    CALCULATED_IONIZED,
    INTERPRETED_STATUSES,
    SUPERSEDED,
    Accounting,
    LabRecord,
    Outcome,
    Skipped,
    count_line,
    public_place,
    skip_kind,
)
from .textsafe import DETAIL, Level, Note, PlacedNote, public
from .textsafe import level as note_level

if TYPE_CHECKING:
    from .interpret import Settings
    from .models import Panel, Report
    from .normalise import Measurement


@dataclass(slots=True)
class _Read:
    outcome: Outcome
    measurement: Measurement
    rank: int


_STATUS_RANK = {"corrected": 3, "amended": 3, "final": 2, "unknown": 1, "preliminary": 0}


def _not_ours(rec: LabRecord) -> str | None:
    """Codes that look like ours but are not read as ours (see CALCULATED_IONIZED)."""
    if CALCULATED_IONIZED not in rec.loinc_codes:
        return None
    reason = ("LOINC 13959-2 'Calcium.ionized [Moles/volume] in Serum or Plasma by calculation' is calculated, not a "
              "measured ionized calcium, and labs use it for an albumin- or protein-adjusted total calcium; vitd does not "
              "classify it (it computes its own albumin-corrected calcium from total calcium and albumin)")
    value = _first_number(rec.value_text)
    if value is not None and value >= 1.6 and (rec.unit or "").lower().replace(" ", "") in ("mmol/l", "mm"):
        reason += f"; its {value:g} mmol/L is on the total-calcium scale (ionized calcium is about 1.1-1.3 mmol/L)"
    return reason


def _not_serum(specimen: str) -> bool:
    """A specimen the CSV readers know is not serum (reference_ranges/columns.toml, specimens.not_serum): urine, CSF,
    red cells, body fluids. One rule for every reader; an unknown specimen text is not refused here."""
    serum, what = load_columns().specimen_verdict(specimen)
    return not serum and what is not None


def _first_number(text: str | None) -> float | None:
    m = re.search(r"\d+(?:\.\d+)?", text or "")
    return float(m.group()) if m else None


def _identify(ref: Any, rec: LabRecord, tests_map: dict[str, str | None] | None = None) -> tuple[str | None, str | None, Any]:
    """(analyte id, reason when not ours, Identified). A LOINC code decides when one is given; else the name."""
    from .reference.identify import identify

    special = _not_ours(rec)
    if special:
        return None, special, None
    codes = rec.loinc_codes or ((rec.loinc,) if rec.loinc else ())
    hits = [identify(ref, loinc=code) for code in codes]
    excluded = next((h.reason for h in hits if h.analyte is None and h.reason), None)
    if excluded:  # a code saying 'urine' or 'cholecalciferol' wins over one saying 'serum calcium'
        return None, excluded, None
    found = next((h for h in hits if h.analyte), None)
    if found is not None:
        return found.analyte, None, found
    # no code vitd knows (ours or a look-alike's): the name decides, by the same rules as for a CSV row
    found = identify(ref, name=rec.name, tests_map=tests_map)
    if found.analyte:
        return found.analyte, None, found
    if found.close:  # an analyte's word beside an unknown one
        return None, Note(f"{rec.name!r}: not recognised ({found.reason}); map it with --tests-map",
                          "its test name came close to one of vitd's tests but holds a word vitd does not know"), None
    if found.reason:
        return None, found.reason, None
    if codes:
        return None, Note(f"LOINC {', '.join(codes)} is not an analyte vitd interprets", "its LOINC code is not an analyte vitd interprets"), None
    return None, (Note(f"{rec.name!r} is not an analyte vitd interprets", "its name is not an analyte vitd interprets") if rec.name
                  else "no code or name"), None


def _normalise(ref: Any, analyte: str, rec: LabRecord, specimen: str | None) -> Measurement:
    from .errors import VitdError
    from .normalise import normalise
    from .readers.values import split_value

    assert rec.value_text is not None
    text = rec.value_text.strip()
    try:
        has_unit = bool(split_value(text)[3])
    except VitdError:
        has_unit = False
    units = [u for u in (rec.unit, rec.unit_alt) if u and u.strip()]
    if has_unit or not units:
        return normalise(ref, analyte, text, None, specimen)
    error: VitdError | None = None
    for unit in units:  # the UCUM code first, then the unit as printed
        try:
            return normalise(ref, analyte, f"{text} {unit.strip()}", None, specimen)
        except VitdError as exc:
            if exc.code not in ("unit-unknown", "unit-wrong", "value-unparseable"):
                raise
            error = error or exc
    assert error is not None
    raise error


class _Reader:
    """Reads records one at a time into Outcomes, grouping the results by (subject, collection time) in `kept`: the
    state shared by the whole-document path (interpret_records) and the streaming one (stream_records)."""

    def __init__(self, settings: Settings, limit: int | None = None, fmt: str = "json", keep_raw: bool = True) -> None:
        self.ref = settings.ref
        self.tests_map = settings.tests_map
        self.limit = limit
        self.fmt = fmt
        self.keep_raw = keep_raw  # the source resource/segment is kept for --format fhir only
        self.interpreted = 0
        self.kept: dict[tuple[str | None, str | None], dict[str, _Read]] = {}

    def read(self, item: LabRecord | Skipped) -> Outcome:
        from .errors import PROBLEM_KINDS, VitdError

        if not self.keep_raw:
            item.raw = None
        if isinstance(item, Skipped):
            return Outcome(item.source_index, item.location, "skipped", item.reason, item.name, item.loinc, place=public_place(item))
        rec = item
        where = public_place(rec)
        out = Outcome(rec.source_index, rec.location, "other_test", None, rec.name, rec.loinc, record=rec, place=where)
        analyte, reason, found = _identify(self.ref, rec, self.tests_map)
        if analyte is None:
            out.reason = reason
            rec.raw = None
            return out
        self.interpreted += 1
        if self.limit is not None and self.interpreted > self.limit:
            raise VitdError("report-too-large", f"the input has more than {self.limit:,} results, more than one --format {self.fmt} report holds",
                            "use --summary, or split the input")
        out.analyte = analyte
        if rec.specimen and _not_serum(rec.specimen) and not (found and found.specimen):
            out.status, out.reason = "other_test", Note(f"specimen {rec.specimen!r} is not serum or plasma", "its specimen is not serum or plasma")
            rec.raw = None
            return out
        if rec.value_text is None or not rec.value_text.strip():
            out.status, out.reason = "skipped", Note(f"no value: {rec.absent_reason or 'the result is empty'}", "no value")
            rec.raw = None
            return out
        try:
            m = _normalise(self.ref, analyte, rec, found.specimen if found else None)
        except VitdError as exc:
            out.status, out.reason = "skipped", Note(f"value not read: {exc}", f"value not read ({PROBLEM_KINDS.get(exc.code, 'unreadable value')})")
            rec.raw = None
            return out
        if found is not None and found.note:
            m.notes.append(f"LOINC {rec.loinc}: {found.note}" if found.how is None and rec.loinc else found.note)
        status = rec.status or "unknown"
        if status == "preliminary":
            out.warnings.append(_note(rec.location, where, f"{m.analyte} is a preliminary result and may change"))
        elif status not in INTERPRETED_STATUSES:  # (a status of the FHIR vocabulary: the readers map others to 'unknown')
            out.warnings.append(_note(rec.location, where, f"{m.analyte} has result status {status!r}: interpreted as given"))
        if rec.lab_flag and rec.reference_range:
            m.notes.append(f"lab range {rec.reference_range}, lab flag {rec.lab_flag}")
        elif rec.reference_range:
            m.notes.append(f"lab range {rec.reference_range}")
        out.warnings.extend(_note(rec.location, where, n) for n in rec.notes)
        out.warnings.extend(_note(rec.location, where, n) for n in m.notes if "had no unit" in n)
        out.status = "interpreted"
        key = (rec.subject, rec.date)
        group = self.kept.setdefault(key, {})
        new = _Read(out, m, _STATUS_RANK.get(status, 1))
        old = group.get(m.analyte)
        if old is not None:
            loser, winner = (old, new) if new.rank >= old.rank else (new, old)
            loser.outcome.status, loser.outcome.kind = "skipped", SUPERSEDED
            loser.outcome.record.raw = None  # type: ignore[union-attr]
            loser.outcome.reason = Note(f"superseded by {winner.outcome.location} ({m.analyte} given twice for the same subject and time)",
                                        f"superseded by {winner.outcome.place} ({m.analyte} given twice for the same subject and time)")
            group[m.analyte] = winner
        else:
            group[m.analyte] = new
        return out

    def panels(self, settings: Settings, symptoms: list[str], first: int = 0) -> Iterator[tuple[Panel, dict[str, _Read]]]:
        """The panels of the results kept (one per subject and time, in the order they were first seen), numbered from
        `first` on their outcomes; `kept` is emptied."""
        from .explain import finding_codes
        from .interpret import interpret_measurements

        kept, self.kept = self.kept, {}
        for n, ((subject, date), group) in enumerate(kept.items(), first):
            panel = interpret_measurements(settings, [r.measurement for r in group.values()], symptoms, subject, date)
            for analyte, r in group.items():
                r.outcome.panel = n
                r.outcome.findings = finding_codes(panel.findings, analyte)
            yield panel, group


def interpret_records(records: Iterable[LabRecord | Skipped], settings: Settings, symptoms: Iterable[str] = (),
                      limit: int | None = None, fmt: str = "json") -> tuple[Report, Accounting]:
    """Interpret what a reader yielded: one panel per subject and collection time, every record accounted for.

    A record is read as one of our analytes by its LOINC code (any of them; exclusions win) or, without a LOINC code,
    by its name. Its value goes through normalise() exactly as a typed value does. When one panel has the same analyte
    twice, a corrected result beats a final one, a final one a preliminary one, and otherwise the later one wins.
    At most `limit` results are read (counted as they come): beyond, a VitdError names the --format `fmt` report.
    Only the records read as results keep their source resource (`raw`, for --format fhir).
    The whole input is held (for a whole-document report); stream_records writes csv/tsv/ndjson as it reads.
    """
    from .errors import VitdError
    from .interpret import parse_symptoms, report

    symptoms = list(symptoms)
    parse_symptoms(settings.ref, symptoms)  # unknown symptoms are an error before any reading
    accounting = Accounting()
    reader = _Reader(settings, limit, fmt)
    for item in records:
        accounting.outcomes.append(reader.read(item))
    if not accounting.outcomes:
        raise VitdError("no-observations", "the input holds no Observation or OBX result", "give a FHIR Observation, Bundle or DiagnosticReport, or an HL7 ORU^R01/OUL^R22 message")
    warnings: list[str] = []
    panels: list[Panel] = []
    for panel, group in reader.panels(settings, symptoms):
        for r in group.values():
            warnings.extend(r.outcome.warnings)
        panels.append(panel)
    if not panels:
        warnings.append(f"no result of an analyte vitd interprets was found ({accounting.summary()})")
    for o in accounting.outcomes:
        if o.status == "skipped" and o.analyte and o.reason:
            warnings.append(_skipped_note(o))
    accounting.notes = warnings
    return report(settings, panels, warnings), accounting


def _skipped_note(o: Outcome) -> Note:
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


# ---------------------------------------------------------------- streaming (csv, tsv, ndjson, --summary)


def held_size(o: Outcome) -> int:
    """What holding an Outcome costs, in bytes, roughly: its objects (a result with its record,
    measurement and notes: ~2.3 KB for the observations of benchmarks/safety_limits.py) and its text. The window of stream_records counts it against batch.streamer.BUFFER_BYTES."""
    rec = o.record
    size = 600 + len(o.location) + len(o.reason or "") + 300 * len(o.warnings)
    if rec is not None:
        size += 400 + sum(len(x) for x in (rec.subject, rec.date, rec.name, rec.value_text, rec.unit, rec.specimen,
                                           rec.reference_range, rec.location) if x)
        if o.status == "interpreted":
            size += 1200
    return size


@dataclass(slots=True)
class Streamed:
    """What stream_records read: the counts, the stderr notes counted by kind, and what --check and --strict need."""

    counts: dict[str, int] = field(default_factory=lambda: {"interpreted": 0, "other_test": 0, "skipped": 0})
    notes: Any = None  # textsafe.NoteTally
    abnormal: bool = False
    first_skipped: Outcome | None = None
    windows: int = 0  # how many times the window was full
    split: int = 0  # results whose subject and time had results in an earlier window
    panels: int = 0
    skip_kinds: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        return count_line(self.total, self.counts, self.skip_kinds)


def stream_records(records: Iterable[LabRecord | Skipped], settings: Settings, write: Any, symptoms: Iterable[str] = (),
                   on_panel: Any = None) -> Streamed:
    """Interpret what a reader yields and hand each Outcome to `write(outcome, result)` in input order (`result`: its
    Result when it was interpreted), holding no more than one window of them: the results of one subject and time form
    a panel (and a repeated analyte is superseded, as in interpret_records) within a window of at most
    batch.streamer.BUFFER_LIMIT observations and BUFFER_BYTES of their objects (held_size). When the window is full its
    panels are formed and its outcomes written and dropped; a subject and time whose results span two windows gets two
    panels (said in one note). `on_panel(panel)` sees every panel (--summary, --check)."""
    from .batch.streamer import BUFFER_BYTES, BUFFER_LIMIT, _Subjects
    from .errors import VitdError
    from .interpret import parse_symptoms
    from .textsafe import NoteTally

    symptoms = list(symptoms)
    parse_symptoms(settings.ref, symptoms)
    reader = _Reader(settings, keep_raw=False)
    done = Streamed(notes=NoteTally())
    held: list[Outcome] = []
    size = 0
    seen = _Subjects()  # the (subject, time) keys of earlier windows, as hashes (a fixed 4 MB table)
    counts, notes = done.counts, done.notes

    def flush() -> None:
        results: dict[int, Any] = {}
        for panel, group in reader.panels(settings, symptoms, done.panels):
            done.panels += 1
            by_analyte: dict[str, Any] = {}
            for res in panel.results:
                by_analyte.setdefault(res.analyte, res)
            for analyte, read in group.items():
                results[id(read.outcome)] = by_analyte.get(analyte)
                notes.extend(read.outcome.warnings)
            if not done.abnormal and any(res.flag != "normal" for res in panel.results):
                done.abnormal = True
            if on_panel is not None:
                on_panel(panel)
        for o in held:
            counts[o.status] += 1
            if o.status == "skipped":
                done.skip_kinds[skip_kind(o)] += 1
                if done.first_skipped is None:
                    done.first_skipped = o
                if o.analyte and o.reason:
                    notes.add(_skipped_note(o))
            write(o, results.get(id(o)))
        held.clear()

    keys_here: set[tuple[str | None, str | None]] = set()
    for item in records:
        o = reader.read(item)
        held.append(o)
        size += held_size(o)
        if o.status == "interpreted" and o.record is not None:
            key = (o.record.subject, o.record.date)
            if key not in keys_here:
                keys_here.add(key)
                if done.windows and not seen.add(repr(key)):
                    done.split += 1
        if len(held) >= BUFFER_LIMIT or size >= BUFFER_BYTES:
            flush()
            done.windows += 1
            for key in keys_here:
                seen.add(repr(key))
            keys_here.clear()
            size = 0
    flush()
    if not done.total:
        raise VitdError("no-observations", "the input holds no Observation or OBX result", "give a FHIR Observation, Bundle or DiagnosticReport, or an HL7 ORU^R01/OUL^R22 message")
    if not done.panels:
        notes.add(f"no result of an analyte vitd interprets was found ({done.summary()})", first=True)  # (no panel: no note before it)
    if done.split:
        notes.add(f"the input had more than {BUFFER_LIMIT:,} observations (or {BUFFER_BYTES >> 20} MiB of them) between results of one "
                  f"subject and time ({done.split:,} times): their panels were formed in parts, and a result given again in a later part "
                  "does not supersede the one already written (use --format json for panels across the whole input)")
    return done
