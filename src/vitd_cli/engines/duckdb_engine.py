"""`vitd interpret FILE --engine duckdb` (and auto, for big files): a long-layout CSV/TSV (or Parquet) file read by
DuckDB, its values classified by the SQL of sqlgen.py, and written as CSV, TSV or Parquet exactly as the streaming
engine writes it (the equivalence tests compare the bytes).

How a file goes through (three scans of the file by DuckDB; Python sees distinct keys and interpreted rows only):

1. Python opens the file as the streaming engine does (readers.source.open_table) for its header, delimiter, encoding,
   preamble, BOM and line ending, recognises the columns (readers.columns.detect_layout) and loads the --dictionary.
   A quick byte scan refuses what DuckDB would read differently (NUL bytes, blank lines, ...): EngineUnsupported, and
   the caller uses the streaming engine.
2. Scan 1 groups the rows by their role cells (test name, code, test id, specimen, value, numeric value, unit, the
   lab's range and flag). Python identifies the distinct tests with the streaming engine's own rules; SQL classifies
   every distinct key; batch.Engine reads each key once too (_Verdicts: notes, lab comparison, the Item of a panel),
   and must agree with the SQL.
3. Scan 2 fetches the interpreted rows (and those vitd writes more than other_test for) in input order; _panels forms
   their panels with the streaming engine's rules and writes a side file: what vitd appends to each row.
4. Scan 3 joins the input's lines (or cells) and the side file by position and writes them.

DuckDB is imported here only, and runs with memory_limit and threads set.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import re
import shutil
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any, TextIO

from ..batch import streamer as batch_streamer
from ..batch.counts import Counts, skipped_where, strict_error
from ..batch.outcomes import INTERPRETED, SKIPPED, VALUE_CACHE_LIMIT, Item, Outcome
from ..batch.rows import Engine
from ..batch.streamer import Streamer
from ..errors import ExitCode, VitdError
from ..files import FileOptions, FileRun, _dictionary, decide_dates, file_columns
from ..interop_files import sniff_path
from ..interpret import settings as make_settings
from ..readers.columns import LongLayout, detect_layout, load_columns, parse_map_option
from ..readers.dates import SAMPLE_ROWS, decide
from ..readers.own_columns import OwnColumns, find_own_columns
from ..readers.source import delimiter_from_option, open_file, open_table
from ..readers.values import parse_window
from ..render.table_out import _si, cell, neutralise, note
from ..safe_io import scratch_dir
from ..textsafe import write_notes
from .sqlgen import (
    KIND_COLUMN,
    OUTPUT_COLUMNS,
    ROLES,
    TESTS_COLUMNS,
    Columns,
    QueryBuilder,
    Rules,
    dedupe_names,
    identify_tests,
    neutralised,
    test_keys,
)

MEMORY_LIMIT = "64MB"  # DuckDB's own limit (it spills beyond): with its planning and threads, the process stays near 140 MB
SCAN_CHUNK = 1 << 22
MAX_KEYS = 30_000  # --engine auto hands a file of more distinct (test, value, unit, ...) keys to the streaming engine:
# DuckDB's ENUM and Python's verdicts cost some 0.3 KB a key, and 30,000 keep a run under 150 MB (docs/safety.md)
FLUSH_AT = "16MB"  # DuckDB hands freed memory back to the system after a task that used more (its default: 128 MB)
CSV_BUFFER = 1 << 22  # bytes DuckDB reads a CSV by (its default, 32 MiB a thread, would take most of memory_limit)
FORMATS = ("csv", "tsv", "parquet")
TIMINGS: dict[str, float] = {}  # seconds per step of the last run (diagnostics; docs/engines.md)


def _step(name: str, since: list[float]) -> None:
    import time

    now = time.perf_counter()
    TIMINGS[name] = round(now - since[0], 3)
    since[0] = now


class EngineUnsupported(Exception):
    """This input or these options need the streaming Python engine (the message says why)."""


@dataclass
class DuckDBSettings:
    memory_limit: str = MEMORY_LIMIT
    threads: int | None = 1  # one thread: two cost some 10 MB more for a few per cent of speed (None: the number of cores)
    temp_directory: str | None = None  # where DuckDB spills beyond memory_limit (None: the run's private scratch folder)


# ---------------------------------------------------------------- what DuckDB reads differently: a quick byte scan


@dataclass
class Scan:
    """What a byte scan of the file found."""

    refuse: str | None  # why DuckDB would read this file differently from the streaming engine (None: it would not)
    lines: int  # physical lines (a last line without its line break counted)
    free_byte: str | None  # a control character absent from the file (the raw-line reader's delimiter)
    present: frozenset[str] = frozenset()  # which of chr(1)..chr(4) the file holds
    delimiters: int = 0  # how many delimiter characters the file holds (quoted or not)


_FREE = [chr(c) for c in (1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20)]


def prescan(path: str, gzipped: bool, delimiter: str = ",") -> Scan:
    """NUL bytes (the streaming engine refuses them), the number of lines, and a control byte absent from the file.
    Blank lines and records spanning lines show later, as fewer records than lines (see blank_lines)."""
    lines, present, last, delimiters = 0, set(), b"", 0
    delim = delimiter.encode("utf-8")
    opener = gzip.open if gzipped else open
    with opener(path, "rb") as fh:  # type: ignore[operator]
        while True:
            chunk = fh.read(SCAN_CHUNK)
            if not chunk:
                break
            if b"\x00" in chunk:
                return Scan("the file holds NUL bytes", 0, None)
            seam = last + chunk  # a mark split across two chunks is seen too
            if seam.find(codecs.BOM_UTF8, 3 if not last and seam.startswith(codecs.BOM_UTF8) else 0) != -1:
                return Scan("a byte-order mark after the start of the file (concatenated exports), which the streaming engine drops", 0, None)
            lines += chunk.count(b"\n")
            delimiters += chunk.count(delim)
            for c in _FREE[:4]:
                if c not in present and c.encode() in chunk:
                    present.add(c)
            last = chunk[-2:]
    free = next((c for c in _FREE[:4] if c not in present), None)
    return Scan(None, lines + (bool(last) and not last.endswith(b"\n")), free, frozenset(present), delimiters)


def blank_lines(path: str, gzipped: bool) -> bool:
    """Does the file have a blank line (which DuckDB drops and the streaming engine counts as a skipped row)?"""
    import re

    pattern = re.compile(rb"\n\r?\n|\r\r")
    tail = b""
    opener = gzip.open if gzipped else open
    with opener(path, "rb") as fh:  # type: ignore[operator]
        while True:
            chunk = fh.read(SCAN_CHUNK)
            if not chunk:
                return False
            if pattern.search(tail + chunk):
                return True
            tail = chunk[-2:]


# ---------------------------------------------------------------- output plumbing


class _Sink:
    """Where the bytes go: a binary stream (stdout's buffer, a file, a gzip file), or a text stream (tests)."""

    def __init__(self, stream: IO[Any]) -> None:
        self.stream = stream
        self.binary = not isinstance(stream, io.TextIOBase) and "b" in getattr(stream, "mode", "b")
        self.decoder = None if self.binary else codecs.getincrementaldecoder("utf-8")()

    def write(self, data: bytes) -> None:
        if self.binary:
            self.stream.write(data)
        else:
            assert self.decoder is not None
            self.stream.write(self.decoder.decode(data))

    def flush(self) -> None:
        self.stream.flush()


def _pump(run: Callable[[str], None], sink: _Sink) -> None:
    """Run `run(path)` (a DuckDB COPY ... TO path) in a thread writing into a pipe, and copy the pipe into sink."""
    r, w = os.pipe()
    error: list[BaseException] = []

    def target() -> None:
        try:
            run(f"/dev/fd/{w}")
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            error.append(exc)
        finally:
            os.close(w)

    t = threading.Thread(target=target, daemon=True)
    t.start()
    try:
        while True:
            data = os.read(r, 1 << 20)
            if not data:
                break
            sink.write(data)
    finally:
        os.close(r)
        t.join()
    if error:
        raise error[0]


# ---------------------------------------------------------------- the engine


def _sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _key_expression(cols: list[str], escape: bool = True) -> str:
    """One string per distinct combination of key cells, joined by chr(1): escaped so that no two combinations meet,
    unless the file has neither chr(1) nor chr(2) (escape=False)."""
    if len(cols) == 1:
        return cols[0]
    parts = [f"replace(replace({c}, chr(2), chr(2) || chr(3)), chr(1), chr(2) || chr(4))" for c in cols] if escape else cols
    return f"concat_ws(chr(1), {', '.join(parts)})"


@dataclass
class _Input:
    name: str
    header: list[str]
    delimiter: str
    encoding: str
    bom: bool
    newline: str
    header_raw: str
    preamble: list[str]
    gzipped: bool
    parquet: bool
    full_header: list[str] | None = None  # the header as read, when vitd's own columns were left out of `header`
    own: OwnColumns | None = None  # vitd's own output columns in the input (its output read again)

    def drop_own_columns(self, own: OwnColumns) -> None:
        self.full_header, self.header, self.own = self.header, own.strip(list(self.header)), own


def _open_input(path: str, opts: FileOptions) -> _Input:
    if path == "-":
        raise EngineUnsupported("standard input is streamed: the DuckDB engine reads files")
    if sniff_path(path) is not None:
        raise EngineUnsupported("FHIR and HL7 v2 input is read by the streaming engine")
    with open_file(path) as fh:
        magic = fh.read(4)
    if magic == b"PAR1":
        import duckdb

        con = duckdb.connect()
        try:
            header = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet({_sql_str(path)})").fetchall()]
        finally:
            con.close()
        return _Input(os.path.basename(path), header, ",", "utf-8", False, "\n", "", [], False, True)
    table = open_table(path, encoding=opts.encoding, delimiter=delimiter_from_option(opts.delimiter))
    try:
        return _Input(table.name, table.header, table.delimiter, table.encoding, table.bom, table.newline, table.header_raw,
                      list(table.preamble), table.gzipped, False)
    finally:
        table.close()


def interpret_file_duckdb(path: str, opts: FileOptions | None = None, stdout: IO[Any] | None = None, stderr: TextIO | None = None,
                          settings: DuckDBSettings | None = None, exact: bool = False) -> FileRun:
    """Interpret a long-layout lab export with DuckDB and write it in opts.fmt (csv, tsv, parquet) to stdout or
    opts.output, the row counts to stderr (unless opts.quiet). Raises EngineUnsupported when this input or these
    options need the streaming engine (always before anything is written), VitdError for an input error."""

    opts = opts or FileOptions()
    cfg = settings or DuckDBSettings()
    err = stderr or sys.stderr
    fmt = opts.fmt
    if fmt is None:
        if not opts.output and (stdout or sys.stdout).isatty():
            raise EngineUnsupported("the Rich report on a terminal comes from the streaming engine")
        fmt = "parquet" if (opts.output or "").lower().endswith(".parquet") else None
    if fmt is not None and fmt not in FORMATS:
        raise EngineUnsupported(f"--format {fmt} comes from the streaming engine (DuckDB writes {', '.join(FORMATS)})")
    if opts.summary:
        raise EngineUnsupported("--summary comes from the streaming engine")
    if opts.redact:
        raise EngineUnsupported("--redact rewrites the subject cells: the streaming engine does it")
    if fmt == "parquet" and not opts.output:
        raise VitdError("output-missing", "--format parquet needs a file to write", "give it with -o FILE.parquet")
    s = make_settings(opts.guideline, opts.schemes, opts.ranges, opts.age, opts.tests_map)
    rules = load_columns()
    maps = parse_map_option(opts.maps, s.ref)
    columns = file_columns(opts)
    src = _open_input(path, opts)
    own = find_own_columns(src.header, s.ref.analytes)
    if own is not None:  # vitd's output read again: its vitd_* columns are replaced (where they were), not written twice
        src.drop_own_columns(own)
    if fmt is None:
        fmt = "tsv" if src.delimiter == "\t" else "csv"
    layout = detect_layout(src.header, rules, s.ref, columns, maps, name=src.name)
    if not isinstance(layout, LongLayout):
        raise EngineUnsupported("the wide layout (a column per analyte) is read by the streaming engine")
    scan = None
    if not src.parquet:
        if not src.encoding.startswith("utf-8"):
            raise EngineUnsupported(f"{src.name} is {src.encoding}, not UTF-8")
        if src.newline not in ("\n", "\r\n"):
            raise EngineUnsupported("lines that end in a lone carriage return are read by the streaming engine")
        scan = prescan(path, src.gzipped, src.delimiter)
        if scan.refuse:
            raise EngineUnsupported(scan.refuse)
    notes: list[str] = [own.note()] if own is not None else []
    dictionary = _dictionary(path, opts, layout, rules, notes)

    import duckdb

    # one private folder (0700, removed on every exit) for DuckDB's spill files, the side file and a gzip output's rows
    with scratch_dir() as scratch:
        con = duckdb.connect(config={"memory_limit": cfg.memory_limit, "preserve_insertion_order": True, "allocator_flush_threshold": FLUSH_AT,
                                     **({"threads": cfg.threads} if cfg.threads else {}),
                                     "temp_directory": cfg.temp_directory or os.path.join(scratch, "spill")})
        con.execute("SET enable_progress_bar = false")
        try:
            return _run(con, path, src, scan, layout, dictionary, s, rules, opts, fmt, stdout, err, notes, exact, scratch)
        except duckdb.InterruptException:
            raise KeyboardInterrupt from None  # Ctrl-C inside a query: an interruption, not an engine failure
        except duckdb.Error as exc:
            raise EngineUnsupported(f"DuckDB could not read {src.name} as the streaming engine does ({_duckdb_reason(exc)})") from None
        finally:
            con.close()


def _run(con, path: str, src: _Input, scan: Scan | None, layout, dictionary, s, rules, opts: FileOptions, fmt: str,  # type: ignore[no-untyped-def]
         stdout: IO[Any] | None, err: TextIO, notes: list[str], exact: bool, scratch: str) -> FileRun:
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
    shape = _scan_keys(con, path, src, scan, names, roles, lab, keys, {k: fexprs[k] for k in full}, exact)
    _step("scan 1 (distinct keys)", clock)
    if exact and int(con.execute("SELECT count(*) FROM vitd_full").fetchone()[0]) > MAX_KEYS:  # (--engine auto)
        raise EngineUnsupported(f"more than {MAX_KEYS:,} distinct results: the streaming engine reads them in bounded memory")
    # the tests, identified by the streaming engine's own rules (dictionary, LOINC, names, qualified names, specimens)
    engine = Engine(s, rules, layout, dictionary, parse_window(opts.panel_window))
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
    """The date column's order, decided as the streaming engine decides it: from the same first records of a CSV/TSV
    (read by the streaming engine's reader: files.decide_dates), or from the first SAMPLE_ROWS rows of a Parquet file."""
    index = layout.cols.get("date")
    if index is None:
        return None
    if src.parquet or opts.date_order:
        values = () if opts.date_order else (r[0] or "" for r in con.execute(f"SELECT {names[index]} FROM vitd_src LIMIT {SAMPLE_ROWS}").fetchall())
        return decide(values, layout.header[index], opts.date_order, rules.dayfirst_headers)
    table = open_table(path, encoding=opts.encoding, delimiter=delimiter_from_option(opts.delimiter))
    try:
        if src.own is not None:
            table.drop_own_columns(src.own)
        return decide_dates(table, layout, rules, None)
    finally:
        table.close()


def _source(path: str, src: _Input, names: list[str]) -> str:
    """SQL: the input's records, every cell as VARCHAR, the columns named c0, c1, ..."""
    if src.parquet:
        cols = ", ".join(f"CAST({_ident(h)} AS VARCHAR) AS {n}" for h, n in zip(src.full_header or src.header, names))
        return f"(SELECT {cols} FROM read_parquet({_sql_str(path)}))"
    columns = "{" + ", ".join(f"'{n}': 'VARCHAR'" for n in names) + "}"
    return (f"read_csv({_sql_str(path)}, header = true, auto_detect = false, columns = {columns}, delim = {_sql_str(src.delimiter)}, "
            f"quote = '\"', escape = '\"', skip = {len(src.preamble)}, compression = '{'gzip' if src.gzipped else 'none'}', "
            f"strict_mode = true, null_padding = false, buffer_size = {CSV_BUFFER})")


@dataclass
class _Shape:
    """What scan 1 found about the input's records."""

    records: int
    one_line_each: bool  # every record is one line (none spans lines)
    exact_fields: bool  # ... and holds exactly the header's fields: each line can be copied as read


def _scan_keys(con, path: str, src: _Input, scan: Scan | None, names: list[str], roles: dict[str, str],  # type: ignore[no-untyped-def]
               lab: dict[str, str], keys: list[str], exprs: dict[str, str], exact: bool) -> _Shape:
    """Scan 1: vitd_full, the distinct role cells (with the lab's range and flag) with their row counts and first rows;
    vitd_keys, the same without the lab's cells. Every other column is read too (DuckDB checks UTF-8 only in the columns
    it reads, and the last scan must not fail half-way through the output)."""
    others = [n for n in names if n not in roles.values() and n not in lab.values()]
    check = "".join(f", count({n}) AS check_{n}" for n in others)
    d = _sql_str(src.delimiter)
    inside = " + ".join(f"CASE WHEN contains({n}, {d}) THEN length({n}) - length(replace({n}, {d}, '')) ELSE 0 END" for n in names)
    empty = " AND ".join(f"trim(COALESCE({n}, '')) = ''" for n in names)
    con.execute(f"CREATE TEMP TABLE vitd_full AS SELECT {', '.join(f'{e} AS {k}' for k, e in exprs.items())}, count(*) AS n, "
                f"min(vitd_rn) AS first, sum({inside}) AS inside, count(*) FILTER ({empty}) AS empty{check} "
                f"FROM (SELECT row_number() OVER () AS vitd_rn, * FROM vitd_src) AS vitd_src GROUP BY ALL")
    if con.execute("SELECT COALESCE(sum(empty), 0) FROM vitd_full").fetchone()[0]:
        raise EngineUnsupported("the file has rows of empty cells, which the streaming engine skips as empty rows")
    con.execute(f"CREATE TEMP TABLE vitd_keys AS SELECT {', '.join(keys)}, sum(n) AS n FROM vitd_full GROUP BY ALL")
    records = int(con.execute("SELECT COALESCE(sum(n), 0) FROM vitd_keys").fetchone()[0])
    if scan is None:
        return _Shape(records, False, False)
    one_line_each = records == scan.lines - 1 - sum(p.count("\n") for p in src.preamble)
    if not one_line_each and blank_lines(path, src.gzipped):
        raise EngineUnsupported("the file has blank lines, which DuckDB drops (the streaming engine counts them)")
    if not one_line_each and exact:
        raise EngineUnsupported("a record spans several lines (the streaming engine copies it as read)")
    # Every line holds exactly the header's fields when the file holds exactly the delimiters of `records` such lines
    # and those inside quoted cells (extra empty fields add more): then each line is copied as read
    head = "".join(src.preamble).count(src.delimiter) + src.header_raw.count(src.delimiter)
    quoted = int(con.execute("SELECT COALESCE(sum(inside), 0) FROM vitd_full").fetchone()[0])
    return _Shape(records, one_line_each, one_line_each and scan.delimiters == head + records * (len(names) - 1) + quoted)


def _lines_select(path: str, src: _Input, names: list[str], side: str, other: str, free: str, exact_fields: bool) -> tuple[str, str]:
    """The last scan, when the output keeps the input's delimiter and each record is a line: each line as read (or
    written anew when it has extra empty fields) followed by its side-file text. Returns the query and COPY options."""
    side_src = (f"read_csv({_sql_str(side)}, header = false, auto_detect = false, columns = {{'m': 'VARCHAR', 's': 'VARCHAR'}}, "
                f"delim = chr(1), quote = '', escape = '', null_padding = true, strict_mode = true, buffer_size = {CSV_BUFFER})")
    lines = (f"read_csv({_sql_str(path)}, header = false, auto_detect = false, columns = {{'line': 'VARCHAR'}}, "
             f"delim = {_sql_str(free)}, quote = '', escape = '', skip = {len(src.preamble) + 1}, "
             f"compression = '{'gzip' if src.gzipped else 'none'}', strict_mode = true, buffer_size = {CSV_BUFFER})")
    line = "r.line" if exact_fields else _line_as_read(len(names), src.delimiter, names)
    select = (f"SELECT {line} || CASE WHEN t.m = '1' THEN t.s ELSE {_sql_str(other)} END FROM {lines} AS r "
              + ("" if exact_fields else "POSITIONAL JOIN vitd_src ") + f"POSITIONAL JOIN {side_src} AS t")
    return select, f"HEADER false, QUOTE '', ESCAPE '', DELIMITER {_sql_str(free)}"


def _cells_select(src: _Input, names: list[str], side: str, fmt: str, delim: str, sanitize: bool) -> tuple[str, str]:
    """The last scan otherwise (Parquet, another delimiter, --sanitize, records spanning lines): the input's cells and
    the eleven vitd cells of the side file. Returns the query and COPY options."""
    types = ", ".join(f"'{c}': 'VARCHAR'" for c in ("m", *OUTPUT_COLUMNS))
    side_src = (f"read_csv({_sql_str(side)}, header = false, auto_detect = false, columns = {{{types}}}, "
                f"delim = chr(1), quote = '', escape = '', null_padding = true, strict_mode = true, buffer_size = {CSV_BUFFER})")
    out_names = dedupe_names(src.header) if fmt == "parquet" else names
    originals = [(neutralised(n) if sanitize else n) + f" AS {_ident(o)}" for n, o in zip(names, out_names)]
    vitd = [f"CASE WHEN t.m = '1' THEN t.{c} ELSE {_sql_str('other_test') if c == 'vitd_status' else 'NULL'} END AS {c}"
            for c in OUTPUT_COLUMNS]
    at = _insert_at(src)
    select = f"SELECT {', '.join([*originals[:at], *vitd, *originals[at:]])} FROM vitd_src POSITIONAL JOIN {side_src} AS t"
    return select, f"HEADER false, DELIMITER {_sql_str(delim)}, QUOTE '\"', ESCAPE '\"'"


def _insert_at(src: _Input) -> int:
    """Where vitd's columns go among the input's: after them all, or where vitd's own columns were (a file read again)."""
    return min(src.own.at, len(src.header)) if src.own is not None else len(src.header)


def _write(con, select: str, copy_options: str, src: _Input, fmt: str, delim: str, opts: FileOptions,  # type: ignore[no-untyped-def]
           stdout: IO[Any] | None, scratch: str) -> None:
    """The last scan: the output written as Parquet, or as CSV/TSV after the streaming engine's preamble and header."""
    import duckdb

    try:
        if fmt == "parquet":
            assert opts.output
            con.execute(f"COPY ({select}) TO {_sql_str(opts.output)} (FORMAT parquet)")
        else:
            _write_csv(con, select, copy_options, src, delim, opts, stdout, scratch)
    except duckdb.Error as exc:  # output has begun: no handing over to the streaming engine now (it would write twice)
        raise VitdError("engine-failed", f"DuckDB stopped while writing the output ({_duckdb_reason(exc)})",
                        "run it again with --engine python") from None


def _duckdb_reason(exc: Exception) -> str:
    """The first line of a DuckDB error, without what it quotes (a conversion error quotes the cell): it goes to stderr."""
    return _QUOTED.sub("'…'", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


# ---------------------------------------------------------------- verdicts per key, panels per row (Python)

_POSITION = {"k_n": "analyte", "k_c": "code", "k_i": "item", "k_s": "specimen", "k_v": "value", "k_vn": "value_numeric", "k_u": "unit",
             "k_r": "reference_range", "k_f": "flag"}


PANEL_BATCH = 2_000  # rows fetched from DuckDB at a time (20,000 cost some 20 MB more at the peak)
_SPECIAL = "(c.vitd_status <> 'other_test' OR c.vitd_note0 <> '')"  # a key vitd writes more than other_test for


class _Verdicts:
    """Every distinct key (the role cells, with the lab's own range and flag) and its verdict: the columns the SQL gave
    it, and what the streaming engine (batch.Engine, on one row of those cells) says of it: a skipped row's reason, the
    lab's flag and range compared, and for an interpreted value the Item its panels start from. The two must give the
    same status, analyte, flag, category and value (EngineUnsupported otherwise, before anything is written)."""

    def __init__(self, con, engine, layout, keys: list[str], full: list[str], escape: bool, width: int) -> None:  # type: ignore[no-untyped-def]
        on = " AND ".join(f"f.{k} = c.{k}" for k in keys) or "1 = 1"
        fkeys = [f"f.{k}" for k in full]
        key = _key_expression(fkeys, escape)
        self.counts = Counts()
        self.abnormal = False
        self.lab_disagreements = 0
        self.first_skipped = ""
        # the plain rows of other tests, counted in SQL by reason
        for status, kind, n in con.execute(f"SELECT c.vitd_status, c.{KIND_COLUMN}, sum(f.n) FROM vitd_full AS f JOIN vitd_cls AS c "
                                           f"ON {on} WHERE NOT ({_SPECIAL}) GROUP BY ALL ORDER BY ALL").fetchall():
            self.counts.add_group(status, kind or None, int(n))
        special = int(con.execute("SELECT count(*) FROM vitd_order WHERE rank < 2").fetchone()[0])
        self.values: list[list[str]] = [[] for _ in range(special)]
        self.items: dict[int, tuple] = {}
        positions = [layout.cols[_POSITION[k]] for k in full]
        nk = len(full)
        cur = con.execute(f"SELECT enum_code(CAST({key} AS vitd_key)), f.n, c.{KIND_COLUMN}, f.first, "
                          f"{', '.join(fkeys)}, {', '.join(f'c.{c}' for c in OUTPUT_COLUMNS[:-1])}, c.vitd_note0 "
                          f"FROM vitd_full AS f JOIN vitd_cls AS c ON {on} WHERE {_SPECIAL} ORDER BY f.first")
        while rows := cur.fetchmany(PANEL_BATCH):
            for row in rows:  # in the order of their first rows, as the streaming engine meets them
                self._read(engine, row, positions, nk, width)
        # the vitd_key ENUM numbers the interpreted keys first, then the others vitd writes more than other_test for
        self.special = special
        if any(code >= len(self.items) for code in self.items) or any(not v for v in self.values):
            raise EngineUnsupported("DuckDB did not number the keys in the order asked")

    def _read(self, engine, row: tuple, positions: list[int], nk: int, width: int) -> None:  # type: ignore[no-untyped-def]
        """One key vitd writes more than other_test for: counted, and checked against the streaming engine."""
        code, n, kind, first = row[:4]
        cells_of_key = row[4:4 + nk]
        values = [v or "" for v in row[4 + nk:]]
        status = values[0]
        self.counts.add_group(status, kind or None, int(n))
        if status == INTERPRETED and values[4] != "normal":
            self.abnormal = True
        if status in (INTERPRETED, SKIPPED):
            cells = [""] * width
            for pos, v in zip(positions, cells_of_key):
                cells[pos] = v
            before = engine.lab_disagreements
            o = engine._long(cells, "", 0)
            if o.status != status:
                raise EngineUnsupported(f"the SQL and the streaming engine read the test of row {first:,} differently ({status}, {o.status})")
            if status == SKIPPED:
                values[-1] = o.reason or ""
                self.first_skipped = self.first_skipped or skipped_where(first, o)
            else:
                it = o.items[0]
                ours = (it.analyte, it.band.flag, it.band.category, _si(it))
                if ours != (values[1], values[4], values[5], values[2]):
                    raise EngineUnsupported(f"the SQL and the streaming engine read the test of row {first:,} differently ({values[1:6]}, {ours})")
                self.lab_disagreements += (engine.lab_disagreements - before) * int(n)
                self.items[code] = (it.analyte, it.m, it.band, it.compared_in, it.si, it.key, it.lab_flag, it.lab_range,
                                     tuple(it.notes) if it.notes else None)
                values[8:] = ["", "", ""]
        self.values[code] = values


class _Side:
    """A line of the side file: for the raw-line path (delim given), '1' and chr(1) then the text appended to the
    input line; for the cell path (delim None), '1' then the eleven vitd cells, separated by chr(1). '0' stands for the
    cells of a plain row of another test (`other`)."""

    def __init__(self, verdicts: _Verdicts, delim: str | None) -> None:
        self.delim = delim
        values = verdicts.values
        sep = delim if delim is not None else "\x01"
        self.other = sep + sep.join(["other_test"] + [""] * (len(OUTPUT_COLUMNS) - 1))
        self.prefix = {code: sep.join(self._cell(x) for x in values[code][:8]) for code in verdicts.items}
        lead = delim or ""
        self.special = {code: "1\x01" + lead + sep.join(self._cell(x) for x in values[code]) + "\n"
                        for code in range(len(verdicts.items), verdicts.special)}

    def _cell(self, text: str) -> str:
        return _check(cell(self.delim, text) if self.delim is not None else neutralise(text))

    def around(self, code: int, findings: str, text: str) -> tuple[str, str]:
        """An interpreted row's line, before and after its panel number."""
        sep = self.delim if self.delim is not None else "\x01"
        lead = sep if self.delim is not None else ""
        return f"1\x01{lead}{self.prefix[code]}{sep}{findings}{sep}", f"{sep}{self._cell(text)}\n"


def _check(text: str) -> str:
    if "\x01" in text or "\n" in text or "\r" in text:
        raise EngineUnsupported("a note or cell vitd writes holds a line break (the streaming engine writes it quoted)")
    return text


def _panels(cur, engine, verdicts: _Verdicts, fmt: _Side, side: str, records: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The panels of the interpreted rows, as the streaming engine forms them, from the rows (row number, key, subject,
    date) that are not plain rows of other tests, fetched in input order. Writes `side`, a line per input row (_Side).
    Returns the Streamer's notes.

    A run of one subject's interpreted rows (consecutive, the rows of other tests aside) whose results are all dated
    and in time order, with no panel reaching BUFFER_LIMIT rows, is grouped here the way batch.Streamer groups such a
    run (a new panel when a result falls outside the window of the panel's first or repeats its analyte), with the
    panel's findings from batch.Engine (_cross, _light_panel); any other run is replayed through batch.Streamer itself.
    The equivalence tests hold both to the streaming engine's output."""

    templates = verdicts.items
    interpreted = len(templates)
    special = fmt.special

    def item(code: int) -> Item:
        analyte, m, band, compared_in, si, vkey, lab_flag, lab_range, notes = templates[code]
        return Item(analyte, m, band, compared_in, si, None, lab_flag, lab_range, list(notes) if notes else None,
                    None, None, None, None, None, vkey)

    alone = Outcome(0, INTERPRETED, "", None)
    analyte_of = {code: t[0] for code, t in templates.items()}
    shared = {code: item(code) for code in templates}  # read only (_cross reads their bands)
    own = {code: fmt.around(code, it.band.finding or "", note(it, alone)) for code, it in shared.items()}
    parts: list[str] = []
    written = 0
    done: list[tuple[int, str]] = []  # the lines of the run being finished

    def emit(o: Outcome) -> None:  # a row the Streamer hands on
        it = o.items[0]  # type: ignore[index]
        before, after = fmt.around(it_code[o.row], " ".join(it.findings) if it.findings else "", note(it, o))
        done.append((o.row, before + str(it.panel or "") + after))

    it_code: dict[int, int] = {}
    around: dict[tuple[int, str, str], tuple[str, str]] = {}  # the lines of results in panels that add to them
    streamer = Streamer(engine, emit)
    window, limit = engine.window, batch_streamer.BUFFER_LIMIT

    def close(panel: list[tuple[int, int]]) -> None:
        engine.panel_count += 1
        pid = str(engine.panel_count)
        if len(panel) > 1 and engine._cross({analyte_of[k]: shared[k] for _, k in panel}):
            items = [(rn, k, item(k)) for rn, k in panel]
            engine._light_panel({it.analyte: it for _, _, it in items})
            for rn, k, it in items:
                key = (k, " ".join(it.findings or ()), note(it, alone))
                hit = around.get(key)
                if hit is None:
                    if len(around) >= VALUE_CACHE_LIMIT:
                        around.clear()
                    hit = around[key] = fmt.around(*key)
                done.append((rn, hit[0] + pid + hit[1]))
            return
        for rn, k in panel:
            before, after = own[k]
            done.append((rn, before + pid + after))

    def lean(run: list[tuple]) -> bool:
        """The run grouped here; False (nothing done) when it needs the Streamer."""
        panels: list[list[tuple[int, int]]] = []
        panel: list[tuple[int, int]] = []
        start = last = None
        first = 0
        opened: set[str] = set()
        for rn, k, _date, w, _gap in run:
            if w is None or (last is not None and w < last):
                return False
            a = analyte_of[k]
            if start is None or (w != start and w - start >= window) or a in opened:
                if panel:
                    panels.append(panel)
                panel, start, first = [], w, rn
                opened = set()
            if rn - first + 1 >= limit:
                return False
            panel.append((rn, k))
            opened.add(a)
            last = w
        panels.append(panel)
        for p in panels:
            close(p)
        return True

    def finish(subject: str, run: list[tuple], specials: list[tuple[int, str]]) -> None:
        nonlocal written
        if lean(run):
            if not streamer.seen.add(subject):  # as Streamer.push notes a subject seen before
                streamer.regrouped += 1
        else:
            streamer.subject = None  # the run starts afresh, as after a change of subject
            for rn, k, date, w, gap in run:
                if gap:
                    streamer.push_gap(gap)
                it_code[rn] = k
                streamer.push(Outcome(rn, INTERPRETED, "", None, None, None, [item(k)], subject, date or None, w))
            streamer.flush()
            it_code.clear()
        if specials:
            done.extend(specials)
            done.sort()
        for rn, line in done:
            if rn - written > 1:
                parts.append("0\n" * (rn - written - 1))
            parts.append(line)
            written = rn
        done.clear()

    out = open(side, "w", encoding="utf-8", newline="")  # noqa: SIM115
    try:
        when = engine.when
        run: list[tuple] = []
        specials: list[tuple[int, str]] = []
        subject: str | None = None
        last = seen = 0
        while True:
            rows = cur.fetchmany(PANEL_BATCH)
            if not rows:
                break
            for rn, k, subj, date in rows:
                if rn <= seen:
                    raise EngineUnsupported("DuckDB returned the rows out of order")  # (never seen; nothing is written yet)
                seen = rn
                if k >= interpreted:  # a skipped row, or another test with a reason: its cells are its key's
                    if run:
                        specials.append((rn, special[k]))
                    else:
                        if rn - written > 1:
                            parts.append("0\n" * (rn - written - 1))
                        parts.append(special[k])
                        written = rn
                    continue
                subj = subj.strip() if subj else ""
                if subj != subject:
                    if run:
                        finish(subject, run, specials)  # type: ignore[arg-type]
                        run, specials = [], []
                    subject = subj
                date = date.strip() if date else ""
                run.append((rn, k, date, when(date) if date else None, rn - last - 1))
                last = rn
            if len(parts) > 4096:
                out.write("".join(parts))
                parts.clear()
        if run:
            finish(subject, run, specials)  # type: ignore[arg-type]
        if records > written:
            parts.append("0\n" * (records - written))
        out.write("".join(parts))
    finally:
        out.close()
    return streamer.notes()


def _line_as_read(width: int, delimiter: str, names: list[str]) -> str:
    """SQL: the record's line as read (r.line) when it holds exactly the header's fields; else (extra empty fields, which
    both engines drop) its cells written anew, as the streaming engine's csv.writer writes them."""
    d = _sql_str(delimiter)

    def fields(x: str) -> str:
        return f"(length({x}) - length(replace({x}, {d}, '')))"

    anew = f" || {d} || ".join(_csv_cell(f"COALESCE({n}, '')", delimiter) for n in names)
    unquoted = "regexp_replace(r.line, '\"[^\"]*\"', '', 'g')"
    # extra fields are empty (DuckDB refuses others), so only a line ending in the delimiter (or "") can have any
    return (f"(CASE WHEN NOT ends_with(r.line, {d}) AND NOT ends_with(r.line, '\"\"') THEN r.line "
            f"WHEN {fields('r.line')} = {width - 1} THEN r.line "
            f"WHEN strpos(r.line, '\"') > 0 AND {fields(unquoted)} = {width - 1} THEN r.line ELSE {anew} END)")


def _register_relations(con, qb: QueryBuilder) -> None:  # type: ignore[no-untyped-def]
    """The reference relations as small temp tables: a query of CTEs of hundreds of UNION ALL branches costs DuckDB
    some 20 MB to plan, which is most of what the engine may use on top of its memory_limit."""
    for name, cols, sql_types, rows in qb.relation_tables():
        con.execute(f"CREATE TEMP TABLE {name} ({', '.join(f'{c} {t}' for c, t in zip(cols, sql_types))})")
        if rows:
            con.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(cols))})", [tuple(r) for r in rows])


def _identify_tests(con, keys: list[str], engine) -> None:  # type: ignore[no-untyped-def]
    """vitd_tests: each distinct test of the file identified by the streaming engine's rules (sqlgen.identify_tests)."""
    named = test_keys(keys)
    con.execute(f"CREATE TEMP TABLE vitd_tests ({', '.join(f'{c} VARCHAR' for c in (*named, *TESTS_COLUMNS))})")
    if not named:
        return
    # the distinct tests a batch at a time: a table of many test names is never held whole in Python
    con.execute(f"CREATE TEMP TABLE vitd_distinct AS SELECT row_number() OVER () AS i, * FROM (SELECT DISTINCT {', '.join(named)} FROM vitd_keys)")
    total = int(con.execute("SELECT count(*) FROM vitd_distinct").fetchone()[0])
    for start in range(0, total, PANEL_BATCH):
        distinct = con.execute(f"SELECT {', '.join(named)} FROM vitd_distinct WHERE i > {start} AND i <= {start + PANEL_BATCH}").fetchall()
        rows = identify_tests(engine, named, distinct)
        con.executemany(f"INSERT INTO vitd_tests VALUES ({', '.join('?' * len(rows[0]))})", rows)


def _csv_cell(col: str, delim: str) -> str:
    """render/table_out.TableWriter._cell in SQL: quoted when it holds the delimiter, a quote or a line break."""
    return (f"CASE WHEN contains({col}, {_sql_str(delim)}) OR contains({col}, '\"') OR contains({col}, chr(10)) "
            f"OR contains({col}, chr(13)) THEN '\"' || replace({col}, '\"', '\"\"') || '\"' ELSE {col} END")


def _write_csv(con, select: str, copy_options: str, src: _Input, delim: str, opts: FileOptions,  # type: ignore[no-untyped-def]
               stdout: IO[Any] | None, scratch: str) -> None:
    """The preamble, BOM and header as the streaming engine writes them, then DuckDB's rows, into the output."""
    import csv

    extra = list(OUTPUT_COLUMNS)
    if src.header_raw and delim == src.delimiter and not opts.sanitize and src.own is None:
        body = src.header_raw.rstrip("\r\n")
        header = body + delim + delim.join(extra) + (src.header_raw[len(body):] or src.newline)
    else:
        buf = io.StringIO()
        at = _insert_at(src)
        csv.writer(buf, delimiter=delim, lineterminator=src.newline).writerow([*src.header[:at], *extra, *src.header[at:]])
        header = buf.getvalue()
    prefix = ("\ufeff" if src.bom else "") + "".join(src.preamble) + header
    newline = "\\r\\n" if src.newline == "\r\n" else "\\n"
    gz = bool(opts.output and opts.output.endswith(".gz"))

    def copy(path: str) -> None:
        con.execute(f"COPY ({select}) TO {_sql_str(path)} (FORMAT csv, {copy_options}, NEW_LINE E'{newline}'{', COMPRESSION gzip' if gz else ''})")

    if opts.output:
        try:
            fh: IO[bytes] = open(opts.output, "wb")  # noqa: SIM115
        except OSError as exc:
            raise VitdError("output-unwritable", f"cannot write {opts.output!r}: {exc.strerror}", "check the path and its permissions") from None
        with fh:
            head = prefix.encode("utf-8")
            if not gz:
                fh.write(head)
                fh.flush()
                _pump(copy, _Sink(fh))
                return
            # DuckDB compresses only what it writes to a file: the rows go to a .gz in the run's scratch folder, and the
            # output is the header as a gzip member of its own followed by those rows (a gzip file may hold several)
            rows_gz = os.path.join(scratch, "rows.csv.gz")
            copy(rows_gz)
            fh.write(gzip.compress(head))
            with open(rows_gz, "rb") as rows:
                shutil.copyfileobj(rows, fh, 1 << 20)
        return
    out = stdout if stdout is not None else getattr(sys.stdout, "buffer", sys.stdout)
    sink = _Sink(out)
    sink.write(prefix.encode("utf-8"))
    sink.flush()
    try:
        _pump(copy, sink)
        sink.flush()
    except BrokenPipeError:
        pass


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
