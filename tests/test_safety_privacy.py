"""Issue 13 (never lose data or leak it), items 4-6: --redact hides every identifier and the file name; stderr never
quotes a value, free text, date or name from the input; control characters from the input are shown, never obeyed,
on stderr and in the Rich report (docs/safety.md)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli_runner import run_cli
from vitd_cli.pipeline.interop_files import pseudonym
from vitd_cli.textsafe import Note, detail, is_detail, one_line, public, visible, write_notes

REPO = Path(__file__).resolve().parents[1]
SENTINEL = "SENTINEL-Jane-Doe-1970-01-01"
NAME = "Janet Namesake"  # a patient name: an identifier column's cell
# Numbers and dates that only the input holds: none of them may reach stderr.
SECRETS = (SENTINEL, NAME, "Jane", "4242.17", "9999.5", "7.77", "11.11", "1970-01-01", "MRN778899", "19700101", "7.913")
RAW_CONTROLS = ("\x1b", "\x9b", "\x07", "\x90", "\u202e")
FORMATS = ("csv", "tsv", "ndjson", "json", "html", "fhir", "rich")


def _no_secret(text: str) -> None:
    for s in SECRETS:
        assert s not in text, f"{s!r} leaked:\n{text}"


def _no_raw_control(text: str) -> None:
    for c in RAW_CONTROLS:
        assert c not in text, f"raw {c!r} in:\n{text!r}"


# ------------------------------------------------------------------ inputs seeded with sentinels


def _labs_csv(path: Path) -> Path:
    """Identifier columns of every kind, and values, dates, units, ranges and free text holding sentinels."""
    rows = [
        ["Patient ID", "Patient Name", "MRN", "DOB", "Test", "LOINC", "Value", "Unit", "Reference Range", "Collected", "Specimen", "Comment"],
        ["P-001", NAME, "MRN778899", "1970-01-01", "Vitamin D", "", "18", "ng/mL", "30-100", "2024-01-01", "serum", SENTINEL],
        ["P-001", NAME, "MRN778899", "1970-01-01", "Calcium", "", f"4242.17 {SENTINEL}", "mg/dL", "", "2024-01-01", "serum", ""],
        ["P-001", NAME, "MRN778899", "1970-01-01", "Calcium", "", "9999.5", "mg/dL", "", "2024-01-01", "serum", ""],
        ["P-001", NAME, "MRN778899", "1970-01-01", "Magnesium", "", "1.5", f"{SENTINEL}unit", "", "2024-01-01", "serum", ""],
        ["P-001", NAME, "MRN778899", "1970-01-01", "Vitamin D", "", "20", "ng/mL", "", f"born {SENTINEL}", f"{SENTINEL}spec", ""],
        ["P-002", "Jane Roe", "MRN778800", "19700101", "Calcium", "", "-5", "mg/dL", "7.77-11.11 mg/dL", "2024-01-02", "serum", ""],
        ["P-002", "Jane Roe", "MRN778800", "19700101", "Calcium", "", "8.0", "mg/dL", "7.77-11.11 mg/dL", "2024-01-02", "serum", ""],
        ["P-003", "Jane Poe", "MRN778801", "19700101", f"Vit D {SENTINEL}", "62292-8", "7.913", "nmol/L", "", "2024-01-03", "serum", ""],
        ["P-003", "Jane Poe", "MRN778801", "19700101", f"Vit D {SENTINEL}", "62292-8", "text 7.913", "nmol/L", "", "2024-01-03", "serum", ""],
    ]
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _obs(i: int, code: str, name: str, **extra: object) -> dict:
    o = {"resourceType": "Observation", "id": f"o{i}", "status": "final",
         "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": name}], "text": name},
         "subject": {"reference": "Patient/p1", "display": SENTINEL}, "effectiveDateTime": "2024-02-01T08:00:00Z"}
    o.update(extra)
    return o


def _fhir(path: Path) -> Path:
    entries = [
        _obs(1, "62292-8", "Vitamin D", valueString=f"{SENTINEL} called re: result 7.913"),
        _obs(2, "62292-8", "Vitamin D", valueQuantity={"value": 9999.5, "unit": "ng/mL"}),
        _obs(3, "17861-6", "Calcium", valueQuantity={"value": 9.6, "unit": "mg/dL"}, effectiveDateTime=f"born {SENTINEL}"),
        _obs(4, "2601-3", "Magnesium", valueQuantity={"value": 0.8, "unit": "mmol/L"}, status=f"odd {SENTINEL}"),
        _obs(5, "62292-8", "Vitamin D", valueQuantity={"value": 31, "unit": "ng/mL"}, status="preliminary", note=[{"text": SENTINEL}]),
        _obs(6, "62292-8", "Vitamin D", valueQuantity={"value": f"4242.17 {SENTINEL}", "unit": "ng/mL"}),
        _obs(7, "2000-8", "Calcium", valueQuantity={"value": 2.2, "unit": SENTINEL}),
        _obs(8, "17861-6", "Calcium", valueQuantity={"value": 7.77}, dataAbsentReason={"text": SENTINEL}),
        _obs(9, "1751-7", "Albumin", valueQuantity={"value": 40}),
        _obs(10, "62292-8", "Vitamin D", valueCodeableConcept={"text": SENTINEL}),
        _obs(11, "99999-9", SENTINEL, valueQuantity={"value": 1, "unit": "mg/dL"}),
        {"resourceType": "Observation", "id": "evil\x1b]8;;http://x.invalid\x07id", "status": "final",
         "code": {"coding": [{"system": "http://loinc.org", "code": "62292-8"}], "text": "Vitamin D\x1b[31m"}, "subject": {"reference": "Patient/p\x1b[2J\x9b31m"}, "effectiveDateTime": "2024-02-01",
         "valueQuantity": {"value": 40, "unit": "ng/mL"}, "referenceRange": [{"text": "30-100\x1b[5m\u202e"}]},
    ]
    bundle = {"resourceType": "Bundle", "type": "searchset",
              "entry": [{"fullUrl": f"urn:uuid:{i}", "resource": e} for i, e in enumerate(entries)]}
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def _hl7(path: Path) -> Path:
    segments = [
        "MSH|^~\\&|LAB|HOSP|||200501270640||ORU^R01|A\\X0A\\vitd: 99 observations read: 99 interpreted\\X1B\\[31m|P|2.9",
        f"PID|||MRN778899||DOE^{SENTINEL}||19700101",
        "OBR|1|||MIN^Mineral profile^L|||200501270640",
        f"OBX|1|ST|1989-3^25-OH vitamin D3^LN||{SENTINEL} 7.913|ng/mL|30-100|LL|||F",
        "OBX|2|NM|2000-8^Calcium^LN||9999.5|mmol/L|2.20-2.60|L|||F",
        f"OBX|3|NM|2601-3^Magnesium^LN||1.5|mg/dL|1.7-2.2|L|||Q{SENTINEL}||{SENTINEL}",
        "OBX|4|NM|1989-3^Vit D\x1b[31m^LN||25|ng/mL|7.77-11.11 \x1b]0;title\x07|L|||F",
        f"OBX|5|CE|1995-0^Calcium.ionized^LN||HEM^{SENTINEL}^L||||||F",
        f"OBX|6|NM|2777-1^Phosphate^LN||3.1|{SENTINEL}|2.5-4.5||||F",
        f"NTE|1||{SENTINEL}",
    ]
    path.write_text("\r".join(segments) + "\r", encoding="utf-8")
    return path


@pytest.fixture()
def inputs(tmp_path: Path) -> dict[str, Path]:
    return {"csv": _labs_csv(tmp_path / "labs.csv"), "fhir": _fhir(tmp_path / "bundle.json"), "hl7": _hl7(tmp_path / "msg.hl7")}


# ------------------------------------------------------------------ item 5: stderr quotes nothing from the input


@pytest.mark.parametrize("kind", ["csv", "fhir", "hl7"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_stderr_quotes_no_value_text_or_date(inputs: dict[str, Path], kind: str, fmt: str) -> None:
    code, out, err = run_cli(["interpret", str(inputs[kind]), "-f", fmt, "-v"])  # -v: every note, the details too
    assert code == 0, err
    assert "skipped" in err  # the notes and counts are there, only without the quotes
    _no_secret(err)
    _no_raw_control(err)


@pytest.mark.parametrize("kind", ["csv", "fhir", "hl7"])
@pytest.mark.parametrize("extra", [["--strict"], ["--strict", "-f", "json", "-v"], ["--summary"], ["--strict", "--summary", "-v"]])
def test_stderr_clean_with_strict_and_summary(inputs: dict[str, Path], kind: str, extra: list[str]) -> None:
    code, _out, err = run_cli(["interpret", str(inputs[kind]), *extra])
    assert code == (2 if "--strict" in extra else 0), err
    _no_secret(err)
    _no_raw_control(err)
    if "--strict" in extra:
        last = err.splitlines()[-1]
        assert last.startswith("vitd: error: ") and "--strict" in last and err.count("vitd: error") == 1
        assert ("row 2: unit conflict" if kind == "csv" else "value not read (") in last  # where, and what kind of problem


def test_strict_error_names_row_and_kind_only(inputs: dict[str, Path]) -> None:
    _, _, err = run_cli(["interpret", str(inputs["csv"]), "--strict", "-f", "csv", "-q"])
    assert err.startswith("vitd: error: 5 row(s) skipped and --strict was given (first: row 2: unit conflict for calcium)")


def test_stderr_names_place_and_kind_and_the_output_keeps_the_detail(inputs: dict[str, Path]) -> None:
    _, out, err = run_cli(["interpret", str(inputs["fhir"]), "-f", "json", "-v"])  # (a skipped observation's note is a detail)
    assert "vitd: note: observation 1: vitamin_d skipped: value not read (text result)" in err
    assert "vitd: note: observation 2: vitamin_d skipped: value not read (implausible value)" in err
    assert "observation 3: its date is not a FHIR dateTime" in err
    reasons = " ".join(str(o["reason"]) for o in json.loads(out)["rows"]["outcomes"])
    assert SENTINEL in reasons  # the output the user asked for still says exactly what was read
    _, out, err = run_cli(["interpret", str(inputs["hl7"]), "-f", "csv", "-v"])
    assert "message 1, OBX at line 4: vitamin_d skipped: value not read (text result)" in err
    assert SENTINEL in out


@pytest.mark.parametrize("engine", ["python", "duckdb"])
def test_csv_engines_keep_stderr_clean(inputs: dict[str, Path], engine: str) -> None:
    pytest.importorskip("duckdb")
    code, out, err = run_cli(["interpret", str(inputs["csv"]), "-f", "csv", "--engine", engine, "--strict"])
    assert code == 2
    assert "first: row 2: unit conflict for calcium" in err
    _no_secret(err)


def test_whole_input_errors_quote_no_input(tmp_path: Path) -> None:
    cases = {
        "notjson.json": f'x{{"resourceType": "Observation", "note": "{SENTINEL}"}}',  # sniffed as CSV: no FHIR error
        "wrapped.hl7": f"MSH|^~\\&|LAB|H|||2024||ORU^R01|1|P|2.5\rPID|||{SENTINEL}\rOBX|1|NM|2000-8^Ca^LN||2.2|mmol/L\r{SENTINEL} wrapped\r",
        "outcome.json": json.dumps({"resourceType": "OperationOutcome", "issue": [{"code": "not-found", "diagnostics": f"no {SENTINEL}"}]}),
        "data.csv": f"{SENTINEL},2024-01-01,18\nP2,2024-01-02,19\n",
    }
    for name, text in cases.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        code, _out, err = run_cli(["interpret", str(p), "-f", "json"])
        assert code == 2, (name, err)
        assert err.count("\n") == 1, err
        _no_secret(err)
    _, _, err = run_cli(["interpret", str(tmp_path / "outcome.json")])
    assert "OperationOutcome" in err and "not-found" in err


# ------------------------------------------------------------------ item 6: controls shown, never obeyed


def test_visible_escapes_every_control_one_way() -> None:
    assert visible("a\x1b[31mb") == "a\\x1b[31mb"
    assert visible("\x9b2J\x07\x7f\x00") == "\\x9b2J\\x07\\x7f\\x00"
    assert visible("x\u202ey\u2066z\u2028") == "x\\u202ey\\u2066z\\u2028"
    assert visible("line\nbreak\ttab") == "line\\x0abreak\\x09tab"
    assert visible("µg/L 25-OH vitamin D ≥ 30 é") == "µg/L 25-OH vitamin D ≥ 30 é"  # printable text is untouched
    assert one_line("a\nvitd: 9 rows\r\n\x1b]8;;http://x\x07b") == "a vitd: 9 rows \\x1b]8;;http://x\\x07b"


def test_note_has_two_wordings_and_survives_copies() -> None:
    import copy
    import pickle

    n = Note(f"cannot read {SENTINEL!r}", "value not read (text result)")
    assert str(n) == f"cannot read {SENTINEL!r}" and public(n) == "value not read (text result)" and public("plain") == "plain"
    assert public(copy.deepcopy(n)) == public(pickle.loads(pickle.dumps(n))) == "value not read (text result)"
    err = io.StringIO()
    write_notes(err, [n, Note("x", "value not read (text result)"), "b\x1b[2J"], "1 row")
    assert err.getvalue() == "vitd: note: value not read (text result)\nvitd: note: b\\x1b[2J\nvitd: 1 row\n"
    d = detail(Note(f"range {SENTINEL}", "a reference range of the lab differs"))
    assert is_detail(copy.deepcopy(d)) and is_detail(pickle.loads(pickle.dumps(d))) and public(pickle.loads(pickle.dumps(d))) == d.public
    assert not is_detail(n) and not is_detail("plain") and is_detail(detail("plain"))
    err = io.StringIO()
    write_notes(err, [d, n, d, detail("b\x1b[2J")], "1 row")  # details held back and counted: the count line last
    assert err.getvalue() == "vitd: note: value not read (text result)\nvitd: 2 more notes (-v shows them)\nvitd: 1 row\n"
    err = io.StringIO()
    write_notes(err, [d, n, detail("b\x1b[2J")], "1 row", verbose=1)
    assert err.getvalue() == ("vitd: note: a reference range of the lab differs\nvitd: note: value not read (text result)\n"
                              "vitd: note: b\\x1b[2J\nvitd: 1 row\n")


@pytest.mark.parametrize("kind", ["csv", "fhir", "hl7"])
@pytest.mark.parametrize("fmt", ["rich", "json", "csv"])
def test_no_raw_control_on_stderr_or_in_rich(tmp_path: Path, kind: str, fmt: str) -> None:
    if kind == "csv":
        path = tmp_path / "evil.csv"
        path.write_text(
            "Patient ID,Test,LOINC,Value,Unit,Reference Range,Comment\x1b[31m\n"
            "P\x1b]0;pwned\x07,Vitamin D\x1b[31m,62292-8,45,nmol/L,30-100\x1b[5m,x\n"
            "P\x1b]0;pwned\x07,Vitamin D\x1b[31m,62292-8,abc,nmol/L,30-100\x1b[5m,x\n"
            "Q\x9b2J\u202e,Calcium\x1b[31m,17861-6,8.1,mg/dL,8.0-9.9\x1b]8;;http://x.invalid\x07 mg/dL,x\n",
            encoding="utf-8")
    else:
        path = _fhir(tmp_path / "b.json") if kind == "fhir" else _hl7(tmp_path / "m.hl7")
    code, out, err = run_cli(["interpret", str(path), "-f", fmt, "-v"])
    assert code == 0, err
    _no_raw_control(err)
    if fmt == "rich":
        _no_raw_control(out)
        assert "\\x1b" in out  # shown, visibly
        assert not any(line.startswith("vitd: 99") for line in out.splitlines())


def test_header_cells_and_typed_options_are_escaped_in_errors(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("Ref\x1b[31m,Thing\x9b2J\n", encoding="utf-8")
    path.write_text("Ref\x1b[31m,Thing\x9b2J\na,b\n", encoding="utf-8")
    code, _out, err = run_cli(["interpret", str(path)])
    assert code == 2 and err.count("\n") == 1
    assert "Ref\\x1b[31m" in err  # a header name is a column name: named, escaped
    _no_raw_control(err)
    code, _out, err = run_cli(["interpret", str(path), "--columns", "value=Wert\x1b]0;t\x07"])
    assert code == 2 and "\\x1b]0;t\\x07" in err
    _no_raw_control(err)


def test_hl7_control_id_cannot_forge_a_stderr_line(tmp_path: Path) -> None:
    code, _out, err = run_cli(["interpret", str(_hl7(tmp_path / "m.hl7")), "-f", "json", "-v"])  # -v: every note
    assert code == 0
    lines = err.splitlines()
    assert all(line.startswith("vitd: note: ") for line in lines[:-1])
    assert [line for line in lines if "observations read" in line and "note" not in line] == [lines[-1]]
    assert lines[-1].startswith("vitd: 6 observations read")
    assert "99 interpreted" not in err


def test_subprocess_terminal_stream_gets_no_escape(tmp_path: Path) -> None:
    path = _fhir(tmp_path / "b.json")
    proc = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", str(path), "-f", "rich"], capture_output=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "COLUMNS": "100", "TERM": "xterm-256color"})
    assert proc.returncode == 0, proc.stderr
    for stream in (proc.stdout, proc.stderr):
        assert b"\x1b" not in stream and b"\x07" not in stream and "\x9b".encode() not in stream
    assert SENTINEL.encode() not in proc.stderr


# ------------------------------------------------------------------ item 4: --redact hides every identifier


IDENTIFIERS = ("P-001", "P-002", "P-003", NAME, "Jane Roe", "Jane Poe", "MRN778899", "MRN778800", "MRN778801", "19700101")


@pytest.mark.parametrize("fmt", FORMATS)
def test_redact_hashes_every_identifier_column(tmp_path: Path, fmt: str) -> None:
    path = _labs_csv(tmp_path / "Jane_Doe_MRN778899.csv")
    code, out, err = run_cli(["interpret", str(path), "-f", fmt, "--redact", "--redact-salt", "k"])
    assert code == 0, err
    for ident in (*IDENTIFIERS, "Jane_Doe", "MRN778899.csv", str(tmp_path)):
        assert ident not in out, (ident, fmt)
        assert ident not in err, (ident, fmt)
    assert "anon-" in out or fmt == "rich"  # (the Rich report of a file shows subjects with findings only)


def test_redact_csv_cells_are_the_pseudonyms(tmp_path: Path) -> None:
    path = _labs_csv(tmp_path / "labs.csv")
    _, out, _ = run_cli(["interpret", str(path), "-f", "csv", "--redact", "--redact-salt", "k", "-q"])
    rows = list(csv.DictReader(io.StringIO(out)))
    salt = b"k"
    assert rows[0]["Patient ID"] == pseudonym("P-001", salt)
    assert rows[0]["Patient Name"] == pseudonym(NAME, salt)
    assert rows[0]["MRN"] == pseudonym("MRN778899", salt)
    assert rows[0]["DOB"] == pseudonym("1970-01-01", salt)
    assert rows[0]["Test"] == "Vitamin D" and rows[0]["Collected"] == "2024-01-01"  # not identifiers: kept


def test_redact_json_keeps_input_key_without_the_file_name(tmp_path: Path) -> None:
    path = _labs_csv(tmp_path / "Jane_Doe_MRN778899.csv")
    _, out, _ = run_cli(["interpret", str(path), "-f", "json", "--redact", "-q"])
    doc = json.loads(out)
    assert "name" in doc["input"] and doc["input"]["name"] is None
    _, out, _ = run_cli(["interpret", str(path), "-f", "json", "-q"])
    assert json.loads(out)["input"]["name"].endswith("Jane_Doe_MRN778899.csv")  # without --redact it is kept
    _, out, _ = run_cli(["interpret", str(path), "--summary", "-f", "json", "--redact", "-q"])
    assert json.loads(out)["input"] is None


def test_redact_refuses_a_file_without_identifier_column(tmp_path: Path) -> None:
    path = tmp_path / "labs.csv"
    path.write_text("Lab No,Test,Value,Unit\nL-4711,Vitamin D,18,ng/mL\n", encoding="utf-8")
    code, out, err = run_cli(["interpret", str(path), "-f", "csv", "--redact"])
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith("vitd: error: --redact found no identifier column") and "--subject" in err
    code, out, err = run_cli(["interpret", str(path), "-f", "csv", "--redact", "--redact-salt", "k", "--subject", "Lab No", "-q"])
    assert code == 0, err
    assert "L-4711" not in out and pseudonym("L-4711", b"k") in out


def test_subject_option_groups_like_columns_subject(tmp_path: Path) -> None:
    path = tmp_path / "labs.csv"
    path.write_text("Lab No,Test,Value,Unit\nL-1,Vitamin D,18,ng/mL\nL-1,Calcium,8.1,mg/dL\nL-2,Calcium,9.1,mg/dL\n", encoding="utf-8")
    _, a, _ = run_cli(["interpret", str(path), "-f", "json", "--subject", "Lab No", "-q"])
    _, b, _ = run_cli(["interpret", str(path), "-f", "json", "--columns", "subject=Lab No", "-q"])
    assert json.loads(a)["panels"] == json.loads(b)["panels"]
    assert {p["subject"] for p in json.loads(a)["panels"]} == {"L-1", "L-2"}
    code, _, err = run_cli(["interpret", str(path), "--subject", "Nope"])
    assert code == 2 and "--subject: no column 'Nope'" in err


def test_redact_salt_without_redact_is_refused(tmp_path: Path) -> None:
    path = _labs_csv(tmp_path / "labs.csv")
    code, out, err = run_cli(["interpret", str(path), "--redact-salt", "k", "-f", "csv"])
    assert code == 2 and out == ""
    assert err == "vitd: error: --redact-salt was given without --redact: nothing would be redacted (add --redact)\n"


@pytest.mark.parametrize("kind", ["fhir", "hl7"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_redact_interop_keeps_working_and_leaves_no_name(inputs: dict[str, Path], kind: str, fmt: str) -> None:
    code, out, err = run_cli(["interpret", str(inputs[kind]), "-f", fmt, "--redact", "--redact-salt", "k"])
    assert code == 0, err
    for ident in ("MRN778899", "Patient/p1", SENTINEL, "19700101"):
        assert ident not in err
    assert "MRN778899" not in out and "Patient/p1" not in out


def test_subject_option_is_for_csv_only(inputs: dict[str, Path]) -> None:
    code, _, err = run_cli(["interpret", str(inputs["fhir"]), "--subject", "x"])
    assert code == 2 and "--subject names a CSV/TSV column" in err


def test_redact_subprocess_end_to_end(tmp_path: Path) -> None:
    path = _labs_csv(tmp_path / "Jane_Doe_MRN778899.csv")
    proc = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", str(path), "-f", "html", "--redact"],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    for ident in (*IDENTIFIERS, "Jane_Doe"):
        assert ident not in proc.stdout and ident not in proc.stderr


def test_redact_names_no_folder_and_hashes_other_identifiers_mimic_style(tmp_path: Path) -> None:
    folder = tmp_path / "Jane_Doe_MRN778899"
    folder.mkdir()
    (folder / "D_LABITEMS.csv").write_text("ITEMID,LABEL,FLUID,CATEGORY,LOINC_CODE\n50893,Calcium Total,Blood,Chemistry,2000-8\n", encoding="utf-8")
    labs = folder / "LABEVENTS.csv"
    labs.write_text("SUBJECT_ID,HADM_ID,ITEMID,CHARTTIME,VALUE,VALUENUM,VALUEUOM,FLAG\n"
                    "4242,777001,50893,2150-01-01 08:00:00,8.1,8.1,mg/dL,abnormal\n", encoding="utf-8")
    for fmt in ("json", "csv", "rich", "html"):
        code, out, err = run_cli(["interpret", str(labs), "-f", fmt, "--redact"])
        assert code == 0, err
        for ident in ("Jane_Doe", "777001", "4242"):
            assert ident not in out and ident not in err, (ident, fmt)
    doc = json.loads(run_cli(["interpret", str(labs), "-f", "json", "--redact", "-q"])[1])
    assert doc["input"]["name"] is None and doc["input"]["dictionary"] == "D_LABITEMS.csv"


def test_unknown_column_errors_do_not_repeat_a_data_line(tmp_path: Path) -> None:
    path = tmp_path / "noheader.csv"
    path.write_text(f"P-001,{SENTINEL},MRN778899,Vitamin D,18,ng/mL\n", encoding="utf-8")
    for argv in (["--subject", "Patient"], ["--columns", "value=Result"]):
        code, _out, err = run_cli(["interpret", str(path), *argv])
        assert code == 2 and "no column" in err and "looks like data" in err
        _no_secret(err)
