"""The Spark engine in local mode: classify_dataframe on the boundary corpus and run_spark on a real MIMIC file give
the streaming engine's verdicts row by row and its row accounting; without PySpark the CLI path says how to install it.

One SparkSession serves every test (starting one takes seconds). Skipped, with the reason, when PySpark is missing.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from test_engines_equivalence import DICTIONARY, MIMIC, accounting, accounting_of_rows, assert_same, run_python
from vitd_cli.engines import interpret_file_with_engine
from vitd_cli.engines.corpus import HEADER, boundary_rows
from vitd_cli.errors import VitdError
from vitd_cli.files import FileOptions
from vitd_cli.interpret import settings


@pytest.fixture(scope="session")
def spark():  # type: ignore[no-untyped-def]
    pytest.importorskip("pyspark", reason="PySpark is not installed: pip install 'vitd[spark]' (or vitd[test]) to run the Spark tests")
    from vitd_cli.engines.spark_engine import get_spark

    session = get_spark("local[2]")
    yield session
    session.stop()


def _rows(df) -> list[dict]:  # type: ignore[no-untyped-def]
    return [{k: ("" if v is None else v) for k, v in r.asDict().items()} for r in df.collect()]


def test_classify_dataframe_boundary_corpus(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vitd_cli.engines.corpus import write_corpus
    from vitd_cli.engines.spark_engine import classify_dataframe

    s = settings()
    path = tmp_path / "corpus.csv"
    write_corpus(str(path), s.ref, s.schemes)
    expected, counts = run_python(path)
    df = spark.createDataFrame(list(boundary_rows(s.ref, s.schemes)), HEADER)
    out = classify_dataframe(df, value_col="Value", unit_col="Unit", analyte_col="Test Name", code_col="LOINC", specimen_col="Specimen",
                             value_numeric_col="VALUENUM", kind=True)
    got = _rows(out)
    assert_same(expected, got, "Spark classify_dataframe", key="Row")
    assert accounting_of_rows(got) == counts
    assert out.columns[: len(HEADER)] == HEADER


def test_run_spark_mimic(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vitd_cli.engines.spark_engine import run_spark

    path = MIMIC / "LABEVENTS_calcium_mg_vitd_subset.csv"
    if not path.is_file():
        pytest.skip("../shared/data not found")
    expected, counts = run_python(path, dictionary=str(DICTIONARY))
    out = tmp_path / "out"
    err = io.StringIO()
    got_counts = run_spark(str(path), str(out), "parquet", opts=FileOptions(dictionary=str(DICTIONARY)), stderr=err, spark=spark)
    assert accounting(got_counts) == counts
    assert "6,428 rows" in err.getvalue()
    got = _rows(spark.read.parquet(str(out)))
    assert_same(expected, got, "Spark run_spark", key="ROW_ID")
    assert list(got[0])[:9] == list(expected[0])[:9]


def test_run_spark_csv_folder(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A folder of CSV files in, a folder of CSV part files out, partitioned by analyte on request."""
    from vitd_cli.engines.spark_engine import run_spark

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.csv").write_text("test,value,unit\nVitamin D,18,ng/mL\nCalcium,\"8,8\",mg/dL\n", encoding="utf-8")
    (folder / "b.csv").write_text("test,value,unit\nGlucose,5,mmol/L\nVitamin D,<5,ng/mL\n", encoding="utf-8")
    counts = run_spark(str(folder), str(tmp_path / "out"), "csv", opts=FileOptions(quiet=True), partition_by=["vitd_analyte"], spark=spark)
    assert (counts.total, counts.interpreted, counts.other_test) == (4, 3, 1)
    parts = spark.read.option("header", True).csv(str(tmp_path / "out"))
    got = {(r["test"], r["value"]): r for r in _rows(parts)}
    assert got[("Vitamin D", "18")]["vitd_category"] == "deficient" and got[("Vitamin D", "18")]["vitd_analyte"] == "vitamin_d"
    assert got[("Calcium", "8,8")]["vitd_value_si"] == "2.196"
    assert got[("Vitamin D", "<5")]["vitd_value_si"] == "<12.48"


def test_spark_missing_says_how_to_install(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import vitd_cli.engines as engines

    monkeypatch.setattr(engines, "pyspark_installed", lambda: False)
    path = tmp_path / "a.csv"
    path.write_text("test,value,unit\nCalcium,8.1,mg/dL\n", encoding="utf-8")
    with pytest.raises(VitdError) as err:
        interpret_file_with_engine(str(path), FileOptions(fmt="parquet", output=str(tmp_path / "o")), engine="spark")
    assert "pip install 'vitd[spark]'" in err.value.hint


def test_vitd_sql_spark_dialect_runs(spark) -> None:  # type: ignore[no-untyped-def]
    """The text `vitd sql --dialect spark` prints, run as it is on a table `labs`."""
    from test_engines_sql import CASES
    from vitd_cli.engines.sql_command import generate_sql

    spark.createDataFrame([(t, v, u or None, None) for (t, v, u), _ in CASES], "test string, value string, unit string, loinc string") \
        .createOrReplaceTempView("labs")
    got = _rows(spark.sql(generate_sql("spark").split("\n", 4)[4].rstrip().rstrip(";")))
    by_input = {(r["test"], r["value"], r["unit"]): r for r in got}
    for (test, value, unit), want in CASES:
        r = by_input[(test, value, unit)]
        assert tuple(r[c] for c in ("vitd_status", "vitd_analyte", "vitd_value_si", "vitd_flag", "vitd_category", "vitd_severity")) == want
