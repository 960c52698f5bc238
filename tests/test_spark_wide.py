"""The Spark engine on the wide layout (engines/spark_wide.py): every row's cells (the input's and vitd's) and the row
accounting are the streaming engine's, on the real NHANES files of ../shared/data, on a generated NHANES-style
workload, on the readers' golden wide files and on edge rows (rows of empty cells before and after a row without
values, unreadable cells, a second column of an analyte that disagrees, a date that cannot be read, a value cell with
the lab's mark); a folder of two files is read as the two files one after the other, the "empty row" rule included;
Parquet in, Parquet out; and `vitd interpret FILE --engine spark` on a wide file.

Spark writes its rows in its own order: the rows are compared as sorted lists. One local SparkSession serves every
test (conftest.py); skipped, with the reason, when PySpark or Java is missing, and failed instead under CI=true."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from cli_runner import run_cli
from test_engines_equivalence import DATA, _need, _workloads, accounting
from test_engines_wide import EDGES, GOLDEN
from vitd_cli.engines.spark_engine import run_spark
from vitd_cli.files import FileOptions, interpret_file


def _python(path: Path) -> tuple[list[str], list[tuple[str, ...]], tuple]:  # type: ignore[type-arg]
    out = io.StringIO()
    run = interpret_file(str(path), FileOptions(fmt="csv", quiet=True), stdout=out, stderr=io.StringIO())
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    return rows[0], sorted(tuple(r) for r in rows[1:]), accounting(run.counts)


def _spark_csv(spark, path: Path | str, out: Path) -> tuple[list[str], list[tuple[str, ...]], tuple]:  # type: ignore[no-untyped-def,type-arg]
    counts = run_spark(str(path), str(out), "csv", opts=FileOptions(quiet=True), spark=spark)
    header: list[str] = []
    rows: list[tuple[str, ...]] = []
    for part in sorted(out.glob("*.csv")):
        with part.open(newline="", encoding="utf-8") as fh:
            got = list(csv.reader(fh))
        if got:
            header = got[0]
            rows += [tuple(r) for r in got[1:]]
    return header, sorted(rows), accounting(counts)


def _same(spark, path: Path, tmp_path: Path, label: str) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    want = _python(path)
    got = _spark_csv(spark, path, tmp_path / "out")
    assert got[0] == want[0], label
    assert got[2] == want[2], label
    assert got[1] == want[1], label
    return got[1]


@pytest.mark.parametrize("name", ["VID_J.csv", "BIOPRO_I_first1500.csv"])
def test_nhanes_real_files(spark, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = _same(spark, _need(DATA / "nhanes" / name), tmp_path, name)
    assert sum("interpreted" in r for r in rows) > 1000


def test_generated_nhanes_workload(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "nhanes.csv"
    _workloads().write_nhanes(path, 20_000, 3)
    rows = _same(spark, path, tmp_path, "NHANES-style workload")
    cells = {c for r in rows for c in r}
    assert "no value in any analyte column" in cells and "vitamin_d_insufficiency" in " ".join(cells)


@pytest.mark.parametrize("name", ["wide_spreadsheet.csv", "nhanes_vid.csv"])
def test_golden_wide_files(spark, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _same(spark, GOLDEN / name, tmp_path, name)


def test_edge_rows(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "edges.csv"
    path.write_text(EDGES, encoding="utf-8")
    rows = _same(spark, path, tmp_path, "edge rows")
    kinds = " ".join(c for r in rows for c in r)
    assert "empty row" in kinds and "no value in any analyte column" in kinds
    assert any("corrected_calcium" in c or "hypocalcemia" in c for r in rows for c in r)


def test_folder_reads_files_in_order_with_the_empty_row_rule(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A row of empty cells in the second file, after a row without values in the first, repeats "no values" (the
    two files read one after the other, as their concatenation): the rule that crosses partitions."""
    header = "Patient,Date,Vitamin D (ng/mL),Calcium (mg/dL),Notes\n"
    first = header + "A,2024-01-10,18,8.1,x\nB,2024-01-11,,,no draw\n"
    second = header + ",,,,\nC,2024-01-12,31,9.4,\n"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.csv").write_text(first, encoding="utf-8")
    (folder / "b.csv").write_text(second, encoding="utf-8")
    joined = tmp_path / "joined.csv"
    joined.write_text(first + second[len(header):], encoding="utf-8")
    want = _python(joined)
    got = _spark_csv(spark, folder, tmp_path / "out")
    assert got == want
    assert got[2][4] == {"no values": 2}


def test_parquet_in_and_out(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = _need(DATA / "nhanes" / "VID_J.csv")
    header, want, counts = _python(src)
    (spark.read.option("header", True).option("inferSchema", False).csv(str(src))
     .write.parquet(str(tmp_path / "in.parquet")))
    got_counts = run_spark(str(tmp_path / "in.parquet"), str(tmp_path / "out"), "parquet", opts=FileOptions(quiet=True), spark=spark)
    assert accounting(got_counts) == counts
    df = spark.read.parquet(str(tmp_path / "out"))
    assert df.columns == header
    got = sorted(tuple("" if v is None else v for v in r) for r in df.collect())
    assert got == want


def test_cli_wide_file(spark, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = _need(DATA / "nhanes" / "BIOPRO_I_first1500.csv")
    code, _, err = run_cli(["interpret", str(src), "--engine", "spark", "--format", "csv", "-o", str(tmp_path / "out")])
    assert code == 0, err
    assert "1,500 rows: 1,386 interpreted (4,156 results)" in err
    rows = [r for p in sorted((tmp_path / "out").glob("*.csv")) for r in list(csv.reader(p.open(newline="")))[1:]]
    assert len(rows) == 1500


@pytest.mark.parametrize("name", ["nhanes/VID_J.csv", "mimic-iii-demo/LABEVENTS_calcium_mg_vitd_subset.csv"])
def test_check_and_strict_exit_codes(spark, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """--check (1: a result outside its normal band) and --strict (2: rows skipped, where the first is) give the
    streaming engine's exit codes and message, on a wide and on a long file."""
    src = _need(DATA / name)
    extra = ["--dictionary", str(DATA / "mimic-iii-demo" / "D_LABITEMS.csv")] if "mimic" in name else []
    for flag in ("--check", "--strict"):
        got = []
        for engine, out in (("python", tmp_path / "out.csv"), ("spark", tmp_path / f"out{flag}")):
            code, _, err = run_cli(["interpret", str(src), *extra, flag, "--engine", engine, "--format", "csv", "-o", str(out)])
            got.append((code, [line for line in err.splitlines() if "--strict was given" in line]))
        assert got[0][0] == got[1][0] == (1 if flag == "--check" else 2), (flag, got)
        assert got[1][1] == got[0][1] or flag == "--check", got
