"""The Spark engine does the whole interpretation: `vitd interpret FILE --engine spark` (run_spark) and classify_dataframe
with subject and date give every row the streaming engine's vitd_panel, vitd_findings and vitd_note (panels, corrected
calcium, cross-analyte findings, the lab-flag comparison) besides its per-row verdict, and its row accounting: on
hand-made panels, a MIMIC-III demo subset and the dense workload of benchmarks/workloads.py (small: Spark is slow to
plan, not to run). The query is sql_wired's, run a step at a time (engines/spark_steps.py).

Spark writes rows in its own order: the rows are compared as a multiset of whole rows (vitd_panel is a row number, so a
row in the wrong panel shows). One SparkSession for the run (conftest.py's `spark`); skipped with the reason when PySpark
or Java is missing, failed instead under CI=true.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest

from test_engines_equivalence import DICTIONARY, MIMIC, REPO, accounting, run_python
from test_sql_wired import HAND_COLUMNS, HAND_MADE, _write, day_month_rows
from vitd_cli.files import FileOptions

WIRED = ("vitd_panel", "vitd_findings", "vitd_note")


def _rows(df) -> list[dict]:  # type: ignore[no-untyped-def]
    return [{k: ("" if v is None else str(v)) for k, v in r.asDict().items()} for r in df.collect()]


def _cells(row: dict) -> tuple:
    """A row's cells, every one (a row not interpreted with its note: the streaming engine's whole reason)."""
    return tuple(row.values())


def assert_spark_is_streaming(spark, path: Path, tmp_path: Path, **options) -> list[dict]:  # type: ignore[no-untyped-def]
    """run_spark's part files hold the streaming engine's rows (every cell, as a multiset) and its row accounting.
    Returns the streaming engine's rows."""
    from vitd_cli.engines.spark_engine import run_spark

    stream, counts = run_python(path, **options)
    err = io.StringIO()
    out = tmp_path / "out"
    got_counts = run_spark(str(path), str(out), "parquet", opts=FileOptions(**options), stderr=err, spark=spark)
    assert accounting(got_counts) == counts
    got = _rows(spark.read.parquet(str(out)))
    assert list(got[0]) == list(stream[0])
    want, have = Counter(_cells(r) for r in stream), Counter(_cells(r) for r in got)
    missing, extra = list((want - have).elements()), list((have - want).elements())
    assert not missing and not extra, f"{len(missing)} rows differ from the streaming engine's, e.g. {missing[:2]} and {extra[:2]}"
    return stream


@pytest.fixture(scope="module")
def hand_made(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """test_sql_wired's panels, with the lab's own flag: a flag vitd disagrees with is noted."""
    rows = [(*r, "H" if i == 0 else "") for i, r in enumerate(HAND_MADE)]
    return _write(tmp_path_factory.mktemp("spark") / "hand.csv", ["patient", "drawn", "test", "value", "unit", "flag"], rows)


def test_run_spark_hand_made(spark, hand_made: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = assert_spark_is_streaming(spark, hand_made, tmp_path)
    assert rows[0]["vitd_note"].startswith("albumin-corrected calcium ") and "flag" in rows[0]["vitd_note"]
    assert "secondary_hyperparathyroidism" in rows[5]["vitd_findings"]
    assert "magnesium_limits_calcium_correction" in rows[6]["vitd_findings"]


OTHER_DATES = [  # dates the SQL does not read (not ISO 8601): read on the driver by the streaming engine's reader
    ("P1", "03/01/2024 08:00", "Calcium", "8.1", "mg/dL"),  # month-first (the column's order), with albumin: one panel
    ("P1", "03/01/2024 08:00", "Albumin", "2.5", "g/dL"),
    ("P1", "03/09/2024 07:30", "Calcium", "8.0", "mg/dL"),  # eight days later: a panel of its own
    ("P2", "20240302091500", "PTH", "120", "pg/mL"),  # HL7: secondary hyperparathyroidism with the vitamin D
    ("P2", "20240302091500", "25-OH Vitamin D", "8", "ng/mL"),
    ("P3", "01-Mar-2024", "Magnesium", "0.9", "mg/dL"),  # a named month
    ("P3", "01-Mar-2024", "Calcium", "7.2", "mg/dL"),
    ("P4", "2024-03-03T06:00:00+01:00", "Calcium", "9.0", "mg/dL"),  # an offset: 05:00 UTC, with the albumin of 05:30
    ("P4", "2024-03-03 05:30", "Albumin", "4.0", "g/dL"),
    ("P5", "25/03/2024", "Calcium", "8.0", "mg/dL"),  # decides the column day-first; forced month-first: not read, said so
    ("P5", "soon", "Albumin", "3.9", "g/dL"),
]


@pytest.mark.parametrize("order", [None, "monthfirst"])
def test_run_spark_dates_not_iso(spark, order: str | None, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path / "dates.csv", ["patient", "drawn", "test", "value", "unit"], OTHER_DATES)
    options = {"date_order": order} if order else {}
    rows = assert_spark_is_streaming(spark, path, tmp_path, **options)
    assert rows[0]["vitd_panel"] == rows[1]["vitd_panel"] != rows[2]["vitd_panel"]
    assert rows[0]["vitd_note"].startswith("albumin-corrected calcium ")
    assert "secondary_hyperparathyroidism" in rows[4]["vitd_findings"] + rows[3]["vitd_findings"]
    assert rows[5]["vitd_panel"] == rows[6]["vitd_panel"] and rows[7]["vitd_panel"] == rows[8]["vitd_panel"]
    assert ("date '25/03/2024' not read" in rows[9]["vitd_note"]) == (order == "monthfirst")


def test_run_spark_mimic(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = MIMIC / "LABEVENTS_calcium_mg_vitd_subset.csv"
    if not path.is_file():
        pytest.skip("../shared/data not found")
    rows = assert_spark_is_streaming(spark, path, tmp_path, dictionary=str(DICTIONARY))
    assert sum("albumin-corrected calcium" in r["vitd_note"] for r in rows) > 20


def test_run_spark_dense(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import workloads
    finally:
        sys.path.pop(0)
    path = tmp_path / "dense.csv"
    workloads.write_dense(path, 2000, 1)
    rows = assert_spark_is_streaming(spark, path, tmp_path)
    assert sum(" " in r["vitd_findings"] for r in rows) > 20 and sum("albumin-corrected calcium" in r["vitd_note"] for r in rows) > 20


def test_classify_dataframe_panels(spark, hand_made: Path) -> None:  # type: ignore[no-untyped-def]
    """classify_dataframe with subject_col, date_col, flag_col and row_col (the roles of `vitd sql --columns`): the
    streaming engine's cells; without row_col, each subject's rows numbered by date (vitd_row) and grouped."""
    from pyspark.sql import functions as F

    from vitd_cli.engines.spark_engine import classify_dataframe

    stream, _ = run_python(hand_made)
    df = spark.read.option("header", True).csv(str(hand_made))
    df = df.withColumn("row_id", F.monotonically_increasing_id() + 1)  # (one partition: 1, 2, ... in file order)
    out = classify_dataframe(df, value_col="value", unit_col="unit", analyte_col="test", flag_col="flag", subject_col="patient",
                             date_col="drawn", row_col="row_id")
    got = sorted(_rows(out), key=lambda r: int(r["row_id"]))
    assert [_cells({c: r[c] for c in stream[0]}) for r in got] == [_cells(r) for r in stream]
    unordered = _rows(classify_dataframe(df.drop("row_id"), subject_col="patient", date_col="drawn"))
    assert {r["vitd_row"] for r in unordered} == {str(i) for i in range(1, len(stream) + 1)}
    assert any("secondary_hyperparathyroidism" in r["vitd_findings"] for r in unordered)


@pytest.mark.parametrize("order", [None, "monthfirst"])
def test_classify_dataframe_dates_not_iso(spark, order: str | None, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """classify_dataframe on dates the SQL does not read (OTHER_DATES): the streaming engine's cells, the date
    column's order decided from its rows or given (date_order), the DataFrame's own columns unchanged."""
    from pyspark.sql import functions as F

    from vitd_cli.engines.spark_engine import classify_dataframe

    path = _write(tmp_path / "dates.csv", ["patient", "drawn", "test", "value", "unit"], OTHER_DATES)
    stream, _ = run_python(path, **({"date_order": order} if order else {}))
    df = spark.read.option("header", True).csv(str(path)).withColumn("row_id", F.monotonically_increasing_id() + 1)
    out = classify_dataframe(df, subject_col="patient", date_col="drawn", row_col="row_id", date_order=order)
    assert "vitd_input_date" not in out.columns
    got = sorted(_rows(out), key=lambda r: int(r["row_id"]))
    assert [_cells({c: r[c] for c in stream[0]}) for r in got] == [_cells(r) for r in stream]
    assert got[0]["vitd_note"].startswith("albumin-corrected calcium ") and got[0]["drawn"] == "03/01/2024 08:00"


def test_classify_dataframe_unknown_date_order(spark) -> None:  # type: ignore[no-untyped-def]
    """A date_order classify_dataframe does not know: one error naming the ones it does."""
    from vitd_cli.engines.spark_engine import classify_dataframe
    from vitd_cli.errors import VitdError

    df = spark.createDataFrame([("P1", "2024-03-01", "Calcium", "8.1", "mg/dL")], "patient string, drawn string, test string, value string, unit string")
    with pytest.raises(VitdError, match="unknown date_order 'yearfirst'") as got:
        classify_dataframe(df, subject_col="patient", date_col="drawn", date_order="yearfirst")
    assert "dayfirst, monthfirst" in got.value.hint


def test_docs_spark_example(spark) -> None:  # type: ignore[no-untyped-def]
    """docs/engines.md's "A finding in Spark": its code run, the table it shows (the albumin-corrected calcium)."""
    from vitd_cli.engines.spark_engine import classify_dataframe

    text = (REPO / "docs" / "engines.md").read_text(encoding="utf-8")
    part = text[text.index("### A finding in Spark"):]
    code = part[part.index("```python") + len("```python"):part.index("```", part.index("```python") + 3)]
    lines = [line for line in code.strip().splitlines() if not line.startswith("out.select")]
    shown = code.strip().splitlines()[-1]
    assert shown.startswith("out.select(") and len(lines) == 3
    names: dict = {"spark": spark, "classify_dataframe": classify_dataframe}
    exec("\n".join(lines), names)
    table = [[c.strip() for c in line.strip().strip("|").split("|")] for line in part.split("\n\n")[3].strip().splitlines()]
    header, want = table[0], table[2:]
    got = [[("" if r[c] is None else str(r[c])) for c in header] for r in names["out"].orderBy("vitd_row").collect()]
    assert got == want and "albumin-corrected calcium" in want[1][3]


def test_vitd_sql_day_month_dates(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`vitd sql --dayfirst`'s query on a table of day-month dates, transpiled to Spark SQL and run in local mode a step
    at a time (as the Spark engine runs its query: spark_steps; Spark cannot plan the panel steps as one statement):
    every row's panel, findings and note are the streaming engine's given --dayfirst."""
    from vitd_cli.engines.spark_steps import Steps, run_steps
    from vitd_cli.engines.sql_command import canonical_sql

    rows = day_month_rows()
    path = _write(tmp_path / "dates.csv", ["patient", "drawn", "test", "value", "unit"], rows)
    stream, _ = run_python(path, date_order="dayfirst")
    spark.createDataFrame([(str(i + 1), *r) for i, r in enumerate(rows)],
                          ["vitd_test_row", "patient", "drawn", "test", "value", "unit"]).createOrReplaceTempView("labs")
    run = run_steps(spark, Steps.of(canonical_sql("labs", HAND_COLUMNS, date_order="dayfirst")), first="vitd_out")
    try:
        got = sorted(_rows(run.result), key=lambda r: int(r["vitd_test_row"]))
    finally:
        run.release()
    assert len(got) == len(stream)
    wrong = [(i + 1, c, s[c], g[c]) for i, (s, g) in enumerate(zip(stream, got)) for c in ("vitd_status", *WIRED) if s[c] != g[c]]
    assert not wrong, f"{len(wrong)} cells differ from the streaming engine's, e.g. {wrong[:3]}"
    assert sum("not read" in r["vitd_note"] for r in got) >= 4
