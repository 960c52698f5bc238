"""docs/safety.md, Limits and memory: FHIR NDJSON and HL7 input stream to csv/tsv/ndjson output. Each observation is
written once its window of observations is complete (interop_records.stream_records), so peak RSS stays under 150 MB
whatever the size of the input, output starts before the input ends, and stderr counts the notes of each kind in one
line instead of writing one line per observation.

The inputs are big enough that the old code (every observation held to the end, one stderr line per superseded or
skipped observation) failed: ~230 MB for the NDJSON and HL7 cases here, 40,000 stderr lines for the notes.
"""

from __future__ import annotations

import csv
import io
import json
import select
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cli_runner import run_cli
from vitd_cli.files import FileOptions, interpret_file
from vitd_cli.interpret import settings
from vitd_cli.pipeline.interop_files import _render, sniff_path
from vitd_cli.pipeline.interop_records import interpret_records
from vitd_cli.readers.interop import read_records

DATA = Path(__file__).parent / "data"
PEAK_MB = 150
NOTE = "z" * 300


def _observation(i: int, subjects: int = 1000, **extra: object) -> dict:
    obs = {"resourceType": "Observation", "id": f"o{i}", "status": "final", "subject": {"reference": f"Patient/p{i % subjects}"},
           "code": {"coding": [{"system": "http://loinc.org", "code": "17861-6", "display": "Calcium"}], "text": "Calcium"},
           "effectiveDateTime": f"2024-03-{1 + i % 28:02d}T08:{i % 60:02d}:00Z",
           "valueQuantity": {"value": 9.1, "unit": "mg/dL", "system": "http://unitsofmeasure.org", "code": "mg/dL"},
           "note": [{"text": NOTE}]}
    obs.update(extra)
    return obs


def _dumps(obs: dict) -> str:
    """One NDJSON line, without the keys set to None."""
    return json.dumps({k: v for k, v in obs.items() if v is not None}) + "\n"


def _ndjson_lines(start: int, stop: int) -> bytes:
    return b"".join(json.dumps(_observation(i)).encode() + b"\n" for i in range(start, stop))


def _hl7(n_messages: int) -> str:
    """ORU messages of one patient each: vitamin D, calcium, albumin and one other test."""
    out = []
    for i in range(n_messages):
        out.append("\r".join([f"MSH|^~\\&|LAB|LAB|LIS|LAB|20240402121500||ORU^R01|M{i}|P|2.5.1", f"PID|1||PAT-{i % 5000}^^^LAB^MR",
                              f"OBR|1||S-{i}|CHEM^Chemistry^L|||202404{1 + i % 28:02d}0730",
                              "OBX|1|NM|1989-3^Vitamin D 25-OH^LN||18|ng/mL|30-100|L|||F",
                              f"OBX|2|NM|17861-6^Calcium^LN||9.{i % 10}|mg/dL|8.6-10.3||||F",
                              "OBX|3|NM|1751-7^Albumin^LN||4.1|g/dL|3.5-5.0||||F",
                              "OBX|4|NM|2951-2^Sodium^LN||140|mmol/L|135-145||||F"]) + "\r")
    return "".join(out)


def _child(args: list[str], timeout: float = 120) -> tuple[int, str, str, float]:
    """(exit code, stdout's first 2 KB, stderr, peak RSS in MB) of `python -m vitd_cli interpret ARGS`, run as the only
    child of a probe process, so that RUSAGE_CHILDREN is this run's alone."""
    probe = ("import resource, subprocess, sys\n"
             "p = subprocess.run([sys.executable, '-m', 'vitd_cli', 'interpret', *sys.argv[1:]], capture_output=True, text=True)\n"
             "sys.stdout.write(p.stdout[:2048]); sys.stderr.write(p.stderr)\n"
             "sys.stderr.write(f'\\n#probe {p.returncode} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n')\n")
    p = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=timeout)
    err, _, tail = p.stderr.rpartition("\n#probe ")
    code, kb = tail.split()
    return int(code), p.stdout, err.strip("\n"), int(kb) / 1024


def _note_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("vitd: note: ")]


# ---------------------------------------------------------------- memory


@pytest.mark.parametrize("fmt", ["csv", "ndjson"])
def test_a_fhir_ndjson_bulk_export_streams_under_150_mb(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "Observation.ndjson"
    n = 36_000  # 27 MB: ~230 MB peak when every observation was kept to the end
    path.write_bytes(_ndjson_lines(0, n))
    code, out, err, peak = _child([str(path), "--format", fmt])
    assert code == 0, err
    assert err.splitlines()[-1] == f"vitd: {n:,} observations read: {n:,} interpreted, 0 other tests, 0 skipped"
    assert peak < PEAK_MB, f"peak RSS {peak:.0f} MB"
    assert len(_note_lines(err)) <= 2  # (the note that panels were formed in parts)
    first = out.splitlines()[1] if fmt == "csv" else out.splitlines()[0]
    assert "calcium" in first


def test_hl7_streams_under_150_mb(tmp_path: Path) -> None:
    path = tmp_path / "big.hl7"
    path.write_text(_hl7(12_000), newline="")  # 4.3 MB, 48,000 OBX: ~230 MB peak before
    code, out, err, peak = _child([str(path), "--format", "csv"])
    assert code == 0, err
    assert err.splitlines()[-1] == "vitd: 48,000 observations read: 36,000 interpreted, 12,000 other tests, 0 skipped"
    assert peak < PEAK_MB, f"peak RSS {peak:.0f} MB"
    assert out.startswith("source_index,location,vitd_status,")


def test_output_starts_before_the_input_ends() -> None:
    """NDJSON fed slowly through a pipe: the first rows come out while the pipe is still open."""
    proc = subprocess.Popen([sys.executable, "-m", "vitd_cli", "interpret", "-", "--format", "csv"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    got_output = threading.Event()
    written = [0]

    def feed() -> None:
        assert proc.stdin is not None
        try:
            for start in range(0, 60_000, 500):  # at most 60,000 observations, 500 at a time, until output appears
                if got_output.is_set():
                    break
                proc.stdin.write(_ndjson_lines(start, start + 500))
                proc.stdin.flush()
                written[0] = start + 500
                time.sleep(0.01)
        except BrokenPipeError:
            pass

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 90)
        assert ready, "no output within 90 s"
        header = proc.stdout.readline()
        first = proc.stdout.readline()
        got_output.set()
        assert proc.poll() is None, "vitd ended before its input did"
        assert header.startswith(b"source_index,location,vitd_status,")
        assert b",interpreted,Calcium,17861-6,calcium," in first
        drained: dict[str, bytes] = {}  # read the rest while the feeder finishes its last batch and stdin is closed
        readers = [threading.Thread(target=lambda name=name, f=f: drained.__setitem__(name, f.read()), daemon=True)  # type: ignore[misc]
                   for name, f in (("out", proc.stdout), ("err", proc.stderr))]
        for t in readers:
            t.start()
        feeder.join(60)
        assert not feeder.is_alive()
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(120)
        for t in readers:
            t.join(60)
        rest, err = drained["out"], drained["err"]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    total = written[0]
    assert total < 60_000
    assert err.decode().splitlines()[-1] == f"vitd: {total:,} observations read: {total:,} interpreted, 0 other tests, 0 skipped"
    assert 2 + rest.count(b"\n") == total + 1  # header, the first row, the rest


# ---------------------------------------------------------------- stderr: one line per kind of note


def test_stderr_counts_superseded_and_skipped_observations(tmp_path: Path) -> None:
    lines = [_observation(i, subjects=1) | {"effectiveDateTime": "2024-03-01T08:00:00Z"} for i in range(10_000)]  # one panel: 9,999 superseded
    lines += [_observation(i, valueQuantity=None, valueString="NaN") for i in range(10_000, 15_000)]  # value not read
    lines += [_observation(i, status="preliminary", subject={"reference": f"Patient/q{i}"}) for i in range(15_000, 20_000)]
    path = tmp_path / "notes.ndjson"
    path.write_text("".join(_dumps(obs) for obs in lines))
    code, out, err = run_cli(["interpret", str(path), "--format", "csv", "-v"])  # (the skipped observations' notes are details: -v)
    assert code == 0, err
    notes = _note_lines(err)
    assert 3 <= len(notes) <= 5, err
    assert err.splitlines()[-1].startswith("vitd: 20,000 observations read: ")
    superseded = next(n for n in notes if "superseded" in n)
    assert "calcium skipped: superseded by another version of it for the same subject and time" in superseded
    assert "(e.g. observation 1; observation 2; observation 3; …; see vitd_note)" in superseded
    nan = next(n for n in notes if "value not read" in n)
    assert nan.startswith("vitd: note: 5,000 observations: calcium skipped: value not read (not a number) (e.g. observation 10001;")
    assert "5,000 observations: calcium is a preliminary result and may change" in err
    assert "NaN" not in err and "Patient" not in err and "2024" not in err and NOTE[:20] not in err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 20_000
    skipped = [r for r in rows if r["vitd_status"] == "skipped"]
    assert sum("superseded by" in r["vitd_note"] for r in skipped) >= 9_000  # the full reason, per row, in the output
    assert sum("NaN" in r["vitd_note"] for r in skipped) == 5_000


def test_stderr_counts_notes_in_a_whole_document_report_and_for_hl7() -> None:
    obx = "".join(f"OBX|{i + 1}|NM|17861-6^Calcium^LN||9.{i % 10}|mg/dL|8.6-10.3||||F\r" for i in range(10_000))
    data = "MSH|^~\\&|LAB|LAB|LIS|LAB|20240402121500||ORU^R01|M1|P|2.5.1\rPID|1||PAT-1^^^LAB^MR\rOBR|1||S-1|CHEM|||202404020730\r" + obx
    for fmt in ("json", "csv"):
        code, out, err = run_cli(["interpret", "-", "--format", fmt, "-v"], stdin=data.encode())
        assert code == 0, err
        notes = _note_lines(err)
        assert len(notes) == (1 if fmt == "json" else 2), err  # csv: and that panels were formed in parts (windows)
        assert notes[0].startswith(f"vitd: note: {'9,999' if fmt == 'json' else '9,998'} observations: calcium skipped: superseded by another version of it for the same subject "
                                   "and time (e.g. message 1, OBX at line 4; message 1, OBX at line 5; message 1, OBX at line 6; …")
        n = 1 if fmt == "json" else 2  # csv: one result per window of observations
        assert err.splitlines()[-1] == f"vitd: 10,000 observations read: {n:,} interpreted, 0 other tests, {10_000 - n:,} skipped ({10_000 - n:,} superseded)"
    doc = json.loads(run_cli(["interpret", "-", "--format", "json"], stdin=data.encode())[1])
    assert sum("superseded by" in w for w in doc["warnings"]) == 9_999  # the report keeps every note


def test_a_single_note_keeps_its_own_wording(tmp_path: Path) -> None:
    path = tmp_path / "one.ndjson"
    path.write_text(_dumps(_observation(0, valueQuantity=None, valueString="NaN")) + _dumps(_observation(1)))
    code, _, err = run_cli(["interpret", str(path), "--format", "csv", "-v"])
    assert code == 0, err
    assert _note_lines(err) == ["vitd: note: observation 1: calcium skipped: value not read (not a number)"]
    code, _, err = run_cli(["interpret", str(path), "--format", "csv"])  # without -v: the count line counts the skip
    assert code == 0 and err.splitlines() == ["vitd: 1 more note (-v shows it)",
                                              "vitd: 2 observations read: 1 interpreted, 0 other tests, 1 skipped (1 value not read (not a number))"], err


# ---------------------------------------------------------------- the same rows as the whole-document path


@pytest.mark.parametrize("path", sorted(p for p in (DATA / "fhir").iterdir() if p.is_file()) + sorted(p for p in (DATA / "hl7").iterdir() if p.is_file()),
                         ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["csv", "ndjson"])
def test_streamed_rows_are_those_of_the_whole_document_path(path: Path, fmt: str) -> None:
    kind = sniff_path(str(path))
    assert kind is not None
    streamed = io.StringIO()
    interpret_file(str(path), FileOptions(fmt=fmt, quiet=True), stdout=streamed, stderr=io.StringIO())
    s = settings(None, None, (), None)
    with open(path, "rb") as fh:
        report, acc = interpret_records(read_records(fh, kind), s)  # type: ignore[arg-type]
    whole = io.StringIO()
    _render(fmt, report, acc, whole, s)
    assert streamed.getvalue() == whole.getvalue()


def test_the_window_bounds_what_is_held(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window of 100 observations: 1,000 observations are written in 10 parts, in input order, with the note."""
    from vitd_cli.batch import streamer

    monkeypatch.setattr(streamer, "BUFFER_LIMIT", 100)
    same_time = {"effectiveDateTime": "2024-03-01T08:00:00Z"}
    data = "".join(_dumps(_observation(i, subjects=10) | same_time) for i in range(1_000)).encode()
    code, out, err = run_cli(["interpret", "-", "--format", "csv"], stdin=data)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [int(r["source_index"]) for r in rows] == list(range(1_000))
    assert "panels were formed in parts" in err
    assert sum(r["vitd_status"] == "interpreted" for r in rows) == 100  # each window: one result per subject and time
