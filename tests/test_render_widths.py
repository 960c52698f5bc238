"""The Rich reports at any terminal width (issue 17, item 5): golden files at 60, 80 and 120 columns for the typed
example and for a FILE report, and for widths from 40 to 160: every line fits, the table's rule is as wide as the
panels, and no word of a known list (scheme ids, units, analyte names, category labels, column headers) is broken
across a line end from 60 columns up.

Golden files: tests/golden/widths/<name>_<width>.txt, NO_COLOR. After an intended change to the layout, rewrite
them and review the diff before committing:

    VITD_UPDATE_GOLDEN=1 pytest tests/test_render_widths.py
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest

from vitd_cli import interpret
from vitd_cli.examples import EXAMPLE_SYMPTOMS, EXAMPLE_VALUES
from vitd_cli.files import read_report
from vitd_cli.models import FileReport, Report
from vitd_cli.reference import load
from vitd_cli.render.batch_rich import render_file_report
from vitd_cli.render.layout import MAX_WIDTH
from vitd_cli.render.terminal import SHORT_NAMES, render_rich

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "widths"
UPDATE = os.environ.get("VITD_UPDATE_GOLDEN") == "1"
GOLDEN_WIDTHS = (60, 80, 120)
WIDTHS = range(60, 141, 7)
NARROW = (30, 40, 50)  # below 60 words may break where a single one is wider than the room left, but nothing overflows

TYPED: dict[str, tuple[dict[str, str], list[str], dict[str, object]]] = {
    "example": (dict(EXAMPLE_VALUES), list(EXAMPLE_SYMPTOMS), {}),
    "censored_es2011": ({"vitamin_d": "<8 ng/mL", "calcium": "2.02 mmol/L", "albumin": "32 g/L"}, ["cramps"],
                        {"guideline": "endocrine-society-2011"}),
    "uk_nos_2013": ({"vitamin_d": "24 ng/mL", "magnesium": "0.62 mmol/L"}, [], {"guideline": "uk-nos-2013"}),
    "uk_2016_si": ({"vitamin_d": "40 nmol/L", "ionized_calcium": "0.85 mmol/L", "pth": "96 pg/mL"}, ["spasms"],
                   {"guideline": "uk-2016"}),
    "red_flags_child": ({"vitamin_d": "160 ng/mL", "calcium": "6.5 mg/dL", "phosphate": "2.1 mg/dL"},
                        ["weakness", "wasting", "seizures", "twitching"], {"age": 12}),
}


@pytest.fixture(autouse=True)
def _no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)


@cache
def typed_report(name: str) -> Report:
    values, symptoms, options = TYPED[name]
    return interpret(values, symptoms, **options)  # type: ignore[arg-type]


@cache
def file_report() -> FileReport:
    cwd = os.getcwd()
    os.chdir(ROOT)  # the report names the file as given: 'examples/labs.csv', not this checkout's path
    try:
        return read_report("examples/labs.csv")
    finally:
        os.chdir(cwd)


def rendered(report: Report, width: int) -> str:
    buf = io.StringIO()
    if isinstance(report, FileReport):
        render_file_report(report, buf, width=width)
    else:
        render_rich(report, buf, width=width)
    return buf.getvalue()


# ---------------------------------------------------------------- words that must never be broken


def known_words(report: Report) -> set[str]:
    """Scheme ids, units, analyte names, the report's category labels and finding titles, column headers, and the
    small tokens the tables print ('(est.)', '(estimate)', dates)."""
    ref = load()
    phrases: list[str] = [*(s for by_id in ref.schemes.values() for s in by_id), *ref.units, *SHORT_NAMES.values(),
                          "Converted", "Normal range (scheme)", "First -> last", "Subjects", "Status", "(est.)",
                          "(estimate)", "(unit assumed)", "Lab differs", "Period", "Change", "Latest"]
    for panel in report.panels:
        phrases += [f.title for f in panel.findings]
        if panel.date:
            phrases.append(panel.date)
        for r in panel.results:
            phrases += [r.name, r.label, r.category, r.range.scheme, r.reported, r.unit]
    return {w for p in phrases if p for w in p.split() if len(w) >= 3}


def broken_words(text: str, words: Iterable[str]) -> list[str]:
    """Words split across a line end: the word's start ends a run of non-blanks on one line (at the line's end, or
    before a column's padding) and its rest starts the next line at or left of where the start began (a wrapped
    cell or paragraph)."""
    heads: dict[str, list[str]] = {}
    for word in words:
        for k in range(1, len(word)):
            heads.setdefault(word[:k], []).append(word)
    lines = text.splitlines()
    found = []
    for a, b in zip(lines, lines[1:]):
        for run in re.finditer(r"\S+", a):
            for j in range(run.start(), run.end()):
                if j > run.start() and a[j - 1].isalnum():
                    continue
                for word in heads.get(a[j:run.end()], ()):
                    tail = word[run.end() - j:]
                    for m in re.finditer(re.escape(tail), b[: j + len(tail)]):
                        s2, e2 = m.span()
                        if s2 <= j and (not s2 or b[s2 - 1] == " ") and (e2 == len(b) or not b[e2].isalnum()):
                            found.append(f"{word!r}: {a!r} / {b!r}")
    return found


def test_the_detector_finds_broken_words() -> None:
    """The check below can fail: words folded as Rich folds a narrow column are found, words wrapped whole are not."""
    folded = "Vitamin   5  30-100 ng/mL\nD             (endocrine-socie\n              ty-2011)\nCorrected calcium\n(est.)"
    found = broken_words(folded, {"endocrine-society-2011", "(est.)", "Corrected", "calcium"})
    assert len(found) == 1 and "endocrine-society-2011" in found[0]
    assert broken_words("Converte  44.9\nd         nmol/L", {"Converted", "nmol/L"}) == ["'Converted': 'Converte  44.9' / 'd         nmol/L'"]


# ---------------------------------------------------------------- golden files


def _golden(name: str, text: str) -> None:
    path = GOLDEN / f"{name}.txt"
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} is missing: run VITD_UPDATE_GOLDEN=1 pytest tests/test_render_widths.py"
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs (intended? VITD_UPDATE_GOLDEN=1 rewrites it)"


@pytest.mark.parametrize("width", GOLDEN_WIDTHS)
def test_golden_typed_example(width: int) -> None:
    _golden(f"example_{width}", rendered(typed_report("example"), width))


@pytest.mark.parametrize("width", GOLDEN_WIDTHS)
def test_golden_file_report(width: int) -> None:
    _golden(f"labs_csv_{width}", rendered(file_report(), width))


# ---------------------------------------------------------------- every width


def _reports() -> list[str]:
    return [*TYPED, "labs.csv"]


def _report(name: str) -> Report:
    return file_report() if name == "labs.csv" else typed_report(name)


@pytest.mark.parametrize("name", _reports())
@pytest.mark.parametrize("width", WIDTHS)
def test_fits_and_breaks_no_word(name: str, width: int) -> None:
    report = _report(name)
    text = rendered(report, width)
    room = min(width, MAX_WIDTH)
    for line in text.splitlines():
        assert len(line) <= room, f"{len(line)} > {room}: {line!r}"
        assert line == line.rstrip(), repr(line)
    assert not broken_words(text, known_words(report))
    rules = {len(line) for line in text.splitlines() if line.startswith(("─", "╭", "╰"))}
    assert rules <= {room}, f"panels and table rules {sorted(rules)} are not all {room} wide"


@pytest.mark.parametrize("name", _reports())
@pytest.mark.parametrize("width", NARROW)
def test_narrow_terminals_fit(name: str, width: int) -> None:
    text = rendered(_report(name), width)
    assert max(map(len, text.splitlines())) <= width
    if width >= 40:
        assert not broken_words(text, {w for w in known_words(_report(name)) if len(w) < width - 25})


def test_wide_terminals_share_one_cap() -> None:
    text = rendered(typed_report("example"), 160)
    assert max(map(len, text.splitlines())) == MAX_WIDTH
    assert text == rendered(typed_report("example"), MAX_WIDTH)
