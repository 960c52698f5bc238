"""Reading values as labs and people write them: numbers, comparators, units, inference and plausibility."""

from __future__ import annotations

import pytest

import vitd_cli
from vitd_cli.errors import ExitCode, VitdError
from vitd_cli.normalise import normalise
from vitd_cli.readers.values import parse_number, split_value
from vitd_cli.reference import load

REF = load()


@pytest.mark.parametrize(
    ("text", "comparator", "value", "unit"),
    [
        ("18", None, 18.0, ""),
        ("18.5", None, 18.5, ""),
        ("18,5", None, 18.5, ""),  # decimal comma
        ("0,75", None, 0.75, ""),
        (".95", None, 0.95, ""),
        ("93704.0", None, 93704.0, ""),
        ("1,234.5", None, 1234.5, ""),  # thousands comma, decimal point
        ("1.234,5", None, 1234.5, ""),  # thousands point, decimal comma
        ("1,234,567", None, 1234567.0, ""),
        ("1.234.567,8", None, 1234567.8, ""),
        ("1 234,5", None, 1234.5, ""),  # space-grouped
        ("1\u202f234", None, 1234.0, ""),  # narrow no-break space (SI style)
        ("1'234.5", None, 1234.5, ""),  # Swiss
        ("+18", None, 18.0, ""),
        ("<5", "<", 5.0, ""),
        ("> 150", ">", 150.0, ""),
        ("<=5", "<=", 5.0, ""),
        ("≤5", "<=", 5.0, ""),
        ("=<5", "<=", 5.0, ""),
        (">=150", ">=", 150.0, ""),
        ("≥150", ">=", 150.0, ""),
        ("less than 1.0", "<", 1.0, ""),
        ("Less Than 1,0", "<", 1.0, ""),
        ("greater than 150", ">", 150.0, ""),
        ("18 ng/mL", None, 18.0, "ng/mL"),
        ("18,5 ng/mL", None, 18.5, "ng/mL"),
        ("<20 ng/mL", "<", 20.0, "ng/mL"),
        ("> 150 ng/mL", ">", 150.0, "ng/mL"),
        (" 18   ng / mL ", None, 18.0, "ng / mL"),
        ("8.1mg/dL", None, 8.1, "mg/dL"),
    ],
)
def test_split_value(text, comparator, value, unit):
    assert split_value(text)[0::3] == (comparator, unit)
    assert split_value(text)[1] == value


def test_a_comma_with_three_digits_is_read_both_ways():
    """'1,234' is 1.234 with a decimal comma or 1234 with a thousands comma: both readings are kept."""
    assert parse_number("1,234") == (1.234, 1234.0)
    assert parse_number("0,750") == (0.75, None)  # 0,750 cannot be a thousands separator
    assert parse_number("1234,5") == (1234.5, None)


def test_the_thousands_reading_wins_when_only_it_is_plausible():
    m = normalise(REF, "pth", "1,234 pmol/L")  # only 1.234 pmol/L is plausible
    assert m.value == 1.234
    m = normalise(REF, "vitamin_d", "93,704 pmol/L")  # 93.704 pmol/L is implausible, 93704 pmol/L = 93.7 nmol/L fits
    assert m.value == 93704.0
    assert any("thousands separator" in n for n in m.notes)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("abc", "value-unparseable"),
        ("", "value-unparseable"),
        ("   ", "value-unparseable"),
        ("ng/mL", "value-unparseable"),
        ("5 5", "value-unparseable"),  # not a thousands grouping
        ("1 23", "value-unparseable"),
        ("1,2,3", "value-unparseable"),
        ("1.2.3", "value-unparseable"),
        ("12..5", "value-unparseable"),
        ("1,23.5", "value-unparseable"),
        ("nan", "value-nan"),
        ("NaN ng/mL", "value-nan"),
        ("inf", "value-nan"),
        ("-inf", "value-nan"),
        ("Infinity", "value-nan"),
    ],
)
def test_split_value_errors(text, code):
    with pytest.raises(VitdError) as exc:
        split_value(text)
    assert exc.value.code == code
    assert exc.value.hint
    assert exc.value.exit_code == ExitCode.INPUT_ERROR


@pytest.mark.parametrize(
    ("analyte", "text", "code"),
    [
        ("vitamin_d", "abc", "value-unparseable"),
        ("vitamin_d", "nan", "value-nan"),
        ("vitamin_d", "inf ng/mL", "value-nan"),
        ("vitamin_d", "-5 ng/mL", "value-negative"),
        ("calcium", "-5", "value-negative"),
        ("vitamin_d", "", "value-unparseable"),
        ("vitamin_d", "5 5 ng/mL", "value-unparseable"),
        ("vitamin_d", "18 furlongs", "unit-unknown"),
        ("vitamin_d", "18 ng/mL*1000", "unit-unknown"),
        ("vitamin_d", "18 mg/dL", "unit-wrong"),
        ("albumin", "4 mmol/L", "unit-wrong"),
    ],
)
def test_normalise_errors(analyte, text, code):
    with pytest.raises(VitdError) as exc:
        normalise(REF, analyte, text)
    assert exc.value.code == code
    assert exc.value.message


def test_a_unit_given_twice_must_agree():
    assert normalise(REF, "vitamin_d", "18 ng/mL", unit="ng/ml").unit == "ng/mL"
    assert normalise(REF, "vitamin_d", "18", unit="nmol/L").unit == "nmol/L"
    with pytest.raises(VitdError) as exc:
        normalise(REF, "vitamin_d", "18 ng/mL", unit="nmol/L")
    assert exc.value.code == "unit-conflict"


def test_numbers_are_read_by_the_library_call_too():
    """interpret() takes text, numbers, and (number, unit) pairs."""
    by_text = vitd_cli.interpret({"vitamin_d": "18,5 ng/mL"}).panels[0].results[0]
    by_pair = vitd_cli.interpret({"vitamin_d": (18.5, "ng/mL")}).panels[0].results[0]
    by_pair_text = vitd_cli.interpret({"vitamin_d": ("18,5", "ng/mL")}).panels[0].results[0]
    assert by_text.conventional.value == by_pair.conventional.value == by_pair_text.conventional.value == 18.5
    by_number = vitd_cli.interpret({"calcium": 8.1}).panels[0].results[0]
    assert (by_number.reported_unit, by_number.unit_inferred) == ("mg/dL", True)


# ---------------------------------------------------------------- a number without a unit


@pytest.mark.parametrize(
    ("analyte", "text", "unit"),
    [
        ("calcium", "8.1", "mg/dL"),
        ("calcium", "2.3", "mmol/L"),
        ("calcium", "<7", "mg/dL"),
        ("ionized_calcium", "1.05", "mmol/L"),
        ("ionized_calcium", "4.2", "mg/dL"),
        ("albumin", "4.0", "g/dL"),
        ("albumin", "35", "g/L"),
    ],
)
def test_unit_inferred_with_a_note(analyte, text, unit):
    m = normalise(REF, analyte, text)
    assert (m.unit, m.unit_inferred) == (unit, True)
    assert any("had no unit" in n and unit in n for n in m.notes)


def test_an_inferred_unit_is_a_warning_of_the_report():
    report = vitd_cli.interpret({"calcium": "8.1"})
    assert report.panels[0].results[0].unit_inferred
    assert any("had no unit" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("analyte", "text"),
    [
        ("vitamin_d", "18"),  # 18 ng/mL and 18 nmol/L are both plausible: never guessed
        ("vitamin_d", "> 150"),
        ("magnesium", "2.0"),
        ("pth", "65"),
        ("phosphate", "1.1"),
        ("calcium", "4.5"),  # between the mmol/L and mg/dL ranges
        ("calcium", "25"),  # above both
    ],
)
def test_unit_missing(analyte, text):
    with pytest.raises(VitdError) as exc:
        normalise(REF, analyte, text)
    assert exc.value.code == "unit-missing"
    assert REF.analytes[analyte].conventional_unit in exc.value.hint


# ---------------------------------------------------------------- implausible values (likely unit mix-ups)


@pytest.mark.parametrize(
    ("analyte", "text", "hint"),
    [
        ("calcium", "25 mg/dL", "check the value and its unit"),
        ("calcium", "9.0 mmol/L", "did you mean 9 mg/dL"),
        ("calcium", "0.1 mg/dL", "check the value and its unit"),
        ("vitamin_d", "2000 ng/mL", "did you mean 2000 ng/dL"),
        ("vitamin_d", "0 ng/mL", "check the value and its unit"),
        ("vitamin_d", "0.5 nmol/L", "check the value and its unit"),
        ("magnesium", "30 mg/dL", "did you mean 30 mg/L"),
        ("magnesium", "30 mmol/L", "did you mean 30 mg/L"),
        ("albumin", "40 g/dL", "did you mean 40 g/L"),
        ("ionized_calcium", "4.6 mmol/L", "did you mean 4.6 mg/dL"),
        ("pth", "2000 pmol/L", "did you mean 2000 pg/mL"),
        ("phosphate", "30 mg/dL", "did you mean 30 mg/L"),
    ],
)
def test_implausible_values_are_refused_with_a_hint(analyte, text, hint):
    with pytest.raises(VitdError) as exc:
        normalise(REF, analyte, text)
    assert exc.value.code == "value-implausible"
    assert hint in exc.value.hint
    assert "plausible" in exc.value.message and REF.analytes[analyte].si_unit in exc.value.message


@pytest.mark.parametrize(
    ("analyte", "text"),
    [
        # the edges each plausible_source in analytes.toml promises to accept
        ("vitamin_d", "2 nmol/L"),
        ("vitamin_d", "600 ng/mL"),
        ("calcium", "3 mg/dL"),
        ("calcium", "20 mg/dL"),
        ("ionized_calcium", "0.3 mmol/L"),
        ("ionized_calcium", "3.0 mmol/L"),
        ("albumin", "0.5 g/dL"),
        ("albumin", "8.0 g/dL"),
        ("magnesium", "0.2 mg/dL"),
        ("magnesium", "24 mg/dL"),
        ("pth", "1 pg/mL"),
        ("pth", "4700 pg/mL"),
        ("phosphate", "0.3 mg/dL"),
        ("phosphate", "25 mg/dL"),
        # below detection: a censored bound under the plausible floor is still a result
        ("vitamin_d", "<0.5 ng/mL"),
        ("vitamin_d", "<2 nmol/L"),
    ],
)
def test_plausible_edges_are_accepted(analyte, text):
    assert normalise(REF, analyte, text).analyte == analyte


def test_the_plausible_ranges_hold_every_cut_off():
    """No cut-off of a shipped scheme lies outside the plausible range of its analyte (it could never be reached)."""
    from vitd_cli.reference.units import convert

    for aid, schemes in REF.schemes.items():
        a = REF.analytes[aid]
        lo, hi = a.plausible
        for s in schemes.values():
            for b in s.bands:
                for u, v in (b.limit or {}).items():
                    assert lo < convert(v, u, a.si_unit, a, REF.units) < hi, f"{aid}/{s.id}/{b.category}"
