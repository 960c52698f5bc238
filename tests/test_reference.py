"""Reference data: every shipped file is valid and cited; a lab's own --ranges file is checked and becomes the default."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

import vitd_cli
from vitd_cli.errors import ReferenceDataError
from vitd_cli.reference import SCHEME_FILES, data_dir, load, validate_shipped
from vitd_cli.reference.units import convert

REPO = Path(__file__).resolve().parents[1]
SHIPPED = sorted(p.name for p in (REPO / "reference_ranges").glob("*.toml"))
CORE = ("classify/bands.py", "explain/panel.py", "interpret.py", "normalise/values.py", "reference/identify.py", "reference/units.py",
        "reference/loader.py")

LAB_FILE = """\
# a lab's own vitamin D range, as printed on its reports
[[schemes]]
id = "city-lab"
analyte = "vitamin_d"
name = "City Lab 30-100 ng/mL"
source = "City Lab report, reference interval printed next to the result"

[[schemes.bands]]
category = "low"
flag = "low"
label = "below the lab range"
finding = "vitamin_d_insufficiency"
below = { "ng/mL" = 30.0 }
source = "City Lab: lower limit 30 ng/mL"

[[schemes.bands]]
category = "normal"
flag = "normal"
label = "within the lab range"
up_to = { "ng/mL" = 100.0 }
source = "City Lab: upper limit 100 ng/mL"

[[schemes.bands]]
category = "high"
flag = "high"
label = "above the lab range"
source = "City Lab: above 100 ng/mL"
"""


def test_shipped_files_are_read_from_reference_ranges():
    assert data_dir().resolve() == (REPO / "reference_ranges").resolve()
    assert set(SCHEME_FILES) <= set(SHIPPED)


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_file_is_valid_toml_with_a_syntax_header(name):
    text = (REPO / "reference_ranges" / name).read_text(encoding="utf-8")
    assert text.startswith("#"), f"{name} documents its own format in a header comment"
    tomllib.loads(text)


def test_every_shipped_file_validates_with_pydantic():
    full = validate_shipped()
    fast = load()
    assert full.defaults == fast.defaults
    assert {a: list(s) for a, s in full.schemes.items()} == {a: list(s) for a, s in fast.schemes.items()}


def test_every_analyte_has_exactly_one_default_scheme(ref):
    for aid in ref.analytes:
        assert aid in ref.defaults, f"{aid} has no default scheme"
        assert ref.defaults[aid] in ref.schemes[aid]
    for aid, schemes in ref.schemes.items():
        if aid != "corrected_calcium":  # shares the calcium schemes
            assert sum(s.default for s in schemes.values()) == 1, aid


def test_the_recorded_defaults(ref):
    assert ref.defaults["vitamin_d"] == "endocrine-society-2011"
    assert ref.defaults["calcium"] == ref.defaults["corrected_calcium"] == "msd"
    assert ref.defaults["magnesium"] == "msd"
    assert ref.defaults["ionized_calcium"] == "pmc7276095"
    assert set(ref.schemes["vitamin_d"]) == {"endocrine-society-2011", "iom-2011", "uk-2016", "uk-nos-2013"}


def _all_schemes(ref):
    return [(aid, s) for aid, schemes in ref.schemes.items() if aid != "corrected_calcium" for s in schemes.values()]


def test_every_scheme_and_band_has_a_source(ref):
    for aid, s in _all_schemes(ref):
        assert s.source.strip(), f"{aid}/{s.id}"
        assert s.name.strip(), f"{aid}/{s.id}"
        for b in s.bands:
            assert b.source.strip(), f"{aid}/{s.id}/{b.category}"
            assert b.label.strip(), f"{aid}/{s.id}/{b.category}"


def test_bands_rise_and_only_the_last_is_open(ref):
    for aid, s in _all_schemes(ref):
        a = ref.analytes[aid]
        *inner, last = s.bands
        assert last.limit is None, f"{aid}/{s.id}"
        previous = float("-inf")
        for b in inner:
            assert b.limit, f"{aid}/{s.id}/{b.category}"
            si = [convert(v, u, a.si_unit, a, ref.units) for u, v in b.limit.items()]
            assert min(si) > previous, f"{aid}/{s.id}/{b.category}: cut-offs must rise"
            previous = max(si)
            for u in b.limit:
                assert u in a.units, f"{aid}/{s.id}: {u} is not a unit of {aid}"


def test_paired_cut_offs_are_the_published_pairs(ref):
    """A cut-off published in two units names the same level, to the rounding the guideline used (2.5 for 2.496...)."""
    for aid, s in _all_schemes(ref):
        a = ref.analytes[aid]
        for b in s.bands[:-1]:
            assert b.limit is not None
            si = [convert(v, u, a.si_unit, a, ref.units) for u, v in b.limit.items()]
            assert max(si) / min(si) < 1.06, f"{aid}/{s.id}/{b.category}: {b.limit} are not one level"


def test_every_finding_and_flag_is_known(ref):
    for aid, s in _all_schemes(ref):
        for b in s.bands:
            assert b.finding is None or b.finding in ref.findings, f"{aid}/{s.id}/{b.category}: {b.finding}"
            assert (b.flag == "normal") == (b.effective_urgency == "none"), f"{aid}/{s.id}/{b.category}"
    for code, f in ref.findings.items():
        for sid in (*f.explains, *f.contributes, *f.urgent_with):
            assert sid in ref.symptoms, f"finding {code}: unknown symptom {sid}"


def test_aliases_and_codes_mean_one_thing(ref):
    for a in ref.analytes.values():
        for code in a.loinc:
            assert code not in ref.excluded_loinc, f"{code} is both {a.id} and excluded"
    names: dict[str, str] = {}
    from vitd_cli.reference import norm_name

    for a in ref.analytes.values():
        for alias in (a.id, a.name, a.short, *a.aliases):
            assert names.setdefault(norm_name(alias), a.id) == a.id, f"{alias!r} names {names[norm_name(alias)]} and {a.id}"
            assert norm_name(alias) not in ref.excluded_names, alias


# ---------------------------------------------------------------- a lab's own file (--ranges)


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _broken(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


BROKEN = {
    "invalid-toml": _broken(LAB_FILE, "[[schemes]]", "[[schemes]"),
    "unknown-analyte": _broken(LAB_FILE, 'analyte = "vitamin_d"', 'analyte = "vitamin_q"'),
    "unit-of-another-analyte": _broken(LAB_FILE, 'below = { "ng/mL" = 30.0 }', 'below = { "mg/dL" = 30.0 }'),
    "unknown-unit": _broken(LAB_FILE, 'below = { "ng/mL" = 30.0 }', 'below = { "furlongs" = 30.0 }'),
    "falling-cut-offs": _broken(LAB_FILE, 'up_to = { "ng/mL" = 100.0 }', 'up_to = { "ng/mL" = 10.0 }'),
    "equal-cut-offs": _broken(LAB_FILE, 'up_to = { "ng/mL" = 100.0 }', 'up_to = { "nmol/L" = 74.88 }'),
    "missing-source": _broken(LAB_FILE, 'source = "City Lab: lower limit 30 ng/mL"\n', ""),
    "blank-source": _broken(LAB_FILE, 'source = "City Lab: lower limit 30 ng/mL"', 'source = "  "'),
    "last-band-with-a-limit": LAB_FILE + 'up_to = { "ng/mL" = 200.0 }\n',
    "middle-band-without-a-limit": _broken(LAB_FILE, 'up_to = { "ng/mL" = 100.0 }\n', ""),
    "below-and-up-to": _broken(LAB_FILE, 'below = { "ng/mL" = 30.0 }', 'below = { "ng/mL" = 30.0 }\nup_to = { "ng/mL" = 30.0 }'),
    "no-normal-band": LAB_FILE.replace('flag = "normal"', 'flag = "low"'),
    "unknown-flag": _broken(LAB_FILE, 'flag = "high"', 'flag = "very high"'),
    "unknown-key": _broken(LAB_FILE, 'name = "City Lab', 'colour = "red"\nname = "City Lab'),
    "no-schemes": "# nothing here\n",
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_ranges_file_is_refused_naming_the_file(tmp_path, case):
    path = _write(tmp_path, f"broken-{case}.toml", BROKEN[case])
    with pytest.raises(ReferenceDataError) as exc:
        load((path,))
    assert f"broken-{case}.toml" in str(exc.value)
    assert exc.value.code == "ranges-invalid"
    with pytest.raises(ReferenceDataError):
        vitd_cli.interpret({"vitamin_d": "25 ng/mL"}, ranges=[path])


def test_a_missing_ranges_file_is_refused_naming_the_file(tmp_path):
    with pytest.raises(ReferenceDataError) as exc:
        load((str(tmp_path / "nowhere.toml"),))
    assert exc.value.code == "ranges-unreadable"
    assert "nowhere.toml" in str(exc.value)


def test_a_lab_file_becomes_the_default_for_its_analyte(tmp_path):
    path = _write(tmp_path, "city-lab.toml", LAB_FILE)
    report = vitd_cli.interpret({"vitamin_d": "25 ng/mL", "calcium": "9.0 mg/dL"}, ranges=[path])
    assert report.guideline == "city-lab"
    assert report.guideline_name == "City Lab 30-100 ng/mL"
    assert report.schemes["vitamin_d"] == "city-lab"
    assert report.schemes["calcium"] == "msd"  # other analytes keep their defaults
    vd = next(r for r in report.panels[0].results if r.analyte == "vitamin_d")
    assert (vd.category, vd.flag, vd.label) == ("low", "low", "below the lab range")
    assert vd.range.scheme == "city-lab"
    assert vd.range.text == "30-100 ng/mL"
    assert vd.band_source == "City Lab: lower limit 30 ng/mL"
    assert {o.scheme for o in vd.other_schemes} == {"endocrine-society-2011", "iom-2011", "uk-2016", "uk-nos-2013"}
    # the shipped schemes stay available by name, and the shipped default is unchanged without --ranges
    assert vitd_cli.interpret({"vitamin_d": "25 ng/mL"}, ranges=[path], guideline="iom-2011").guideline == "iom-2011"
    assert vitd_cli.interpret({"vitamin_d": "25 ng/mL"}).guideline == "endocrine-society-2011"


def test_a_lab_calcium_file_also_decides_corrected_calcium(tmp_path):
    text = (
        LAB_FILE.replace('analyte = "vitamin_d"', 'analyte = "calcium"')
        .replace('"ng/mL" = 30.0', '"mg/dL" = 8.6')
        .replace('"ng/mL" = 100.0', '"mg/dL" = 10.2')
        .replace("vitamin_d_insufficiency", "hypocalcemia")
    )
    path = _write(tmp_path, "city-calcium.toml", text)
    report = vitd_cli.interpret({"calcium": "8.7 mg/dL", "albumin": "4.0 g/dL"}, ranges=[path])
    assert report.schemes["calcium"] == report.schemes["corrected_calcium"] == "city-lab"
    by = {r.analyte: r for r in report.panels[0].results}
    assert by["calcium"].category == by["corrected_calcium"].category == "normal"  # 8.7 >= 8.6 (MSD would say low)


# ---------------------------------------------------------------- thresholds live in the data only


def _numeric_literals(path: Path) -> set[float]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {float(n.value) for n in ast.walk(tree) if isinstance(n, ast.Constant) and type(n.value) in (int, float)}


@pytest.mark.parametrize("module", CORE)
def test_no_threshold_literal_in_the_code(ref, module):
    """Cut-offs live in reference_ranges/ only. Small integers (indices, rounding digits) are allowed."""
    literals = _numeric_literals(REPO / "src" / "vitd_cli" / module)
    named = {20.0, 30.0, 8.8, 10.4, 1.8, 2.6}
    assert not literals & named
    cut_offs = {v for _, s in _all_schemes(ref) for b in s.bands for v in (b.limit or {}).values()}
    assert not {x for x in literals & cut_offs if not (x.is_integer() and x <= 6)}, module
