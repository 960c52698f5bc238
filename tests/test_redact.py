"""--redact on CSV/TSV exports: subject identifiers never reach any output; pseudonyms are stable for a given salt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LABS = ROOT / "examples" / "labs.csv"
SUBJECTS = ("P001", "P002", "P003")


def vitd(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", *args], capture_output=True, text=True, cwd=ROOT, timeout=60)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "ndjson", "html", "fhir", "rich"])
def test_no_subject_identifier_in_any_output(fmt: str) -> None:
    proc = vitd(str(LABS), "--format", fmt, "--redact", "--redact-salt", "k")
    assert proc.returncode == 0, proc.stderr
    assert "P001" in LABS.read_text(encoding="utf-8")
    for subject in SUBJECTS:
        assert subject not in proc.stdout and subject not in proc.stderr
    assert "anon-" in proc.stdout


def test_pseudonyms_are_stable_for_a_salt_and_differ_across_salts() -> None:
    a = vitd(str(LABS), "--format", "csv", "--redact", "--redact-salt", "k", "-q").stdout
    b = vitd(str(LABS), "--format", "csv", "--redact", "--redact-salt", "k", "-q").stdout
    c = vitd(str(LABS), "--format", "csv", "--redact", "--redact-salt", "other", "-q").stdout
    assert a == b and a != c


def test_redacted_csv_keeps_every_row_and_the_other_cells() -> None:
    plain = vitd(str(LABS), "--format", "csv", "-q").stdout.splitlines()
    redacted = vitd(str(LABS), "--format", "csv", "--redact", "--redact-salt", "k", "-q").stdout.splitlines()
    assert len(plain) == len(redacted)
    for p, r in zip(plain[1:], redacted[1:], strict=True):
        assert p.split(",", 1)[1] == r.split(",", 1)[1]  # only the subject cell (the first column) changes


def test_redact_needs_a_file() -> None:
    proc = vitd("--vitd", "18 ng/mL", "--redact")
    assert proc.returncode == 2
    assert proc.stderr.startswith("vitd: error: --redact")
