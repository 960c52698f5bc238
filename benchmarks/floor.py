"""How fast could any engine built on DuckDB be on this machine? The least such an engine does is start Python with
DuckDB imported, read the file and write every line out again. This script times that floor beside vitd's default
engine and its streaming engine on the benchmark workloads, each command in its own process, interleaved:

    python benchmarks/floor.py                      # synthea and mimic, 1M and 4M rows, 3 runs
    python benchmarks/floor.py --sizes 1M --runs 1

"ceiling" is the streaming engine's time over the floor's: the most an engine that reads and writes the file through
DuckDB could gain over the streaming engine here, before doing any work. (issue 6 asks the default engine for 5x.)
Figures: docs/engines.md (Speed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import measure
import workloads
from measure import Command
from run import parse_size, size_label

# DuckDB copies the file's lines, unparsed, to a file: one read and one write, and nothing else, with the settings the
# DuckDB engine runs with (memory limit, threads, spill folder, CSV buffer: with DuckDB's 32 MiB buffer the copy stops
# at the engine's 64 MB limit)
COPY = """
import os, sys, duckdb, vitd_cli.engines.duckdb_engine, vitd_cli.engines.duckdb_input, vitd_cli.cli
src, out = sys.argv[1], sys.argv[2]
engine = vitd_cli.engines.duckdb_engine.DuckDBSettings()  # the engine's own settings: memory limit, threads, a spill folder
con = duckdb.connect(config={"memory_limit": engine.memory_limit, "threads": engine.threads or os.cpu_count(),
                             "temp_directory": os.path.join(os.path.dirname(out), "floor-spill")})
lines = f"read_csv('{src}', header = false, auto_detect = false, columns = {{'l': 'VARCHAR'}}, delim = chr(1), quote = '', escape = '', buffer_size = {vitd_cli.engines.duckdb_input.CSV_BUFFER})"
con.execute(f"COPY (SELECT l FROM {lines}) TO '{out}' (HEADER false, QUOTE '', ESCAPE '', DELIMITER chr(2))")
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1M,4M")
    parser.add_argument("--shapes", default="synthea,mimic")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    python = sys.executable
    vitd = str(Path(python).with_name("vitd"))
    rows_md = ["| workload | floor: start-up + DuckDB copies the lines | default engine | streaming engine | "
               "ceiling (streaming / floor) | default / floor |", "|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory(prefix="vitd-floor-") as tmp:
        out = os.path.join(tmp, "out.csv")
        sizes = [parse_size(size) for size in args.sizes.split(",")]
        for rows, shape, path in workloads.each(sizes, args.shapes.split(","), log=lambda m: print(m, file=sys.stderr)):
            name, extra = shape.name, shape.vitd_args()
            commands = {
                "floor": Command([python, "-c", COPY, str(path), out]),
                "default": Command([vitd, "interpret", str(path), *extra, "--format", "csv", "-q", "-o", out]),
                "streaming": Command([vitd, "interpret", str(path), *extra, "--format", "csv", "-q", "-o", out, "--engine", "python"]),
            }
            print(f"{name} {size_label(rows)}", file=sys.stderr)
            got = measure.measure_together(commands, args.runs, timeout=3600, log=lambda m: print(m, file=sys.stderr))
            if not all(m.ok for m in got.values()):
                print(f"{name}: " + "; ".join(f"{k}: {m.error}" for k, m in got.items() if not m.ok), file=sys.stderr)
                return 1
            f, d, s = (got[k].median_seconds for k in ("floor", "default", "streaming"))
            rows_md.append(f"| {name} {size_label(rows)} | {f:.2f} s | {d:.2f} s | {s:.2f} s | {s / f:.1f}x | {d / f:.1f}x |")
    print("\n".join(rows_md))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
