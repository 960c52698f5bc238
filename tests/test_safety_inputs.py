"""Safety (issue 13, "never lose data or leak it"), the input half: inputs that used to end as `internal error` or lose
rows, in the corpus tests/bad_inputs/inputs_* with their exact outcome, and the inputs that must be built at run time
(an 8 MiB CR-only file, a slow stdin, a named pipe, bash's <(...), a closed stdout, an ASCII-only stdout).

A row-level problem is a skipped (or other-test) row with its reason, and the accounting line adds up; anything else is
one line `vitd: error: WHAT (HINT)` and exit 2. Never `internal error`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cli_runner import run_cli

BAD = Path(__file__).resolve().parent / "bad_inputs"
REPO = Path(__file__).resolve().parents[1]
LABS = "subject,test,value,unit\nP1,Vitamin D,18,ng/mL\nP1,Calcium,9.1,mg/dL\nP2,Magnesium,0.8,mmol/L\n"

# file -> (extra arguments, exit code, a substring of stderr: the error line, or the accounting line)
TABLE: dict[str, tuple[list[str], int, str]] = {
    # a date past the last datetime once in UTC: read as no date (like any unreadable date), the row interpreted
    "inputs_far_future_date.csv": ([], 0, "vitd: 2 rows: 2 interpreted, 0 other tests, 0 skipped"),
    "inputs_far_future_date.hl7": (["-f", "html"], 0, "vitd: 1 observation read: 1 interpreted, 0 other tests, 0 skipped"),
    # a 4,301-digit integer: that Observation skipped with its reason, the lines around it interpreted
    "inputs_huge_integer.ndjson": ([], 0, "vitd: 3 observations read: 2 interpreted, 0 other tests, 1 skipped"),
    "inputs_lone_surrogate.json": ([], 0, "vitd: 1 observation read: 1 interpreted, 0 other tests, 0 skipped"),
    "inputs_duplicate_key.json": ([], 0, "vitd: 1 observation read: 0 interpreted, 0 other tests, 1 skipped"),
    "inputs_list_resource.json": ([], 0, "vitd: 3 observations read: 3 interpreted, 0 other tests, 0 skipped"),
    "inputs_nested_contained.json": ([], 0, "vitd: 4 observations read: 4 interpreted, 0 other tests, 0 skipped"),
    "inputs_mid_bom.csv": ([], 0, "vitd: 3 rows: 3 interpreted, 0 other tests, 0 skipped"),
    # ',,,' and a blank line: both skipped as empty rows, counted
    "inputs_empty_cells.csv": ([], 0, "vitd: 5 rows: 2 interpreted, 0 other tests, 3 skipped (3 empty row"),
    "inputs_utf32le.csv": ([], 0, "vitd: 3 rows: 3 interpreted, 0 other tests, 0 skipped"),
    "inputs_utf32be.csv": ([], 0, "vitd: 3 rows: 3 interpreted, 0 other tests, 0 skipped"),
    "inputs_utf16le_nobom.csv": ([], 0, "vitd: 3 rows: 3 interpreted, 0 other tests, 0 skipped"),
    "inputs_utf16be_nobom.csv": ([], 0, "vitd: 3 rows: 3 interpreted, 0 other tests, 0 skipped"),
    # --ranges files that pass the TOML parser (and some the validation) but are not usable
    "inputs_ranges_one_band.toml": ([], 2, "inputs_ranges_one_band.toml (line 2): scheme 'lab': a scheme needs at least two bands"),
    "inputs_ranges_unknown_finding.toml": ([], 2, "inputs_ranges_unknown_finding.toml (line 2): scheme 'lab': band 'low': unknown finding 'no_such_finding' (use one of "),
    "inputs_ranges_corrected_calcium.toml": ([], 2, "scheme 'lab': corrected_calcium has no scheme of its own (it is classified with the calcium scheme: write analyte = \"calcium\")"),
    "inputs_ranges_deep.toml": ([], 2, "inputs_ranges_deep.toml: arrays or tables nested too deeply"),
    "inputs_ranges_schemes_not_table.toml": ([], 2, "inputs_ranges_schemes_not_table.toml: schemes[0] is not a table"),
    "inputs_ranges_not_utf8.toml": ([], 2, "inputs_ranges_not_utf8.toml: not UTF-8 text (save the ranges file as UTF-8 TOML)"),
}

# skipped rows and their reasons (vitd_note of the csv output)
REASONS = {
    "inputs_huge_integer.ndjson": ["'inf ng/mL' is not a finite number"],
    "inputs_duplicate_key.json": ["duplicate key 'valueQuantity': which value is meant is not known"],
    "inputs_empty_cells.csv": ["empty row", "empty row", "empty row"],
}

_COUNTS = re.compile(r"vitd: ([\d,]+) (?:rows?|observations? read): ([\d,]+) interpreted, ([\d,]+) other tests?(?: \(of which [^)]*\))?, ([\d,]+) skipped")


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("vitd: error: "), err
    assert "internal error" not in err and "Traceback" not in err, err
    return lines[0]


def counts(err: str) -> tuple[int, int, int, int]:
    """(N, interpreted, other tests, skipped) of the accounting line, checked to add up."""
    m = _COUNTS.search(err)
    assert m, err
    n, a, b, c = (int(g.replace(",", "")) for g in m.groups())
    assert a + b + c == n, err
    return n, a, b, c


def test_every_inputs_corpus_file_is_in_the_table() -> None:
    assert sorted(p.name for p in BAD.glob("inputs_*")) == sorted(TABLE)


@pytest.mark.parametrize("name", sorted(TABLE))
def test_corpus_input(name: str) -> None:
    extra, want_code, want = TABLE[name]
    if name.endswith(".toml"):
        argv = ["interpret", "--vitd", "18 ng/mL", "--ranges", str(BAD / name)]
    else:
        argv = ["interpret", str(BAD / name), "-f", "csv", *extra]
    code, out, err = run_cli(argv)
    assert code == want_code, err
    assert "Traceback" not in err and "internal error" not in err, err
    assert want in err, err
    if code == 2:
        one_error_line(err)
        return
    counts(err)
    if not extra:  # the csv output: its skipped rows and their reasons
        notes = [row["vitd_note"] for row in _csv_rows(out) if row["vitd_status"] == "skipped"]
        assert len(notes) == len(REASONS.get(name, [])), notes
        for note, reason in zip(notes, REASONS.get(name, [])):
            assert reason in note


def _csv_rows(out: str) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "ndjson", "html", "rich", "fhir"])
def test_a_lone_surrogate_is_written_in_every_format(fmt: str) -> None:
    code, out, err = run_cli(["interpret", str(BAD / "inputs_lone_surrogate.json"), "-f", fmt])
    assert code == 0, err
    out.encode("utf-8")  # no surrogate left to write
    counts(err)


def test_the_mid_file_bom_leaves_the_row_as_read() -> None:
    code, out, err = run_cli(["interpret", str(BAD / "inputs_mid_bom.csv"), "-f", "csv"])
    assert code == 0, err
    rows = _csv_rows(out)
    assert [r["vitd_analyte"] for r in rows] == ["vitamin_d", "calcium", "calcium"]
    assert "\ufeffP2,Calcium" in out  # the input's own cells are copied as they were


def test_the_duckdb_engine_leaves_a_mid_file_bom_to_the_streaming_engine() -> None:
    pytest.importorskip("duckdb")
    code, _out, err = run_cli(["interpret", str(BAD / "inputs_mid_bom.csv"), "-f", "csv", "--engine", "duckdb"])
    assert code == 2
    assert "a byte-order mark after the start of the file" in one_error_line(err)


def test_decoded_encodings_keep_their_text() -> None:
    for name in ("inputs_utf32le.csv", "inputs_utf16be_nobom.csv"):
        code, out, err = run_cli(["interpret", str(BAD / name), "-f", "csv"])
        assert code == 0, err
        assert [r["subject"] for r in _csv_rows(out)] == ["P1", "P1", "Zoë"]


def test_a_duplicate_key_inside_an_observation_skips_it(tmp_path: Path) -> None:
    path = tmp_path / "o.ndjson"
    obs = ('{"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "1989-3"}]}, '
           '"valueQuantity": {"value": %s, "unit": "ng/mL"}, "note": [["\\udc00"]]}')
    path.write_text(obs % "18" + "\n" + obs % '18, "value": 99' + "\n", encoding="utf-8")
    code, out, err = run_cli(["interpret", str(path), "-f", "csv"])
    assert code == 0, err
    assert counts(err) == (2, 1, 0, 1)
    assert [r["vitd_note"] for r in _csv_rows(out)][1] == "duplicate key 'value': which value is meant is not known"


def test_a_duplicate_key_in_a_bundle_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text('{"resourceType": "Bundle", "entry": [], "entry": []}', encoding="utf-8")
    code, _out, err = run_cli(["interpret", str(path)])
    assert code == 2
    assert "the Bundle has the key 'entry' twice" in one_error_line(err)


def test_huge_panel_window_is_an_option_error() -> None:
    code, _out, err = run_cli(["interpret", str(BAD / "inputs_far_future_date.csv"), "--panel-window", "99999999999d"])
    assert code == 2
    assert "--panel-window '99999999999d' is longer than a datetime can span" in one_error_line(err)


@pytest.mark.parametrize("engine", ["python", "duckdb"])
def test_empty_rows_are_the_same_rule_in_both_engines(tmp_path: Path, engine: str) -> None:
    """',,,' is an empty row for the streaming engine; the DuckDB engine, which would read it as a row of another test,
    hands such a file over (auto) or says why (--engine duckdb)."""
    pytest.importorskip("duckdb")
    path = tmp_path / "e.csv"
    path.write_text("subject,test,value,unit\nP1,Vitamin D,18,ng/mL\n,,,\nP1,Calcium,9.1,mg/dL\n", encoding="utf-8")
    code, out, err = run_cli(["interpret", str(path), "-f", "csv", "--engine", engine])
    if engine == "duckdb":
        assert code == 2
        assert "rows of empty cells" in one_error_line(err)
        return
    assert code == 0, err
    assert counts(err) == (3, 2, 0, 1)
    assert [r["vitd_note"] for r in _csv_rows(out)][1] == "empty row"


# ------------------------------------------------------------------ inputs built at run time


def _vitd(args: list[str], *, stdin: bytes | None = None, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vitd_cli", *args], input=stdin, capture_output=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, cwd=REPO)


def test_cr_only_file_over_8_mib_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    rows = "".join(f"P{i},Vitamin D,18,ng/mL\r" for i in range(400_000))
    path.write_bytes(("subject,test,value,unit\r" + rows).encode())
    assert path.stat().st_size > 8 << 20
    p = _vitd(["interpret", str(path), "-f", "csv", "-o", str(tmp_path / "out.csv")])
    err = p.stderr.decode()
    assert p.returncode == 0, err
    assert counts(err) == (400_000, 400_000, 0, 0)


def test_slow_stdin_fhir_is_not_taken_for_csv(tmp_path: Path) -> None:
    doc = json.dumps({"resourceType": "Observation", "status": "final", "valueQuantity": {"value": 18, "unit": "ng/mL"},
                      "code": {"coding": [{"system": "http://loinc.org", "code": "1989-3"}]}})
    (tmp_path / "obs.json").write_text(doc, encoding="utf-8")
    script = f'(printf %s \'{doc[:16]}\'; sleep 1; tail -c +17 obs.json) | "$0" -m vitd_cli interpret - -f csv'
    p = subprocess.run(["bash", "-c", script, sys.executable], capture_output=True, timeout=120, cwd=tmp_path,
                       env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    err = p.stderr.decode()
    assert p.returncode == 0, err
    assert counts(err) == (1, 1, 0, 0)


def test_slow_stdin_hl7_is_not_taken_for_csv() -> None:
    hl7 = (BAD / "inputs_far_future_date.hl7").read_bytes()
    r, w = os.pipe()

    def writer() -> None:
        os.write(w, hl7[:3])
        threading.Event().wait(1.0)
        os.write(w, hl7[3:])
        os.close(w)

    t = threading.Thread(target=writer)
    t.start()
    try:
        p = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", "-", "-f", "csv"], stdin=r, capture_output=True, timeout=120)
    finally:
        os.close(r)
        t.join()
    err = p.stderr.decode()
    assert p.returncode == 0, err
    assert counts(err) == (1, 1, 0, 0)


def _big_labs(n: int = 400) -> str:
    return "subject,test,value,unit\n" + "".join(f"P{i},Vitamin D,{10 + i % 50},ng/mL\n" for i in range(n))  # > 4 KiB


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_read_whole(tmp_path: Path) -> None:
    fifo = tmp_path / "labs.fifo"
    os.mkfifo(fifo)
    data = _big_labs().encode()

    def writer() -> None:
        with open(fifo, "wb") as fh:
            fh.write(data)

    t = threading.Thread(target=writer)
    t.start()
    try:
        p = _vitd(["interpret", str(fifo), "-f", "csv"])
    finally:
        t.join(timeout=60)
    err = p.stderr.decode()
    assert p.returncode == 0, err
    assert counts(err) == (400, 400, 0, 0)


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
@pytest.mark.parametrize("what", ["csv", "gz", "ndjson"])
def test_process_substitution_is_read_whole(tmp_path: Path, what: str) -> None:
    if what == "ndjson":
        src, want = BAD / "inputs_huge_integer.ndjson", (3, 2, 0, 1)
        cat = "cat"
    else:
        src = tmp_path / "labs.csv"
        src.write_text(_big_labs(), encoding="utf-8")
        want, cat = (400, 400, 0, 0), "cat" if what == "csv" else "gzip -c"
    p = subprocess.run(["bash", "-c", f'"$0" -m vitd_cli interpret <({cat} "$1") -f csv', sys.executable, str(src)],
                       capture_output=True, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    err = p.stderr.decode()
    assert p.returncode == 0, err
    assert counts(err) == want


@pytest.mark.parametrize("args", [["-f", "csv"], ["-f", "json"], ["--vitd", "18 ng/mL"]])
def test_closed_stdout_is_one_clear_line(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "labs.csv"
    path.write_text(LABS, encoding="utf-8")
    argv = ["interpret", *args] if args[0].startswith("--vitd") else ["interpret", str(path), *args]
    p = subprocess.run(["bash", "-c", '"$0" -m vitd_cli "$@" >&-', sys.executable, *argv], capture_output=False,
                       stderr=subprocess.PIPE, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert p.returncode == 2
    assert "standard output is closed" in one_error_line(p.stderr.decode())


def test_closed_stdout_with_an_output_file_works(tmp_path: Path) -> None:
    path = tmp_path / "labs.csv"
    path.write_text(LABS, encoding="utf-8")
    out = tmp_path / "out.json"
    p = subprocess.run(["bash", "-c", '"$0" -m vitd_cli interpret "$1" -f json -o "$2" >&-', sys.executable, str(path), str(out)],
                       stderr=subprocess.PIPE, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert p.returncode == 0, p.stderr
    assert json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("args", [["FILE", "-f", "rich"], ["FILE", "-f", "csv"], ["--vitd", "45 µg/L"], ["--vitd", "45 nmol/L", "-f", "json"]])
def test_ascii_stdout_is_one_clear_line(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "labs.csv"
    path.write_text(LABS.replace("P2,Magnesium", "Zoë,Magnesium"), encoding="utf-8")
    if args[-1] == "rich":  # the example's report draws rules and sparklines (─, ▁▅█)
        path = REPO / "examples" / "labs.csv"
    argv = ["interpret", *[str(path) if a == "FILE" else a for a in args]]
    p = _vitd(argv, env={"PYTHONIOENCODING": "ascii"})
    err = p.stderr.decode("utf-8", "replace")
    if args[-1] == "csv":  # csv/tsv are written as UTF-8 whatever the locale
        assert p.returncode == 0, err
        assert "Zoë".encode() in p.stdout
        return
    if p.returncode == 0 and args[-1] == "json":  # a report with no character beyond ASCII is simply written
        json.loads(p.stdout.decode("ascii"))
        return
    assert p.returncode == 2, err
    assert "stdout's encoding (ascii) cannot write" in one_error_line(err)


@pytest.mark.parametrize("engine", ["python", "duckdb"])
def test_an_unreadable_date_is_said_on_its_row(engine: str) -> None:
    """A date vitd cannot read is not dropped silently: the result is kept, undated, and its note says so (both engines)."""
    code, out, err = run_cli(["interpret", str(BAD / "inputs_far_future_date.csv"), "-f", "csv", "--engine", engine])
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    undated = [r for r in rows if r["vitd_note"].startswith("date '9999-12-31T23:00:00-05:00' not read")]
    assert len(undated) == 1 and undated[0]["vitd_status"] == "interpreted"
    assert "9999" not in err  # (stderr quotes nothing from the file)

