"""stderr read at a glance (issue 17, item 6): by default the warnings, one line counting the details held back, and the
count line last; -v every note; -q nothing but an error. Which note is which: textsafe.Note.level (docs/exports.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_runner import run_cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "labs.csv"
FHIR = ROOT / "tests" / "data" / "fhir"
COUNT = ("vitd: 17 rows: 13 interpreted, 3 other tests (of which 1 non-serum specimen, 1 other vitamin D form), 1 skipped "
         "(1 text result; see vitd_note)")
DETAILS = [f"vitd: note: {name}: a reference range of the lab differs from vitd's {ours}; rows the two judge differently say so"
           for name, ours in (("Calcium", "8.8-10.4 mg/dL (2.2-2.6 mmol/L) (MSD Manual / PMC7276095 (8.8-10.4 mg/dL))"),
                              ("Albumin", "3.5-5 g/dL (35-50 g/L) (Adult serum albumin 3.5-5.0 g/dL)"),
                              ("Magnesium", "1.8-2.6 mg/dL (0.7-1.05 mmol/L) (MSD Manual (1.8-2.6 mg/dL))"))]


def test_example_prints_the_count_line_and_one_more_notes_line() -> None:
    code, out, err = run_cli(["interpret", str(EXAMPLE), "-f", "csv"])
    assert code == 0 and out
    assert err.splitlines() == ["vitd: 3 more notes (-v shows them)", COUNT]


@pytest.mark.parametrize("flag", ["-v", "--verbose", "-vv"])
def test_verbose_prints_the_details_before_the_count_line(flag: str) -> None:
    code, _, err = run_cli(["interpret", str(EXAMPLE), "-f", "csv", flag])
    assert code == 0
    assert err.splitlines() == [*DETAILS, COUNT]


def test_quiet_prints_nothing_and_quiet_with_verbose_is_an_error() -> None:
    code, out, err = run_cli(["interpret", str(EXAMPLE), "-f", "csv", "-q"])
    assert code == 0 and out and err == ""
    code, out, err = run_cli(["interpret", str(EXAMPLE), "-f", "csv", "-q", "-v"])
    assert code == 2 and out == ""
    assert err.splitlines() == ["vitd: error: --quiet and --verbose were both given (give --quiet for no notes, or -v for every note)"]


def test_typed_values_take_verbose_and_write_no_notes() -> None:
    code, out, err = run_cli(["interpret", "--vitd", "18 ng/mL", "-f", "json", "-v"])
    assert code == 0 and '"vitamin_d"' in out and err == ""


def test_other_formats_hold_back_the_same_details() -> None:
    for fmt, see in (("ndjson", "--format csv shows each"), ("json", "see rows.skipped_rows")):
        code, _, err = run_cli(["interpret", str(EXAMPLE), "-f", fmt])
        assert code == 0
        assert err.splitlines() == ["vitd: 3 more notes (-v shows them)", COUNT.replace("see vitd_note", see)]
    code, _, err = run_cli(["interpret", str(EXAMPLE), "--summary"])  # (--summary: the count line without a pointer)
    assert code == 0 and err.splitlines()[0] == "vitd: 3 more notes (-v shows them)" and len(err.splitlines()) == 2


def test_duckdb_engine_says_the_same() -> None:
    pytest.importorskip("duckdb")
    for extra, want in (([], ["vitd: 3 more notes (-v shows them)", COUNT]), (["-v"], [*DETAILS, COUNT])):
        code, _, err = run_cli(["interpret", str(EXAMPLE), "-f", "csv", "--engine", "duckdb", *extra])
        assert code == 0 and err.splitlines() == want


def test_an_assumed_date_order_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("Patient ID,Test Name,Result,Units,Collected\n"
                    "P1,Vitamin D,14,ng/mL,01/02/2024\nP1,Calcium,8.1,mg/dL,01/02/2024\n", encoding="utf-8")
    code, _, err = run_cli(["interpret", str(path), "-f", "csv"])
    assert code == 0
    lines = err.splitlines()
    assert len(lines) == 2 and lines[1].startswith("vitd: 2 rows: ")
    assert lines[0].startswith("vitd: note: 2 dates of column 'Collected' (such as 01/02/2024) fit day-first and month-first")
    assert "more note" not in err


def test_input_not_grouped_by_subject_is_a_warning_beside_the_details(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text("Patient ID,Test Name,Result,Units,Reference Range,Collected\n"
                    "P1,Calcium,8.7,mg/dL,8.5-10.5,2024-01-01\n"  # a lab range that differs from vitd's: a detail
                    "P2,Vitamin D,14,ng/mL,,2024-01-01\n"
                    "P1,Albumin,3.8,g/dL,,2024-01-01\n", encoding="utf-8")
    code, _, err = run_cli(["interpret", str(path), "-f", "csv"])
    assert code == 0
    lines = err.splitlines()
    assert len(lines) == 3, lines
    assert lines[0].startswith("vitd: note: the input is not grouped by subject: panels")
    assert lines[1] == "vitd: 1 more note (-v shows it)" and lines[2].startswith("vitd: 3 rows: ")
    _, _, err = run_cli(["interpret", str(path), "-f", "csv", "-v"])
    lines = err.splitlines()
    assert len(lines) == 3 and "not grouped by subject" in lines[0]
    assert lines[1].startswith("vitd: note: Calcium: a reference range of the lab differs") and lines[2].startswith("vitd: 3 rows: ")
    assert "8.5-10.5" not in err  # (stderr quotes no range of the file)


def test_fhir_warning_shown_and_skipped_observation_counted() -> None:
    code, _, err = run_cli(["interpret", str(FHIR / "diagnosticreport_contained.json"), "-f", "csv"])
    assert code == 0
    assert err.splitlines() == ["vitd: note: observation 3: pth is a preliminary result and may change",
                                "vitd: 4 observations read: 4 interpreted, 0 other tests, 0 skipped"]
    code, _, err = run_cli(["interpret", str(FHIR / "bundle_searchset.json"), "-f", "json"])
    assert code == 0 and err.splitlines()[0] == "vitd: 1 more note (-v shows it)"
    _, _, err = run_cli(["interpret", str(FHIR / "bundle_searchset.json"), "-f", "json", "-v"])
    assert err.splitlines()[0].startswith("vitd: note: observation ") and " skipped: no value" in err


def test_subprocess_default_and_verbose() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for extra, want in (([], ["vitd: 3 more notes (-v shows them)", COUNT]), (["-v"], [*DETAILS, COUNT]), (["-q"], [])):
        proc = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", str(EXAMPLE), "-f", "csv", *extra],
                              capture_output=True, timeout=120, env=env, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr.decode("utf-8").splitlines() == want
        assert proc.stdout.count(b"\n") == 18  # the header and the 17 rows, whatever stderr says
