"""Column recognition (readers/columns.py, reference_ranges/columns.toml) and the value text helpers (readers/values.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from vitd_cli.errors import ReferenceDataError, VitdError
from vitd_cli.readers.columns import (
    LongLayout,
    WideLayout,
    detect_layout,
    load_columns,
    norm_header,
    parse_columns_option,
    parse_map_option,
    split_header,
)
from vitd_cli.readers.values import parse_when, parse_window, split_range, strip_marks


@pytest.fixture(scope="module")
def rules():  # type: ignore[no-untyped-def]
    return load_columns()


def roles(layout: LongLayout | WideLayout) -> dict[str, str]:
    return {r: layout.header[i] for r, i in layout.cols.items()}


# ---------------------------------------------------------------- long layouts as labs write them


def test_synthea(rules, ref) -> None:  # type: ignore[no-untyped-def]
    header = ["DATE", "PATIENT", "ENCOUNTER", "CATEGORY", "CODE", "DESCRIPTION", "VALUE", "UNITS", "TYPE"]
    layout = detect_layout(header, rules, ref)
    assert isinstance(layout, LongLayout)
    assert roles(layout) == {"value": "VALUE", "unit": "UNITS", "analyte": "DESCRIPTION", "code": "CODE", "date": "DATE", "subject": "PATIENT"}


def test_mimic(rules, ref) -> None:  # type: ignore[no-untyped-def]
    header = ["ROW_ID", "SUBJECT_ID", "HADM_ID", "ITEMID", "CHARTTIME", "VALUE", "VALUENUM", "VALUEUOM", "FLAG"]
    layout = detect_layout(header, rules, ref)
    assert roles(layout) == {"value": "VALUE", "value_numeric": "VALUENUM", "unit": "VALUEUOM", "item": "ITEMID",
                             "date": "CHARTTIME", "subject": "SUBJECT_ID", "flag": "FLAG"}


def test_portal(rules, ref) -> None:  # type: ignore[no-untyped-def]
    header = ["Patient ID", "Test Name", "Result", "Units", "Reference Range", "Flag", "Collected"]
    layout = detect_layout(header, rules, ref)
    assert roles(layout) == {"value": "Result", "unit": "Units", "analyte": "Test Name", "date": "Collected",
                             "subject": "Patient ID", "reference_range": "Reference Range", "flag": "Flag"}


def test_columns_option_overrides_and_names_unknown_headers(rules, ref) -> None:  # type: ignore[no-untyped-def]
    header = ["Pat", "Analysis", "Outcome", "Measure"]
    with pytest.raises(VitdError, match="cannot tell which columns"):
        detect_layout(header, rules, ref)
    cols = parse_columns_option(["value=Outcome,unit=Measure", "analyte=analysis", "subject=1"])
    layout = detect_layout(header, rules, ref, cols)
    assert roles(layout) == {"value": "Outcome", "unit": "Measure", "analyte": "Analysis", "subject": "Pat"}
    with pytest.raises(VitdError, match="no column 'Nope'"):
        detect_layout(header, rules, ref, {"value": "Nope"})


def test_a_headerless_file_is_named_so_and_its_values_never_repeated(rules, ref) -> None:  # type: ignore[no-untyped-def]
    # the first line of a file without a header is a result: the message says so and quotes none of its cells
    for first in (["P0001", "2024-03-01", "LBX", "18.4", "ng/mL"], ["OBX", "1", "NM", "1989-3^VitD^LN", "", "18", "ng/mL"]):
        with pytest.raises(VitdError) as got:
            detect_layout(first, rules, ref, name="labs.csv")
        text = str(got.value)
        assert "first line looks like data" in text and "header line" in got.value.hint
        assert "18" not in text and "P0001" not in text and "2024" not in text


def test_an_unknown_header_is_quoted_in_part(rules, ref) -> None:  # type: ignore[no-untyped-def]
    header = [f"column {i}" for i in range(30)]
    with pytest.raises(VitdError, match=r"header: column 0, column 1, .*column 11 and 18 more; recognised: none") as got:
        detect_layout(header, rules, ref)
    assert "column 12" not in str(got.value)


def test_columns_option_syntax() -> None:
    assert parse_columns_option(["value=Result, analyte=Vitamin D, 25-OH,unit=U"]) == {"value": "Result", "analyte": "Vitamin D, 25-OH", "unit": "U"}
    with pytest.raises(VitdError, match="unknown role"):
        parse_columns_option(["colour=Red"])
    with pytest.raises(VitdError, match="ROLE=HEADER"):
        parse_columns_option(["value"])


def test_a_dictionary_given_as_data_is_explained(rules, ref) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(VitdError, match="looks like a test dictionary"):
        detect_layout(["ROW_ID", "ITEMID", "LABEL", "FLUID", "CATEGORY", "LOINC_CODE"], rules, ref)


# ---------------------------------------------------------------- wide layouts


@pytest.mark.parametrize(("header", "analyte", "unit"), [
    ("Vitamin D (ng/mL)", "vitamin_d", "ng/mL"),
    ("25(OH)D [nmol/L]", "vitamin_d", "nmol/L"),
    ("calcium_mg_dl", "calcium", "mg/dL"),
    ("Calcium mmol/L", "calcium", "mmol/L"),
    ("albumin_g_l", "albumin", "g/L"),
    ("PTH pg/mL", "pth", "pg/mL"),
    ("magnesium_mmol_l", "magnesium", "mmol/L"),
    ("Vitamin D", "vitamin_d", None),
    ("Ionized calcium (mmol/L)", "ionized_calcium", "mmol/L"),
])
def test_wide_headers_split_into_alias_and_unit(rules, ref, header: str, analyte: str, unit: str | None) -> None:  # type: ignore[no-untyped-def]
    layout = detect_layout(["Patient", "Date", header], rules, ref)
    assert isinstance(layout, WideLayout)
    (col,) = layout.columns
    assert (col.analyte, col.unit) == (analyte, unit)
    assert roles(layout) == {"subject": "Patient", "date": "Date"}


def test_split_header(ref) -> None:  # type: ignore[no-untyped-def]
    assert split_header("Vitamin D (ng/mL)", ref) == ("Vitamin D", "ng/mL")
    assert split_header("calcium_mg_dl", ref) == ("calcium", "mg/dl")
    assert split_header("vitd_ngml", ref) == ("vitd", "ng/ml")
    assert split_header("Notes (free text)", ref) == ("Notes (free text)", None)


def test_wide_excluded_columns_are_never_read(rules, ref) -> None:  # type: ignore[no-untyped-def]
    layout = detect_layout(["id", "Vitamin D3 (ng/mL)", "1,25-dihydroxyvitamin D (pg/mL)", "Vitamin D (ng/mL)"], rules, ref)
    assert [c.header for c in layout.columns] == ["Vitamin D (ng/mL)"]
    assert [h for h, _ in layout.excluded] == ["Vitamin D3 (ng/mL)", "1,25-dihydroxyvitamin D (pg/mL)"]


def test_known_dataset_columns_and_map(rules, ref) -> None:  # type: ignore[no-untyped-def]
    header = ["SEQN", "LBXSAL", "LBDSALSI", "LBXSCA", "LBDSCASI", "LBXSPH", "LBDSPHSI", "LBXSGL"]
    layout = detect_layout(header, rules, ref)
    assert [(c.header, c.analyte, c.unit, c.primary) for c in layout.columns] == [
        ("LBXSAL", "albumin", "g/dL", True), ("LBDSALSI", "albumin", "g/L", False), ("LBXSCA", "calcium", "mg/dL", True),
        ("LBDSCASI", "calcium", "mmol/L", False), ("LBXSPH", "phosphate", "mg/dL", True), ("LBDSPHSI", "phosphate", "mmol/L", False)]
    vid = ["SEQN", "LBXVIDMS", "LBDVIDLC", "LBXVD2MS"]
    maps = parse_map_option(["LBXVD2MS=vitamin d:nmol/L"], ref)
    layout = detect_layout(vid, rules, ref, maps=maps)
    assert [(c.header, c.analyte, c.unit, c.lod_index) for c in layout.columns] == [("LBXVIDMS", "vitamin_d", "nmol/L", 2), ("LBXVD2MS", "vitamin_d", "nmol/L", None)]


def test_map_option_errors(ref) -> None:  # type: ignore[no-untyped-def]
    assert parse_map_option(["Vit D=vitamin_d"], ref)[0].unit is None
    with pytest.raises(VitdError, match="unknown analyte"):
        parse_map_option(["X=unobtainium:mg/dL"], ref)
    with pytest.raises(VitdError, match="not a unit for"):
        parse_map_option(["X=calcium:pg/mL"], ref)
    with pytest.raises(VitdError, match="COLUMN=analyte:unit"):
        parse_map_option(["X"], ref)


# ---------------------------------------------------------------- columns.toml itself


def test_columns_toml_is_valid_and_names_are_unique_per_role(rules) -> None:  # type: ignore[no-untyped-def]
    for role, names in rules.roles.items():
        assert names, role
        assert len(names) == len(set(names))
    assert rules.specimen_verdict("Serum") == (True, None)
    assert rules.specimen_verdict("Red Blood Cells") == (False, "red blood cells")
    assert rules.specimen_verdict("Cerebrospinal Fluid (CSF)")[0] is False
    assert rules.specimen_verdict("Gold top")[0] is False and rules.specimen_verdict("Gold top")[1] is None
    assert rules.flags["h"] == "high" and "nan" in rules.missing


def test_columns_toml_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "columns.toml"
    bad.write_text('[roles.colour]\nnames = ["x"]\n')
    with pytest.raises(ReferenceDataError, match="unknown roles"):
        load_columns.__wrapped__(str(bad))
    bad.write_text('[flags]\nh = "up"\n')
    with pytest.raises(ReferenceDataError, match="meanings must be"):
        load_columns.__wrapped__(str(bad))


def test_known_columns_name_real_analytes_and_units(rules, ref) -> None:  # type: ignore[no-untyped-def]
    for col, known in rules.known.items():
        assert known.analyte in ref.analytes, col
        assert known.unit in ref.analytes[known.analyte].units, col


def test_norm_header() -> None:
    assert norm_header(" SUBJECT_ID ") == norm_header("subject-id") == norm_header('"Subject.ID"') == "subject id"


# ---------------------------------------------------------------- values.py


@pytest.mark.parametrize(("text", "value", "mark"), [
    ("8.1 L", "8.1", "L"), ("8.1*", "8.1", "*"), ("(H) 11.2", "11.2", "H"), ("H 11.2", "11.2", "H"), ("8.1L", "8.1", "L"),
    ("18 ng/mL H", "18 ng/mL", "H"), ("< 5 LL", "< 5", "LL"), ("LESS THAN 1.0", "LESS THAN 1.0", None),
    ("UNABLE TO REPORT", "UNABLE TO REPORT", None), ("5.0 mmol/L", "5.0 mmol/L", None), ("8,1 (L)", "8,1", "L"), ("see note", "see note", None),
])
def test_strip_marks(rules, text: str, value: str, mark: str | None) -> None:  # type: ignore[no-untyped-def]
    assert strip_marks(text, rules.flags) == (value, mark)


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("8.6-10.2", "8.6", "10.2", ""), ("8,6 - 10,2 mg/dL", "8,6", "10,2", "mg/dL"), ("30–100 ng/mL", "30", "100", "ng/mL"),
    ("<30", None, "30", ""), (">= 30 ng/mL", "30", None, "ng/mL"), ("3.5 to 5.0", "3.5", "5.0", ""), ("[15-65]", "15", "65", ""),
])
def test_split_range(text: str, low: str | None, high: str | None, unit: str) -> None:
    r = split_range(text)
    assert r is not None and (r.low, r.high, r.unit) == (low, high, unit)


def test_split_range_refuses_text() -> None:
    assert split_range("see comment") is None and split_range("") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("2115-05-13 15:02:00", datetime(2115, 5, 13, 15, 2)), ("2019-02-11T08:45:29Z", datetime(2019, 2, 11, 8, 45, 29)),
    ("2024-03-01T10:00:00+02:00", datetime(2024, 3, 1, 8, 0)), ("01.03.2024 08:15", datetime(2024, 3, 1, 8, 15)),
    ("03/01/2024", datetime(2024, 3, 1)), ("13/01/2024", datetime(2024, 1, 13)), ("20240301083000", datetime(2024, 3, 1, 8, 30)),
    ("01-Mar-2024", datetime(2024, 3, 1)), ("3/1/24 2:05 PM", datetime(2024, 3, 1, 14, 5)), ("2024-03-01", datetime(2024, 3, 1)),
    ("soon", None), ("", None), ("31.02.2024", None),
])
def test_parse_when(text: str, expected: datetime | None) -> None:
    assert parse_when(text) == expected


def test_parse_window() -> None:
    assert parse_window("24h") == timedelta(hours=24) == parse_window("1d") == parse_window("24")
    assert parse_window("30min") == timedelta(minutes=30) and parse_window("0") == timedelta(0)
    with pytest.raises(VitdError, match="not a duration"):
        parse_window("a while")
