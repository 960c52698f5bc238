"""Scan 1 of the DuckDB engine: the distinct keys (the role cells, with the lab's range and flag) of the file, their
tests identified in batches by the streaming engine's rules, and each key's verdict from the SQL checked against what
the streaming engine says of it (_Verdicts)."""

from __future__ import annotations

from dataclasses import dataclass

from ..outcomes import INTERPRETED, SKIPPED
from ..render.table_out import _si
from ..row_counts import Counts, skipped_where
from .duckdb_input import EngineUnsupported, Scan, _Input, _sql_str, blank_lines
from .sql_classify import QueryBuilder
from .sql_columns import KIND_COLUMN, OUTPUT_COLUMNS, TESTS_COLUMNS, test_keys
from .sql_tests import identify_tests

PANEL_BATCH = 2_000  # rows fetched from DuckDB at a time (20,000 cost some 20 MB more at the peak)
_SPECIAL = "(c.vitd_status <> 'other_test' OR c.vitd_note0 <> '')"  # a key vitd writes more than other_test for


_POSITION = {"k_n": "analyte", "k_c": "code", "k_i": "item", "k_s": "specimen", "k_v": "value", "k_vn": "value_numeric", "k_u": "unit",
             "k_r": "reference_range", "k_f": "flag"}


def _key_expression(cols: list[str], escape: bool = True) -> str:
    """One string per distinct combination of key cells, joined by chr(1): escaped so that no two combinations meet,
    unless the file has neither chr(1) nor chr(2) (escape=False)."""
    if len(cols) == 1:
        return cols[0]
    parts = [f"replace(replace({c}, chr(2), chr(2) || chr(3)), chr(1), chr(2) || chr(4))" for c in cols] if escape else cols
    return f"concat_ws(chr(1), {', '.join(parts)})"


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
