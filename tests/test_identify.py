"""One recogniser for every reader (issue 14): the names real labs print, from public sources (tests/names/corpus.csv,
each row with its source), through the rules of reference_ranges/tests.toml; the same names through the CSV, HL7
(OBX-3 text only) and FHIR (code.text only) readers agree; look-alikes are never taken; every decision explains itself;
--tests and --tests-map. A summary of recall and false positives is printed (pytest -s shows it)."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from cli_runner import run_cli
from vitd_cli.errors import ReferenceDataError
from vitd_cli.pipeline.interop_records import interpret_records
from vitd_cli.readers.interop import read_records
from vitd_cli.reference.identify import identify
from vitd_cli.reference.lexicon import identify_name, load_lexicon, load_tests_map, loinc_codes

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "names" / "corpus.csv"
OURS = ("vitamin_d", "calcium", "ionized_calcium", "corrected_calcium", "magnesium", "albumin", "pth", "phosphate")


def corpus() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def score(rows: list[dict[str, str]], answer) -> tuple[float, list[tuple[str, str, str]], list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """(recall on our analytes, wrong answers (look-alikes taken or the wrong analyte), misses)."""
    found = wrong = 0
    bad, missed = [], []
    ours = [r for r in rows if r["expected"] != "none"]
    for r in rows:
        got = answer(r) or "none"
        if got == r["expected"]:
            found += r["expected"] != "none"
        elif got != "none":
            wrong += 1
            bad.append((r["name"], r["expected"], got))
        else:
            missed.append((r["name"], r["expected"]))
    return found / len(ours), bad, missed


# names the corpus labels a look-alike for reasons the name alone cannot show (see tests/names/README.md): a MIMIC
# placeholder label and a LOINC display whose apostrophe marks an antibody; their codes decide (checked below)
NAME_ALONE_AMBIGUOUS = {"<Albumin>", "PTH'", "Pi [TLC]"}


def test_the_corpus_is_what_its_readme_says() -> None:
    rows = corpus()
    assert len(rows) >= 1000
    assert all(r["name"] and r["source"] and r["expected"] in (*OURS, "none") for r in rows)
    labels = Counter(r["expected"] for r in rows)
    assert labels["none"] >= 300 and all(labels[a] >= 20 for a in OURS), labels


def test_names_alone_recall_and_precision(ref) -> None:  # type: ignore[no-untyped-def]
    rows = corpus()
    recall, bad, missed = score(rows, lambda r: identify(ref, name=r["name"]).analyte)
    by_label = Counter(e for _, e in missed)
    print(f"\nnames alone: recall {recall:.1%} of {sum(r['expected'] != 'none' for r in rows)} names of ours; "
          f"{len(bad)} wrong; misses by analyte {dict(by_label)}")
    assert {name for name, _, _ in bad} <= NAME_ALONE_AMBIGUOUS, bad
    assert recall >= 0.95


def test_with_their_codes_no_look_alike_is_taken(ref) -> None:  # type: ignore[no-untyped-def]
    rows = corpus()
    recall, bad, _ = score(rows, lambda r: identify(ref, name=r["name"], loinc=r["code"] if r["code_system"] == "LOINC" else None).analyte)
    print(f"\nnames with their LOINC codes: recall {recall:.1%}; {len(bad)} wrong")
    assert {name for name, _, _ in bad} <= {"<Albumin>"}, bad  # (a MIMIC item id, not a LOINC code)
    assert recall >= 0.90


@pytest.mark.parametrize(("name", "analyte"), [
    ("VITAMIN D,25-OH,TOTAL,IA", "vitamin_d"), ("Vitamin D, 25-Hydroxy, Total, Immunoassay", "vitamin_d"),
    ("25-Hydroxyvitamin D2 and D3, Serum", "vitamin_d"), ("Calcifediol", "vitamin_d"), ("25-OH-Vitamin D, gesamt", "vitamin_d"),
    ("Vitamine D 25-OH", "vitamin_d"), ("PHOSPHATE (AS PHOSPHORUS)", "phosphate"), ("Phosphorus (Inorganic), Serum", "phosphate"),
    ("Phosphat anorganisch", "phosphate"), ("CALCIUM ARSENAZO", "calcium"), ("Calcium (o-cresolphthalein)", "calcium"),
    ("Calcium [Mass/volume] in Serum or Plasma", "calcium"), ("Calcium SerPl-mCnc", "calcium"), ("Calcium Level", "calcium"),
    ("Calcémie", "calcium"), ("P-Calcium", "calcium"), ("Calcium ionised", "ionized_calcium"), ("cCa2+", "ionized_calcium"),
    ("PTH (intact)", "pth"), ("Calcium (corrected)", "corrected_calcium"), ("Magnesium (Xylidyl Blue)", "magnesium"),
    ("Albumin (BCG)", "albumin"), ("P—Calcium(II); stofk.", "calcium"), ("Ca++", "ionized_calcium"), ("Kalzium", "calcium"),
    ("calcio", "calcium"), ("kalsium", "calcium"), ("Magnésémie", "magnesium"), ("Parathormon", "pth"), ("fósforo", "phosphate"),
    ("25-OH Vitamin D3", "vitamin_d"),
])
def test_the_names_the_issue_lists_are_recognised(ref, name: str, analyte: str) -> None:  # type: ignore[no-untyped-def]
    assert identify(ref, name=name).analyte == analyte


@pytest.mark.parametrize(("name", "word"), [
    ("Albumin/Globulin [Mass Ratio] in Serum or Plasma", "globulin"), ("Vitamin D, 1,25-Dihydroxy", "dihydroxy_125"),
    ("Calcium, 24 Hour, Urine", "collection_24h"), ("Magnesium, ionized", "ionized"), ("PTH-related peptide", "related peptide"),
    ("Prealbumin", "prealbumin"), ("Alkaline phosphatase", "alkaline"), ("Calcium score", "score"), ("RBC magnesium", "rbc"),
    ("Calcium/Creatinine Ratio", "creatinine"), ("Vitamin D3", "d3"), ("Calcium.ionized [Moles/volume] in Blood by calculation", "calculated"),
])
def test_look_alikes_are_vetoed_by_a_named_word(name: str, word: str) -> None:
    found = identify_name(name)
    assert found.analyte is None and found.stop == word and found.reason, found


def test_a_name_that_comes_close_says_which_word_stopped_it() -> None:
    found = identify_name("Calcium Xyz")
    assert found.analyte is None and found.close and found.stop == "xyz" and found.reason == "unknown word 'xyz'"
    assert not identify_name("Glucose").close  # nothing of ours named: just another test


def test_a_code_decides_before_the_name_and_a_disagreeing_pair_is_not_read(ref) -> None:  # type: ignore[no-untyped-def]
    assert identify(ref, name="Calcium", loinc="2004-0").analyte is None  # urine calcium's code
    assert identify(ref, name="Whatever the lab calls it", loinc="17861-6").analyte == "calcium"
    clash = identify(ref, name="Calcium, urine", loinc="17861-6")
    assert clash.analyte is None and "disagree" in (clash.reason or "")


def test_every_phrase_has_one_role_and_the_rules_load_fast() -> None:
    import time

    load_lexicon.cache_clear()
    t = time.perf_counter()
    lex = load_lexicon()
    assert time.perf_counter() - t < 0.5
    assert len(lex.phrases) > 500 and len(loinc_codes()) > 300


# ------------------------------------------------------------------ the same names through every reader

SAMPLE = 120  # names of ours and look-alikes, spread over the corpus
VALUES = {"vitamin_d": ("30", "ng/mL"), "calcium": ("9.0", "mg/dL"), "ionized_calcium": ("1.2", "mmol/L"),
          "corrected_calcium": ("9.0", "mg/dL"), "magnesium": ("2.0", "mg/dL"), "albumin": ("4.0", "g/dL"), "pth": ("40", "pg/mL"),
          "phosphate": ("3.5", "mg/dL"), None: ("1.0", "mg/dL")}  # a plausible value of what the name is, so every row of ours is read


def _sample() -> list[dict[str, str]]:
    rows = [r for r in corpus() if r["name"] not in NAME_ALONE_AMBIGUOUS and "\n" not in r["name"]]
    step = max(1, len(rows) // SAMPLE)
    return rows[::step]


def _csv_answers(tmp_path: Path, rows: list[dict[str, str]], direct: list[str | None]) -> list[str | None]:
    path = tmp_path / "names.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Patient ID", "Test Name", "Result", "Units"])
        for i, (r, a) in enumerate(zip(rows, direct)):
            w.writerow([f"P{i}", r["name"], *VALUES[a]])
    code, out, err = run_cli(["interpret", str(path), "-f", "csv", "-q"])
    assert code == 0, err
    out_rows = list(csv.DictReader(out.splitlines()))
    return [o["vitd_analyte"] or None if o["vitd_status"] == "interpreted" else None for o in out_rows]


def _fhir_answers(rows: list[dict[str, str]], direct: list[str | None]) -> list[str | None]:
    import io

    from vitd_cli.interpret import settings

    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Observation", "id": f"o{i}", "status": "final", "code": {"text": r["name"]},
                      "subject": {"reference": f"Patient/p{i}"},
                      "valueQuantity": {"value": float(VALUES[a][0]), "unit": VALUES[a][1]}}} for i, (r, a) in enumerate(zip(rows, direct))]}
    records = read_records(io.BytesIO(json.dumps(bundle).encode()), "fhir-json")  # type: ignore[arg-type]
    _, acc = interpret_records(records, settings())
    return [o.analyte if o.status == "interpreted" else None for o in acc.outcomes]


def _hl7_answers(rows: list[dict[str, str]], direct: list[str | None]) -> list[str | None]:
    import io

    from vitd_cli.interpret import settings

    segs = []
    for i, (r, a) in enumerate(zip(rows, direct)):  # a message per name (one subject each: no panel holds two of one test)
        name = r["name"].replace("|", " ").replace("^", " ").replace("~", " ").replace("\\", " ").replace("&", " ")
        segs += [f"MSH|^~\\&|LAB|HOSP|EHR|HOSP|20240101120000||ORU^R01|{i}|P|2.5.1", f"PID|1||P{i}", "OBR|1|||PANEL",
                 f"OBX|1|NM|^{name}||{VALUES[a][0]}|{VALUES[a][1]}|||||F"]
    records = read_records(io.BytesIO("\r".join(segs).encode()), "hl7")  # type: ignore[arg-type]
    _, acc = interpret_records(records, settings())
    return [o.analyte if o.status == "interpreted" else None for o in acc.outcomes]


def test_csv_hl7_and_fhir_read_the_same_names_alike(tmp_path: Path, ref) -> None:  # type: ignore[no-untyped-def]
    rows = _sample()
    direct = [identify(ref, name=r["name"]).analyte for r in rows]
    csv_ = _csv_answers(tmp_path, rows, direct)
    fhir = _fhir_answers(rows, direct)
    hl7 = _hl7_answers(rows, direct)
    assert len(csv_) == len(fhir) == len(hl7) == len(rows)
    for r, d, c, f, h in zip(rows, direct, csv_, fhir, hl7):
        assert d == c == f == h, (r["name"], d, c, f, h)
    print(f"\n{len(rows)} names through CSV, FHIR and HL7: all agree; {sum(a is not None for a in direct)} of ours")


def test_a_code_vitd_does_not_know_leaves_the_decision_to_the_name() -> None:
    """HL7 OBX-3 and FHIR codings with a code in no table of vitd's (a local code, an unlisted LOINC): the name decides,
    as for a CSV row; a known look-alike code still wins over a name of ours."""
    import io

    from vitd_cli.interpret import settings

    segs = ["MSH|^~\\&|LAB|HOSP|EHR|HOSP|20240101120000||ORU^R01|1|P|2.5.1", "PID|1||P1", "OBR|1|||PANEL",
            "OBX|1|NM|99999-9^CALCIUM ARSENAZO^LN||9.1|mg/dL|||||F",
            "OBX|2|NM|LOC42^Magnesium (Xylidyl Blue)^L||2.0|mg/dL|||||F",
            "OBX|3|NM|99998-8^Glucose^LN||90|mg/dL|||||F",
            "OBX|4|NM|13539-2^Phosphate^LN||3.1|mg/dL|||||F"]  # 13539-2: phosphate in urine, a look-alike's code
    _, acc = interpret_records(read_records(io.BytesIO("\r".join(segs).encode()), "hl7"), settings())  # type: ignore[arg-type]
    got = [(o.status, o.analyte) for o in acc.outcomes]
    assert got[:3] == [("interpreted", "calcium"), ("interpreted", "magnesium"), ("other_test", None)], got
    assert got[3][0] != "interpreted" and "urine" in str(acc.outcomes[3].reason)
    assert "99998-8" in str(acc.outcomes[2].reason)
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {
        "resourceType": "Observation", "id": "o1", "status": "final", "subject": {"reference": "Patient/p1"},
        "code": {"coding": [{"system": "http://loinc.org", "code": "99999-9"}], "text": "25-Hydroxyvitamin D2 and D3, Serum"},
        "valueQuantity": {"value": 31.0, "unit": "ng/mL"}}}]}
    _, acc = interpret_records(read_records(io.BytesIO(json.dumps(bundle).encode()), "fhir-json"), settings())  # type: ignore[arg-type]
    assert [(o.status, o.analyte) for o in acc.outcomes] == [("interpreted", "vitamin_d")]


# ------------------------------------------------------------------ the audit and the map

def test_tests_lists_each_distinct_test_with_its_verdict() -> None:
    code, out, err = run_cli(["interpret", str(REPO / "examples" / "labs.csv"), "--tests", "-f", "json"])
    assert code == 0, err
    lines = {t["name"]: t for t in json.loads(out)}
    assert lines["Calcium"]["analyte"] == "calcium" and lines["Calcium"]["rows"] == 5
    assert lines["Calcium, Urine"]["analyte"] is None and "urine" in lines["Calcium, Urine"]["why"]
    assert sum(t["rows"] for t in lines.values()) == 17
    code, text, _ = run_cli(["interpret", str(REPO / "examples" / "labs.csv"), "--tests"])
    assert code == 0 and text.startswith("8 distinct tests, 17 rows; 5 tests (14 rows) identified as vitd's")


def test_tests_map_wins_over_the_rules(tmp_path: Path) -> None:
    labs = tmp_path / "labs.csv"
    labs.write_text("Patient ID,Test Name,Result,Units\nP1,Ca Xyz local,8.1,mg/dL\nP1,Calcium,8.2,mg/dL\n", encoding="utf-8")
    code, out, err = run_cli(["interpret", str(labs), "-f", "csv"])
    assert "1 test name came close to one of vitd's tests but holds a word vitd does not know" in err
    assert "Ca Xyz" not in err  # stderr quotes nothing from the file: the name is in the row's note and in --tests
    assert "Ca Xyz local: not recognised (unknown word 'xyz'); map it with --tests-map" in out
    mapping = tmp_path / "map.csv"
    mapping.write_text("name,analyte\nCA XYZ  LOCAL,calcium\nCalcium,none\n", encoding="utf-8")
    code, out, err = run_cli(["interpret", str(labs), "-f", "csv", "--tests-map", str(mapping)])
    assert code == 0, err
    rows = list(csv.DictReader(out.splitlines()))
    assert [r["vitd_analyte"] for r in rows] == ["calcium", ""] and rows[1]["vitd_status"] == "other_test"
    toml = tmp_path / "map.toml"
    toml.write_text('[tests]\n"Ca Xyz local" = "calcium"\n', encoding="utf-8")
    assert run_cli(["interpret", str(labs), "-f", "csv", "--tests-map", str(toml)])[0] == 0


@pytest.mark.parametrize(("text", "message"), [
    ("test,analyte\nx,calcium\n", "the first line must be the header name,analyte"),
    ("name,analyte\nx,calcum\n", "line 2: unknown analyte 'calcum'"),
    ("name,analyte\nx,calcium,extra\n", "line 2 has 3 fields, not 2"),
])
def test_a_bad_tests_map_is_one_clear_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "map.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=message):
        load_tests_map(str(path), OURS)
    code, _, err = run_cli(["interpret", str(REPO / "examples" / "labs.csv"), "-f", "csv", "--tests-map", str(path)])
    assert code == 2 and message in err and len(err.splitlines()) == 1


def test_vitd_identify_explains_its_decision() -> None:
    code, out, _ = run_cli(["identify", "VITAMIN D,25-OH,TOTAL,IA"])
    assert code == 0 and out.startswith("'VITAMIN D,25-OH,TOTAL,IA': vitamin_d, decided by the name")
    code, out, _ = run_cli(["identify", "Calcium", "--code", "2004-0", "-f", "json"])
    doc = json.loads(out)
    assert doc["analyte"] is None and doc["decided_by"] == "code" and "urine" in doc["reason"]
    code, out, _ = run_cli(["identify", "Albumin/Globulin [Mass Ratio] in Serum or Plasma"])
    assert "why not: 'globulin'" in out


def test_vitd_sql_names_are_identified_by_the_recogniser(tmp_path: Path) -> None:
    """vitd sql --names: the warehouse table's distinct tests, identified in Python, written into the query; run in
    DuckDB, a French and an NPU name are read as calcium, a look-alike is not."""
    import duckdb

    names = tmp_path / "names.csv"
    names.write_text("test_name,loinc\nCalcémie,\nP—Calcium(II); stofk.,\n\"Calcium, 24 Hour, Urine\",\n", encoding="utf-8")
    code, sql, err = run_cli(["sql", "--columns", "value=result,unit=units,analyte=test_name,code=loinc", "--names", str(names)])
    assert code == 0, err
    con = duckdb.connect()
    con.execute("CREATE TABLE labs (test_name VARCHAR, loinc VARCHAR, result VARCHAR, units VARCHAR)")
    con.execute("INSERT INTO labs VALUES ('Calcémie', '', '9.1', 'mg/dL'), ('P—Calcium(II); stofk.', '', '2.3', 'mmol/L'), "
                "('Calcium, 24 Hour, Urine', '', '200', 'mg/24h')")
    got = con.execute(sql.rstrip().rstrip(";")).fetchall()
    cols = [d[0] for d in con.description]
    rows = [dict(zip(cols, r)) for r in got]
    assert [(r["test_name"], r["vitd_analyte"]) for r in rows] == [("Calcémie", "calcium"), ("P—Calcium(II); stofk.", "calcium"),
                                                                  ("Calcium, 24 Hour, Urine", "")]
    # --tests-map without --names: the map goes into the query, before the rules (tests/test_sql_identify.py)
    lab_map = tmp_path / "map.csv"
    lab_map.write_text("name,analyte\nCa Arsenazo (serum),calcium\nCalcémie,none\n", encoding="utf-8")
    code, sql, err = run_cli(["sql", "--columns", "value=result,unit=units,analyte=test_name,code=loinc", "--tests-map", str(lab_map)])
    assert code == 0, err
    con.execute("INSERT INTO labs VALUES ('CA ARSENAZO  (Serum)', '', '2.3', 'mmol/L')")
    got = con.execute(sql.rstrip().rstrip(";")).fetchall()
    cols = [d[0] for d in con.description]
    rows = [dict(zip(cols, r)) for r in got]
    assert sorted((r["test_name"], r["vitd_analyte"]) for r in rows) == [
        ("CA ARSENAZO  (Serum)", "calcium"), ("Calcium, 24 Hour, Urine", ""), ("Calcémie", ""), ("P—Calcium(II); stofk.", "calcium")]


# ------------------------------------------------------------------ the misses seen in real files (issue 14, item 6)

NAMES_DATA = REPO / "tests" / "data" / "names"


def test_a_quest_style_export_has_its_vitamin_d_and_phosphate_read() -> None:
    code, out, err = run_cli(["interpret", str(NAMES_DATA / "quest_style.csv"), "-f", "csv"])
    assert code == 0, err
    got = {r["Test Name"]: (r["vitd_status"], r["vitd_analyte"]) for r in csv.DictReader(out.splitlines())}
    assert got["VITAMIN D,25-OH,TOTAL,IA"] == ("interpreted", "vitamin_d")
    assert got["PHOSPHATE (AS PHOSPHORUS)"] == ("interpreted", "phosphate")
    assert got["VITAMIN D, 1,25-DIHYDROXY"] == ("other_test", "") and got["ALBUMIN/GLOBULIN RATIO"] == ("other_test", "")
    assert got["PTH, INTACT AND CALCIUM"] == ("other_test", "")  # an order of two tests, not one result
    assert "8 rows: 5 interpreted, 3 other tests (of which " in err and "), 0 skipped" in err


def test_an_analysers_method_names_in_an_hl7_oul_message_are_read() -> None:
    code, out, err = run_cli(["interpret", str(NAMES_DATA / "oul_r22_cobas_methods.hl7"), "-f", "csv"])
    assert code == 0, err
    got = [(r["name"], r["vitd_analyte"]) for r in csv.DictReader(out.splitlines())]
    assert got == [("CALCIUM ARSENAZO", "calcium"), ("Magnesium (Xylidyl Blue)", "magnesium"), ("Albumin (BCG)", "albumin"),
                   ("Elecsys Vitamin D total II", "vitamin_d")]


def test_a_wide_sheet_names_its_subjects_by_its_name_column() -> None:
    code, out, err = run_cli(["interpret", str(NAMES_DATA / "wide_name_column.csv"), "-f", "json"])
    assert code == 0, err
    subjects = {p["subject"] for p in json.loads(out)["panels"]}
    assert subjects == {"Ann Smith", "Bob Jones"}


def test_the_rewrites_only_touch_what_the_loader_checks_for() -> None:
    """load_lexicon skips the rewrites for a phrase without a digit, + ( [ / ; or a dash (start-up speed): every phrase
    of tests.toml and alias of analytes.toml it skips would come out of the rewrites unchanged."""
    import tomllib

    from vitd_cli.reference.lexicon import _REWRITTEN, _rewrite, fold

    raw = tomllib.loads((REPO / "reference_ranges" / "tests.toml").read_text(encoding="utf-8"))
    lex = load_lexicon()
    texts = [p for t in raw["analytes"].values() for p in t["phrases"]] + [w for ws in raw["modifiers"].values() for w in ws]
    texts += raw["ignore"]["words"] + [w for ws in raw["veto"].values() for w in ws] + [w for ws in raw["lookalikes"].values() for w in ws]
    texts += [a for t in tomllib.loads((REPO / "reference_ranges" / "analytes.toml").read_text(encoding="utf-8"))["analytes"].values()
              for a in t.get("aliases", [])]
    for text in texts:
        folded = fold(text, keep_underscores=True)
        if not _REWRITTEN.search(folded):
            assert _rewrite(folded, lex.rewrites).split() == folded.split(), text


def test_a_code_looked_up_alone_is_what_the_whole_file_says() -> None:
    """loinc_code parses one table of loinc.toml; for every code it equals the whole file's answer, and a code the
    file does not hold is None."""
    from vitd_cli.reference.lexicon import loinc_code

    every = loinc_codes()
    assert len(every) > 300
    for code, answer in every.items():
        assert loinc_code(code) == answer, code
    assert loinc_code("99999-9") is None and loinc_code("") is None


def test_a_rewrite_is_skipped_only_when_it_cannot_match() -> None:
    """_rewrite runs a pattern only when one of its needles (strings every match holds, read from the parsed pattern) is
    in the name: on every name of the corpus, of loinc.toml and of a synthetic set, the result is that of running all."""
    import re
    import tomllib

    from vitd_cli.reference.lexicon import _needles, _rewrite, fold

    lex = load_lexicon()
    names = [row["name"] for row in csv.DictReader(CORPUS.open(encoding="utf-8"))]
    names += [v["name"] for v in tomllib.loads((REPO / "reference_ranges" / "loinc.toml").read_text(encoding="utf-8"))["codes"].values()]
    names += ["PTH Intact without Calcium", "Ca++ ionized", "25(OH)D2+D3", "Vitamin D-25 OH", "1,25 (OH)2 D", "Calcium(II)",
              "Ca 2+ pH 7.40", "Calcium 24 hr urine", "fP-Ca-ion", "S -Kalsium", "Magnesium (II) 1st sample", "Vit D3 + D2"]
    assert len(names) > 1000
    for name in names:
        text = fold(name)
        every = text
        for pattern, rep in lex.rewrites:
            every = pattern.sub(rep, every)
        assert _rewrite(text, lex.rewrites) == every, name
    # the needles are what they should be, and a pattern without any is always run
    assert _needles(re.compile(r"(without|ohne)\s+(calcium|ca)")) == frozenset({"ohne", "without"})  # the longer needles
    assert _needles(re.compile(r"(^|[^a-z])c?ca\s*\+")) == frozenset({"ca"})
    assert _needles(re.compile(r"\s+[0-9]")) is None
    assert _needles(re.compile(r"x", re.IGNORECASE)) is None


# ------------------------------------------------------------------ generated names: word x specimen x method x language

# analyte words per language (catalogue spellings), the specimen words, and the look-alike words per language
WORDS = {
    "en": {"calcium": ["Calcium", "Calcium, total"], "ionized_calcium": ["Calcium, ionized", "Ionised calcium", "Free calcium"],
           "corrected_calcium": ["Calcium, corrected", "Albumin-adjusted calcium"], "magnesium": ["Magnesium"],
           "albumin": ["Albumin"], "pth": ["PTH, intact", "Parathyroid hormone"], "phosphate": ["Phosphate", "Phosphorus, inorganic"],
           "vitamin_d": ["25-OH vitamin D", "Vitamin D, 25-hydroxy", "25-Hydroxyvitamin D2+D3"]},
    "de": {"calcium": ["Calcium", "Kalzium gesamt"], "ionized_calcium": ["Calcium, ionisiert", "Ionisiertes Calcium", "Calcium frei"],
           "corrected_calcium": ["Calcium, korrigiert", "Albumin-korrigiertes Calcium"], "magnesium": ["Magnesium"],
           "albumin": ["Albumin"], "pth": ["Parathormon intakt", "PTH intakt"], "phosphate": ["Phosphat", "Phosphat, anorganisch"],
           "vitamin_d": ["25-OH-Vitamin D", "25-Hydroxy-Vitamin D3", "Vitamin D (25-OH)"]},
    "fr": {"calcium": ["Calcium", "Calcémie", "Calcium total"], "ionized_calcium": ["Calcium ionisé", "Calcium libre"],
           "corrected_calcium": ["Calcium corrigé", "Calcémie corrigée"], "magnesium": ["Magnésium", "Magnésémie"],
           "albumin": ["Albumine", "Albuminémie"], "pth": ["Parathormone intacte", "PTH intacte"],
           "phosphate": ["Phosphore", "Phosphorémie", "Phosphate inorganique"],
           "vitamin_d": ["25-OH vitamine D", "Vitamine D (25-OH)", "25-hydroxyvitamine D (D2+D3)"]},
    "es": {"calcium": ["Calcio", "Calcio total"], "ionized_calcium": ["Calcio iónico", "Calcio ionizado"],
           "corrected_calcium": ["Calcio corregido"], "magnesium": ["Magnesio"], "albumin": ["Albúmina"],
           "pth": ["Paratohormona", "Hormona paratiroidea intacta"], "phosphate": ["Fósforo", "Fósforo inorgánico"],
           "vitamin_d": ["25-hidroxivitamina D", "Vitamina D 25-OH"]},
    "it": {"calcium": ["Calcio", "Calcio totale"], "ionized_calcium": ["Calcio ionizzato"], "corrected_calcium": ["Calcio corretto"],
           "magnesium": ["Magnesio"], "albumin": ["Albumina"], "pth": ["Paratormone", "PTH intatto"],
           "phosphate": ["Fosforo", "Fosforo inorganico", "Fosfato"], "vitamin_d": ["25-OH vitamina D", "Vitamina D 25 idrossi"]},
    "pt": {"calcium": ["Cálcio", "Cálcio total"], "ionized_calcium": ["Cálcio ionizado", "Cálcio iônico"],
           "corrected_calcium": ["Cálcio corrigido"], "magnesium": ["Magnésio"], "albumin": ["Albumina"],
           "pth": ["Paratormônio", "PTH intacto"], "phosphate": ["Fósforo", "Fósforo inorgânico"],
           "vitamin_d": ["25-hidroxivitamina D", "Vitamina D 25-hidroxi"]},
    "nl": {"calcium": ["Calcium", "Calcium totaal"], "ionized_calcium": ["Calcium geïoniseerd", "Vrij calcium"],
           "corrected_calcium": ["Calcium gecorrigeerd"], "magnesium": ["Magnesium"], "albumin": ["Albumine"],
           "pth": ["Parathormoon", "PTH intact"], "phosphate": ["Fosfaat", "Fosfaat anorganisch"],
           "vitamin_d": ["25-OH-vitamine D", "Vitamine D (25-OH)"]},
    "sv": {"calcium": ["Kalcium", "Calcium"], "ionized_calcium": ["Kalcium, joniserat", "Joniserat kalcium"],
           "corrected_calcium": ["Kalcium, albuminkorrigerat"], "magnesium": ["Magnesium"], "albumin": ["Albumin"],
           "pth": ["Parathormon", "PTH"], "phosphate": ["Fosfat", "Fosfat, oorganiskt"], "vitamin_d": ["25-OH-vitamin D", "25-hydroxivitamin D"]},
    "da": {"calcium": ["Calcium"], "ionized_calcium": ["Calcium-ion, frit", "Ioniseret calcium"],
           "corrected_calcium": ["Calcium, albuminkorrigeret"], "magnesium": ["Magnesium"], "albumin": ["Albumin"],
           "pth": ["Parathyroideahormon", "PTH"], "phosphate": ["Phosphat", "Fosfat"], "vitamin_d": ["25-Hydroxy-Vitamin D(D3+D2)", "D-vitamin"]},
    "no": {"calcium": ["Kalsium", "Totalkalsium"], "ionized_calcium": ["Kalsium, ionisert", "Fritt kalsium"],
           "corrected_calcium": ["Kalsium, albuminkorrigert", "Kalsium korrigert"], "magnesium": ["Magnesium"], "albumin": ["Albumin"],
           "pth": ["Parathyreoideahormon", "PTH"], "phosphate": ["Fosfat", "Fosfat, uorganisk"], "vitamin_d": ["25-OH-vitamin D", "Vitamin D 25(OH)"]},
    "fi": {"calcium": ["Kalsium"], "ionized_calcium": ["Kalsium, ionisoitunut", "Ionisoitunut kalsium"],
           "corrected_calcium": ["Kalsium, albumiinikorjattu"], "magnesium": ["Magnesium"], "albumin": ["Albumiini"],
           "pth": ["Parathormoni", "PTH"], "phosphate": ["Fosfaatti", "Epäorgaaninen fosfaatti"], "vitamin_d": ["D-vitamiini-25-OH", "25-OH-D-vitamiini"]},
}
SERUM = {"en": ["serum", "plasma"], "de": ["Serum", "Plasma"], "fr": ["sérum", "plasma"], "es": ["suero", "plasma"],
         "it": ["siero", "plasma"], "pt": ["soro", "plasma"], "nl": ["serum", "plasma"], "sv": ["serum", "plasma"],
         "da": ["serum", "plasma"], "no": ["serum", "plasma"], "fi": ["seerumi", "plasma"]}
URINE = {"en": ["urine", "24-hour urine"], "de": ["Urin", "24h-Sammelurin"], "fr": ["urinaire", "urines de 24 h"],
         "es": ["orina", "orina de 24 horas"], "it": ["urine", "urine 24 ore"], "pt": ["urina", "urina de 24 horas"],
         "nl": ["urine", "24-uurs urine"], "sv": ["urin", "dygnsurin"], "da": ["urin", "døgnurin"], "no": ["urin", "døgnurin"],
         "fi": ["virtsa", "vuorokausivirtsa"]}
CSF = {"en": "CSF", "de": "Liquor", "fr": "LCR", "es": "LCR", "it": "liquor", "pt": "líquor", "nl": "liquor", "sv": "likvor",
       "da": "likvor", "no": "spinalvæske", "fi": "likvor"}
METHODS = {"calcium": ["Arsenazo III", "o-Cresolphthalein"], "ionized_calcium": ["ISE", "pH 7.4"], "corrected_calcium": ["calculated"],
           "magnesium": ["xylidyl blue"], "albumin": ["BCG", "BCP"], "pth": ["ECLIA", "1-84"], "phosphate": ["molybdate", "UV"],
           "vitamin_d": ["LC-MS/MS", "CLIA"]}
PREFIX = {"S-": "serum", "P-": "plasma", "fP-": "fasting plasma"}


def generated() -> list[tuple[str, str | None]]:
    """(name, expected analyte or None): each analyte word x specimen x method x language, and look-alikes: the same
    words in urine or CSF."""
    out: list[tuple[str, str | None]] = []
    for lang, words in WORDS.items():
        for aid, names in words.items():
            for word in names:
                out.append((word, aid))
                for spec in SERUM[lang]:
                    out.append((f"{word}, {spec}", aid))
                    out.append((f"{word} ({spec})", aid))
                for prefix in PREFIX:
                    out.append((f"{prefix}{word}", aid))
                for method in METHODS[aid]:
                    out.append((f"{word} ({method})", aid))
                    out.append((f"{word}, {SERUM[lang][0]}, {method}", aid))
                for spec in URINE[lang]:
                    out.append((f"{word}, {spec}", None))
                    out.append((f"{word} ({spec})", None))
                out.append((f"{word}, {CSF[lang]}", None))
                out.append((f"dU-{word}", None))
    return out

# look-alikes as catalogues in each language print them: never ours, whatever specimen or method goes with them
LOOKALIKES = [
    "1,25-Dihydroxyvitamin D", "Magnesium, ionized", "Albumin/Globulin ratio", "Microalbumin", "Prealbumin", "PTH-related peptide",
    "Alkaline phosphatase", "Vitamin D binding protein", "1,25-Dihydroxy-Vitamin D3", "Magnesium, ionisiert", "Mikroalbumin",
    "Präalbumin", "Alkalische Phosphatase", "Vitamin-D-bindendes Protein", "1,25-dihydroxyvitamine D", "Magnésium ionisé",
    "Rapport albumine/globulines", "Microalbumine", "Préalbumine", "PTH-rp", "Phosphatases alcalines",
    "Protéine de liaison de la vitamine D", "1,25-dihidroxivitamina D", "Magnesio iónico", "Cociente albúmina/globulina",
    "Microalbúmina", "Prealbúmina", "Fosfatasa alcalina", "1,25-diidrossivitamina D", "Magnesio ionizzato", "Fosfatasi alcalina",
    "Magnésio ionizado", "Relação albumina/globulina", "Pré-albumina", "Fosfatase alcalina", "Magnesium geïoniseerd",
    "Albumine/globuline ratio", "Micro-albumine", "PTH-gerelateerd peptide", "Alkalische fosfatase", "Vitamine D-bindend eiwit",
    "1,25-dihydroxivitamin D", "Magnesium, joniserat", "Albumin/kreatinin-kvot", "PTH-relaterad peptid", "Alkaliska fosfataser",
    "Vitamin D-bindande protein", "Magnesium, ioniseret", "Præalbumin", "Basisk fosfatase", "1,25-dihydroksyvitamin D",
    "Magnesium, ionisert", "Alkalisk fosfatase", "1,25-dihydroksi-D-vitamiini", "Magnesium, ionisoitunut",
    "Albumiini/kreatiniini-suhde", "Prealbumiini", "Alkalinen fosfataasi", "D-vitamiinia sitova proteiini", "Kalcitriol",
    "1,25-OH-vitamin D", "Vitamin D 1,25-OH", "Ery-Magnesium", "Magnesium i erytrocyter", "Magnésium érythrocytaire",
    "Albumine LCR", "Calcium, kidney stone", "Calcium score", "Calcitonin", "Calcium oxalate crystals", "CA 19-9", "CA 125",
    "PTH, C-terminal", "PTH mid-region", "Vitamin D2", "Vitamin D3", "25-OH Vitamin D2", "Ergocalciferol", "Cholecalciferol",
]


def test_generated_names_in_every_language_are_read_and_look_alikes_are_not() -> None:
    wrong = [(name, want, identify_name(name).analyte) for name, want in generated() if identify_name(name).analyte != want]
    assert not wrong, wrong[:20]
    for name in LOOKALIKES:
        for spec in ("", ", serum", " (S)", ", plasma"):
            found = identify_name(name + spec)
            assert found.analyte is None, (name + spec, found.explain())
