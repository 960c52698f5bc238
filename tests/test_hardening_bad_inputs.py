"""Hardening (issue 7): a corpus of broken and hostile inputs (tests/bad_inputs/) with the exact exit code and message,
the size and depth limits, the fuzzers' crashes replayed, and --ranges files that are not what they should be.

Big inputs are generated at run time into tmp_path (nothing of that size is committed).
"""

from __future__ import annotations

import gzip
import io
import time
import tracemalloc
from pathlib import Path

import pytest

from cli_runner import run_cli
from vitd_cli.readers import fhir, fhir_json, fhir_walk, hl7, source

BAD = Path(__file__).resolve().parent / "bad_inputs"


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("vitd: error: "), err
    assert "internal error" not in err and "Traceback" not in err, err
    return lines[0]


# file -> (exit code, a substring of the stderr line that matters: the error, the row-count line, or a note; run with -v, which
# shows every note, the details such as a skipped observation's too)
TABLE = {
    "truncated_quote.csv": (2, "row 2 (line 3) has 3 fields where the header has 4"),
    "ragged.csv": (2, "row 1 (line 2) has 2 fields where the header has 4"),
    "nul_byte.csv": (2, "nul_byte.csv holds binary data (a NUL byte near byte 38), not CSV/TSV text"),
    "cp1252_unit.csv": (0, "vitd: 1 row: 1 interpreted, 0 other tests, 0 skipped"),
    "workbook.xlsx.csv": (2, "workbook.xlsx.csv is a zip archive (an .xlsx workbook is one), not a CSV/TSV text file"),
    "empty.csv": (2, "empty.csv is empty: no header and no rows"),
    "blank_lines.csv": (2, "blank_lines.csv is empty: no header and no rows"),
    "absurd_values.csv": (0, "vitd: 6 rows: 1 interpreted, 0 other tests, 5 skipped (2 implausible value, 1 empty value, 1 not a number, 1 negative value"),
    "unit_expressions.csv": (0, "vitd: 5 rows: 1 interpreted, 0 other tests, 4 skipped (4 unknown unit"),
    "damaged.csv.gz": (2, "damaged.csv.gz: not readable as gzip (Error -3 while decompressing data: invalid block type)"),
    "truncated.json": (2, "the FHIR document is not valid JSON: Expecting ',' delimiter at line 1 column 170 (check the file is complete and not cut off)"),
    "nan_value.json": (0, "observation 1: vitamin_d skipped: value not read (not a number)"),  # stderr names the kind, not the value
    "inf_value.json": (0, "observation 1: vitamin_d skipped: value not read (not a number)"),
    "unit_expression.json": (0, "observation 1: vitamin_d skipped: value not read (unknown unit)"),
    "not_a_resource.json": (2, "not a FHIR resource (no resourceType)"),
    "wrong_types.json": (0, "vitd: 1 observation read: 0 interpreted, 1 other test, 0 skipped"),
    "operation_outcome.json": (2, "the input is an OperationOutcome (a server's error report): no issue code"),  # its diagnostics are free text: not quoted
    "truncated.ndjson": (2, "NDJSON line 2 is not valid JSON: Expecting value at line 1 column 18"),
    "msh_too_short.hl7": (2, "line 1: the MSH segment is too short to declare its separators"),
    "msh_bad_separators.hl7": (2, "line 1: MSH declares invalid separators '^^^^^^'"),
    "wrapped_segment.hl7": (2, "message 1, line 4 is not an HL7 v2 segment"),
    "no_msh.hl7": (2, "cannot tell which columns of"),  # no MSH: not sniffed as HL7, read as a table, which it is not
    "absurd_values.hl7": (0, "vitd: 4 observations read: 1 interpreted, 0 other tests, 3 skipped"),
    "latin1.hl7": (0, "the file is not UTF-8: read as ISO 8859-1"),
    "truncated.hl7": (0, "vitd: 1 observation read: 1 interpreted, 0 other tests, 0 skipped"),
    "formula.hl7": (0, "message 1, OBX at line 3: vitamin_d skipped: value not read (text result)"),
}


def test_every_corpus_file_is_in_the_table() -> None:
    assert sorted(p.name for p in BAD.iterdir() if p.is_file() and not p.name.startswith("inputs_")) == sorted(TABLE)  # inputs_*: test_safety_inputs.py


@pytest.mark.parametrize("name", sorted(TABLE))
def test_bad_input(name: str) -> None:
    want_code, want = TABLE[name]
    code, _out, err = run_cli(["interpret", str(BAD / name), "-f", "csv", "-v"])
    assert code == want_code, err
    assert "Traceback" not in err and "internal error" not in err, err
    if code == 2:
        one_error_line(err)
    assert want in err, err


@pytest.mark.parametrize("path", sorted((BAD / "fuzz").iterdir()), ids=lambda p: p.name)
def test_fuzz_crash_replayed(path: Path, tmp_path: Path) -> None:
    """Inputs atheris found (fuzz/run.py): the first byte chose the suffix (readers) or was FuzzedDataProvider's."""
    data = path.read_bytes()
    if path.name.startswith("readers-"):
        suffixes = (".csv", ".tsv", ".json", ".ndjson", ".hl7", ".csv.gz")
        target = tmp_path / ("input" + suffixes[data[0] % len(suffixes)])
        target.write_bytes(data[1:])
        argv = ["interpret", str(target), "-f", "csv"]
    else:  # units: the value text, as typed, for calcium (the analyte the crash was found with)
        argv = ["interpret", "--calcium=" + data.decode("utf-8", "replace").split("\n", 1)[-1]]
    code, _out, err = run_cli(argv)
    assert code in (0, 1, 2)
    if code == 2:
        one_error_line(err)


def test_multiline_cell_in_an_error_stays_one_line(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text('"a\nPID|1||MRN12","b\r\nc"\n1,2\n', encoding="utf-8")
    code, _out, err = run_cli(["interpret", str(path)])
    assert code == 2
    one_error_line(err)


def test_missing_value_after_no_unit_hint_is_quoted() -> None:
    code, _out, err = run_cli(["interpret", "--calcium=>\n,55"])
    assert code == 2
    one_error_line(err)


# ------------------------------------------------------------------ limits


def _write_big(path: Path, head: bytes, fill: bytes, total: int) -> None:
    chunk = fill * ((1 << 20) // len(fill))
    with open(path, "wb") as fh:
        fh.write(head)
        for _ in range(total // len(chunk)):
            fh.write(chunk)


def test_a_200_mb_line_stops_quickly_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "one_line.csv"
    _write_big(path, b"subject,test,value,unit\n1,Vitamin D,", b"9", 200 << 20)
    tracemalloc.start()
    t0 = time.monotonic()
    try:
        code, _out, err = run_cli(["interpret", str(path), "-f", "csv"])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - t0 < 10
    assert code == 2
    assert f"a line is longer than {source.MAX_LINE_BYTES >> 20} MiB" in one_error_line(err)
    assert peak < 160 << 20, peak  # stops after MAX_LINE_BYTES; never holds the 200 MB


def test_a_huge_field_in_a_gzip_stops_too(tmp_path: Path) -> None:
    path = tmp_path / "big.csv.gz"
    with gzip.open(path, "wb", compresslevel=1) as fh:
        fh.write(b'subject,test,value,unit\n1,Vitamin D,"')
        fh.write(b"x" * (source.MAX_LINE_BYTES + (1 << 20)))
    code, _out, err = run_cli(["interpret", str(path), "-f", "csv"])
    assert code == 2
    assert "a line is longer than" in one_error_line(err)


def test_fhir_document_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with open(path, "wb") as fh:
        fh.write(b'{"resourceType": "Bundle", "entry": [], "pad": "')
        fh.truncate(fhir.MAX_BYTES + 10)  # sparse: cheap to make
    code, _out, err = run_cli(["interpret", str(path)])
    assert code == 2
    assert f"the FHIR document is larger than {fhir.MAX_BYTES >> 20} MiB" in one_error_line(err)


def test_ndjson_line_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.ndjson"
    obs = b'{"resourceType": "Observation", "status": "final"}\n'
    _write_big(path, obs + b'{"resourceType": "Observation", "note": "', b"y", fhir.MAX_LINE_BYTES + (2 << 20))
    code, _out, err = run_cli(["interpret", str(path)])
    assert code == 2
    assert f"NDJSON line 2 is larger than {fhir.MAX_LINE_BYTES >> 20} MiB" in one_error_line(err)


def test_hl7_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.hl7"
    with open(path, "wb") as fh:
        fh.write(b"MSH|^~\\&|LAB|H|||20240101||ORU^R01|1|P|2.5\rNTE|1||")
        fh.truncate(hl7.MAX_BYTES + 10)
    code, _out, err = run_cli(["interpret", str(path)])
    assert code == 2
    assert f"the HL7 input is larger than {hl7.MAX_BYTES >> 20} MiB" in one_error_line(err)


@pytest.mark.parametrize("depth", [fhir_json.MAX_DEPTH + 1, 100_000])
def test_deep_json_is_refused(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"resourceType": "Bundle", "entry": ' + "[" * depth + "]" * depth + "}", encoding="utf-8")
    code, _out, err = run_cli(["interpret", str(path)])
    assert code == 2
    assert f"nested more than {fhir_json.MAX_DEPTH} levels deep" in one_error_line(err)


def test_brackets_inside_strings_do_not_count_as_depth(tmp_path: Path) -> None:
    path = tmp_path / "strings.json"
    path.write_text('{"resourceType": "Observation", "status": "final", "note": [{"text": "' + "[" * 500 + '"}]}', encoding="utf-8")
    code, _out, err = run_cli(["interpret", str(path)])
    assert code == 0, err


def test_deeply_nested_bundles_are_refused(tmp_path: Path) -> None:
    doc = '{"resourceType": "Observation", "status": "final"}'
    for _ in range(fhir_walk.MAX_BUNDLE_NESTING + 2):
        doc = '{"resourceType": "Bundle", "entry": [{"resource": ' + doc + "}]}"
    path = tmp_path / "nested.json"
    path.write_text(doc, encoding="utf-8")
    code, _out, err = run_cli(["interpret", str(path)])
    assert code == 2
    assert f"Bundles nested more than {fhir_walk.MAX_BUNDLE_NESTING} deep" in one_error_line(err)


def test_many_hl7_segments_and_components_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "wide.hl7"
    obx = "OBX|1|NM|1989-3^VitD^LN||18|ng/mL|||||F" + "|" * 5000 + "^" * 5000
    path.write_text("MSH|^~\\&|LAB|H|||20240101||ORU^R01|1|P|2.5\rPID|||P1\r" + "\r".join([obx] * 200) + "\r", encoding="utf-8")
    t0 = time.monotonic()
    code, _out, err = run_cli(["interpret", str(path), "-f", "json"])
    assert time.monotonic() - t0 < 10
    assert code == 0, err
    assert "200 observations read" in err


@pytest.mark.parametrize("value", ["1e308 ng/mL", "1.7976931348623157e308 pg/mL", "9" * 400 + " ng/mL"])
def test_absurdly_large_values(value: str) -> None:
    code, out, err = run_cli(["interpret", f"--vitd={value}"])
    assert code == 2 and out == ""
    line = one_error_line(err)
    assert "inf" not in line.replace("info", "")


def test_convert_never_prints_inf() -> None:
    code, out, err = run_cli(["convert", "1e308 ng/mL", "--analyte", "vitamin_d"])
    assert code == 2 and out == ""
    assert "too large to convert" in one_error_line(err)


# ------------------------------------------------------------------ --ranges files


RANGES_OK = """[[schemes]]
id = "lab"
analyte = "vitamin_d"
name = "L"
source = "s"
[[schemes.bands]]
category = "low"
flag = "low"
below = {{ "{unit}" = {cut} }}
label = "l"
source = "s"
[[schemes.bands]]
category = "ok"
flag = "normal"
label = "l"
source = "s"
"""


@pytest.mark.parametrize(("text", "want"), [
    ("[[schemes]\n", "r.toml: not valid TOML: Expected ']]' at the end of an array declaration (at line 1, column 10)"),
    ('[[schemes]]\nid = "x"\nanalyte = "vitamin_d"\n', "r.toml (line 2): scheme 'x'.name: Field required"),
    ("title = 1\n", "r.toml: no [[schemes]] table"),
    (RANGES_OK.format(unit="furlong", cut=30.0), "r.toml (line 2): scheme 'lab': band 'low': unit 'furlong' is not a unit of vitamin_d"),
    (RANGES_OK.replace('analyte = "vitamin_d"', 'analyte = "unobtainium"').format(unit="ng/mL", cut=30.0), "unknown analyte 'unobtainium'"),
])
def test_ranges_file_errors_name_the_file_and_key(tmp_path: Path, text: str, want: str) -> None:
    path = tmp_path / "r.toml"
    path.write_text(text, encoding="utf-8")
    code, _out, err = run_cli(["interpret", "--vitd", "18 ng/mL", "--ranges", str(path)])
    assert code == 2
    assert want in one_error_line(err)


@pytest.mark.parametrize("data", [b'schemes = ["x"]\n', b"\xff\xfe[[schemes]]\n"])
def test_ranges_file_oddities_are_input_errors(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "r.toml"
    path.write_bytes(data)
    code, _out, err = run_cli(["interpret", "--vitd", "18 ng/mL", "--ranges", str(path)])
    assert code == 2
    one_error_line(err)


# ------------------------------------------------------------------ hostile options


@pytest.mark.parametrize(("extra", "want"), [
    (["--encoding", "rot13"], "--encoding 'rot13' is not a text encoding"),
    (["--encoding", "base64"], "--encoding 'base64' is not a text encoding"),
    (["--encoding", "no-such-codec"], "--encoding 'no-such-codec' is not an encoding Python knows"),
    (["--encoding", "utf-16"], "is not readable as utf-16: UTF-16 stream does not start with BOM"),
    (["--encoding", "utf-32"], "is not valid utf-32"),
    (["--panel-window", "1e400h"], "--panel-window '1e400h' is not a duration"),
    (["--age", "nan"], "age nan is not a plausible age in years"),
    (["--age", "1e400"], "age inf is not a plausible age in years"),
    (["--map", "=:"], "--map '=:' is not COLUMN=analyte:unit"),
    (["-o", "/nonexistent-dir/x.csv"], "cannot write '/nonexistent-dir/x.csv': No such file or directory"),
    (["-o", "/dev/full"], "input/output error: No space left on device"),
])
def test_hostile_options(tmp_path: Path, extra: list[str], want: str) -> None:
    if extra[:2] == ["-o", "/dev/full"] and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    path = tmp_path / "labs.csv"
    path.write_text("subject,test,value,unit\nP1,Vitamin D,18,ng/mL\n", encoding="utf-8")
    code, _out, err = run_cli(["interpret", str(path), "-f", "csv", *extra])
    assert code == 2
    assert want in one_error_line(err)


def test_a_report_with_many_contained_results_is_read_in_linear_time() -> None:
    """'#id' references used to be resolved by scanning `contained`: 20 000 results took minutes (O(n^2))."""
    n = 20_000
    obs = [{"resourceType": "Observation", "id": f"o{i}", "status": "final", "valueQuantity": {"value": 18, "unit": "ng/mL"},
            "code": {"coding": [{"system": "http://loinc.org", "code": "1989-3"}]}} for i in range(n)]
    report = {"resourceType": "DiagnosticReport", "subject": {"reference": "Patient/p"}, "contained": obs,
              "result": [{"reference": f"#o{i}"} for i in range(n)]}
    import json

    t0 = time.monotonic()
    records = list(fhir.read_fhir(io.BytesIO(json.dumps(report).encode())))
    assert time.monotonic() - t0 < 5
    assert len(records) == n and all(r.subject == "Patient/p" for r in records)  # type: ignore[union-attr]
