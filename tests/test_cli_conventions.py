"""The conventions of tools people already use (issue 17, item 4): --version, shell completion, -q everywhere, FILE's
help naming every input it reads, and an error's advice that works."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_runner import run_cli
from vitd_cli.version import __version__

REPO = Path(__file__).resolve().parents[1]


def test_version() -> None:
    for flag in ("--version", "-V"):
        code, out, err = run_cli([flag])
        assert code == 0 and out.strip() == f"vitd {__version__}", (out, err)


def test_shell_completion_is_offered() -> None:
    code, out, _ = run_cli(["--help"])
    assert code == 0 and "--install-completion" in out and "--show-completion" in out
    # typer finds the shell from the parent processes (not from an argument): run it from bash, as a user would (the
    # "; exit $?" keeps bash from replacing itself with vitd)
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed: the completion script is shown for the shell vitd runs in")
    p = subprocess.run([bash, "-c", f"{shlex.quote(sys.executable)} -m vitd_cli --show-completion; exit $?"], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == 0 and "complete" in p.stdout, p.stderr


def test_quiet_is_accepted_with_typed_values() -> None:
    code, out, err = run_cli(["interpret", "--vitd", "18 ng/mL", "-q", "-f", "json"])
    assert code == 0 and '"vitamin_d"' in out and err == ""


def test_file_help_names_fhir_and_hl7() -> None:
    code, out, _ = run_cli(["interpret", "--help"])
    flat = " ".join(out.split())
    assert code == 0 and "FHIR R4 JSON or NDJSON" in flat and "HL7 v2" in flat


def test_a_parquet_the_duckdb_engine_cannot_write_gets_advice_that_works(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("Patient ID,Test Name,Result,Units\nP1,Calcium,9.1,mg/dL\nP2,Caf\xe9 test,1,mg/dL\n".encode("latin-1"))
    code, _, err = run_cli(["interpret", str(path), "-f", "parquet", "-o", str(tmp_path / "out.parquet")])
    assert code == 2 and "--engine python" not in err.replace("--engine python or auto", "")
    assert "only DuckDB and Spark write Parquet" in err and not (tmp_path / "out.parquet").exists()


def test_did_you_mean_and_the_subcommand_help() -> None:
    code, _, err = run_cli(["interpret", "--formt", "json"])
    assert code == 2 and "did you mean --format?" in err and "'vitd interpret --help'" in err
    code, _, err = run_cli(["interpret", "--vitd"])
    assert code == 2 and "--vitd" in err and "'vitd interpret --help'" in err
    code, _, err = run_cli(["interpet"])
    assert code == 2 and "interpret" in err


def test_every_option_names_what_it_takes() -> None:
    """No click default metavar (<str>, TEXT, <float>): each option says what it takes (VALUE, FILE, SCHEME ...)."""
    import re

    for command in ("interpret", "convert", "identify", "ranges", "sql", "config"):
        code, out, _ = run_cli([command, "--help"])
        assert code == 0
        assert not re.search(r"<(str|int|float|path)>|\bTEXT\b|\bINTEGER\b|\bFLOAT\b", out), (command, out)


def test_sql_help_says_its_default_columns() -> None:
    code, out, _ = run_cli(["sql", "--help"])
    flat = " ".join(out.split())
    assert code == 0 and "value, unit, test (analyte) and loinc (code)" in flat
