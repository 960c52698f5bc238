"""How fast is the warehouse path? `vitd sql` prints one query (classification, panels, findings, notes) that a
warehouse runs where the data is. This script runs that query in DuckDB over each benchmark workload, loaded as a
table the way a warehouse holds it, and times it beside vitd's default engine on the same file:

    python benchmarks/warehouse.py                  # synthea, mimic and dense, 1M rows, 1 run
    python benchmarks/warehouse.py --sizes 1M,4M --runs 3

For each workload, once and not timed against the engine: the CSV is loaded into a DuckDB database file (every column
text, as a lab export lands; MIMIC's D_LABITEMS beside it and a view that joins the test's label, fluid and LOINC code,
as MIMIC users read it), the distinct tests are read from it into a names file, and `vitd sql` writes the query for the
table's columns (subject= and date= for panels and findings; row= where the table has a row id). Then, interleaved,
each in its own process: the query run by DuckDB (all cores, DuckDB's own memory limit unless --memory-limit is given,
a spill folder), its rows written to a CSV file; and `vitd interpret FILE --format csv`. Figures: docs/engines.md, README (Speed).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import measure
import workloads
from measure import Command
from run import parse_size, size_label

# per shape: the view the query reads (over the loaded table `raw`), its vitd sql --columns and the test columns
# whose distinct values make the names file
VIEWS = {
    "synthea": ("SELECT * FROM raw", "value=VALUE,unit=UNITS,analyte=DESCRIPTION,code=CODE,subject=PATIENT,date=DATE",
                ("DESCRIPTION", "CODE")),
    "dense": ("SELECT * FROM raw", "value=result,unit=units,analyte=test_name,code=,subject=patient_id,date=collected,"
              "flag=abnormal_flag,range=reference_range", ("test_name",)),
    "mimic": ('SELECT r.*, d."LABEL", d."FLUID", d."LOINC_CODE" FROM raw AS r LEFT JOIN d_labitems AS d ON d."ITEMID" = r."ITEMID"',
              "value=VALUE,value_numeric=VALUENUM,unit=VALUEUOM,analyte=LABEL,specimen=FLUID,code=LOINC_CODE,"
              "subject=SUBJECT_ID,date=CHARTTIME,flag=FLAG,row=ROW_ID", ("LABEL", "LOINC_CODE", "FLUID")),
}

LOAD = """
import sys, duckdb
db, src, dictionary, view, names_out, *cols = sys.argv[1:]
con = duckdb.connect(db)
con.execute(f"CREATE TABLE raw AS SELECT * FROM read_csv('{src}', all_varchar = true, header = true)")
if dictionary:
    con.execute(f"CREATE TABLE d_labitems AS SELECT * FROM read_csv('{dictionary}', all_varchar = true, header = true)")
con.execute(f"CREATE VIEW labs AS {view}")
picked = ", ".join(f'"{c}"' for c in cols)
con.execute(f"COPY (SELECT DISTINCT {picked} FROM labs) TO '{names_out}' (HEADER)")
"""

QUERY = """
import os, sys, duckdb
db, query, out, limit = sys.argv[1:]
settings = {"temp_directory": os.path.join(os.path.dirname(out), "spill"), **({"memory_limit": limit} if limit else {})}
con = duckdb.connect(db, read_only=True, config=settings)
sql = open(query, encoding="utf-8").read().strip().rstrip(";")
con.execute(f"COPY ({sql}) TO '{out}' (HEADER)")
"""


def prepare(tmp: Path, shape: workloads.Shape, path: Path, python: str, vitd: str) -> tuple[Path, Path, float, float]:
    """The loaded database, the query vitd sql wrote for it, and the seconds each took (not compared)."""
    view, columns, tests = VIEWS[shape.name]
    db, names, query = tmp / f"{shape.name}.duckdb", tmp / f"{shape.name}-names.csv", tmp / f"{shape.name}.sql"
    db.unlink(missing_ok=True)
    dictionary = str(workloads.mimic_dictionary()) if shape.name == "mimic" else ""
    started = time.perf_counter()
    subprocess.run([python, "-c", LOAD, str(db), str(path), dictionary, view, str(names), *tests], check=True)
    loaded = time.perf_counter()
    with query.open("w", encoding="utf-8") as f:
        subprocess.run([vitd, "sql", "--columns", columns, "--names", str(names)], check=True, stdout=f)
    return db, query, loaded - started, time.perf_counter() - loaded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1M")
    parser.add_argument("--shapes", default="synthea,mimic,dense")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--memory-limit", default="", help="DuckDB's memory_limit for the query (e.g. 500MB; default: DuckDB's)")
    args = parser.parse_args(argv)
    unknown = [s for s in args.shapes.split(",") if s not in VIEWS]
    if unknown:  # NHANES is a wide file: vitd sql classifies long tables (a row per result)
        parser.error(f"unknown shape {unknown[0]!r}: use {', '.join(VIEWS)}")
    python = sys.executable
    vitd = str(Path(python).with_name("vitd"))
    log = lambda m: print(m, file=sys.stderr)  # noqa: E731
    rows_md = ["| workload | load into DuckDB | vitd sql writes the query | the query in DuckDB | rows/s | peak RSS | "
               "default engine | query / engine |", "|---|---|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory(prefix="vitd-warehouse-") as tmp_name:
        tmp = Path(tmp_name)
        out = tmp / "out.csv"
        for rows, shape, path in workloads.each([parse_size(s) for s in args.sizes.split(",")], args.shapes.split(","), log=log):
            db, query, load_s, write_s = prepare(tmp, shape, path, python, vitd)
            commands = {
                "query": Command([python, "-c", QUERY, str(db), str(query), str(out), args.memory_limit]),
                "default": Command([vitd, "interpret", str(path), *shape.vitd_args(), "--format", "csv", "-q", "-o", str(out)]),
            }
            log(f"{shape.name} {size_label(rows)}")
            got = measure.measure_together(commands, args.runs, timeout=3600, log=log)
            if not all(m.ok for m in got.values()):
                log(f"{shape.name}: " + "; ".join(f"{k}: {m.error}" for k, m in got.items() if not m.ok))
                return 1
            qs, ds = got["query"].median_seconds, got["default"].median_seconds
            rows_md.append(f"| {shape.name} {size_label(rows)} | {load_s:.2f} s | {write_s:.2f} s | {qs:.2f} s | {rows / qs:,.0f} | "
                           f"{got['query'].peak_rss_text} | {ds:.2f} s | {qs / ds:.1f}x |")
            db.unlink()
    print("\n".join(rows_md))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
