"""Where the default (DuckDB) engine's time goes, step by step, on the benchmark workloads: the steps it times itself
(duckdb_engine.TIMINGS), each workload run in its own process, and the same run once more with every panel's findings
work left out (each result given only its own band's finding), to show what the panel pass costs before any finding is
worked out: the rows' trip through Python, the panel rule, the side file.

    python benchmarks/engine_steps.py                            # synthea, mimic and dense at 1M rows
    python benchmarks/engine_steps.py --sizes 1M,4M --shapes dense

The second run's output is not vitd's (findings are missing): it is a measurement only, written to a scratch folder
and removed. Figures: docs/engines.md (Speed, "Where the default engine's time goes").
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

import workloads
from run import parse_size, size_label

# one run of the DuckDB engine in this process: its wall time from the import of vitd on, and its own step timings
RUN = """
import json, sys, time
t0 = time.perf_counter()
from vitd_cli.engines import duckdb_engine
from vitd_cli.pipeline.plan import FileOptions
if sys.argv[4] == "own-bands":  # the panel pass without findings work: every panel's verdict is its results' own bands
    from vitd_cli.batch import panels, rows
    rows.Engine.verdict_of = lambda self, items: panels.OWN
duckdb_engine.interpret_file_duckdb(sys.argv[1], FileOptions(fmt="csv", output=sys.argv[2], quiet=True,
                                                             dictionary=sys.argv[3] or None))
print(json.dumps({"total": round(time.perf_counter() - t0, 3), **duckdb_engine.TIMINGS}))
"""


def run_once(path: str, out: str, dictionary: str, mode: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", RUN, path, out, dictionary, mode], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1M")
    parser.add_argument("--shapes", default="synthea,mimic,dense")
    args = parser.parse_args(argv)
    print("| workload | import, plan, byte scan | scan 1 (keys) | keys classified and explained | panel pass "
          "| panel pass, no findings work | scan 3 (write) | total (from import) | total, no findings work |")
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="vitd-steps-") as tmp:
        out = os.path.join(tmp, "out.csv")
        sizes = [parse_size(size) for size in args.sizes.split(",")]
        for rows, shape, path in workloads.each(sizes, args.shapes.split(","), log=lambda m: print(m, file=sys.stderr)):
            extra = shape.vitd_args()
            dictionary = extra[1] if extra[:1] == ["--dictionary"] else ""
            if extra and not dictionary:
                print(f"| {shape.name} {size_label(rows)} | (a wide file: not the long-layout engine measured here) |")
                continue
            full = run_once(str(path), out, dictionary, "full")
            bare = run_once(str(path), out, dictionary, "own-bands")
            keys = sum(full.get(k, 0.0) for k in ("tests identified", "keys classified", "verdicts (explained in Python)"))
            before = full["total"] - sum(v for k, v in full.items() if k != "total")
            print(f"| {shape.name} {size_label(rows)} | {before:.2f} s | {full['scan 1 (distinct keys)']:.2f} s | {keys:.2f} s "
                  f"| {full['panels (Python)']:.2f} s | {bare['panels (Python)']:.2f} s | {full['scan 3 (write)']:.2f} s "
                  f"| {full['total']:.2f} s | {bare['total']:.2f} s |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
