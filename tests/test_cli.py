"""The command line contract: exit codes, one-line errors, the JSON keys scripts rely on, convert and ranges.

Most cases call vitd_cli.cli.main() in-process (the same error mapping as the installed command, fast); a few run
the installed `vitd`, `python -m vitd_cli` and the library in a subprocess, end to end.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vitd_cli.cli import main
from vitd_cli.reference import load

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
VITD = [str(BIN / "vitd")] if (BIN / "vitd").exists() else [sys.executable, "-m", "vitd_cli"]


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.delenv("VITD_DEBUG", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run `vitd ARGS` in-process: (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    out, err = capsys.readouterr()
    code = exited.value.code
    return (code if isinstance(code, int) else 0 if code is None else 1), out, err


def run_process(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "VITD_DEBUG"}
    full_env.update({"NO_COLOR": "1", "COLUMNS": "80", **(env or {})})
    return subprocess.run(list(args), capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=60)


def assert_one_line_error(err: str) -> str:
    assert err.startswith("vitd: error: "), err
    assert err.endswith("\n") and err.count("\n") == 1, f"not one line: {err!r}"
    assert "Traceback" not in err
    return err.rstrip("\n")


# ---------------------------------------------------------------- exit codes and errors


def test_interpreted_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "interpret", "--vitd", "18 ng/mL", "--calcium", "8.1 mg/dL", "--symptom", "twitching")
    assert code == 0
    assert err == ""
    assert "LOW" in out and "This is not a diagnosis" in out


def test_example_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "interpret", "--example")
    assert code == 0
    assert "Vitamin D" in out


ERRORS = {
    "bad unit": (["--vitd", "18 furlongs"], "unknown unit 'furlongs'"),
    "unknown analyte in --value": (["--value", "foo=18 ng/mL"], "unknown analyte 'foo'"),
    "--value without =": (["--value", "18 ng/mL"], "is not NAME=VALUE"),
    "unparseable": (["--vitd", "abc"], "'abc'"),
    "negative": (["--vitd", "-5 ng/mL"], "negative"),
    "NaN": (["--vitd", "nan ng/mL"], "not a finite number"),
    "infinite": (["--vitd", "inf ng/mL"], "not a finite number"),
    "implausible": (["--vitd", "2000 ng/mL"], "2000 ng/mL"),
    "implausible calcium": (["--calcium", "25 mg/dL"], "25 mg/dL"),
    "ambiguous without unit": (["--vitd", "18"], "no unit"),
    "unknown guideline": (["--vitd", "18 ng/mL", "--guideline", "nope"], "unknown scheme 'nope'"),
    "unknown scheme": (["--vitd", "18 ng/mL", "--scheme", "calcium=nope"], "unknown scheme 'nope'"),
    "unknown symptom": (["--vitd", "18 ng/mL", "--symptom", "flying"], "unknown symptom 'flying'"),
    "unknown format": (["--vitd", "18 ng/mL", "--format", "xml"], "unknown format 'xml'"),
    "unknown option": (["--vitd", "18 ng/mL", "--bogus"], "--bogus"),
    "no values": ([], "no lab values given"),
    "example with values": (["--example", "--vitd", "18 ng/mL"], "--example"),
    "missing ranges file": (["--vitd", "18 ng/mL", "--ranges", "no/such/file.toml"], "no/such/file.toml"),
    "implausible age": (["--vitd", "18 ng/mL", "--age", "200"], "age"),
}


@pytest.mark.parametrize("args, fragment", list(ERRORS.values()), ids=list(ERRORS))
def test_input_errors_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], args: list[str], fragment: str) -> None:
    code, out, err = run(capsys, "interpret", *args)
    assert code == 2
    assert out == ""
    assert fragment in assert_one_line_error(err)


@pytest.mark.parametrize("flag", ["--check", None])
def test_errors_win_over_check(capsys: pytest.CaptureFixture[str], flag: str | None) -> None:
    code, _, err = run(capsys, "interpret", "--vitd", "18 furlongs", *([flag] if flag else []))
    assert code == 2
    assert_one_line_error(err)


def test_exact_error_texts(capsys: pytest.CaptureFixture[str]) -> None:
    """The messages the README quotes, and the ones cli/ itself writes, word for word."""
    expected = {
        ("interpret", "--vitd", "18 furlongs"):
            "vitd: error: unknown unit 'furlongs' for vitamin_d (use one of ng/mL, ng/dL, pg/mL, nmol/L, pmol/L)",
        ("interpret", "--vitd", "18 ng/mL", "--format", "xml"): "vitd: error: unknown format 'xml' (use one of rich, json, html, fhir)",
        ("convert", "50 nmol/L", "--analyte", "vitamin_d", "--format", "rich"):
            "vitd: error: unknown format 'rich' (use one of text, json)",
        ("interpret", "--vitd", "18 ng/mL", "--bogus"): "vitd: error: No such option: --bogus (see 'vitd interpret --help')",
    }
    for args, line in expected.items():
        code, _, err = run(capsys, *args)
        assert code == 2, args
        assert assert_one_line_error(err) == line


def test_unknown_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "diagnose")
    assert code == 2
    assert "diagnose" in assert_one_line_error(err)


def test_no_arguments_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 2
    assert "interpret" in out + err
    assert "Traceback" not in err


def test_check_abnormal_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "interpret", "--vitd", "18 ng/mL", "--check")
    assert code == 1
    assert err == ""
    assert "LOW" in out  # the explanation is still written


def test_check_all_normal_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "interpret", "--vitd", "32 ng/mL", "--calcium", "9.4 mg/dL", "--magnesium", "2.0 mg/dL", "--check")
    assert code == 0


def test_check_with_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "interpret", "--vitd", "160 ng/mL", "--check", "--format", "json")
    assert code == 1
    assert json.loads(out)["panels"][0]["results"][0]["flag"] == "high"


def test_without_check_abnormal_still_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "interpret", "--vitd", "6 ng/mL", "--calcium", "6.5 mg/dL")
    assert code == 0


def test_interpret_help_mentions_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "interpret", "--help")
    assert code == 0
    text = " ".join(out.split())
    assert "Exit codes" in text
    for fragment in ("0 interpreted", "1 with --check", "2 usage or input error"):
        assert fragment in text


def test_top_level_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("interpret", "convert", "ranges"):
        assert command in out


# ---------------------------------------------------------------- the JSON contract


def _get(doc: object, dotted: str) -> object:
    for key in dotted.split("."):
        assert isinstance(doc, dict) and key in doc, f"missing {dotted!r}"
        doc = doc[key]
    return doc


RESULT_KEYS = ["analyte", "value", "unit", "conventional.value", "conventional.unit", "reported", "flag", "category",
               "severity", "range.source", "range.low", "range.high", "range.unit", "range.scheme", "compared_in",
               "other_schemes", "urgency", "notes"]
FINDING_KEYS = ["code", "severity", "summary", "symptoms", "urgency", "title", "source"]


def test_json_contract_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "interpret", "--example", "--format", "json")
    assert code == 0 and err == ""
    doc = json.loads(out)
    for key in ("guideline", "warnings", "panels", "disclaimer", "schemes", "version"):
        assert key in doc
    assert doc["guideline"] == "endocrine-society-2011"
    assert isinstance(doc["warnings"], list)
    panel = doc["panels"][0]
    for key in ("results", "findings", "symptoms", "urgency", "advice", "next_steps"):
        assert key in panel
    assert panel["results"] and panel["findings"]
    for result in panel["results"]:
        for key in RESULT_KEYS:
            _get(result, key)
        assert result["flag"] in ("low", "normal", "high")
        assert result["range"]["source"].strip()
    for finding in panel["findings"]:
        for key in FINDING_KEYS:
            _get(finding, key)
        assert isinstance(finding["symptoms"], list)


def test_json_values_and_units(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "interpret", "--vitd", "18 ng/mL", "--format", "json")
    r = json.loads(out)["panels"][0]["results"][0]
    assert r["analyte"] == "vitamin_d"
    assert r["unit"] == "nmol/L" and r["value"] == pytest.approx(44.928, abs=0.01)
    assert r["conventional"] == {"value": 18.0, "unit": "ng/mL"}
    assert r["reported"] == "18 ng/mL"
    assert (r["flag"], r["category"]) == ("low", "deficient")
    assert r["compared_in"] == "ng/mL"


def test_json_guideline_option(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "interpret", "--vitd", "45 nmol/L", "--guideline", "iom-2011", "--format", "json")
    doc = json.loads(out)
    assert doc["guideline"] == "iom-2011"
    assert doc["panels"][0]["results"][0]["range"]["scheme"] == "iom-2011"


def test_json_output_is_only_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "interpret", "--vitd", "18 ng/mL", "--symptom", "weakness", "--format", "json")
    doc = json.loads(out)  # nothing but the document on stdout
    symptom = doc["panels"][0]["symptoms"][0]
    assert symptom["verdict"] == "red_flag"


# ---------------------------------------------------------------- convert and ranges


def test_convert_rounds(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "convert", "50 nmol/L", "--analyte", "vitamin_d", "--to", "ng/mL")
    assert code == 0
    assert out.startswith("50 nmol/L = 20.03 ng/mL")
    assert "20.032" not in out


def test_convert_every_unit(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "convert", "8.1 mg/dL", "--analyte", "calcium")
    assert code == 0
    assert "2.02 mmol/L" in out and "4.04 mEq/L" in out and "molar mass" in out


def test_convert_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "convert", "50 nmol/L", "--analyte", "vitamin_d", "--to", "ng/mL", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["analyte"] == "vitamin_d"
    assert doc["to"][0]["unit"] == "ng/mL"
    assert doc["to"][0]["value"] == pytest.approx(20.032, abs=1e-3)


@pytest.mark.parametrize("args, fragment", [
    (["50 furlongs", "--analyte", "vitamin_d"], "furlongs"),
    (["50 nmol/L", "--analyte", "unobtainium"], "unobtainium"),
    (["50", "--analyte", "vitamin_d"], "no unit"),
    (["--analyte", "vitamin_d", "--", "-5 nmol/L"], "negative"),
    (["50 nmol/L", "--analyte", "vitamin_d", "--to", "furlongs"], "furlongs"),
    (["50 nmol/L"], "--analyte"),
])
def test_convert_errors(capsys: pytest.CaptureFixture[str], args: list[str], fragment: str) -> None:
    code, out, err = run(capsys, "convert", *args)
    assert code == 2
    assert out == ""
    assert fragment in assert_one_line_error(err)


def test_ranges_lists_every_analyte_scheme_and_source(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    code, out, _ = run(capsys, "ranges")
    assert code == 0
    flat = " ".join(out.split())
    ref = load()
    for aid in ref.analytes:
        assert f"[{aid}]" in out, aid
    for aid, schemes in ref.schemes.items():
        for sid, scheme in schemes.items():
            assert sid in out, (aid, sid)
            assert " ".join(scheme.source.split()) in flat, (aid, sid)


def test_ranges_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ranges", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    ref = load()
    for aid in ref.analytes:
        if aid == "corrected_calcium":  # classified with the calcium schemes
            continue
        assert doc[aid]["default"] == ref.defaults[aid]
        assert {s["id"] for s in doc[aid]["schemes"]} == set(ref.schemes[aid])
        assert all(s["source"] for s in doc[aid]["schemes"])


def test_ranges_one_analyte(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ranges", "--analyte", "magnesium", "--format", "json")
    assert code == 0
    assert list(json.loads(out)) == ["magnesium"]
    code, _, err = run(capsys, "ranges", "--analyte", "nope")
    assert code == 2
    assert "nope" in assert_one_line_error(err)


# ---------------------------------------------------------------- end to end, in a subprocess


def test_installed_command_end_to_end() -> None:
    proc = run_process(*VITD, "interpret", "--vitd", "18 ng/mL", "--calcium", "8.1 mg/dL", "--symptom", "twitching")
    assert proc.returncode == 0, proc.stderr
    assert "\x1b[" not in proc.stdout  # piped and NO_COLOR: plain text
    assert proc.stdout.rstrip().endswith("interpret them.")


def test_installed_command_error_end_to_end() -> None:
    proc = run_process(*VITD, "interpret", "--vitd", "18 furlongs")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert_one_line_error(proc.stderr)


def test_installed_command_check_end_to_end() -> None:
    assert run_process(*VITD, "interpret", "--vitd", "18 ng/mL", "--check").returncode == 1
    assert run_process(*VITD, "interpret", "--vitd", "32 ng/mL", "--check").returncode == 0


def test_python_dash_m() -> None:
    proc = run_process(sys.executable, "-m", "vitd_cli", "interpret", "--example", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["panels"][0]["results"]
    proc = run_process(sys.executable, "-m", "vitd_cli", "convert", "50 nmol/L", "--analyte", "vitamin_d", "--to", "ng/mL")
    assert proc.returncode == 0 and "20.03 ng/mL" in proc.stdout
    proc = run_process(sys.executable, "-m", "vitd_cli", "interpret", "--vitd", "nan ng/mL")
    assert proc.returncode == 2
    assert_one_line_error(proc.stderr)


def test_library_call() -> None:
    code = "from vitd_cli import interpret; print(interpret({'vitamin_d': '18 ng/mL'}).model_dump_json())"
    proc = run_process(sys.executable, "-c", code)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["panels"][0]["results"][0]["category"] == "deficient"


def test_debug_shows_traceback_only_when_asked() -> None:
    proc = run_process(*VITD, "interpret", "--vitd", "18 furlongs", env={"VITD_DEBUG": "1"})
    assert proc.returncode != 0
    assert "Traceback" in proc.stderr
