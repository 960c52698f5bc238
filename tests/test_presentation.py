"""What people see, as issue 15 (must-have 6, points 10 and 11) asks: public sources only; ranges at the precision their
source published them; censored values keep '<'/'>' in every unit and every output; the mechanism paragraph in JSON
too; proper names (vitamin D, PTH) in sentences. Every test runs the real CLI."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from cli_runner import run_cli
from vitd_cli.classify import normal_range, published_precision
from vitd_cli.reference import load

HL7 = Path(__file__).parent / "data" / "hl7" / "oru_r01_v251_mllp.hl7"
NOT_PUBLIC = re.compile(r"clinical-facts|\.md\b|§|calculator|terican|healthcalculator|droracle|project decision|seed article|"
                        r"\[secondary source\]|\[S\]|\[U\]", re.IGNORECASE)


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")


def vitd(*args: str) -> str:
    code, out, err = run_cli(["interpret", *args])
    assert code == 0, err
    return out


def vitd_json(*args: str) -> dict[str, Any]:
    return json.loads(vitd(*args, "--format", "json"))


def html(tmp_path: Path, *args: str) -> str:
    out = tmp_path / "report.html"
    vitd(*args, "--format", "html", "-o", str(out))
    return out.read_text(encoding="utf-8")


def results(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["analyte"]: r for p in doc["panels"] for r in p["results"]}


def observations(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"]


ALL = ("--vitd", "18 ng/mL", "--calcium", "8.1 mg/dL", "--albumin", "3.2 g/dL", "--ionized-calcium", "1.05 mmol/L",
       "--magnesium", "1.5 mg/dL", "--pth", "95 pg/mL", "--phosphate", "2.1 mg/dL")


# ---------------------------------------------------------------- 1. public sources only


def test_every_shipped_source_is_public() -> None:
    """Every source a report can show (scheme and band of every shipped scheme) names a public publication, never
    vitd's own notes or a calculator site."""
    ref = load()
    for analyte, schemes in ref.schemes.items():
        for scheme in schemes.values():
            assert not NOT_PUBLIC.search(scheme.source), (analyte, scheme.id, scheme.source)
            for band in scheme.bands:
                assert not NOT_PUBLIC.search(band.source), (analyte, scheme.id, band.category, band.source)
    for code, finding in ref.findings.items():  # JSON findings[].source and the HTML report show these
        assert not NOT_PUBLIC.search(finding.source), (code, finding.source)
    assert not NOT_PUBLIC.search(ref.correction.source), ref.correction.source


@pytest.mark.parametrize("scheme_args", [(), ("--guideline", "uk-2016", "--scheme", "calcium=statpearls",
                                              "--scheme", "ionized_calcium=statpearls", "--scheme", "magnesium=statpearls")])
def test_sources_shown_are_public_in_every_output(tmp_path: Path, scheme_args: tuple[str, ...]) -> None:
    args = (*ALL, *scheme_args)
    doc = vitd_json(*args)
    for r in results(doc).values():
        assert not NOT_PUBLIC.search(r["range"]["source"]), r["range"]["source"]
        assert not NOT_PUBLIC.search(r["band_source"]), r["band_source"]
    rich = vitd(*args)
    shown = rich.split("Sources of the ranges", 1)[1]
    assert "[1]" in shown and not NOT_PUBLIC.search(shown)
    bundle = json.loads(vitd(*args, "--format", "fhir"))
    texts = [rr["text"] for o in observations(bundle) for rr in o["referenceRange"]]
    assert texts and not any(NOT_PUBLIC.search(t) for t in texts)
    page = html(tmp_path, *args)
    sources = page.split('id="sources-h"', 1)[1]
    assert "Atherosclerosis 2020" in sources and not NOT_PUBLIC.search(sources)


def test_albumin_source_is_not_a_calculator_site() -> None:
    r = results(vitd_json("--albumin", "3.2 g/dL"))["albumin"]
    assert "terican" not in r["range"]["source"] and "GPnotebook" in r["range"]["source"]


# ---------------------------------------------------------------- 2. ranges at the precision their source published


def test_uk_range_in_ng_ml_is_not_printed_with_conversion_digits(tmp_path: Path) -> None:
    """UK schemes publish 50 nmol/L only: shown as 20 ng/mL beside it, never 20.032 (issue 15, point 10)."""
    args = ("--vitd", "18 ng/mL", "--guideline", "uk-2016")
    r = results(vitd_json(*args))["vitamin_d"]
    assert r["range"]["text"] == "50-250 nmol/L"  # (the normal band ends at the UK upper bound, published in nmol/L only)
    assert (r["range"]["conventional_low"], r["range"]["conventional_high"]) == (20.0, 100.0)
    assert r["category"] == "insufficient"  # classification still uses the exact conversion
    rich = vitd(*args)
    assert "20-100 ng/mL" in rich and "20.032" not in rich
    obs = observations(json.loads(vitd(*args, "--format", "fhir")))[0]
    ours = obs["referenceRange"][0]
    assert (ours["low"]["value"], ours["low"]["unit"], ours["high"]["value"]) == (20.0, "ng/mL", 100.0)
    assert "20.032" not in json.dumps(obs)
    assert "20.032" not in html(tmp_path, *args)


def test_no_range_text_carries_conversion_digits() -> None:
    """Every shipped scheme's normal range, in every unit it is shown in: no number with more digits than published."""
    ref = load()
    for analyte, schemes in ref.schemes.items():
        a = ref.analytes[analyte]
        for scheme in schemes.values():
            rng = normal_range(scheme, a, ref.units)
            assert not re.search(r"\d\.\d{3,}", rng.text), (analyte, scheme.id, rng.text)
            for x in (rng.low, rng.high, rng.conventional_low, rng.conventional_high):
                assert x is None or len(f"{x:g}".replace(".", "").lstrip("0")) <= 4, (analyte, scheme.id, x)


@pytest.mark.parametrize(("converted", "published", "shown"), [(20.032, 50.0, 20.0), (9.984, 25.0, 10.0), (12.019, 30.0, 12.0),
                                                                (1.10256, 2.68, 1.1), (374.4, 150.0, 370.0), (1.8712, 7.5, 1.9)])
def test_published_precision(converted: float, published: float, shown: float) -> None:
    assert published_precision(converted, published) == pytest.approx(shown)


def test_csv_range_column_at_published_precision(tmp_path: Path) -> None:
    data = tmp_path / "labs.csv"
    data.write_text("subject,test,value,unit\nA,25-OH Vitamin D,18,ng/mL\n", encoding="utf-8")
    out = vitd(str(data), "--format", "csv", "--guideline", "uk-2016", "-q")
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["vitd_range"].startswith("50-250 nmol/L") and "20.032" not in row["vitd_range"]


# ---------------------------------------------------------------- 3. censored values keep their sign


def test_censored_vitamin_d_keeps_its_sign_when_converted(tmp_path: Path) -> None:
    args = ("--vitd", "<5 ng/mL")
    r = results(vitd_json(*args))["vitamin_d"]
    assert (r["comparator"], r["converted"], r["reported"]) == ("<", "<12.5 nmol/L", "<5 ng/mL")
    row = next(line for line in vitd(*args).splitlines() if line.startswith("Vitamin D"))
    assert "<12.5 nmol/L" in row and " 12.5 nmol/L" not in row
    assert "&lt;12.5 nmol/L" in html(tmp_path, *args)
    obs = observations(json.loads(vitd(*args, "--format", "fhir")))[0]
    assert obs["valueQuantity"]["comparator"] == "<"
    assert any("<5 ng/mL = <12.5 nmol/L" in n["text"] for n in obs["note"])


def test_hl7_censored_pth_keeps_its_sign_in_every_output(tmp_path: Path) -> None:
    """HL7 OBX `>^150` pg/mL: '>150' as reported, '>15.9 pmol/L' converted, never a bare 15.915 for people."""
    pth = results(vitd_json(str(HL7), "-q"))["pth"]
    assert (pth["comparator"], pth["converted"], pth["reported"]) == (">", ">15.9 pmol/L", ">150 pg/mL")
    row = next(line for line in vitd(str(HL7), "-f", "rich", "-q").splitlines() if line.startswith("PTH"))
    assert ">150 pg/mL" in row and ">15.9 pmol/L" in row
    obs = next(o for o in observations(json.loads(vitd(str(HL7), "-f", "fhir", "-q"))) if "15-65" in json.dumps(o["referenceRange"]))
    assert obs["valueQuantity"]["comparator"] == ">" and obs["valueQuantity"]["value"] == 150
    notes = " ".join(n["text"] for n in obs["note"])
    assert ">150 pg/mL = >15.9 pmol/L" in notes and "15.915" not in notes
    page = html(tmp_path, str(HL7), "-q")
    assert "&gt;15.9 pmol/L" in page


def test_csv_censored_value_keeps_its_sign(tmp_path: Path) -> None:
    data = tmp_path / "labs.csv"
    data.write_text("subject,test,value,unit\nA,25-OH Vitamin D,<5,ng/mL\n", encoding="utf-8")
    row = next(csv.DictReader(io.StringIO(vitd(str(data), "--format", "csv", "-q"))))
    assert row["vitd_value_si"].startswith("<12.4")


# ---------------------------------------------------------------- 4. the mechanism paragraph in JSON


def _paragraph(rich: str) -> str:
    body = rich.split("How these results link to muscle symptoms\n", 1)[1].split("\n\n", 1)[0]
    return " ".join(body.split())


def test_mechanism_paragraph_is_in_json_as_in_rich() -> None:
    args = ("--vitd", "<5 ng/mL", "--calcium", "8.1 mg/dL")
    panel = vitd_json(*args)["panels"][0]
    assert panel["mechanism"] and "Vitamin D lets the gut absorb calcium" in panel["mechanism"]
    assert " ".join(panel["mechanism"].split()) == _paragraph(vitd(*args))


def test_mechanism_with_symptoms_only_and_absent_when_nothing_concerns_it() -> None:
    assert vitd_json("--vitd", "40 ng/mL", "-s", "twitching")["panels"][0]["mechanism"]
    assert vitd_json("--vitd", "40 ng/mL")["panels"][0]["mechanism"] is None
    assert "How these results link" not in vitd("--vitd", "40 ng/mL")


# ---------------------------------------------------------------- 5. proper names in sentences


def test_symptom_messages_keep_vitamin_d_and_pth_capitalised() -> None:
    """Issue 15, point 10: 'Vitamin d deficiency', 'high pth' in text."""
    args = ("--vitd", "6 ng/mL", "--pth", "180 pg/mL", "--phosphate", "2.0 mg/dL", "-s", "bone-pain", "-s", "fatigue", "-s", "cramps")
    panel = vitd_json(*args)["panels"][0]
    messages = [s["message"] for s in panel["symptoms"]]
    assert any(m.startswith("Vitamin D deficiency") for m in messages)
    assert any("high PTH with low vitamin D" in m for m in messages)
    text = " ".join(messages + [f["summary"] for f in panel["findings"]] + panel["next_steps"] + [vitd(*args)])
    assert not re.search(r"\bvitamin d\b", text) and not re.search(r"\bpth\b", text) and "Vitamin d" not in text


def test_proper_names_leave_links_alone() -> None:
    """The names are right where the sentences are built (explain.py): a link among the next steps is printed as written
    (a pass over the finished text once made it www.NINDS.nih.gov)."""
    steps = vitd_json("--vitd", "40 ng/mL", "-s", "jerks")["panels"][0]["next_steps"]
    assert "About myoclonus (sudden jerks): NINDS, https://www.ninds.nih.gov/health-information/disorders/myoclonus" in steps


def test_red_flag_line_names_causes_with_proper_names() -> None:
    out = " ".join(vitd("--vitd", "6 ng/mL", "--pth", "180 pg/mL", "--calcium", "7.9 mg/dL", "-s", "weakness").split())
    assert "pth" not in out.replace("PTH", "") and "vitamin d " not in out
