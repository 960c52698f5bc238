"""A panel's findings in SQL (engines/sql_findings.py) against the streaming engine, row by row: vitd_findings, the
albumin-corrected calcium (value, unit, flag, category, severity) and the panel notes in vitd_note, in DuckDB, SQLite
and Spark local mode, on the MIMIC-III demo with its dictionary and on generated panels (every pattern of
explain._patterns, each combination of flags, values at and around every cut-off, censored values, corrected calcium at
its band edges, ionized, total and corrected calcium together).

The findings query reads rows as the classification query has them (analyte, value, unit, comparator, SI value, band),
worked out here by that query (sql_findings.classified_rows) in DuckDB, with the panel ids the streaming engine wrote
(vitd_panel). Golden files: tests/golden_sql/findings_<dialect>.sql (VITD_REGEN_GOLDEN=1 rewrites them).
When the SQL and the streaming engine disagree, the generator is wrong, never this test.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import random
import sqlite3
from pathlib import Path

import pytest

from test_engines_equivalence import DICTIONARY, MIMIC, MIMIC_SQL_COLUMNS, _table_sql
from vitd_cli.engines.sql_columns import Columns, Rules
from vitd_cli.engines.sql_command import register_sqlite_functions
from vitd_cli.engines.sql_findings import OUTPUT, FindingsBuilder, FindingsInput, classified_rows
from vitd_cli.engines.sql_findings import findings_sql as generate
from vitd_cli.engines.sqltext import num
from vitd_cli.files import FileOptions, interpret_file
from vitd_cli.interpret import settings

duckdb = pytest.importorskip("duckdb", reason="duckdb is a regular dependency of vitd: reinstall vitd")
pytest.importorskip("sqlglot", reason="sqlglot is needed by `vitd sql`: reinstall vitd")

GOLDEN = Path(__file__).parent / "golden_sql"
DIALECTS = ("duckdb", "sqlite", "spark")
INPUT = ("vitd_row", "vitd_panel", "a", "value", "unit", "cmp", "value_si", "band_index")
TYPES = ("BIGINT", "BIGINT", "VARCHAR", "DOUBLE", "VARCHAR", "VARCHAR", "DOUBLE", "INTEGER")
PANEL_NOTE_STARTS = ("albumin-corrected calcium ", "total calcium is ")  # the notes a panel adds (table_out._item_notes)
GENERATED_COLUMNS = {"value": "value", "unit": "unit", "analyte": "test"}


def findings_sql(dialect: str = "duckdb", table: str = "vitd_rows", guideline: str | None = None) -> str:
    s = settings(guideline)
    return generate(s.ref, s.schemes, FindingsInput(table), dialect)


# ---------------------------------------------------------------- the streaming engine's cells, the SQL's input


def streaming(path: Path, **options) -> tuple[list[dict], dict[int, dict]]:  # type: ignore[no-untyped-def]
    """The streaming engine's CSV rows, and from its NDJSON the corrected calcium of each row that has one."""
    out = io.StringIO()
    interpret_file(str(path), FileOptions(fmt="csv", quiet=True, **options), stdout=out, stderr=io.StringIO())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    out = io.StringIO()
    interpret_file(str(path), FileOptions(fmt="ndjson", quiet=True, **options), stdout=out, stderr=io.StringIO())
    corrected = {}
    for line in out.getvalue().splitlines():
        rec = json.loads(line)
        if rec["estimate"]:
            corrected[rec["row"]] = rec
    return rows, corrected


def sql_input(path: Path, columns: dict[str, str], rows: list[dict], dictionary: Path | None = None) -> list[tuple]:
    """The findings' input: the classification query's interpreted rows (DuckDB), with the streaming engine's panels."""
    s = settings()
    con = duckdb.connect()
    con.execute(f"CREATE TABLE labs AS SELECT row_number() OVER () AS vitd_test_row, * FROM ({_table_sql(path, dictionary)})")
    from vitd_cli.engines.sql_classify import QueryBuilder

    builder = QueryBuilder(s.ref, s.schemes, Rules.shipped(), Columns(**columns), "labs")
    got = con.execute(classified_rows(builder, "vitd_test_row") + " ORDER BY t.vitd_test_row").fetchall()
    out = []
    for r in got:
        row = rows[r[0] - 1]
        assert row["vitd_status"] == "interpreted" and row["vitd_analyte"] == r[1], (r, row)
        out.append((r[0], int(row["vitd_panel"]), *r[1:]))
    assert len(out) == sum(r["vitd_status"] == "interpreted" for r in rows)
    return out


# ---------------------------------------------------------------- running the findings query


def run_duckdb(rows: list[tuple], guideline: str | None = None) -> list[dict]:
    import pandas as pd  # (executemany is slow in DuckDB)

    con = duckdb.connect()
    con.register("given", pd.DataFrame(rows, columns=list(INPUT)))
    con.execute("CREATE TABLE vitd_rows AS SELECT " + ", ".join(f"CAST({c} AS {t}) AS {c}" for c, t in zip(INPUT, TYPES)) + " FROM given")
    cur = con.execute(findings_sql("duckdb", guideline=guideline).rstrip().rstrip(";"))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def run_sqlite(rows: list[tuple]) -> list[dict]:
    con = sqlite3.connect(":memory:")
    register_sqlite_functions(con)
    con.execute("CREATE TABLE vitd_rows (" + ", ".join(f"{c} {t.replace('VARCHAR', 'TEXT').replace('DOUBLE', 'REAL')}"
                                                       for c, t in zip(INPUT, TYPES)) + ")")
    con.executemany(f"INSERT INTO vitd_rows VALUES ({', '.join('?' * len(INPUT))})", rows)
    cur = con.execute(findings_sql("sqlite").rstrip().rstrip(";"))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def run_spark(spark, rows: list[tuple]) -> list[dict]:  # type: ignore[no-untyped-def]
    schema = ", ".join(f"{c} {t.replace('VARCHAR', 'STRING')}" for c, t in zip(INPUT, TYPES))
    spark.createDataFrame(rows, schema).createOrReplaceTempView("vitd_rows")
    return [r.asDict() for r in spark.sql(findings_sql("spark").rstrip().rstrip(";")).collect()]


def check(rows: list[dict], corrected: dict[int, dict], got: list[dict], inputs: list[tuple], what: str) -> None:
    """Every interpreted row: the SQL's findings, corrected calcium and panel notes are the streaming engine's."""
    assert len(got) == len(inputs), what
    by_row = {r["vitd_row"]: r for r in got}
    problems = []
    for inp in inputs:
        n = inp[0]
        want, have = rows[n - 1], by_row[n]
        note = "; ".join(p for p in want["vitd_note"].split("; ") if p.startswith(PANEL_NOTE_STARTS))
        cc = corrected.get(n)
        want_cc = (cc["value"], cc["unit"], cc["conventional"]["value"], cc["conventional"]["unit"], cc["flag"], cc["category"],
                   cc["severity"] or "") if cc else (None,) * 7
        have_cc = tuple(have[c] for c in OUTPUT[2:])
        have_cc = have_cc if have_cc[0] is None else (*have_cc[:-1], have_cc[-1] or "")
        if (have["vitd_findings"], have["vitd_panel_note"] or "", have_cc) != (want["vitd_findings"], note, want_cc):
            problems.append(f"row {n} {inp[2:]} panel {inp[1]}: SQL {have['vitd_findings']!r} {have['vitd_panel_note']!r} {have_cc}"
                            f" | streaming {want['vitd_findings']!r} {note!r} {want_cc}")
    assert not problems, f"{what}: {len(problems)} rows differ:\n" + "\n".join(problems[:20])


# ---------------------------------------------------------------- generated panels


def _values(analyte: str) -> list[tuple[str, str]]:
    """(value, unit) at, just under and just over each cut-off of the analyte's scheme, in each unit it was published in,
    one in the last band, and censored on the first and last cut-off."""
    s = settings()
    bands = s.ref.scheme(analyte, s.schemes[analyte]).bands
    out = []
    for b in bands[:-1]:
        for unit, v in (b.limit or {}).items():
            out += [(f"{v:g}", unit), (f"{v * 0.99:.4g}", unit), (f"{v * 1.01:.4g}", unit)]
    unit, v = next(iter((bands[-2].limit or {}).items()))
    first_unit, first = next(iter((bands[0].limit or {}).items()))
    return [*out, (f"{v * 1.5:.4g}", unit), (f"<{first:g}", first_unit), (f">{v:g}", unit)]


# one value per flag state: low (the worst band and a mild one), normal, high (in the first unit of the scheme)
STATES = {
    "calcium": [("6.5", "mg/dL"), ("8.5", "mg/dL"), ("9.5", "mg/dL"), ("11", "mg/dL"), ("3.6", "mmol/L")],
    "ionized_calcium": [("0.75", "mmol/L"), ("1.05", "mmol/L"), ("1.2", "mmol/L"), ("1.6", "mmol/L")],
    "corrected_calcium": [("7.2", "mg/dL"), ("9.4", "mg/dL"), ("12.5", "mg/dL")],
    "albumin": [("2.4", "g/dL"), ("4.0", "g/dL"), ("52", "g/L")],
    "pth": [("9", "pg/mL"), ("40", "pg/mL"), ("120", "pg/mL")],
    "vitamin_d": [("8", "ng/mL"), ("15", "ng/mL"), ("45", "ng/mL"), ("120", "ng/mL"), ("<5", "ng/mL"), ("20", "nmol/L")],
    "magnesium": [("0.9", "mg/dL"), ("1.6", "mg/dL"), ("2.1", "mg/dL"), ("4.0", "mg/dL")],
    "phosphate": [("1.8", "mg/dL"), ("3.5", "mg/dL"), ("5.2", "mg/dL")],
}
CALCIUM_SETS = [(), ("calcium",), ("ionized_calcium",), ("calcium", "albumin"), ("calcium", "ionized_calcium"),
                ("calcium", "ionized_calcium", "albumin"), ("corrected_calcium", "calcium", "ionized_calcium"),
                ("corrected_calcium", "ionized_calcium"), ("corrected_calcium", "calcium", "albumin")]


def generated_panels(seed: int = 18) -> list[list[tuple[str, str, str]]]:
    """Panels of (analyte, value, unit): each set of calcium measures with each flag state of PTH, vitamin D,
    magnesium and phosphate (every pattern of explain._patterns and the combinations around it); then random panels of
    values at the cut-offs; then corrected calcium at each of its band edges (calcium and albumin chosen so that the
    formula lands on a cut-off, in both unit systems and mixed)."""
    rng = random.Random(seed)
    panels = []
    others = ("pth", "vitamin_d", "magnesium", "phosphate")
    for cas in CALCIUM_SETS:
        for states in itertools.product(*[[None, *STATES[a]] for a in others]):
            panel = [(a, *rng.choice(STATES[a])) for a in cas]
            panel += [(a, *v) for a, v in zip(others, states) if v is not None]
            if panel:
                panels.append(panel)
    pools = {a: _values(a) for a in STATES}
    for _ in range(1500):
        picked = [a for a in STATES if rng.random() < 0.45]
        panels.append([(a, *rng.choice(pools[a])) for a in picked] or [("calcium", *rng.choice(pools["calcium"]))])
    s = settings()
    corr = s.ref.correction
    for b in s.ref.scheme("calcium", s.schemes["calcium"]).bands[:-1]:
        for unit, cut in (b.limit or {}).items():
            form = corr.si if unit == corr.si.calcium_unit else corr.conventional
            for alb in (2.0, 3.0, 3.5, 4.0, 4.4):
                a_v = alb if form is corr.conventional else alb * 10
                ca = cut - form.slope * (form.reference_albumin - a_v)
                for extra in ((), (("ionized_calcium", *rng.choice(STATES["ionized_calcium"])),)):
                    panels.append([("calcium", f"{ca:.6g}", unit), ("albumin", f"{a_v:g}", form.albumin_unit), *extra])
            panels.append([("calcium", f"{cut:g}", unit), ("albumin", "40", "g/L")])  # mixed: mg/dL with g/L
            panels.append([("calcium", f"<{cut:g}", unit), ("albumin", "2.5", "g/dL")])  # censored: no estimate
    return panels


def write_panels(path: Path, panels: list[list[tuple[str, str, str]]]) -> None:
    s = settings()
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["patient_id", "collected", "test", "value", "unit"])
        for i, panel in enumerate(panels):
            for analyte, value, unit in panel:
                w.writerow([f"P{i}", "2024-03-01 08:00", s.ref.analytes[analyte].name, value, unit])


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[list[dict], dict[int, dict], list[tuple]]:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("findings") / "panels.csv"
    write_panels(path, generated_panels())
    rows, corrected = streaming(path)
    return rows, corrected, sql_input(path, GENERATED_COLUMNS, rows)


@pytest.fixture(scope="module")
def mimic() -> tuple[list[dict], dict[int, dict], list[tuple]]:
    path = MIMIC / "LABEVENTS_calcium_mg_vitd_subset.csv"
    if not path.is_file():
        pytest.skip("../shared/data not found")
    rows, corrected = streaming(path, dictionary=str(DICTIONARY))
    return rows, corrected, sql_input(path, MIMIC_SQL_COLUMNS, rows, DICTIONARY)


# ---------------------------------------------------------------- the tests


def test_generated_cover_every_finding(generated) -> None:  # type: ignore[no-untyped-def]
    """The generated panels raise every finding the SQL places, write both panel notes, and estimate corrected calcium
    in each of its bands (so the comparisons below are not vacuous)."""
    from vitd_cli.engines.sql_findings import PATTERNS

    rows, corrected, _ = generated
    codes = {c for r in rows for c in r["vitd_findings"].split()}
    assert {"hypocalcemia", "hypercalcemia", "calcium_discordant", *(r.code for r in PATTERNS)} <= codes
    notes = {p.split(" ")[0] for r in rows for p in r["vitd_note"].split("; ") if p.startswith(PANEL_NOTE_STARTS)}
    assert notes == {"albumin-corrected", "total"}
    s = settings()
    assert len({(c["category"], c["severity"]) for c in corrected.values()}) == len(
        {(b.category, b.severity) for b in s.ref.scheme("calcium", s.schemes["calcium"]).bands})


@pytest.mark.parametrize("run", [run_duckdb, run_sqlite], ids=["duckdb", "sqlite"])
def test_generated_panels(generated, run) -> None:  # type: ignore[no-untyped-def]
    rows, corrected, inputs = generated
    check(rows, corrected, run(inputs), inputs, f"generated panels, {run.__name__}")


@pytest.mark.parametrize("run", [run_duckdb, run_sqlite], ids=["duckdb", "sqlite"])
def test_mimic(mimic, run) -> None:  # type: ignore[no-untyped-def]
    rows, corrected, inputs = mimic
    assert sum(1 for r in rows if "albumin-corrected calcium" in r["vitd_note"]) > 20  # many calcium + albumin panels
    check(rows, corrected, run(inputs), inputs, f"MIMIC-III demo, {run.__name__}")


def test_spark(spark, generated, mimic) -> None:  # type: ignore[no-untyped-def]
    for (rows, corrected, inputs), what in ((generated, "generated panels"), (mimic, "MIMIC-III demo")):
        check(rows, corrected, run_spark(spark, inputs), inputs, f"{what}, Spark")


@pytest.mark.parametrize("dialect", DIALECTS)
def test_golden_sql(dialect: str) -> None:
    """The findings query per dialect is the one checked in: a change to the generator or the reference data shows
    up here for review."""
    got = findings_sql(dialect)
    path = GOLDEN / f"findings_{dialect}.sql"
    if os.environ.get("VITD_REGEN_GOLDEN"):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(got)
    assert path.is_file(), f"no golden file {path}: run VITD_REGEN_GOLDEN=1 pytest {__file__}"
    with open(path, encoding="utf-8", newline="") as fh:
        assert got == fh.read()


def test_no_literal_cut_offs() -> None:
    """The generator writes the reference data's numbers, not its own: the corrected calcium formula's constants and
    the calcium scheme's cut-offs are in the query, and another calcium scheme gives another query."""
    s = settings()
    base = FindingsBuilder(s.ref, s.schemes, FindingsInput("t")).query()
    for form in (s.ref.correction.si, s.ref.correction.conventional):
        assert f"{num(form.slope)} * ({num(form.reference_albumin)} - alb_v)" in base
    other = FindingsBuilder(s.ref, {**s.schemes, "calcium": "statpearls", "corrected_calcium": "statpearls"}, FindingsInput("t")).query()
    assert base != other


def test_level_follows_the_value() -> None:
    """explain.meets reads the value, not the band: under uk-2016 the osteomalacia level (below 30 nmol/L, 12 ng/mL) lies
    inside the insufficient band, and the SQL, like interpret(), raises osteomalacia_pattern for vitamin D 11.88 ng/mL
    with low phosphate, not for 14 ng/mL. (The streaming engine remembers a panel's findings per set of bands, so its
    CSV follows the first such panel it met: there it can differ.)"""
    from vitd_cli.classify import classify
    from vitd_cli.interpret import interpret
    from vitd_cli.reference.units import convert

    s = settings("uk-2016")

    def row(n: int, panel: int, analyte: str, value: float, unit: str) -> tuple:
        a, scheme = s.ref.analytes[analyte], s.ref.scheme(analyte, s.schemes[analyte])
        band = classify(value, unit, None, scheme, a, s.ref.units).band
        si = convert(value, unit, a.si_unit, a, s.ref.units)
        return (n, panel, analyte, value, unit, "", si, next(i for i, b in enumerate(scheme.bands) if b is band))

    got = {(r["vitd_row"]): r["vitd_findings"] for r in run_duckdb(
        [row(1, 1, "vitamin_d", 11.88, "ng/mL"), row(2, 1, "phosphate", 2.475, "mg/dL"),
         row(3, 2, "vitamin_d", 14.0, "ng/mL"), row(4, 2, "phosphate", 2.475, "mg/dL")], guideline="uk-2016")}
    for vitd, n in (("11.88", 1), ("14", 3)):
        found = interpret({"vitamin_d": f"{vitd} ng/mL", "phosphate": "2.475 mg/dL"}, guideline="uk-2016").panels[0].findings
        assert got[n] == " ".join(f.code for f in found if "vitamin_d" in f.based_on)
    assert "osteomalacia_pattern" in got[1] and "osteomalacia_pattern" not in got[3]
