"""The terminal explanation: exact golden files at 80 columns, and the layout rules every output keeps.

Golden files: tests/golden/<name>.txt hold the Rich output, width 80, NO_COLOR, for the inputs in CASES. After an
intended change to the wording or layout, rewrite them and review the diff before committing:

    VITD_UPDATE_GOLDEN=1 pytest tests/test_render.py
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vitd_cli import interpret
from vitd_cli.examples import EXAMPLE_SYMPTOMS, EXAMPLE_VALUES
from vitd_cli.models import Report
from vitd_cli.render.terminal import render_rich

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("VITD_UPDATE_GOLDEN") == "1"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

CASES: dict[str, tuple[dict[str, str], list[str]]] = {
    "example": (dict(EXAMPLE_VALUES), list(EXAMPLE_SYMPTOMS)),
    "severe_hypocalcemia_spasms": ({"vitamin_d": "12 ng/mL", "calcium": "6.8 mg/dL"}, ["spasms"]),
    "normal_twitching": ({"vitamin_d": "32 ng/mL", "calcium": "9.4 mg/dL", "magnesium": "2.0 mg/dL"}, ["twitching"]),
    "red_flags": ({"calcium": "9.4 mg/dL"}, ["weakness", "wasting", "swallowing"]),
    "vitamin_d_toxic": ({"vitamin_d": "160 ng/mL"}, []),
    "ionized_calcium_si": ({"ionized_calcium": "0.85 mmol/L"}, ["carpopedal spasm"]),
}


@pytest.fixture(autouse=True)
def _no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def report_for(name: str) -> Report:
    values, symptoms = CASES[name]
    return interpret(values, symptoms)


def rendered(report: Report, width: int | None = 80) -> str:
    buf = io.StringIO()
    render_rich(report, buf, width=width)
    return buf.getvalue()


@pytest.mark.parametrize("name", list(CASES))
def test_golden(name: str) -> None:
    text = rendered(report_for(name))
    path = GOLDEN / f"{name}.txt"
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} is missing: run VITD_UPDATE_GOLDEN=1 pytest tests/test_render.py"
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs (intended? VITD_UPDATE_GOLDEN=1 rewrites it)"


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("width", [60, 80, 100, 120])
def test_fits_width_plain_no_trailing_spaces(name: str, width: int) -> None:
    text = rendered(report_for(name), width)
    assert not ANSI.search(text)
    for line in text.splitlines():
        assert len(line) <= width, line
        assert line == line.rstrip(), repr(line)


@pytest.mark.parametrize("name", list(CASES))
def test_order_urgency_first_disclaimer_last(name: str) -> None:
    report = report_for(name)
    text = rendered(report)
    lines = text.rstrip("\n").splitlines()
    assert "What to do" in "\n".join(lines[:4]), "the urgency box comes right after the title"
    assert text.index("What to do") < text.index("Normal range")
    flat = " ".join(text.split())
    assert flat.endswith(" ".join(report.disclaimer.split())), "the 'not a diagnosis' line is last"
    assert text.count("This is not a diagnosis") == 1


@pytest.mark.parametrize("name", list(CASES))
def test_flags_are_words(name: str) -> None:
    """Colour is never the only signal: each abnormal result says LOW or HIGH, and the urgency is a word."""
    report = report_for(name)
    text = rendered(report)
    panel = report.panels[0]
    for r in panel.results:
        row = next(line for line in text.splitlines() if line.startswith(_short(r.analyte)))
        assert {"low": "LOW", "high": "HIGH", "normal": "normal"}[r.flag] in row, row
    assert {"urgent": "URGENT", "prompt": "SOON", "routine": "ROUTINE", "none": "NO ACTION NEEDED"}[panel.urgency] in text


def _short(analyte: str) -> str:
    from vitd_cli.render.terminal import SHORT_NAMES

    return SHORT_NAMES[analyte]


def test_range_in_reported_unit_system_one_line() -> None:
    text = rendered(interpret({"vitamin_d": "18 ng/mL", "calcium": "2.02 mmol/L", "magnesium": "0.62 mmol/L"}))
    table = text.split("Normal range")[1].split("\n\n")[0]
    rows = {line.split()[0]: line for line in table.splitlines() if line.startswith(("Vitamin D", "Calcium", "Magnesium"))}
    assert "30-100 ng/mL [1]" in rows["Vitamin"] and "44.9 nmol/L" in rows["Vitamin"]
    assert "2.2-2.6 mmol/L" in rows["Calcium"] and "8.1 mg/dL" in rows["Calcium"]
    assert "0.7-1.05 mmol/L" in rows["Magnesium"] and "1.5 mg/dL" in rows["Magnesium"]
    assert "nmol/L)" not in text.split("Notes on the results")[0], "no (SI) pair in the range column"


def test_sources_are_footnotes() -> None:
    report = interpret({"vitamin_d": "18 ng/mL", "calcium": "8.1 mg/dL"})
    text = rendered(report)
    flat = " ".join(text.split())
    assert "[1]" in text and "[2]" in text
    for r in report.panels[0].results:
        assert " ".join(r.range.source.split()) in flat


def test_no_duplicated_text() -> None:
    text = rendered(report_for("example"))
    flat = " ".join(text.split()).lower()
    assert "an estimate: an estimate" not in flat
    assert not re.search(r"\b(\w+(?: \w+){0,3}): \1:", flat), "a repeated prefix"
    for sentence in {s.strip() for s in re.split(r"(?<=[.!?]) ", flat) if len(s) > 40}:
        assert flat.count(sentence) == 1, sentence


@pytest.mark.parametrize("name", list(CASES))
def test_hanging_indents(name: str) -> None:
    """Wrapped lines of a bullet (or a footnote) start under its text, not at the margin."""
    in_item = False
    for line in rendered(report_for(name)).splitlines():
        if line.startswith(("- ", "[")):
            in_item = True
        elif not line.strip():
            in_item = False
        elif in_item:
            assert line.startswith("  "), f"no hanging indent: {line!r}"


@pytest.mark.parametrize("symptom, word", [
    ("weakness", "weakness"), ("wasting", "wasting"), ("swallowing", "swallowing"), ("speech", "speaking"),
    ("progression", "worse"),
])
def test_red_flag_message(symptom: str, word: str) -> None:
    text = rendered(interpret({"calcium": "9.4 mg/dL"}, [symptom]))
    box = text.split("Test")[0]
    assert "RED FLAG" in box, "the red flag is in the 'What to do' box"
    assert word in " ".join(box.split()).lower()
    assert "See a doctor" in " ".join(box.split())
    assert "URGENT" in box


def test_red_flag_with_low_labs_still_flagged() -> None:
    text = rendered(interpret({"vitamin_d": "8 ng/mL", "calcium": "7.2 mg/dL"}, ["twitching", "weakness"]))
    assert "RED FLAG" in text.split("Test")[0]
    assert "can be explained" in text


def test_emergency_symptom() -> None:
    text = rendered(interpret({"calcium": "6.5 mg/dL"}, ["seizures"]))
    box = " ".join(text.split("Test")[0].split())
    assert "RED FLAG" in box and "emergency" in box


@pytest.mark.parametrize("symptom", ["breathing", "stridor", "choking"])
def test_breathing_problems_are_emergencies(symptom: str) -> None:
    # issue 15 point 8: stridor, breathlessness and choking are emergencies (NHS 'When to call 999'), not neurology
    text = rendered(interpret({"calcium": "9.4 mg/dL"}, [symptom]))
    box = " ".join(text.split("Test")[0].split())
    assert "URGENT" in box and "RED FLAG" in box and "emergency services" in box


def test_scheme_disagreement_only_where_categories_differ() -> None:
    agree = rendered(interpret({"vitamin_d": "32 ng/mL"}))
    assert "Notes on the results" not in agree and " under " not in agree
    differ = rendered(interpret({"vitamin_d": "24 ng/mL"}))
    flat = " ".join(differ.split())
    assert "insufficient under Endocrine Society 2011" in flat
    assert "sufficient under Institute of Medicine" in flat


def test_scheme_disagreement_lists_only_the_differing_schemes() -> None:
    report = interpret({"vitamin_d": "12 ng/mL"})
    r = report.panels[0].results[0]
    flat = " ".join(rendered(report).split())
    for other in r.other_schemes:
        listed = f"under {other.scheme_name}" in flat
        assert listed == (other.category != r.category or other.flag != r.flag), other.scheme


def test_normal_results_reassure() -> None:
    text = rendered(interpret({"vitamin_d": "32 ng/mL", "calcium": "9.4 mg/dL", "magnesium": "2.0 mg/dL"}))
    assert "NO ACTION NEEDED" in text
    assert "LOW" not in text and "HIGH" not in text and "RED FLAG" not in text


def test_normal_results_with_a_symptom_are_not_no_action() -> None:
    # issue 15 point 11: the banner reflects symptoms the results do not explain
    text = rendered(report_for("normal_twitching"))
    assert "NO ACTION NEEDED" not in text and "ROUTINE" in text
    assert "do not explain" in " ".join(text.split()[:80])
    assert "LOW" not in text and "HIGH" not in text and "RED FLAG" not in text


def test_estimate_and_unit_system_of_corrected_calcium() -> None:
    text = rendered(interpret({"calcium": "2.02 mmol/L", "albumin": "32 g/L"}))
    row = next(line for line in text.splitlines() if line.startswith("Corrected calcium"))
    assert "mmol/L" in row.split()[2] or "mmol/L" in row
    assert "(estimate)" in text


def test_warnings_shown() -> None:
    text = rendered(interpret({"vitamin_d": "18 ng/mL"}, age=12))
    assert "adult ranges" in " ".join(text.split())


def test_cli_matches_golden_end_to_end() -> None:
    """The installed command, piped: plain text identical to the golden file (Rich sees no terminal)."""
    path = GOLDEN / "example.txt"
    if not path.is_file():
        pytest.skip("golden file not written yet")
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80"}
    env.pop("FORCE_COLOR", None)
    proc = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", "--example"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == path.read_text(encoding="utf-8")


def test_piped_without_no_color_is_plain() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["COLUMNS"] = "80"
    proc = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", "--example"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert not ANSI.search(proc.stdout)


def test_colour_is_never_the_only_signal() -> None:
    """With colour forced on, removing the escapes gives exactly the plain text."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update({"FORCE_COLOR": "1", "COLUMNS": "80", "TERM": "xterm-256color"})
    proc = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", "--example"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert ANSI.search(proc.stdout), "colour was forced on"
    assert ANSI.sub("", proc.stdout) == rendered(report_for("example"))
