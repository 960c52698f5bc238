"""`vitd interpret FILE --engine duckdb` (and auto, for big files): a long-layout CSV/TSV (or Parquet) file read by
DuckDB, its values classified by the SQL of sql_classify.py, and written as CSV, TSV or Parquet exactly as the streaming
engine writes it (the equivalence tests compare the bytes).

How a file goes through (three scans of the file by DuckDB; Python sees distinct keys and interpreted rows only):

1. The plan (plan.build_plan, shared by every engine) has opened the file as the streaming engine does for its header,
   delimiter, encoding, preamble, BOM and line ending, recognised the columns and loaded the --dictionary (a Parquet
   file's columns are read here: Plan.recognised).
   A quick byte scan refuses what DuckDB would read differently (NUL bytes, blank lines, ...): EngineUnsupported, and
   the caller uses the streaming engine.
2. Scan 1 groups the rows by their role cells (test name, code, test id, specimen, value, numeric value, unit, the
   lab's range and flag). Python identifies the distinct tests with the streaming engine's own rules; SQL classifies
   every distinct key; batch.Engine reads each key once too (_Verdicts: notes, lab comparison, the Item of a panel),
   and must agree with the SQL.
3. Scan 2 fetches the interpreted rows (and those vitd writes more than other_test for) in input order; _panels forms
   their panels with the streaming engine's rules and writes a side file: what vitd appends to each row.
4. Scan 3 joins the input's lines (or cells) and the side file by position and writes them.

Here: the plan checked (duckdb_refusal: the DuckDB engine's can_run), the connection (memory_limit, threads, spill folder) and the steps in order. The steps
live in duckdb_input.py (the file, the byte scan, the SQL that reads it), duckdb_keys.py (scan 1, the tests identified,
the verdicts per key), duckdb_panels.py (the panel pass and the side file) and duckdb_write.py (scan 3, the output).
DuckDB is imported in those modules only (inside functions), and runs with memory_limit and threads set.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import IO, Any, TextIO

from ..batch.rows import Engine
from ..errors import ExitCode, VitdError
from ..pipeline.plan import FileOptions, Plan, build_plan
from ..pipeline.runs import FileRun
from ..pipeline.safe_io import scratch_dir
from ..pipeline.streaming import decide_file_dates
from ..readers.columns import LongLayout, WideLayout
from ..row_counts import strict_error
from ..textsafe import write_notes
from .duckdb_input import EngineUnsupported, Scan, _duckdb_reason, _Input, _source, parquet_header, prescan
from .duckdb_keys import _SPECIAL, _identify_tests, _key_expression, _register_relations, _scan_keys, _Verdicts
from .duckdb_panels import _panels, _Side
from .duckdb_wide import run_wide, wide_refusal
from .duckdb_write import _cells_select, _lines_select, _write
from .sql_classify import QueryBuilder
from .sql_columns import ROLES, Columns, Rules

MEMORY_LIMIT = "64MB"  # DuckDB's own limit (it spills beyond): with its planning and threads, the process stays near 140 MB
MAX_KEYS = 30_000  # --engine auto hands a file of more distinct (test, value, unit, ...) keys to the streaming engine:
# DuckDB's ENUM and Python's verdicts cost some 0.3 KB a key, and 30,000 keep a run under 150 MB (docs/safety.md)
SCAN_LIMIT = "32MB"  # memory_limit of scan 1 under --engine auto (a key per row spills there, then goes to the streaming engine)
FLUSH_AT = "16MB"  # DuckDB hands freed memory back to the system after a task that used more (its default: 128 MB)
FORMATS = ("csv", "tsv", "parquet")
TIMINGS: dict[str, float] = {}  # seconds per step of the last run (diagnostics; docs/engines.md)


def _step(name: str, since: list[float]) -> None:
    import time

    now = time.perf_counter()
    TIMINGS[name] = round(now - since[0], 3)
    since[0] = now


@dataclass
class DuckDBSettings:
    memory_limit: str = MEMORY_LIMIT
    threads: int | None = 1  # one thread: two cost some 10 MB more for a few per cent of speed (None: the number of cores)
    temp_directory: str | None = None  # where DuckDB spills beyond memory_limit (None: the run's private scratch folder)


def interpret_file_duckdb(path: str, opts: FileOptions | None = None, stdout: IO[Any] | None = None, stderr: TextIO | None = None,
                          settings: DuckDBSettings | None = None, exact: bool = False) -> FileRun:
    """Interpret a long-layout lab export with DuckDB and write it in opts.fmt (csv, tsv, parquet) to stdout or
    opts.output, the row counts to stderr (unless opts.quiet). Raises EngineUnsupported when this input or these
    options need the streaming engine (always before anything is written), VitdError for an input error.
    (The DuckDB engine on the plan of this input: build_plan, then run_duckdb.)"""
    plan = build_plan(path, opts, "duckdb", stdout=stdout, stderr=stderr)
    try:
        return run_duckdb(plan, settings, exact)
    finally:
        plan.close()


def _format(plan: Plan) -> str | None:
    """The output format asked of DuckDB: --format, else parquet for an -o name ending in .parquet (None: the input's own
    csv or tsv)."""
    opts = plan.opts
    if opts.fmt is None:
        return "parquet" if (opts.output or "").lower().endswith(".parquet") else None
    return opts.fmt


def duckdb_refusal(plan: Plan) -> str | None:
    """Why the DuckDB engine cannot run this plan (None: it can, as far as the plan tells: the byte scan of the file
    may still hand it over, EngineUnsupported). Raises VitdError for what no engine can do (Parquet without -o)."""
    opts = plan.opts
    if opts.fmt is None and not opts.output and (plan.stdout or sys.stdout).isatty():
        return "the Rich report on a terminal comes from the streaming engine"
    fmt = _format(plan)
    if fmt is not None and fmt not in FORMATS:
        return f"--format {fmt} comes from the streaming engine (DuckDB writes {', '.join(FORMATS)})"
    if opts.summary:
        return "--summary comes from the streaming engine"
    if opts.redact:
        return "--redact rewrites the subject cells: the streaming engine does it"
    if fmt == "parquet" and not opts.output:
        raise VitdError("output-missing", "--format parquet needs a file to write", "give it with -o FILE.parquet")
    if plan.path == "-" or plan.stream is not None:
        return "standard input is streamed: the DuckDB engine reads files"
    if plan.interop:
        return "FHIR and HL7 v2 input is read by the streaming engine"
    if plan.kind == "table":
        return _table_refusal(plan)
    return None


def _table_refusal(plan: Plan) -> str | None:
    src = plan.source
    assert src is not None
    if not isinstance(plan.layout, LongLayout) and (wide := wide_refusal(plan, _format(plan))) is not None:
        return wide
    if not src.parquet:
        if not src.encoding.startswith("utf-8"):
            return f"{src.name} is {src.encoding}, not UTF-8"
        if src.newline not in ("\n", "\r\n"):
            return "lines that end in a lone carriage return are read by the streaming engine"
    return None


def run_duckdb(plan: Plan, settings: DuckDBSettings | None = None, exact: bool = False) -> FileRun:
    """The DuckDB engine on a plan (see interpret_file_duckdb); `exact` (--engine auto): a file of more distinct keys
    than MAX_KEYS is handed to the streaming engine (EngineUnsupported)."""
    reason = duckdb_refusal(plan)
    if reason is None and plan.kind == "parquet":
        plan = plan.recognised(parquet_header(plan.path))
        reason = _table_refusal(plan)
    if reason is not None:
        raise EngineUnsupported(reason)
    opts, path, src, layout, s = plan.opts, plan.path, plan.source, plan.layout, plan.settings
    assert src is not None and s is not None and plan.rules is not None
    cfg = settings or DuckDBSettings()
    err = plan.stderr or sys.stderr
    fmt = _format(plan) or ("tsv" if src.delimiter == "\t" else "csv")
    scan = None
    if not src.parquet:
        scan = prescan(path, src.gzipped, src.delimiter)
        if scan.refuse:
            raise EngineUnsupported(scan.refuse)
    notes: list[str] = [src.own.note()] if src.own is not None else []
    notes.extend(plan.notes)

    import duckdb

    # one private folder (0700, removed on every exit) for DuckDB's spill files, the side file and a gzip output's rows
    with scratch_dir() as scratch:
        con = duckdb.connect(config={"memory_limit": cfg.memory_limit, "preserve_insertion_order": True, "allocator_flush_threshold": FLUSH_AT,
                                     **({"threads": cfg.threads} if cfg.threads else {}),
                                     "temp_directory": cfg.temp_directory or os.path.join(scratch, "spill")})
        con.execute("SET enable_progress_bar = false")
        try:
            if isinstance(layout, WideLayout):  # the wide layout: duckdb_wide.py
                assert scan is not None
                return run_wide(con, plan, scan, fmt, notes, scratch)
            return _run(con, path, src, scan, layout, plan.dictionary, s, plan.rules, opts, fmt, plan.stdout, err, notes, exact, scratch,
                        plan.window)
        except duckdb.InterruptException:
            raise KeyboardInterrupt from None  # Ctrl-C inside a query: an interruption, not an engine failure
        except duckdb.Error as exc:
            raise EngineUnsupported(f"DuckDB could not read {src.name} as the streaming engine does ({_duckdb_reason(exc)})") from None
        finally:
            con.close()


def _run(con, path: str, src: _Input, scan: Scan | None, layout, dictionary, s, rules, opts: FileOptions, fmt: str,  # type: ignore[no-untyped-def]
         stdout: IO[Any] | None, err: TextIO, notes: list[str], exact: bool, scratch: str, window) -> FileRun:
    import time

    TIMINGS.clear()
    clock = [time.perf_counter()]
    all_names = [f"c{i}" for i in range(len(src.full_header or src.header))]
    names = [all_names[i] for i in src.own.keep(len(all_names))] if src.own is not None else all_names
    con.execute(f"CREATE TEMP VIEW vitd_src AS SELECT {', '.join(names)} FROM {_source(path, src, all_names)}")
    roles = {r: names[i] for r, i in layout.cols.items() if r in ROLES}
    qb = QueryBuilder(s.ref, s.schemes, Rules.shipped(), Columns(**roles), "vitd_src", tests_table="vitd_tests",  # type: ignore[arg-type]
                      quote_columns=False, keys_table="vitd_keys", inline_relations=False)
    _register_relations(con, qb)
    keys = qb.key_columns()
    # the lab's own range and flag join the key: the streaming engine compares them with vitd's verdict, row by row
    lab = {k: names[layout.cols[r]] for k, r in (("k_r", "reference_range"), ("k_f", "flag")) if r in layout.cols}
    full = keys + list(lab)
    fexprs = {**qb.key_expressions("vitd_src"), **{k: f"COALESCE(vitd_src.{c}, '')" for k, c in lab.items()}}
    limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    if exact:  # (--engine auto) a file of more distinct keys than MAX_KEYS goes to the streaming engine: its scan 1 spills
        con.execute(f"SET memory_limit = '{SCAN_LIMIT}'")  # sooner, so that the handover starts lower
    shape = _scan_keys(con, path, src, scan, names, roles, lab, keys, {k: fexprs[k] for k in full}, exact)
    _step("scan 1 (distinct keys)", clock)
    if exact and int(con.execute("SELECT count(*) FROM vitd_full").fetchone()[0]) > MAX_KEYS:
        raise EngineUnsupported(f"more than {MAX_KEYS:,} distinct results: the streaming engine reads them in bounded memory")
    if exact:
        con.execute(f"SET memory_limit = '{limit}'")
    # the tests, identified by the streaming engine's own rules (dictionary, LOINC, names, qualified names, specimens)
    engine = Engine(s, rules, layout, dictionary, window)
    engine.set_date_order(_date_order(con, path, src, layout, rules, opts, names))
    _identify_tests(con, keys, engine)
    _step("tests identified", clock)
    con.execute(f"CREATE TEMP TABLE vitd_cls AS {qb.classification()}")
    _step("keys classified", clock)
    escape = scan is None or bool(scan.present & {chr(1), chr(2)})
    # the ENUM of keys: the interpreted ones first (codes 0 .. interpreted - 1), then the others vitd writes more than
    # other_test for (codes < special): the panel pass takes those; Python never holds the plain rows of other tests
    on = " AND ".join(f"f.{k} = c.{k}" for k in keys) or "1 = 1"
    fkey = _key_expression([f"f.{k}" for k in full], escape)
    con.execute(f"CREATE TEMP TABLE vitd_order AS SELECT {fkey} AS key, CASE WHEN c.vitd_status = 'interpreted' THEN 0 "
                f"WHEN {_SPECIAL} THEN 1 ELSE 2 END AS rank, f.first FROM vitd_full AS f JOIN vitd_cls AS c ON {on}")
    con.execute("CREATE TYPE vitd_key AS ENUM (SELECT key FROM vitd_order ORDER BY rank, first)")
    verdicts = _Verdicts(con, engine, layout, keys, full, escape, len(names))
    _step("verdicts (explained in Python)", clock)
    delim = "\t" if fmt == "tsv" else (src.delimiter if src.delimiter != "\t" else ",")
    key_row = _key_expression([fexprs[k] for k in full], escape)
    free = scan.free_byte if scan is not None else None
    as_lines = (fmt != "parquet" and shape.one_line_each and delim == src.delimiter and not opts.sanitize and free is not None
                and src.own is None)
    side_format = _Side(verdicts, delim if as_lines else None)
    # The panels: the rows that are not plain rows of other tests (row number, key, subject, date), in input order, go
    # through the streaming engine's panel rules (_panels); the side file then holds, a line per input row, what vitd
    # appends to it (in the run's private scratch folder), so the last scan only joins it to the input by position
    side = os.path.join(scratch, "side.txt")
    cells = [names[layout.cols[r]] if r in layout.cols else "''" for r in ("subject", "date")]
    cur = con.execute(f"SELECT rn, k, {', '.join(cells)} FROM (SELECT row_number() OVER () AS rn, "
                      f"enum_code(CAST({key_row} AS vitd_key)) AS k, * FROM vitd_src) WHERE k < {verdicts.special}")
    streamer_notes = _panels(cur, engine, verdicts, side_format, side, shape.records)
    _step("panels (Python)", clock)
    if as_lines:
        assert free is not None
        select, copy_options = _lines_select(path, src, names, side, side_format.other, free, shape.exact_fields)
    else:
        select, copy_options = _cells_select(src, names, side, fmt, delim, opts.sanitize)
    _write(con, select, copy_options, src, fmt, delim, opts, stdout, scratch)
    _step("scan 3 (write)", clock)
    counts, abnormal = verdicts.counts, verdicts.abnormal
    counts.lab_disagreements = verdicts.lab_disagreements
    run = FileRun(counts, notes + engine.warnings + streamer_notes, abnormal=abnormal)
    if not opts.quiet:
        write_notes(err, run.warnings, counts.line('see vitd_note'), opts.verbose)
    if opts.strict and counts.skipped:
        raise strict_error(counts, verdicts.first_skipped)
    if opts.check and abnormal:
        run.exit_code = ExitCode.ABNORMAL
    return run


def _date_order(con, path: str, src: _Input, layout, rules, opts: FileOptions, names: list[str]):  # type: ignore[no-untyped-def]
    """The date column's order, decided as the streaming engine decides it (pipeline/streaming.decide_file_dates): a
    Parquet file's first rows read by DuckDB."""
    index = layout.cols.get("date")
    sample = None
    if src.parquet and index is not None:
        def sample(n: int) -> list[str]:
            return [r[0] or "" for r in con.execute(f"SELECT {names[index]} FROM vitd_src LIMIT {n}").fetchall()]
    return decide_file_dates(path, layout, rules, opts, sample, src.own)
