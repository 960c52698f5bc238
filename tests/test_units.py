"""Units: the committed factor table and every conversion agree with pint; spellings are looked up, never evaluated."""

from __future__ import annotations

import importlib.util
import itertools
import math
from pathlib import Path

import pytest

from vitd_cli.errors import VitdError
from vitd_cli.reference import load
from vitd_cli.reference._unit_factors import FACTORS
from vitd_cli.reference.units import convert, norm_unit, parse_unit, unit_index

pint = pytest.importorskip("pint", reason="pint is the source of truth for unit sizes (pip install -e '.[test]')")

REPO = Path(__file__).resolve().parents[1]
REF = load()
PAIRS = [
    pytest.param(a.id, src, dst, id=f"{a.id}:{src}->{dst}")
    for a in REF.analytes.values()
    for src, dst in itertools.permutations(a.units, 2)
]
VALUES = (0.37, 1.0, 7.5, 20.0, 49.92, 150.0, 93704.0)


@pytest.fixture(scope="module")
def ureg():
    return pint.UnitRegistry()


def _gen_script():
    spec = importlib.util.spec_from_file_location("gen_unit_factors", REPO / "scripts" / "gen_unit_factors.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pint_convert(ureg, value: float, src: str, dst: str, analyte_id: str) -> float:
    """The answer pint gives: the chemistry context with mw = molar mass for mass <-> molar; mEq = mmol x valence."""
    analyte, units = REF.analytes[analyte_id], REF.units
    q = ureg.Quantity(value, units[src].pint)
    if units[src].kind == "equivalent":
        q = q / analyte.valence  # mmol of charge -> mmol of the ion
    target = units[dst].pint if units[dst].kind != "equivalent" else "mol/L"
    if analyte.molar_mass:
        q = q.to(target, "chemistry", mw=analyte.molar_mass * ureg("g/mol"))
    else:
        q = q.to(target)
    if units[dst].kind == "equivalent":
        q = (q * analyte.valence).to(units[dst].pint)
    return float(q.magnitude)


# ---------------------------------------------------------------- (a) the committed factor table


def test_committed_factor_table_is_what_the_script_generates():
    script = _gen_script()
    assert script.factors() == FACTORS, "run python scripts/gen_unit_factors.py after editing units.toml"
    assert (REPO / "src" / "vitd_cli" / "reference" / "_unit_factors.py").read_text() == script.render(script.factors())


def test_every_unit_of_every_analyte_has_a_factor():
    for a in REF.analytes.values():
        for u in a.units:
            assert u in REF.units, f"{a.id}: unit {u!r} is not in units.toml"
            assert u in FACTORS, f"{u!r} has no factor: run scripts/gen_unit_factors.py"


def test_units_of_other_kinds_come_with_a_molar_mass_or_valence():
    for a in REF.analytes.values():
        kinds = {REF.units[u].kind for u in a.units}
        if "mass" in kinds and len(kinds) > 1:
            assert a.molar_mass and a.molar_mass_source, a.id
        if "equivalent" in kinds:
            assert a.valence and a.valence_source, a.id


# ---------------------------------------------------------------- (b) every conversion against pint


@pytest.mark.parametrize(("analyte", "src", "dst"), PAIRS)
def test_conversion_agrees_with_pint(ureg, analyte, src, dst):
    a = REF.analytes[analyte]
    for v in VALUES:
        ours = convert(v, src, dst, a, REF.units)
        theirs = pint_convert(ureg, v, src, dst, analyte)
        assert math.isclose(ours, theirs, rel_tol=1e-9), f"{v} {src} -> {dst}: {ours} != pint {theirs}"


@pytest.mark.parametrize(
    ("analyte", "value", "src", "dst", "expected"),
    [
        ("vitamin_d", 1.0, "ng/mL", "nmol/L", 2.496),  # 1000 / 400.64
        ("vitamin_d", 1.0, "nmol/L", "ng/mL", 0.4006),  # MIRACUM 14635-7 -> 1989-3
        ("vitamin_d", 30000.0, "pg/mL", "ng/mL", 30.0),
        ("vitamin_d", 1000.0, "pmol/L", "nmol/L", 1.0),
        ("vitamin_d", 100.0, "ng/dL", "ng/mL", 1.0),
        ("calcium", 1.0, "mg/dL", "mmol/L", 0.2495),  # MIRACUM 17861-6 -> 2000-8
        ("calcium", 1.0, "mmol/L", "mg/dL", 4.008),
        ("calcium", 1.0, "mmol/L", "mEq/L", 2.0),
        ("magnesium", 1.0, "mg/dL", "mmol/L", 0.4114),  # MIRACUM 19123-9 -> 2601-3
        ("magnesium", 0.5, "mmol/L", "mg/dL", 1.215),  # 0.5 mmol/L = 1.215 mg/dL = 1.0 mEq/L (clinical-cases case38)
        ("magnesium", 0.5, "mmol/L", "mEq/L", 1.0),
        ("pth", 9.425, "pg/mL", "pmol/L", 1.0),
        ("phosphate", 1.0, "mg/dL", "mmol/L", 0.3229),
        ("albumin", 3.5, "g/dL", "g/L", 35.0),
    ],
)
def test_published_factors(analyte, value, src, dst, expected):
    """The factors the cited tables print, to their printed precision."""
    got = convert(value, src, dst, REF.analytes[analyte], REF.units)
    digits = len(repr(expected).split(".")[1]) if "." in repr(expected) else 0
    assert round(got, digits) == expected


def test_albumin_has_no_molar_units():
    with pytest.raises(VitdError) as exc:
        convert(4.0, "g/dL", "mmol/L", REF.analytes["albumin"], REF.units)
    assert exc.value.code == "unit-wrong"


# ---------------------------------------------------------------- (c) spellings


SPELLINGS = [pytest.param(key, s, id=f"{key}={s}") for key, u in REF.units.items() for s in (key, *u.spellings)]


@pytest.mark.parametrize(("key", "spelling"), SPELLINGS)
def test_every_spelling_resolves(key, spelling):
    assert unit_index(REF.units)[norm_unit(spelling)] == key
    for a in REF.analytes.values():
        if key in a.units:
            assert parse_unit(spelling, a, REF.units) == key


def test_no_spelling_means_two_units():
    seen: dict[str, str] = {}
    for key, u in REF.units.items():
        for s in (key, *u.spellings):
            n = norm_unit(s)
            assert seen.setdefault(n, key) == key, f"{s!r} would mean both {seen[n]} and {key}"


@pytest.mark.parametrize(
    ("analyte", "spelling", "key"),
    [
        ("vitamin_d", "µg/L", "ng/mL"),  # micro sign U+00B5
        ("vitamin_d", "μg/L", "ng/mL"),  # Greek mu U+03BC
        ("vitamin_d", "mcg/L", "ng/mL"),
        ("vitamin_d", "ug/L", "ng/mL"),
        ("vitamin_d", " ng / mL ", "ng/mL"),
        ("vitamin_d", "NG/ML", "ng/mL"),
        ("vitamin_d", "ng/L", "pg/mL"),
        ("vitamin_d", "nmol/l", "nmol/L"),
        ("calcium", "mg%", "mg/dL"),
        ("calcium", "MG/DL", "mg/dL"),
        ("calcium", "meq/l", "mEq/L"),
        ("calcium", "mmol/l", "mmol/L"),
        ("magnesium", "mEq/l", "mEq/L"),
        ("ionized_calcium", "mM", "mmol/L"),
        ("albumin", "g%", "g/dL"),
        ("pth", "pg/ml", "pg/mL"),
    ],
)
def test_lab_spellings(analyte, spelling, key):
    assert parse_unit(spelling, REF.analytes[analyte], REF.units) == key


def test_a_known_unit_of_another_analyte_is_wrong_not_unknown():
    with pytest.raises(VitdError) as exc:
        parse_unit("mg/dL", REF.analytes["vitamin_d"], REF.units)
    assert exc.value.code == "unit-wrong"
    assert "ng/mL" in exc.value.hint


# ---------------------------------------------------------------- (d) never evaluated


@pytest.mark.parametrize(
    "text", ["1/0", "meter**1000", '__import__("os")', "ng/mL*1000", "ng/mL * 1000", "1e3 ng/mL", "mg/dL/0", "{ng}/mL", "ng/mL;", ""]
)
@pytest.mark.parametrize("analyte", ["vitamin_d", "calcium"])
def test_spellings_are_never_evaluated(analyte, text):
    with pytest.raises(VitdError) as exc:
        parse_unit(text, REF.analytes[analyte], REF.units)
    assert exc.value.code == "unit-unknown"


# ---------------------------------------------------------------- (e) round trips


@pytest.mark.parametrize(("analyte", "src", "dst"), PAIRS)
def test_round_trip(analyte, src, dst):
    a = REF.analytes[analyte]
    for v in VALUES:
        back = convert(convert(v, src, dst, a, REF.units), dst, src, a, REF.units)
        assert math.isclose(back, v, rel_tol=1e-10), f"{v} {src} -> {dst} -> {back}"


@pytest.mark.parametrize(
    ("analyte", "value", "src", "dst"),
    [
        ("vitamin_d", 30.0, "ng/mL", "pg/mL"),
        ("vitamin_d", 20.0, "ng/mL", "ng/dL"),
        ("vitamin_d", 50.0, "nmol/L", "pmol/L"),
        ("calcium", 1.75, "mmol/L", "mEq/L"),
        ("calcium", 8.8, "mg/dL", "mg/L"),
        ("magnesium", 0.7, "mmol/L", "mEq/L"),
        ("albumin", 3.5, "g/dL", "g/L"),
        ("pth", 65.0, "pg/mL", "ng/mL"),
    ],
)
def test_scaling_round_trips_are_exact(analyte, value, src, dst):
    """Conversions that only scale (no molar mass) keep a cut-off exactly on itself: no binary noise such as 30.000000000000004."""
    a = REF.analytes[analyte]
    there = convert(value, src, dst, a, REF.units)
    assert convert(there, dst, src, a, REF.units) == value
    assert repr(there) == repr(float(f"{there:.10g}"))


def test_same_unit_is_identity():
    a = REF.analytes["vitamin_d"]
    assert convert(18.123456789012345, "ng/mL", "ng/mL", a, REF.units) == 18.123456789012345
