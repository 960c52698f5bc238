"""The DuckDB engine on the wide layout (engines/duckdb_wide.py): the very bytes, stderr and row accounting of the
streaming engine, on the real NHANES files of ../shared/data, on a generated NHANES-style workload, on the readers'
golden wide files, and on edge rows (empty cells, rows of empty cells before and after a row without values, units in
headers, values with < and >, unreadable cells, a second column of an analyte that disagrees, CRLF, a BOM, TSV)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from test_engines_equivalence import DATA, _need, _workloads, accounting, assert_same_output
from vitd_cli.engines import interpret_file_with_engine
from vitd_cli.errors import ExitCode, VitdError
from vitd_cli.files import FileOptions, interpret_file

pytest.importorskip("duckdb", reason="duckdb is a regular dependency of vitd: reinstall vitd")

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "golden_readers"


def _runs(path: Path, **options) -> tuple:  # type: ignore[no-untyped-def]
    """(output, accounting) of --engine python and of --engine duckdb."""
    got = []
    options.setdefault("fmt", "csv")
    for engine in ("python", "duckdb"):
        out = io.StringIO()
        run = interpret_file_with_engine(str(path), FileOptions(quiet=True, **options),
                                         engine=engine, stdout=out, stderr=io.StringIO())
        got.append((out.getvalue(), accounting(run.counts), run.abnormal))
    return got[0], got[1]


def _same(path: Path, label: str, **options) -> str:  # type: ignore[no-untyped-def]
    (py, py_counts, py_abnormal), (dk, dk_counts, dk_abnormal) = _runs(path, **options)
    assert dk == py, label
    assert dk_counts == py_counts and dk_abnormal == py_abnormal, label
    return assert_same_output(path, label, **options)


@pytest.mark.parametrize("name", ["VID_J.csv", "BIOPRO_I_first1500.csv"])
def test_nhanes_real_files(name: str) -> None:
    out = _same(_need(DATA / "nhanes" / name), name)
    assert out.count(",interpreted,") > 1000


def test_generated_nhanes_workload(tmp_path: Path) -> None:
    path = tmp_path / "nhanes.csv"
    _workloads().write_nhanes(path, 30_000, 3)
    out = _same(path, "NHANES-style workload")
    assert "no value in any analyte column" in out and ",vitamin_d_insufficiency," in out


@pytest.mark.parametrize("name", ["wide_spreadsheet.csv", "nhanes_vid.csv"])
def test_golden_wide_files(name: str) -> None:
    _same(GOLDEN / name, name)


EDGES = ("Patient,Date,Vitamin D (ng/mL),calcium_mg_dl,Calcium (mmol/L),Albumin [g/dL],PTH pg/mL,Notes\n"
         ",,,,,,,\n"  # all empty, before any row without values: an empty row
         "A,2024-01-10,18,8.1,2.02,3.2,88,first\n"
         "B,2024-01-11,<4,10.9,2.72,4.4,12,\n"
         "C,2024-01-12,>150,9.0,2.25,,,x\n"
         "D,2024-01-13,,,,,,no draw\n"  # no values
         ",,,,,,,\n"  # all empty, after a row of the same (empty) analyte cells: repeats 'no values'
         "E,2024-01-14,abc,,,,,\n"  # unreadable: skipped
         "F,2024-01-15,abc,,,,,\n"
         "G,2024-01-16,18,8.1,2.60,3.2,88,\n"  # the second calcium column disagrees with the first
         "H,2024-01-17,\" 18 \",8.1,2.02,3.2,88,\"quoted, with comma\"\n"
         "I,soon,25,9.9,,4.0,70,\n"  # a date that cannot be read
         "A,2024-01-10,18,8.1,2.02,3.2,88,repeat\n"
         "J,2024-01-18,NA,,,,,\n"
         "K,2024-01-19, ,,,,,\n"
         "L,2024-01-20,12 L,8.0,,3.0,95 H,\n")


def test_edge_rows(tmp_path: Path) -> None:
    path = tmp_path / "edges.csv"
    path.write_text(EDGES, encoding="utf-8")
    out = _same(path, "edge rows")
    rows = out.splitlines()
    assert rows[1].endswith("empty row") and rows[6].endswith("no value in any analyte column")
    assert rows[3].split(",")[8:10] == ["interpreted", "<9.984"], "vitamin D <4 ng/mL, in nmol/L"
    assert rows[4].split(",")[8:10] == ["interpreted", ">374.401"]
    assert rows[8].endswith("'18 ng/mL')\"") and "disagrees with calcium_mg_dl" in rows[9]


@pytest.mark.parametrize("variant", ["crlf", "bom", "tsv", "no-final-newline", "empty-rows-only"])
def test_edge_files(variant: str, tmp_path: Path) -> None:
    text = EDGES
    if variant == "crlf":
        text = text.replace("\n", "\r\n")
    elif variant == "bom":
        text = "\ufeff" + text
    elif variant == "tsv":
        text = text.replace('"quoted, with comma"', "quoted with comma").replace('" 18 "', " 18 ").replace(",", "\t")
    elif variant == "no-final-newline":
        text = text.rstrip("\n")
    else:
        text = "SEQN,LBXVIDMS,LBDVIDLC\n,,\n,,\n1.0,,\n,,\n2.0,50.1,0.0\n"
    path = tmp_path / ("edges.tsv" if variant == "tsv" else "edges.csv")
    path.write_bytes(text.encode("utf-8"))
    _same(path, variant, **({"fmt": "tsv"} if variant == "tsv" else {}))


def test_strict_and_check(tmp_path: Path) -> None:
    path = tmp_path / "edges.csv"
    path.write_text(EDGES, encoding="utf-8")
    errors = []
    for engine in ("python", "duckdb"):
        with pytest.raises(VitdError) as err:
            interpret_file_with_engine(str(path), FileOptions(fmt="csv", quiet=True, strict=True), engine=engine, stdout=io.StringIO())
        errors.append(str(err.value))
    assert errors[0] == errors[1] and "row 1: empty row" in errors[0]
    runs = [interpret_file_with_engine(str(path), FileOptions(fmt="csv", quiet=True, check=True), engine=e, stdout=io.StringIO())
            for e in ("python", "duckdb")]
    assert runs[0].exit_code == runs[1].exit_code == ExitCode.ABNORMAL


def test_what_stays_with_the_streaming_engine(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """--engine duckdb refuses (with a reason) what it would not write as the streaming engine does; auto gives a wide
    file to the streaming engine (faster on wide files: docs/engines.md)."""
    monkeypatch.setattr("vitd_cli.engines.AUTO_DUCKDB_BYTES", 0)
    path = tmp_path / "w.csv"
    path.write_text("SEQN,LBXVIDMS,LBDVIDLC\n1.0,50.1,0.0\n\n2.0,20,0.0\n", encoding="utf-8")  # a blank line
    with pytest.raises(VitdError) as err:
        interpret_file_with_engine(str(path), FileOptions(fmt="csv", quiet=True), engine="duckdb", stdout=io.StringIO())
    assert err.value.code == "engine-unsupported" and "blank lines" in str(err.value)
    for options in ({"sanitize": True}, {"fmt": "tsv"}):
        src = _need(DATA / "nhanes" / "VID_J.csv")
        with pytest.raises(VitdError) as err:
            interpret_file_with_engine(str(src), FileOptions(quiet=True, **options), engine="duckdb", stdout=io.StringIO())
        assert err.value.code == "engine-unsupported"
    py, auto = io.StringIO(), io.StringIO()
    interpret_file(str(path), FileOptions(fmt="csv", quiet=True), stdout=py, stderr=io.StringIO())
    interpret_file_with_engine(str(path), FileOptions(fmt="csv", quiet=True), engine="auto", stdout=auto, stderr=io.StringIO())
    assert auto.getvalue() == py.getvalue()


def test_many_signatures_path(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Above LIST_KEYS signatures, scan 2 joins and sorts back into input order: the same bytes."""
    monkeypatch.setattr("vitd_cli.engines.duckdb_wide.LIST_KEYS", 0)
    path = tmp_path / "edges.csv"
    path.write_text(EDGES, encoding="utf-8")
    _same(path, "edge rows, joined")
    _same(_need(DATA / "nhanes" / "BIOPRO_I_first1500.csv"), "BIOPRO, joined")
