"""docs/safety.md, Limits: time linear in the input and memory bounded on every input. Each case is big enough that the
old code failed it (quadratic regular expressions and loops, buffers that held every row), and small enough to run in
seconds. Peak memory is read from a child process (`ru_maxrss` of one `python -m vitd_cli` run) or with tracemalloc.

benchmarks/safety_limits.py runs the same cases at the sizes of the issue and prints time and peak RSS.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from cli_runner import run_cli
from vitd_cli.errors import VitdError
from vitd_cli.files import FileOptions, interpret_file

HEADER = "Patient ID,Test Name,Result,Units,Reference Range,Flag,Collected\n"
RESULT = "P1,Calcium,9.1,mg/dL,8.6-10.2,,2024-01-10 08:15\n"
OTHER = "P1,Sodium,140,mmol/L,135-145,,2024-01-10 08:15\n"
LONG = "1 a" + " " * 40_000 + "b"  # 15 s in the old value regex


def _child(args: list[str], timeout: float = 60) -> tuple[int, str, str, float, float]:
    """(exit code, stdout, stderr, seconds, peak RSS in MB) of `python -m vitd_cli interpret ARGS` in a child of its own
    (a grandchild, so that RUSAGE_CHILDREN is this one run's and not the largest child the test session had so far)."""
    probe = ("import resource, subprocess, sys, time\n"
             "t = time.perf_counter()\n"
             "p = subprocess.run([sys.executable, '-m', 'vitd_cli', 'interpret', *sys.argv[1:]], capture_output=True, text=True)\n"
             "sys.stdout.write(p.stdout); sys.stderr.write(p.stderr)\n"
             "sys.stderr.write(f'\\n#probe {p.returncode} {time.perf_counter() - t} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n')\n")
    p = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=timeout, env={**os.environ, "COLUMNS": "100"})
    err, _, tail = p.stderr.rpartition("\n#probe ")
    code, seconds, kb = tail.split()
    return int(code), p.stdout, err.strip("\n"), float(seconds), int(kb) / 1024


# ---------------------------------------------------------------- time linear in the input


def test_a_40_kb_value_cell_is_skipped_at_once(tmp_path: Path) -> None:
    path = tmp_path / "cell.csv"
    path.write_text(HEADER + f'P1,Calcium,"{LONG}",mg/dL,,,2024-01-10 08:15\n' + RESULT)
    out, err = io.StringIO(), io.StringIO()
    t = time.perf_counter()
    run = interpret_file(str(path), FileOptions(fmt="csv"), stdout=out, stderr=err)
    assert time.perf_counter() - t < 2
    assert run.counts.skipped == 1 and run.counts.interpreted == 1
    assert "1 value too long" in err.getvalue()
    assert LONG.strip() not in err.getvalue()  # the message names the problem, not the cell
    row = out.getvalue().splitlines()[1]
    assert ",skipped," in row and "characters long" in row


def test_a_40_kb_fhir_value_string_is_skipped_at_once(tmp_path: Path) -> None:
    path = tmp_path / "obs.json"
    path.write_text(json.dumps({"resourceType": "Observation", "status": "final", "subject": {"reference": "Patient/p1"},
                                "code": {"coding": [{"system": "http://loinc.org", "code": "17861-6"}]},
                                "effectiveDateTime": "2024-03-05", "valueString": LONG}))
    t = time.perf_counter()
    code, out, err = run_cli(["interpret", str(path), "--format", "csv"])
    assert time.perf_counter() - t < 2
    assert code == 0 and "1 skipped" in err


@pytest.mark.parametrize("text", [LONG, "1" + " " * 40_000 + "\nx", "5 " + "1 " * 20_000 + "x", "(H)" + " " * 40_000 + "5 mg",
                                  "5" + " " * 40_000 + "(H) x", "8.1" + " " * 40_000 + "!x"])
def test_value_and_range_text_are_read_in_linear_time(text: str) -> None:
    from vitd_cli.readers.values import split_range, split_value, strip_marks

    flags = {"h": "high", "l": "low", "*": "abnormal", "!": "abnormal", "b": "x", "x": "x"}
    t = time.perf_counter()
    strip_marks(text, flags)
    split_range(text)
    split_range("8-10" + text)
    split_range("<5" + text)
    with pytest.raises(VitdError):
        split_value(text)
    assert time.perf_counter() - t < 0.5


def test_short_values_read_as_before() -> None:
    from vitd_cli.readers.values import split_range, split_value, strip_marks

    assert split_value(" <= 5,5 ng/mL \n") == ("<=", 5.5, None, "ng/mL")
    assert split_value("5\nmg") == (None, 5.0, None, "mg")
    with pytest.raises(VitdError):
        split_value("5 mg\nx")
    flags = {"h": "high", "l": "low", "*": "abnormal"}
    assert strip_marks("8.1  (H)", flags) == ("8.1", "H")
    assert strip_marks("8.1 L", flags) == ("8.1", "L")
    assert strip_marks("8.1 *", flags) == ("8.1", "*")
    assert strip_marks("8.1 mg/dL", flags) == ("8.1 mg/dL", None)
    r = split_range("( 8.6 - 10.2 mg/dL )")
    assert r is not None and (r.low, r.high, r.unit) == ("8.6", "10.2", "mg/dL")
    assert split_range("x" * 300) is None


def _hl7(pairs: int) -> bytes:
    segs = ["MSH|^~\\&|LAB|LAB|LIS|LAB|20240402121500||ORU^R01|M1|P|2.5.1", "PID|1||PAT-1^^^LAB^MR", "OBR|1||S-1|CHEM^Chemistry^L"]
    for i in range(pairs):
        segs.append(f"OBX|{i + 1}|NM|CA^Calcium^L^17861-6^Calcium^LN||9.{i % 10}|mg/dL|8.6-10.3||||F")
        segs.append(f"SPM|{i + 1}|S-{i}||SER^Serum^HL70487|||||||||||||2024040207{i % 60:02d}00")
    return ("\r".join(segs) + "\r").encode()


def test_hl7_with_many_spm_segments_is_read_in_linear_time() -> None:
    from vitd_cli.readers.hl7 import read_hl7

    t = time.perf_counter()
    records = list(read_hl7(io.BytesIO(_hl7(15_000))))  # 8 s with a pass over the OBR's OBX at every SPM (1.2 s now)
    assert time.perf_counter() - t < 4
    assert len(records) == 15_000
    # the first OBX takes the time of the SPM after it; the others that of the SPM before them (read when they are)
    assert records[0].date == "2024-04-02T07:00:00" and records[-1].date == "2024-04-02T07:58:00"  # type: ignore[union-attr]
    assert {r.specimen for r in records} == {"SER Serum"}  # type: ignore[union-attr]


def test_hl7_spm_specimen_and_time_as_before() -> None:
    """An SPM gives the OBX before it its specimen (the last SPM naming one wins) and, when they have none, its time
    (the first SPM that has one); an OBX after an SPM starts with that SPM's. (What the old per-SPM loop gave.)"""
    from vitd_cli.readers.hl7 import read_hl7

    segs = ["MSH|^~\\&|L|L|L|L|20240402121500||ORU^R01|M1|P|2.5.1", "PID|1||P1", "OBR|1||S|X^Y^L",
            "OBX|1|NM|CA^Calcium^L^17861-6^Calcium^LN||9|mg/dL|||||F", "SPM|1|S||||||||||||||||",
            "OBX|2|NM|CA^Calcium^L^17861-6^Calcium^LN||9|mg/dL|||||F|||20240301", "SPM|2|S||SER^Serum|||||||||||||20240305",
            "OBX|3|NM|CA^Calcium^L^17861-6^Calcium^LN||9|mg/dL|||||F", "SPM|3|S||BLD^Blood|||||||||||||20240306",
            "OBX|4|NM|CA^Calcium^L^17861-6^Calcium^LN||9|mg/dL|||||F"]
    recs = list(read_hl7(io.BytesIO("\r".join(segs).encode())))
    assert [(r.specimen, r.date) for r in recs] == [("BLD Blood", "2024-03-05"), ("BLD Blood", "2024-03-01"),  # type: ignore[union-attr]
                                                    ("BLD Blood", "2024-03-05"), ("BLD Blood", "2024-03-06")]


def test_distinct_lab_ranges_are_summarised_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "ranges.csv"
    path.write_text(HEADER + "".join(f"P{i},Calcium,9.1,mg/dL,{7 + i / 10000:.4f}-10.2,,2024-01-10 08:15\n" for i in range(3_000)))
    out, err = io.StringIO(), io.StringIO()
    interpret_file(str(path), FileOptions(fmt="csv", verbose=1), stdout=out, stderr=err)  # (details: -v)
    lines = err.getvalue().splitlines()
    assert len(lines) == 3, lines  # one naming the first range, one counting the others, the row counts
    assert "2,999 more of the lab's reference range texts differ from vitd's" in lines[1]
    err = io.StringIO()
    interpret_file(str(path), FileOptions(fmt="csv"), stdout=io.StringIO(), stderr=err)
    assert err.getvalue().splitlines()[0] == "vitd: 2 more notes (-v shows them)"  # without -v: the two counted in one line


# ---------------------------------------------------------------- memory bounded on every input


def test_blank_lines_after_a_result_are_not_held(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv.gz"
    with gzip.open(path, "wt") as f:
        f.write(HEADER + RESULT + "\n" * 300_000)
    code, out, err, seconds, peak = _child([str(path), "--format", "csv", "--engine", "python"])
    assert code == 0 and "300,001 rows: 1 interpreted, 0 other tests, 300,000 skipped (300,000 " in err
    assert out.count("\n") == 300_002
    assert peak < 80, f"{peak:.0f} MB"  # 140 MB when every blank row waited behind the result


def test_rows_with_long_comments_are_bounded_by_bytes(tmp_path: Path) -> None:
    path = tmp_path / "comments.csv"
    note = "x" * 4096
    with path.open("w") as f:
        f.write(HEADER.replace("\n", ",Comment\n") + RESULT.replace("\n", ",\n"))
        f.writelines(OTHER.replace("\n", f",{note}\n") for _ in range(12_000))
    code, out, err, seconds, peak = _child([str(path), "--format", "csv", "--engine", "python"])
    assert code == 0 and "12,000 other tests" in err
    assert out.count("\n") == 12_002 and ",interpreted,calcium," in out.splitlines()[1]
    assert peak < 110, f"{peak:.0f} MB"  # ~180 MB when all 12,000 rows (48 MB) waited behind the result


def test_other_rows_flow_while_a_panel_is_pending(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows behind a pending result are written once the buffer is full, not at the end of the input."""
    from vitd_cli.batch import streamer

    monkeypatch.setattr(streamer, "BUFFER_LIMIT", 100)
    written: list[int] = []

    class Out(io.StringIO):
        def write(self, s: str) -> int:
            written.append(s.count("\n"))
            return super().write(s)

    text = HEADER + RESULT + OTHER * 20_000
    source = io.BytesIO(text.encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(source, encoding="utf-8"))
    out = Out()
    run = interpret_file("-", FileOptions(fmt="csv", quiet=True), stdout=out, stderr=io.StringIO())
    assert run.counts.total == 20_001
    assert len([n for n in written if n]) > 2  # written in batches as rows come (drain every 4,096 rows), not once at the end
    assert out.getvalue().count("\n") == 20_002


def test_a_quoted_record_over_8_mib_is_refused_early(tmp_path: Path) -> None:
    path = tmp_path / "quoted.csv"
    field = '"' + "y" * 1000 + '\n",'
    with path.open("w") as f:
        f.write(HEADER + RESULT + "P1,Calcium,")
        f.writelines(field for _ in range(30_000))  # 30 MB in one record of physical lines under 8 MiB
        f.write("mg/dL\n")
    code, out, err, seconds, peak = _child([str(path), "--format", "csv", "--engine", "python"])
    assert code == 2
    assert err.startswith("vitd: error: ") and "a record is longer than 8 MiB (from line 3)" in err and err.count("\n") == 0
    assert peak < 90, f"{peak:.0f} MB"


def test_json_depth_check_uses_constant_memory() -> None:
    from vitd_cli.readers.fhir_json import check_depth

    data = b'{"a": "' + b"[" * (16 << 20) + b'"}'  # 41 s and 3.9 GB for twice this in the old check
    t = time.perf_counter()
    check_depth(data, "the FHIR document")
    assert time.perf_counter() - t < 5
    data = data[:4 << 20] + b'"}'
    tracemalloc.start()
    try:
        check_depth(data, "the FHIR document")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1 << 20, f"{peak / 2**20:.1f} MiB"  # a chunk at a time (256 KiB), not a copy of the 4 MiB document
    for deep, refused in ((100, False), (101, True)):
        doc = b'{"s": "\\\\", "t": "\\"[[[[{{", "x": ' + b"[" * (deep - 1) + b"]" * (deep - 1) + b"}"  # strings skipped, escapes too
        if refused:
            with pytest.raises(VitdError, match="nested more than 100 levels"):
                check_depth(doc, "the FHIR document")
        else:
            check_depth(doc, "the FHIR document")


def test_a_report_beyond_its_bound_stops_with_one_line(tmp_path: Path) -> None:
    from vitd_cli.batch.collector import REPORT_RESULTS

    path = tmp_path / "many.csv"
    path.write_text(HEADER + "".join(f"P{i // 4},Calcium,9.1,mg/dL,,,2024-01-{1 + i % 28:02d} 08:15\n" for i in range(REPORT_RESULTS + 1)))
    code, out, err, seconds, peak = _child([str(path), "--format", "json", "--engine", "python"])
    assert code == 2 and out == ""
    assert err == (f"vitd: error: the input has more than {REPORT_RESULTS:,} results (at row {REPORT_RESULTS + 1:,}), more than one "
                   "--format json report holds (use --format csv or --format ndjson, which stream any number of rows, or --summary)")
    assert peak < 150, f"{peak:.0f} MB"  # stopped as the rows stream, before the report is built
    code, out, err, _, _ = _child([str(path), "--format", "ndjson", "--engine", "python"])
    assert code == 0 and out.count("\n") == REPORT_RESULTS + 1


def test_fhir_input_report_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vitd_cli.pipeline.interop_files as interop_files

    monkeypatch.setattr(interop_files, "REPORT_RESULTS", 10)
    obs = {"resourceType": "Observation", "status": "final", "subject": {"reference": "Patient/p1"},
           "code": {"coding": [{"system": "http://loinc.org", "code": "17861-6"}]}, "valueQuantity": {"value": 9.1, "unit": "mg/dL"}}
    path = tmp_path / "obs.ndjson"
    path.write_text("".join(json.dumps({**obs, "effectiveDateTime": f"2024-03-{d:02d}"}) + "\n" for d in range(1, 21)))
    with pytest.raises(VitdError, match="more than 10 results") as exc:
        interpret_file(str(path), FileOptions(fmt="html"), stdout=io.StringIO(), stderr=io.StringIO())
    assert exc.value.code == "report-too-large"
    run = interpret_file(str(path), FileOptions(fmt="csv", quiet=True), stdout=io.StringIO(), stderr=io.StringIO())
    assert run.exit_code == 0


# ---------------------------------------------------------------- the DuckDB engine's memory

def _big_export(path: Path, rows: int, distinct_values: bool) -> None:
    """A lab export of `rows` rows (about 83 bytes each): a quarter calcium, vitamin D and magnesium results of 2,000
    subjects, the rest other tests (integers below 100: some 7,000 distinct results); with `distinct_values` every value of
    another test is a new one (a key per row)."""
    import random

    rnd = random.Random(7)
    tests = [("Calcium", "mg/dL", 7.5, 11.0), ("25-Hydroxyvitamin D", "ng/mL", 5, 80), ("Magnesium", "mg/dL", 1.2, 2.8)]
    others = [(f"Other test {i}", "U/L", 0, 500) for i in range(60)]
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Patient ID,Test Name,Result,Units,Collected,Comment\n")
        for i in range(rows):
            name, unit, lo, hi = tests[i % 3] if i % 4 == 0 else others[i % 60]
            value = f"{rnd.uniform(lo, hi):.4f}" if distinct_values and i % 4 else f"{rnd.uniform(lo, hi):.1f}" if i % 4 == 0 else str(rnd.randrange(100))
            fh.write(f"P{i // 40 % 2000:05d},{name},{value},{unit},2024-01-{1 + i // 80_000:02d} 08:15,routine sample of the ward round\n")


@pytest.mark.parametrize("distinct_values", [False, True], ids=["few-keys", "a-key-per-row"])
def test_the_duckdb_engine_stays_under_150_mb(tmp_path: Path, distinct_values: bool) -> None:
    """--engine auto on a CSV of 48 MB or more: the DuckDB engine (memory_limit 64 MB, one thread, Python holding only
    the keys of interpreted rows), or, past 30,000 distinct results, the streaming engine; either way under 150 MB."""
    path = tmp_path / "big.csv"
    _big_export(path, 680_000, distinct_values)
    assert path.stat().st_size >= 48 * 1024 * 1024
    out = tmp_path / "out.csv"
    engine = "auto" if distinct_values else "duckdb"  # (auto hands the first to the streaming engine; the second is DuckDB's)
    code, _, err, seconds, peak = _child([str(path), "-f", "csv", "-o", str(out), "--engine", engine], timeout=600)
    assert code == 0, err
    assert "170,000" in err, err
    assert peak < 150, f"{peak:.0f} MB in {seconds:.1f} s"
