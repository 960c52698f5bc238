"""Time and peak memory of `vitd interpret` on the hostile inputs of docs/safety.md (Limits): each case is generated in
a temporary folder and run in a subprocess of its own, so its peak RSS is its own (/usr/bin/time -v when present,
else resource.getrusage(RUSAGE_CHILDREN), the largest child so far).

    python benchmarks/safety_limits.py                 # every case
    python benchmarks/safety_limits.py cell40k hl7_spm # some
    python benchmarks/safety_limits.py --scale 0.1     # smaller inputs (quick look)
    python benchmarks/safety_limits.py --timeout 60    # give up on a case after 60 s

CSV inputs run with --engine python, the streaming engine (auto picks DuckDB for a file of 48 MB or more: others_auto).
Set PYTHONPATH to run another copy of vitd (e.g. an export of main, to measure the code before a change).

FHIR/HL7 streaming (issue 13), peak RSS and wall time before -> after (2 shared cores, so times are rough):
    ndjson         381 MB, 14.9 s, 69,167 stderr lines -> 49 MB, 14.0 s, 2 lines (panels within a window: 0 superseded)
    ndjson_ndjson  (whole input held, as ndjson)       -> 48 MB
    hl7_big        717 MB, 29.4 s, 30,874 stderr lines -> 68 MB, 24.9 s, 2 lines
    hl7_spm        105 MB,  3.0 s, 20,000 stderr lines -> 84 MB,  2.6 s, 3 lines
    (63 MiB of HL7, mostly NTE segments: 440 MB -> 99 MB)
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HEADER = "Patient ID,Test Name,Result,Units,Reference Range,Flag,Collected\n"
RESULT = "P1,Calcium,9.1,mg/dL,8.6-10.2,,2024-01-10 08:15\n"
OTHER = "P1,Sodium,140,mmol/L,135-145,,2024-01-10 08:15\n"
LONG_VALUE = "1 a" + " " * 40_000 + "b"


def _csv(d: Path, n: int) -> list[str]:
    p = d / "cell.csv"
    p.write_text(HEADER + f'P1,Calcium,"{LONG_VALUE}",mg/dL,,,2024-01-10 08:15\n')
    return [str(p), "--format", "csv", "--engine", "python"]


def _fhir_value_string(d: Path, n: int) -> list[str]:
    p = d / "obs.json"
    p.write_text(json.dumps({"resourceType": "Observation", "status": "final", "subject": {"reference": "Patient/p1"},
                             "code": {"coding": [{"system": "http://loinc.org", "code": "17861-6"}]},
                             "effectiveDateTime": "2024-03-05", "valueString": LONG_VALUE}))
    return [str(p), "--format", "csv"]


def _hl7_spm(d: Path, n: int) -> list[str]:
    p = d / "spm.hl7"
    segs = ["MSH|^~\\&|LAB|LAB|LIS|LAB|20240402121500||ORU^R01|M1|P|2.5.1", "PID|1||PAT-1^^^LAB^MR", "OBR|1||S-1|CHEM^Chemistry^L"]
    for i in range(n):
        segs.append(f"OBX|{i + 1}|NM|CA^Calcium^L^17861-6^Calcium^LN||9.{i % 10}|mg/dL|8.6-10.3||||F")
        segs.append(f"SPM|{i + 1}|S-{i}||SER^Serum^HL70487|||||||||||||20240402073000")
    p.write_text("\r".join(segs) + "\r")
    return [str(p), "--format", "csv"]


def _range_notes(d: Path, n: int) -> list[str]:
    p = d / "ranges.csv"
    with p.open("w") as f:
        f.write(HEADER)
        for i in range(n):
            f.write(f"P{i},Calcium,9.1,mg/dL,{7 + i / 100000:.5f}-10.2,,2024-01-10 08:15\n")
    return [str(p), "--format", "csv", "--engine", "python"]


def _blank_gz(d: Path, n: int) -> list[str]:
    p = d / "blank.csv.gz"
    with gzip.open(p, "wt") as f:
        f.write(HEADER + RESULT)
        f.write("\n" * n)
    return [str(p), "--format", "csv", "--engine", "python"]


def _others(d: Path, n: int) -> list[str]:
    p = d / "others.csv"
    with p.open("w") as f:
        f.write(HEADER + RESULT)
        f.writelines([OTHER] * n)
    return [str(p), "--format", "csv", "--engine", "python"]


def _comments(d: Path, n: int) -> list[str]:
    p = d / "comments.csv"
    note = "x" * 4096
    with p.open("w") as f:
        f.write(HEADER.replace("\n", ",Comment\n"))
        f.write(RESULT.replace("\n", ",\n"))
        for _ in range(n):
            f.write(OTHER.replace("\n", f",{note}\n"))
    return [str(p), "--format", "csv", "--engine", "python"]


def _quoted_record(d: Path, n: int) -> list[str]:
    p = d / "quoted.csv"
    field = '"' + "y" * 1000 + '\n",'
    with p.open("w") as f:
        f.write(HEADER + RESULT)
        f.write("P1,Calcium,")
        for _ in range(n // 1000):
            f.write(field)
        f.write("mg/dL\n")
    return [str(p), "--format", "csv", "--engine", "python"]


def _observation(i: int) -> dict:
    return {"resourceType": "Observation", "id": f"o{i}", "status": "final", "subject": {"reference": f"Patient/p{i % 1000}"},
            "code": {"coding": [{"system": "http://loinc.org", "code": "17861-6", "display": "Calcium"}], "text": "Calcium"},
            "effectiveDateTime": f"2024-03-{1 + i % 28:02d}T08:{i % 60:02d}:00Z",
            "valueQuantity": {"value": 9.1, "unit": "mg/dL", "system": "http://unitsofmeasure.org", "code": "mg/dL"},
            "note": [{"text": "z" * 300}]}


def _ndjson(d: Path, n: int) -> list[str]:
    p = d / "obs.ndjson"
    with p.open("w") as f:
        i = 0
        while f.tell() < n:
            f.write(json.dumps(_observation(i)) + "\n")
            i += 1
    return [str(p), "--format", "csv"]


def _hl7_messages(d: Path, n: int) -> list[str]:
    """HL7 ORU messages (one patient each: vitamin D, calcium, albumin, one other test) up to n bytes."""
    p = d / "big.hl7"
    with p.open("w", newline="") as f:
        i = 0
        while f.tell() < n:
            f.write("\r".join([f"MSH|^~\\&|LAB|LAB|LIS|LAB|20240402121500||ORU^R01|M{i}|P|2.5.1", f"PID|1||PAT-{i % 5000}^^^LAB^MR",
                               f"OBR|1||S-{i}|CHEM^Chemistry^L|||202404{1 + i % 28:02d}0730",
                               "OBX|1|NM|1989-3^Vitamin D 25-OH^LN||18|ng/mL|30-100|L|||F",
                               f"OBX|2|NM|17861-6^Calcium^LN||9.{i % 10}|mg/dL|8.6-10.3||||F",
                               "OBX|3|NM|1751-7^Albumin^LN||4.1|g/dL|3.5-5.0||||F",
                               "OBX|4|NM|2951-2^Sodium^LN||140|mmol/L|135-145||||F"]) + "\r")
            i += 1
    return [str(p), "--format", "csv"]


def _deep_json(d: Path, n: int) -> list[str]:
    p = d / "deep.json"
    p.write_text('{"resourceType": "Bundle", "entry": [], "x": "' + "[" * n + '"}')
    return [str(p), "--format", "json"]


def _report_rows(d: Path, n: int, fmt: str) -> list[str]:
    p = d / "report.csv"
    with p.open("w") as f:
        f.write(HEADER)
        for i in range(n):
            f.write(f"P{i // 4},Calcium,{8 + i % 30 / 10:.1f},mg/dL,8.6-10.2,,2024-01-{1 + i % 28:02d} 08:15\n")
    return [str(p), "--format", fmt, "--engine", "python"]


# name: (what, generator, size at scale 1, extra stdout check)
CASES: dict[str, tuple[str, Callable[[Path, int], list[str]], int]] = {
    "cell40k": ("CSV value cell of 40 KB (spaces)", _csv, 1),
    "fhir_value_string": ("FHIR valueString of 40 KB", _fhir_value_string, 1),
    "hl7_spm": ("HL7 ORU, OBX and SPM alternating (1.8 MB)", _hl7_spm, 20_000),
    "range_notes": ("20k rows, each a distinct lab range text", _range_notes, 20_000),
    "blank_gz": ("1 result + 3M blank lines (.gz)", _blank_gz, 3_000_000),
    "others": ("1 result + 1.6M other-test rows", _others, 1_600_000),
    "others_auto": ("the same, --engine auto (DuckDB: the file is over 48 MB)", lambda d, n: _others(d, n)[:-2], 1_600_000),
    "comments": ("1 result + 50k other rows with 4 KB comments", _comments, 50_000),
    "quoted_record": ("one 112 MB quoted multi-line record", _quoted_record, 112_000_000),
    "ndjson": ("FHIR NDJSON of 60 MiB, csv output", _ndjson, 60 << 20),
    "ndjson_ndjson": ("the same, ndjson output", lambda d, n: [*_ndjson(d, n)[:-1], "ndjson"], 60 << 20),
    "hl7_big": ("HL7 of 15 MiB (45k ORU messages, 4 OBX each), csv output", _hl7_messages, 15 << 20),
    "deep_json": ("JSON with a 32 MB string of brackets", _deep_json, 32_000_000),
    "report_json": ("CSV of 20k results (the report bound) to --format json", lambda d, n: _report_rows(d, n, "json"), 20_000),
    "report_html": ("CSV of 20k results to --format html", lambda d, n: _report_rows(d, n, "html"), 20_000),
    "report_fhir": ("CSV of 20k results to --format fhir", lambda d, n: _report_rows(d, n, "fhir"), 20_000),
    "report_rich": ("CSV of 20k results to --format rich", lambda d, n: _report_rows(d, n, "rich"), 20_000),
    "report_over": ("CSV of 40k results (2 MB) to --format json", lambda d, n: _report_rows(d, n, "json"), 40_000),
}


def run(args: list[str], timeout: float) -> tuple[float, float | None, int | None, str]:
    """(wall seconds, peak RSS MB, exit code, stderr summary) of one `python -m vitd_cli interpret` run."""
    cmd = [sys.executable, "-m", "vitd_cli", "interpret", *args]
    gnu_time = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    if gnu_time:
        cmd = [gnu_time, "-v", *cmd]
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=timeout, errors="replace")
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t0, None, None, f"timed out after {timeout:.0f} s"
    wall = time.perf_counter() - t0
    err = p.stderr
    if gnu_time:
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
        rss = int(m.group(1)) / 1024 if m else None
        err = err[: err.find("\tCommand being timed")] if "\tCommand being timed" in err else err
    else:
        import resource

        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far: run one case to be exact
    lines = [line for line in err.splitlines() if line.strip()]
    summary = f"{len(lines)} stderr line(s); last: {lines[-1][:110]}" if lines else "no stderr"
    return wall, rss, p.returncode, summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", nargs="*", help=f"some of: {', '.join(CASES)}")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--timeout", type=float, default=120.0)
    a = ap.parse_args()
    names = a.cases or list(CASES)
    for name in names:
        if name not in CASES:
            ap.error(f"unknown case {name!r}")
    print(f"{'case':<18} {'wall s':>8} {'peak MB':>8} {'exit':>4}  stderr")
    for name in names:
        what, make, size = CASES[name]
        with tempfile.TemporaryDirectory(prefix="vitd-limits-") as tmp:
            args = make(Path(tmp), max(1, int(size * a.scale)))
            wall, rss, code, summary = run(args, a.timeout)
        shown = f"{rss:8.0f}" if rss is not None else "       ?"
        print(f"{name:<18} {wall:8.2f} {shown} {code if code is not None else '-':>4}  {what}: {summary}", flush=True)


if __name__ == "__main__":
    main()
