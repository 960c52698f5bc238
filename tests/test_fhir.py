"""FHIR input (readers/fhir.py), the shared interpretation of records (readers/interop.py) and FHIR output
(render/fhir_out.py): values read from FHIR are interpreted exactly as the same values typed; every Observation is
accounted for; errors are VitdErrors; the output Bundle is valid R4."""

from __future__ import annotations

import copy
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from vitd_cli import interpret
from vitd_cli.errors import VitdError
from vitd_cli.interpret import settings
from vitd_cli.models import Panel, Report
from vitd_cli.pipeline.interop_records import interpret_records
from vitd_cli.readers import fhir as fhir_reader
from vitd_cli.readers.fhir import read_fhir
from vitd_cli.readers.fhir_walk import MAX_BUNDLE_NESTING
from vitd_cli.readers.interop import read_records, sniff
from vitd_cli.readers.records import Accounting, LabRecord, Skipped
from vitd_cli.render.fhir_check import check_r4
from vitd_cli.render.fhir_out import FINDING_SYSTEM, V3_INTERPRETATION, render_fhir, report_to_bundle

DATA = Path(__file__).resolve().parent / "data" / "fhir"
HL7_DATA = Path(__file__).resolve().parent / "data" / "hl7"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"


# ---------------------------------------------------------------- helpers


def run(source: Any, symptoms: tuple[str, ...] = ()) -> tuple[Report, Accounting]:
    if isinstance(source, Path):
        opener = gzip.open if source.suffix == ".gz" else open
        with opener(source, "rb") as fh:
            return interpret_records(read_records(fh), settings(), symptoms)
    if isinstance(source, (dict, list)):
        source = json.dumps(source)
    if isinstance(source, str):
        source = source.encode()
    return interpret_records(read_fhir(io.BytesIO(source)), settings(), symptoms)


def summary(panel: Panel) -> dict[str, Any]:
    """What must be the same whichever way the values came in: flags, categories, SI values, findings, urgency."""
    return {
        "results": {r.analyte: (r.flag, r.category, r.severity, r.value, r.unit, r.comparator, r.estimate) for r in panel.results},
        "findings": sorted((f.code, f.severity, f.urgency) for f in panel.findings),
        "symptoms": [(s.symptom, s.verdict) for s in panel.symptoms],
        "urgency": panel.urgency,
    }


def typed(values: dict[str, str], symptoms: tuple[str, ...] = ()) -> dict[str, Any]:
    return summary(interpret(values, symptoms).panels[0])


def observation(loinc: str | None = "62292-8", value: Any = None, **extra: Any) -> dict[str, Any]:
    obs: dict[str, Any] = {"resourceType": "Observation", "id": "x", "status": "final",
                           "code": {"coding": [{"system": LOINC, "code": loinc}]} if loinc else {"text": "Vitamin D"},
                           "subject": {"reference": "Patient/1"}, "effectiveDateTime": "2024-01-02T03:04:05Z"}
    if value is not None:
        obs["valueQuantity"] = value
    obs.update(extra)
    return obs


def q(value: Any, unit: str, code: str | None = None, **extra: Any) -> dict[str, Any]:
    out = {"value": value, "unit": unit, **extra}
    if code:
        out.update(system=UCUM, code=code)
    return out


def bundle(*resources: dict[str, Any], kind: str = "collection") -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": kind, "entry": [{"resource": r} for r in resources]}


def count_observations(doc: Any) -> int:
    if isinstance(doc, dict):
        here = 1 if doc.get("resourceType") == "Observation" else 0
        return here + sum(count_observations(v) for v in doc.values())
    if isinstance(doc, list):
        return sum(count_observations(v) for v in doc)
    return 0


def assert_accounted(acc: Accounting, n: int) -> None:
    assert len(acc.outcomes) == n
    assert sorted(o.source_index for o in acc.outcomes) == list(range(n))
    for o in acc.outcomes:
        assert o.status in ("interpreted", "other_test", "skipped")
        if o.status != "interpreted":
            assert o.reason, o
        else:
            assert o.panel is not None and o.analyte


# ---------------------------------------------------------------- the HL7 FHIR specification examples


def test_ghp_bundle_same_as_typed(shared: Path) -> None:
    path = shared / "data" / "fhir-spec-examples" / "Bundle-ghp.json"
    report, acc = run(path)
    assert_accounted(acc, count_observations(json.loads(path.read_text())))
    assert acc.counts() == {"interpreted": 3, "other_test": 45, "skipped": 3}
    [panel] = report.panels
    assert (panel.subject, panel.date) == ("Patient/pat2", "2015-08-16T06:40:17Z")  # from the panel Observation p1
    assert summary(panel) == typed({"calcium": "2.38 mmol/L", "albumin": "42 g/L", "phosphate": "1.5 mmol/L"})
    assert [r.analyte for r in panel.results] == ["calcium", "phosphate", "albumin", "corrected_calcium"]


def test_ghp_13959_2_is_not_ionized_calcium(shared: Path) -> None:
    """'Calcium.ionized ... by calculation' 2.39 mmol/L with range 2.25-2.65 is a corrected total: never ionized."""
    report, acc = run(shared / "data" / "fhir-spec-examples" / "Bundle-ghp.json")
    [o18] = [o for o in acc.outcomes if o.loinc == "13959-2"]
    assert o18.status == "other_test" and o18.analyte is None
    assert "calculated" in o18.reason and "2.39 mmol/L is on the total-calcium scale" in o18.reason
    assert "ionized_calcium" not in {r.analyte for p in report.panels for r in p.results}
    outcome = [e["resource"] for e in report_to_bundle(report, acc)["entry"] if e["resource"]["resourceType"] == "OperationOutcome"]
    assert any("13959-2" in i["diagnostics"] for i in outcome[0]["issue"])


def test_ghp_panels_and_urine_accounted(shared: Path) -> None:
    _, acc = run(shared / "data" / "fhir-spec-examples" / "Bundle-ghp.json")
    panels = [o for o in acc.outcomes if o.status == "skipped"]
    assert {o.location.split()[-1] for o in panels} == {"Observation/p1", "Observation/p2", "Observation/p3"}
    assert all("panel" in o.reason for o in panels)
    coded = next(o for o in acc.outcomes if o.location.endswith("Observation/u2"))
    assert coded.status == "other_test"


def test_time_series_bundle_of_bundles(shared: Path) -> None:
    path = shared / "data" / "fhir-spec-examples" / "Bundle-72ac8493-52ac-41bd-8d5d-7258c289b5ea.json.gz"
    doc = json.loads(gzip.decompress(path.read_bytes()))
    report, acc = run(path)
    assert_accounted(acc, count_observations(doc))
    expected = []
    for inner in (e["resource"] for e in doc["entry"]):
        dr = inner["entry"][0]["resource"]
        values = {}
        for e in inner["entry"][1:]:
            obs = e["resource"]
            code = obs["code"]["coding"][0]["code"]
            name = {"2000-8": "calcium", "1751-7": "albumin", "14879-1": "phosphate"}.get(code)
            if name:
                values[name] = f"{obs['valueQuantity']['value']} {obs['valueQuantity']['unit']}"
        if values:
            expected.append(((dr["subject"]["reference"], dr["effectiveDateTime"]), typed(values)))
    assert [((p.subject, p.date), summary(p)) for p in report.panels] == expected
    assert len(report.panels) == 14
    calculated = [o for o in acc.outcomes if o.loinc == "13959-2"]
    assert len(calculated) == 14 and all(o.status == "other_test" for o in calculated)


def test_spec_example_output_is_valid_r4(shared: Path) -> None:
    report, acc = run(shared / "data" / "fhir-spec-examples" / "Bundle-ghp.json")
    out = report_to_bundle(report, acc)
    assert check_r4(out) == []
    _validate_with_fhir_resources(out)


# ---------------------------------------------------------------- the test inputs in tests/data/fhir

CASES = {
    "observation_vitd.json": [("Patient/p1", "2024-03-05T08:30:00Z", {"vitamin_d": "18 ng/mL"})],
    "bundle_searchset.json": [("Patient/p1", "2024-03-05T08:30:00Z", {"calcium": "8.1 mg/dL", "albumin": "3.2 g/dL", "magnesium": "0.62 mmol/L"})],
    "diagnosticreport_contained.json": [("Patient/p1", "2024-06-10T07:45:00+01:00",
                                         {"vitamin_d": "62 nmol/L", "ionized_calcium": "1.05 mmol/L", "pth": ">150 pg/mL", "phosphate": "0.74 mmol/L"})],
    "bundle_transaction.json": [("MRN-7", "2024-01-15T09:00:00Z",  # the identifier of the Patient the panel refers to
                                 {"calcium": "2.02 mmol/L", "albumin": "32 g/L", "magnesium": "0.62 mmol/L"})],
    "bundle_batch_response.json": [("Patient/p2", "2023-11-02", {"vitamin_d": "9 ng/mL", "calcium": "7.2 mg/dL"})],
    "observations.ndjson": [("Patient/a", "2024-02-01T08:00:00Z", {"vitamin_d": "45 ng/mL", "calcium": "9.6 mg/dL"}),
                            ("Patient/b", "2024-02-03T10:00:00Z", {"vitamin_d": "120 ng/mL", "calcium": "11.2 mg/dL"})],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_files_same_as_typed(name: str) -> None:
    report, acc = run(DATA / name)
    got = [(p.subject, p.date, summary(p)) for p in report.panels]
    assert got == [(s, d, typed(v)) for s, d, v in CASES[name]]
    text = (DATA / name).read_text()
    docs = [json.loads(line) for line in text.splitlines()] if name.endswith(".ndjson") else [json.loads(text)]
    assert_accounted(acc, sum(count_observations(d) for d in docs))


@pytest.mark.parametrize("name", sorted(CASES))
def test_files_give_valid_r4_output(name: str) -> None:
    report, acc = run(DATA / name)
    out = report_to_bundle(report, acc)
    assert check_r4(out) == []
    _validate_with_fhir_resources(out)


def test_symptoms_apply_as_typed() -> None:
    report, _ = run(DATA / "bundle_searchset.json", symptoms=("twitching", "cramps"))
    assert summary(report.panels[0]) == typed({"calcium": "8.1 mg/dL", "albumin": "3.2 g/dL", "magnesium": "0.62 mmol/L"},
                                              ("twitching", "cramps"))


def test_searchset_accounting() -> None:
    _, acc = run(DATA / "bundle_searchset.json")
    by_id = {o.location.split("/")[-1]: o for o in acc.outcomes}
    assert by_id["ca"].status == "interpreted"  # LOINC in the second coding, after a local code
    assert by_id["mg"].status == "interpreted"  # valueString '0.62 mmol/L'
    assert by_id["vitd-err"].status == "skipped" and "entered-in-error" in by_id["vitd-err"].reason
    assert by_id["pth-cancel"].status == "skipped" and "cancelled" in by_id["pth-cancel"].reason
    assert by_id["phos"].status == "skipped" and "dataAbsentReason error" in by_id["phos"].reason
    assert "haemolysed sample" in by_id["phos"].reason
    assert by_id["ua"].status == "other_test" and "urine" in by_id["ua"].reason
    assert by_id["hb"].status == "other_test" and "718-7" in by_id["hb"].reason
    assert len(acc.outcomes) == 8  # the OperationOutcome entry is not an Observation


def test_contained_and_preliminary() -> None:
    report, acc = run(DATA / "diagnosticreport_contained.json")
    assert any("pth is a preliminary result" in w for w in report.warnings)
    pth = next(o for o in acc.outcomes if o.analyte == "pth")
    assert pth.record is not None and pth.record.specimen == "Serum specimen"  # the contained Specimen's type


# ---------------------------------------------------------------- R4 resources built here


def test_single_observation_lab_range_and_flag() -> None:
    report, acc = run(DATA / "observation_vitd.json")
    [r] = report.panels[0].results
    assert "lab range 30-100 ng/mL, lab flag L" in r.notes
    rec = acc.outcomes[0].record
    assert rec is not None and (rec.lab_flag, rec.specimen, rec.unit) == ("L", "Serum", "ng/mL")


@pytest.mark.parametrize(("obs", "as_typed"), [
    (observation("62292-8", q(18, "ng/mL", "ng/mL")), "18 ng/mL"),
    (observation("62292-8", q(45.0, "nmol/l", "nmol/L")), "45 nmol/L"),  # UCUM code preferred over the free unit
    (observation("62292-8", q(18, "µg/L", "ug/L")), "18 ug/L"),
    (observation("62292-8", q(18, "ng/mL")), "18 ng/mL"),  # free unit, no system
    (observation("62292-8", q(5, "ng/mL", "ng/mL", comparator="<")), "<5 ng/mL"),
    (observation("62292-8", q(150, "ng/mL", "ng/mL", comparator=">=")), ">=150 ng/mL"),
    (observation("62292-8", valueString="<5 ng/mL"), "<5 ng/mL"),
    (observation("62292-8", valueString="18,5 ng/mL"), "18,5 ng/mL"),
    (observation("62292-8", valueInteger=30, valueQuantity=None), None),
])
def test_value_shapes(obs: dict[str, Any], as_typed: str | None) -> None:
    obs = {k: v for k, v in obs.items() if v is not None}
    if as_typed is None:  # valueInteger without a unit: the number alone, like a typed '30' (no unit: refused for 25(OH)D)
        _, acc = run(obs)
        assert acc.outcomes[0].status == "skipped" and "no unit" in acc.outcomes[0].reason
        return
    report, _ = run(obs)
    assert summary(report.panels[0]) == typed({"vitamin_d": as_typed})


def test_loinc_in_any_coding_position_other_systems_ignored() -> None:
    obs = observation(None, q(8.1, "mg/dL", "mg/dL"))
    obs["code"] = {"coding": [{"system": "http://snomed.info/sct", "code": "71878006"}, {"system": "http://acme/lab", "code": "17861-6"},
                              {"system": LOINC, "code": "2951-2"}, {"system": LOINC, "code": "17861-6"}]}
    report, acc = run(obs)
    assert acc.outcomes[0].analyte == "calcium" and report.panels[0].results[0].analyte == "calcium"


def test_name_used_only_without_loinc() -> None:
    by_name = observation(None, q(18, "ng/mL"))
    by_name["code"] = {"coding": [{"system": "http://acme/lab", "code": "VD"}], "text": "25-OH Vitamin D"}
    assert run(by_name)[1].outcomes[0].analyte == "vitamin_d"
    other_loinc = copy.deepcopy(by_name)
    other_loinc["code"]["coding"].append({"system": LOINC, "code": "1990-1"})  # cholecalciferol: the code decides
    o = run(other_loinc)[1].outcomes[0]
    assert o.status == "other_test" and "cholecalciferol" in o.reason


@pytest.mark.parametrize(("status", "outcome", "needle"), [
    ("final", "interpreted", None), ("amended", "interpreted", None), ("corrected", "interpreted", None),
    ("preliminary", "interpreted", "preliminary"), ("unknown", "interpreted", "status 'unknown'"),
    ("entered-in-error", "skipped", "entered-in-error"), ("cancelled", "skipped", "cancelled"), ("registered", "skipped", "no result yet"),
    ("bogus", "interpreted", "not an Observation status"),
])
def test_status(status: str, outcome: str, needle: str | None) -> None:
    report, acc = run(observation("62292-8", q(18, "ng/mL"), status=status))
    o = acc.outcomes[0]
    assert o.status == outcome
    if needle and outcome == "skipped":
        assert needle in o.reason
    elif needle:
        assert any(needle in w for w in report.warnings)
    else:
        assert report.warnings == []


def test_report_in_error_skips_its_results() -> None:
    dr = {"resourceType": "DiagnosticReport", "id": "r", "status": "entered-in-error", "code": {"text": "x"},
          "result": [{"reference": "Observation/x"}]}
    _, acc = run(bundle(dr, observation("62292-8", q(18, "ng/mL"))))
    assert acc.outcomes[0].status == "skipped" and "DiagnosticReport" in acc.outcomes[0].reason


def test_dates_from_period_issued_and_parents() -> None:
    period = observation("62292-8", q(18, "ng/mL"), effectivePeriod={"start": "2024-05-01T08:00:00Z", "end": "2024-05-01T09:00:00Z"})
    del period["effectiveDateTime"]
    assert run(period)[0].panels[0].date == "2024-05-01T08:00:00Z"
    issued = observation("62292-8", q(18, "ng/mL"), issued="2024-05-02T10:00:00Z")
    del issued["effectiveDateTime"]
    report, acc = run(issued)
    assert report.panels[0].date == "2024-05-02T10:00:00Z"
    assert any("issue time" in w for w in report.warnings)
    child = observation("62292-8", q(18, "ng/mL"), id="c")
    del child["effectiveDateTime"], child["subject"]
    dr = {"resourceType": "DiagnosticReport", "id": "r", "status": "final", "code": {"text": "x"}, "subject": {"identifier": {"value": "MRN-1"}},
          "effectiveDateTime": "2024-06-01", "result": [{"reference": "https://server/fhir/Observation/c/_history/2"}]}
    report, _ = run(bundle(dr, child, kind="searchset"))
    assert (report.panels[0].subject, report.panels[0].date) == ("MRN-1", "2024-06-01")


def test_panels_by_subject_and_time() -> None:
    a1 = observation("62292-8", q(18, "ng/mL"), id="a1")
    a2 = observation("17861-6", q(8.1, "mg/dL"), id="a2")
    b1 = observation("62292-8", q(40, "ng/mL"), id="b1", subject={"reference": "Patient/2"})
    later = observation("62292-8", q(25, "ng/mL"), id="a3", effectiveDateTime="2024-02-02T03:04:05Z")
    report, _ = run(bundle(a1, a2, b1, later))
    assert [(p.subject, p.date, [r.analyte for r in p.results]) for p in report.panels] == [
        ("Patient/1", "2024-01-02T03:04:05Z", ["vitamin_d", "calcium"]),
        ("Patient/2", "2024-01-02T03:04:05Z", ["vitamin_d"]),
        ("Patient/1", "2024-02-02T03:04:05Z", ["vitamin_d"]),
    ]


def test_same_analyte_twice_corrected_wins() -> None:
    first = observation("62292-8", q(18, "ng/mL"), id="first", status="corrected")
    second = observation("62292-8", q(40, "ng/mL"), id="second")
    report, acc = run(bundle(first, second))
    assert report.panels[0].results[0].reported == "18 ng/mL"
    assert acc.outcomes[1].status == "skipped" and "superseded by entry[0]" in acc.outcomes[1].reason
    report, acc = run(bundle(second, observation("62292-8", q(30, "ng/mL"), id="third")))
    assert report.panels[0].results[0].reported == "30 ng/mL"  # same rank: the later one
    assert acc.outcomes[0].status == "skipped"


@pytest.mark.parametrize(("obs", "status", "needle"), [
    (observation("62292-8", valueCodeableConcept={"text": "see comment"}), "skipped", "valueCodeableConcept is not a number"),
    (observation("62292-8", q("18", "ng/mL")), "skipped", "not a number"),
    (observation("62292-8", q(None, "ng/mL")), "skipped", "not a number"),
    (observation("62292-8", q(18, "ng/mL", comparator="ad")), "skipped", "comparator"),
    (observation("62292-8", q(18, "furlongs")), "skipped", "unknown unit"),
    (observation("62292-8", q(18, "pmol/L")), "skipped", "outside the plausible"),
    (observation("62292-8", q(18, "mmol/L")), "skipped", "not a unit for vitamin_d"),
    (observation("62292-8", q(-1, "ng/mL")), "skipped", "negative"),
    (observation("62292-8", component=[{"code": {"text": "a"}, "valueQuantity": q(1, "ng/mL")}]), "skipped", "only components"),
    (observation("62292-8"), "skipped", "no value"),
    (observation("62292-8", dataAbsentReason={"coding": [{"code": "not-performed"}]}), "skipped", "dataAbsentReason not-performed"),
    (observation(None, q(1, "g/L"), code={"coding": [{"system": LOINC, "code": "2885-2"}]}), "other_test", "2885-2"),
    (observation(None, q(1, "g/L"), code={}), "other_test", "no code or name"),
    (observation("62292-8", q(18, "ng/mL"), code=["not a concept"]), "other_test", "no code or name"),
    (observation("62292-8", q(18, "ng/mL"), specimen={"display": "Urine sample"}), "other_test", "not serum"),
    (observation("1995-0", q(1.1, "mmol/L"), specimen={"display": "Whole blood"}), "interpreted", None),
])
def test_every_observation_accounted(obs: dict[str, Any], status: str, needle: str | None) -> None:
    _, acc = run(obs)
    [o] = acc.outcomes
    assert o.status == status, o
    if needle:
        assert needle in o.reason


def test_13959_2_in_a_test_built_resource() -> None:
    report, acc = run(observation("13959-2", q(1.21, "mmol/L")))
    assert acc.outcomes[0].status == "other_test" and "total-calcium scale" not in acc.outcomes[0].reason
    assert report.panels == [] and any("no result of an analyte" in w for w in report.warnings)


def test_specimen_resource_urine() -> None:
    spec = {"resourceType": "Specimen", "id": "u", "type": {"text": "Urine"}}
    obs = observation(None, q(8.1, "mg/dL"), specimen={"reference": "Specimen/u"})
    obs["code"] = {"text": "Calcium"}
    _, acc = run(bundle(spec, obs))
    assert acc.outcomes[0].status == "other_test" and "'Urine'" in acc.outcomes[0].reason


# ---------------------------------------------------------------- NDJSON, streams, sniffing


def test_ndjson_text_stream_crlf_and_blank_lines() -> None:
    lines = (DATA / "observations.ndjson").read_text().splitlines()
    text = "\r\n".join([lines[0], "", *lines[1:]]) + "\r\n"
    got = list(read_fhir(io.StringIO(text)))
    assert [r.location for r in got] == ["line 1 Observation/n1", "line 3 Observation/n2", "line 4 Observation/n3",
                                         "line 5 Observation/n4", "line 6 Observation/n5"]


def test_ndjson_line_longer_than_the_first_chunk() -> None:
    big = observation("62292-8", q(18, "ng/mL"), note=[{"text": "x" * 100_000}])
    data = (json.dumps(observation("62292-8", q(20, "ng/mL"), id="a")) + "\n" + json.dumps(big) + "\n").encode()
    got = list(read_fhir(io.BytesIO(data)))
    assert [r.value_text for r in got if isinstance(r, LabRecord)] == ["20", "18"]


@pytest.mark.parametrize(("head", "kind"), [
    (b'{\n  "resourceType": "Bundle",\n  "type": "collection"', "fhir-json"),
    (b'\xef\xbb\xbf{"resourceType":"Observation","id":"1"}', "fhir-json"),
    (b'{"resourceType":"Observation","id":"1"}\n{"resourceType":"Observation","id":"2"}\n', "fhir-ndjson"),
    (b"MSH|^~\\&|LAB|", "hl7"),
    (b"\x0bMSH|^~\\&|LAB|", "hl7"),
    (b"FHS|^~\\&|", "hl7"),
    (b"analyte,value\nvitamin_d,18\n", None),
    (b'{"panels": []}', None),
    (b"", None),
])
def test_sniff(head: bytes, kind: str | None) -> None:
    assert sniff(head) == kind


@pytest.mark.parametrize("path", [*sorted(DATA.iterdir()), *sorted(HL7_DATA.iterdir())], ids=lambda p: p.name)
def test_read_records_sniffs_files_and_bytesio(path: Path) -> None:
    with path.open("rb") as fh:
        from_file = [(r.source_index, r.location) for r in read_records(fh)]
    from_bytes = [(r.source_index, r.location) for r in read_records(io.BytesIO(path.read_bytes()))]
    assert from_file == from_bytes and from_file


def test_reading_imports_no_model_library_and_is_fast(shared: Path) -> None:
    path = shared / "data" / "fhir-spec-examples" / "Bundle-ghp.json"
    code = (
        "import sys, time\n"
        "t = time.perf_counter()\n"
        "from vitd_cli.readers.fhir import read_fhir\n"
        f"records = list(read_fhir(open({str(path)!r}, 'rb')))\n"
        "ms = (time.perf_counter() - t) * 1000\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('fhir', 'pydantic', 'rich', 'typer')]\n"
        "print(len(records), ms, bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split(maxsplit=2)
    assert out[0] == "51" and out[2].strip() == "[]"
    assert float(out[1]) < 2000  # a generous bound: measured ~50 ms import + ~2 ms parse (docs/interop.md)


# ---------------------------------------------------------------- errors: VitdError, never a traceback


@pytest.mark.parametrize(("data", "code", "needle"), [
    (b"", "fhir-empty", "empty"),
    (b"   \n ", "fhir-empty", "empty"),
    (b"hello", "fhir-invalid-json", "not JSON"),
    (b'{"resourceType": "Observation", ', "fhir-invalid-json", "line 1 column"),
    (b'{"resourceType": "Observation",\n "status": final}', "fhir-invalid-json", "line 2 column 12"),
    (b"[1, 2]", "fhir-invalid", "found list"),
    (b'{"id": "1"}', "fhir-invalid", "no resourceType"),
    (b'{"resourceType": "Observation", "x": "\xff"}', "fhir-encoding", "not UTF-8"),
    (b'{"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "not-found", "diagnostics": "no such patient"}]}',
     "fhir-operation-outcome", "not-found"),  # the issue code; its free-text diagnostics are not quoted
    (b'{"resourceType": "Observation", "x": ' + b"[" * 150 + b"]" * 150 + b"}", "fhir-too-deep", "nested more than 100"),
    (b'{"resourceType": "Observation", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "fhir-too-deep", "nested"),
    (b'{"resourceType": "Observation", "x": ' + b"{\"a\":" * 5000 + b"1" + b"}" * 5000 + b"}", "fhir-too-deep", "nested"),
    (b'{"resourceType":"Observation","id":"1"}\n{"resourceType":"Observation",\n', "fhir-invalid-json", "NDJSON line 2"),
])
def test_malformed_json_is_a_clear_error(data: bytes, code: str, needle: str) -> None:
    with pytest.raises(VitdError) as info:
        list(read_fhir(io.BytesIO(data)))
    assert info.value.code == code and needle in str(info.value)


def test_brackets_in_strings_do_not_count_as_depth() -> None:
    obs = observation("62292-8", q(18, "ng/mL"), note=[{"text": "[" * 5000 + "{" * 5000}])
    assert isinstance(next(read_fhir(io.BytesIO(json.dumps(obs).encode()))), LabRecord)


def test_bundles_nested_too_deep() -> None:
    doc: dict[str, Any] = observation("62292-8", q(18, "ng/mL"))
    for _ in range(MAX_BUNDLE_NESTING + 2):
        doc = bundle(doc)
    with pytest.raises(VitdError) as info:
        list(read_fhir(io.BytesIO(json.dumps(doc).encode())))
    assert info.value.code == "fhir-too-deep"


def test_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fhir_reader, "MAX_BYTES", 1000)
    big = json.dumps(observation("62292-8", q(18, "ng/mL"), note=[{"text": "x" * 2000}])).encode()
    with pytest.raises(VitdError) as info:
        list(read_fhir(io.BytesIO(big)))
    assert info.value.code == "fhir-too-large" and "NDJSON" in info.value.hint
    monkeypatch.setattr(fhir_reader, "MAX_LINE_BYTES", 1000)
    ndjson = json.dumps(observation("62292-8", q(18, "ng/mL"))).encode() + b"\n" + big + b"\n"
    with pytest.raises(VitdError) as info:
        list(read_fhir(io.BytesIO(ndjson)))
    assert info.value.code == "fhir-too-large" and "line 2" in info.value.message


def test_no_observation_at_all() -> None:
    with pytest.raises(VitdError) as info:
        run({"resourceType": "Patient", "id": "p"})
    assert info.value.code == "no-observations"


@pytest.mark.parametrize("junk", [None, 1, "x", [], [1], {"a": None}, {"coding": "x"}, {"coding": [None, 1, "x"]}])
def test_junk_in_any_element_never_raises(junk: Any) -> None:
    """Malformed elements give an accounted outcome, not an exception."""
    base = observation("62292-8", q(18, "ng/mL"), referenceRange=[{"low": q(30, "ng/mL")}], interpretation=[{"text": "L"}],
                       specimen={"reference": "Specimen/s"}, hasMember=[], issued="2024-01-01T00:00:00Z")
    for key in list(base):
        if key == "resourceType":
            continue
        obs = dict(base)
        obs[key] = junk
        _, acc = run(bundle(obs, {"resourceType": "DiagnosticReport", "result": junk, "contained": junk}))
        assert len(acc.outcomes) == 1, key


# ---------------------------------------------------------------- FHIR output


def _entries(out: dict[str, Any], rt: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in out["entry"] if e["resource"]["resourceType"] == rt]


def _interp(obs: dict[str, Any]) -> str:
    [coding] = obs["interpretation"][0]["coding"]
    assert coding["system"] == V3_INTERPRETATION
    return coding["code"]


@pytest.mark.parametrize(("values", "codes"), [
    ({"calcium": "6.5 mg/dL"}, {"calcium": "LL"}),  # severe hypocalcemia
    ({"calcium": "7.2 mg/dL"}, {"calcium": "L"}),  # moderate: L
    ({"calcium": "15 mg/dL"}, {"calcium": "HH"}),  # severe hypercalcemia
    ({"calcium": "9.5 mg/dL", "vitamin_d": "45 ng/mL"}, {"calcium": "N", "vitamin_d": "N"}),
    ({"magnesium": "0.3 mmol/L", "pth": "120 pg/mL"}, {"magnesium": "LL", "pth": "H"}),
])
def test_interpretation_codes(values: dict[str, str], codes: dict[str, str]) -> None:
    report = interpret(values)
    out = report_to_bundle(report)
    assert check_r4(out) == []
    got = {}
    for obs, r in zip(_entries(out, "Observation"), report.panels[0].results):
        got[r.analyte] = _interp(obs)
    assert got == codes


def test_typed_values_output() -> None:
    report = interpret({"vitamin_d": "18 ng/mL", "calcium": "8.1 mg/dL", "albumin": "3.2 g/dL", "magnesium": "1.2 mEq/L"}, ["twitching"])
    out = report_to_bundle(report)
    assert check_r4(out) == []
    _validate_with_fhir_resources(out)
    obs = {o["code"]["text"]: o for o in _entries(out, "Observation")}
    vd = obs["25-hydroxyvitamin D (total)"]
    assert vd["code"]["coding"][0]["code"] == "62292-8"
    assert vd["valueQuantity"] == {"value": 18.0, "unit": "ng/mL", "system": UCUM, "code": "ng/mL"}
    assert vd["referenceRange"][0]["low"]["unit"] == "ng/mL"  # our range in the unit of the value
    assert "Source:" in vd["referenceRange"][0]["text"]
    mg = obs["Magnesium (serum)"]
    assert mg["valueQuantity"]["code"] == "meq/L" and "coding" not in mg["code"]  # no LOINC for mEq/L
    cc = obs["Corrected calcium (albumin-adjusted, estimate)"]
    assert "coding" not in cc["code"]  # computed in mg/dL: 29265-6 is the mmol/L code
    assert cc["method"]["text"].startswith("8.1 + 0.8 x")
    assert len(cc["derivedFrom"]) == 2
    [dr] = _entries(out, "DiagnosticReport")
    codes = [c["coding"][0] for c in dr["conclusionCode"]]
    assert {c["system"] for c in codes} == {FINDING_SYSTEM}
    assert [c["code"] for c in codes] == [f.code for f in report.panels[0].findings]
    assert "Symptom 'twitching'" in dr["conclusion"] and report.disclaimer in dr["conclusion"]
    assert len(dr["result"]) == 5


def test_corrected_calcium_in_mmol_has_loinc_29265_6(shared: Path) -> None:
    report, acc = run(shared / "data" / "fhir-spec-examples" / "Bundle-ghp.json")
    out = report_to_bundle(report, acc)
    cc = next(o for o in _entries(out, "Observation") if "derivedFrom" in o)
    assert cc["code"]["coding"][0]["code"] == "29265-6"
    assert cc["valueQuantity"] == {"value": 2.34, "unit": "mmol/L", "system": UCUM, "code": "mmol/L"}
    urls = {e["fullUrl"]: e["resource"] for e in out["entry"]}
    assert sorted(urls[d["reference"]]["code"]["coding"][0]["code"] for d in cc["derivedFrom"]) == ["1751-7", "2000-8"]


def test_input_observations_kept(shared: Path) -> None:
    report, acc = run(shared / "data" / "fhir-spec-examples" / "Bundle-ghp.json")
    out = report_to_bundle(report, acc)
    ca = _entries(out, "Observation")[0]
    assert ca["code"]["coding"][1] == {"system": "http://snomed.info/sct", "code": "71878006"}  # the input code, as given
    assert ca["valueQuantity"] == {"value": 2.38, "unit": "mmol/L"}
    assert ca["subject"] == {"reference": "Patient/pat2"} and ca["effectiveDateTime"] == "2015-08-16T06:40:17Z"
    assert ca["referenceRange"][1]["low"]["value"] == 2.25  # the lab's range after ours
    assert any("entry[39] Observation/o17" in n["text"] for n in ca["note"])
    assert _interp(ca) == "N"


def test_output_is_deterministic_and_rendered() -> None:
    report, acc = run(DATA / "diagnosticreport_contained.json")
    assert report_to_bundle(report, acc) == report_to_bundle(report, acc)
    buf = io.StringIO()
    render_fhir(report, buf, acc)
    doc = json.loads(buf.getvalue())
    assert doc == report_to_bundle(report, acc)
    [dr] = _entries(doc, "DiagnosticReport")
    assert dr["status"] == "preliminary"  # one result is preliminary
    assert dr["effectiveDateTime"] == "2024-06-10T07:45:00+01:00"


def test_check_r4_finds_problems() -> None:
    out = report_to_bundle(interpret({"vitamin_d": "18 ng/mL"}))
    bad = copy.deepcopy(out)
    obs = bad["entry"][0]["resource"]
    obs["status"] = "done"
    obs["interpretation"][0]["coding"][0]["code"] = "LOW"
    obs["effectiveDateTime"] = "2024-01-01T10:00:00"
    obs["note"] = []
    del bad["entry"][1]["resource"]["code"]
    problems = "\n".join(check_r4(bad))
    for needle in ("Observation.status 'done'", "'LOW'", "not an R4 dateTime", "empty or null", "DiagnosticReport.code missing"):
        assert needle in problems


def _validate_with_fhir_resources(out: dict[str, Any]) -> None:
    """Validate with fhir.resources' R4B models (R4B shares R4's Observation, DiagnosticReport, Bundle and
    OperationOutcome; the library does not enforce required code bindings, which check_r4 does)."""
    try:
        from fhir.resources.R4B.bundle import Bundle
    except ImportError:
        pytest.skip("fhir.resources is not installed (test-only dependency: pip install 'fhir.resources>=8')")
    Bundle.model_validate(out)


@pytest.mark.parametrize("name", ["oru_r01_v251_mllp.hl7", "oru_r01_v23_lf.hl7", "oul_r22_v25_cr.hl7"])
def test_hl7_input_gives_valid_r4_output(name: str) -> None:
    with (HL7_DATA / name).open("rb") as fh:
        report, acc = interpret_records(read_records(fh), settings())
    out = report_to_bundle(report, acc)
    assert check_r4(out) == []
    _validate_with_fhir_resources(out)
    for obs in _entries(out, "Observation"):
        assert obs["status"] in ("final", "corrected", "preliminary")


def test_skipped_type_is_exported() -> None:
    assert Skipped("x", 0).reason == "x"


def test_docs_example_same_as_typed() -> None:
    """The FHIR example in docs/interop.md gives what the page says."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "interop.md").read_text(encoding="utf-8")
    block = doc.split("```json\n", 1)[1].split("```", 1)[0]
    report, _ = run(block)
    [panel] = report.panels
    assert (panel.subject, panel.date) == ("Patient/p1", "2024-03-05T08:30:00Z")
    assert summary(panel) == typed({"vitamin_d": "18 ng/mL"}) and panel.results[0].category == "deficient"


def test_ndjson_with_a_first_line_longer_than_the_first_read() -> None:
    big = observation("62292-8", q(18, "ng/mL"), note=[{"text": "x" * 3_000_000}])
    data = (json.dumps(big) + "\n" + json.dumps(observation("17861-6", q(8.1, "mg/dL"))) + "\n").encode()
    got = list(read_fhir(io.BytesIO(data)))
    assert [r.location for r in got] == ["line 1 Observation/x", "line 2 Observation/x"]
    one_line = json.dumps(bundle(observation("62292-8", q(18, "ng/mL"), note=[{"text": "x" * 3_000_000}]))).encode()
    assert [r.location for r in read_fhir(io.BytesIO(one_line))] == ["entry[0] Observation/x"]


def test_an_excluding_code_wins() -> None:
    obs = observation(None, q(8.1, "mg/dL"))
    obs["code"] = {"coding": [{"system": LOINC, "code": "17861-6"}, {"system": LOINC, "code": "17862-4"}]}
    o = run(obs)[1].outcomes[0]
    assert o.status == "other_test" and "urine calcium" in o.reason
