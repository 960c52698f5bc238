"""Property-based hardening tests (issue 7): conversions round-trip, flags are monotone, the same result typed, in CSV,
in FHIR and in HL7 is interpreted the same, and arbitrary text or bytes never make the CLI crash or lose a row.

The CLI runs in-process (vitd_cli.cli.main with argv); hypothesis settings are modest so the suite stays fast.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cli_runner import run_cli
from vitd_cli.errors import VitdError
from vitd_cli.interpret import interpret
from vitd_cli.reference import load
from vitd_cli.reference.units import convert

REF = load()
FAST = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
FLAG_RANK = {"low": 0, "normal": 1, "high": 2}
COUNT_LINE = re.compile(r"^vitd: ([\d,]+) (?:rows?|observations? read): ([\d,]+) interpreted(?: \([\d,]+ results\))?, ([\d,]+) other tests?(?: \(of which [^)]*\))?, ([\d,]+) skipped")


def assert_clean_exit(code: int, err: str) -> None:
    """Exit 0, 1 or 2; an error is exactly one 'vitd: error:' line and never an internal error or a traceback."""
    assert code in (0, 1, 2), (code, err)
    assert "Traceback" not in err, err
    assert "internal error" not in err, err
    if code == 2:
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("vitd: error: "), err


def counts(err: str) -> tuple[int, int, int, int]:
    """(total, interpreted, other tests, skipped) from the row-count line on stderr."""
    for line in err.splitlines():
        m = COUNT_LINE.match(line)
        if m:
            total, a, b, c = (int(g.replace(",", "")) for g in m.groups())
            return total, a, b, c
    raise AssertionError(f"no row-count line in {err!r}")


# ------------------------------------------------------------------ units


CONVERTIBLE = [(a.id, u, v) for a in REF.analytes.values() for u in a.units for v in a.units if u != v]


@FAST
@given(st.sampled_from(CONVERTIBLE), st.floats(min_value=1e-6, max_value=1e9, allow_nan=False, allow_infinity=False))
def test_convert_there_and_back_returns_the_value(pair: tuple[str, str, str], value: float) -> None:
    analyte_id, src, dst = pair
    analyte = REF.analytes[analyte_id]
    try:
        there = convert(value, src, dst, analyte, REF.units)
    except VitdError as exc:  # e.g. an analyte without a molar mass cannot go mass <-> molar
        assert exc.code == "unit-wrong"
        return
    back = convert(there, dst, src, analyte, REF.units)
    assert math.isclose(back, value, rel_tol=1e-9), (value, there, back)


@FAST
@given(st.sampled_from(CONVERTIBLE), st.floats(min_value=1e300, max_value=1.7e308))
def test_convert_never_returns_inf(pair: tuple[str, str, str], value: float) -> None:
    analyte_id, src, dst = pair
    try:
        out = convert(value, src, dst, REF.analytes[analyte_id], REF.units)
    except VitdError as exc:
        assert exc.code in ("value-implausible", "unit-wrong")
        return
    assert math.isfinite(out)


# ------------------------------------------------------------------ flags


def _schemes() -> list[tuple[str, str]]:
    return [(a, s) for a, schemes in REF.schemes.items() if a != "corrected_calcium" for s in schemes]


def _flag(analyte: str, scheme: str, value_si: float) -> str:
    unit = REF.analytes[analyte].si_unit
    kwargs = {"guideline": scheme} if analyte == "vitamin_d" else {"schemes": {analyte: scheme}}
    report = interpret({analyte: f"{value_si!r} {unit}"}, [], **kwargs)
    (result,) = [r for p in report.panels for r in p.results if r.analyte == analyte]
    return result.flag


@settings(max_examples=100, deadline=None, database=None)
@given(st.sampled_from(_schemes()), st.floats(0, 1), st.floats(0, 1))
def test_flag_is_monotone_in_the_value(pair: tuple[str, str], a: float, b: float) -> None:
    analyte, scheme = pair
    lo, hi = REF.analytes[analyte].plausible
    x, y = sorted((lo + (hi - lo) * a, lo + (hi - lo) * b))
    assert FLAG_RANK[_flag(analyte, scheme, x)] <= FLAG_RANK[_flag(analyte, scheme, y)], (analyte, scheme, x, y)


# ------------------------------------------------------------------ typed = CSV = FHIR = HL7

SAME = {  # analyte: (name a lab prints, LOINC, conventional unit)
    "vitamin_d": ("Vitamin D, 25-Hydroxy", "1989-3", "ng/mL"),
    "calcium": ("Calcium", "17861-6", "mg/dL"),
    "magnesium": ("Magnesium", "19123-9", "mg/dL"),
    "albumin": ("Albumin", "1751-7", "g/dL"),
    "pth": ("PTH, intact", "2731-8", "pg/mL"),
    "phosphate": ("Phosphorus", "2777-1", "mg/dL"),
}


def _typed(analyte: str, text: str) -> tuple[float, str, str]:
    report = interpret({analyte: text}, [])
    (r,) = [r for p in report.panels for r in p.results if r.analyte == analyte]
    return r.value, r.flag, r.category


def _from_file(path: Path) -> tuple[float, str, str]:
    code, out, err = run_cli(["interpret", str(path), "-f", "ndjson"])
    assert code == 0, err
    (row,) = [json.loads(line) for line in out.splitlines() if line.strip()]
    if "vitd_flag" in row:  # FHIR / HL7 rows
        return row["vitd_value_si"], row["vitd_flag"], row["vitd_category"]
    return row["value"], row["flag"], row["category"]


@settings(max_examples=40, deadline=None, database=None)
@given(st.sampled_from(sorted(SAME)), st.floats(0, 1))
def test_same_result_typed_csv_fhir_hl7(analyte: str, where: float) -> None:
    name, loinc, unit = SAME[analyte]
    a = REF.analytes[analyte]
    lo, hi = a.plausible
    si = lo + (hi - lo) * where
    value = round(convert(si, a.si_unit, unit, a, REF.units), 3)
    assume(value > 0)
    text = f"{value:g}"
    try:
        expected = _typed(analyte, f"{text} {unit}")
    except VitdError:
        assume(False)  # rounded out of the plausible range
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        (tmp / "r.csv").write_text(f'subject,test,value,unit\nP1,"{name}",{text},{unit}\n', encoding="utf-8")
        obs = {"resourceType": "Observation", "status": "final", "subject": {"reference": "Patient/P1"},
               "code": {"coding": [{"system": "http://loinc.org", "code": loinc}], "text": name},
               "valueQuantity": {"value": float(text), "unit": unit}}
        (tmp / "r.json").write_text(json.dumps(obs), encoding="utf-8")
        (tmp / "r.hl7").write_text(f"MSH|^~\\&|LAB|H|||20240101||ORU^R01|1|P|2.5\rPID|||P1\rOBX|1|NM|{loinc}^{name}^LN||{text}|{unit}|||||F\r",
                                   encoding="utf-8")
        for f in ("r.csv", "r.json", "r.hl7"):
            got = _from_file(tmp / f)
            assert got[1:] == expected[1:], (f, got, expected)
            assert math.isclose(got[0], expected[0], rel_tol=1e-9), (f, got, expected)


# ------------------------------------------------------------------ arbitrary input

ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@FAST
@given(st.sampled_from(["--vitd", "--calcium", "--magnesium", "--pth", "--albumin", "--phosphate", "--ionized-calcium"]), ANY_TEXT)
def test_any_typed_text_is_an_answer_or_one_line(option: str, text: str) -> None:
    code, _out, err = run_cli(["interpret", f"{option}={text}", "--format", "json"])
    assert_clean_exit(code, err)


@FAST
@given(st.lists(st.tuples(ANY_TEXT, st.sampled_from(["Vitamin D", "Calcium", "Magnesium", "PTH", "Albumin", "Sodium"]) | ANY_TEXT,
                          ANY_TEXT, st.sampled_from(["ng/mL", "mg/dL", "mmol/L", "nmol/L", ""]) | ANY_TEXT), min_size=1, max_size=8))
def test_any_cell_text_keeps_the_row_accounting(rows: list[tuple[str, str, str, str]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # with "\n", csv leaves a bare "\r" in a cell unquoted: a line end
    w.writerow(["subject", "test", "value", "unit"])
    w.writerows(rows)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "labs.csv"
        path.write_bytes(buf.getvalue().encode("utf-8"))
        code, out, err = run_cli(["interpret", str(path), "-f", "csv"])
    assert_clean_exit(code, err)
    if code == 2:
        return
    total, a, b, c = counts(err)
    assert a + b + c == total
    data_rows = [r for r in rows if any(cell.strip() for cell in r)]
    assert total in (len(rows), len(data_rows)), (total, rows)
    assert len(list(csv.reader(io.StringIO(out, newline="")))) - 1 == total  # every counted row is in the output


@settings(max_examples=80, deadline=None, database=None)
@given(st.sampled_from([".csv", ".tsv", ".json", ".ndjson", ".hl7", ".txt"]), st.sampled_from([b"", b"MSH|^~\\&|", b'{"resourceType":', b"subject,test,value,unit\n"]),
       st.binary(max_size=300), st.sampled_from(["csv", "json", "ndjson", "fhir", "html"]))
def test_any_bytes_as_a_file(suffix: str, prefix: bytes, body: bytes, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"input{suffix}"
        path.write_bytes(prefix + body)
        code, _out, err = run_cli(["interpret", str(path), "-f", fmt])
    assert_clean_exit(code, err)
    if code != 2:
        total, a, b, c = counts(err)
        assert a + b + c == total


@pytest.mark.parametrize("text", ["1/0", "meter**1000", "__import__('os').system('id')", "${HOME}", "$(id)", "ng/mL; rm -rf /", "eval('1')"])
def test_unit_text_is_looked_up_never_evaluated(text: str) -> None:
    code, out, err = run_cli(["interpret", f"--vitd=18 {text}"])
    assert code == 2 and out == ""
    assert err.startswith(("vitd: error: unknown unit", "vitd: error: cannot read a number")) and err.count("\n") == 1, err
