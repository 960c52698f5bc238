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


# ---------------------------------------------------------------- 2. dates decided once per column


ISSUE_ROWS = "1,Calcium,8.1,mg/dL,12/04/2024 20:00\n1,Albumin,3.0,g/dL,13/04/2024 08:00\n"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _panels(path: Path, *options: str) -> list[tuple[str | None, list[str]]]:
    import json

    code, out, err = run_cli(["interpret", str(path), "-f", "json", *options])
    assert code == 0, err
    return [(p["date"], sorted(r["analyte"] for r in p["results"])) for p in json.loads(out)["panels"]]


def _both_engines(path: Path, *options: str) -> tuple[str, str]:
    """The streaming and DuckDB engines give the same bytes and the same notes; returns (stdout, stderr)."""
    py = run_cli(["interpret", str(path), "-f", "csv", "--engine", "python", *options])
    pytest.importorskip("duckdb")
    dk = run_cli(["interpret", str(path), "-f", "csv", "--engine", "duckdb", *options])
    assert py[0] == dk[0] == 0, (py[2], dk[2])
    assert py[1] == dk[1]
    assert sorted(py[2].splitlines()) == sorted(dk[2].splitlines())
    return py[1], py[2]


def test_the_issues_file_is_one_panel_read_day_first(tmp_path: Path) -> None:
    """12/04/2024 20:00 and 13/04/2024 08:00 in one column: the second decides day-first for both (12 April, 13 April),
    so calcium and albumin are one panel, with the corrected calcium, and nothing is said (nothing was assumed)."""
    path = _write(tmp_path, "labs.csv", "Patient,Test,Result,Unit,Collected\n" + ISSUE_ROWS)
    assert _panels(path) == [("12/04/2024 20:00", ["albumin", "calcium", "corrected_calcium"])]
    out, err = _both_engines(path)
    assert "albumin-corrected calcium" in out and "not read" not in out
    assert "date" not in err.lower()
    # said the other way, 13/04 cannot be month-first: that date is not read, and stderr says so (no value quoted)
    assert _panels(path, "--monthfirst") == [("12/04/2024 20:00", ["calcium"]), ("13/04/2024 08:00", ["albumin"])]
    out, err = _both_engines(path, "--monthfirst")
    assert "date '13/04/2024 08:00' not read" in out
    assert "1 date in column 'Collected' can only be day-first" in err and "13/04/2024 08:00" not in err


def test_an_undecided_column_is_read_month_first_and_said(tmp_path: Path) -> None:
    path = _write(tmp_path, "labs.csv", "Patient,Test,Result,Unit,Collected\n1,Calcium,8.1,mg/dL,12/04/2024 20:00\n"
                  "1,Albumin,3.0,g/dL,12/04/2024 21:00\n2,Calcium,9.1,mg/dL,05/04/2024 09:00\n")
    out, err = _both_engines(path)
    notes = [line for line in err.splitlines() if "day-first and month-first" in line]
    assert len(notes) == 1 and "read month-first" in notes[0] and "--dayfirst or --monthfirst" in notes[0]
    assert "3 dates of column 'Collected'" in notes[0]
    out, err = _both_engines(path, "--dayfirst")
    assert "day-first and month-first" not in err
    import json

    code, text, _ = run_cli(["interpret", str(path), "-f", "json", "--dayfirst"])
    first = json.loads(text)["panels"][0]
    assert first["date"] == "12/04/2024 20:00" and code == 0


@pytest.mark.parametrize("header", ["Datum", "Date de prélèvement", "Fecha"])
def test_a_day_first_header_decides_an_undecided_column_and_says_so(header: str, tmp_path: Path) -> None:
    path = _write(tmp_path, "labs.csv", f"Patient,Test,Result,Unit,{header}\n1,Calcium,8.1,mg/dL,12/04/2024 20:00\n"
                  "1,Albumin,3.0,g/dL,11/04/2024 21:00\n")
    _, err = _both_engines(path)
    assert f"column {header!r}" in err and "read day-first, as the column's name suggests" in err and "--monthfirst" in err
    # day-first: 11 April 21:00 and 12 April 20:00 are 23 h apart (one panel, dated by its first); month-first they
    # would be a month apart
    assert _panels(path) == [("11/04/2024 21:00", ["albumin", "calcium", "corrected_calcium"])]
    assert len(_panels(path, "--monthfirst")) == 2


def test_dots_are_day_first_without_a_word(tmp_path: Path) -> None:
    path = _write(tmp_path, "labs.csv", "Patient,Test,Result,Unit,Collected\n1,Calcium,8.1,mg/dL,12.04.2024 20:00\n"
                  "1,Albumin,3.0,g/dL,11.04.2024 21:00\n")
    _, err = _both_engines(path)
    assert "date" not in err.lower()
    assert len(_panels(path)) == 1


def test_a_contradicting_column_reads_none_of_those_dates(tmp_path: Path) -> None:
    path = _write(tmp_path, "labs.csv", "Patient,Test,Result,Unit,Collected\n1,Calcium,8.1,mg/dL,13/04/2024 20:00\n"
                  "2,Albumin,3.0,g/dL,04/13/2024 21:00\n3,Albumin,3.0,g/dL,2024-04-13 21:00\n4,Calcium,9.0,mg/dL,01/02/2024 10:00\n")
    out, err = _both_engines(path)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert ["not read" in r["vitd_note"] for r in rows] == [True, True, False, True]
    notes = [line for line in err.splitlines() if "Collected" in line]
    assert len(notes) == 1 and notes[0].startswith("vitd: note: 3 dates in column 'Collected'")
    assert "cannot be decided" in notes[0] and "--dayfirst or --monthfirst" in notes[0]
    out, err = _both_engines(path, "--dayfirst")  # said: the one month-first date is the only one not read
    assert ["not read" in r["vitd_note"] for r in csv.DictReader(io.StringIO(out))] == [False, True, False, False]
    assert "1 date in column 'Collected' can only be month-first" in err


def test_a_later_row_that_contradicts_the_first_rows_is_not_read_and_counted(tmp_path: Path) -> None:
    """The order is decided from the first rows (readers/dates.py SAMPLE_ROWS); a later date that fits only the other
    order is not read (its vitd_note says so) and stderr counts such rows once."""
    from vitd_cli.readers.dates import SAMPLE_ROWS

    lines = [f"{i},Vitamin D,{20 + i % 30},ng/mL,13/0{1 + i % 9}/2024 08:00\n" for i in range(SAMPLE_ROWS + 5)]
    lines += ["9001,Vitamin D,20,ng/mL,04/13/2024 08:00\n", "9002,Vitamin D,21,ng/mL,05/13/2024 08:00\n"]
    path = _write(tmp_path, "labs.csv", "Patient,Test,Result,Unit,Collected\n" + "".join(lines))
    out, err = _both_engines(path)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["Patient"] for r in rows if "not read" in r["vitd_note"]] == ["9001", "9002"]
    assert "2 dates in column 'Collected' can only be month-first" in err and "as its first rows decided" in err


def test_dates_options_and_their_errors(tmp_path: Path) -> None:
    path = _write(tmp_path, "labs.csv", "Patient,Test,Result,Unit,Collected\n" + ISSUE_ROWS)
    code, _, err = run_cli(["interpret", str(path), "--dayfirst", "--monthfirst"])
    assert code != 0 and "--dayfirst and --monthfirst" in err
    code, _, err = run_cli(["interpret", "--vitd", "18 ng/mL", "--dayfirst"])
    assert code != 0 and "--dayfirst only applies to a FILE" in err
    code, out, _ = run_cli(["interpret", "--help"])
    assert "--dayfirst" in out and "--monthfirst" in out


def test_rows_read_ahead_keep_their_line_numbers_and_errors(tmp_path: Path) -> None:
    """The rows read ahead to decide the order are given again as they were: a ragged row's error names its line."""
    path = _write(tmp_path, "labs.csv", "Patient,Test,Result,Unit,Collected\n" + ISSUE_ROWS + "1,Calcium,8.1,mg/dL\n")
    code, _, err = run_cli(["interpret", str(path), "-f", "csv"])
    assert code != 0 and "row 3 (line 4) has 4 fields" in err


def test_dates_decided_on_standard_input() -> None:
    """stdin cannot be read twice: the rows read ahead are given again (a subprocess, through a real pipe)."""
    text = "Patient,Test,Result,Unit,Collected\n" + ISSUE_ROWS
    proc = vitd_process("interpret", "-", "-f", "csv", stdin=text)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].startswith("Patient,Test,Result,Unit,Collected,vitd_status")
    assert "albumin-corrected calcium" in proc.stdout and "not read" not in proc.stdout
