"""Run vitd's fuzz targets for a set time and say what they found.

    python fuzz/run.py --minutes 30                  # both targets, the time split between them, run in parallel
    python fuzz/run.py --target readers --minutes 10
    python fuzz/run.py --minutes 1 --jobs 1          # one after the other

Needs atheris (pip install atheris). The corpus grows in fuzz/corpus/<target>/ (seeded from tests/data and
tests/bad_inputs); inputs that crash are saved in fuzz/crashes/<target>/ and listed at the end: turn each into a test
(tests/test_hardening_fuzz_regressions.py replays every file in tests/bad_inputs/fuzz/). After a crash the target is
restarted until the time is up. Exit status: 0 when nothing crashed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TARGETS = {"readers": HERE / "fuzz_readers.py", "units": HERE / "fuzz_units.py"}
UNIT_SEEDS = ["18 ng/mL", "<5", "45 nmol/L", "1,234", "18,5 mg/dL", "1/0", "meter**1000", "__import__('os')", "nan", "-1e308",
              "≥ 2.5 mmol/L", "1 234,5", "12 µg/L", "1e400 pg/mL"]
_STATS = re.compile(r"#(\d+)\s+\w+\s+cov: (\d+) ft: (\d+) corp: (\d+)")


def seed(target: str, corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    if target == "units":
        for i, s in enumerate(UNIT_SEEDS):
            (corpus / f"seed{i}").write_bytes(bytes([i % 7, 0, 0, 0, 0, 0, 0, 0]) + s.encode())
        return
    suffix = {".csv": 0, ".tsv": 1, ".json": 2, ".ndjson": 3, ".hl7": 4, ".gz": 5}
    for src in [*(REPO / "tests" / "data").rglob("*"), *(REPO / "tests" / "bad_inputs").rglob("*")]:
        if src.is_file() and src.stat().st_size < 64_000:
            (corpus / f"{src.parent.name}-{src.name}").write_bytes(bytes([suffix.get(src.suffix, 0)]) + src.read_bytes())


def start(target: str, seconds: int, extra: list[str]) -> tuple[subprocess.Popen, Path]:
    corpus = HERE / "corpus" / target
    crashes = HERE / "crashes" / target
    crashes.mkdir(parents=True, exist_ok=True)
    seed(target, corpus)
    log = HERE / "corpus" / f"{target}.log"
    cmd = [sys.executable, str(TARGETS[target]), str(corpus), f"-max_total_time={seconds}", f"-artifact_prefix={crashes}/",
           "-rss_limit_mb=2048", "-timeout=60", "-print_final_stats=1", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=open(log, "a")), log  # noqa: SIM115


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=10.0, help="total time (default 10)")
    ap.add_argument("--target", choices=[*TARGETS, "all"], default="all")
    ap.add_argument("--jobs", type=int, default=2, help="targets run at once (default 2)")
    ap.add_argument("libfuzzer", nargs="*", help="extra libFuzzer flags, after --")
    args = ap.parse_args()
    targets = list(TARGETS) if args.target == "all" else [args.target]
    for t in targets:
        (HERE / "corpus").mkdir(exist_ok=True)
        (HERE / "corpus" / f"{t}.log").write_text("")
    budget = args.minutes * 60 if args.jobs > 1 else args.minutes * 60 / len(targets)
    results = {}
    pending = list(targets)
    while pending:
        batch, pending = pending[: args.jobs], pending[args.jobs:]
        deadline = time.monotonic() + budget
        runs: dict[str, tuple[subprocess.Popen, Path]] = {}
        restarts = dict.fromkeys(batch, 0)
        for t in batch:
            runs[t] = start(t, int(budget), args.libfuzzer)
        while runs:
            time.sleep(1)
            for t, (proc, _log) in list(runs.items()):
                if proc.poll() is None:
                    continue
                left = int(deadline - time.monotonic())
                if proc.returncode != 0 and left > 5:  # a crash: saved; go on fuzzing
                    restarts[t] += 1
                    runs[t] = start(t, left, args.libfuzzer)
                else:
                    del runs[t]
        for t in batch:
            log = (HERE / "corpus" / f"{t}.log").read_text(errors="replace")
            execs = sum(int(m.group(1)) for m in re.finditer(r"stat::number_of_executed_units: (\d+)", log))
            stats = _STATS.findall(log)
            cov = max((int(s[1]) for s in stats), default=0)
            ft = max((int(s[2]) for s in stats), default=0)
            crashes = sorted(p.name for p in (HERE / "crashes" / t).iterdir() if not p.name.startswith("slow-unit-"))
            results[t] = (execs, cov, ft, len(list((HERE / "corpus" / t).iterdir())), crashes, restarts[t])
    failed = False
    for t, (execs, cov, ft, corp, crashes, restarts) in results.items():
        timeouts = [c for c in crashes if c.startswith("timeout-")]
        print(f"{t}: {execs:,} executions, coverage {cov} edges ({ft} features), corpus {corp} inputs, "
              f"{len(crashes) - len(timeouts)} crash(es), {len(timeouts)} timeout(s){', restarted ' + str(restarts) + 'x' if restarts else ''}")
        for c in crashes:
            print(f"  fuzz/crashes/{t}/{c}")
        if timeouts:
            print(f"  (replay a timeout alone, e.g. python {TARGETS[t].relative_to(REPO)} fuzz/crashes/{t}/{timeouts[0]}: on a loaded"
                  " machine libFuzzer's -timeout can fire on an input that runs in milliseconds)")
        failed = failed or bool(crashes)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
