"""From rows to outcomes (the batch package): what is interpreted, what passes through and why, panels and their cross-analyte
findings on files, the lab's own verdict beside vitd's, row accounting, and the output formats built on them."""

from __future__ import annotations

import csv
import io
import json
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from vitd_cli.batch.rows import Engine
from vitd_cli.errors import VitdError
from vitd_cli.files import FileOptions, interpret_file, read_report
from vitd_cli.interpret import interpret_measurements, settings
from vitd_cli.normalise import normalise
from vitd_cli.readers.columns import detect_layout, load_columns

HEADER = "Patient ID,Test Name,Result,Units,Collected\n"


def write(tmp_path: Path, text: str, name: str = "labs.csv") -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8", newline="")
    return str(p)


def run(path: str, **kw: object) -> tuple[str, str, int]:
    out, err = io.StringIO(), io.StringIO()
    result = interpret_file(path, FileOptions(**{"fmt": "csv", **kw}), stdout=out, stderr=err)  # type: ignore[arg-type]
    return out.getvalue(), err.getvalue(), result.exit_code


def rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out)))


# ---------------------------------------------------------------- what is interpreted


@pytest.mark.parametrize(("name", "kind"), [
    ("Calcium, Urine", "non-serum specimen"), ("Urine calcium", "non-serum specimen"), ("Magnesium, RBC", "non-serum specimen"),
    ("Albumin, Ascites", "non-serum specimen"), ("Albumin, Pleural", "non-serum specimen"), ("Microalbumin", "non-serum specimen"),
    ("Vitamin D3", "other vitamin D form"), ("Cholecalciferol", "other vitamin D form"), ("Calcitriol", "other vitamin D form"),
    ("1,25-Dihydroxyvitamin D", "other vitamin D form"), ("Calcium (urine)", "non-serum specimen"),
    ("Magnesium - red blood cells", "non-serum specimen"),
])
def test_other_specimens_and_forms_pass_through_never_classified(tmp_path: Path, name: str, kind: str) -> None:
    out, err, _ = run(write(tmp_path, HEADER + f'P1,"{name}",12,mg/dL,2024-01-01\n'))
    (row,) = rows(out)
    assert row["vitd_status"] == "other_test" and row["vitd_flag"] == "" and row["vitd_note"]
    assert f"1 {kind}" in err


def test_specimen_column_decides(tmp_path: Path) -> None:
    text = "Patient,Test,Result,Unit,Specimen\nP1,Calcium,9.1,mg/dL,Serum\nP1,Calcium,12,mg/dL,Urine\nP1,Albumin,1.1,g/dL,Pleural fluid\nP1,Calcium,9.0,mg/dL,SST gold\nP1,Calcium,9.0,mg/dL,Swab\n"
    got = [(r["vitd_status"], r["vitd_note"][:40]) for r in rows(run(write(tmp_path, text))[0])]
    assert [s for s, _ in got] == ["interpreted", "other_test", "other_test", "interpreted", "other_test"]
    assert "not known to be serum" in got[4][1] + rows(run(write(tmp_path, text))[0])[4]["vitd_note"]


def test_serum_qualifiers_in_names_are_understood(tmp_path: Path) -> None:
    text = HEADER + "P1,\"Vitamin D, 25-Hydroxy, Serum\",18,ng/mL,2024-01-01\nP1,Serum calcium,8.1,mg/dL,2024-01-01\nP1,Calcium (plasma),8.1,mg/dL,2024-01-01\n"
    assert [r["vitd_analyte"] for r in rows(run(write(tmp_path, text))[0])] == ["vitamin_d", "calcium", "calcium"]


def test_loinc_code_wins_over_name_and_unknown_tests_pass_through(tmp_path: Path) -> None:
    text = "PATIENT,CODE,DESCRIPTION,VALUE,UNITS\nP1,1990-1,Vitamin D,30,ng/mL\nP1,62292-8,Some lab's own words,30,ng/mL\nP1,2339-0,Glucose,95,mg/dL\n"
    got = rows(run(write(tmp_path, text))[0])
    assert [r["vitd_status"] for r in got] == ["other_test", "interpreted", "other_test"]
    assert "1990-1" in got[0]["vitd_note"] and got[2]["vitd_note"] == ""


def test_code_unit_disagreement_trusts_the_unit_and_says_so_once(tmp_path: Path) -> None:
    text = "PATIENT,CODE,DESCRIPTION,VALUE,UNITS\n" + "P1,2000-8,Calcium,8.1,mg/dL\n" * 3 + "P2,2000-8,Calcium,2.1,mmol/L\n"
    out, err, _ = run(write(tmp_path, text), verbose=1)  # a detail: said with -v
    assert [r["vitd_value_si"] for r in rows(out)] == ["2.021", "2.021", "2.021", "2.1"]
    assert err.count("LOINC 2000-8") == 1 and "trusts the unit" in err
    _, quiet, _ = run(write(tmp_path, text))  # without -v: counted, not said
    assert "LOINC" not in quiet and quiet.splitlines()[-2] == "vitd: 1 more note (-v shows it)"


@pytest.mark.parametrize(("value", "expect"), [
    ("<1.0", "interpreted"), ("> 150", "interpreted"), ("LESS THAN 5", "interpreted"), ("93704.0", "skipped"), ("8.1 L", "interpreted"),
    ("8.1*", "interpreted"), ("(H) 11.2", "interpreted"), ("1,234.5", "skipped"), ("UNABLE TO REPORT DUE TO CONTAMINATION", "skipped"),
    ("see note", "skipped"), ("", "skipped"), ("NaN", "skipped"), ("-3", "skipped"), ("8,1", "interpreted"),
])
def test_values_as_labs_write_them(tmp_path: Path, value: str, expect: str) -> None:
    out, err, _ = run(write(tmp_path, HEADER + f'P1,Calcium,"{value}",mg/dL,2024-01-01\n'))
    (row,) = rows(out)
    assert row["vitd_status"] == expect, row
    if expect == "skipped":
        assert row["vitd_note"] and "1 skipped" in err


def test_value_with_its_unit_and_no_unit_column(tmp_path: Path) -> None:
    text = "Patient,Test,Result\nP1,Vitamin D,18 ng/mL\nP1,Calcium,8.1\nP1,Vitamin D,18\n"
    got = rows(run(write(tmp_path, text))[0])
    assert [r["vitd_status"] for r in got] == ["interpreted", "interpreted", "skipped"]
    assert "no unit" in got[1]["vitd_note"] and "more than one" in got[2]["vitd_note"]


# ---------------------------------------------------------------- the lab's own verdict


def test_lab_range_and_flag_beside_vitd(tmp_path: Path) -> None:
    text = ("Patient,Test,Result,Units,Reference Range,Flag\n"
            "P1,Calcium,8.7,mg/dL,8.5-10.5,\n"  # lab normal, vitd low
            "P1,Vitamin D,25,ng/mL,20-100,\n"  # lab normal, vitd insufficient
            "P1,Magnesium,2.0,mg/dL,1.6-2.6,\n"  # both normal
            "P2,PTH,70,pg/mL,15-65,H\n"  # both high
            "P2,Albumin,3.4,g/dL,,N\n")  # lab N, vitd low
    out, err, _ = run(write(tmp_path, text), verbose=1)  # (the lab range's note is a detail: -v)
    got = rows(out)
    assert "the lab's range 8.5-10.5 makes it normal; vitd: low" in got[0]["vitd_note"]
    assert "vitd: insufficient" in got[1]["vitd_note"]
    assert got[2]["vitd_note"] == "" and got[3]["vitd_note"] == ""
    assert "the lab flagged it 'N' (normal); vitd: low" in got[4]["vitd_note"]
    assert "3 judged differently by the lab's own flag or range" in err
    assert "Calcium: a reference range of the lab differs from vitd's" in err  # stderr quotes no range of the file:
    assert "8.5-10.5" not in err  # the rows' vitd_note name it (above)


# ---------------------------------------------------------------- panels


PANEL = ("Patient ID,Test Name,Result,Units,Collected\n"
         "P1,Vitamin D,14,ng/mL,2024-01-01 08:00\n"
         "P1,Glucose,5.0,mmol/L,2024-01-01 08:00\n"
         "P1,Calcium,8.1,mg/dL,2024-01-01 08:00\n"
         "P1,Albumin,3.8,g/dL,2024-01-01 08:00\n"
         "P1,PTH,95,pg/mL,2024-01-01 09:00\n"
         "P1,Magnesium,1.5,mg/dL,2024-01-01 09:30\n"
         "P1,Calcium,9.6,mg/dL,2024-01-03 08:00\n"
         "P2,Calcium,7.9,mg/dL,2024-01-01 08:00\n"
         "P2,Ionized calcium,1.20,mmol/L,2024-01-01 08:10\n")


def test_panels_give_cross_analyte_findings_on_files(tmp_path: Path) -> None:
    got = rows(run(write(tmp_path, PANEL))[0])
    by = {(r["Patient ID"], r["Test Name"], r["Collected"]): r for r in got}
    ca = by[("P1", "Calcium", "2024-01-01 08:00")]
    assert "albumin-corrected calcium 8.26 mg/dL" in ca["vitd_note"]  # 8.1 + 0.8 x (4.0 - 3.8)
    assert "secondary_hyperparathyroidism" in by[("P1", "PTH", "2024-01-01 09:00")]["vitd_findings"]
    assert "secondary_hyperparathyroidism" in by[("P1", "Vitamin D", "2024-01-01 08:00")]["vitd_findings"]
    assert "magnesium_limits_calcium_correction" in by[("P1", "Magnesium", "2024-01-01 09:30")]["vitd_findings"]
    assert ca["vitd_panel"] == by[("P1", "PTH", "2024-01-01 09:00")]["vitd_panel"] != by[("P1", "Calcium", "2024-01-03 08:00")]["vitd_panel"]
    p2 = by[("P2", "Calcium", "2024-01-01 08:00")]
    # a low total calcium with a normal ionized calcium: the two disagree, a finding of its own, and the more worrying
    # reading raises the calcium finding (issue 15 point 1; clinical-facts.md §2.4)
    assert p2["vitd_flag"] == "low" and p2["vitd_findings"] == "hypocalcemia calcium_discordant"
    assert "ionized calcium is normal" in p2["vitd_note"]


def test_panel_window(tmp_path: Path) -> None:
    path = write(tmp_path, PANEL)
    same_time = rows(run(path, panel_window="0")[0])
    assert "secondary_hyperparathyroidism" not in " ".join(r["vitd_findings"] for r in same_time)
    assert "albumin-corrected" in same_time[2]["vitd_note"]


def test_a_repeated_analyte_starts_a_new_panel(tmp_path: Path) -> None:
    text = HEADER + "P1,Calcium,8.1,mg/dL,2024-01-01 08:00\nP1,Calcium,8.3,mg/dL,2024-01-01 12:00\nP1,Albumin,3.0,g/dL,2024-01-01 12:00\n"
    got = rows(run(write(tmp_path, text))[0])
    assert got[0]["vitd_panel"] != got[1]["vitd_panel"] == got[2]["vitd_panel"]
    assert "albumin-corrected calcium 9.1 mg/dL" in got[1]["vitd_note"] and got[0]["vitd_note"] == ""


def test_input_not_grouped_by_subject_is_said_and_json_groups_anyway(tmp_path: Path) -> None:
    text = HEADER + "P1,Calcium,8.1,mg/dL,2024-01-01 08:00\nP2,Calcium,9.1,mg/dL,2024-01-01 08:00\nP1,Albumin,3.0,g/dL,2024-01-01 08:00\n"
    path = write(tmp_path, text)
    out, err, _ = run(path)
    assert "not grouped by subject" in err and "albumin-corrected" not in out
    rep = read_report(path)
    (p1,) = [p for p in rep.panels if p.subject == "P1"]
    assert {r.analyte for r in p1.results} == {"calcium", "albumin", "corrected_calcium"}


def test_light_panels_match_interpret_measurements() -> None:
    """CSV/NDJSON build lean Results for panel findings; they must find exactly what the full path finds."""
    s = settings()
    ref = s.ref
    rules = load_columns()
    layout = detect_layout(["Patient", "Test", "Result", "Units"], rules, ref)
    engine = Engine(s, rules, layout)
    rng = random.Random(7)
    choices = {"vitamin_d": ("ng/mL", 5, 160), "calcium": ("mg/dL", 6.0, 14.5), "albumin": ("g/dL", 1.5, 5.5),
               "magnesium": ("mg/dL", 0.8, 3.5), "pth": ("pg/mL", 5, 300), "ionized_calcium": ("mmol/L", 0.7, 1.6),
               "phosphate": ("mg/dL", 1.0, 7.0)}
    for _ in range(400):
        picked = rng.sample(sorted(choices), rng.randint(2, 6))
        items = {}
        for a in picked:
            unit, lo, hi = choices[a]
            text = f"{rng.uniform(lo, hi):.1f}"
            m, band, compared_in, si, _ = engine.measure(a, text, unit, None)
            from vitd_cli.outcomes import Item

            items[a] = Item(a, m, band, compared_in, si)
        engine._light_panel(items)
        full = interpret_measurements(s, [normalise(ref, a, f"{it.m.value!r}", it.m.unit) for a, it in items.items()])
        for r in full.results:
            if r.analyte in items:
                want = [f.code for f in full.findings if r.analyte in f.based_on or (r.analyte == "calcium" and "corrected_calcium" in f.based_on)]
                assert items[r.analyte].findings == want, (picked, r.analyte)
            else:
                cc = items["calcium"].corrected
                assert cc is not None and (cc.value, cc.flag, cc.category) == (r.value, r.flag, r.category)


# ---------------------------------------------------------------- accounting, strictness, safety


def test_counts_add_up_and_strict_exits_2(tmp_path: Path) -> None:
    text = HEADER + "P1,Calcium,8.1,mg/dL,\nP1,Glucose,5,mmol/L,\nP1,Calcium,see note,mg/dL,\n"
    path = write(tmp_path, text)
    out, err, code = run(path)
    assert code == 0 and "3 rows: 1 interpreted, 1 other test, 1 skipped (1 text result; see vitd_note)" in err
    with pytest.raises(VitdError, match=r"1 row\(s\) skipped and --strict was given \(first: row 3"):
        run(path, strict=True)
    proc = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", path, "--strict", "--format", "csv"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stderr.strip().splitlines()[-1].startswith("vitd: error: 1 row(s) skipped")
    assert len(proc.stdout.splitlines()) == 4  # the output is still complete


def test_spreadsheet_safety(tmp_path: Path) -> None:
    text = HEADER + 'P1,Calcium,"=HYPERLINK(""http://x"",""y"")",mg/dL,\n"@cmd",Calcium,9.1,mg/dL,\n-P3,"+Calcium",9.1,mg/dL,\nP4,Calcium,-1.5,mg/dL,\n'
    path = write(tmp_path, text)
    out, _, _ = run(path)
    got = list(csv.reader(io.StringIO(out)))
    assert got[1][2].startswith("=HYPERLINK")  # original cells untouched by default
    assert got[1][-1].startswith("Calcium: cannot read")
    assert got[2][0] == "@cmd" and got[3][0] == "-P3"
    assert all(not c.startswith(("=", "+", "-", "@")) for r in got[1:] for c in r[5:])  # vitd's cells never start a formula
    safe = list(csv.reader(io.StringIO(run(path, sanitize=True)[0])))
    assert safe[1][2].startswith("'=HYPERLINK") and safe[2][0] == "'@cmd" and safe[3][0] == "'-P3" and safe[3][1] == "'+Calcium"
    assert safe[4][2] == "-1.5"  # a number is not a formula


def test_output_keeps_the_input_delimiter_and_tsv_forces_tabs(tmp_path: Path) -> None:
    path = write(tmp_path, "Patient;Test;Result;Units\nP1;Calcium;8,1;mg/dL\n")
    out, _, _ = run(path)
    assert out.splitlines()[1].startswith("P1;Calcium;8,1;mg/dL;interpreted;calcium;2.021")
    tsv, _, _ = run(path, fmt="tsv")
    assert tsv.splitlines()[1].startswith("P1\tCalcium\t8,1\tmg/dL\tinterpreted")


def test_ndjson_and_json_carry_the_contract(tmp_path: Path) -> None:
    path = write(tmp_path, PANEL)
    out, _, _ = run(path, fmt="ndjson")
    objs = [json.loads(line) for line in out.splitlines()]
    assert {o["analyte"] for o in objs} >= {"vitamin_d", "calcium", "albumin", "pth", "magnesium", "corrected_calcium", "ionized_calcium"}
    low = [o for o in objs if o["flag"] == "low"]
    assert all(o["row"] and o["subject"] for o in low)
    cc = next(o for o in objs if o["analyte"] == "corrected_calcium")
    assert cc["estimate"] is True and cc["row"] == 3 and cc["formula"]
    doc = json.loads(run(path, fmt="json")[0])
    assert doc["rows"]["total"] == 9 and doc["rows"]["interpreted"] == 8 and doc["input"]["layout"] == "long"
    assert {p["subject"] for p in doc["panels"]} == {"P1", "P2"}
    assert all(r.get("row") for p in doc["panels"] for r in p["results"])
    ca = next(s for s in doc["series"] if s["subject"] == "P1" and s["analyte"] == "calcium")
    assert [p["value"] for p in ca["points"]] == [2.021, 2.395] and ca["direction"] == "rising"


def test_summary(tmp_path: Path) -> None:
    out, _, _ = run(write(tmp_path, PANEL), summary=True)
    got = list(csv.DictReader(io.StringIO(out)))
    calcium = {r["category"]: int(r["count"]) for r in got if r["analyte"] == "calcium"}
    assert calcium["all"] == 3 and calcium["hypocalcemia"] == 2 and calcium["normal"] == 1
    doc = json.loads(run(write(tmp_path, PANEL), summary=True, fmt="json")[0])
    assert doc["rows"]["total"] == 9


def test_rich_report_renders_subjects_and_trends(tmp_path: Path) -> None:
    out, err, _ = run(write(tmp_path, PANEL), fmt="rich")
    # P2's low total calcium beside a normal ionized calcium is a finding too (calcium_discordant, issue 15 point 1)
    assert "Subjects with findings: 2 of 2" in out and "Subject P1" in out and "Trend" in out
    assert "9 rows: 8 interpreted" in err


def test_check_exit_code(tmp_path: Path) -> None:
    assert run(write(tmp_path, PANEL), check=True)[2] == 1
    assert run(write(tmp_path, HEADER + "P1,Calcium,9.1,mg/dL,\n"), check=True)[2] == 0


def test_missing_dictionary_is_explained_and_found_next_to_the_file(tmp_path: Path) -> None:
    data = '"SUBJECT_ID","ITEMID","CHARTTIME","VALUE","VALUEUOM"\n1,50893,2100-01-01 00:00:00,"8.1","mg/dL"\n'
    path = write(tmp_path, data, "LABEVENTS.csv")
    with pytest.raises(VitdError, match="needs the dictionary"):
        run(path)
    write(tmp_path, '"ROW_ID","ITEMID","LABEL","FLUID","CATEGORY","LOINC_CODE"\n94,50893,"Calcium, Total","Blood","Chemistry","2000-8"\n', "D_LABITEMS.csv")
    out, err, _ = run(path)
    assert "found next to the file" in err and rows(out)[0]["vitd_analyte"] == "calcium"


# ---------------------------------------------------------------- streaming


def test_output_starts_before_the_input_ends(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "vitd_cli", "interpret", "-", "--format", "csv"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    stdin = proc.stdin
    done = threading.Event()

    def feed() -> None:  # a producer that has not finished: 20,000 rows, then it waits
        stdin.write(HEADER.encode())
        for i in range(20000):
            stdin.write(f"P{i // 4},Calcium,9.{i % 10},mg/dL,2024-01-01\n".encode())
        stdin.flush()
        done.wait(60)
        stdin.close()

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        first = proc.stdout.readline()  # arrives while stdin is still open
        assert first.startswith(b"Patient ID,Test Name,Result,Units,Collected,vitd_status")
        second = proc.stdout.readline()
        assert second.startswith(b"P0,Calcium,9.0,mg/dL,2024-01-01,interpreted")
        assert not done.is_set() and proc.poll() is None
    finally:
        done.set()
        proc.stdout.read()
        proc.wait(timeout=60)
    assert proc.returncode == 0


def test_memory_stays_flat(tmp_path: Path) -> None:
    """Peak memory for 400k rows is about that for 50k rows (CSV output streams; caches are bounded)."""
    def peak(n: int) -> int:
        path = tmp_path / f"m{n}.csv"
        with path.open("w") as fh:
            fh.write(HEADER)
            for i in range(n):
                fh.write(f"P{i // 8},{'Calcium' if i % 2 else 'Glucose'},{8 + (i % 300) / 100:.2f},mg/dL,2024-01-{1 + i % 28:02d} {i % 24:02d}:00\n")
        code = ("import resource,sys,io;from vitd_cli.files import FileOptions,interpret_file;"
                f"interpret_file({str(path)!r},FileOptions(fmt='csv',quiet=True,output='/dev/null'));"
                "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
        return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300).stdout)

    start = time.monotonic()
    small, large = peak(50_000), peak(400_000)
    assert large - small < 40_000, (small, large)  # KiB
    assert time.monotonic() - start < 120


def test_progress_is_never_drawn_in_pipes(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "P1,Calcium,8.1,mg/dL,\n" * 50_000)
    proc = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", path, "--format", "csv"], capture_output=True, timeout=120)
    assert b"\r" not in proc.stderr and proc.stderr.count(b"\n") == 1
