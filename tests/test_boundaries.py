"""Boundary tables: every cut-off of every shipped scheme, on it, just below and just above, in every unit.

Semantics (reference_ranges/vitamin_d.toml header): a band with `below = x` holds values < x, one with `up_to = x`
holds values <= x. A cut-off published in several units is compared in the input unit when it was published in it
(paired-threshold rule, clinical-facts.md §0.1); otherwise in a published unit of the same kind (pmol/L in nmol/L,
pg/mL in ng/mL, mEq/L in mmol/L), else in the first unit listed, after exact conversion.
"""

from __future__ import annotations

import pytest

import vitd_cli
from vitd_cli.classify import classify
from vitd_cli.models import Scheme
from vitd_cli.reference import load
from vitd_cli.reference.units import convert

REF = load()
STEP = 1e-6  # relative: "just below" and "just above"
VITAMIN_D = ("endocrine-society-2011", "iom-2011", "uk-2016", "uk-nos-2013")


def _schemes() -> list[tuple[str, Scheme]]:
    return [(aid, s) for aid, schemes in REF.schemes.items() if aid != "corrected_calcium" for s in schemes.values()]


def expected_cut_unit(unit: str, limit: dict[str, float]) -> str:
    if unit in limit:
        return unit
    kind = REF.units[unit].kind
    for want in (kind, "molar") if kind == "equivalent" else (kind,):
        for u in limit:
            if REF.units[u].kind == want:
                return u
    return next(iter(limit))


def _cut_offs():
    """(analyte, scheme, band index, unit the value is given in, value on the cut-off in that unit, unit compared in)."""
    for aid, s in _schemes():
        a = REF.analytes[aid]
        for i, band in enumerate(s.bands[:-1]):
            assert band.limit is not None
            for unit in a.units:
                cut_unit = expected_cut_unit(unit, band.limit)
                on = convert(band.limit[cut_unit], cut_unit, unit, a, REF.units)
                published = "published" if unit in band.limit else "converted"
                yield pytest.param(aid, s.id, i, unit, on, cut_unit, id=f"{aid}:{s.id}:{band.category}#{i}:{on:g} {unit} ({published})")


def band_index(value: float, unit: str, aid: str, scheme_id: str, comparator: str | None = None) -> tuple[int, str]:
    s = REF.schemes[aid][scheme_id]
    v = classify(value, unit, comparator, s, REF.analytes[aid], REF.units)
    return next(i for i, b in enumerate(s.bands) if b is v.band), v.compared_in


@pytest.mark.parametrize(("aid", "scheme_id", "i", "unit", "on", "cut_unit"), list(_cut_offs()))
def test_cut_off(aid, scheme_id, i, unit, on, cut_unit):
    band = REF.schemes[aid][scheme_id].bands[i]
    if band.up_to is not None:  # up_to: <=
        assert band_index(on, unit, aid, scheme_id) == (i, cut_unit)
    else:  # below: <
        assert band_index(on, unit, aid, scheme_id)[0] == i + 1
    assert band_index(on * (1 - STEP), unit, aid, scheme_id) == (i, cut_unit)  # compared in cut_unit, found inside
    assert band_index(on * (1 + STEP), unit, aid, scheme_id)[0] == i + 1


PUBLISHED = [p for p in _cut_offs() if p.values[3] == p.values[5]]


@pytest.mark.parametrize(("aid", "scheme_id", "i", "unit", "on", "cut_unit"), PUBLISHED)
def test_cut_off_through_the_library_call(aid, scheme_id, i, unit, on, cut_unit):
    """The same on-the-cut-off value typed as text, through vitd_cli.interpret with the scheme chosen by name."""
    s = REF.schemes[aid][scheme_id]
    band = s.bands[i]
    expected = band if band.up_to is not None else s.bands[i + 1]
    chosen = {"guideline": scheme_id} if aid == "vitamin_d" else {"schemes": {aid: scheme_id}}
    report = vitd_cli.interpret({aid: f"{on:g} {unit}"}, **chosen)
    r = next(r for r in report.panels[0].results if r.analyte == aid)
    assert (r.category, r.flag, r.severity, r.label) == (expected.category, expected.flag, expected.severity, expected.label)
    assert r.range.scheme == scheme_id and r.band_source == expected.source
    if band.up_to is not None:  # decided by this cut-off, compared in the unit it was typed in
        assert r.compared_in == unit


# ---------------------------------------------------------------- the paired-threshold rule, case by case


def category(aid: str, text: str, scheme_id: str | None = None) -> str:
    chosen = {"guideline": scheme_id} if aid == "vitamin_d" else {"schemes": {aid: scheme_id} if scheme_id else {}}
    report = vitd_cli.interpret({aid: text}, **chosen)
    r = next(r for r in report.panels[0].results if r.analyte == aid)
    return r.category if r.severity is None else f"{r.category}/{r.severity}"


@pytest.mark.parametrize(
    ("text", "es2011", "iom", "uk", "nos"),
    [
        # 20 ng/mL = 49.92 nmol/L: compared in ng/mL, where both guidelines published 20
        ("20 ng/mL", "insufficient", "sufficient", "insufficient", "may_be_inadequate"),
        ("49.92 nmol/L", "deficient", "at_risk_of_inadequacy", "insufficient", "may_be_inadequate"),
        ("50 nmol/L", "insufficient", "sufficient", "insufficient", "may_be_inadequate"),
        ("20000 pg/mL", "insufficient", "sufficient", "insufficient", "may_be_inadequate"),  # = 20 ng/mL
        ("2000 ng/dL", "insufficient", "sufficient", "insufficient", "may_be_inadequate"),  # = 20 ng/mL
        ("49920 pmol/L", "deficient", "at_risk_of_inadequacy", "insufficient", "may_be_inadequate"),  # = 49.92 nmol/L
        # 12 ng/mL = 29.95 nmol/L: IOM's pair 12 ng/mL (30 nmol/L); the NOS publishes 30 nmol/L only
        ("12 ng/mL", "deficient", "at_risk_of_inadequacy", "insufficient", "deficient"),
        ("29.95 nmol/L", "deficient", "at_risk_of_deficiency", "insufficient", "deficient"),
        ("30 nmol/L", "deficient", "at_risk_of_inadequacy", "insufficient", "may_be_inadequate"),
        # 30 ng/mL = 74.88 nmol/L
        ("30 ng/mL", "sufficient", "sufficient", "sufficient", "sufficient"),
        ("74.88 nmol/L", "insufficient", "sufficient", "sufficient", "sufficient"),
        # 25 nmol/L (UK) = 10.02 ng/mL
        ("25 nmol/L", "deficient", "at_risk_of_deficiency", "insufficient", "deficient"),
        ("10.016 ng/mL", "deficient", "at_risk_of_deficiency", "insufficient", "deficient"),  # = 25.000 nmol/L exactly
        ("10.015 ng/mL", "deficient", "at_risk_of_deficiency", "deficient", "deficient"),  # 24.9975 nmol/L
        # the upper bands: 100 ng/mL (250 nmol/L), 50 ng/mL (125 nmol/L), 150 ng/mL (375 nmol/L)
        ("100 ng/mL", "sufficient", "potential_concern", "sufficient", "sufficient"),
        ("250 nmol/L", "sufficient", "potential_concern", "sufficient", "sufficient"),
        ("50 ng/mL", "sufficient", "sufficient", "sufficient", "sufficient"),
        ("125 nmol/L", "sufficient", "sufficient", "sufficient", "sufficient"),
        # the UK schemes end their sufficient band at 250 nmol/L (100 ng/mL), the usual laboratory upper limit
        ("150 ng/mL", "high", "potential_concern", "high", "high"),
        ("375 nmol/L", "high", "potential_concern", "high", "high"),
    ],
)
def test_vitamin_d_paired_thresholds(text, es2011, iom, uk, nos):
    got = [category("vitamin_d", text, s).split("/")[0] for s in VITAMIN_D]
    assert got == [es2011, iom, uk, nos]


@pytest.mark.parametrize(
    "text", ["150.001 ng/mL", "150001 pg/mL", "375.001 nmol/L", "375001 pmol/L", "160 ng/mL", "> 150 ng/mL", ">375 nmol/L"]
)
def test_above_150_ng_per_ml_every_scheme_says_toxic(text):
    """By design every vitamin D scheme ends with 'toxic' above the toxicity hallmark 150 ng/mL (375 nmol/L)."""
    assert [category("vitamin_d", text, s) for s in VITAMIN_D] == ["toxic/severe"] * 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # total calcium, MSD default: severe < 7.0 mg/dL (1.75 mmol/L), moderate < 7.5 (1.875) and, the Society for
        # Endocrinology 2016 step, < 1.9 mmol/L (7.58 mg/dL), mild < 8.8 (2.20)
        ("7.5 mg/dL", "hypocalcemia/moderate"),  # not below 7.5, but below 1.9 mmol/L
        ("1.871 mmol/L", "hypocalcemia/moderate"),
        ("1.875 mmol/L", "hypocalcemia/moderate"),
        ("1.9 mmol/L", "hypocalcemia/mild"),  # the SfE step: below 1.9
        ("7.62 mg/dL", "hypocalcemia/mild"),
        ("7.49 mg/dL", "hypocalcemia/moderate"),
        ("7.0 mg/dL", "hypocalcemia/moderate"),
        ("6.99 mg/dL", "hypocalcemia/severe"),
        ("1.75 mmol/L", "hypocalcemia/moderate"),
        ("3.5 mEq/L", "hypocalcemia/moderate"),  # = 1.75 mmol/L exactly, compared in mmol/L
        ("8.8 mg/dL", "normal"),
        ("2.19 mmol/L", "hypocalcemia/mild"),
        ("2.2 mmol/L", "normal"),
        ("10.4 mg/dL", "normal"),  # up_to: 10.4 is normal
        ("10.41 mg/dL", "hypercalcemia/mild"),
        ("2.6 mmol/L", "normal"),
        ("5.2 mEq/L", "normal"),  # = 2.6 mmol/L
        ("12 mg/dL", "hypercalcemia/moderate"),
        ("3.0 mmol/L", "hypercalcemia/moderate"),
        ("14.0 mg/dL", "hypercalcemia/severe"),  # BMJ '>= 14 mg/dL', compared in mg/dL
        ("3.493 mmol/L", "hypercalcemia/moderate"),  # 14.0 mg/dL in mmol/L is below 3.5
        ("3.5 mmol/L", "hypercalcemia/severe"),
    ],
)
def test_calcium_paired_thresholds(text, expected):
    assert category("calcium", text) == expected


@pytest.mark.parametrize(
    ("text", "msd", "statpearls"),
    [
        # MSD pairs 1.8 mg/dL with 0.70 mmol/L (really 0.74): values are compared in the unit they came in
        ("1.8 mg/dL", "normal", "normal"),
        ("1.7 mg/dL", "hypomagnesemia/mild", "normal"),
        ("1.75 mg/dL", "hypomagnesemia/mild", "normal"),
        ("0.72 mmol/L", "normal", "normal"),  # = 1.75 mg/dL, above 0.70
        ("0.70 mmol/L", "normal", "normal"),
        ("0.699 mmol/L", "hypomagnesemia/mild", "normal"),
        ("1.4 mEq/L", "normal", "normal"),  # = 0.70 mmol/L exactly: compared in mmol/L, not via mg/dL (1.70)
        ("1.398 mEq/L", "hypomagnesemia/mild", "normal"),
        ("0.63 mmol/L", "hypomagnesemia/moderate", "normal"),  # moderate is up_to 0.63
        ("0.631 mmol/L", "hypomagnesemia/mild", "normal"),
        ("0.6 mmol/L", "hypomagnesemia/moderate", "normal"),  # StatPearls: below 0.6
        ("0.599 mmol/L", "hypomagnesemia/moderate", "hypomagnesemia/moderate"),
        ("1.46 mg/dL", "hypomagnesemia/moderate", "normal"),
        ("0.4 mmol/L", "hypomagnesemia/moderate", "hypomagnesemia/moderate"),
        ("0.399 mmol/L", "hypomagnesemia/severe", "hypomagnesemia/severe"),
        ("2.6 mg/dL", "normal", "normal"),
        ("2.61 mg/dL", "hypermagnesemia/mild", "normal"),
        ("1.05 mmol/L", "normal", "normal"),
        ("2.68 mg/dL", "hypermagnesemia/mild", "normal"),
        ("2.69 mg/dL", "hypermagnesemia/mild", "hypermagnesemia/mild"),
        ("5.99 mg/dL", "hypermagnesemia/moderate", "hypermagnesemia/moderate"),
        ("6.0 mg/dL", "hypermagnesemia/severe", "hypermagnesemia/severe"),  # MSD: ECG changes from 6 mg/dL (2.5 mmol/L)
        ("12 mg/dL", "hypermagnesemia/severe", "hypermagnesemia/severe"),
    ],
)
def test_magnesium_paired_thresholds(text, msd, statpearls):
    assert [category("magnesium", text), category("magnesium", text, "statpearls")] == [msd, statpearls]


@pytest.mark.parametrize(
    ("analyte", "texts"),
    [
        ("vitamin_d", ["49.95 nmol/L", "49950 pmol/L"]),
        ("vitamin_d", ["29.99 nmol/L", "29990 pmol/L"]),
        ("vitamin_d", ["19.99 ng/mL", "19990 pg/mL", "1999 ng/dL"]),
        ("calcium", ["1.87 mmol/L", "3.74 mEq/L"]),
        ("calcium", ["8.79 mg/dL", "87.9 mg/L"]),
        ("ionized_calcium", ["1.09 mmol/L", "2.18 mEq/L"]),
        ("magnesium", ["0.69 mmol/L", "1.38 mEq/L"]),
        ("albumin", ["3.49 g/dL", "34.9 g/L"]),
        ("pth", ["65.1 pg/mL", "0.0651 ng/mL"]),
    ],
)
def test_the_same_quantity_in_scaled_units_is_read_alike(analyte, texts):
    """Units that differ by a power of ten or by the valence never move a value across a cut-off."""
    for scheme in REF.schemes[analyte]:
        got = {category(analyte, t, scheme) for t in texts}
        assert len(got) == 1, f"{scheme}: {texts} -> {got}"


# ---------------------------------------------------------------- censored values ('<5', '>150')


@pytest.mark.parametrize(
    ("text", "scheme", "expected"),
    [
        ("<20 ng/mL", "endocrine-society-2011", "deficient"),  # classified just under its bound
        ("<20.0 ng/mL", "endocrine-society-2011", "deficient"),
        ("< 20 ng/mL", "endocrine-society-2011", "deficient"),
        ("<=20 ng/mL", "endocrine-society-2011", "insufficient"),  # may be 20 itself
        ("≤20 ng/mL", "endocrine-society-2011", "insufficient"),
        ("less than 20 ng/mL", "endocrine-society-2011", "deficient"),
        ("<30 ng/mL", "endocrine-society-2011", "insufficient"),
        ("<12 ng/mL", "iom-2011", "at_risk_of_deficiency"),
        ("<50 nmol/L", "iom-2011", "at_risk_of_inadequacy"),
        ("<25 nmol/L", "uk-2016", "deficient"),
        ("<5 ng/mL", "endocrine-society-2011", "deficient"),
        (">150 ng/mL", "endocrine-society-2011", "toxic"),  # classified just over its bound
        ("> 150 ng/mL", "endocrine-society-2011", "toxic"),
        ("> 150 ng/mL", "iom-2011", "toxic"),
        ("> 150 ng/mL", "uk-2016", "toxic"),
        ("> 150 ng/mL", "uk-nos-2013", "toxic"),
        (">375 nmol/L", "uk-2016", "toxic"),
        (">=150 ng/mL", "endocrine-society-2011", "high"),  # may be 150 itself
        (">100 ng/mL", "endocrine-society-2011", "high"),
        ("greater than 100 ng/mL", "endocrine-society-2011", "high"),
        (">50 ng/mL", "iom-2011", "potential_concern"),
    ],
)
def test_censored_vitamin_d(text, scheme, expected):
    report = vitd_cli.interpret({"vitamin_d": text}, guideline=scheme)
    r = report.panels[0].results[0]
    assert r.category == expected
    assert r.comparator in ("<", "<=", ">", ">=")
    assert any("classified on the bound" in n for n in r.notes)


def test_censored_value_keeps_its_comparator_and_bound():
    r = vitd_cli.interpret({"vitamin_d": "> 150 ng/mL"}).panels[0].results[0]
    assert (r.comparator, r.conventional.value, r.conventional.unit, r.reported) == (">", 150.0, "ng/mL", "> 150 ng/mL")


@pytest.mark.parametrize(
    ("analyte", "text", "expected"),
    [
        ("calcium", "<7.0 mg/dL", "hypocalcemia/severe"),
        ("calcium", ">10.4 mg/dL", "hypercalcemia/mild"),
        ("calcium", "<8.8 mg/dL", "hypocalcemia/mild"),
        ("magnesium", "<1.8 mg/dL", "hypomagnesemia/mild"),
        ("magnesium", ">2.6 mg/dL", "hypermagnesemia/mild"),
        ("pth", "<15 pg/mL", "low"),
        ("pth", ">65 pg/mL", "high"),
        ("ionized_calcium", "<0.8 mmol/L", "hypocalcemia/severe"),
    ],
)
def test_censored_other_analytes(analyte, text, expected):
    assert category(analyte, text) == expected
