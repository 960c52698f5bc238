"""`vitd sql`: the generated query per dialect against golden files, run in DuckDB and SQLite, its relations checked
against the reference data, and the heavy imports kept out of the start-up path.

Regenerate the golden files after a deliberate change of the generator or the reference data:
    VITD_REGEN_GOLDEN=1 pytest tests/test_engines_sql.py
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lab_ranges import LAB_RANGES
from vitd_cli.engines.sql_columns import DIALECTS, OUTPUT_COLUMNS, Columns, Rules
from vitd_cli.engines.sql_command import DEFAULT_COLUMNS, canonical_sql, generate_sql, parse_columns, register_sqlite_functions
from vitd_cli.engines.sql_reference import Relations
from vitd_cli.errors import VitdError
from vitd_cli.interpret import settings

GOLDEN = Path(__file__).parent / "golden_sql"
duckdb = pytest.importorskip("duckdb", reason="duckdb is a regular dependency of vitd: reinstall vitd")
pytest.importorskip("sqlglot", reason="sqlglot is needed by `vitd sql`: reinstall vitd")

# (test, value, unit) -> (status, analyte, value_si, flag, category, severity), worked out by hand from reference_ranges/
CASES = [
    (("Vitamin D", "20", "ng/mL"), ("interpreted", "vitamin_d", "49.92", "low", "insufficient", "mild")),  # 20 is not below 20
    (("Vitamin D", "49.92", "nmol/L"), ("interpreted", "vitamin_d", "49.92", "low", "deficient", "moderate")),  # below 50 nmol/L
    (("25-OH Vitamin D", "50000", "pmol/L"), ("interpreted", "vitamin_d", "50", "low", "insufficient", "mild")),  # 50 nmol/L, same kind
    (("Vitamin D", "100", "ng/mL"), ("interpreted", "vitamin_d", "249.601", "normal", "sufficient", "")),  # up_to 100 holds 100
    (("Vitamin D", "<5", "ng/mL"), ("interpreted", "vitamin_d", "<12.48", "low", "deficient", "severe")),  # < 12 ng/mL (Global Consensus 2016)
    (("Calcium", "8,8", "mg/dL"), ("interpreted", "calcium", "2.196", "normal", "normal", "")),  # decimal comma
    (("calcium", "2.2", ""), ("interpreted", "calcium", "2.2", "normal", "normal", "")),  # unit inferred
    (("Magnesium", "1.625", "mEq/L"), ("interpreted", "magnesium", "0.812", "normal", "normal", "")),  # 0.8125: half to even
    (("PTH", "1,234", "pg/mL"), ("skipped", "", "", "", "", "")),  # 1.234 or 1234: both plausible
    (("Calcium", "UNABLE TO REPORT", "mg/dL"), ("skipped", "", "", "", "", "")),
    (("Cholecalciferol", "30", "ng/mL"), ("other_test", "", "", "", "", "")),
    (("Glucose", "90", "mg/dL"), ("other_test", "", "", "", "", "")),
    (("Calcium, Urine", "9", "mg/dL"), ("other_test", "", "", "", "", "")),
    (("Vitamin D, 25-Hydroxy, Serum", "8.1 L", "ng/mL"), ("interpreted", "vitamin_d", "20.218", "low", "deficient", "severe")),
]


def _golden(dialect: str) -> Path:
    return GOLDEN / f"{dialect}.sql"


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.mark.parametrize("dialect", DIALECTS)
def test_golden_sql(dialect: str) -> None:
    """The query of `vitd sql --dialect D` (default table and columns) is the one checked in: a change to the
    generator or the reference data shows up here, in every dialect, for review."""
    got = generate_sql(dialect)
    path = _golden(dialect)
    if os.environ.get("VITD_REGEN_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as fh:  # the patterns hold a literal CR: no newline translation
            fh.write(got)
    assert path.is_file(), f"no golden file {path}: run VITD_REGEN_GOLDEN=1 pytest {__file__}"
    assert got == _read(path)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_output_parses_back(dialect: str) -> None:
    """sqlglot reads its own output in every dialect (a syntax check for the dialects no test can run here)."""
    import sqlglot

    body = "".join(line for line in _read(_golden(dialect)).splitlines(keepends=True) if not line.startswith("--"))
    assert sqlglot.parse_one(body.rstrip().rstrip(";"), read=dialect) is not None


def test_dialect_fixes() -> None:
    pg, sf, lite, bq, spark = (generate_sql(d) for d in ("postgres", "snowflake", "sqlite", "bigquery", "spark"))
    assert "REGEXP_EXTRACT" not in pg and "REGEXP_SUBSTR(" in pg and "AS MATERIALIZED" in pg
    assert "REGEXP_LIKE" not in sf and "REGEXP_INSTR(" in sf and ", 'g')" not in sf
    assert "AS MATERIALIZED" in lite and "REGEXP" in lite
    assert ", 'g')" not in bq and ", 'g')" not in spark and "TRY_CAST" not in spark and "MATERIALIZED" not in spark
    for text in (pg, sf, lite, bq, spark):
        assert "TRY_CAST" not in text and "SAFE_CAST" not in text  # numbers are checked by a regex, then cast


def _duckdb_run(sql: str, rows: list[tuple[str, str, str]]) -> list[dict]:
    con = duckdb.connect()
    con.execute("CREATE TABLE labs (test VARCHAR, value VARCHAR, unit VARCHAR, loinc VARCHAR)")
    con.executemany("INSERT INTO labs VALUES (?, ?, ?, NULL)", rows)
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _sqlite_run(sql: str, rows: list[tuple[str, str, str]]) -> list[dict]:
    con = sqlite3.connect(":memory:")
    register_sqlite_functions(con)
    con.execute("CREATE TABLE labs (test TEXT, value TEXT, unit TEXT, loinc TEXT)")
    con.executemany("INSERT INTO labs VALUES (?, ?, ?, NULL)", rows)
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


@pytest.mark.parametrize("dialect,run", [("duckdb", _duckdb_run), ("sqlite", _sqlite_run)])
def test_cases_run(dialect: str, run) -> None:  # type: ignore[no-untyped-def]
    rows = [c for c, _ in CASES]
    got = run(generate_sql(dialect), rows)
    assert len(got) == len(CASES)
    by_input = {(r["test"], r["value"], r["unit"] or ""): r for r in got}
    for given, want in CASES:
        r = by_input[given]
        have = tuple((r[c] or "") for c in ("vitd_status", "vitd_analyte", "vitd_value_si", "vitd_flag", "vitd_category", "vitd_severity"))
        assert have == want, given
        assert list(r)[-len(OUTPUT_COLUMNS) - 1:] == [*OUTPUT_COLUMNS, "vitd_kind"]


@pytest.mark.parametrize("dialect", ["duckdb", "sqlite"])
def test_view(dialect: str) -> None:
    sql = generate_sql(dialect, view="labs_vitd")
    rows = [c for c, _ in CASES[:3]]
    if dialect == "duckdb":
        con = duckdb.connect()
        con.execute("CREATE TABLE labs (test VARCHAR, value VARCHAR, unit VARCHAR, loinc VARCHAR)")
        con.executemany("INSERT INTO labs VALUES (?, ?, ?, NULL)", rows)
        con.execute(sql)
        got = con.execute("SELECT vitd_category FROM labs_vitd ORDER BY value").fetchall()
    else:
        con = sqlite3.connect(":memory:")
        register_sqlite_functions(con)
        con.execute("CREATE TABLE labs (test TEXT, value TEXT, unit TEXT, loinc TEXT)")
        con.executemany("INSERT INTO labs VALUES (?, ?, ?, NULL)", rows)
        con.executescript(sql)
        got = con.execute("SELECT vitd_category FROM labs_vitd ORDER BY value").fetchall()
    assert [g[0] for g in got] == ["insufficient", "deficient", "insufficient"]


def test_columns_and_table_options() -> None:
    cols = parse_columns(["value=RESULT,unit=UOM", "analyte=", "code=LOINC_NUM", "specimen=FLUID"])
    assert cols == {"value": "RESULT", "unit": "UOM", "code": "LOINC_NUM", "specimen": "FLUID"}
    sql = canonical_sql("lab_results", cols)
    con = duckdb.connect()
    con.execute('CREATE TABLE lab_results ("RESULT" VARCHAR, "UOM" VARCHAR, "LOINC_NUM" VARCHAR, "FLUID" VARCHAR, other INTEGER)')
    con.execute("INSERT INTO lab_results VALUES ('18', 'ng/mL', '62292-8', 'Serum', 1), ('18', 'ng/mL', '62292-8', 'Urine', 2)")
    got = con.execute(sql + " ORDER BY other").fetchall()
    assert [r[4] for r in got] == [1, 2] and [r[5] for r in got] == ["interpreted", "other_test"]
    assert parse_columns([]) == DEFAULT_COLUMNS
    for bad in (["colour=x"], ["value="], ["analyte=,code="]):
        with pytest.raises(VitdError):
            parse_columns(bad)
    with pytest.raises(VitdError, match="unknown dialect"):
        generate_sql("oracle")


def test_schemes_follow_the_options() -> None:
    assert "uk-2016" in generate_sql("duckdb", guideline="uk-2016") and "uk-2016" not in generate_sql("duckdb")
    rows = [("Vitamin D", "25", "nmol/L")]
    got = _duckdb_run(generate_sql("duckdb", guideline="uk-2016"), rows)[0]
    assert (got["vitd_category"], got["vitd_flag"]) == ("insufficient", "low")  # UK: below 25 is deficient, 25 is not


def test_relations_are_the_reference_data() -> None:
    s = settings()
    rel = Relations(s.ref, s.schemes, Rules.shipped())
    bands = rel.bands()
    for aid in s.ref.analytes:
        scheme = s.ref.scheme(aid, s.schemes[aid])
        assert [b[3] for b in bands if b[0] == aid] == [b.category for b in scheme.bands]
    assert dict(rel.unit_spellings())["ug/l"] == "ng/mL"
    assert ("62292-8", "vitamin_d", "mass") in rel.analyte_loinc()
    assert any(r[1] == "1990-1" for r in rel.excluded())
    for row in rel.cutoffs():  # every accepted unit has its cut-offs, each in a published unit of the band
        analyte, unit = row[0], row[1]
        assert unit in s.ref.analytes[analyte].units


def test_no_heavy_imports_at_start() -> None:
    """The engines package and the DuckDB engine module import neither duckdb, sqlglot nor pyspark until used."""
    code = ("import sys, vitd_cli.cli, vitd_cli.engines, vitd_cli.engines.sql_classify, vitd_cli.engines.duckdb_engine, "
            "vitd_cli.engines.spark_engine; print(sorted(m for m in ('duckdb', 'sqlglot', 'pyspark') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_columns_dataclass_requires_tests_table_for_item() -> None:
    from vitd_cli.engines.sql_classify import QueryBuilder

    s = settings()
    with pytest.raises(ValueError):
        QueryBuilder(s.ref, s.schemes, Rules.shipped(), Columns(value="v", item="i"), "t")




def test_sql_with_a_lab_ranges_file(tmp_path: Path) -> None:
    """`vitd sql --ranges FILE --scheme vitamin_d=our-lab`: the lab's cut-off (25 ng/mL) is in the SQL, run in DuckDB."""
    duckdb = pytest.importorskip("duckdb")
    from cli_runner import run_cli

    path = tmp_path / "lab.toml"
    path.write_text(LAB_RANGES, encoding="utf-8")
    code, sql, err = run_cli(["sql", "--ranges", str(path), "--scheme", "vitamin_d=our-lab", "--table", "labs"])
    assert code == 0, err
    con = duckdb.connect()
    con.execute("CREATE TABLE labs AS SELECT * FROM (VALUES ('Vitamin D, 25-OH', '', '24.9', 'ng/mL'), ('Vitamin D, 25-OH', '', '25', 'ng/mL')) "
                "AS t(test, loinc, value, unit)")
    got = con.execute(sql.rstrip().rstrip(";")).fetchall()
    names = [d[0] for d in con.description]
    rows = [dict(zip(names, r)) for r in got]
    got_rows = sorted((r["value"], r["vitd_flag"], r["vitd_category"]) for r in rows)  # (a query: its row order is the database's)
    assert got_rows == [("24.9", "low", "low"), ("25", "normal", "ok")]
    code, _, err = run_cli(["sql", "--ranges", str(tmp_path / "missing.toml")])
    assert code == 2 and "missing.toml" in err


def test_the_sql_whitespace_class_is_pythons() -> None:
    # sqltext.WS stands for str.strip()/split() whitespace in every dialect's regular expressions
    import re

    from vitd_cli.engines.sqltext import WS

    python = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert {chr(c) for c in range(0x110000) if re.fullmatch(WS, chr(c))} == python
