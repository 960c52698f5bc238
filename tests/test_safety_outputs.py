"""Never lose data (issue 13, must-haves 1-3 and 11): an output that is an input is refused before anything is opened
for writing; an existing -o survives a failed, interrupted or concurrent run in every format and engine; no scratch
file is left anywhere (the working directory, $TMPDIR, beside the output), signals included; exit codes mean one
thing (a closed pipe is 0, a closed or full stderr changes nothing, SIGINT 130, SIGTERM 143).

Subprocess runs use `python -m vitd_cli` with their own empty TMPDIR and working directory, so that any leftover shows.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cli_runner import run_cli

REPO = Path(__file__).resolve().parents[1]
LABS = REPO / "examples" / "labs.csv"
HEADER = "Patient ID,Test Name,Result,Units,Collected\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_labs(path: Path, rows: int, ragged_last: bool = False) -> Path:
    """A long lab export: calcium, albumin and vitamin D rows for many subjects (long enough to interrupt)."""
    rnd = random.Random(rows)
    tests = [("Calcium", "mg/dL", 7.5, 11.0), ("Albumin", "g/dL", 2.8, 5.0), ("25-OH Vitamin D", "ng/mL", 8, 60)]
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for i in range(rows):
            name, unit, lo, hi = tests[i % 3]
            fh.write(f"P{i // 30},{name},{rnd.uniform(lo, hi):.1f},{unit},2024-03-{1 + (i // 30) % 28:02d} 08:00\n")
        if ragged_last:
            fh.write("P9999999,Calcium\n")
    return path


@pytest.fixture
def place(tmp_path: Path) -> dict[str, Path]:
    """A working directory, an empty TMPDIR and a HOME for a subprocess run, all of them watched for leftovers."""
    dirs = {name: tmp_path / name for name in ("work", "tmp", "home")}
    for d in dirs.values():
        d.mkdir()
    return dirs


def vitd(place: dict[str, Path], *args: str, **kw) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    env = {**os.environ, "TMPDIR": str(place["tmp"]), "HOME": str(place["home"]), "NO_COLOR": "1"}
    env.pop("VITD_DEBUG", None)
    return subprocess.Popen([sys.executable, "-m", "vitd_cli", *args], cwd=place["work"], env=env,
                            stdout=kw.pop("stdout", subprocess.PIPE), stderr=subprocess.PIPE, **kw)


def leftovers(place: dict[str, Path], keep: set[str]) -> list[str]:
    """Files in the working directory, TMPDIR and HOME that are not the inputs and outputs the test made."""
    found = []
    for d in place.values():
        for p in d.rglob("*"):
            if p.name not in keep and not p.name.startswith(".nfs"):
                found.append(str(p.relative_to(d.parent)))
    return found


# ------------------------------------------------------------------ 1. the input is never destroyed

@pytest.mark.parametrize("spelling", ["same", "dotted", "symlink-out", "symlink-in", "hardlink", "absolute"])
@pytest.mark.parametrize("engine", ["python", "duckdb"])
def test_an_output_that_is_the_input_is_refused(tmp_path: Path, spelling: str, engine: str) -> None:
    labs = write_labs(tmp_path / "labs.csv", 300)
    before = digest(labs)
    src, out = str(labs), str(labs)
    if spelling == "dotted":
        out = str(tmp_path / "." / ".." / tmp_path.name / "labs.csv")
    elif spelling == "symlink-out":
        (tmp_path / "link.csv").symlink_to(labs)
        out = str(tmp_path / "link.csv")
    elif spelling == "symlink-in":
        (tmp_path / "link.csv").symlink_to(labs)
        src = str(tmp_path / "link.csv")
    elif spelling == "hardlink":
        os.link(labs, tmp_path / "hard.csv")
        out = str(tmp_path / "hard.csv")
    elif spelling == "absolute":
        out = os.path.relpath(labs)
    code, stdout, err = run_cli(["interpret", src, "-f", "csv", "--engine", engine, "-o", out])
    assert code == 2, err
    assert err.startswith("vitd: error: the output ") and "is an input of this run" in err and len(err.splitlines()) == 1, err
    assert digest(labs) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"labs.csv", "link.csv", "hard.csv"} & {p.name for p in tmp_path.iterdir()})


def test_standard_input_as_the_output_is_refused(tmp_path: Path, place: dict[str, Path]) -> None:
    labs = write_labs(place["work"] / "labs.csv", 300)
    before = digest(labs)
    with labs.open("rb") as stdin:
        p = vitd(place, "interpret", "-", "-f", "csv", "-o", "labs.csv", stdin=stdin)
        _, err = p.communicate(timeout=60)
    assert p.returncode == 2 and b"is standard input of this run" in err, err
    assert digest(labs) == before


def test_stdout_appending_to_the_input_is_refused(place: dict[str, Path]) -> None:
    """`vitd interpret labs.csv >> labs.csv` would read its own output for ever."""
    labs = write_labs(place["work"] / "labs.csv", 300)
    before = digest(labs)
    with labs.open("ab") as out:
        p = vitd(place, "interpret", "labs.csv", "-f", "csv", stdout=out)
        _, err = p.communicate(timeout=60)
    assert p.returncode == 2 and b"standard output is an input file of this run" in err, err
    assert digest(labs) == before


@pytest.mark.parametrize("option", ["--dictionary", "--ranges"])
def test_other_inputs_are_protected_too(tmp_path: Path, option: str) -> None:
    labs = write_labs(tmp_path / "labs.csv", 30)
    other = tmp_path / ("d.csv" if option == "--dictionary" else "ranges.toml")
    shutil.copy(REPO / "reference_ranges" / "calcium.toml" if option == "--ranges" else LABS, other)
    before = digest(other)
    code, _, err = run_cli(["interpret", str(labs), "-f", "csv", option, str(other), "-o", str(other)])
    assert code == 2 and "is an input of this run" in err, err
    assert digest(other) == before


def test_a_new_output_through_a_symlink_lands_in_its_target(tmp_path: Path) -> None:
    target = tmp_path / "real.csv"
    target.write_text("old\n")
    (tmp_path / "link.csv").symlink_to(target)
    code, _, err = run_cli(["interpret", str(LABS), "-f", "csv", "-q", "-o", str(tmp_path / "link.csv")])
    assert code == 0, err
    assert (tmp_path / "link.csv").is_symlink() and target.read_text().startswith("Patient ID,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real.csv"]


def test_an_existing_outputs_permissions_are_kept(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old\n")
    out.chmod(0o640)
    code, _, err = run_cli(["interpret", str(LABS), "-f", "csv", "-q", "-o", str(out)])
    assert code == 0, err
    assert (out.stat().st_mode & 0o777) == 0o640 and out.read_text().startswith("Patient ID,")


# ------------------------------------------------------------------ 2. an existing output survives failure

FORMATS = [("csv", "out.csv"), ("tsv", "out.tsv"), ("ndjson", "out.ndjson"), ("json", "out.json"), ("html", "out.html"),
           ("fhir", "out.fhir.json"), ("rich", "out.txt"), ("csv", "out.csv.gz")]


@pytest.mark.parametrize(("fmt", "name"), FORMATS)
def test_a_failed_run_leaves_the_old_output_untouched(tmp_path: Path, fmt: str, name: str) -> None:
    """A ragged last row stops the run with exit 2 after most rows were written: the old file is as it was."""
    labs = write_labs(tmp_path / "labs.csv", 3000, ragged_last=True)
    out = tmp_path / name
    out.write_bytes(b"the old output\n")
    code, _, err = run_cli(["interpret", str(labs), "-f", fmt, "-q", "-o", str(out)])
    assert code == 2 and "has 2 fields where the header has 5" in err, err
    assert out.read_bytes() == b"the old output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["labs.csv", name])


@pytest.mark.parametrize(("fmt", "name"), [("csv", "out.csv"), ("csv", "out.csv.gz"), ("parquet", "out.parquet")])
def test_a_failed_duckdb_run_leaves_the_old_output_untouched(tmp_path: Path, fmt: str, name: str) -> None:
    labs = write_labs(tmp_path / "labs.csv", 3000, ragged_last=True)
    out = tmp_path / name
    out.write_bytes(b"the old output\n")
    code, _, err = run_cli(["interpret", str(labs), "-f", fmt, "--engine", "duckdb", "-q", "-o", str(out)])
    assert code == 2, err
    assert out.read_bytes() == b"the old output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["labs.csv", name])


def test_strict_failure_keeps_the_old_output(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old\n")
    code, _, err = run_cli(["interpret", str(LABS), "-f", "csv", "--strict", "-q", "-o", str(out)])
    assert code == 2 and "--strict" in err
    assert out.read_text() == "old\n"


def test_typed_values_output_is_replaced_only_on_success(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    out.write_text("old\n")
    code, _, _ = run_cli(["interpret", "--vitd", "18 parsecs", "-f", "json", "-o", str(out)])
    assert code == 2 and out.read_text() == "old\n"
    code, _, _ = run_cli(["interpret", "--vitd", "18 ng/mL", "-f", "json", "-o", str(out)])
    assert code == 0 and '"vitamin_d"' in out.read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


@pytest.mark.parametrize(("fmt", "name"), [("csv", "out.csv"), ("csv", "out.csv.gz"), ("json", "out.json")])
def test_a_successful_run_replaces_the_old_output_whole(tmp_path: Path, fmt: str, name: str) -> None:
    labs = write_labs(tmp_path / "labs.csv", 600)
    out = tmp_path / name
    out.write_bytes(b"x" * 100_000)  # longer than nothing: a file written in place would keep a tail of it
    code, _, err = run_cli(["interpret", str(labs), "-f", fmt, "-q", "-o", str(out)])
    assert code == 0, err
    data = gzip.decompress(out.read_bytes()) if name.endswith(".gz") else out.read_bytes()
    assert b"xxxx" not in data
    if fmt == "csv":
        assert data.decode().count("\n") == 601


def test_two_runs_to_one_output_do_not_interleave(place: dict[str, Path]) -> None:
    """Two runs writing the same -o at once: the file is one run's whole output, never a mix of both."""
    a = write_labs(place["work"] / "a.csv", 60_000)
    b = write_labs(place["work"] / "b.csv", 45_000)
    runs = [vitd(place, "interpret", name, "-f", "csv", "-q", "-o", "out.csv") for name in ("a.csv", "b.csv")]
    for p in runs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    out = (place["work"] / "out.csv").read_text().splitlines()
    assert len(out) in (60_001, 45_001)
    first_values = {line.split(",")[2] for line in out[1:50]}
    source = a if len(out) == 60_001 else b
    assert first_values <= {line.split(",")[2] for line in source.read_text().splitlines()[1:50]}
    assert leftovers(place, {"a.csv", "b.csv", "out.csv"}) == []


# ------------------------------------------------------------------ signals, at random points, on both engines

def _signals_as_from_a_terminal() -> None:
    """In the child: SIGINT, SIGTERM and SIGHUP at their defaults, as a command started from a shell has them (a test
    run under nohup or in a background job would hand them on ignored, and vitd leaves an ignored signal ignored)."""
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)


def _interrupt(place: dict[str, Path], engine: str, name: str, sig: int, after: float) -> tuple[int | None, bytes]:
    p = vitd(place, "interpret", "labs.csv", "--engine", engine, "-f", "csv", "-q", "-o", name, preexec_fn=_signals_as_from_a_terminal)
    time.sleep(after)
    p.send_signal(sig)
    _, err = p.communicate(timeout=120)
    return p.returncode, err


@pytest.mark.parametrize("engine", ["python", "duckdb"])
def test_killed_at_random_points_the_old_output_stays_and_nothing_is_left(place: dict[str, Path], engine: str) -> None:
    write_labs(place["work"] / "labs.csv", 400_000)
    rnd = random.Random(13)
    codes = set()
    for sig, name in [(signal.SIGINT, "out.csv"), (signal.SIGTERM, "out.csv.gz"), (signal.SIGTERM, "out.csv"), (signal.SIGINT, "out.csv.gz")]:
        out = place["work"] / name
        out.write_bytes(b"the old output\n")
        code, err = _interrupt(place, engine, name, sig, rnd.uniform(0.8, 2.5))
        codes.add(code)
        if code == 0:  # the run finished before the signal: the new output is whole
            assert out.read_bytes() != b"the old output\n"
            continue
        assert code == 128 + sig, (code, err)
        assert err.decode().splitlines() == ["vitd: interrupted"], err
        assert out.read_bytes() == b"the old output\n"
        assert leftovers(place, {"labs.csv", "out.csv", "out.csv.gz"}) == []
    assert codes - {0}, "every run ended before its signal: the input is too small to test this"


def test_sighup_is_an_interruption_too(place: dict[str, Path]) -> None:
    write_labs(place["work"] / "labs.csv", 600_000)
    for after in (1.0, 0.6, 0.4):  # a quiet machine may finish before the signal: then again, sooner
        (place["work"] / "out.csv").write_text("old\n")
        code, err = _interrupt(place, "python", "out.csv", signal.SIGHUP, after)
        if code != 0:
            break
    assert code == 129 and b"vitd: interrupted" in err, (code, err)
    assert (place["work"] / "out.csv").read_text() == "old\n"


# ------------------------------------------------------------------ 3. no lab data on disk but -o

@pytest.mark.parametrize(("engine", "name"), [("duckdb", "out.csv.gz"), ("duckdb", "out.parquet"), ("duckdb", "out.csv"), ("python", "out.csv.gz")])
def test_nothing_is_written_outside_the_output(place: dict[str, Path], engine: str, name: str) -> None:
    """DuckDB spills, keeps its side file and compresses in a private folder that is removed: the working directory,
    TMPDIR and HOME hold only the input and the output afterwards."""
    write_labs(place["work"] / "labs.csv", 20_000)
    fmt = "parquet" if name.endswith(".parquet") else "csv"
    p = vitd(place, "interpret", "labs.csv", "--engine", engine, "-f", fmt, "-q", "-o", name)
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err
    assert leftovers(place, {"labs.csv", name}) == []


def test_the_scratch_folder_is_private_while_it_exists(place: dict[str, Path]) -> None:
    """While a DuckDB run is going, its scratch folder under TMPDIR is mode 0700."""
    write_labs(place["work"] / "labs.csv", 400_000)
    p = vitd(place, "interpret", "labs.csv", "--engine", "duckdb", "-f", "csv", "-q", "-o", "out.csv")
    seen: list[int] = []
    deadline = time.monotonic() + 60
    while p.poll() is None and time.monotonic() < deadline and not seen:
        seen += [d.stat().st_mode & 0o777 for d in place["tmp"].iterdir() if d.is_dir()]
        time.sleep(0.02)
    p.communicate(timeout=300)
    assert seen and set(seen) == {0o700}, seen
    assert leftovers(place, {"labs.csv", "out.csv"}) == []


# ------------------------------------------------------------------ 11. exit codes that mean one thing

@pytest.mark.parametrize("args", [["interpret", "big.csv", "-f", "csv"], ["interpret", "big.csv", "-f", "ndjson"],
                                  ["interpret", "big.csv", "-f", "csv", "--engine", "duckdb"], ["ranges"],
                                  ["interpret", "--example", "-f", "json"]])
def test_a_closed_pipe_ends_quietly_with_0(place: dict[str, Path], args: list[str]) -> None:
    write_labs(place["work"] / "big.csv", 50_000)
    p = vitd(place, *args)
    assert p.stdout is not None
    p.stdout.readline()
    p.stdout.close()  # `| head -1`
    err = p.stderr.read() if p.stderr else b""
    p.wait(timeout=120)
    assert p.returncode == 0, err
    assert b"error" not in err and b"Traceback" not in err, err


@pytest.mark.parametrize("stderr", ["closed", "full"])
def test_a_closed_or_full_stderr_changes_nothing(place: dict[str, Path], stderr: str) -> None:
    shutil.copy(LABS, place["work"] / "labs.csv")
    env = {**os.environ, "TMPDIR": str(place["tmp"])}
    redirect = "2>&-" if stderr == "closed" else "2>/dev/full"
    r = subprocess.run(["bash", "-c", f'"{sys.executable}" -m vitd_cli interpret labs.csv -f csv {redirect}'], cwd=place["work"],
                       env=env, capture_output=False, stdout=subprocess.PIPE)
    assert r.returncode == 0
    assert r.stdout.decode().count("\n") == 18


def test_a_closed_stdout_is_a_clear_error(place: dict[str, Path]) -> None:
    shutil.copy(LABS, place["work"] / "labs.csv")
    for cmd, code in [("interpret labs.csv -f csv", 2), ("interpret --vitd '18 ng/mL' -f json", 2), ("interpret labs.csv -f csv -o out.csv", 0)]:
        r = subprocess.run(["bash", "-c", f'"{sys.executable}" -m vitd_cli {cmd} >&-'], cwd=place["work"], capture_output=False,
                           stderr=subprocess.PIPE)
        assert r.returncode == code, (cmd, r.stderr)
        if code:
            assert r.stderr.decode().strip() == ("vitd: error: standard output is closed: there is nowhere to write the output "
                                                  "(give -o FILE, or redirect it to a file)")


def test_a_folder_as_the_output_is_refused(tmp_path: Path) -> None:
    code, _, err = run_cli(["interpret", str(LABS), "-f", "csv", "-o", str(tmp_path)])
    assert code == 2 and "it is a folder" in err
    assert list(tmp_path.iterdir()) == []


def test_an_output_in_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    code, _, err = run_cli(["interpret", str(LABS), "-f", "csv", "-o", str(tmp_path / "nope" / "out.csv")])
    assert code == 2 and err.startswith("vitd: error: cannot write") and len(err.splitlines()) == 1, err


def test_output_to_dev_null_still_works(tmp_path: Path) -> None:
    code, _, err = run_cli(["interpret", str(LABS), "-f", "csv", "-q", "-o", os.devnull])
    assert code == 0, err


def test_threads_do_not_matter_for_the_signal_handlers() -> None:
    """main() puts back the handlers it found: a library caller's own SIGTERM handler survives a CLI run."""
    seen = []
    old = signal.signal(signal.SIGTERM, lambda *_: seen.append(1))
    try:
        run_cli(["interpret", "--vitd", "18 ng/mL", "-f", "json"])
        handler = signal.getsignal(signal.SIGTERM)
        assert callable(handler) and handler is not signal.default_int_handler
        handler(signal.SIGTERM, None)  # type: ignore[operator]
        assert seen == [1]
    finally:
        signal.signal(signal.SIGTERM, old)
    assert threading.current_thread() is threading.main_thread()
