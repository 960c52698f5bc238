"""The DuckDB engine on the wide layout (one subject a row, a column per analyte: NHANES, spreadsheets): the same
bytes and the same row accounting as the streaming engine (row_loop._run_wide).

What a wide row gets appended (vitd_status, five cells per analyte, the corrected calcium, vitd_findings, vitd_note)
depends only on its analyte cells and their below-detection flag cells: the streaming engine works it out once per
distinct set of those cells (its signature) and copies it for every row that repeats it. This engine does the same
with DuckDB doing the reading, grouping and writing:

1. Scan 1 groups the rows by signature (count, first row, the first row's cells) and finds the rows of empty cells.
2. Python reads each signature's first row with the streaming engine's own batch.Engine (its panel is the row: the
   findings and the corrected calcium are formed by Engine.panels) and writes what is appended to it with the
   streaming engine's own TableWriter into a side file (signature's first row, appended text). So the vitd_* cells are
   the streaming engine's, worked out by its code, not written anew by SQL.
3. Scan 2 copies each line of the input as read and appends its signature's text (joined by signature, in input order).

Rows of empty cells: the streaming engine skips a row whose cells are all empty as "empty row", unless an earlier row
of the same (empty) signature was skipped as "no values" (then it repeats that). Scan 1 counts them; they are matched
in scan 2 by the same rule.

What this engine leaves to the streaming engine (EngineUnsupported, before anything is written): output that is not
the input's lines copied (Parquet, another delimiter, --sanitize, an input holding vitd's own columns), records that
span lines or hold more or fewer fields than the header, blank lines. Under --engine auto a wide file goes to the
streaming engine (it is faster on wide files: docs/engines.md)."""

from __future__ import annotations

import io
import os
import sys

from ..errors import ExitCode
from ..outcomes import INTERPRETED, SKIPPED, Outcome
from ..pipeline.plan import Plan
from ..pipeline.runs import FileRun
from ..readers.columns import WideLayout
from ..render.table_out import TableWriter, appended_columns
from ..row_counts import Counts, skipped_where, strict_error
from ..textsafe import write_notes
from .duckdb_input import CSV_BUFFER, EngineUnsupported, Scan, _Input, _sql_str, blank_lines
from .duckdb_keys import _key_expression
from .duckdb_write import _write

FETCH = 2_000  # signatures fetched from DuckDB at a time
LIST_KEYS = 100_000  # up to this many signatures, scan 2 looks each row's text up by position (a list of them all)
# str.strip()'s whitespace (what the streaming engine strips from a cell), for RE2
_SPACE = r"[\s\x0b\x1c-\x1f\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]*"


def wide_refusal(plan: Plan, fmt: str | None) -> str | None:
    """Why the DuckDB engine leaves this wide-layout plan to the streaming engine (None: it runs it); `fmt` is the
    output format asked for (None: the input's own csv or tsv)."""
    src, opts = plan.source, plan.opts
    assert src is not None
    if src.parquet or fmt == "parquet":
        return "a wide layout (a column per analyte) is written as CSV or TSV, by copying its lines"
    tsv = fmt == "tsv" or (fmt is None and src.delimiter == "\t")
    out_delim = "\t" if tsv else (src.delimiter if src.delimiter != "\t" else ",")
    if out_delim != src.delimiter:
        return "a wide layout written with another delimiter than its own is written by the streaming engine"
    if opts.sanitize:
        return "--sanitize on a wide layout is done by the streaming engine"
    if src.own is not None:
        return "a wide layout holding vitd's own columns (its output read again) is written by the streaming engine"
    return None


def run_wide(con, plan: Plan, scan: Scan, fmt: str, notes: list[str], scratch: str) -> FileRun:  # type: ignore[no-untyped-def]
    """The DuckDB engine on a wide-layout CSV/TSV plan (wide_refusal said yes, prescan found nothing to refuse), on an
    open connection; the output written to plan.stdout or opts.output. Raises EngineUnsupported before writing."""
    from ..batch.rows import Engine
    from ..pipeline.streaming import decide_dates

    opts, src, layout, table = plan.opts, plan.source, plan.layout, plan.table
    assert src is not None and isinstance(layout, WideLayout) and table is not None and plan.settings is not None
    assert plan.rules is not None
    if scan.free_byte is None:
        raise EngineUnsupported("the file holds every control byte the line copy could use (the streaming engine copies it)")
    names = [f"c{i}" for i in range(len(src.header))]
    columns = "{" + ", ".join(f"'{n}': 'VARCHAR'" for n in names) + "}"
    reader = (f"read_csv({_sql_str(plan.path)}, header = true, auto_detect = false, columns = {columns}, "
              f"delim = {_sql_str(src.delimiter)}, quote = '\"', escape = '\"', skip = {len(src.preamble)}, "
              f"compression = '{'gzip' if src.gzipped else 'none'}', strict_mode = true, null_padding = false, buffer_size = {CSV_BUFFER})")
    con.execute(f"CREATE TEMP VIEW vitd_src AS SELECT * FROM {reader}")
    sig = [c.index for c in layout.columns] + [c.lod_index for c in layout.columns if c.lod_index is not None]
    escape = bool(scan.present & {chr(1), chr(2)})
    key = _key_expression([f"COALESCE({names[i]}, '')" for i in sig], escape)
    # all cells empty (as str.strip() sees them); the regular expression only for rows whose analyte cells may be
    blank_maybe = " AND ".join(f"({names[i]} IS NULL OR ascii({names[i]}) <= 32 OR ascii({names[i]}) >= 127)" for i in sig)
    blank = f"CASE WHEN {blank_maybe} THEN regexp_full_match(concat({', '.join(names)}), '{_SPACE}') ELSE false END"
    rows = f"(SELECT row_number() OVER () AS rn, {key} AS key, {blank} AS blank, * FROM vitd_src)"
    # scan 1: the signatures, their rows and first rows (the first that is not all empty, with its cells)
    d = _sql_str(src.delimiter)
    inside = " + ".join(f"CASE WHEN contains({n}, {d}) THEN length({n}) - length(replace({n}, {d}, '')) ELSE 0 END" for n in names)
    con.execute(f"CREATE TEMP TABLE vitd_sigs AS SELECT key, count(*) AS n, min(rn) AS first, count(*) FILTER (blank) AS blanks, "
                f"min(rn) FILTER (NOT blank) AS first_full, arg_min([{', '.join(names)}], rn) FILTER (NOT blank) AS cells, "
                f"sum({inside}) AS inside FROM {rows} GROUP BY key")
    records, blanks, quoted = (int(x or 0) for x in con.execute("SELECT sum(n), sum(blanks), sum(inside) FROM vitd_sigs").fetchone())
    _check_shape(plan, src, scan, records, quoted, len(names))
    skip = 1 + sum(p.count("\n") for p in src.preamble)  # lines before the first record's
    engine = Engine(plan.settings, plan.rules, layout, plan.dictionary, plan.window)
    engine.set_date_order(decide_dates(table, layout, plan.rules, opts.date_order))
    at = [0]
    engine.line = lambda: at[0] + skip
    writer = TableWriter(io.StringIO(), table, engine, src.delimiter)  # (its header goes nowhere: scan 2 writes it)
    counts = Counts()
    first_skipped: tuple[int, Outcome] | None = None
    empty_text = ""
    if blanks:  # rows of empty cells before their signature's first other row: the streaming engine's "empty row"
        n_empty, first_empty = con.execute(f"SELECT count(*), min(r.rn) FROM {rows} AS r JOIN vitd_sigs AS s USING (key) "
                                           "WHERE r.blank AND (s.first_full IS NULL OR r.rn < s.first_full)").fetchone()
        con.execute(f"CREATE TEMP TABLE vitd_empty AS SELECT key, count(*) AS e FROM {rows} AS r JOIN vitd_sigs AS s USING (key) "
                    "WHERE r.blank AND (s.first_full IS NULL OR r.rn < s.first_full) GROUP BY key")
        if n_empty:
            at[0] = first_empty
            o = engine.outcome([""] * len(names), "", first_empty)
            _count(counts, o, n_empty)
            empty_text = writer.suffix(o)
            first_skipped = (first_empty, o)
    side = os.path.join(scratch, "wide_side.txt")
    free = scan.free_byte
    with open(side, "w", encoding="utf-8", newline="\n") as fh:
        order = ("SELECT s.first_full, s.n - " + ("COALESCE(e.e, 0)" if blanks else "0") + ", s.cells FROM vitd_sigs AS s "
                 + ("LEFT JOIN vitd_empty AS e USING (key) " if blanks else "") + "WHERE s.first_full IS NOT NULL ORDER BY s.first_full")
        cur = con.execute(order)
        while batch := cur.fetchmany(FETCH):
            for first, n, cells in batch:
                at[0] = first
                cells = ["" if c is None else c for c in cells]
                o = engine.outcome(cells, "", first)
                if o.items:
                    engine.panels([(o, it) for it in o.items], o.subject)
                text = writer.suffix(o)
                if "\n" in text or "\r" in text or free in text:
                    raise EngineUnsupported("a note quotes a cell with a line break in it (the streaming engine writes it)")
                fh.write(f"{first}{free}{text}\n")
                _count(counts, o, n)
                if o.status == SKIPPED and (first_skipped is None or first < first_skipped[0]):
                    first_skipped = (first, o)
    if first_skipped is not None:
        counts.first_skipped = skipped_where(*first_skipped)
    con.execute(f"CREATE TEMP TABLE vitd_side AS SELECT g.key, g.first_full, t.s FROM vitd_sigs AS g JOIN read_csv({_sql_str(side)}, "
                f"header = false, auto_detect = false, columns = {{'f': 'BIGINT', 's': 'VARCHAR'}}, delim = {_sql_str(free)}, "
                f"quote = '', escape = '', strict_mode = true, null_padding = true) AS t ON g.first_full = t.f")
    select = _select(con, plan, src, key, rows, free, empty_text, blanks > 0)
    extra = appended_columns(layout)
    _write(con, select, f"HEADER false, QUOTE '', ESCAPE '', DELIMITER {_sql_str(free)}", src, fmt, src.delimiter,
           opts, plan.stdout, scratch, extra)
    counts.lab_disagreements = engine.lab_disagreements
    run = FileRun(counts, notes + engine.warnings, abnormal=engine.abnormal)
    if not opts.quiet:
        write_notes(plan.stderr or sys.stderr, run.warnings, counts.line("see vitd_note"), opts.verbose)
    if opts.strict and counts.skipped:
        raise strict_error(counts)
    if opts.check and run.abnormal:
        run.exit_code = ExitCode.ABNORMAL
    return run


def _check_shape(plan: Plan, src: _Input, scan: Scan, records: int, quoted: int, width: int) -> None:
    """Every record one line of exactly the header's fields (so that each line is copied as read), no blank line."""
    if records != scan.lines - 1 - sum(p.count("\n") for p in src.preamble):
        if blank_lines(plan.path, src.gzipped):
            raise EngineUnsupported("the file has blank lines, which DuckDB drops (the streaming engine counts them)")
        raise EngineUnsupported("a record spans several lines (the streaming engine copies it as read)")
    head = "".join(src.preamble).count(src.delimiter) + src.header_raw.count(src.delimiter)
    if scan.delimiters != head + records * (width - 1) + quoted:
        raise EngineUnsupported("rows with more fields than the header (the streaming engine writes them anew)")


def _count(counts: Counts, o: Outcome, n: int) -> None:
    """n rows of this outcome, as the streaming engine counts them (the first added, the repeats in bulk)."""
    counts.add(o)
    more = n - 1
    if more <= 0:
        return
    counts.total += more
    if o.status == INTERPRETED:
        counts.interpreted += more
        counts.results += more * len(o.items or ())
    else:
        counts.skipped += more
        counts.reasons[o.kind or "skipped"] += more


def _select(con, plan: Plan, src: _Input, key: str, rows: str, free: str, empty_text: str, blanks: bool) -> str:  # type: ignore[no-untyped-def]
    """Scan 2: each line as read, with its signature's appended text, in input order. Up to LIST_KEYS signatures, a
    row finds its text by position (its signature's ENUM code into a list of the texts: no join, no sort); more, by a
    join sorted back into input order."""
    lines = (f"read_csv({_sql_str(plan.path)}, header = false, auto_detect = false, columns = {{'line': 'VARCHAR'}}, "
             f"delim = {_sql_str(free)}, quote = '', escape = '', skip = {len(src.preamble) + 1}, "
             f"compression = '{'gzip' if src.gzipped else 'none'}', strict_mode = true, buffer_size = {CSV_BUFFER})")
    n = int(con.execute("SELECT count(*) FROM vitd_sigs").fetchone()[0])
    if n <= LIST_KEYS:
        con.execute("CREATE TYPE vitd_wkey AS ENUM (SELECT key FROM vitd_sigs ORDER BY first)")
        lists = ("(SELECT list(s.s ORDER BY g.first) AS t, list(g.first_full ORDER BY g.first) AS f "
                 "FROM vitd_sigs AS g LEFT JOIN vitd_side AS s USING (key)) AS x")
        if not blanks:
            return (f"SELECT l.line || x.t[enum_code(CAST({key} AS vitd_wkey)) + 1] FROM {lines} AS l "
                    f"POSITIONAL JOIN vitd_src CROSS JOIN {lists}")
        code = "enum_code(CAST(r.key AS vitd_wkey)) + 1"
        return (f"SELECT l.line || CASE WHEN r.blank AND (x.f[{code}] IS NULL OR r.rn < x.f[{code}]) THEN {_sql_str(empty_text)} "
                f"ELSE x.t[{code}] END FROM {lines} AS l POSITIONAL JOIN {rows} AS r CROSS JOIN {lists}")
    text = (f"CASE WHEN r.blank AND (s.first_full IS NULL OR r.rn < s.first_full) THEN {_sql_str(empty_text)} ELSE s.s END"
            if blanks else "s.s")
    keyed = f"(SELECT r.rn, {text} AS t FROM {rows} AS r LEFT JOIN vitd_side AS s USING (key) ORDER BY r.rn)"
    return f"SELECT l.line || k.t FROM {lines} AS l POSITIONAL JOIN {keyed} AS k"
