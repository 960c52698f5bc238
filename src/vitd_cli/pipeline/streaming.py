"""The streaming engine (`vitd interpret FILE --engine python`, and every input the others do not take): a lab export in, the same rows with interpretation out (or a report), every row accounted for.

    read (readers.source, readers.columns) -> outcomes (batch.Engine) -> panels (batch.Streamer / batch.Collector)
    -> render (table_out, ndjson_out, json_out, batch_rich, summary)

CSV, TSV and NDJSON stream: a row is written as soon as its subject's panel is complete, and memory stays flat. JSON
and Rich group the whole file by subject, so they hold its interpreted results (not the other rows) in memory.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import fields
from typing import TextIO

from ..batch.collector import input_info, series
from ..batch.rows import Engine
from ..cohort import cohort
from ..errors import ExitCode, VitdError
from ..interpret import Settings, report
from ..models import FileReport, Report
from ..readers.columns import ColumnRules, LongLayout, WideLayout, identifier_columns
from ..readers.dates import SAMPLE_BYTES, SAMPLE_ROWS, DateOrder, decide
from ..readers.own_columns import OwnColumns
from ..readers.table import Table
from ..row_counts import Counts, strict_error
from ..textsafe import write_notes
from .plan import FileOptions as FileOptions
from .plan import Plan
from .plan import file_columns as file_columns
from .row_loop import run_rows
from .runs import FileRun as FileRun
from .safe_io import open_text

FORMATS = ("rich", "json", "ndjson", "csv", "tsv", "html", "fhir")


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
            from ..render.progress import Progress

            progress = Progress(err, name)
        try:
            run = run_rows(table, engine, counts, fmt, opts, out, progress, notes)
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


def decide_file_dates(path: str, layout: LongLayout | WideLayout, rules: ColumnRules, opts: FileOptions,
                      sample: Callable[[int], Iterable[str]] | None = None, own: OwnColumns | None = None) -> DateOrder | None:
    """decide_dates for the engines that read the file themselves (DuckDB, Spark): from --dayfirst/--monthfirst, else
    from the first records of the CSV/TSV `path` as the streaming engine reads them (its columns `own` dropped), or,
    for a file the table reader does not open (Parquet), from `sample(n)`: the date column's first n cells."""
    index = layout.cols.get("date")
    if index is None:
        return None
    if opts.date_order or sample is not None:
        values = () if opts.date_order else sample(SAMPLE_ROWS)  # type: ignore[misc]
        return decide(values, layout.header[index], opts.date_order, rules.dayfirst_headers)
    from ..readers.delimiters import delimiter_from_option
    from ..readers.source import open_table

    table = open_table(path, encoding=opts.encoding, delimiter=delimiter_from_option(opts.delimiter))
    try:
        if own is not None:
            table.drop_own_columns(own)
        return decide_dates(table, layout, rules, None)
    finally:
        table.close()


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
        from ..render.html_out import render_html

        render_html(rep, out, all_bands=True, all_subjects=all_subjects)
    elif fmt == "fhir":
        from ..render.fhir_out import render_fhir

        render_fhir(rep, out)
    elif fmt == "json":
        from ..render.json_out import render_json

        render_json(rep, out)
    else:
        from ..render.batch_rich import render_file_report

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
