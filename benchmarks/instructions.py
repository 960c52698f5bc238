"""Instructions executed by the streaming engine, this checkout against another git revision: a regression check that a
busy or shared machine cannot blur.

Wall-clock ratios on a 2-core machine shared with other jobs move by 20% from run to run (benchmarks/run.py says so
beside its table), far more than the 5% a change may cost. The number of instructions a run executes hardly moves:
valgrind's callgrind counts them (`Collected` in its summary). This script runs `vitd interpret FILE --engine python
--format csv` under callgrind on the first ROWS rows of each workload (benchmarks/workloads.py), once for this checkout
and once for REV (a temporary git worktree, removed afterwards), and prints both counts and their ratio, per workload
and with the start-up (a 20-row file) taken out.

    python benchmarks/instructions.py --against 2c803a1            # 300k rows of synthea and mimic
    python benchmarks/instructions.py --against HEAD~5 --rows 60k --shapes mimic

Needs valgrind (apt install valgrind). Under callgrind a run takes ~50 times as long: 300k rows take about 3 minutes.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import workloads  # noqa: E402
from run import parse_size, size_label  # noqa: E402

ROOT = HERE.parent


def head(source: Path, rows: int, into: Path) -> Path:
    """The header and the first `rows` rows of a workload file."""
    out = into / f"{source.stem}-{rows}.csv"
    with source.open("rb") as src, out.open("wb") as dst:
        for n, line in enumerate(src):
            if n > rows:
                break
            dst.write(line)
    return out


def instructions(src: Path, args: list[str]) -> int:
    """Instructions one `python -m vitd_cli ARGS` run executes with the package in `src` first on the path."""
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-m", "vitd_cli", *args]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(src), "LC_ALL": "C.UTF-8"}
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, check=False)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if not found:
        raise SystemExit(f"callgrind gave no count for {' '.join(args)}: {done.stderr.strip()[-300:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", required=True, help="the git revision to compare with (e.g. 2c803a1, HEAD~3, a tag)")
    parser.add_argument("--rows", default="300k", help="rows of each workload (default 300k)")
    parser.add_argument("--shapes", default="synthea,mimic", help="workloads (default synthea,mimic)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed (apt install valgrind)")
    rows = parse_size(args.rows)
    shapes = [workloads.SHAPES[s] for s in args.shapes.split(",")]
    with tempfile.TemporaryDirectory(prefix="vitd-instructions-") as tmp:
        work = Path(tmp)
        tree = work / "against"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), args.against], check=True,
                       stdout=subprocess.DEVNULL)
        try:
            for src in (tree / "src", ROOT / "src"):  # compiled first: a fresh worktree would count its compilation
                subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True, stdout=subprocess.DEVNULL)
            print(f"instructions executed, `vitd interpret FILE --engine python --format csv`; this checkout against {args.against}")
            print("| workload | rows | against | this checkout | ratio | start-up (20 rows): against / this | ratio without start-up |")
            print("|---|---|---|---|---|---|---|")
            for shape in shapes:
                full = workloads.ensure(shape, max(rows, 1_000_000), args.seed, log=lambda m: None)
                files = {n: head(full, n, work) for n in (20, rows)}
                jobs = {(which, n): (src, ["interpret", str(f), *shape.vitd_args(), "--engine", "python", "--format", "csv"])
                        for which, src in (("base", tree / "src"), ("this", ROOT / "src")) for n, f in files.items()}
                with ThreadPoolExecutor(max_workers=2) as pool:
                    counts = dict(zip(jobs, pool.map(lambda job: instructions(*job), jobs.values())))
                base, this = counts[("base", rows)], counts[("this", rows)]
                base_rows, this_rows = base - counts[("base", 20)], this - counts[("this", 20)]
                print(f"| {shape.name} | {size_label(rows)} | {base / 1e9:.2f} G | {this / 1e9:.2f} G | {this / base:.3f}x "
                      f"| {counts[('base', 20)] / 1e9:.2f} G / {counts[('this', 20)] / 1e9:.2f} G | {this_rows / base_rows:.3f}x |")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
