"""Big file reports stay small and useful (issue 17, item 7): FileReport.cohort in JSON, and the HTML of more than
cohort.COHORT_SUBJECTS subjects that opens with the cohort summary and lists the flagged subjects, capped.

On the real files of ../shared/data (NHANES VID_J, the MIMIC-III demo subset with its D_LABITEMS): the summary's
counts equal those of the CSV output of the same file, the histogram bins hold every result once, the flagged list is
exactly the subjects with a result outside its normal band or a finding, most urgent first; the HTML of VID_J stays
under HTML_CAP. On small made-up files: the threshold, --all-subjects, and a hostile subject id."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from test_docs import SCHEMA, validate
from vitd_cli.cohort import COHORT_SHOWN, COHORT_SUBJECTS, histogram
from vitd_cli.models import URGENCY_ORDER

ROOT = Path(__file__).resolve().parents[1]
DATA = (ROOT / ".." / "shared" / "data").resolve()
VID_J = DATA / "nhanes" / "VID_J.csv"
MIMIC = DATA / "mimic-iii-demo" / "LABEVENTS_calcium_mg_vitd_subset.csv"
HTML_CAP = 2_000_000  # bytes: the HTML of VID_J (7,409 subjects; 32.8 MB before the cohort view)
# the keys of a FILE's JSON report before the cohort was added, in their order: kept, never renamed
FILE_KEYS = ["panels", "guideline", "guideline_name", "schemes", "disclaimer", "version", "guideline_note", "warnings", "input", "rows", "series"]
PANEL_KEYS = ["results", "findings", "urgency", "advice", "subject", "date", "symptoms", "next_steps", "mechanism"]
RESULT_KEYS = ["analyte", "name", "value", "unit", "conventional", "reported", "reported_unit", "flag", "category", "label", "range",
               "compared_in", "band_source", "comparator", "severity", "urgency", "finding", "estimate", "formula", "specimen",
               "unit_inferred", "other_schemes", "notes", "converted", "row", "column", "lab_flag", "lab_range"]

REAL = {
    "vid_j": (VID_J, ["--map", "LBXVIDMS=vitamin_d:nmol/L"], "SEQN"),
    "mimic": (MIMIC, ["--dictionary", str(DATA / "mimic-iii-demo" / "D_LABITEMS.csv")], "SUBJECT_ID"),
}


def vitd(*args: str, timeout: int = 300) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    r = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", *args, "--quiet"], capture_output=True, text=True, cwd=ROOT,
                       timeout=timeout, env=env, stdin=subprocess.DEVNULL)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stderr == ""  # --quiet: nothing, and no patient value, on stderr
    return r.stdout


@pytest.fixture(scope="module", params=list(REAL))
def real(request: pytest.FixtureRequest) -> tuple[str, dict, list[dict[str, str]], str]:
    """(name, the JSON report, the CSV output's rows, the subject column) of a real file."""
    path, args, subject = REAL[request.param]
    if not path.is_file():
        pytest.skip(f"{path} not found: the real exports live in ../shared/data")
    doc = json.loads(vitd(str(path), *args, "--format", "json"))
    rows = list(csv.DictReader(io.StringIO(vitd(str(path), *args, "--format", "csv"))))
    return request.param, doc, rows, subject


def _csv_results(name: str, rows: list[dict[str, str]]) -> list[tuple[str, str, str, str, str]]:
    """(subject, analyte, flag, category, findings) of each interpreted result of the CSV output."""
    out = []
    for row in rows:
        if row["vitd_status"] != "interpreted":
            continue
        if name == "vid_j":
            out.append((row["SEQN"], "vitamin_d", row["vitd_vitamin_d_flag"], row["vitd_vitamin_d_category"], row["vitd_findings"]))
        else:
            out.append((row["SUBJECT_ID"], row["vitd_analyte"], row["vitd_flag"], row["vitd_category"], row["vitd_findings"]))
    return out


def test_json_keeps_every_key_and_adds_the_cohort(real: tuple[str, dict, list[dict[str, str]], str]) -> None:
    _, doc, _, _ = real
    assert list(doc) == [*FILE_KEYS, "cohort"]
    assert list(doc["panels"][0]) == PANEL_KEYS
    assert list(doc["panels"][0]["results"][0]) == RESULT_KEYS
    cohort = doc["cohort"]
    assert cohort["subjects"] > COHORT_SUBJECTS and cohort["threshold"] == COHORT_SUBJECTS
    estimates = sum(r["estimate"] for p in doc["panels"] for r in p["results"])  # (corrected calcium: worked out, not a row)
    assert cohort["panels"] == len(doc["panels"]) and cohort["results"] == doc["rows"]["results"] + estimates
    validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_summary_counts_equal_the_csv_counts(real: tuple[str, dict, list[dict[str, str]], str]) -> None:
    name, doc, rows, _ = real
    results = _csv_results(name, rows)
    cohort = doc["cohort"]
    worked_out = {r["analyte"] for p in doc["panels"] for r in p["results"] if r["estimate"]}  # not rows of the file
    assert worked_out <= {"corrected_calcium"}
    assert cohort["results"] == len(results) + sum(a["results"] for a in cohort["analytes"] if a["analyte"] in worked_out)
    for a in cohort["analytes"]:
        if a["analyte"] in worked_out:
            continue
        mine = [r for r in results if r[1] == a["analyte"]]
        assert a["results"] == len(mine)
        flags = Counter(r[2] for r in mine)
        assert (a["low"], a["normal"], a["high"]) == (flags["low"], flags["normal"], flags["high"]), a["analyte"]
        by_category: Counter[str] = Counter()
        for c in a["categories"]:
            by_category[c["category"]] += c["count"]
        assert by_category == Counter(r[3] for r in mine), a["analyte"]
    assert {a["analyte"] for a in cohort["analytes"]} - worked_out == {r[1] for r in results}
    assert sum(cohort["urgency"].values()) == cohort["subjects"] == len({r[0] for r in results})


def test_histogram_bins_hold_every_result_once(real: tuple[str, dict, list[dict[str, str]], str]) -> None:
    _, doc, _, _ = real
    for a in doc["cohort"]["analytes"]:
        bins = a["bins"]
        assert sum(b["count"] for b in bins) == a["results"], a["analyte"]
        assert all(b["low"] is not None for b in bins[1:]) and all(b["high"] is not None for b in bins[:-1])
        for b, c in zip(bins, bins[1:]):
            assert b["high"] == c["low"], (a["analyte"], b, c)
        assert a["cutoffs"] == sorted(a["cutoffs"])
    values = [r["value"] for p in doc["panels"] for r in p["results"] if r["analyte"] == doc["cohort"]["analytes"][0]["analyte"]]
    for b in doc["cohort"]["analytes"][0]["bins"]:  # each value in the bin its bounds say
        inside = [v for v in values if (b["low"] is None or v >= b["low"]) and (b["high"] is None or v < b["high"])]
        assert len(inside) == b["count"], b


def test_flagged_are_the_subjects_with_an_abnormal_result_most_urgent_first(real: tuple[str, dict, list[dict[str, str]], str]) -> None:
    name, doc, rows, _ = real
    results = _csv_results(name, rows)
    abnormal = {s for s, _, flag, _, findings in results if flag != "normal" or findings}
    cohort = doc["cohort"]
    flagged = [f["subject"] for f in cohort["flagged"]]
    assert len(flagged) == len(set(flagged)) == cohort["flagged_count"]
    assert set(flagged) == abnormal
    assert 0 < len(abnormal) < len({r[0] for r in results})  # some are normal: the test can tell
    ranks = [URGENCY_ORDER[f["urgency"]] for f in cohort["flagged"]]
    assert ranks == sorted(ranks, reverse=True)
    most: dict[str, int] = {}
    for p in doc["panels"]:
        most[p["subject"]] = max(most.get(p["subject"], 0), URGENCY_ORDER[p["urgency"]])
    assert all(URGENCY_ORDER[f["urgency"]] == most[f["subject"]] for f in cohort["flagged"])


def test_vid_j_html_is_small_and_opens_with_the_summary(tmp_path: Path) -> None:
    if not VID_J.is_file():
        pytest.skip(f"{VID_J} not found: the real exports live in ../shared/data")
    out = tmp_path / "vid.html"
    vitd(str(VID_J), "--map", "LBXVIDMS=vitamin_d:nmol/L", "--format", "html", "-o", str(out))
    text = out.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < HTML_CAP
    main = text[text.index('<main id="content">'):]
    assert main.index('<h2 id="summary-h">Summary</h2>') < main.index('<section class="subject"')
    assert text.count('<svg class="histogram"') == 1 and "<script" not in text
    assert f"({COHORT_SHOWN} of 4,980 shown)" in text and "4,780 more flagged subjects are not shown" in text
    assert "--all-subjects" in text and "2,429 subjects with all results in range are counted, not listed" in text
    assert not any(ord(c) < 32 and c not in "\n\t" for c in text)


# ---------------------------------------------------------------- small made-up files


def _wide(tmp: Path, n: int, hostile: bool = False) -> Path:
    path = tmp / f"wide{n}.csv"
    lines = ["PATIENT_ID,VITD"]
    for i in range(n):
        sid = "<script>alert(1)</script>" if hostile and i == 7 else f"P{i:03d}"
        lines.append(f"{sid},{(10, 45, 80)[i % 3]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _html(path: Path, *extra: str) -> str:
    return vitd(str(path), "--map", "VITD=vitamin_d:nmol/L", "--subject", "PATIENT_ID", "--format", "html", *extra)


def test_threshold_small_reports_look_as_before(tmp_path: Path) -> None:
    small = _html(_wide(tmp_path, COHORT_SUBJECTS))
    assert 'class="histogram"' not in small and "Subjects by what to do" not in small
    assert f"Subjects with all results in range ({COHORT_SUBJECTS // 3})" in small  # today's list of the calm ones
    big = _html(_wide(tmp_path, COHORT_SUBJECTS + 1))
    assert 'class="histogram"' in big and "Subjects by what to do" in big
    assert "Subjects with all results in range" not in big and "subjects with all results in range are counted, not listed" in big


def test_all_subjects_lists_everyone(tmp_path: Path) -> None:
    path = _wide(tmp_path, 120)
    text = _html(path, "--all-subjects")
    assert "(80 of 80 shown)" in text and "not shown" not in text
    assert "Subjects with all results in range (40)" in text
    assert text.count('<section class="subject"') == 80


def test_hostile_subject_id_is_escaped_in_the_cohort(tmp_path: Path) -> None:
    text = _html(_wide(tmp_path, 60, hostile=True))
    assert 'class="histogram"' in text
    assert "<script" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_histogram_function() -> None:
    assert histogram([]) == []
    one = histogram([59.9])
    assert [(b.low, b.high, b.count) for b in one] == [(55.0, 60.0, 1)]
    values = [float(v) for v in range(1000)] + [1e6]
    bins = histogram(values, [500.0])
    assert sum(b.count for b in bins) == len(values)
    assert bins[-1].high is None and bins[-1].count >= 1  # the far value in the open bin, not 1e6 wide bins
    assert len(bins) <= 30
