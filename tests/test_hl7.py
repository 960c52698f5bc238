"""HL7 v2 input (readers/hl7.py): ORU^R01 and OUL^R22, versions 2.3 to 2.5.1, read into the same interpretation as
the same values typed; every OBX accounted for; malformed input is a VitdError, never a traceback."""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

import pytest

from vitd_cli import interpret
from vitd_cli.errors import VitdError
from vitd_cli.interpret import settings
from vitd_cli.models import Panel, Report
from vitd_cli.pipeline.interop_records import interpret_records
from vitd_cli.readers import hl7 as hl7_reader
from vitd_cli.readers.hl7 import hl7_datetime, read_hl7
from vitd_cli.readers.records import Accounting, LabRecord, Skipped
from vitd_cli.render.fhir_check import check_r4
from vitd_cli.render.fhir_out import report_to_bundle

DATA = Path(__file__).resolve().parent / "data" / "hl7"

MSH = r"MSH|^~\&|LIS|LAB|EHR|CLINIC|20240305101500||ORU^R01^ORU_R01|M1|P|2.5.1"
PID = r"PID|1||MRN1^^^LAB^MR||DOE^JANE"
OBR = r"OBR|1|O1|F1|BONE^Bone profile^L|||20240305083000"


def message(*obx: str, msh: str = MSH, pid: str = PID, obr: str = OBR, end: str = "\r") -> bytes:
    return end.join([msh, pid, obr, *obx]).encode() + end.encode()


def records(data: bytes | str) -> list[LabRecord | Skipped]:
    stream: Any = io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)
    return list(read_hl7(stream))


def run(data: bytes, symptoms: tuple[str, ...] = ()) -> tuple[Report, Accounting]:
    return interpret_records(read_hl7(io.BytesIO(data)), settings(), symptoms)


def summary(panel: Panel) -> dict[str, Any]:
    return {
        "results": {r.analyte: (r.flag, r.category, r.severity, r.value, r.unit, r.comparator, r.estimate) for r in panel.results},
        "findings": sorted((f.code, f.severity, f.urgency) for f in panel.findings),
        "symptoms": [(s.symptom, s.verdict) for s in panel.symptoms],
        "urgency": panel.urgency,
    }


def typed(values: dict[str, str], symptoms: tuple[str, ...] = ()) -> dict[str, Any]:
    return summary(interpret(values, symptoms).panels[0])


def obx_count(data: bytes) -> int:
    text = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").replace(b"\x0b", b"\n")
    return sum(1 for line in text.split(b"\n") if line.startswith(b"OBX"))


# ---------------------------------------------------------------- the test messages in tests/data/hl7

CASES = {
    "oru_r01_v251_mllp.hl7": [
        ("MRN12345", "2024-03-05T08:30:00", {"vitamin_d": "18 ng/mL", "calcium": "8.1 mg/dL", "albumin": "3.2 g/dL", "magnesium": "0.62 mmol/L"}),
        ("MRN12345", "2024-06-10T07:45:00", {"vitamin_d": "62 nmol/L", "ionized_calcium": "1.05 mmol/L", "pth": ">150 pg/mL", "phosphate": "0.74 mmol/L"}),
    ],
    "oru_r01_v23_lf.hl7": [
        ("P-0042", "2005-01-27T06:40:00", {"vitamin_d": "<5 ng/mL", "calcium": "2.02 mmol/L", "magnesium": "1.5 mg/dL", "albumin": "32 g/L",
                                           "pth": "12.7 pmol/L"}),
    ],
    "oul_r22_v25_cr.hl7": [
        ("PAT-9", "2024-04-02T07:30:00+02:00", {"vitamin_d": "95 µg/L", "calcium": "10.1 mg/dL", "ionized_calcium": "1.22 mmol/L",
                                                "phosphate": "3.4 mg/dL", "magnesium": "2.0 mg/dL"}),
    ],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_files_same_as_typed(name: str) -> None:
    data = (DATA / name).read_bytes()
    report, acc = run(data)
    assert [(p.subject, p.date, summary(p)) for p in report.panels] == [(s, d, typed(v)) for s, d, v in CASES[name]]
    assert len(acc.outcomes) == obx_count(data)  # every OBX accounted for
    assert sorted(o.source_index for o in acc.outcomes) == list(range(len(acc.outcomes)))
    for o in acc.outcomes:
        assert o.status == "interpreted" or o.reason


@pytest.mark.parametrize("symptoms", [("twitching",), ("cramps", "weakness")])
def test_symptoms_as_typed(symptoms: tuple[str, ...]) -> None:
    report, _ = run((DATA / "oru_r01_v23_lf.hl7").read_bytes(), symptoms)
    assert summary(report.panels[0]) == typed(CASES["oru_r01_v23_lf.hl7"][0][2], symptoms)


def test_v23_accounting() -> None:
    _, acc = run((DATA / "oru_r01_v23_lf.hl7").read_bytes())
    by_obx = {o.location.split("OBX ")[1].split()[0]: o for o in acc.outcomes}
    assert by_obx["3"].analyte == "magnesium"  # no LOINC: read by its name, 'Magnesium, serum'
    assert by_obx["4"].record is not None and by_obx["4"].record.status == "corrected"
    assert by_obx["6"].status == "other_test" and by_obx["6"].record.unit == "10^9/L"  # \S\ unescaped
    assert by_obx["7"].status == "other_test" and "urine" in by_obx["7"].reason
    assert by_obx["8"].status == "skipped" and "value type CE is not a number ('Specimen haemolysed')" in by_obx["8"].reason
    assert by_obx["9"].status == "skipped" and "deleted" in by_obx["9"].reason


def test_v251_accounting_and_warnings() -> None:
    report, acc = run((DATA / "oru_r01_v251_mllp.hl7").read_bytes())
    cancelled = next(o for o in acc.outcomes if o.location.startswith("message 1 (MSG0001) OBX 6"))
    assert cancelled.status == "skipped" and "cancelled" in cancelled.reason
    sodium = next(o for o in acc.outcomes if o.loinc == "2951-2")
    assert sodium.status == "other_test"
    assert report.warnings == ["message 2 (MSG0002) OBX 4 (line 18): phosphate is a preliminary result and may change"]
    vd = next(o for o in acc.outcomes if o.analyte == "vitamin_d")
    assert vd.record is not None and vd.record.specimen == "SER Serum"  # SPM-4 after the OBX (ORU^R01 2.5.1)
    assert (vd.record.lab_flag, vd.record.reference_range) == ("L", "30-100")


def test_oul_r22_spm_before_obr() -> None:
    got = records((DATA / "oul_r22_v25_cr.hl7").read_bytes())
    assert all(isinstance(r, LabRecord) and r.specimen == "SER Serum" and r.date == "2024-04-02T07:30:00+02:00" for r in got)
    assert got[0].unit == "\u03bcg/L"  # \Z03BC\


# ---------------------------------------------------------------- framing, segment ends, separators, escapes

OBX_VD = r"OBX|1|NM|VITD^Vitamin D^L^62292-8^25-OH D^LN||18|ng/mL|30-100|L|||F"
OBX_CA = r"OBX|2|NM|17861-6^Calcium^LN||8.1|mg/dL|8.6-10.3|L|||F"


def _shape(rs: list[Any]) -> list[tuple[Any, ...]]:
    return [(r.subject, r.date, r.loinc, r.value_text, r.unit, r.status) for r in rs]


@pytest.mark.parametrize("end", ["\r", "\n", "\r\n"])
@pytest.mark.parametrize("mllp", [False, True])
def test_segment_ends_and_mllp(end: str, mllp: bool) -> None:
    one = message(OBX_VD, OBX_CA, end=end)
    data = one + one.replace(b"M1|", b"M2|")
    if mllp:
        data = b"\x0b" + one + b"\x1c\r" + b"\x0b" + one.replace(b"M1|", b"M2|") + b"\x1c\r"
    got = records(data)
    assert _shape(got) == [("MRN1", "2024-03-05T08:30:00", "62292-8", "18", "ng/mL", "final"),
                           ("MRN1", "2024-03-05T08:30:00", "17861-6", "8.1", "mg/dL", "final")] * 2
    assert [r.location for r in got][:2] == ["message 1 (M1) OBX 1 (line 4)", "message 1 (M1) OBX 2 (line 5)"]


def test_mllp_without_segment_end_before_fs_and_blank_lines() -> None:
    data = b"\x0b" + message(OBX_VD).rstrip(b"\r") + b"\x1c\r\n\n\x0b" + message(OBX_CA) + b"\x1c\r"
    assert [r.loinc for r in records(data)] == ["62292-8", "17861-6"]


def test_text_stream_and_bom() -> None:
    assert _shape(records(message(OBX_VD).decode())) == _shape(records(b"\xef\xbb\xbf" + message(OBX_VD)))


def test_separators_read_from_msh() -> None:
    custom = [line.replace("|", "#").replace("^", "$") for line in (MSH, PID, OBR, OBX_VD, OBX_CA)]
    custom[0] = custom[0].replace("MSH#$~\\&#", "MSH#$~\\&#")
    got = records("\r".join(custom).encode())
    assert _shape(got) == _shape(records(message(OBX_VD, OBX_CA)))


def test_escape_sequences() -> None:
    obx = [
        r"OBX|1|NM|VITD^Vitamin D \T\ metabolites \F\ total \R\ x \E\ y^L^62292-8^\H\25-OH D\N\^LN||18|\Z03BC\g/L|30\S\100|L|||F",
        r"OBX|2|NM|ICA^Calcium, ionized^L^1995-0^iCa^LN||1.05|mmol/L|1.15\.br\1.30|L|||F",
        r"OBX|3|NM|PTH^PTH^L^2731-8^PTH^LN||120|pg/mL|15-65|H|||F",
        r"OBX|4|NM|VD3^25-OH D3^L^1989-3^D3^LN||45|nmol/L\X00\|x|||F",
        r"OBX|5|NM|MG^Magnesium^L^19123-9^Mg^LN||1.9|mg/dL|\XC2B5\ \XB5\ \Cxxyy\ \unknown\|N|||F",
    ]
    got = records(message(*obx))
    assert got[0].name == "Vitamin D & metabolites | total ~ x \\ y"
    assert got[0].unit == "\u03bcg/L" and got[0].reference_range == "30^100"
    assert got[1].reference_range == "1.15\n1.30"
    assert got[3].unit == "nmol/L\x00"
    assert got[4].reference_range == "µ µ"
    report, _ = run(message(*obx[:3]))
    assert summary(report.panels[0]) == typed({"vitamin_d": "18 µg/L", "ionized_calcium": "1.05 mmol/L", "pth": "120 pg/mL"})


def test_ucum_triplet_and_alternate_unit_text() -> None:
    [rec] = records(message(r"OBX|1|NM|17861-6^Calcium^LN||8.1|mg/dL^milligram per deciliter^UCUM|||||F"))
    assert (rec.unit, rec.unit_alt) == ("mg/dL", "milligram per deciliter")
    [rec] = records(message(r"OBX|1|NM|17861-6^Calcium^LN||8.1|^mg/dL|||||F"))
    assert rec.unit == "mg/dL"


# ---------------------------------------------------------------- values, codes, statuses, dates, subjects


@pytest.mark.parametrize(("obx", "value_text", "as_typed"), [
    (r"OBX|1|SN|62292-8^VD^LN||<^5|ng/mL|||||F", "<5", "<5 ng/mL"),
    (r"OBX|1|SN|62292-8^VD^LN||>^150|ng/mL|||||F", ">150", ">150 ng/mL"),
    (r"OBX|1|SN|62292-8^VD^LN||<=^5|ng/mL|||||F", "<=5", "<=5 ng/mL"),
    (r"OBX|1|SN|62292-8^VD^LN||=^18|ng/mL|||||F", "18", "18 ng/mL"),
    (r"OBX|1|SN|62292-8^VD^LN||^18.5|ng/mL|||||F", "18.5", "18.5 ng/mL"),
    (r"OBX|1|ST|62292-8^VD^LN||< 5|ng/mL|||||F", "< 5", "<5 ng/mL"),
    (r"OBX|1|ST|62292-8^VD^LN||18 ng/mL||||||F", "18 ng/mL", "18 ng/mL"),
    (r"OBX|1|NM|62292-8^VD^LN||18,5|ng/mL|||||F", "18,5", "18.5 ng/mL"),
    (r"OBX|1|TX|62292-8^VD^LN||45|nmol/L|||||F", "45", "45 nmol/L"),
    (r"OBX|1||62292-8^VD^LN||45|nmol/L|||||F", "45", "45 nmol/L"),
    (r"OBX|1|NM|62292-8^VD^LN||18~20|ng/mL|||||F", "18", "18 ng/mL"),
])
def test_value_shapes(obx: str, value_text: str, as_typed: str) -> None:
    [rec] = records(message(obx))
    assert isinstance(rec, LabRecord) and rec.value_text == value_text
    report, _ = run(message(obx))
    assert summary(report.panels[0]) == typed({"vitamin_d": as_typed})


@pytest.mark.parametrize(("obx", "status", "needle"), [
    (r"OBX|1|SN|62292-8^VD^LN||^1^:^128|ng/mL|||||F", "skipped", "SN value 1:128 is a ratio or a range"),
    (r"OBX|1|SN|62292-8^VD^LN||^10^-^20|ng/mL|||||F", "skipped", "SN value 10-20 is a ratio or a range"),
    (r"OBX|1|SN|62292-8^VD^LN||<>^5|ng/mL|||||F", "skipped", "SN comparator '<>'"),
    (r"OBX|1|CWE|62292-8^VD^LN||NEG^Negative^L||||||F", "skipped", "value type CWE is not a number ('Negative')"),
    (r"OBX|1|NM|62292-8^VD^LN|||ng/mL|||||F", "skipped", "OBX-5 is empty"),
    (r"OBX|1|NM|62292-8^VD^LN||18||||||F", "skipped", "no unit"),
    (r"OBX|1|NM|62292-8^VD^LN||18|mmol/L|||||F", "skipped", "not a unit for vitamin_d"),
    (r"OBX|1|NM|62292-8^VD^LN||abc|ng/mL|||||F", "skipped", "cannot read a number"),
    (r"OBX|1|NM|62292-8^VD^LN||18|ng/mL|||||X", "skipped", "cancelled"),
    (r"OBX|1|NM|62292-8^VD^LN||18|ng/mL|||||D", "skipped", "deleted"),
    (r"OBX|1|NM|62292-8^VD^LN||18|ng/mL|||||W", "skipped", "posted in error"),
    (r"OBX|1|NM|62292-8^VD^LN||18|ng/mL|||||I", "skipped", "no result yet"),
    (r"OBX|1|NM|1990-1^Cholecalciferol^LN||18|ng/mL|||||F", "other_test", "cholecalciferol"),
    (r"OBX|1|NM|CHOL^Vitamin D3^L||18|ng/mL|||||F", "other_test", "cholecalciferol"),
    (r"OBX|1|NM|62292-8^VD^L||18|ng/mL|||||F", "other_test", "'VD' is not an analyte"),  # not the LN system: a local code
    (r"OBX|1|NM|||18|ng/mL|||||F", "other_test", "no code or name"),
    (r"OBX|1|NM|13959-2^Calcium.ionized by calculation^LN||2.39|mmol/L|2.25-2.65||||F", "other_test", "total-calcium scale"),
])
def test_every_obx_accounted(obx: str, status: str, needle: str) -> None:
    _, acc = run(message(obx))
    [o] = acc.outcomes
    assert o.status == status and needle in o.reason, o


@pytest.mark.parametrize(("code", "status", "warning"), [
    ("F", "final", None), ("C", "corrected", None), ("A", "amended", None), ("U", "final", "changed to final"),
    ("P", "preliminary", "preliminary result"), ("R", "preliminary", "not yet verified"), ("S", "preliminary", "partial"),
    ("", "unknown", "no result status"), ("Q", "unknown", "not an HL7 result status"),
])
def test_result_status(code: str, status: str, warning: str | None) -> None:
    obx = rf"OBX|1|NM|62292-8^VD^LN||18|ng/mL|||||{code}"
    [rec] = records(message(obx))
    assert isinstance(rec, LabRecord) and rec.status == status
    report, acc = run(message(obx))
    assert acc.outcomes[0].status == "interpreted"
    if warning:
        assert any(warning in w for w in report.warnings), report.warnings
    else:
        assert report.warnings == []


def test_loinc_in_identifier_or_alternate() -> None:
    got = records(message(r"OBX|1|NM|17861-6^Calcium^LN||8.1|mg/dL|||||F", r"OBX|2|NM|CA^Calcium^L^17861-6^Calcium^LN||8.1|mg/dL|||||F",
                          r"OBX|3|NM|CA^Calcium^99LOCAL^17861-6^Calcium^LOINC||8.1|mg/dL|||||F",
                          r"OBX|4|NM|2000-8^Calcium^LN^17861-6^Calcium^LN||8.1|mg/dL|||||F"))
    assert [r.loinc for r in got] == ["17861-6", "17861-6", "17861-6", "2000-8"]
    assert got[3].loinc_codes == ("2000-8", "17861-6")


def test_dates_obx14_then_obr7_then_spm17() -> None:
    got = records(message(r"OBX|1|NM|62292-8^VD^LN||18|ng/mL|||||F|||202403050815",
                          r"OBX|2|NM|17861-6^Ca^LN||8.1|mg/dL|||||F",
                          r"OBX|3|NM|17861-6^Ca^LN||8.1|mg/dL|||||F|||not-a-date"))
    assert [r.date for r in got] == ["2024-03-05T08:15:00", "2024-03-05T08:30:00", "2024-03-05T08:30:00"]
    assert "OBX-14 'not-a-date' is not an HL7 time" in got[2].notes
    no_obr7 = records(message(r"OBX|1|NM|62292-8^VD^LN||18|ng/mL|||||F", r"SPM|1|||SER^Serum|||||||||||||20240301",
                              obr="OBR|1|O1|F1|BONE^Bone profile^L"))
    assert no_obr7[0].date == "2024-03-01" and no_obr7[0].specimen == "SER Serum"


@pytest.mark.parametrize(("ts", "iso"), [
    ("2024", "2024"), ("202403", "2024-03"), ("20240305", "2024-03-05"), ("2024030508", "2024-03-05T08:00:00"),
    ("202403050830", "2024-03-05T08:30:00"), ("20240305083015", "2024-03-05T08:30:15"),
    ("20240305083015.123", "2024-03-05T08:30:15.123"), ("20240305083015+0100", "2024-03-05T08:30:15+01:00"),
    ("20240305083015.5-0500", "2024-03-05T08:30:15.5-05:00"), ("", None), ("yesterday", None), ("2024-03-05", None),
])
def test_hl7_datetime(ts: str, iso: str | None) -> None:
    assert hl7_datetime(ts) == iso


def test_subject_from_pid3_and_several_patients() -> None:
    data = "\r".join([MSH, PID, OBR, OBX_VD, r"PID|2||MRN2~OTHER^^^X||ROE^R", OBR, OBX_VD, r"PID|3|EXT-3||", OBR, OBX_VD]).encode()
    report, _ = run(data)
    assert [p.subject for p in report.panels] == ["MRN1", "MRN2", "EXT-3"]  # PID-2 when PID-3 is empty (v2.3)


def test_obr15_specimen_urine_is_not_serum() -> None:
    obr = "OBR|1|O1|F1|U^Urine^L|||20240305083000||||||||UR&Urine&HL70070"
    _, acc = run(message(r"OBX|1|NM|CA^Calcium^L||8.1|mg/dL|||||F", obr=obr))
    assert acc.outcomes[0].status == "other_test" and "'UR Urine'" in acc.outcomes[0].reason


def test_non_result_messages_are_skipped() -> None:
    adt = r"MSH|^~\&|ADT|H|||20240101||ADT^A08|A1|P|2.5.1"
    _, acc = run(message(r"OBX|1|NM|62292-8^VD^LN||18|ng/mL|||||F", msh=adt))
    assert acc.outcomes[0].status == "skipped" and "ADT^A08 is not a lab result message" in acc.outcomes[0].reason


@pytest.mark.parametrize(("version", "warned"), [("2.3", False), ("2.3.1", False), ("2.4", False), ("2.5", False), ("2.5.1", False),
                                                 ("2.7", True), ("2.2", True)])
def test_versions(version: str, warned: bool) -> None:
    msh = MSH.replace("|2.5.1", f"|{version}")
    report, _ = run(message(OBX_VD, msh=msh))
    assert any("outside the versions vitd was tested with" in w for w in report.warnings) == warned


def test_latin1_file() -> None:
    data = message(r"OBX|1|NM|62292-8^Vitamin D (25-OH) für Erwachsene^LN||18|µg/L|||||F").decode().encode("latin-1")
    [rec] = records(data)
    assert isinstance(rec, LabRecord) and rec.unit == "µg/L" and "read as ISO 8859-1" in rec.notes[0]


def test_batch_headers_ignored() -> None:
    data = b"FHS|^~\\&|LAB\rBHS|^~\\&|LAB\r" + message(OBX_VD) + b"BTS|1\rFTS|1\r"
    assert [r.loinc for r in records(data)] == ["62292-8"]


def test_fhir_output_from_hl7_dates() -> None:
    report, acc = run((DATA / "oul_r22_v25_cr.hl7").read_bytes())
    out = report_to_bundle(report, acc)
    assert check_r4(out) == []
    obs = [e["resource"] for e in out["entry"] if e["resource"]["resourceType"] == "Observation"]
    assert obs[0]["effectiveDateTime"] == "2024-04-02T07:30:00+02:00"
    assert obs[0]["code"]["coding"][0]["code"] == "62292-8" and obs[0]["subject"] == {"identifier": {"value": "PAT-9"}}
    report, acc = run(message(OBX_VD))  # a time without a zone: R4 needs one, so only the date is given
    obs = report_to_bundle(report, acc)["entry"][0]["resource"]
    assert obs["effectiveDateTime"] == "2024-03-05"
    assert obs["valueQuantity"]["value"] == 18.0 and any("HL7 v2 message 1" in n["text"] for n in obs["note"])


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize(("data", "needle"), [
    (b"", "no MSH segment"),
    (b"\r\n\r\n", "no MSH segment"),
    (b"hello world", "is not an HL7 v2 segment"),
    (b"PID|1||X\rMSH|^~\\&|A", "segment PID before any MSH"),
    (b"MSH|^~", "too short"),
    (b"MSH1^~\\&|A|B", "invalid separators"),
    (b"MSH|^^\\&|A|B|C", "invalid separators"),
    (message(OBX_VD) + b"this line was wrapped|\r", "message 1, line 5"),
    (message(OBX_VD).replace(b"OBX|", b"OBX^"), "is not an HL7 v2 segment"),
])
def test_malformed_messages(data: bytes, needle: str) -> None:
    with pytest.raises(VitdError) as info:
        records(data)
    assert info.value.code == "hl7-invalid" and needle in str(info.value)


def test_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hl7_reader, "MAX_BYTES", 100)
    with pytest.raises(VitdError) as info:
        records(message(OBX_VD, OBX_CA))
    assert info.value.code == "hl7-too-large"


def test_no_traceback_on_mutations() -> None:
    """Random damage to a valid file gives records or a VitdError, never another exception."""
    base = (DATA / "oru_r01_v251_mllp.hl7").read_bytes()
    rng = random.Random(4)
    alphabet = b"|^~\\&\r\nXZ0123456789.<>-MSHOBX \x0b\x1c"
    for _ in range(400):
        data = bytearray(base)
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(data))
            op = rng.random()
            if op < 0.4:
                data[i] = rng.choice(alphabet)
            elif op < 0.7:
                del data[i:i + rng.randint(1, 20)]
            else:
                data[i:i] = bytes(rng.choice(alphabet) for _ in range(rng.randint(1, 5)))
        try:
            report, acc = run(bytes(data))
        except VitdError:
            continue
        assert check_r4(report_to_bundle(report, acc)) == []


def test_docs_example_same_as_typed() -> None:
    """The HL7 example in docs/interop.md gives what the page says."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "interop.md").read_text(encoding="utf-8")
    block = doc.split("```\nMSH|", 1)[1].split("```", 1)[0]
    report, acc = run(("MSH|" + block).encode())
    [panel] = report.panels
    assert (panel.subject, panel.date) == ("MRN12345", "2024-03-05T08:30:00")
    assert summary(panel) == typed({"vitamin_d": "18 ng/mL", "calcium": "8.1 mg/dL", "albumin": "3.2 g/dL", "magnesium": "0.62 mmol/L"})
    assert [o.status for o in acc.outcomes] == ["interpreted"] * 4 + ["other_test", "skipped"]


def test_gzipped_hl7_and_fhir_on_stdin_are_recognised() -> None:
    """A gzip stream on stdin is looked inside: FHIR/HL7 stay FHIR/HL7, not CSV."""
    import gzip
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    hl7 = gzip.compress((root / "tests" / "data" / "hl7" / "oru_r01_v23_lf.hl7").read_bytes())
    proc = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", "-", "--format", "csv"], input=hl7,
                          capture_output=True, timeout=60, cwd=root)
    assert proc.returncode == 0, proc.stderr
    assert b"observations read" in proc.stderr
    assert b",interpreted,25-OH vitamin D3,1989-3,vitamin_d," in proc.stdout
