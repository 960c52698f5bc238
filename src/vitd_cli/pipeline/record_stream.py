"""FHIR and HL7 v2 records streamed (csv, tsv, ndjson, --summary): read one at a time by interop_records.RecordReader
(the lab exports' batch.Engine), held for no more than one window of observations, whose panels are then formed and
whose rows are written in input order and counted as a lab export's (row_counts.Counts)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ..readers.records import LabRecord, Outcome, Skipped, count_line, skip_kind
from .interop_records import NO_OBSERVATIONS, RecordReader, skipped_note

if TYPE_CHECKING:
    from ..interpret import Settings


def held_size(o: Outcome) -> int:
    """What holding an Outcome costs, in bytes, roughly: its objects (a result with its record, row, item, measurement
    and notes: ~2.5 KB for the observations of benchmarks/safety_limits.py) and its text. The window of
    stream_records counts it against batch.streamer.BUFFER_BYTES."""
    rec = o.record
    size = 600 + len(o.location) + len(o.reason or "") + 300 * len(o.warnings)
    if rec is not None:
        size += 400 + sum(len(x) for x in (rec.subject, rec.date, rec.name, rec.value_text, rec.unit, rec.specimen,
                                           rec.reference_range, rec.location) if x)
        if o.status == "interpreted":
            size += 1400
    return size


@dataclass(slots=True)
class Streamed:
    """What stream_records read: the counts, the stderr notes counted by kind, and what --check and --strict need;
    `reader` holds the row counts (reader.counts) and the engine (--summary)."""

    counts: dict[str, int] = field(default_factory=lambda: {"interpreted": 0, "other_test": 0, "skipped": 0})
    notes: Any = None  # textsafe.NoteTally
    abnormal: bool = False
    first_skipped: Outcome | None = None
    windows: int = 0  # how many times the window was full
    split: int = 0  # results whose subject and time had results in an earlier window
    panels: int = 0
    skip_kinds: Counter[str] = field(default_factory=Counter)
    reader: Any = None  # interop_records.RecordReader

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        return count_line(self.total, self.counts, self.skip_kinds)


def stream_records(records: Iterable[LabRecord | Skipped], settings: Settings, write: Callable[[Outcome], None] | None,
                   window: timedelta = timedelta(hours=24)) -> Streamed:
    """Interpret what a reader yields and hand each Outcome to `write(outcome)` in input order (None: nothing is
    written, for --summary), holding no more than one window of them: the results of a subject form panels by the lab
    exports' rule (and a repeated analyte of one subject and time is superseded, as in interpret_records) within a
    window of at most batch.streamer.BUFFER_LIMIT observations and BUFFER_BYTES of their objects (held_size). When the
    window is full its panels are formed and its outcomes written and dropped; a subject and time whose results span
    two windows gets two panels (said in one note)."""
    from ..batch.streamer import BUFFER_BYTES, BUFFER_LIMIT, _Subjects
    from ..errors import VitdError
    from ..textsafe import NoteTally

    reader = RecordReader(settings, keep_raw=False, window=window)
    done = Streamed(notes=NoteTally(), reader=reader)
    held: list[Outcome] = []
    size = 0
    seen = _Subjects()  # the (subject, time) keys of earlier windows, as hashes (a fixed 4 MB table)
    counts, notes = done.counts, done.notes

    def flush() -> None:
        for group in reader.panels():
            done.panels += 1
            for read in group:
                notes.extend(read.outcome.warnings)
                if not done.abnormal and read.item.band.flag != "normal":
                    done.abnormal = True
        for o in held:
            reader.settle(o)
            counts[o.status] += 1
            if o.status == "skipped":
                done.skip_kinds[skip_kind(o)] += 1
                if done.first_skipped is None:
                    done.first_skipped = o
                if o.analyte and o.reason:
                    notes.add(skipped_note(o))
            if write is not None:
                write(o)
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
        raise VitdError(*NO_OBSERVATIONS)
    if not done.panels:
        notes.add(f"no result of an analyte vitd interprets was found ({done.summary()})", first=True)  # (no panel: no note before it)
    if done.split:
        notes.add(f"the input had more than {BUFFER_LIMIT:,} observations (or {BUFFER_BYTES >> 20} MiB of them) between results of one "
                  f"subject and time ({done.split:,} times): their panels were formed in parts, and a result given again in a later part "
                  "does not supersede the one already written (use --format json for panels across the whole input)")
    return done
