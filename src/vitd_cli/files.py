"""`vitd interpret FILE` by the streaming engine: a lab export in, the same rows with interpretation out (or a report), every row accounted for.

    read (readers.source, readers.columns) -> outcomes (batch.Engine) -> panels (batch.Streamer / batch.Collector)
    -> render (table_out, ndjson_out, json_out, batch_rich, summary)

CSV, TSV and NDJSON stream: a row is written as soon as its subject's panel is complete, and memory stays flat. JSON
and Rich group the whole file by subject, so they hold its interpreted results (not the other rows) in memory.
"""

from __future__ import annotations

import csv
import io
import os
import sys
from collections.abc import Callable
from dataclasses import fields
from operator import itemgetter
from typing import BinaryIO, TextIO

from .batch.collector import REPORT_RESULTS, Collector, input_info, series
from .batch.rows import Engine
from .batch.streamer import Streamer
from .cohort import cohort
from .errors import ExitCode, VitdError
from .interpret import Settings, report
from .models import FileReport, Report
from .outcomes import INTERPRETED, SKIPPED, VALUE_CACHE_LIMIT, Outcome
from .plan import FileOptions as FileOptions
from .plan import Plan, build_plan
from .plan import dictionary_for as _dictionary  # noqa: F401  (the name the DuckDB and Spark engines knew)
from .plan import file_columns as file_columns
from .readers.columns import ColumnRules, LongLayout, WideLayout, identifier_columns
from .readers.dates import SAMPLE_BYTES, SAMPLE_ROWS, DateOrder, decide
from .readers.table import Table
from .row_counts import Counts, strict_error
from .runs import FileRun as FileRun
from .safe_io import open_text
from .textsafe import write_notes

FORMATS = ("rich", "json", "ndjson", "csv", "tsv", "html", "fhir")
PROGRESS_EVERY = 16_384


def _format(opts: FileOptions, table: Table, out_is_tty: bool) -> str:
    if opts.fmt:
        if opts.fmt not in FORMATS:
            raise VitdError("format-unknown", f"unknown format {opts.fmt!r}", f"use one of {', '.join(FORMATS)}")
        return opts.fmt
    if out_is_tty and not opts.output:
        return "rich"
    return "tsv" if table.delimiter == "\t" else "csv"


def _open_out(opts: FileOptions, stdout: TextIO | None, fmt: str) -> tuple[TextIO, bool]:
    """(stream, whether we own it). Text formats are written as UTF-8 whatever the locale."""
    if opts.output:
        try:
            return open_text(opts.output), True  # (gzip for a name ending in .gz)
        except OSError as exc:
            raise VitdError("output-unwritable", f"cannot write {opts.output!r}: {exc.strerror}", "check the path and its permissions") from None
    if stdout is not None:
        return stdout, False
    if fmt == "rich":
        return sys.stdout, False
    try:
        buffer = sys.stdout.buffer
    except AttributeError:
        return sys.stdout, False
    return io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=False), True


def interpret_file(path: str, opts: FileOptions | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None,
                   *, stream: BinaryIO | None = None) -> FileRun:
    """Interpret a lab export (path, or '-' for stdin; or the CSV/TSV bytes of `stream`, which `path` then names) and
    write it in opts.fmt to stdout (or opts.output). The row counts go to stderr unless opts.quiet. Raises VitdError for
    a file it cannot read. (The streaming engine on the plan of this input: build_plan, then run_plan.)"""
    plan = build_plan(path, opts, "python", stdout=stdout, stderr=stderr, stream=stream)
    try:
        return run_plan(plan)
    finally:
        plan.close()


def run_plan(plan: Plan) -> FileRun:
    """The streaming engine: the plan's input read record by record (reading on from its open Table), written in
    opts.fmt to stdout (or opts.output) as each subject's panels complete, the row counts to stderr unless opts.quiet."""
    opts, path, stderr = plan.opts, plan.path, plan.stderr
    stdout: TextIO | None = plan.stdout  # type: ignore[assignment]  # (a text stream for the streaming engine)
    if plan.interop:  # FHIR JSON/NDJSON or HL7 v2: same outputs, same accounting
        from .interop_files import interpret_interop

        return interpret_interop(path, plan.kind, opts, stdout, stderr, settings=plan.settings)  # type: ignore[no-any-return]
    if plan.kind == "parquet":
        raise VitdError("input-parquet", f"{os.path.basename(path)} is a Parquet file, which the DuckDB engine reads (for --format csv, tsv or "
                        "parquet; not --summary)", "give --format csv, tsv or parquet with --engine auto or duckdb")
    err = stderr or sys.stderr
    s, rules, layout, dictionary, table = plan.settings, plan.rules, plan.layout, plan.dictionary, plan.table
    assert s is not None and rules is not None and layout is not None and table is not None
    own = table.own
    notes: list[str] = list(plan.notes)
    owned = False
    out: TextIO | None = None
    try:
        if opts.redact:
            _redact_table(table, identifier_columns(layout, rules, opts.subjects), opts.redact_salt)
        name = "the input" if opts.redact else table.name  # --redact: the file name (Jane_Doe_MRN778899.csv) is not repeated
        out_tty = (stdout or sys.stdout).isatty() if not opts.output else False
        fmt = _format(opts, table, out_tty)
        full = fmt in ("json", "rich", "html", "fhir") and not opts.summary
        engine = Engine(s, rules, layout, dictionary, plan.window, full=full)
        engine.set_date_order(decide_dates(table, layout, rules, opts.date_order))
        engine.line = table.line
        counts = Counts()
        if own is not None:
            notes.append(own.note(replaced=fmt in ("csv", "tsv") and not opts.summary))
        out, owned = _open_out(opts, stdout, "rich" if fmt == "rich" or (opts.summary and fmt == "rich") else fmt)
        if table.bom and fmt in ("csv", "tsv") and not opts.summary:
            out.write("\ufeff")
        show = opts.progress if opts.progress is not None else (path != "-" and err.isatty())
        progress = None
        if show:
            from .render.progress import Progress

            progress = Progress(err, name)
        try:
            run = _run(table, engine, counts, fmt, opts, out, progress, notes)
        finally:
            if progress is not None:
                progress.done()
        counts.lab_disagreements = engine.lab_disagreements
        run.warnings = notes + engine.warnings + run.warnings
        if table.fallback_bytes and table.encoding.startswith("utf-8"):
            run.warnings.append(f"{table.fallback_bytes:,} byte sequence(s) were not UTF-8 and were read as cp1252 (give --encoding to say which it is)")
        if table.encoding == "cp1252" and not opts.encoding:
            run.warnings.append(f"{name} is not UTF-8: read as cp1252 (Windows Latin-1); give --encoding if it is another")
        if fmt in ("json", "rich", "html", "fhir") and not opts.summary:
            run.report = _report(s, engine, run, counts, table, layout, dictionary, opts)
            if opts.render:
                _render_report(run.report, fmt, out, s, opts.all_subjects)
        out.flush()
    except BrokenPipeError:  # the reader went away (| head): not an error, and nothing more to say
        if not opts.output:
            _silence_stdout()
        return FileRun(Counts(), [])
    finally:
        table.close()
        if out is not None and owned:
            _close(out, opts)
    if not opts.quiet:
        see = {"csv": "see vitd_note", "tsv": "see vitd_note", "ndjson": "--format csv shows each", "json": "see rows.skipped_rows",
               "rich": "listed in the report"}.get(fmt, "")
        write_notes(err, run.warnings if fmt != "rich" or opts.summary else (),  # the Rich report shows them itself
                    counts.line('' if opts.summary else see), opts.verbose)
    if opts.strict and counts.skipped:
        raise strict_error(counts)
    if opts.check and run.abnormal:
        run.exit_code = ExitCode.ABNORMAL
    return run


def decide_dates(table: Table, layout: LongLayout | WideLayout, rules: ColumnRules, forced: str | None) -> DateOrder | None:
    """The order of the date column (readers/dates.py), from --dayfirst/--monthfirst or from the values of the first
    SAMPLE_ROWS records (read ahead: the table gives them again). None when the file has no date column."""
    index = layout.cols.get("date")
    if index is None:
        return None
    header = layout.header[index]
    if forced:
        return decide((), header, forced)
    sample = table.prefetch(SAMPLE_ROWS, SAMPLE_BYTES)
    return decide((cells[index] for cells in sample if index < len(cells)), header, None, rules.dayfirst_headers)


def _redact_table(table: Table, indices: list[int], salt_text: str | None) -> None:
    """--redact: the cells of every identifier column (identifier_columns) of every record are replaced by a salted
    hash before anything reads them, and records are written from their cells (not copied raw), so no output carries
    them. No identifier column at all is an error: --redact would silently do nothing."""
    from .interop_files import pseudonym, redaction_salt

    if not indices:
        raise VitdError("redact-no-identifier", "--redact found no identifier column (subject, patient id, name, MRN, date of birth ...) "
                        "in the header, so it would hide nothing", "name the column(s) with --subject COLUMN, or drop --redact")
    salt = redaction_salt(salt_text)
    rows = table.reader

    def redacted():  # type: ignore[no-untyped-def]
        for cells in rows:
            n = len(cells)
            for index in indices:
                if index < n and cells[index].strip():
                    cells[index] = pseudonym(cells[index].strip(), salt) or ""
            yield cells

    table.reader = redacted()
    table.redacted = True  # type: ignore[attr-defined]


def _run(table: Table, engine: Engine, counts: Counts, fmt: str, opts: FileOptions, out: TextIO, progress, notes: list[str]) -> FileRun:  # type: ignore[no-untyped-def]
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
            from .render.ndjson_out import NdjsonWriter

            writer = NdjsonWriter(out, engine)
            streamer = Streamer(engine, writer.write)
        else:
            from .render.table_out import TableWriter

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
                if len(cells) == width and not o.reshaped and (o.status != SKIPPED or o.kind == "no values"):
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
    from .render.summary import render_summary

    counts.lab_disagreements = engine.lab_disagreements
    render_summary(counts, engine, fmt, out, name)


def _tally_repeats(counts: Counts, memo: dict[object, list]) -> None:  # type: ignore[type-arg]
    """--summary: the rows that repeated a remembered set of values, counted in bulk."""
    for status, _, items, _, _, hits in memo.values():
        if status == INTERPRETED and hits:
            counts.tally_items(items, hits)


def _report(s: Settings, engine: Engine, run: FileRun, counts: Counts, table: Table, layout, dictionary, opts: FileOptions) -> FileReport:  # type: ignore[no-untyped-def]
    assert run.collector is not None
    panels = run.collector.panels()
    base = report(s, panels, run.warnings)
    rep = FileReport(**{f.name: getattr(base, f.name) for f in fields(Report)},
                     input=input_info(table.name, layout, table.delimiter, table.encoding, dictionary,
                                      opts.panel_window if isinstance(layout, LongLayout) else None, redact=opts.redact),
                     rows=counts.model(), series=series(panels), cohort=cohort(panels, base.scheme_views))
    rep.set_scheme_views(base.scheme_views)
    return rep


def _render_report(rep: FileReport, fmt: str, out: TextIO, s: Settings, all_subjects: bool = False) -> None:
    if fmt == "html":
        from .render.html_out import render_html

        render_html(rep, out, ref=s.ref, all_subjects=all_subjects)
    elif fmt == "fhir":
        from .render.fhir_out import render_fhir

        render_fhir(rep, out)
    elif fmt == "json":
        from .render.json_out import render_json

        render_json(rep, out)
    else:
        from .render.batch_rich import render_file_report

        render_file_report(rep, out)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _close(out: TextIO, opts: FileOptions) -> None:
    try:
        out.flush()
    except BrokenPipeError:
        _silence_stdout()
    try:
        if opts.output:
            out.close()
        else:
            out.detach()  # type: ignore[attr-defined]
    except (BrokenPipeError, ValueError, OSError):
        pass


def read_report(path: str, **options: object) -> FileReport:
    """The library call: a lab export in, the FileReport out (nothing written)."""
    opts = FileOptions(fmt="json", quiet=True, render=False, **options)  # type: ignore[arg-type]
    run = interpret_file(path, opts, stdout=io.StringIO(), stderr=io.StringIO())
    assert run.report is not None
    return run.report
