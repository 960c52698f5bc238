"""`vitd sql --columns flag=...,range=...`: the lab's own flag and reference range compared with vitd's verdict in SQL
(engines/sql_lab.py) gives every row the lab note the streaming engine writes (batch/lab.py), run in DuckDB and in
SQLite (Spark: the transpiled query in local mode, when PySpark is there), on:

- the generated dense workload (benchmarks/workloads.py: the lab's range and flag on every row),
- MIMIC-III demo LABEVENTS and its FLAG column (real flags: abnormal, delta, none), with D_LABITEMS joined,
- hand-made boundary cases: values on a bound and within 1e-9 of it, censored values, ranges in another unit,
  unreadable ranges, every separator and bound word, flag words and marks read from the value cell.

The streaming engine's vitd_note may hold more than the SQL writes per row (panel notes such as the albumin-corrected
calcium, an inferred unit): the SQL's note must be its own note without the lab columns, then the streaming engine's lab
note; and where the streaming engine has no other note, the two notes are equal. Every other vitd_* cell is the one
the query writes without the lab columns.

Regenerate the golden files of the query with flag= and range= after a deliberate change:
    VITD_REGEN_GOLDEN=1 pytest tests/test_sql_lab.py
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

import pytest

from test_engines_equivalence import DICTIONARY, KEY_COLUMNS, MIMIC, REPO, run_python, run_sql
from vitd_cli.engines.sql_columns import DIALECTS, OUTPUT_COLUMNS, Columns, Rules
from vitd_cli.engines.sql_command import DEFAULT_COLUMNS, generate_sql, parse_columns
from vitd_cli.errors import VitdError

pytest.importorskip("sqlglot", reason="sqlglot is needed by `vitd sql`: reinstall vitd")

GOLDEN = Path(__file__).parent / "golden_sql"
LAB_COLUMNS = {"value": "value", "unit": "unit", "analyte": "test", "flag": "flag", "reference_range": "reference range"}
DENSE_COLUMNS = {"value": "result", "unit": "units", "analyte": "test_name", "flag": "abnormal_flag", "reference_range": "reference_range",
                 "subject": "patient_id", "date": "collected"}
MIMIC_COLUMNS = {"value": "VALUE", "value_numeric": "VALUENUM", "unit": "VALUEUOM", "analyte": "LABEL", "code": "LOINC_CODE",
                 "specimen": "FLUID", "flag": "FLAG"}
LAB_ROLES = ("flag", "reference_range")

# (test, value, unit, reference range, flag): each a row of a file with both columns
BOUNDARY = [
    # a value on a bound, and within 1e-9 of it (units.convert's noise): inside the lab's range
    ("Calcium", "8.6", "mg/dL", "8.6-10.3", ""), ("Calcium", "10.3", "mg/dL", "8.6-10.3", ""),
    ("Calcium", "8.6000000001", "mg/dL", "8.6-10.3", ""), ("Calcium", "8.59999", "mg/dL", "8.6-10.3", ""),
    ("Calcium", "10.30001", "mg/dL", "8.6-10.3", ""), ("Calcium", "2.15", "mmol/L", "8.6-10.3 mg/dL", ""),
    ("Calcium", "8.8", "mg/dL", "2.2-2.6 mmol/L", ""), ("Calcium", "2.2", "mmol/L", "2.2-2.6 mmol/L", ""),
    ("Calcium", "2.19", "mmol/L", "2.2 - 2.6 mmol/l", "L"), ("Calcium", "2.7", "mmol/L", "4.4-5.2 mEq/L", ""),
    ("Vitamin D", "29", "ng/mL", "75-250 nmol/L", ""), ("Vitamin D", "30", "ng/mL", "75 - 250 nmol/L", ""),
    ("Vitamin D", "74.88", "nmol/L", "30-100 ng/mL", ""), ("Vitamin D", "74.87", "nmol/L", "30-100 ng/mL", ""),
    ("PTH", "70", "pg/mL", "1.6-6.9 pmol/L", ""), ("PTH", "7.5", "pmol/L", "15-65 pg/mL", ""),
    ("Magnesium", "0.7", "mmol/L", "1.7-2.4 mg/dL", ""), ("Magnesium", "1.6", "mEq/L", "1.7-2.4 mg/dL", ""),
    # censored values: never below (above) their own bound
    ("Vitamin D", "<5", "ng/mL", "30-100", ""), ("Vitamin D", ">150", "ng/mL", "30-100", ""), ("Vitamin D", "<50", "ng/mL", "30-100", ""),
    ("Vitamin D", ">20", "ng/mL", "30-100", ""), ("Vitamin D", "<= 25", "ng/mL", "30-100", "L"), ("PTH", "<10", "pg/mL", "15-65", ""),
    ("PTH", ">70", "pg/mL", "<65", ""), ("PTH", "<3", "pg/mL", ">=15 pg/mL", ""), ("Vitamin D", "less than 8", "ng/mL", "30-100", ""),
    # separators, brackets, decimal comma, thousands
    ("Calcium", "9", "mg/dL", "8,6-10,3", ""), ("Calcium", "9", "mg/dL", "8.6–10.3", ""), ("Calcium", "9", "mg/dL", "8.6—10.3", ""),
    ("Calcium", "9", "mg/dL", "8.6 to 10.3", ""), ("Calcium", "9", "mg/dL", "8.6 bis 10.3", ""), ("Calcium", "9", "mg/dL", "8.6 à 10.3", ""),
    ("Calcium", "9", "mg/dL", "8.6 a 10.3", ""), ("Calcium", "9", "mg/dL", "8.6 TO 10.3", ""), ("Calcium", "9", "mg/dL", "[9.2-10.3]", ""),
    ("Calcium", "9", "mg/dL", "(9.2 - 10.3)", ""), ("Calcium", "9", "mg/dL", " [(9.2-10.3)] ", ""), ("Calcium", "2,3", "mmol/L", "2,35 - 2,6 mmol/L", ""),
    ("Calcium", "9", "mg/dL", "9.2-10.3mg/dL", ""), ("Calcium", "9", "mg/dL", "9.2-10.3\nmg/dL", ""), ("Calcium", "9", "mg/dL", "9,2-10,3 MG/DL", ""),
    ("PTH", "1500", "pg/mL", "1,000.5-2,000.0", ""), ("PTH", "1500", "pg/mL", "1.000,5-2.000,0", ""), ("PTH", "1500", "pg/mL", "1,000-2,000", ""),
    ("PTH", "1500", "pg/mL", "1.000.000-2", ""), ("Calcium", "9", "mg/dL", "9.-10.", ""), ("Calcium", "9", "mg/dL", "9,-10,", ""),
    # bounds
    ("Vitamin D", "25", "ng/mL", "<30", ""), ("Vitamin D", "25", "ng/mL", "<= 30", ""), ("Vitamin D", "25", "ng/mL", "> 30 ng/mL", ""),
    ("Vitamin D", "25", "ng/mL", ">=30 ng/mL", ""), ("Vitamin D", "25", "ng/mL", "=>30", ""), ("Vitamin D", "25", "ng/mL", "=<20", ""),
    ("Vitamin D", "25", "ng/mL", "≥ 30", ""), ("Vitamin D", "25", "ng/mL", "≤20", ""), ("PTH", "70", "pg/mL", "less than 65", ""),
    ("PTH", "70", "pg/mL", "LESS THAN 65", ""), ("PTH", "70", "pg/mL", "up to 65", ""), ("PTH", "70", "pg/mL", "under 65", ""),
    ("PTH", "70", "pg/mL", "below 65", ""), ("Vitamin D", "25", "ng/mL", "above 30", ""), ("Vitamin D", "25", "ng/mL", "over 30", ""),
    ("Vitamin D", "25", "ng/mL", "greater than 30", ""), ("Vitamin D", "25", "ng/mL", "more than 30 ng/mL", ""),
    ("Vitamin D", "25", "ng/mL", "Greater Than 20", "H"), ("PTH", "70", "pg/mL", "<6.9 pmol/L", ""),
    # unreadable ranges: the flag alone speaks, or nothing
    ("Calcium", "9", "mg/dL", "see report", ""), ("Calcium", "9", "mg/dL", "8.6-", "L"), ("Calcium", "9", "mg/dL", "-", ""),
    ("Calcium", "9", "mg/dL", "8.6-10.3 ng/mL", "H"), ("Calcium", "9", "mg/dL", "8.6-10.3 furlongs", ""), ("Calcium", "9", "mg/dL", "8.6-10.3 mg/dL (adult)", ""),
    ("Calcium", "9", "mg/dL", "1.2.3-4", ""), ("Calcium", "9", "mg/dL", "9.2-10.3.4", "L"), ("Calcium", "9", "mg/dL", "1" * 300 + "-2", ""),
    ("Calcium", "9", "mg/dL", "   ", "L"), ("Calcium", "9", "mg/dL", "", ""), ("Calcium", "9", "mg/dL", "[]", "H"),
    ("Calcium", "9", "mg/dL", "~8.6-10.3", ""), ("Calcium", "9", "mg/dL", "8.6-10.3\n(adult)", ""),
    # flag words, in every case, known and not
    ("Calcium", "8", "mg/dL", "", "L"), ("Calcium", "8", "mg/dL", "", "l"), ("Calcium", "8", "mg/dL", "", "H"), ("Calcium", "8", "mg/dL", "", "high"),
    ("Calcium", "8", "mg/dL", "", "LL"), ("Calcium", "8", "mg/dL", "", "A"), ("Calcium", "8", "mg/dL", "", "abnormal"), ("Calcium", "9.5", "mg/dL", "", "A"),
    ("Calcium", "9.5", "mg/dL", "", "*"), ("Calcium", "9.5", "mg/dL", "", "!!"), ("Calcium", "8", "mg/dL", "", "N"), ("Calcium", "8", "mg/dL", "", "normal"),
    ("Calcium", "8", "mg/dL", "", "delta"), ("Calcium", "8", "mg/dL", "", "D"), ("Calcium", "8", "mg/dL", "", "X"), ("Calcium", "8", "mg/dL", "", " h "),
    ("Calcium", "8", "mg/dL", "", "CRIT"), ("Calcium", "8", "mg/dL", "", "h*"), ("Calcium", "8", "mg/dL", "", ""), ("Calcium", "9.5", "mg/dL", "", ""),
    ("Calcium", "9.5", "mg/dL", "", "H"), ("Calcium", "9.5", "mg/dL", "", "L"), ("Calcium", "9.5", "mg/dL", "8.6-10.3", "H"),
    ("Calcium", "11", "mg/dL", "8.6-10.3", "N"), ("Calcium", "9.5", "mg/dL", "8.6-10.3", "delta"), ("Calcium", "9.5", "mg/dL", "8.6-10.3", "X"),
    # marks in the value cell: the flag column wins when it is not empty
    ("Calcium", "8.1 H", "mg/dL", "", ""), ("Calcium", "8.1 H", "mg/dL", "", "L"), ("Calcium", "(L) 9.5", "mg/dL", "", ""),
    ("Calcium", "9.5*", "mg/dL", "8.6-10.3", ""), ("Calcium", "8.1 ( h )", "mg/dL", "8.6-10.3", ""),
    # not interpreted: no lab note
    ("Glucose", "300", "mg/dL", "70-99", "H"), ("Calcium", "UNABLE TO REPORT", "mg/dL", "8.6-10.3", "A"), ("Calcium", "9", "furlongs", "8.6-10.3", "H"),
    ("Calcium", "", "mg/dL", "8.6-10.3", "L"), ("Calcium, Urine", "30", "mg/dL", "8.6-10.3", "H"),
    # no unit: read in the unit inferred, and the range in it
    ("Calcium", "2.1", "", "2.2-2.6", ""), ("Calcium", "2.1", "", "8.6-10.3 mg/dL", ""),
]
# (test, value, unit, reference range): a file without a flag column, the marks read from the value cell
MARKS = [
    ("Calcium", "8.1 H", "mg/dL", ""), ("Calcium", "8.1 L", "mg/dL", ""), ("Calcium", "(H) 11.2", "mg/dL", ""), ("Calcium", "9.5*", "mg/dL", ""),
    ("Calcium", "9.5 N", "mg/dL", ""), ("Calcium", "9.5 n", "mg/dL", ""), ("Calcium", "8.1 l", "mg/dL", "8.6-10.3"), ("Calcium", "11 hh", "mg/dL", "9-10.3"),
    ("Calcium", "9.5 !", "mg/dL", ""), ("Calcium", "9.5 d", "mg/dL", ""), ("Calcium", "8.1", "mg/dL", ""), ("Calcium", "8.1", "mg/dL", "8.6-10.3"),
    ("Calcium", "8.1 H", "mg/dL", "garbled"), ("Calcium", "8.1 ABN", "mg/dL", ""), ("Calcium", "9.5 (A)", "mg/dL", "8.6-10.3"),
]


def _write(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def lab_note(note: str) -> str:
    """The streaming engine's lab note: the last of a row's notes, from "the lab" on."""
    at = note.find("the lab")
    return note[at:] if at >= 0 else ""


def assert_lab_notes(path: Path, columns: dict[str, str], dialect: str, dictionary: Path | None = None) -> int:
    """The query with the lab columns, run on the file in `dialect`, against the streaming engine and against the
    query without them (module docstring). Returns the number of lab notes."""
    options = {"dictionary": str(dictionary)} if dictionary else {}
    stream, _ = run_python(path, **options)
    plain = {r: c for r, c in columns.items() if r not in LAB_ROLES}
    base = run_sql(dialect, path, plain, dictionary=dictionary)
    lab = run_sql(dialect, path, columns, dictionary=dictionary)
    assert len(stream) == len(base) == len(lab)
    wrong, differ, same, notes = [], [], 0, 0
    for i, (s, b, got) in enumerate(zip(stream, base, lab)):
        ours = lab_note(s["vitd_note"])
        notes += bool(ours)
        if got["vitd_note"] != "; ".join(x for x in (b["vitd_note"], ours) if x):
            wrong.append((i, s["vitd_note"], got["vitd_note"]))
        if [b[c] for c in OUTPUT_COLUMNS if c != "vitd_note"] + [b["vitd_kind"]] != [got[c] for c in OUTPUT_COLUMNS if c != "vitd_note"] + [got["vitd_kind"]]:
            differ.append(i)
        if s["vitd_note"][: len(s["vitd_note"]) - len(ours)].rstrip("; ") == b["vitd_note"]:  # no note the SQL does not write
            same += 1
            if got["vitd_note"] != s["vitd_note"]:
                wrong.append((i, s["vitd_note"], got["vitd_note"]))
        assert [s[c] for c in KEY_COLUMNS] == [got[c] for c in KEY_COLUMNS], i
    assert not wrong, f"{dialect}: {len(wrong)} notes differ from the streaming engine's, e.g. {wrong[:3]}"
    assert not differ, f"{dialect}: the lab columns changed other cells of rows {differ[:5]}"
    assert same > len(stream) // 2  # most rows carry no note the SQL does not write: their notes are compared whole
    return notes


DIALECT_RUNS = ["duckdb", "sqlite"]


@pytest.fixture(scope="module")
def dense(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import workloads
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    path = tmp_path_factory.mktemp("dense") / "dense.csv"
    workloads.write_dense(path, 20000, 1)
    return path


@pytest.mark.parametrize("dialect", DIALECT_RUNS)
def test_dense_workload(dense: Path, dialect: str) -> None:
    assert assert_lab_notes(dense, DENSE_COLUMNS, dialect) > 500


@pytest.mark.parametrize("dialect", DIALECT_RUNS)
def test_mimic_flags(dialect: str) -> None:
    path = MIMIC / "LABEVENTS_calcium_mg_vitd_subset.csv"
    if not (path.is_file() and DICTIONARY.is_file()):
        pytest.skip("../shared/data not found")
    assert assert_lab_notes(path, MIMIC_COLUMNS, dialect, DICTIONARY) > 500


@pytest.mark.parametrize("dialect", DIALECT_RUNS)
def test_boundary_cases(tmp_path: Path, dialect: str) -> None:
    path = _write(tmp_path / "lab.csv", ["test", "value", "unit", "reference range", "flag"], BOUNDARY)
    rows, _ = run_python(path)
    said = [lab_note(r["vitd_note"]) for r in rows]
    # the cases reach every kind of note: a range, a flag word as itself and as another word, and no flag
    assert any(n.startswith("the lab's range 2.2-2.6 mmol/L makes it") for n in said)
    assert any(n.startswith("the lab flagged it high") for n in said) and any(n.startswith("the lab flagged it 'H' (high)") for n in said)
    assert any(n.startswith("the lab did not flag it") for n in said)
    assert assert_lab_notes(path, LAB_COLUMNS, dialect) > 40


@pytest.mark.parametrize("dialect", DIALECT_RUNS)
def test_marks_in_the_value_cell(tmp_path: Path, dialect: str) -> None:
    """No flag column: the mark written beside the value ('8.1 H') is the lab's flag, and an unflagged value says nothing."""
    path = _write(tmp_path / "marks.csv", ["test", "value", "unit", "reference range"], MARKS)
    rows, _ = run_python(path)
    assert any("the lab flagged it 'H' (high)" in r["vitd_note"] for r in rows)
    assert not any("did not flag" in r["vitd_note"] for r in rows)
    cols = {r: c for r, c in LAB_COLUMNS.items() if r != "flag"}
    assert assert_lab_notes(path, cols, dialect) >= 5


def test_flag_alone(tmp_path: Path) -> None:
    """A flag column and no range column: flag= alone makes the comparison (and range= alone, below)."""
    path = _write(tmp_path / "flags.csv", ["test", "value", "unit", "flag"], [r[:3] + r[4:] for r in BOUNDARY])
    assert assert_lab_notes(path, {r: c for r, c in LAB_COLUMNS.items() if r != "reference_range"}, "duckdb") > 10
    path = _write(tmp_path / "ranges.csv", ["test", "value", "unit", "reference range"], [r[:4] for r in BOUNDARY])
    assert assert_lab_notes(path, {r: c for r, c in LAB_COLUMNS.items() if r != "flag"}, "duckdb") > 10


def test_spark(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The query transpiled to Spark SQL, run in local mode on the boundary cases: the DuckDB notes."""
    path = _write(tmp_path / "lab.csv", ["test", "value", "unit", "reference range", "flag"], BOUNDARY)
    want = run_sql("duckdb", path, LAB_COLUMNS)
    df = spark.createDataFrame([(str(i + 1), *r) for i, r in enumerate(BOUNDARY)], ["vitd_test_row", "test", "value", "unit", "reference range", "flag"])
    df.createOrReplaceTempView("labs")
    sql = generate_sql("spark", "labs", LAB_COLUMNS).split("\n", 4)[4].rstrip().rstrip(";")
    got = sorted(({k: ("" if v is None else v) for k, v in r.asDict().items()} for r in spark.sql(sql).collect()), key=lambda r: int(r["vitd_test_row"]))
    assert [r["vitd_note"] for r in got] == [r["vitd_note"] for r in want]
    assert [[r[c] for c in KEY_COLUMNS] for r in got] == [[r[c] for c in KEY_COLUMNS] for r in want]


def test_classify_dataframe_takes_the_lab_columns(spark) -> None:  # type: ignore[no-untyped-def]
    from vitd_cli.engines.spark_engine import classify_dataframe

    df = spark.createDataFrame([("Calcium", "8.6", "mg/dL", "8.6-10.3", "", "p1", "2024-01-01"), ("Calcium", "9.5", "mg/dL", "", "H", "p1", "2024-01-01")],
                               ["test", "value", "unit", "ref", "flag", "who", "drawn"])
    got = [r.asDict() for r in classify_dataframe(df, flag_col="flag", range_col="ref", subject_col="who", date_col="drawn").collect()]
    notes = sorted(r["vitd_note"] for r in got)
    assert notes == ["the lab flagged it 'H' (high); vitd: normal (normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd)",
                     "the lab's range 8.6-10.3 makes it normal; vitd: low (normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd)"]


# ---------------------------------------------------------------- the options and the query


def test_columns_roles() -> None:
    assert parse_columns(["value=v,analyte=t,flag=F,range=RR,subject=S,date=D"]) == {
        "value": "v", "unit": "unit", "analyte": "t", "code": "loinc", "flag": "F", "reference_range": "RR", "subject": "S", "date": "D"}
    assert parse_columns(["reference_range=RR", "flag="])["reference_range"] == "RR"
    assert "flag" not in parse_columns(["flag="])
    with pytest.raises(VitdError, match="same role"):
        parse_columns(["range=a,reference_range=b"])
    c = Columns(value="v", flag="f", reference_range="r", subject="s", date="d")
    assert c.roles() == {"value": "v"} and c.lab_roles() == {"flag": "f", "reference_range": "r"}
    assert Rules.shipped().flag_meaning["h"] == "high"


def test_subject_or_date_alone_leaves_the_query_unchanged() -> None:
    """subject= or date= alone is carried and changes nothing; both together form panels (tests/test_sql_wired.py)."""
    plain = generate_sql("duckdb", "labs", {"value": "v", "analyte": "t"})
    for one in ({"subject": "s"}, {"date": "d"}):
        carried = generate_sql("duckdb", "labs", {"value": "v", "analyte": "t", **one})
        assert plain.split("\n", 4)[4] == carried.split("\n", 4)[4]


def test_the_lab_steps_only_when_asked() -> None:
    assert "vitd_lab" not in generate_sql("duckdb") and "vitd_flag_words" not in generate_sql("duckdb")
    sql = generate_sql("duckdb", "labs", {**LAB_COLUMNS})
    assert "vitd_lab AS" in sql and "vitd_flag_words" in sql and "'the lab did not flag it'" in sql
    assert "'the lab did not flag it'" in generate_sql("duckdb", "labs", {"value": "value", "analyte": "test", "reference_range": "r"})


def _golden(dialect: str) -> Path:
    return GOLDEN / f"lab_{dialect}.sql"


def lab_part(sql: str) -> str:
    """What the lab columns add to the query (the rest is the default query's, checked by test_engines_sql.py): the
    header, the two relations (flag words, vitd's bands), and the steps from vitd_l0 to the end."""
    header = "".join(line for line in sql.splitlines(keepends=True) if line.startswith("--"))
    words, steps = sql.index("vitd_flag_words AS"), sql.index("vitd_l0 AS")
    return f"{header}-- [the relations]\n{sql[words:sql.index('vitd_in AS', words)]}\n-- [the steps]\n{sql[steps:]}"


@pytest.mark.parametrize("dialect", DIALECTS)
def test_golden_lab_sql(dialect: str) -> None:
    """The lab part of `vitd sql --dialect D --columns ...,flag=flag,range=reference range` is the one checked in, and
    sqlglot reads the whole query back in the dialect."""
    import sqlglot

    got = generate_sql(dialect, "labs", {**DEFAULT_COLUMNS, "flag": "flag", "reference_range": "reference range"})
    path = _golden(dialect)
    if os.environ.get("VITD_REGEN_GOLDEN"):
        with open(path, "w", encoding="utf-8", newline="") as fh:  # the patterns hold a literal CR: no newline translation
            fh.write(lab_part(got))
    assert path.is_file(), f"no golden file {path}: run VITD_REGEN_GOLDEN=1 pytest {__file__}"
    with open(path, encoding="utf-8", newline="") as fh:
        assert lab_part(got) == fh.read()
    body = "".join(line for line in got.splitlines(keepends=True) if not line.startswith("--"))
    assert sqlglot.parse_one(body.rstrip().rstrip(";"), read=dialect) is not None
