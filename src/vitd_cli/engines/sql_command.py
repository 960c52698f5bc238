"""`vitd sql`: the classification query for a lab table in a database, in the dialect asked for.

The query is built once, in DuckDB's dialect (sql_classify.py), parsed into a syntax tree by sqlglot and written out in the
target dialect; the few places where a dialect needs something sqlglot does not write are changed on the tree (sql_transpile.py):

- postgres: REGEXP_EXTRACT -> REGEXP_SUBSTR(text, pattern, 1, 1, '', group) (PostgreSQL 15 or later).
- snowflake: REGEXP_LIKE matches the whole text, so a search becomes REGEXP_INSTR(...) > 0; REGEXP_REPLACE replaces
  every match already (the 'g' flag dropped).
- bigquery, spark: REGEXP_REPLACE replaces every match already (the 'g' flag dropped); Spark (Java) writes a group
  of the replacement as $1, not \\1.
- sqlite, postgres: every CTE is MATERIALIZED: both would otherwise inline the steps into one another, and an
  expression used n times by the next step would be copied n times, step after step.
- sqlite: has no regular expressions of its own: the connection needs regexp(), regexp_extract() and
  regexp_replace() functions (register_sqlite_functions() adds Python's, the reference semantics), and the math
  function floor() (built in since SQLite 3.35).

The query never relies on TRY_CAST (which some dialects turn into a CAST that fails or reads 'abc' as 0): a number is
cast only after a regular expression has checked it. sqlglot is imported only in sql_transpile.py.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
from functools import lru_cache

from ..config import DEFAULTS
from ..errors import VitdError
from ..readers.values import parse_window
from .sql_classify import QueryBuilder
from .sql_columns import OUTPUT_COLUMNS, Columns, Rules
from .sql_tests import identify_distinct
from .sql_transpile import _BACKREF, resolve_epoch, transpile
from .sql_wired import table_query
from .sqltext import EPOCH_MS

DEFAULT_TABLE = "labs"
DEFAULT_COLUMNS: dict[str, str] = {"value": "value", "unit": "unit", "analyte": "test", "code": "loinc"}
SQL_ROLES = ("value", "value_numeric", "unit", "analyte", "code", "specimen", "flag", "reference_range", "subject", "date", "row")
_ALIASES = {"range": "reference_range"}  # --columns range=COLUMN is the lab's reference range


def parse_columns(items: Iterable[str] | None) -> dict[str, str]:
    """`--columns value=Result,unit=Units,analyte=Test,code=LOINC,specimen=Specimen,value_numeric=VALUENUM` (repeatable),
    over the defaults (value, unit, test, loinc). A role given as ROLE= (empty) is dropped: the table has no such column.
    flag= and range= (or reference_range=, as `vitd interpret --columns` names it) are the lab's own flag and reference
    range: the query compares them with vitd's verdict (sql_lab.py); subject= and date= (row=: the input order) form panels and their findings (sql_wired.py)."""
    from ..errors import VitdError
    from ..readers.columns import role_pairs

    pairs = role_pairs(items, (*SQL_ROLES, *_ALIASES), "COLUMN", empty_ok=True)
    for alias, role in _ALIASES.items():
        if alias in pairs:
            if role in pairs and pairs[role] != pairs[alias]:
                raise VitdError("option-invalid", f"--columns: {alias}= and {role}= name the same role", f"give one of them, e.g. --columns {alias}=ref_range")
            pairs[role] = pairs.pop(alias)
    given = {**DEFAULT_COLUMNS, **pairs}
    out = {role: col for role, col in given.items() if col}
    if "value" not in out:
        raise VitdError("option-invalid", "--columns: the value column is required", "e.g. --columns value=result")
    if not ({"analyte", "code"} & set(out)):
        raise VitdError("option-invalid", "--columns: the test needs a name (analyte=) or a LOINC code (code=) column", "e.g. --columns analyte=test_name")
    return out


def canonical_sql(table: str = DEFAULT_TABLE, columns: Mapping[str, str] | None = None, *, guideline: str | None = None,
                  schemes: Mapping[str, str] | None = None, ranges: Iterable[str] = (), names: Iterable[Sequence[str]] | None = None,
                  tests_map: str | None = None, panel_window: str = DEFAULTS["panel_window"], date_order: str | None = None) -> str:
    """The query in DuckDB's dialect: every row of `table` with vitd_status ... vitd_note and vitd_kind appended.
    panel_window: with subject= and date=, the time within which a subject's results form a panel (vitd interpret
    --panel-window: 24h, 30min, 0 ...); date_order: 'dayfirst' or 'monthfirst' reads the date column's day-month dates
    (12/04/2024) in that order too (vitd sql --dayfirst/--monthfirst; None: ISO 8601 text or a DATE/TIMESTAMP column).

    names: the table's distinct tests (the cells of its analyte, code and specimen columns, in that order, those given):
    they are identified here by vitd's one recogniser (reference/identify.py, with --tests-map) and written into the query as a
    table, so the warehouse reads them exactly as `vitd interpret` does. Without them the query identifies names itself,
    by the same rules compiled to SQL (sql_identify.py; docs/tests.md: Known limits)."""
    cols = tuple((columns or DEFAULT_COLUMNS).items())
    window = parse_window(panel_window)
    if names is None and tests_map is None:
        return _canonical(table, cols, guideline, tuple(sorted((schemes or {}).items())), tuple(str(r) for r in ranges), window, date_order)
    from ..interpret import settings

    s = settings(guideline, dict(schemes or {}), [str(r) for r in ranges], tests_map=tests_map)
    c = Columns(**{r: col for r, col in cols if r in SQL_ROLES})
    if names is None:  # --tests-map alone: the map goes into the query with the rules
        return table_query(QueryBuilder(s.ref, s.schemes, Rules.shipped(), c, table, tests_map=s.tests_map), kind=True, window=window,
                           date_order=date_order)
    rows = identify_distinct(s, c, names)
    return table_query(QueryBuilder(s.ref, s.schemes, Rules.shipped(), c, table, tests_table="vitd_tests", tests_rows=rows), kind=True,
                       window=window, date_order=date_order)


def read_names(path: str, columns: Mapping[str, str] | None = None) -> list[tuple[str, ...]]:
    """vitd sql --names FILE: a CSV of the table's distinct tests, with a header naming the table's own columns (those of
    --columns analyte=, code=, specimen=), e.g. the result of SELECT DISTINCT test_name, loinc FROM labs."""
    import csv

    cols = dict(columns or DEFAULT_COLUMNS)
    wanted = [cols[r] for r in ("analyte", "code", "specimen") if r in cols]
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, [])
            at = {h.strip(): i for i, h in enumerate(header)}
            missing = [w for w in wanted if w not in at]
            if missing:
                raise VitdError("option-invalid", f"--names {os.path.basename(path)}: no column {', '.join(map(repr, missing))} in its header",
                                f"give a CSV whose header names the table's columns: {','.join(wanted)}")
            return [tuple(row[at[w]] if at[w] < len(row) else "" for w in wanted) for row in reader if row]
    except OSError as exc:
        raise VitdError("file-missing", f"cannot read --names {os.path.basename(path)}: {exc.strerror}", "give the path of the CSV") from None


@lru_cache(maxsize=16)
def _canonical(table: str, columns: tuple[tuple[str, str], ...], guideline: str | None, schemes: tuple[tuple[str, str], ...],
               ranges: tuple[str, ...], window: timedelta, date_order: str | None = None) -> str:
    from ..interpret import settings

    s = settings(guideline, dict(schemes), list(ranges))
    cols = Columns(**{r: c for r, c in columns if r in SQL_ROLES})
    return table_query(QueryBuilder(s.ref, s.schemes, Rules.shipped(), cols, table), kind=True, window=window, date_order=date_order)


def generate_sql(dialect: str = "duckdb", table: str = DEFAULT_TABLE, columns: Mapping[str, str] | None = None, *, view: str | None = None,
                 guideline: str | None = None, schemes: Mapping[str, str] | None = None, ranges: Iterable[str] = (),
                 names: Iterable[Sequence[str]] | None = None, tests_map: str | None = None,
                 panel_window: str = DEFAULTS["panel_window"], date_order: str | None = None) -> str:
    """`vitd sql`: the query (or view) classifying `table` in place, in `dialect`, with a header comment saying what it
    needs and gives. `names`: the table's distinct tests, identified in Python first (canonical_sql); panel_window,
    date_order: vitd sql --panel-window, --dayfirst/--monthfirst (canonical_sql)."""
    canonical = canonical_sql(table, columns, guideline=guideline, schemes=schemes, ranges=ranges, names=names, tests_map=tests_map,
                              panel_window=panel_window, date_order=date_order)
    sql = transpile(canonical, dialect, view=view)
    if EPOCH_MS in canonical:  # the panel steps (subject= and date=): the dialect's milliseconds since 1970
        sql = resolve_epoch(sql, dialect)
    return header(dialect, table, columns or DEFAULT_COLUMNS, panels=EPOCH_MS in canonical, date_order=date_order) + sql


# what the panel query needs besides NEEDS (measured 2026-12-04 on the dense workload: DuckDB 1.1.3 takes ~5 minutes to
# plan it, 1.2.2 and 1.3.2 15-17 s, 1.4.4 and 2.0.1 1-2 s; every version from 1.2 gives the same rows)
PANEL_NEEDS = {"duckdb": "With panels, DuckDB 1.4 or later: 1.2 and 1.3 take about 15 s to plan the query, 1.1 minutes."}

NEEDS = {
    "duckdb": "DuckDB 1.1 or later.",
    "postgres": "PostgreSQL 15 or later (regexp_substr).",
    "spark": "Spark SQL 3.4 or later (ANSI mode on or off), with SET spark.sql.analyzer.maxIterations=1000 first (the query's steps pass the default of 100).",
    "bigquery": "BigQuery standard SQL.",
    "snowflake": "Snowflake (not run by vitd's tests: check its regular expressions on your data first).",
    "sqlite": "SQLite 3.35 or later with floor(), and the functions regexp(pattern, text), regexp_extract(text, pattern, group), "
              "regexp_replace(text, pattern, replacement, flags) and translate(text, from, to) registered on the connection "
              "(from Python: vitd_cli.engines.sql_command.register_sqlite_functions(connection)).",
}


def header(dialect: str, table: str, columns: Mapping[str, str], panels: bool = False, date_order: str | None = None) -> str:
    """The query's header comment: what it reads and appends, what it needs, and whether it forms panels (`panels`:
    subject= and date= were given, so the panel steps are in the query; `date_order`: --dayfirst/--monthfirst)."""
    roles = ", ".join(f"{r}={c}" for r, c in columns.items())
    what = "each row classified, each subject's rows grouped into panels" if panels else "one row at a time"
    scope = ("-- Panels: vitd_panel groups a subject's rows (--panel-window); the panel findings (albumin-corrected calcium, "
             "low magnesium with low calcium, secondary hyperparathyroidism) are in vitd_findings and vitd_note.\n" if panels else
             "-- Per row: panels and their findings (corrected calcium, secondary hyperparathyroidism) need subject= and date= "
             "in --columns.\n")
    if panels and date_order is not None:
        example = "12/04/2024 is 12 April" if date_order == "dayfirst" else "12/04/2024 is December 4"
        scope += (f"-- Dates: ISO 8601 text or a DATE/TIMESTAMP column, and dates written day and month first read {date_order} "
                  f"({example}; --{date_order}).\n")
    elif panels:
        scope += ("-- Dates: ISO 8601 text or a DATE/TIMESTAMP column; any other date is undated (vitd_note says so): "
                  "vitd sql --dayfirst or --monthfirst reads dates such as 12/04/2024 too.\n")
    if panels and dialect in PANEL_NEEDS:
        scope += f"-- {PANEL_NEEDS[dialect]}\n"
    return (f"-- vitd: classify the lab results of {table} ({roles}) in place, {what}.\n"
            f"-- Appends {', '.join(OUTPUT_COLUMNS)} and vitd_kind (why a row was not interpreted).\n"
            f"-- Generated from reference_ranges/ by `vitd sql --dialect {dialect}`; do not edit. Needs: {NEEDS[dialect]}\n"
            + scope)


# ---------------------------------------------------------------- SQLite


def register_sqlite_functions(connection) -> None:  # type: ignore[no-untyped-def]
    """The regular-expression functions the SQLite form of the query calls, with Python's `re` (the semantics of the
    streaming engine): regexp(pattern, text) for `text REGEXP pattern`, regexp_extract(text, pattern, group) ('' when
    nothing matches, as DuckDB) and regexp_replace(text, pattern, replacement, flags) ('g': every match; \\1 in the replacement is a group, as in RE2),
    and translate(text, from, to) (a character of `from` beyond `to` is dropped)."""
    cache: dict[str, re.Pattern[str]] = {}

    def compiled(p: str) -> re.Pattern[str]:
        got = cache.get(p)
        if got is None:
            got = cache[p] = re.compile(p)
        return got

    def regexp(pattern: str | None, text: str | None) -> int | None:
        if pattern is None or text is None:
            return None
        return 1 if compiled(pattern).search(str(text)) else 0

    def extract(text: str | None, pattern: str | None, group: int = 0) -> str | None:
        if text is None or pattern is None:
            return None
        m = compiled(pattern).search(str(text))
        return (m.group(group) or "") if m else ""

    def replace(text: str | None, pattern: str | None, replacement: str | None, flags: str = "") -> str | None:
        if text is None or pattern is None or replacement is None:
            return None

        def expand(m: re.Match[str]) -> str:  # RE2's (DuckDB's) replacement: \1 ... \9 a group, \\ a backslash
            return _BACKREF.sub(lambda g: "\\" if g[1] == "\\" else (m.group(int(g[1])) or ""), replacement)

        return compiled(pattern).sub(expand, str(text), count=0 if "g" in (flags or "") else 1)

    tables: dict[tuple[str, str], dict[int, str | None]] = {}

    def translate(text: str | None, src: str | None, dst: str | None) -> str | None:
        if text is None or src is None or dst is None:
            return None
        table = tables.get((src, dst))
        if table is None:  # the first of a character repeated in `from` counts, as in DuckDB
            table = tables[(src, dst)] = {ord(c): (dst[i] if i < len(dst) else None) for i, c in reversed(list(enumerate(src)))}
        return str(text).translate(table)

    connection.create_function("regexp", 2, regexp, deterministic=True)
    connection.create_function("regexp_extract", 3, extract, deterministic=True)
    connection.create_function("regexp_extract", 2, extract, deterministic=True)
    connection.create_function("regexp_replace", 4, replace, deterministic=True)
    connection.create_function("regexp_replace", 3, replace, deterministic=True)
    connection.create_function("translate", 3, translate, deterministic=True)
