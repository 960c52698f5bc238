"""Guided mode (`vitd interpret --ask`, or `vitd interpret` with no arguments on a terminal): one question a value,
then the symptoms from a numbered list.

The answers are checked with the same code as the options (normalise() for a value, parse_symptoms() for a symptom),
so what --vitd or --symptom accepts is accepted here, and a bad answer is asked again with the same one-line reason.
The dialogue takes its input and output as callables, so it runs the same on a terminal and in tests.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from ..errors import VitdError
from ..interpret import parse_symptoms
from ..normalise import normalise
from ..reference import ReferenceData

Read = Callable[[str], str]  # prompt -> the answer line (raises EOFError when input ends)
Write = Callable[[str], None]

# (analyte id, what is asked, example answers)
CORE = (
    ("vitamin_d", "Vitamin D (25-hydroxyvitamin D)", "18 ng/mL or 45 nmol/L"),
    ("calcium", "Calcium (total, serum)", "8.1 mg/dL or 2.02 mmol/L"),
    ("albumin", "Albumin", "3.2 g/dL or 32 g/L"),
    ("magnesium", "Magnesium", "0.62 mmol/L or 1.5 mg/dL"),
)
MORE = (
    ("ionized_calcium", "Ionized calcium", "1.05 mmol/L"),
    ("pth", "PTH (intact parathyroid hormone)", "120 pg/mL or 12.7 pmol/L"),
    ("phosphate", "Phosphate", "2.2 mg/dL or 0.71 mmol/L"),
)
YES = {"y", "yes"}
NO = {"", "n", "no"}


def ask(ref: ReferenceData, read: Read, write: Write) -> tuple[dict[str, str], list[str]]:
    """Ask for the values and the symptoms; returns ({analyte id: answer as typed}, [symptom ids])."""
    write("Enter each result as printed on the report, with its unit. Press Enter to skip a test you do not have.\n")
    values: dict[str, str] = {}
    for analyte, label, example in CORE:
        _value(ref, analyte, label, example, values, read, write)
    if _yes_no("Also ionized calcium, PTH or phosphate? [y/N] ", read, write):
        for analyte, label, example in MORE:
            _value(ref, analyte, label, example, values, read, write)
    symptoms = _symptoms(ref, read, write)
    if not values and not symptoms:
        raise VitdError("no-values", "no lab values or symptoms given", "answer at least one question, or give values as options")
    return values, symptoms


def _answer(read: Read, prompt: str) -> str:
    try:
        return read(prompt).strip()
    except EOFError:
        raise VitdError("ask-ended", "input ended before the questions were answered", "answer each question, or press Enter to skip one") from None


def _value(ref: ReferenceData, analyte: str, label: str, example: str, values: dict[str, str], read: Read, write: Write) -> None:
    while True:
        text = _answer(read, f"{label}, e.g. {example} (Enter skips): ")
        if not text:
            return
        try:
            m = normalise(ref, analyte, text)
        except VitdError as exc:
            write(f"  {exc}\n")
            continue
        if m.unit_inferred:
            write(f"  no unit given: read as {m.value:g} {m.unit}\n")
        values[analyte] = text
        return


def _yes_no(prompt: str, read: Read, write: Write) -> bool:
    while True:
        text = _answer(read, prompt).lower()
        if text in YES:
            return True
        if text in NO:
            return False
        write("  answer y or n\n")


def _symptoms(ref: ReferenceData, read: Read, write: Write) -> list[str]:
    ids = list(ref.symptoms)
    write("\nSymptoms (numbers or names, comma-separated; Enter for none):\n")
    width = len(str(len(ids)))
    for i, sid in enumerate(ids, 1):
        write(f"  {i:>{width}}. {sid.replace('_', '-'):<13} {ref.symptoms[sid].label}\n")
    while True:
        text = _answer(read, "Symptoms: ")
        try:
            return parse_answer(ref, text)
        except VitdError as exc:
            write(f"  {exc}\n")


def parse_answer(ref: ReferenceData, text: str) -> list[str]:
    """'1, 3, bone pain' or '1 3' -> symptom ids, in the order given, each once. Raises VitdError on a bad part."""
    ids = list(ref.symptoms)
    words: list[str] = []
    for part in text.split(","):
        tokens = part.split()
        if tokens and all(t.isdigit() for t in tokens):
            for t in tokens:
                n = int(t)
                if not 1 <= n <= len(ids):
                    raise VitdError("symptom-unknown", f"there is no symptom number {n}", f"give a number from 1 to {len(ids)}, or a name")
                words.append(ids[n - 1])
        elif part.strip():
            words.append(part.strip())
    return [sid for sid, _ in parse_symptoms(ref, words)]


def ask_terminal(ref: ReferenceData) -> tuple[dict[str, str], list[str]]:
    """The dialogue on the terminal: questions on stderr (stdout stays the report's), answers from stdin."""

    def read(prompt: str) -> str:
        sys.stderr.write(prompt)
        sys.stderr.flush()
        line = sys.stdin.readline()
        if not line:
            sys.stderr.write("\n")
            raise EOFError
        return line

    def write(text: str) -> None:
        sys.stderr.write(text)
        sys.stderr.flush()

    values, symptoms = ask(ref, read, write)
    write("\n")
    return values, symptoms
