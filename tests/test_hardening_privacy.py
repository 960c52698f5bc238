"""Hardening (issue 7): no network, nothing written but the output asked for, --redact for FHIR/HL7 (interop_files),
and CSV output that a spreadsheet cannot run as formulas."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import tempfile
from pathlib import Path

import pytest

from cli_runner import run_cli
from vitd_cli.files import FileOptions, interpret_file
from vitd_cli.pipeline.interop_files import pseudonym

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
BAD = REPO / "tests" / "bad_inputs"
RISKY = ("=", "+", "-", "@", "\t", "\r")


def _labs_csv(path: Path) -> Path:
    path.write_text("subject,test,value,unit\nP1,Vitamin D,18,ng/mL\nP1,Calcium,8.1,mg/dL\nP2,Magnesium,1.5,mg/dL\n", encoding="utf-8")
    return path


RUNS = [
    ["interpret", "--vitd", "18 ng/mL", "--calcium", "8.1 mg/dL", "--symptom", "twitching"],
    ["interpret", "--vitd", "18 ng/mL", "-f", "json"],
    ["interpret", "--vitd", "18 ng/mL", "-f", "html"],
    ["interpret", "--vitd", "18 ng/mL", "-f", "fhir"],
    ["interpret", "--example", "-f", "json"],
    ["convert", "50 nmol/L", "--analyte", "vitamin_d"],
    ["ranges", "-f", "json"],
    ["interpret", "{csv}", "-f", "csv"],
    ["interpret", "{csv}", "-f", "json"],
    ["interpret", "{csv}", "-f", "html"],
    ["interpret", "{csv}", "-f", "fhir"],
    ["interpret", "{csv}", "--summary"],
    ["interpret", str(DATA / "fhir" / "bundle_searchset.json"), "-f", "json"],
    ["interpret", str(DATA / "fhir" / "observations.ndjson"), "-f", "fhir"],
    ["interpret", str(DATA / "hl7" / "oru_r01_v251_mllp.hl7"), "-f", "html"],
    ["interpret", str(DATA / "hl7" / "oru_r01_v23_lf.hl7"), "-f", "csv"],
]


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way out blocked; any attempt is recorded (and fails)."""
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def _refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(f"{name}{args[1:] if args and isinstance(args[0], socket.socket) else args}")
            raise OSError(f"network access attempted: {name}")
        return _refuse

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


@pytest.mark.parametrize("argv", RUNS, ids=lambda a: " ".join(a[:4]).replace(str(DATA) + "/", ""))
def test_no_network_and_nothing_written(argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_network: list[str]) -> None:
    labs = _labs_csv(tmp_path / "labs.csv")
    cwd, tmpdir, home = tmp_path / "cwd", tmp_path / "tmp", tmp_path / "home"
    for d in (cwd, tmpdir, home):
        d.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setattr(tempfile, "tempdir", None)  # tempfile caches the temp dir: make it look again
    argv = [a.replace("{csv}", str(labs)) for a in argv]
    code, out, err = run_cli(argv)
    assert code == 0, err
    assert out
    assert no_network == []
    assert list(cwd.iterdir()) == [] and list(tmpdir.iterdir()) == [] and list(home.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd", "home", "labs.csv", "tmp"]


def test_output_file_is_the_only_file_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_network: list[str]) -> None:
    labs = _labs_csv(tmp_path / "labs.csv")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("TMPDIR", str(cwd))
    monkeypatch.setattr(tempfile, "tempdir", None)
    for fmt in ("csv", "json", "html", "fhir"):
        code, out, err = run_cli(["interpret", str(labs), "-f", fmt, "-o", f"out.{fmt}"])
        assert code == 0 and out == "", err
    assert sorted(p.name for p in cwd.iterdir()) == ["out.csv", "out.fhir", "out.html", "out.json"]
    assert no_network == []


def test_values_are_not_logged(tmp_path: Path) -> None:
    """stderr has the counts and notes, never the values or subjects of the rows (quiet: nothing at all)."""
    labs = _labs_csv(tmp_path / "labs.csv")
    code, _out, err = run_cli(["interpret", str(labs), "-f", "json"])
    assert code == 0
    assert "P1" not in err and "P2" not in err and "8.1" not in err
    code, _out, err = run_cli(["interpret", str(labs), "-f", "json", "--quiet"])
    assert code == 0 and err == ""


# ------------------------------------------------------------------ --redact (FHIR and HL7: interop_files)

INTEROP = sorted([*(DATA / "fhir").iterdir(), *(DATA / "hl7").iterdir()])


def _subjects(path: Path) -> set[str]:
    out = io.StringIO()
    interpret_file(str(path), FileOptions(fmt="json"), stdout=out, stderr=io.StringIO())
    return {p["subject"] for p in json.loads(out.getvalue())["panels"] if p.get("subject")}


@pytest.mark.parametrize("path", INTEROP, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["json", "csv", "ndjson", "fhir", "html", "rich"])
def test_redact_pseudonymises_subjects_in_every_output(path: Path, fmt: str) -> None:
    subjects = _subjects(path)
    assert subjects
    opts = FileOptions(fmt=fmt)
    opts.redact, opts.redact_salt = True, "pepper"  # type: ignore[attr-defined]  # the lead wires --redact to these
    out, err = io.StringIO(), io.StringIO()
    interpret_file(str(path), opts, stdout=out, stderr=err)
    text = out.getvalue() + err.getvalue()
    for s in subjects:
        assert s not in text, (s, fmt)
    for name in ("RICHARD", "JANE", "19700101"):  # PID-5 names and PID-7 birth date of the HL7 samples
        assert name not in text
    if fmt != "rich":
        assert any(pseudonym(s, b"pepper") in text for s in subjects)


def test_pseudonyms_are_stable_and_salted() -> None:
    assert pseudonym("MRN12345", b"a") == pseudonym("MRN12345", b"a")
    assert pseudonym("MRN12345", b"a") != pseudonym("MRN12345", b"b")
    assert pseudonym("MRN12345", b"a") != pseudonym("MRN12346", b"a")
    assert pseudonym(None, b"a") is None


def test_redact_keeps_panels_grouped() -> None:
    path = DATA / "fhir" / "observations.ndjson"
    plain, red = io.StringIO(), io.StringIO()
    interpret_file(str(path), FileOptions(fmt="json"), stdout=plain, stderr=io.StringIO())
    opts = FileOptions(fmt="json")
    opts.redact = True  # type: ignore[attr-defined]
    interpret_file(str(path), opts, stdout=red, stderr=io.StringIO())
    a, b = json.loads(plain.getvalue()), json.loads(red.getvalue())
    assert [len(p["results"]) for p in a["panels"]] == [len(p["results"]) for p in b["panels"]]
    assert a["rows"]["counts"] == b["rows"]["counts"]


# ------------------------------------------------------------------ spreadsheet safety


def _formula_csv(path: Path) -> Path:
    rows = [["subject", "test", "value", "unit", "comment"],
            ['=HYPERLINK("http://x","y")', "Vitamin D", "18", "ng/mL", "+cmd|' /C calc'!A0"],
            ["@SUM(1+1)", "Vitamin D", "=1+1", "ng/mL", "-2+3"],
            ["\tP3", "Calcium", "8.1", "mg/dL", "\t=x"],
            ["-P4", "=cmd", "7", "mg/dL", "@x"],
            ["+P5", "Vitamin D", "20", "=A1", "ok"]]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _is_risky(cell: str) -> bool:
    return cell.startswith(RISKY) and not _number(cell)


def _number(cell: str) -> bool:
    try:
        float(cell.strip().replace(",", "."))
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("sanitize", [False, True])
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_output_neutralises_formulas(tmp_path: Path, sanitize: bool, fmt: str) -> None:
    path = _formula_csv(tmp_path / "f.csv")
    code, out, err = run_cli(["interpret", str(path), "-f", fmt, *(["--sanitize"] if sanitize else [])])
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out), delimiter="\t" if fmt == "tsv" else ","))
    header, body = rows[0], rows[1:]
    assert len(body) == 5
    ours = [i for i, h in enumerate(header) if h.startswith("vitd_")]
    assert ours
    for row in body:
        assert not any(_is_risky(row[i]) for i in ours if i < len(row)), row
        original = row[: ours[0]]
        if sanitize:
            assert not any(_is_risky(c) for c in original), row
    if not sanitize:  # the input's own cells are copied untouched (the user did not ask for --sanitize)
        assert body[0][0] == '=HYPERLINK("http://x","y")'
    else:
        assert body[0][0] == "'=HYPERLINK(\"http://x\",\"y\")"
        assert body[2][0] == "'\tP3"


@pytest.mark.parametrize("cell", ["\r=x", "=x\ny"])
def test_sanitized_cell_with_a_line_break_stays_one_field(tmp_path: Path, cell: str) -> None:
    path = tmp_path / "cr.csv"
    path.write_bytes(b'subject,test,value,unit,comment\nP1,Vitamin D,18,ng/mL,"' + cell.encode() + b'"\n')
    code, out, err = run_cli(["interpret", str(path), "-f", "csv", "--sanitize"])
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert len(rows) == 2 and rows[1][4] == "'" + cell


@pytest.mark.parametrize("path", [BAD / "formula.hl7", DATA / "hl7" / "oru_r01_v23_lf.hl7"], ids=lambda p: p.name)
def test_hl7_csv_output_neutralises_formulas(path: Path) -> None:
    code, out, err = run_cli(["interpret", str(path), "-f", "csv"])
    assert code == 0, err
    for row in list(csv.reader(io.StringIO(out)))[1:]:
        assert not any(_is_risky(c) for c in row), row
    if path.name == "formula.hl7":
        assert "'=cmd" in out


def test_fhir_csv_output_neutralises_formulas(tmp_path: Path) -> None:
    obs = {"resourceType": "Observation", "status": "final", "subject": {"display": "=HYPERLINK(\"http://x\")"},
           "code": {"coding": [{"system": "http://loinc.org", "code": "1989-3"}], "text": "@SUM(A1)"},
           "valueString": "-18 ng/mL"}
    path = tmp_path / "o.json"
    path.write_text(json.dumps(obs), encoding="utf-8")
    code, out, err = run_cli(["interpret", str(path), "-f", "csv"])
    assert code == 0, err
    for row in list(csv.reader(io.StringIO(out)))[1:]:
        assert not any(_is_risky(c) for c in row), row


def test_environment_is_not_read_for_a_salt_unless_redacting(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitd_cli.pipeline.interop_files import redaction_salt

    monkeypatch.setenv("VITD_REDACT_SALT", "s1")
    assert redaction_salt() == b"s1"
    assert redaction_salt("given") == b"given"
    monkeypatch.delenv("VITD_REDACT_SALT")
    assert redaction_salt() != redaction_salt()  # random per run when no salt is given
    assert os.environ.get("VITD_REDACT_SALT") is None


# ------------------------------------------------------------------ HTML: hostile text stays text


@pytest.mark.parametrize("kind", ["csv", "fhir", "hl7"])
def test_html_report_escapes_hostile_text(tmp_path: Path, kind: str) -> None:
    evil = "<script>alert(1)</script>"
    if kind == "csv":
        path = tmp_path / "x.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([["subject", "test", "value", "unit"], [evil, "Vitamin D", "18", "ng/mL"],
                                      [evil, "Calcium", "8.1 " + evil, "mg/dL"]])
    elif kind == "fhir":
        path = tmp_path / "x.json"
        path.write_text(json.dumps({"resourceType": "Observation", "status": "final", "subject": {"display": evil},
                                    "code": {"coding": [{"system": "http://loinc.org", "code": "1989-3"}], "text": evil},
                                    "valueQuantity": {"value": 18, "unit": "ng/mL"},
                                    "referenceRange": [{"text": evil}]}), encoding="utf-8")
    else:
        path = tmp_path / "x.hl7"
        path.write_text(f"MSH|^~\\&|LAB|H|||20240101||ORU^R01|1|P|2.5\rPID|||{evil}\rOBX|1|NM|1989-3^{evil}^LN||18|ng/mL|{evil}||||F\r",
                        encoding="utf-8")
    code, out, err = run_cli(["interpret", str(path), "-f", "html"])
    assert code == 0, err
    assert "<script" not in out.lower()
    assert "&lt;script&gt;" in out
    assert "http://" not in out.replace("http://www.w3.org/2000/svg", "") and "https://" not in out
