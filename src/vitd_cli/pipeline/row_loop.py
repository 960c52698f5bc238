"""The streaming engine's pass over a lab export's rows (streaming.run_plan calls it once the plan is made): each row
read, turned into an Outcome by batch.Engine (a row of another test counted and copied on a fast lane), handed to the
Streamer (CSV/TSV/NDJSON: written when its subject's panels are complete), the Collector (JSON, Rich, HTML, FHIR: the
report) or the counters (--summary); a wide row is a panel of its own."""

from __future__ import annotations

import csv
from collections.abc import Callable
from operator import itemgetter
from typing import TextIO

from ..batch.collector import REPORT_RESULTS, Collector
from ..batch.rows import Engine
from ..batch.streamer import Streamer
from ..outcomes import INTERPRETED, SKIPPED, VALUE_CACHE_LIMIT, Outcome
from ..readers.columns import LongLayout, WideLayout
from ..readers.table import Table
from ..row_counts import Counts
from .plan import FileOptions as FileOptions
from .plan import file_columns as file_columns
from .runs import FileRun as FileRun

PROGRESS_EVERY = 16_384


def run_rows(table: Table, engine: Engine, counts: Counts, fmt: str, opts: FileOptions, out: TextIO, progress, notes: list[str]) -> FileRun:  # type: ignore[no-untyped-def]
    run = FileRun(counts, [])
    add = counts.add
    outcome = engine.outcome
    abnormal = False
    sink_close = None
    drain = None
    streamer: Streamer | None = None
    collector: Collector | None = None
    copy_other = False
    push: Callable[[Outcome], None]
    if opts.summary:
        if isinstance(engine.layout, WideLayout):
            run = _run_wide(table, engine, counts, None, progress, run)
            _summary(counts, engine, fmt, out, None if opts.redact else table.name)
            return run
        push = counts.tally
    elif fmt in ("csv", "tsv", "ndjson"):
        if fmt == "ndjson":
            from ..render.ndjson_out import NdjsonWriter

            writer = NdjsonWriter(out, engine)
            streamer = Streamer(engine, writer.write)
        else:
            from ..render.table_out import TableWriter

            delim = "\t" if fmt == "tsv" else (table.delimiter if table.delimiter != "\t" else ",")
            writer = TableWriter(out, table, engine, delim, sanitize=opts.sanitize)  # type: ignore[assignment]
            streamer = Streamer(engine, writer.write, writer.write_other, writer.parts.append)  # type: ignore[attr-defined]
            copy_other = writer.copy_raw  # type: ignore[attr-defined]
            other_suffix, put, newline = writer._other, writer.parts.append, table.newline  # type: ignore[attr-defined]
        sink_close, drain = writer.close, writer.drain
        push = streamer.push
        if isinstance(engine.layout, WideLayout):  # a wide row is a panel of its own: nothing to hold back
            streamer, push = None, _row_panels(engine, writer.write)
            if fmt != "ndjson" and writer.copy_raw:  # type: ignore[attr-defined]
                return _run_wide(table, engine, counts, writer, progress, run)  # type: ignore[arg-type]
    else:
        collector = Collector(engine, REPORT_RESULTS if opts.render else None, fmt)
        push = collector.push
    row = 0
    reader, buf = table.reader, table.buf
    # The fast lane: a long-layout row of a test that is not vitd's (most rows of a lab export) is counted and, for
    # CSV/TSV, copied with the constant "other_test" columns, without building an Outcome.
    fast = isinstance(engine.layout, LongLayout)
    key_of = engine.key_of if fast else None
    known = engine._ident
    width = engine.width
    pending = streamer.buf if streamer is not None and streamer.emit_other is not None else None
    write_other = streamer.emit_other if pending is not None else None  # type: ignore[union-attr]
    hold = streamer.hold if streamer is not None else None
    reasons = counts.reasons
    other = interpreted = results = 0
    pop = buf.pop
    try:
        for cells in reader:
            if len(buf) == 1:
                raw = pop()
            else:
                raw = "".join(buf)
                buf.clear()
            row += 1
            if not row & 4095:
                if drain is not None:
                    drain()
                if progress is not None and not row % PROGRESS_EVERY:
                    progress.update(table.progress(), row)
            if fast and len(cells) == width:
                ident = known.get(key_of(cells))  # type: ignore[misc]
                if ident is not None and ident.analyte is None:
                    other += 1
                    if ident.kind:
                        reasons[ident.kind] += 1
                    if pending is not None:
                        if copy_other and ident.reason is None:
                            body = raw.rstrip("\r\n")
                            text = body + other_suffix + (raw[len(body):] or newline)
                            if pending:
                                hold(text, len(text))  # type: ignore[misc]
                            else:
                                put(text)
                        elif pending:
                            hold((raw, cells, ident.reason), len(raw))  # type: ignore[misc]
                        else:
                            write_other(raw, cells, ident.reason)  # type: ignore[misc]
                    continue
            o = outcome(cells, raw, row)
            if o.status == INTERPRETED:
                interpreted += 1
                results += len(o.items)  # type: ignore[arg-type]
            else:
                add(o)
            push(o)
    except (csv.Error, UnicodeDecodeError) as exc:
        raise table.translate(exc) from None
    counts.total += other + interpreted
    counts.other_test += other
    counts.interpreted += interpreted
    counts.results += results
    abnormal = engine.abnormal
    if streamer is not None:
        streamer.flush()
        notes.extend(streamer.notes())
    if sink_close is not None:
        sink_close()
    if opts.summary:
        _summary(counts, engine, fmt, out, None if opts.redact else table.name)
    run.abnormal = abnormal
    run.collector = collector
    return run


def _row_panels(engine: Engine, emit) -> Callable[[Outcome], None]:  # type: ignore[no-untyped-def]
    def push(o: Outcome) -> None:
        if o.items:
            engine.panels([(o, it) for it in o.items], o.subject)
        emit(o)

    return push


def repeated(o: Outcome) -> bool:
    """Whether a wide row's outcome is what a later row with the same analyte cells gets (the memo of _run_wide and of
    the Spark engine's workers): not a row written anew, not skipped unless for having no values."""
    return not o.reshaped and (o.status != SKIPPED or o.kind == "no values")


def _run_wide(table: Table, engine: Engine, counts: Counts, writer, progress, run: FileRun) -> FileRun:  # type: ignore[no-untyped-def]
    """The wide layout to CSV/TSV (writer) or to --summary (writer None). A wide row's appended cells depend only on
    its analyte cells (a row is its own panel), so they are worked out once per distinct set of those cells and
    copied for every row that repeats it; --summary tallies the remembered results the same way."""
    cols = engine.layout.columns  # type: ignore[union-attr]
    index = [c.index for c in cols] + [c.lod_index for c in cols if c.lod_index is not None]
    sig_of = itemgetter(*index)
    memo: dict[object, list] = {}  # type: ignore[type-arg]
    width, newline = engine.width, table.newline
    put = writer.parts.append if writer is not None else None
    reader, buf = table.reader, table.buf
    outcome, add, tally = engine.outcome, counts.add, counts.tally
    row = interpreted = results = 0
    try:
        for cells in reader:
            raw = "".join(buf)
            buf.clear()
            row += 1
            if not row & 4095:
                if writer is not None:
                    writer.drain()
                if progress is not None and not row % PROGRESS_EVERY:
                    progress.update(table.progress(), row)
            hit = memo.get(sig_of(cells)) if len(cells) == width else None
            if hit is None:
                o = outcome(cells, raw, row)
                add(o)
                if writer is None:
                    tally(o)
                    text = ""
                else:
                    if o.items:
                        engine.panels([(o, it) for it in o.items], o.subject)
                    text = writer.suffix(o)
                    writer.write(o)
                if len(cells) == width and repeated(o):
                    if len(memo) >= VALUE_CACHE_LIMIT:
                        _tally_repeats(counts, memo)
                        memo.clear()
                    memo[sig_of(cells)] = [o.status, text, o.items, o.reason, o.kind, 0]
                continue
            status, text, items, reason, kind, _ = hit
            if put is not None:
                body = raw.rstrip("\r\n")
                put(body + text + (raw[len(body):] or newline))
            if status == INTERPRETED:
                interpreted += 1
                results += len(items)
                hit[5] += 1
            else:
                add(Outcome(row, status, "", None, reason=reason, kind=kind, line=table.line()))
    except (csv.Error, UnicodeDecodeError) as exc:
        raise table.translate(exc) from None
    counts.total += interpreted
    counts.interpreted += interpreted
    counts.results += results
    if writer is None:
        _tally_repeats(counts, memo)
    else:
        writer.close()
    run.abnormal = engine.abnormal
    run.collector = None
    return run


def _summary(counts: Counts, engine: Engine, fmt: str, out: TextIO, name: str | None) -> None:
    from ..render.summary import render_summary

    counts.lab_disagreements = engine.lab_disagreements
    render_summary(counts, engine, fmt, out, name)


def _tally_repeats(counts: Counts, memo: dict[object, list]) -> None:  # type: ignore[type-arg]
    """--summary: the rows that repeated a remembered set of values, counted in bulk."""
    for status, _, items, _, _, hits in memo.values():
        if status == INTERPRETED and hits:
            counts.tally_items(items, hits)
