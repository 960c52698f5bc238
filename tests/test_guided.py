"""Guided mode: `vitd interpret --ask` (and `vitd interpret` with no arguments on a terminal) asks one question a value,
then the symptoms; bad answers are asked again with the same reason the options would give."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vitd_cli.errors import VitdError
from vitd_cli.reference import ReferenceData
from vitd_cli.tools.guided import ask, parse_answer

VITD = str(Path(sys.executable).parent / "vitd")


class Script:
    """Scripted answers: read() gives the next one (EOFError when they run out); everything said is kept."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []
        self.said: list[str] = []

    def read(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0) + "\n"

    def write(self, text: str) -> None:
        self.said.append(text)

    @property
    def text(self) -> str:
        return "".join(self.said)


def test_values_then_symptoms(ref: ReferenceData) -> None:
    s = Script("18 ng/mL", "8.1 mg/dL", "3.2 g/dL", "0.62 mmol/L", "n", "1, 2")
    values, symptoms = ask(ref, s.read, s.write)
    assert values == {"vitamin_d": "18 ng/mL", "calcium": "8.1 mg/dL", "albumin": "3.2 g/dL", "magnesium": "0.62 mmol/L"}
    assert symptoms == ["twitching", "cramps"]
    assert [p.split(",")[0].split(" (")[0] for p in s.prompts[:4]] == ["Vitamin D", "Calcium", "Albumin", "Magnesium"]
    assert "1. twitching" in s.text and "bone-pain" in s.text


def test_enter_skips_and_the_optional_tests(ref: ReferenceData) -> None:
    s = Script("", "", "", "", "y", "1.05 mmol/L", "", "2.2 mg/dL", "")
    values, symptoms = ask(ref, s.read, s.write)
    assert values == {"ionized_calcium": "1.05 mmol/L", "phosphate": "2.2 mg/dL"}
    assert symptoms == []
    assert any(p.startswith("PTH") for p in s.prompts)


def test_bad_value_is_asked_again_with_the_reason(ref: ReferenceData) -> None:
    s = Script("eighteen", "18", "18 mg", "-4 ng/mL", "18 ng/mL", "", "", "", "", "")
    values, _ = ask(ref, s.read, s.write)
    assert values == {"vitamin_d": "18 ng/mL"}
    vitd_prompts = [p for p in s.prompts if p.startswith("Vitamin D")]
    assert len(vitd_prompts) == 5
    reasons = [line.strip() for line in s.text.splitlines() if line.startswith("  ") and not line.strip()[0].isdigit()]
    assert reasons[0].startswith("cannot read a number in 'eighteen'")
    assert "has no unit" in reasons[1]
    assert "unit" in reasons[2].lower()
    assert "cannot be negative" in reasons[3]
    for r in reasons[:4]:
        assert "\n" not in r


def test_same_reasons_as_the_options(ref: ReferenceData) -> None:
    """The reason given for a bad answer is the one-line error the CLI prints for the same text as an option."""
    for bad in ("5000 nmol/L", "18 mg", "18,5,5 ng/mL"):
        s = Script(bad, "18 ng/mL", "", "", "", "", "")
        ask(ref, s.read, s.write)
        said = s.said[1].strip()
        cli = subprocess.run([VITD, "interpret", "--vitd", bad], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
        assert cli.returncode == 2
        assert cli.stderr == f"vitd: error: {said}\n"


def test_no_unit_when_only_one_fits(ref: ReferenceData) -> None:
    s = Script("", "8.1", "", "", "", "")
    values, _ = ask(ref, s.read, s.write)
    assert values == {"calcium": "8.1"}
    assert "read as 8.1 mg/dL" in s.text


def test_symptom_numbers_names_and_mistakes(ref: ReferenceData) -> None:
    ids = list(ref.symptoms)
    s = Script("18 ng/mL", "", "", "", "maybe", "", "99", "1, frobnication", f"3 {ids.index('bone_pain') + 1}, twitch, Bone pain")
    values, symptoms = ask(ref, s.read, s.write)
    assert values == {"vitamin_d": "18 ng/mL"}
    assert symptoms == ["spasms", "bone_pain", "twitching"]
    assert "answer y or n" in s.text
    assert "there is no symptom number 99" in s.text
    assert "unknown symptom 'frobnication'" in s.text
    assert len([p for p in s.prompts if p == "Symptoms: "]) == 3


def test_parse_answer(ref: ReferenceData) -> None:
    assert parse_answer(ref, "") == []
    assert parse_answer(ref, " 1 ,2,1") == ["twitching", "cramps"]
    assert parse_answer(ref, "bone-pain, bone_pain") == ["bone_pain"]
    with pytest.raises(VitdError):
        parse_answer(ref, "0")


def test_nothing_answered_and_input_ending(ref: ReferenceData) -> None:
    with pytest.raises(VitdError, match="no lab values or symptoms"):
        s = Script("", "", "", "", "", "")
        ask(ref, s.read, s.write)
    with pytest.raises(VitdError, match="input ended"):
        s = Script("18 ng/mL")
        ask(ref, s.read, s.write)


# ---------------------------------------------------------------- the CLI


def test_ask_refuses_without_a_terminal() -> None:
    r = subprocess.run([VITD, "interpret", "--ask"], input="18 ng/mL\n", capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert r.stderr == "vitd: error: --ask needs a terminal; give values as options\n"
    assert r.stdout == ""


def test_no_arguments_without_a_terminal_does_not_ask() -> None:
    r = subprocess.run([VITD, "interpret"], input="", capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "no lab values given" in r.stderr and "?" not in r.stderr.split("(")[0]


def _pty_dialogue(args: list[str], answers: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run vitd on a pseudo-terminal, answering each prompt as it appears."""
    import pty  # noqa: F401 - POSIX only; the caller skips elsewhere

    master, slave = os.openpty()
    proc = subprocess.Popen([VITD, *args], stdin=slave, stdout=slave, stderr=slave, close_fds=True,
                            env={**os.environ, "COLUMNS": "100", "TERM": "dumb"})
    os.close(slave)
    out = b""
    pending = list(answers)
    deadline = time.monotonic() + timeout
    prompts_seen = 0
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                out += chunk
            text = out.decode("utf-8", "replace")
            prompts = text.count("(Enter skips): ") + text.count("[y/N] ") + text.count("Symptoms: ")
            if prompts > prompts_seen and pending and text.rstrip(" ").endswith((":", "]")):
                prompts_seen = prompts
                os.write(master, (pending.pop(0) + "\n").encode())
            if proc.poll() is not None and not ready:
                break
        else:
            raise AssertionError(f"vitd did not finish; output so far:\n{out.decode('utf-8', 'replace')}")
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        os.close(master)
    return proc.returncode, out.decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX pseudo-terminal")
def test_no_arguments_on_a_terminal_asks() -> None:
    code, text = _pty_dialogue(["interpret", "--format", "json"],
                               ["18", "18 ng/mL", "8.1 mg/dL", "", "", "n", "1,2"])
    assert code == 0, text
    assert "has no unit" in text  # '18' asked again
    doc = json.loads(text[text.index("{"):])
    results = {r["analyte"]: r for r in doc["panels"][0]["results"]}
    assert set(results) == {"vitamin_d", "calcium"}
    assert results["vitamin_d"]["flag"] == "low"
    assert [a["symptom"] for a in doc["panels"][0]["symptoms"]][:2] == ["twitching", "cramps"]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX pseudo-terminal")
def test_ask_on_a_terminal_prints_the_rich_explanation() -> None:
    code, text = _pty_dialogue(["interpret", "--ask"], ["45 nmol/L", "", "", "", "", ""])
    assert code == 0, text
    assert "Vitamin D" in text and "45" in text.split("Symptoms: ", 1)[1]
