"""The Spark engine in local mode: classify_dataframe on the boundary corpus and run_spark on a real MIMIC file give
the streaming engine's verdicts row by row and its row accounting; `vitd interpret FILE_OR_FOLDER --engine spark
--format parquet|csv -o OUT` reads CSV and Parquet files and folders and writes part files (partitioned on request);
without PySpark the command says how to install it.

One SparkSession, local[2], serves every test and the CLI runs in them (conftest.py's session fixture `spark`: starting
one takes seconds). Skipped, with the reason, when PySpark or Java is missing; under CI=true that fails instead.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from boundary_corpus import HEADER, boundary_rows
from cli_runner import run_cli
from test_engines_equivalence import DICTIONARY, MIMIC, REPO, accounting, accounting_of_rows, assert_same, run_python
from vitd_cli.engines import interpret_file_with_engine
from vitd_cli.errors import VitdError
from vitd_cli.files import FileOptions
from vitd_cli.interpret import settings


def _rows(df) -> list[dict]:  # type: ignore[no-untyped-def]
    return [{k: ("" if v is None else v) for k, v in r.asDict().items()} for r in df.collect()]


def test_classify_dataframe_boundary_corpus(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from boundary_corpus import write_corpus
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
    code, out, stderr = run_cli(["interpret", str(path), "--engine", "spark", "--format", "csv", "-o", str(tmp_path / "o")])
    assert code != 0 and out == "" and "PySpark" in stderr and "pip install 'vitd[spark]'" in stderr
    assert not (tmp_path / "o").exists()


# ---------------------------------------------------------------- the command line: files and folders in, part files out

LABS = REPO / "examples" / "labs.csv"


def _sorted(rows: list[dict], columns: list[str]) -> list[dict]:
    """Rows in the order of their original cells (Spark's row order is its own)."""
    return sorted(rows, key=lambda r: tuple(r[c] for c in columns))


def _read(spark, folder: Path, fmt: str) -> list[dict]:  # type: ignore[no-untyped-def]
    reader = spark.read.option("header", True).option("escape", '"').option("multiLine", True)
    return _rows(reader.parquet(str(folder)) if fmt == "parquet" else reader.csv(str(folder)))


def _spark_cli(spark, monkeypatch, argv: list[str]) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    """`vitd ARGV` in this process; the Spark engine must get the shared session (one JVM for the whole run)."""
    from vitd_cli.engines import spark_engine

    got = []
    real = spark_engine.get_spark

    def get_spark(*args, **kwargs):  # type: ignore[no-untyped-def]
        got.append(real(*args, **kwargs))
        return got[-1]

    monkeypatch.setattr(spark_engine, "get_spark", get_spark)
    result = run_cli(argv)
    assert got and all(g.sparkContext.applicationId == spark.sparkContext.applicationId for g in got)
    return result


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_cli_file_to_part_files(spark, monkeypatch, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    """`vitd interpret labs.csv --engine spark --format parquet|csv -o OUT`: a folder of part files holding every row with
    the streaming engine's verdicts, and its row counts on stderr."""
    expected, counts = run_python(LABS)
    header = list(expected[0])[: list(expected[0]).index("vitd_status")]
    out = tmp_path / "out"
    code, stdout, stderr = _spark_cli(spark, monkeypatch, ["interpret", str(LABS), "--engine", "spark", "--format", fmt, "-o", str(out)])
    assert (code, stdout) == (0, ""), stderr
    assert "vitd: 17 rows: 13 interpreted, 3 other tests (of which 1 non-serum specimen, 1 other vitamin D form), 1 skipped" in stderr
    assert (out / "_SUCCESS").is_file() and list(out.glob(f"part-*.{'snappy.parquet' if fmt == 'parquet' else 'csv'}"))
    got = _read(spark, out, fmt)
    assert list(got[0]) == list(expected[0])  # the input's columns, then vitd's
    assert_same(_sorted(expected, header), _sorted(got, header), f"vitd interpret --engine spark --format {fmt}")
    assert accounting_of_rows(got)[:4] == counts[:4]  # (the reasons are in vitd_note: no vitd_kind column in files)


def test_cli_folders_in(spark, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Folders in: CSV files in plain sub-folders (all read, none dropped) and in Hive-style ones (no extra column);
    Parquet files in plain sub-folders; a Parquet dataset partitioned Hive-style (its partition column kept), written
    out partitioned by analyte (partition_by)."""
    from vitd_cli.engines.spark_engine import run_spark

    expected, counts = run_python(LABS)
    header = list(expected[0])[: list(expected[0]).index("vitd_status")]
    csv_in = tmp_path / "csv_in"
    for sub in ("", "2024", "site=b"):
        (csv_in / sub).mkdir(parents=True, exist_ok=True)
        (csv_in / sub / "labs.csv").write_bytes(LABS.read_bytes())
    code, _, stderr = _spark_cli(spark, monkeypatch, ["interpret", str(csv_in), "--engine", "spark", "--format", "csv", "-q", "-o",
                                                      str(tmp_path / "o1")])
    assert code == 0, stderr
    got = _read(spark, tmp_path / "o1", "csv")
    assert_same(_sorted(expected * 3, header), _sorted(got, header), "CSV folder with sub-folders")

    labs = spark.read.option("header", True).csv(str(LABS))
    labs.write.parquet(str(tmp_path / "pq_in" / "2024"))
    labs.write.parquet(str(tmp_path / "pq_in" / "2025" / "jan"))
    code, _, stderr = _spark_cli(spark, monkeypatch, ["interpret", str(tmp_path / "pq_in"), "--engine", "spark", "--format", "parquet",
                                                      "-o", str(tmp_path / "o2")])
    assert code == 0, stderr
    got = _read(spark, tmp_path / "o2", "parquet")
    assert_same(_sorted(expected * 2, header), _sorted(got, header), "Parquet folder with sub-folders")

    labs.write.partitionBy("Patient ID").parquet(str(tmp_path / "pq_hive"))
    out = tmp_path / "o3"
    got_counts = run_spark(str(tmp_path / "pq_hive"), str(out), "parquet", opts=FileOptions(quiet=True), partition_by=["vitd_analyte"],
                           spark=spark)
    assert accounting(got_counts) == counts
    analytes = {r["vitd_analyte"] for r in expected}
    assert {p.name for p in out.iterdir() if p.is_dir()} == {f"vitd_analyte={a or '__HIVE_DEFAULT_PARTITION__'}" for a in analytes}
    calcium = _rows(spark.read.parquet(str(out / "vitd_analyte=calcium")))
    assert len(calcium) == sum(r["vitd_analyte"] == "calcium" for r in expected) and "vitd_analyte" not in calcium[0]
    got = _read(spark, out, "parquet")
    assert list(got[0])[: len(header)] == [c for c in header if c != "Patient ID"] + ["Patient ID"]
    assert_same(_sorted(expected, header), _sorted(got, header), "Hive-partitioned Parquet in and out")


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


def test_cli_partition_by(spark, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`--partition-by vitd_analyte`: a Hive-style sub-folder per analyte; without --engine spark it is refused."""
    out = tmp_path / "out"
    code, _, stderr = _spark_cli(spark, monkeypatch, ["interpret", str(LABS), "--engine", "spark", "--format", "parquet", "-q",
                                                      "--partition-by", "vitd_analyte", "-o", str(out)])
    assert code == 0, stderr
    folders = {p.name for p in out.iterdir() if p.is_dir()}
    assert {"vitd_analyte=vitamin_d", "vitd_analyte=calcium", "vitd_analyte=magnesium"} <= folders
    got = spark.read.parquet(str(out))
    assert got.count() == 17 and got.filter("vitd_analyte = 'calcium'").count() >= 1
    code, _, stderr = run_cli(["interpret", str(LABS), "--partition-by", "vitd_analyte", "-o", str(tmp_path / "x.csv")])
    assert code == 2 and "--partition-by applies to --engine spark" in stderr
