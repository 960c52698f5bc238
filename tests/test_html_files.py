"""HTML reports of real inputs, made by the CLI (`vitd interpret ... --format html -o`) and checked in headless
Chromium: the README's example, a MIMIC-III demo export with its D_LABITEMS dictionary, NHANES VID_J with --map, and
a FHIR Bundle from the specification. Each page's DOM (as Chromium parsed it) has its gauges, headings, findings and,
for a file, the summary, and no <script>.

The two CSV exports are cut to their first rows (header kept): the whole files make 30 MB pages that take Chromium
20 s each, and what is checked here does not grow with them. Skips without /usr/bin/chromium or ../shared."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from test_html import CHROMIUM, CHROMIUM_PATH, FLAGS, TIMEOUT, Node, check_heading_levels, headings, parse

ROOT = Path(__file__).resolve().parents[1]
DATA = (ROOT / ".." / "shared" / "data").resolve()
VITD = str(Path(sys.executable).parent / "vitd")
ROWS = 400

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason=f"{CHROMIUM_PATH} not found: the browser tests need Chromium (apt-get install chromium)"),
    pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} not found: the real exports live in ../shared/data"),
]


def _head(src: Path, dst: Path, rows: int = ROWS) -> Path:
    with src.open(encoding="utf-8", newline="") as f, dst.open("w", encoding="utf-8", newline="") as g:
        for i, line in enumerate(f):
            if i > rows:
                break
            g.write(line)
    return dst


def _cases(tmp: Path) -> dict[str, list[str]]:
    mimic = DATA / "mimic-iii-demo"
    return {
        "readme": ["--vitd", "18 ng/mL", "--calcium", "8.1 mg/dL", "--symptom", "twitching"],
        "mimic": [str(_head(mimic / "LABEVENTS_calcium_mg_vitd_subset.csv", tmp / "LABEVENTS.csv")), "--dictionary", str(mimic / "D_LABITEMS.csv")],
        "nhanes": [str(_head(DATA / "nhanes" / "VID_J.csv", tmp / "VID_J.csv")), "--map", "LBXVIDMS=vitamin_d:nmol/L"],
        "fhir": [str(DATA / "fhir-spec-examples" / "Bundle-ghp.json")],
    }


@pytest.fixture(scope="module")
def doms(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, Node]]:
    """name -> (the HTML file's text, the DOM Chromium built from it); the browsers run side by side."""
    tmp = tmp_path_factory.mktemp("html_files")
    pages = {}
    for name, args in _cases(tmp).items():
        missing = [a for a in args if a.startswith("/") and not Path(a).exists()]
        if missing:
            pytest.skip(f"{missing[0]} not found in ../shared/data")
        out = tmp / f"{name}.html"
        quiet = [] if name == "readme" else ["--quiet"]  # --quiet is for a FILE only
        r = subprocess.run([VITD, "interpret", *args, "--format", "html", "-o", str(out), *quiet],
                           capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
        assert r.returncode == 0, f"{name}: {r.stderr}"
        pages[name] = out
    procs = {name: subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={tmp / ('profile-' + name)}", "--dump-dom", path.as_uri()],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name, path in pages.items()}
    got = {}
    for name, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=TIMEOUT)
        assert proc.returncode == 0, f"chromium failed on {name}: {stderr[-2000:]}"
        assert "<body" in stdout, f"chromium gave no DOM for {name}"
        got[name] = (pages[name].read_text(encoding="utf-8"), parse(stdout))
    return got


NAMES = ["readme", "mimic", "nhanes", "fhir"]


@pytest.mark.parametrize("name", NAMES)
def test_page_renders_with_gauges_headings_and_no_script(name: str, doms: dict[str, tuple[str, Node]]) -> None:
    text, root = doms[name]
    assert text.startswith("<!DOCTYPE html>")
    assert not root.find_all("script") and "<script" not in text
    check_heading_levels(root)
    hs = [t for _, t in headings(root)]
    assert hs[0] == "What your lab results mean"
    assert "Results" in hs and "What the results mean" in hs
    gauges = root.find_all("svg", "gauge")
    assert gauges and all(g.attrs.get("role") == "img" for g in gauges)
    for g in gauges[:50]:
        assert g.find_all("rect", "seg"), "a gauge without its bands"
    assert root.find_all(cls="result")


@pytest.mark.parametrize("name", ["readme", "mimic", "nhanes"])
def test_findings_are_shown(name: str, doms: dict[str, tuple[str, Node]]) -> None:
    _, root = doms[name]
    titles = [n.text() for n in root.find_all(cls="finding-title")]
    assert titles, "no findings"
    assert any("Vitamin D" in t or "calcium" in t.lower() or "magnesium" in t.lower() for t in titles), titles


def test_readme_example(doms: dict[str, tuple[str, Node]]) -> None:
    _, root = doms["readme"]
    assert "Your symptoms" in [t for _, t in headings(root)]
    flagged = [n.text() for n in root.find_all(cls="flag-low")]
    assert len(flagged) >= 2 and any("18 ng/mL" in t for t in flagged)


@pytest.mark.parametrize("name", ["mimic", "nhanes"])
def test_exports_have_the_summary_and_subjects(name: str, doms: dict[str, tuple[str, Node]]) -> None:
    _, root = doms[name]
    summary = root.by_id("summary-h")
    assert summary.tag == "h2" and summary.text() == "Summary"
    assert root.find_all(cls="summary")
    hs = [t for _, t in headings(root)]
    assert "Results by test" in hs
    assert sum(1 for t in hs if t.startswith("Subject ")) >= 2


def test_mimic_has_trends(doms: dict[str, tuple[str, Node]]) -> None:
    _, root = doms["mimic"]
    assert "Trends over time" in [t for _, t in headings(root)]
    assert root.find_all(cls="pt")


def test_fhir_bundle(doms: dict[str, tuple[str, Node]]) -> None:
    _, root = doms["fhir"]
    assert len(root.find_all("svg", "gauge")) >= 3
    assert "Sources of the ranges" in [t for _, t in headings(root)]
