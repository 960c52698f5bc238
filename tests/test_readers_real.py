"""The real files in ../shared/data/: MIMIC-III demo with its dictionary (the subset and the whole LABEVENTS.csv.gz),
NHANES VID_J and BIOPRO (whose SI columns are a conversion oracle). Every CSV there is interpreted with no unexplained
skipped row, the counts add up to the input's rows, and the CSV output round-trips."""

from __future__ import annotations

import csv
import gzip
import io
import json
import time
from pathlib import Path

import pytest

from vitd_cli.errors import VitdError
from vitd_cli.files import FileOptions, interpret_file
from vitd_cli.readers.columns import load_columns

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA = SHARED / "data"
MIMIC = DATA / "mimic-iii-demo"
NHANES = DATA / "nhanes"
DICTIONARY = str(MIMIC / "D_LABITEMS.csv")

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data not found: the real lab files live there")

# The options each real file needs (none for BIOPRO: its NHANES columns are known in columns.toml).
OPTIONS = {
    "LABEVENTS_calcium_mg_vitd_subset.csv": {"dictionary": DICTIONARY},
    "LABEVENTS.csv.gz": {"dictionary": DICTIONARY},
    "VID_J.csv": {"maps": ["LBXVIDMS=vitamin_d:nmol/L"]},
    "BIOPRO_I_first1500.csv": {},
}
# Why a row may be skipped in these files, each seen and explained.
EXPLAINED = {"text result", "no values"}


def run(path: Path, **kw: object) -> tuple[str, str, object]:
    out, err = io.StringIO(), io.StringIO()
    result = interpret_file(str(path), FileOptions(**{"fmt": "csv", **kw}), stdout=out, stderr=err)  # type: ignore[arg-type]
    return out.getvalue(), err.getvalue(), result


def read_rows(path: Path) -> list[list[str]]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:  # type: ignore[operator]
        return list(csv.reader(fh))


def all_csv_files() -> list[Path]:
    return sorted(p for p in DATA.rglob("*") if p.name.endswith((".csv", ".csv.gz")))


def test_every_csv_file_is_interpreted_or_explained() -> None:
    seen = set()
    for path in all_csv_files():
        seen.add(path.name)
        if path.name == "D_LABITEMS.csv":  # a dictionary, not results: a clear error that says how to use it
            with pytest.raises(VitdError, match="looks like a test dictionary.*--dictionary"):
                run(path)
            continue
        assert path.name in OPTIONS, f"no test options for {path}"
        _, err, result = run(path, **OPTIONS[path.name])
        counts = result.counts  # type: ignore[attr-defined]
        rows = len(read_rows(path)) - 1
        assert counts.total == rows == counts.interpreted + counts.other_test + counts.skipped, path.name
        assert counts.interpreted > 0
        unexplained = {k for k in counts.reasons if k not in EXPLAINED} - {"non-serum specimen", "other vitamin D form", "other analyte"}
        assert not unexplained, (path.name, counts.reasons)
        assert all(s.reason for s in counts.skipped_rows)
        assert f"{rows:,} rows:" in err
    assert seen >= set(OPTIONS) | {"D_LABITEMS.csv"}


def test_mimic_subset_every_row_accounted_for() -> None:
    out, err, result = run(MIMIC / "LABEVENTS_calcium_mg_vitd_subset.csv", dictionary=DICTIONARY, verbose=1)  # (-v: the LOINC notes are details)
    got = list(csv.DictReader(io.StringIO(out)))
    assert len(got) == 6428
    by_item: dict[str, set[str]] = {}
    for r in got:
        by_item.setdefault(r["ITEMID"], set()).add(r["vitd_status"])
    # non-serum fluids that share our names are never classified (SOURCE.md: ascites, pleural, body fluid, urine)
    for item in ("50835", "51046", "51025", "51069", "51095"):
        assert by_item[item] == {"other_test"}, item
    for item, analyte in (("50893", "calcium"), ("50808", "ionized_calcium"), ("50960", "magnesium"), ("50862", "albumin"),
                          ("50970", "phosphate"), ("50965", "pth"), ("50853", "vitamin_d")):
        assert {r["vitd_analyte"] for r in got if r["ITEMID"] == item and r["vitd_status"] == "interpreted"} == {analyte}
    (vitd,) = [r for r in got if r["ITEMID"] == "50853"]
    assert (vitd["vitd_value_si"], vitd["vitd_category"]) == ("59.904", "insufficient")  # 24 ng/mL
    skipped = [r for r in got if r["vitd_status"] == "skipped"]
    assert [r["VALUE"] for r in skipped] == ["UNABLE TO REPORT DUE TO CONTAMINATION"]
    assert err.count("LOINC 2000-8") == 1 and err.count("LOINC 2601-3") == 1  # molar codes on mg/dL values: said once


def test_mimic_values_agree_with_valuenum() -> None:
    out, _, _ = run(MIMIC / "LABEVENTS_calcium_mg_vitd_subset.csv", dictionary=DICTIONARY, fmt="ndjson")
    for line in out.splitlines():
        o = json.loads(line)
        if o["estimate"] or o["comparator"]:
            continue
        assert o["reported_unit"] in ("mg/dL", "mmol/L", "g/dL", "pg/mL", "ng/mL")
        assert abs(o["conventional"]["value"] - float(o["reported"].lstrip("<>"))) < 1e-6 or o["reported_unit"] == "mmol/L"


def test_whole_labevents_gz_round_trips_quickly() -> None:
    path = MIMIC / "LABEVENTS.csv.gz"
    start = time.monotonic()
    out, err, result = run(path, dictionary=DICTIONARY)
    elapsed = time.monotonic() - start
    assert elapsed < 30, elapsed
    rows_in = read_rows(path)
    rows_out = list(csv.reader(io.StringIO(out, newline="")))
    assert len(rows_out) == len(rows_in) == 76075
    width = len(rows_in[0])
    for a, b in zip(rows_in, rows_out):
        assert b[:width] == a
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:  # byte for byte: each input line starts its output line
        for line_in, line_out in zip(fh, io.StringIO(out, newline="")):
            assert line_out.startswith(line_in.rstrip("\r\n") + ",")
    counts = result.counts  # type: ignore[attr-defined]
    assert counts.total == 76074 and counts.interpreted + counts.other_test + counts.skipped == 76074
    assert counts.skipped == 1 and counts.reasons["non-serum specimen"] == 23
    assert "76,074 rows: 6,407 interpreted, 69,666 other tests (of which " in err and "), 1 skipped (1 text result" in err


def test_labevents_json_and_rich() -> None:
    out, _, result = run(MIMIC / "LABEVENTS.csv.gz", dictionary=DICTIONARY, fmt="json")
    doc = json.loads(out)
    assert doc["rows"]["total"] == 76074 and len({p["subject"] for p in doc["panels"]}) == 100
    assert any(f["code"] == "magnesium_limits_calcium_correction" for p in doc["panels"] for f in p["findings"])
    assert any(r["analyte"] == "corrected_calcium" and r["estimate"] for p in doc["panels"] for r in p["results"])
    series = [s for s in doc["series"] if s["analyte"] == "calcium"]
    assert len(series) == 98 and all(s["points"] for s in series)
    rich, _, _ = run(MIMIC / "LABEVENTS.csv.gz", dictionary=DICTIONARY, fmt="rich")
    assert "Subjects with findings" in rich and "Trend" in rich


def test_vid_j_counts_match_the_source_notes() -> None:
    out, err, result = run(NHANES / "VID_J.csv", maps=["LBXVIDMS=vitamin_d:nmol/L"])
    got = list(csv.DictReader(io.StringIO(out)))
    interpreted = [r for r in got if r["vitd_status"] == "interpreted"]
    assert len(interpreted) == 7409 and sum(r["vitd_status"] == "skipped" for r in got) == 957
    # SOURCE.md: 2,090 below 50 nmol/L (the Endocrine Society deficient band, compared in nmol/L as published)
    assert sum(r["vitd_vitamin_d_category"] == "deficient" for r in interpreted) == 2090
    values = [float(r["vitd_vitamin_d_value_si"]) for r in interpreted]
    assert min(values) == pytest.approx(9.96) and max(values) == pytest.approx(422.0)
    assert "8,366 rows: 7,409 interpreted, 0 other tests, 957 skipped (957 no values" in err


def test_biopro_conversions_agree_row_by_row() -> None:
    """BIOPRO gives calcium, albumin and phosphorus in conventional and SI units in each row: vitd reads both columns,
    and its conversion of the first must agree with the second within their printed rounding."""
    out, err, _ = run(NHANES / "BIOPRO_I_first1500.csv")
    assert "disagree" not in out + err
    got = list(csv.DictReader(io.StringIO(out)))
    pairs = {"calcium": ("LBXSCA", "LBDSCASI", 0.013), "albumin": ("LBXSAL", "LBDSALSI", 0.6), "phosphate": ("LBXSPH", "LBDSPHSI", 0.02)}
    checked = 0
    for r in got:
        for analyte, (_conv, si, tol) in pairs.items():
            if r[f"vitd_{analyte}_value_si"]:
                assert abs(float(r[f"vitd_{analyte}_value_si"]) - float(r[si])) <= tol, (r["SEQN"], analyte)
                checked += 1
    assert checked > 4000
    corrected = [r for r in got if r["vitd_corrected_calcium_value_si"]]
    both = [r for r in got if r["LBXSCA"] not in ("", "nan") and r["LBXSAL"] not in ("", "nan")]
    assert len(corrected) == len(both) > 1300
    r = corrected[0]  # 9.8 mg/dL with albumin 4.6 g/dL -> 9.8 + 0.8 x (4.0 - 4.6) = 9.32 mg/dL
    assert (r["LBXSCA"], r["LBXSAL"]) == ("9.8", "4.6") and "albumin-corrected calcium 9.32 mg/dL" in r["vitd_note"]


def test_biopro_disagreeing_columns_are_reported(tmp_path: Path) -> None:
    lines = (NHANES / "BIOPRO_I_first1500.csv").read_text().splitlines()[:3]
    header = lines[0].split(",")
    row = lines[1].split(",")
    row[header.index("LBDSCASI")] = "3.45"  # 9.8 mg/dL is 2.45 mmol/L, not 3.45
    path = tmp_path / "biopro.csv"
    path.write_text("\n".join([lines[0], ",".join(row), lines[2]]) + "\n")
    out, err, _ = run(path)
    first = list(csv.DictReader(io.StringIO(out)))[0]
    assert "LBDSCASI 3.45" in first["vitd_note"] and "disagrees with LBXSCA 9.8" in first["vitd_note"]
    assert "disagree in some rows: the first column is used" in err


def test_columns_toml_recognises_the_real_headers() -> None:
    rules = load_columns()
    assert "valuenum" in rules.roles["value_numeric"] and "charttime" in rules.roles["date"] and "seqn" in rules.roles["subject"]
