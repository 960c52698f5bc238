"""Issue 16, one pipeline for every input: the same results given as a CSV lab export, as a FHIR Bundle and as an HL7
v2 message become the same rows of batch.Engine, so they get the same vitd_* cells (value, flag, category, severity,
range, findings, panel number, the lab export's note) and the same accounting; --summary of a FHIR/HL7 input is the
lab exports' summary, in the format --format asks for."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from cli_runner import run_cli

LOINC = "http://loinc.org"
# subject, date, name, LOINC, value, unit, lab range, lab flag: two panels of P1 (calcium with albumin: corrected
# calcium; a month later vitamin D with PTH), one of P2 (magnesium low, the lab's range disagreeing), another test
# (sodium), urine calcium (another specimen) and an empty calcium value (skipped)
RESULTS = [
    ("P1", "2024-03-05T08:30:00", "Calcium", "17861-6", "8.1", "mg/dL", "8.6-10.3 mg/dL", "L"),
    ("P1", "2024-03-05T08:30:00", "Albumin", "1751-7", "3.2", "g/dL", "3.5-5.0 g/dL", "L"),
    ("P1", "2024-03-05T08:30:00", "Sodium", "2951-2", "140", "mmol/L", "135-145 mmol/L", "N"),
    ("P2", "2024-03-06T09:00:00", "Magnesium", "2601-3", "0.62", "mmol/L", "0.6-1.0 mmol/L", "N"),
    ("P1", "2024-04-10T07:00:00", "Vitamin D 25-OH", "62292-8", "12", "ng/mL", "30-100 ng/mL", "L"),
    ("P1", "2024-04-10T07:00:00", "PTH intact", "2731-8", "95", "pg/mL", "15-65 pg/mL", "H"),
    ("P2", "2024-03-06T09:00:00", "Calcium urine", "17862-4", "150", "mg/dL", "", ""),
    ("P2", "2024-03-06T09:00:00", "Calcium", "17861-6", "", "mg/dL", "8.6-10.3 mg/dL", ""),
]
CELLS = ("vitd_status", "vitd_analyte", "vitd_flag", "vitd_category", "vitd_severity", "vitd_range", "vitd_findings", "vitd_panel")


def _csv(path: Path) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["subject", "date", "test", "loinc", "value", "unit", "reference range", "flag"])
    w.writerows(RESULTS)
    path.write_text(buf.getvalue())
    return path


def _fhir(path: Path) -> Path:
    entries = []
    for i, (subject, date, name, code, value, unit, rng, flag) in enumerate(RESULTS):
        obs: dict[str, Any] = {"resourceType": "Observation", "id": f"o{i}", "status": "final",
                               "code": {"coding": [{"system": LOINC, "code": code}], "text": name},
                               "subject": {"reference": f"Patient/{subject}"}, "effectiveDateTime": date + "Z"}
        if value:
            obs["valueQuantity"] = {"value": float(value), "unit": unit}
        else:
            obs["dataAbsentReason"] = {"text": "not performed"}
        if rng:
            lo, hi = rng.split()[0].split("-")
            obs["referenceRange"] = [{"low": {"value": float(lo), "unit": unit}, "high": {"value": float(hi), "unit": unit}}]
        if flag:
            obs["interpretation"] = [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": flag}]}]
        entries.append({"resource": obs})
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}))
    return path


def _hl7(path: Path) -> Path:
    segments = ["MSH|^~\\&|LIS|LAB|EHR|CLINIC|20240501101500||ORU^R01|M1|P|2.5.1"]
    subject = None
    for i, (subj, date, name, code, value, unit, rng, flag) in enumerate(RESULTS):
        if subj != subject:  # (a PID per change of subject; the OBX says its own time)
            segments += [f"PID|1||{subj}^^^LAB^MR", f"OBR|{i + 1}||S{i}|CHEM"]
            subject = subj
        when = date.replace("-", "").replace("T", "").replace(":", "")
        segments.append(f"OBX|{i + 1}|NM|{code}^{name}^LN||{value}|{unit}|{rng}|{flag}|||F|||{when}")
    path.write_text("\r".join(segments) + "\r")
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    code, out, err = run_cli(["interpret", str(path), "-f", "csv", "-q"])
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out)))


def _cells(rows: list[dict[str, str]]) -> list[tuple[Any, ...]]:
    # (a skipped FHIR/HL7 record names the analyte it was read as, as it always did; a skipped CSV row leaves it empty)
    return [(*("" if c == "vitd_analyte" and r["vitd_status"] == "skipped" else r[c] for c in CELLS),
             round(float(r["vitd_value_si"]), 3) if r["vitd_value_si"] else None) for r in rows]


@pytest.fixture()
def inputs(tmp_path: Path) -> dict[str, Path]:
    return {"csv": _csv(tmp_path / "labs.csv"), "fhir": _fhir(tmp_path / "bundle.json"), "hl7": _hl7(tmp_path / "msg.hl7")}


@pytest.mark.parametrize("kind", ["fhir", "hl7"])
def test_the_same_results_give_the_same_cells_as_a_lab_export(inputs: dict[str, Path], kind: str) -> None:
    lab = _rows(inputs["csv"])
    got = _rows(inputs[kind])
    assert len(got) == len(lab) == len(RESULTS)
    assert _cells(got) == _cells(lab)
    panels = [r["vitd_panel"] for r in got]
    assert panels[:2] == ["1", "1"] and panels[3] == "4" and panels[4:6] == ["5", "5"]  # the row of the panel's first record
    assert [r["vitd_findings"] for r in got[4:6]] == ["vitamin_d_deficiency secondary_hyperparathyroidism", "secondary_hyperparathyroidism"]
    assert "albumin-corrected calcium 8.74 mg/dL" in got[0]["vitd_note"]  # the panel's corrected calcium, on the calcium row
    for mine, theirs in zip(got, lab, strict=True):  # a lab export's note of the result is in the record's note
        if theirs["vitd_status"] == "interpreted" and theirs["vitd_note"]:
            assert theirs["vitd_note"] in mine["vitd_note"]
    assert "the lab's range 0.6-1.0 mmol/L makes it normal" in got[3]["vitd_note"]  # the lab's verdict beside vitd's, as on the CSV row


@pytest.mark.parametrize("kind", ["fhir", "hl7"])
def test_the_same_results_give_the_same_accounting(inputs: dict[str, Path], kind: str) -> None:
    def rows_of(path: Path) -> dict[str, Any]:
        code, out, err = run_cli(["interpret", str(path), "--summary", "-f", "json", "-q"])
        assert code == 0, err
        return json.loads(out)

    lab, got = rows_of(inputs["csv"]), rows_of(inputs[kind])
    for key in ("total", "interpreted", "other_test", "skipped", "results", "lab_disagreements"):
        assert got["rows"][key] == lab["rows"][key], key
    assert (got["rows"]["interpreted"], got["rows"]["other_test"], got["rows"]["skipped"]) == (5, 2, 1)
    assert got["analytes"] == lab["analytes"]  # the same summary of the same results


@pytest.mark.parametrize("kind", ["fhir", "hl7"])
@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "ndjson"])
def test_summary_follows_format_as_a_lab_exports(inputs: dict[str, Path], kind: str, fmt: str) -> None:
    code, lab, _ = run_cli(["interpret", str(inputs["csv"]), "--summary", "-f", fmt, "-q"])
    code2, got, err = run_cli(["interpret", str(inputs[kind]), "--summary", "-f", fmt, "-q"])
    assert code == code2 == 0, err
    if fmt == "json":
        lab_doc, doc = json.loads(lab), json.loads(got)
        assert set(doc) == set(lab_doc) == {"input", "rows", "analytes"}
        assert doc["analytes"] == lab_doc["analytes"]
    else:
        assert got == lab  # the same writer, the same columns, the same cells
    if fmt in ("csv", "tsv"):
        header = got.splitlines()[0].split("," if fmt == "csv" else "\t")
        assert header == ["analyte", "unit", "scheme", "category", "flag", "count", "percent", "min", "mean", "max"]


def test_summary_without_format_is_tsv(inputs: dict[str, Path]) -> None:
    code, out, err = run_cli(["interpret", str(inputs["fhir"]), "--summary", "-q"])
    assert code == 0, err
    assert out.splitlines()[0].split("\t")[:3] == ["analyte", "unit", "scheme"]


def test_records_within_the_panel_window_form_one_panel(tmp_path: Path) -> None:
    """The lab exports' panel rule (group_by_time) for records: calcium and albumin two hours apart are one panel
    (corrected calcium), as in a lab export; with --panel-window 1h they are two."""
    obs = [{"resourceType": "Observation", "id": f"o{i}", "status": "final", "code": {"coding": [{"system": LOINC, "code": code}]},
            "subject": {"reference": "Patient/1"}, "effectiveDateTime": when, "valueQuantity": {"value": v, "unit": u}}
           for i, (code, when, v, u) in enumerate([("17861-6", "2024-01-02T08:00:00Z", 8.1, "mg/dL"),
                                                   ("1751-7", "2024-01-02T10:00:00Z", 3.2, "g/dL")])]
    path = tmp_path / "b.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": o} for o in obs]}))
    code, out, err = run_cli(["interpret", str(path), "-f", "json", "-q"])
    assert code == 0, err
    doc = json.loads(out)
    assert len(doc["panels"]) == 1 and [o["panel"] for o in doc["rows"]["outcomes"]] == [0, 0]
    rows = list(csv.DictReader(io.StringIO(run_cli(["interpret", str(path), "-f", "csv", "-q"])[1])))
    assert [r["vitd_panel"] for r in rows] == ["1", "1"]
    rows = list(csv.DictReader(io.StringIO(run_cli(["interpret", str(path), "-f", "csv", "-q", "--panel-window", "1h"])[1])))
    assert [r["vitd_panel"] for r in rows] == ["1", "2"]
