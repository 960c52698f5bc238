"""`vitd sql --columns ...,subject=S,date=D[,row=R]`: the query forms panels (engines/sql_panels.py) and their findings
(engines/sql_findings.py) and joins them back (engines/sql_wired.py), so that every row's vitd_panel, vitd_findings and
vitd_note are the streaming engine's (`vitd interpret FILE --format csv`): on the dense workload of
benchmarks/workloads.py, the MIMIC-III demo subset (its dictionary joined in) and hand-made panels, in DuckDB and
SQLite; the docs/engines.md warehouse example; the query's text per
dialect, Spark's included (tests/golden_sql/wired_<dialect>.sql: the steps from the dates on but the panel and findings
steps, whose goldens are panels_ and findings_<dialect>.sql; VITD_REGEN_GOLDEN=1 rewrites them).

The files are loaded as a table with a row id in file order (test_engines_equivalence.run_sql's vitd_test_row),
given as row=. When the SQL and the streaming engine disagree, the generator is wrong, never this test.
"""

from __future__ import annotations

import csv
import os
import re
import sqlite3
import sys
from pathlib import Path

import pytest

from boundary_corpus import COLUMNS as CORPUS_COLUMNS
from boundary_corpus import write_corpus
from test_engines_equivalence import DICTIONARY, KEY_COLUMNS, MIMIC, MIMIC_SQL_COLUMNS, REPO, run_python, run_sql
from vitd_cli.engines.sql_command import generate_sql, register_sqlite_functions
from vitd_cli.engines.sql_wired import _ISO
from vitd_cli.interpret import settings

duckdb = pytest.importorskip("duckdb", reason="duckdb is a regular dependency of vitd: reinstall vitd")
pytest.importorskip("sqlglot", reason="sqlglot is needed by `vitd sql`: reinstall vitd")

GOLDEN = Path(__file__).parent / "golden_sql"
DOC = REPO / "docs" / "engines.md"
WIRED = ("vitd_panel", "vitd_findings", "vitd_note")
DENSE_COLUMNS = {"value": "result", "unit": "units", "analyte": "test_name", "flag": "abnormal_flag",
                 "reference_range": "reference_range", "subject": "patient_id", "date": "collected", "row": "vitd_test_row"}
MIMIC_WIRED = {**MIMIC_SQL_COLUMNS, "flag": "FLAG", "subject": "SUBJECT_ID", "date": "CHARTTIME", "row": "vitd_test_row"}
HAND_COLUMNS = {"value": "value", "unit": "unit", "analyte": "test", "subject": "patient", "date": "drawn", "row": "vitd_test_row"}
DIALECTS = ["duckdb", "sqlite"]

# hand-made panels: (patient, drawn, test, value, unit)
HAND_MADE = [
    ("P1", "2024-03-01 08:00", "Calcium", "8.1", "mg/dL"),  # calcium and albumin: the corrected calcium in vitd_note
    ("P1", "2024-03-01 08:00", "Albumin", "2.5", "g/dL"),
    ("P1", "2024-03-09T07:30:00", "Calcium", "<6.5", "mg/dL"),  # censored: no estimate, the comparator's note
    ("P1", "2024-03-09T07:30:00", "Albumin", "3.0", "g/dL"),
    ("P2", "2024-03-02 09:15", "PTH", "120", "pg/mL"),  # PTH high with vitamin D low: secondary hyperparathyroidism
    ("P2", "2024-03-02 09:15", "25-OH Vitamin D", "8", "ng/mL"),
    ("P3", "2024-03-03 06:00:00.250", "Magnesium", "0.9", "mg/dL"),  # low magnesium with low calcium
    ("P3", "2024-03-03 06:05Z", "Calcium", "7.2", "mg/dL"),
    ("P3", "2024-03-03", "PTH", "20", "pg/mL"),
    ("P4", "soon", "Calcium", "11.5", "mg/dL"),  # a date cell no engine reads: undated, and said so
    ("P4", "2024-02-30 08:00", "Albumin", "4.1", "g/dL"),  # no such day
    ("P4", "", "Phosphate", "1.8", "mg/dL"),
    ("P5", "2024-03-05 10:00", "Calcium", "=9.0", "mg/dL"),
    ("P5", "2024-03-05 10:00", "Ionized calcium", "1.02", "mmol/L"),
    ("P5", "2024-03-05 10:00", "Albumin", "4.0", "g/dL"),
    ("P6", "2024-03-06 10:00", "Sodium", "140", "mmol/L"),
]


def _write(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def assert_wired(path: Path, columns: dict[str, str], dialect: str, dictionary: Path | None = None, *,
                 panel_window: str = "24h", date_order: str | None = None) -> list[dict]:
    """Every row's vitd_panel, vitd_findings and vitd_note (of an interpreted row) and the per-row verdict from the
    query (vitd sql --panel-window, --dayfirst/--monthfirst) are the streaming engine's (vitd interpret
    --panel-window, --dayfirst/--monthfirst). Returns the streaming engine's rows."""
    options = {"dictionary": str(dictionary)} if dictionary else {}
    stream, _ = run_python(path, panel_window=panel_window, date_order=date_order, **options)
    got = run_sql(dialect, path, columns, dictionary=dictionary, panel_window=panel_window, date_order=date_order)
    assert len(got) == len(stream)
    wrong = [(i + 1, c, s[c], g[c]) for i, (s, g) in enumerate(zip(stream, got)) for c in (*KEY_COLUMNS, *WIRED)
             if s[c] != g[c]]
    assert not wrong, f"{dialect}: {len(wrong)} cells differ from the streaming engine's, e.g. {wrong[:5]}"
    return stream


@pytest.fixture(scope="module")
def dense(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import workloads
    finally:
        sys.path.pop(0)
    path = tmp_path_factory.mktemp("wired") / "dense.csv"
    workloads.write_dense(path, 5000, 1)
    return path


@pytest.mark.parametrize("dialect", DIALECTS)
def test_dense_workload(dense: Path, dialect: str) -> None:
    rows = assert_wired(dense, DENSE_COLUMNS, dialect)
    assert sum("albumin-corrected calcium" in r["vitd_note"] for r in rows) > 100
    assert sum(" " in r["vitd_findings"] for r in rows) > 100  # panels with findings beyond each result's own
    assert len({r["vitd_panel"] for r in rows}) > 500


# one subject's results hours and days apart: which of them form a panel depends on --panel-window
WINDOWED = [
    ("W1", "2024-03-01 08:00", "Calcium", "8.1", "mg/dL"),
    ("W1", "2024-03-01 09:30", "Albumin", "2.5", "g/dL"),  # 90 min later: with it, the corrected calcium
    ("W1", "2024-03-01 20:00", "PTH", "120", "pg/mL"),
    ("W1", "2024-03-02 10:00", "25-OH Vitamin D", "8", "ng/mL"),  # 26 h after the first: with PTH (30d), secondary hyperparathyroidism
    ("W1", "2024-03-20 09:00", "Magnesium", "0.9", "mg/dL"),  # weeks later
    ("W2", "2024-03-01 08:00", "Calcium", "7.2", "mg/dL"),
    ("W2", "2024-03-01 08:00", "Magnesium", "0.9", "mg/dL"),  # the same time: one panel with any window
]


@pytest.fixture(scope="module")
def windowed(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    return _write(tmp_path_factory.mktemp("wired") / "windowed.csv", ["patient", "drawn", "test", "value", "unit"], WINDOWED)


@pytest.mark.parametrize("window", ["0", "2h", "24h", "30d"])
@pytest.mark.parametrize("dialect", DIALECTS)
def test_panel_window(windowed: Path, dense: Path, dialect: str, window: str) -> None:
    """vitd sql --panel-window forms the panels (and findings) vitd interpret --panel-window does: the same time only,
    a shorter and a longer window than the default, each giving other panels on the windowed table; and the dense
    workload with a window other than the default."""
    rows = assert_wired(windowed, HAND_COLUMNS, dialect, panel_window=window)
    panels = {"0": 6, "2h": 5, "24h": 4, "30d": 2}[window]
    assert len({r["vitd_panel"] for r in rows}) == panels
    if window == "2h":
        assert_wired(dense, DENSE_COLUMNS, dialect, panel_window=window)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_mimic(dialect: str) -> None:
    path = MIMIC / "LABEVENTS_calcium_mg_vitd_subset.csv"
    if not path.is_file():
        pytest.skip("../shared/data not found")
    rows = assert_wired(path, MIMIC_WIRED, dialect, DICTIONARY)
    assert sum("albumin-corrected calcium" in r["vitd_note"] for r in rows) > 20


@pytest.fixture(scope="module")
def hand_made(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    return _write(tmp_path_factory.mktemp("wired") / "hand.csv", ["patient", "drawn", "test", "value", "unit"], HAND_MADE)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_hand_made(hand_made: Path, dialect: str) -> None:
    rows = assert_wired(hand_made, HAND_COLUMNS, dialect)
    assert rows[0]["vitd_note"].startswith("albumin-corrected calcium ") and rows[0]["vitd_panel"] == rows[1]["vitd_panel"] == "1"
    assert rows[2]["vitd_note"].startswith("reported as <6.5")
    assert "secondary_hyperparathyroidism" in rows[4]["vitd_findings"] and "secondary_hyperparathyroidism" in rows[5]["vitd_findings"]
    assert "magnesium_limits_calcium_correction" in rows[6]["vitd_findings"]
    assert "date 'soon' not read" in rows[9]["vitd_note"] and "date '2024-02-30 08:00' not read" in rows[10]["vitd_note"]
    assert rows[15]["vitd_status"] == "other_test" and rows[15]["vitd_panel"] == ""


@pytest.mark.parametrize("dialect", DIALECTS)
def test_reasons(dialect: str, tmp_path: Path) -> None:
    """A value of one of our tests not read: the query's vitd_note is the streaming engine's (the test's label, what was
    wrong and what is accepted; an implausible value's numbers as :.4g and :g write them, and the units that would fit),
    for every reason kind, on the boundary corpus (every kind) and values with tabs and no-break spaces (Python's repr()
    escapes them)."""
    s = settings()
    path = tmp_path / "boundary.csv"
    write_corpus(str(path), s.ref, s.schemes)
    with open(path, "a", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([("9001", "Calcium", "", "", "1\xa0234,5", "mg/dL", ""), ("9002", "Calcium", "", "", "8.1\tmg/dL", "mmol/L", ""),
                                  ("9003", "Calcium", "", "", "it's", "mg/dL", ""), ("9004", "PTH", "", "", "1,234", "bad\\unit", ""),
                                  ("9005", "Calcium", "", "", "90", "mg/dL", ""), ("9006", "25-OH Vitamin D", "", "", "18000 ng/mL", "", ""),
                                  ("9007", "Magnesium", "", "", "-0", "mg/dL", ""), ("9008", "PTH", "", "", "123456789", "pg/mL", "")])
    stream, _ = run_python(path)
    got = run_sql(dialect, path, CORPUS_COLUMNS)
    kinds = {g["vitd_kind"] for g in got if g["vitd_status"] != "interpreted"}
    assert {"text result", "not a number", "negative value", "unknown unit", "wrong unit", "no unit", "unit conflict",
            "unreadable value", "implausible value"} <= kinds
    wrong = [(s["Row"], g["vitd_kind"], s["vitd_note"], g["vitd_note"]) for s, g in zip(stream, got)
             if s["vitd_status"] != "interpreted" and s["vitd_note"] != g["vitd_note"]]
    assert not wrong, f"{dialect}: {len(wrong)} notes differ, e.g. {wrong[:5]}"
    assert any("\\xa0" in s["vitd_note"] for s in stream) and any("\\t" in s["vitd_note"] for s in stream)
    assert any("did you mean 18000 ng/dL or " in g["vitd_note"] for g in got) and any("is 1.31e+07 pmol/L" in g["vitd_note"] for g in got)
    assert any("is -0 mmol/L" in g["vitd_note"] for g in got)


# dates written day and month first, as vitd sql --dayfirst / --monthfirst reads them (readers/values.parse_when's forms)
DAY_MONTH_DATES = ["03/01/2024 08:00", "3/1/2024 8:00 PM", "03-01-24 08:00:30", "03.01.2024 08:00:30.250", "03/01/2024, 09:15",
                   "03/01/2024T10:00", "2024/3/1 07:00", "2024-3-1", "13/01/2024 08:00", "01/13/2024 08:00", "02/30/2024",
                   "29/02/2023", "29/02/2024", "12/31/99", "1/2/69", "1/2/70", "03/01-2024", "03/01/2024 12:00 AM",
                   "03/01/2024 12:30 pm", "03/01/2024 25:00", "03/01/2024 13:00 PM", "03/01/2024 8:5", "2024-03-01 08:00",
                   "0/1/2024", "03/01/0001", "3/1/2024\t8:00\tam", "31.12.1999 23:59:59"]


def day_month_rows() -> list[tuple[str, ...]]:
    """(patient, drawn, test, value, unit): a calcium and an albumin of each DAY_MONTH_DATES text, and pairs whose two
    texts are one draw in one order and months apart in the other."""
    rows = []
    for i, when in enumerate(DAY_MONTH_DATES):
        rows += [(f"P{i}", when, "Calcium", "8.1", "mg/dL"), (f"P{i}", when, "Albumin", "2.5", "g/dL")]
    return rows + [("Q1", "03/01/2024 08:00", "Calcium", "7.9", "mg/dL"), ("Q1", "2024-03-01 09:00", "Albumin", "2.9", "g/dL"),
                   ("Q2", "12/04/2024 08:00", "PTH", "120", "pg/mL"), ("Q2", "04/12/2024 07:00", "25-OH Vitamin D", "8", "ng/mL")]


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("order", ["dayfirst", "monthfirst"])
def test_day_month_dates(dialect: str, order: str, tmp_path: Path) -> None:
    """vitd sql --dayfirst/--monthfirst reads a date written day and month first as the streaming engine does given
    the same option: each panel (a calcium and an albumin of one date text, and pairs whose two texts are one draw in
    one order and months apart in the other) and the undated notes of the texts that are no date."""
    path = _write(tmp_path / "dates.csv", ["patient", "drawn", "test", "value", "unit"], day_month_rows())
    stream = assert_wired(path, HAND_COLUMNS, dialect, date_order=order)
    by_text = {r["drawn"]: r for r in stream if r["test"] == "Calcium"}
    assert "not read" in by_text["02/30/2024"]["vitd_note"] and "not read" in by_text["03/01-2024"]["vitd_note"]
    assert ("not read" in by_text["13/01/2024 08:00"]["vitd_note"]) == (order == "monthfirst")
    assert "albumin-corrected calcium" in by_text["3/1/2024 8:00 PM"]["vitd_note"]
    q1 = [r["vitd_panel"] for r in stream if r["patient"] == "Q1"]
    assert (q1[0] == q1[1]) == (order == "monthfirst")  # 1 March both, or 3 January and 1 March


def test_day_month_query(tmp_path: Path) -> None:
    """Without --dayfirst/--monthfirst the query reads ISO 8601 only (no day-month steps); with one, the header says
    how dates are read, the day-month steps run once per distinct date text, and every dialect's form parses. Either
    way each distinct date text is read once (vitd_w_dates), not once per row."""
    import sqlglot

    cols = {**HAND_COLUMNS}
    plain = generate_sql("duckdb", "labs", cols)
    assert "vitd_w_dmy" not in plain and "day and month first" not in plain
    assert plain.count("vitd_w_dtext") >= 2 and plain.count(_ISO) == 1  # ISO 8601 read in one place: once per text
    assert "any other date is undated (vitd_note says so): vitd sql --dayfirst or --monthfirst reads" in plain
    # the DuckDB versions that plan the panel query in seconds (docs/engines.md): said where panels are formed, in DuckDB
    assert "-- With panels, DuckDB 1.4 or later" in plain and "DuckDB 1.4" not in generate_sql("spark", "labs", cols)
    assert "-- Dates:" not in generate_sql("duckdb", "labs", {r: c for r, c in cols.items() if r not in ("subject", "date")})
    for dialect in ("duckdb", "postgres", "spark", "bigquery", "snowflake", "sqlite"):
        sql = generate_sql(dialect, "labs", cols, date_order="dayfirst")
        assert "-- Dates: ISO 8601 text or a DATE/TIMESTAMP column, and dates written day and month first read dayfirst" in sql
        assert sql.count("vitd_w_dtext") >= 2
        sqlglot.parse_one(sql.split("\n", 5)[5], read=dialect)
    with pytest.raises(ValueError, match="date order"):
        generate_sql("duckdb", "labs", cols, date_order="bysep")


def test_day_month_command(tmp_path: Path) -> None:
    """The command line: --dayfirst and --monthfirst, one at a time; a configuration's date_order applies."""
    from cli_runner import run_cli

    cols = "value=value,unit=unit,analyte=test,subject=patient,date=drawn"
    code, out, _ = run_cli(["sql", "--columns", cols, "--monthfirst", "--no-config"])
    assert code == 0 and "read monthfirst (12/04/2024 is December 4; --monthfirst)" in out
    code, out, err = run_cli(["sql", "--columns", cols, "--dayfirst", "--monthfirst", "--no-config"])
    assert code == 2 and not out and "--dayfirst and --monthfirst were both given" in err
    code, out, err = run_cli(["sql", "--columns", "value=value,unit=unit,analyte=test", "--dayfirst", "--no-config"])
    assert code == 2 and not out and "give subject= and date= in --columns" in err and len(err.strip().splitlines()) == 1
    (tmp_path / "vitd.toml").write_text('date_order = "dayfirst"\n', encoding="utf-8")
    code, out, _ = run_cli(["sql", "--columns", cols, "--config", str(tmp_path / "vitd.toml")])
    assert code == 0 and "read dayfirst (12/04/2024 is 12 April" in out
    code, out, _ = run_cli(["sql", "--columns", "value=value,unit=unit,analyte=test", "--config", str(tmp_path / "vitd.toml")])
    assert code == 0 and "-- Dates:" not in out  # a configuration's order applies where the query reads dates


def test_without_row_column(hand_made: Path, tmp_path: Path) -> None:
    """Without row=, the query numbers the rows itself (vitd_row: by subject, date, then the role cells) and groups
    each subject's rows: the streaming engine gives the same cells on the file written in that order."""
    columns = {k: v for k, v in HAND_COLUMNS.items() if k != "row"}
    got = run_sql("duckdb", hand_made, columns)
    again = run_sql("sqlite", hand_made, columns)
    assert [r["vitd_row"] for r in got] == [r["vitd_row"] for r in again]
    ordered = sorted(got, key=lambda r: int(r["vitd_row"]))
    assert [r["patient"] for r in ordered] == sorted(r["patient"] for r in got)
    path = _write(tmp_path / "ordered.csv", ["patient", "drawn", "test", "value", "unit"],
                  [tuple(r[c] for c in ("patient", "drawn", "test", "value", "unit")) for r in ordered])
    stream, _ = run_python(path)
    def cells(r: dict) -> list[str]:
        return [r[c] for c in WIRED] if r["vitd_status"] == "interpreted" else [r["vitd_panel"], r["vitd_findings"]]

    assert [cells(r) for r in stream] == [cells(r) for r in ordered]


def test_plain_query_unchanged() -> None:
    """Without both subject= and date= the query is the per-row one (its goldens: test_engines_sql.py)."""
    plain = generate_sql("duckdb", "labs", {"value": "v", "analyte": "t"})
    for one in ({"subject": "s"}, {"date": "d"}, {"row": "r"}):
        assert generate_sql("duckdb", "labs", {"value": "v", "analyte": "t", **one}).split("\n", 4)[4] == plain.split("\n", 4)[4]
    wired = generate_sql("duckdb", "labs", {"value": "v", "analyte": "t", "subject": "s", "date": "d"})
    assert "vitd_w_panel" in wired and "vitd_w_panel" not in plain


# ---------------------------------------------------------------- the docs' warehouse example


def _doc_example() -> tuple[str, list[list[str]], list[list[str]]]:
    """The warehouse example of docs/engines.md: its --columns, the table's rows, and the result rows it shows."""
    text = DOC.read_text(encoding="utf-8")
    at = text.index("### A warehouse example")
    part = text[at:text.index("\n## ", at)]
    command = re.search(r"vitd sql --dialect duckdb --table labs --columns (\S+)", part)
    assert command, "the example's command"
    tables = re.findall(r"((?:^\|.*\|\n)+)", part, re.M)
    rows = [[[c.strip() for c in line.strip().strip("|").split("|")] for line in t.strip().splitlines()] for t in tables[:2]]
    return command.group(1), rows[0], rows[1]


def test_docs_warehouse_example(tmp_path: Path) -> None:
    """docs/engines.md's warehouse example: its table loaded into DuckDB, the command's query run, the result rows the
    doc shows (a finding: the albumin-corrected calcium in vitd_note)."""
    from vitd_cli.engines.sql_command import parse_columns

    columns, table, shown = _doc_example()
    header, data = table[0], table[2:]
    con = duckdb.connect()
    con.execute("CREATE TABLE labs (" + ", ".join(f'"{h}" VARCHAR' for h in header) + ")")
    con.executemany(f"INSERT INTO labs VALUES ({', '.join('?' * len(header))})", data)
    cur = con.execute(generate_sql("duckdb", "labs", parse_columns([columns])).rstrip().rstrip(";") + " ORDER BY t.row_id")
    names = [d[0] for d in cur.description]
    got = [dict(zip(names, r)) for r in cur.fetchall()]
    want = [dict(zip(shown[0], r)) for r in shown[2:]]
    assert [{k: (g[k] or "") for k in shown[0]} for g in got] == want
    assert any("albumin-corrected calcium" in w["vitd_note"] for w in want)
    # and it is what the streaming engine writes for that table as a file
    path = _write(tmp_path / "labs.csv", header, [tuple(r) for r in data])
    stream, _ = run_python(path)
    assert [[s[c] for c in WIRED] for s in stream] == [[g[c] for c in WIRED] for g in got]


# ---------------------------------------------------------------- the query's text


def wired_part(sql: str) -> str:
    """What the wired steps add to the query: from the dates (vitd_w_dtext) on, without the panel steps (vitd_p_*: panels_<dialect>.sql,
    test_sql_panels.py) and the findings steps (vitd_fbands ... vitd_fs: findings_<dialect>.sql, test_sql_findings.py),
    each replaced by a line saying so. The whole query is run by the tests above."""
    at = {name: sql.index(f"{name} AS") for name in ("vitd_w_dtext", "vitd_p_in", "vitd_w_panel", "vitd_fbands", "vitd_w_f")}
    return (sql[at["vitd_w_dtext"]:at["vitd_p_in"]] + "\n-- [the panel steps vitd_p_*]\n" + sql[at["vitd_w_panel"]:at["vitd_fbands"]]
            + "\n-- [the findings steps vitd_fbands ... vitd_fs]\n" + sql[at["vitd_w_f"]:])


@pytest.mark.parametrize("dialect", ["duckdb", "sqlite", "spark"])
def test_golden_sql(dialect: str) -> None:
    """The wired steps (wired_part) of `vitd sql --columns ...,subject=,date=,row=` per dialect are the ones checked in."""
    sql = generate_sql(dialect, "labs", {**DENSE_COLUMNS, "row": "row_id"})
    got = wired_part(sql)
    assert "vitd_p_part" in sql and "vitd_p_part" not in got and "vitd_fk0" in sql and "vitd_fk0" not in got
    path = GOLDEN / f"wired_{dialect}.sql"
    if os.environ.get("VITD_REGEN_GOLDEN"):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(got)
    assert path.is_file(), f"no golden file {path}: run VITD_REGEN_GOLDEN=1 pytest {__file__}"
    with open(path, encoding="utf-8", newline="") as fh:
        assert got == fh.read()


def test_sqlite_functions_only() -> None:
    """The SQLite query needs only the functions register_sqlite_functions adds (and SQLite's own)."""
    con = sqlite3.connect(":memory:")
    register_sqlite_functions(con)
    con.execute("CREATE TABLE labs (value TEXT, unit TEXT, test TEXT, patient TEXT, drawn TEXT)")
    con.execute("INSERT INTO labs VALUES ('9.1', 'mg/dL', 'Calcium', 'A', '2024-01-01 08:00'), ('3.0', 'g/dL', 'Albumin', 'A', '2024-01-01 08:00')")
    sql = generate_sql("sqlite", "labs", {"value": "value", "unit": "unit", "analyte": "test", "subject": "patient", "date": "drawn"})
    got = con.execute(sql.rstrip().rstrip(";")).fetchall()
    assert len(got) == 2 and any("albumin-corrected calcium" in str(r) for r in got)
