"""`vitd interpret FILE` on the command line: the commands of the issue, the default format, options that only make
sense with a FILE, exit codes, -o, stdin, and a closed pipe."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden_readers"
PORTAL = GOLDEN / "portal_semicolon.csv"
MIMIC = GOLDEN / "mimic_labevents.csv"
MIMIC_DICT = GOLDEN / "mimic_d_labitems.csv"


def vitd(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", *args], input=stdin, capture_output=True, timeout=120)


def test_file_default_format_in_a_pipe_is_the_inputs_own() -> None:
    proc = vitd(str(PORTAL))
    assert proc.returncode == 0
    lines = proc.stdout.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Patient ID;Test Name;Result;Units;Reference Range;Flag;Collected;vitd_status;vitd_analyte")
    assert proc.stderr.decode().splitlines()[-1].startswith("vitd: 17 rows: 10 interpreted, 4 other tests (of which 2 other vitamin D form, 1 non-serum specimen), 3 skipped")


def test_stdin_dash() -> None:
    proc = vitd("-", "--format", "csv", "--dictionary", str(MIMIC_DICT), stdin=MIMIC.read_bytes())
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 15


def test_ndjson_select_low() -> None:
    proc = vitd(str(MIMIC), "--dictionary", str(MIMIC_DICT), "--format", "ndjson")
    objs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    low = [o for o in objs if o["flag"] == "low"]
    assert {o["analyte"] for o in low} >= {"calcium", "albumin", "magnesium", "ionized_calcium", "vitamin_d"}


def test_json_and_rich_and_summary() -> None:
    doc = json.loads(vitd(str(MIMIC), "--dictionary", str(MIMIC_DICT), "--format", "json").stdout)
    assert doc["input"]["dictionary"] == "mimic_d_labitems.csv" and doc["rows"]["total"] == 14
    rich = vitd(str(MIMIC), "--dictionary", str(MIMIC_DICT), "--format", "rich").stdout.decode()
    assert "Subject 10006" in rich and "not a diagnosis" in rich
    summary = vitd(str(MIMIC), "--dictionary", str(MIMIC_DICT), "--summary", "--format", "csv").stdout.decode()
    assert summary.splitlines()[0] == "analyte,unit,scheme,category,flag,count,percent,min,mean,max"


def test_output_file_and_gzip(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert vitd(str(PORTAL), "-o", str(out), "--format", "csv").returncode == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfPatient ID;") and b"\r\n" in out.read_bytes()
    gz = tmp_path / "out.csv.gz"
    assert vitd(str(PORTAL), "-o", str(gz), "--format", "csv", "-q").returncode == 0
    assert gzip.decompress(gz.read_bytes()).decode("utf-8-sig").startswith("Patient ID;")


@pytest.mark.parametrize(("args", "message"), [
    (["labs.csv", "--vitd", "18 ng/mL"], "a FILE and typed values (--vitd) cannot be interpreted together"),
    (["labs.csv", "--example"], "a FILE and typed values (--example)"),
    (["--vitd", "18 ng/mL", "--map", "X=vitamin_d"], "--map only applies to a FILE"),
    (["--vitd", "18 ng/mL", "--format", "csv"], "unknown format 'csv'"),
    (["nope.csv"], "cannot read 'nope.csv': no such file"),
])
def test_usage_errors_are_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", *args], capture_output=True, timeout=60, cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and message in err and err.count("\n") == 1 and "Traceback" not in err


def test_file_format_errors(tmp_path: Path) -> None:
    proc = vitd(str(PORTAL), "--format", "xml")
    assert proc.returncode == 2 and "unknown format 'xml'" in proc.stderr.decode()
    proc = vitd(str(PORTAL), "--dictionary", str(MIMIC_DICT))
    assert proc.returncode == 2 and "has no test-id column" in proc.stderr.decode()


def test_typed_values_are_unchanged() -> None:
    proc = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", "--vitd", "18 ng/mL", "--format", "json"], capture_output=True, timeout=60)
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0 and doc["panels"][0]["results"][0]["category"] == "deficient" and "rows" not in doc


def test_quiet_and_check() -> None:
    proc = vitd(str(PORTAL), "-q", "--check", "--format", "csv")
    assert proc.returncode == 1 and proc.stderr == b""


def test_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_text("Patient ID,Test Name,Result,Units\n" + "P1,Calcium,9.1,mg/dL\n" * 200_000)
    cmd = f"{sys.executable} -m vitd_cli interpret {big} --format csv | head -n 2"
    proc = subprocess.run(cmd, shell=True, capture_output=True, timeout=120)
    assert proc.stdout.decode().splitlines()[1].startswith("P1,Calcium,9.1,mg/dL,interpreted")
    assert b"Traceback" not in proc.stderr and b"Exception ignored" not in proc.stderr


def test_help_documents_files() -> None:
    text = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", "--help"], capture_output=True, text=True, timeout=60).stdout
    for word in ("[FILE]", "--map", "--columns", "--dictionary", "--delimiter", "--encoding", "--summary", "--strict", "--sanitize",
                 "--output", "--panel-window", "ndjson"):
        assert word in text, word


def test_csv_and_ndjson_paths_import_neither_rich_nor_pydantic(tmp_path: Path) -> None:
    code = ("import sys, io\nfrom vitd_cli.files import FileOptions, interpret_file\n"
            f"for fmt in ('csv', 'ndjson'):\n    interpret_file({str(PORTAL)!r}, FileOptions(fmt=fmt), stdout=io.StringIO(), stderr=io.StringIO())\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'pydantic', 'pint')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
