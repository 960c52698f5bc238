"""Grouping rows into panels while streaming (Streamer): a subject's rows are held until its panels are complete, then
every row is handed on in input order; and the subjects seen so far (_Subjects, a fixed table of hashes), to notice an
input that is not grouped by subject.

BUFFER_LIMIT is read here at run time (and by record_stream and engines/duckdb_engine from this module): a test that
lowers it sets it on vitd_cli.batch.streamer."""

from __future__ import annotations

from array import array
from collections.abc import Callable
from datetime import datetime

from ..outcomes import INTERPRETED, Item, Outcome
from ..readers.columns import WideLayout
from .rows import Engine

SUBJECTS_TRACKED = 1 << 18  # subjects remembered (as 64-bit hashes, in a fixed 4 MB table) to notice a regrouped input
BUFFER_LIMIT = 50_000  # rows of one subject held for its panels before they are written anyway
BUFFER_BYTES = 16 << 20  # nor more than this much text of the rows held (a row with a 4 KB comment is 4 KB)


class _Subjects:
    """The subjects seen so far, as 64-bit hashes in a fixed open-addressing table (4 MB however many subjects a file
    has; a set of the subject strings grew with the file). Once SUBJECTS_TRACKED * 3/4 subjects are in, new ones are
    no longer remembered (as before: a bounded memory of subjects). Two subjects sharing a 64-bit hash is taken as
    impossible (a chance of about 1e-9 at 200,000 subjects)."""

    __slots__ = ("table", "mask", "n", "cap")

    def __init__(self, size: int = SUBJECTS_TRACKED) -> None:
        self.table = array("q", bytes(8 * size))
        self.mask = size - 1
        self.n = 0
        self.cap = size * 3 // 4

    def add(self, subject: str) -> bool:
        """True when the subject is new (or can no longer be remembered), False when it was seen before."""
        h = hash(subject) or 1
        table, mask = self.table, self.mask
        i = h & mask
        while True:
            got = table[i]
            if got == 0:
                if self.n < self.cap:
                    table[i] = h
                    self.n += 1
                return True
            if got == h:
                return False
            i = (i + 1) & mask

    def __len__(self) -> int:
        return self.n



class Streamer:
    """Holds the rows of one subject until its panels are complete, then hands every row on, in input order.

    A subject's rows are complete when the next subject starts (input grouped by subject); or, when none of the
    results held is undated, when a result comes the panel window or more after every one held (a new part of
    batch.panel_rule.group_by_time: the panels before it can no longer change); or, when the results held are undated, when
    the next report starts (a result of the analyte of the run's first undated result). A subject seen again after other subjects
    starts new panels (said once: sort the file by subject for complete panels). BUFFER_LIMIT rows and BUFFER_BYTES of
    their text at most are held, the rows of other tests and skipped rows that follow a pending result included: beyond
    that the pending panel is closed and the rows are written (output flows whatever follows a result).
    """

    def __init__(self, engine: Engine, emit: Callable[[Outcome], None],
                 emit_other: Callable[[str, list[str], str | None], None] | None = None,
                 emit_text: Callable[[str], None] | None = None) -> None:
        self.engine = engine
        self.emit = emit
        self.emit_other = emit_other  # rows of other tests, as (raw, cells, reason); None: they are not written
        self.emit_text = emit_text  # rows already formatted by the caller's fast lane
        self.buf: list[Outcome | tuple[str, list[str], str | None] | str] = []
        self.subject: str | None = None
        self.lead: str | None = None  # the analyte of the subject's run's first undated result
        self.seen = _Subjects()
        self.entries: list[tuple[Outcome, Item]] = []
        self.wide = isinstance(engine.layout, WideLayout)
        self.held = 0  # rows held elsewhere while buf is not empty (the DuckDB engine's panel pass: rows of other tests)
        self.bytes = 0  # the text of the rows in buf
        self.cut = False  # the pending panel was closed because the rows after it filled the buffer
        self.regrouped = 0
        self.split = 0
        self._reset_time()

    def _reset_time(self) -> None:
        self.start: datetime | None = None  # the earliest dated result held
        self.top: datetime | None = None  # the latest
        self.open: set[str] = set()  # their analytes
        self.simple = True  # they form one panel: each analyte once, within the window of the earliest
        self.undated = False  # an undated result is held

    def push_other(self, raw: str, cells: list[str], reason: str | None) -> None:
        """A row of another test (the fast lane): written at once, or after the rows held before it."""
        if self.emit_other is None:
            return
        if self.buf:
            self.hold((raw, cells, reason), len(raw))
        else:
            self.emit_other(raw, cells, reason)

    def hold(self, row: Outcome | tuple[str, list[str], str | None] | str, size: int) -> None:
        """A row that is not a result, kept behind the pending panel (buf is not empty) until the buffer is full."""
        self.buf.append(row)
        self.bytes += size
        if len(self.buf) + self.held >= BUFFER_LIMIT or self.bytes >= BUFFER_BYTES:
            self.flush()
            self.cut = True

    def push(self, o: Outcome) -> None:
        if o.status != INTERPRETED:
            if self.buf:
                self.hold(o, len(o.raw))
            else:
                self.emit(o)
            return
        if self.cut:
            self.cut = False
            if o.subject == self.subject:
                self.split += 1  # a panel of this subject may have been closed early
        if o.subject != self.subject:
            self.flush()
            self._reset_time()
            self.lead = None
            if not self.seen.add(o.subject or ""):
                self.regrouped += 1
            self.subject = o.subject
        w = o.when
        items = o.items or ()
        if w is None:  # a report of undated results ends where the next begins (a result of the run's first one's analyte)
            a = items[0].analyte if items else None
            if self.lead is None:
                self.lead = a
            elif a == self.lead and self.start is None and self.entries:
                self.flush()
            self.undated = True
        else:
            top, window = self.top, self.engine.window
            if top is not None and w > top and w - top >= window and not self.undated:
                self.flush()  # the window or more after every result held: a new part (group_by_time), those held are complete
                top = None
            open_ = self.open
            if top is None:
                self.start = self.top = w
            else:
                start = self.start
                if w < start:  # type: ignore[operator]
                    self.start = start = w
                elif w > top:
                    self.top = top = w
                if self.simple and ((items[0].analyte in open_ if len(items) == 1 else any(it.analyte in open_ for it in items))
                                    or (top != start and top - start >= window)):  # type: ignore[operator]
                    self.simple = False
            for it in items:
                open_.add(it.analyte)
        self.buf.append(o)
        self.bytes += len(o.raw)
        entries = self.entries
        for it in items:
            entries.append((o, it))
        if len(self.buf) + self.held >= BUFFER_LIMIT or self.bytes >= BUFFER_BYTES:
            self.split += 1
            self.flush()

    def push_gap(self, n: int) -> None:
        """n rows that are not interpreted, held (as push would hold them) but not kept: the DuckDB engine writes them."""
        if self.buf:
            self.held += n
            if len(self.buf) + self.held >= BUFFER_LIMIT:
                self.flush()
                self.cut = True

    def flush(self) -> None:
        if not self.buf:
            return
        entries = self.entries
        if entries:
            if len(entries) == 1:
                first, it = entries[0]
                it.panel = first.row
                it.findings = [it.band.finding] if it.band.finding else []
            else:
                dated = not self.undated and not self.wide  # then the entries are one part of group_by_time
                self.engine.panels(entries, self.subject, one_panel=self.simple and dated, one_part=dated)
            self.entries = []
        self._reset_time()
        self.held = 0
        self.bytes = 0
        emit, emit_other, emit_text = self.emit, self.emit_other, self.emit_text
        for o in self.buf:
            kind = type(o)
            if kind is str:
                emit_text(o)  # type: ignore[misc, arg-type]
            elif kind is tuple:
                emit_other(*o)  # type: ignore[misc]
            else:
                emit(o)  # type: ignore[arg-type]
        self.buf.clear()

    def notes(self) -> list[str]:
        out = []
        if self.regrouped:
            out.append("the input is not grouped by subject: panels (and cross-analyte findings such as corrected calcium) are formed "
                       "within each run of consecutive rows of a subject; sort the file by subject for complete panels, "
                       "or use --format json/rich, which group the whole file")
        if self.split:
            out.append(f"a subject had more than {BUFFER_LIMIT:,} rows (or {BUFFER_BYTES >> 20} MiB) in a row: its panels were formed in parts")
        return out
