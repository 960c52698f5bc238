"""Golden outputs of the file readers: every shape in tests/golden_readers/ (see its README) to CSV/TSV and NDJSON,
compared byte for byte with the stored output. VITD_UPDATE_GOLDEN=1 rewrites them (review the diff)."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from vitd_cli.files import FileOptions, interpret_file

GOLDEN = Path(__file__).resolve().parent / "golden_readers"
UPDATE = bool(os.environ.get("VITD_UPDATE_GOLDEN"))

CASES = {
    "portal_semicolon.csv": {},
    "lab_cp1252.tsv": {},
    "synthea_observations.csv": {},
    "mimic_labevents.csv": {"dictionary": str(GOLDEN / "mimic_d_labitems.csv")},
    "nhanes_vid.csv": {"maps": ["LBXVIDMS=vitamin_d:nmol/L"]},
    "wide_spreadsheet.csv": {},
}


def run(name: str, fmt: str, **extra: object) -> tuple[str, str]:
    """The output and stderr with -v: the stored stderr holds every note, the details too (docs/exports.md)."""
    out, err = io.StringIO(), io.StringIO()
    opts = FileOptions(fmt=fmt, **{"verbose": 1, **CASES[name], **extra})  # type: ignore[arg-type]
    interpret_file(str(GOLDEN / name), opts, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue().replace(str(GOLDEN) + os.sep, "")


def check(path: Path, text: str) -> None:
    if UPDATE or not path.exists():
        with path.open("w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    with path.open(encoding="utf-8", newline="") as fh:
        assert text == fh.read(), f"{path.name} differs (VITD_UPDATE_GOLDEN=1 to accept)"


@pytest.mark.parametrize("name", CASES)
def test_table_output(name: str) -> None:
    fmt = "tsv" if name.endswith(".tsv") else "csv"
    out, err = run(name, fmt)
    check(GOLDEN / f"{name}.{fmt}.out", out)
    check(GOLDEN / f"{name}.stderr.out", err)


@pytest.mark.parametrize("name", CASES)
def test_ndjson_output(name: str) -> None:
    out, _ = run(name, "ndjson")
    check(GOLDEN / f"{name}.ndjson.out", out)
    for line in out.splitlines():
        obj = json.loads(line)
        assert obj["flag"] in ("low", "normal", "high") and obj["unit"] and isinstance(obj["value"], float | int)


@pytest.mark.parametrize("name", CASES)
def test_round_trip(name: str) -> None:
    """The output holds the input's rows, in order, with the original cells untouched and the vitd columns after them."""
    fmt = "tsv" if name.endswith(".tsv") else "csv"
    out, _ = run(name, fmt)
    raw = (GOLDEN / name).read_bytes()
    text = raw.decode("utf-8-sig") if raw.startswith(b"\xef\xbb\xbf") else _decode(raw)
    delim = "\t" if name.endswith(".tsv") else ";" if "semicolon" in name else ","
    rows_in = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    out_delim = "\t" if fmt == "tsv" else delim
    rows_out = list(csv.reader(io.StringIO(out.lstrip("\ufeff"), newline=""), delimiter=out_delim))
    assert len(rows_out) == len(rows_in)
    width = len(rows_in[0])
    for a, b in zip(rows_in, rows_out):
        assert b[:width] == a
        assert b[width] in ("vitd_status", "interpreted", "other_test", "skipped")


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def test_every_golden_input_has_outputs() -> None:
    inputs = {p.name for p in GOLDEN.iterdir() if not p.name.endswith(".out") and p.name != "README.md" and p.name != "mimic_d_labitems.csv"}
    assert inputs == set(CASES)
