"""A well-mannered command line (issue 17): vitd's own output read back, dates decided once per column, and -o NAME.gz
compressed for every input. In-process through tests/cli_runner.run_cli (Typer's runner, as the installed command
maps errors), and in a subprocess where a pipe or the real process matters; on real files (examples/labs.csv,
tests/data, tests/golden_readers)."""

from __future__ import annotations

import csv
import gzip
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_runner import run_cli

ROOT = Path(__file__).resolve().parents[1]
LABS = ROOT / "examples" / "labs.csv"
FHIR = ROOT / "tests" / "data" / "fhir" / "observations.ndjson"
HL7 = ROOT / "tests" / "data" / "hl7" / "oru_r01_v23_lf.hl7"
WIDE = ROOT / "tests" / "golden_readers" / "wide_spreadsheet.csv"
NHANES = ROOT / "tests" / "golden_readers" / "nhanes_vid.csv"
LONG_NAMES = ("vitd_status", "vitd_analyte", "vitd_value_si", "vitd_unit_si", "vitd_flag", "vitd_category", "vitd_severity",
              "vitd_range", "vitd_findings", "vitd_panel", "vitd_note")


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.delenv("VITD_DEBUG", raising=False)


def vitd_process(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m vitd_cli ARGS` in a subprocess, with this checkout's source first."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "vitd_cli", *args], capture_output=True, text=True, cwd=ROOT, env=env,
                          input=stdin, timeout=120)


def _header(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


# ---------------------------------------------------------------- 1. vitd's own output read again


def test_csv_output_read_again_is_the_same_bytes_with_one_note(tmp_path: Path) -> None:
    code, first, _ = run_cli(["interpret", str(LABS), "-q", "-f", "csv"])
    assert code == 0
    flagged = tmp_path / "flagged.csv"
    flagged.write_text(first, encoding="utf-8", newline="")
    code, again, err = run_cli(["interpret", str(flagged), "-f", "csv"])
    assert code == 0
    assert again == first  # the 11 columns once, in the same place, with the same values
    assert [h for h in _header(again) if h.startswith("vitd_")] == list(LONG_NAMES)
    notes = [line for line in err.splitlines() if "own output column" in line]
    assert len(notes) == 1 and "11 of vitd's own output columns" in notes[0] and "replaced" in notes[0]
    for row in csv.DictReader(io.StringIO(first)):  # stderr carries no value of the file
        assert not any(v and len(v) > 3 and v in err for v in (row["Patient ID"], row["vitd_note"], row["vitd_range"]))


def test_parquet_round_trip_of_the_readme(tmp_path: Path) -> None:
    """The README's own example: `-f parquet -o in.parquet`, then `in.parquet --format csv`: no column twice, none _1."""
    pytest.importorskip("duckdb")
    parquet = tmp_path / "in.parquet"
    assert run_cli(["interpret", str(LABS), "-q", "-f", "parquet", "-o", str(parquet)])[0] == 0
    code, out, err = run_cli(["interpret", str(parquet), "--format", "csv"])
    assert code == 0
    header = _header(out)
    assert len(header) == len(set(header)) == 7 + 11
    assert out == run_cli(["interpret", str(LABS), "-q", "-f", "csv"])[1]
    assert err.count("own output column") == 1
    again = tmp_path / "again.parquet"
    assert run_cli(["interpret", str(parquet), "-q", "-f", "parquet", "-o", str(again)])[0] == 0
    import duckdb

    names = [d[0] for d in duckdb.connect().execute(f"SELECT * FROM read_parquet('{again}')").description]
    assert names == header and not any(n.endswith("_1") for n in names)


@pytest.mark.parametrize("engine", ["python", "duckdb"])
def test_columns_moved_by_hand_are_replaced_where_they_are(engine: str, tmp_path: Path) -> None:
    """vitd's columns moved before the lab's, and one of them deleted: this run's eleven go where the first one was."""
    if engine == "duckdb":
        pytest.importorskip("duckdb")
    first = run_cli(["interpret", str(LABS), "-q", "-f", "csv"])[1]
    rows = list(csv.reader(io.StringIO(first)))
    moved = [r[:1] + r[7:17] + r[1:7] for r in rows]  # vitd_note dropped; vitd_* after the first column
    path = tmp_path / "moved.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(moved)
    code, out, err = run_cli(["interpret", str(path), "-f", "csv", "--engine", engine])
    assert code == 0, err
    header = _header(out)
    assert header == ["Patient ID", *LONG_NAMES, *rows[0][1:7]]
    assert "10 of vitd's own output columns" in err
    back = [r[:1] + r[12:18] + r[1:12] for r in csv.reader(io.StringIO(out))]
    assert back == rows


def test_wide_output_read_again(tmp_path: Path) -> None:
    for source in (WIDE, NHANES):
        first = run_cli(["interpret", str(source), "-q", "-f", "csv"])[1]
        path = tmp_path / source.name
        path.write_text(first, encoding="utf-8", newline="")
        code, again, err = run_cli(["interpret", str(path), "-f", "csv"])
        assert code == 0 and again == first, source.name
        assert err.count("own output column") == 1


def test_json_of_vitd_output_reads_the_lab_columns_only(tmp_path: Path) -> None:
    import json

    first = run_cli(["interpret", str(LABS), "-q", "-f", "csv"])[1]
    path = tmp_path / "flagged.csv"
    path.write_text(first, encoding="utf-8", newline="")
    code, out, err = run_cli(["interpret", str(path), "-f", "json"])
    assert code == 0
    assert json.loads(out)["rows"] == json.loads(run_cli(["interpret", str(LABS), "-q", "-f", "json"])[1])["rows"]
    assert "left out" in err and err.count("own output column") == 1


def test_a_lab_column_that_only_looks_like_vitds_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "lab.csv"
    path.write_text("Patient,Test,Result,Unit,vitd_status2,VITD_NOTE\n1,Vitamin D,18,ng/mL,x,y\n", encoding="utf-8")
    code, out, err = run_cli(["interpret", str(path), "-f", "csv"])
    assert code == 0 and "own output" not in err
    assert _header(out)[:6] == ["Patient", "Test", "Result", "Unit", "vitd_status2", "VITD_NOTE"]


def test_round_trip_through_a_pipe() -> None:
    """vitd | vitd: the second reads the first's output from stdin (a subprocess, the real pipe)."""
    first = vitd_process("interpret", str(LABS), "-q", "-f", "csv")
    assert first.returncode == 0
    second = vitd_process("interpret", "-", "-f", "csv", stdin=first.stdout)
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout
    assert second.stderr.count("own output column") == 1


# ---------------------------------------------------------------- 3. -o NAME.gz is gzip for every input


def _gunzip(path: Path) -> str:
    assert path.read_bytes()[:2] == b"\x1f\x8b", f"{path.name} is not gzip"
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.mark.parametrize("fmt", ["json", "html", "fhir"])
def test_typed_values_to_gz(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"out.{fmt}.gz"
    code, _, err = run_cli(["interpret", "--vitd", "18 ng/mL", "-f", fmt, "-o", str(out)])
    assert code == 0, err
    text = _gunzip(out)
    assert text == run_cli(["interpret", "--vitd", "18 ng/mL", "-f", fmt])[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary file left


@pytest.mark.parametrize("source", [FHIR, HL7], ids=["fhir", "hl7"])
@pytest.mark.parametrize("fmt", ["csv", "ndjson", "json"])
def test_fhir_and_hl7_to_gz(source: Path, fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"out.{fmt}.gz"
    code, _, err = run_cli(["interpret", str(source), "-q", "-f", fmt, "-o", str(out)])
    assert code == 0, err
    assert _gunzip(out) == run_cli(["interpret", str(source), "-q", "-f", fmt])[1]


@pytest.mark.parametrize("engine", ["python", "duckdb"])
def test_lab_export_to_gz_and_upper_case_name(engine: str, tmp_path: Path) -> None:
    if engine == "duckdb":
        pytest.importorskip("duckdb")
    plain = run_cli(["interpret", str(LABS), "-q", "-f", "csv"])[1]
    for name in ("out.csv.gz", "OUT.CSV.GZ"):
        out = tmp_path / name
        assert run_cli(["interpret", str(LABS), "-q", "-f", "csv", "--engine", engine, "-o", str(out)])[0] == 0
        assert _gunzip(out) == plain


def test_tests_listing_to_gz(tmp_path: Path) -> None:
    out = tmp_path / "tests.txt.gz"
    assert run_cli(["interpret", str(LABS), "--tests", "-o", str(out)])[0] == 0
    assert _gunzip(out) == run_cli(["interpret", str(LABS), "--tests"])[1]


def test_gz_output_keeps_the_same_file_refusal_and_the_old_file_on_error(tmp_path: Path) -> None:
    src = tmp_path / "labs.csv.gz"
    src.write_bytes(gzip.compress(LABS.read_bytes()))
    before = src.read_bytes()
    code, _, err = run_cli(["interpret", str(src), "-f", "csv", "-o", str(src)])
    assert code != 0 and "is an input" in err and src.read_bytes() == before
    old = tmp_path / "old.json.gz"
    old.write_bytes(b"old")
    code, _, err = run_cli(["interpret", "--vitd", "18", "-f", "json", "-o", str(old)])  # an error: no unit
    assert code != 0 and old.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labs.csv.gz", "old.json.gz"]


def test_gz_output_in_a_subprocess(tmp_path: Path) -> None:
    out = tmp_path / "r.json.gz"
    proc = vitd_process("interpret", "--vitd", "18 ng/mL", "-f", "json", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert '"vitamin_d"' in _gunzip(out)
