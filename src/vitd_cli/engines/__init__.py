"""Engines for `vitd interpret FILE`: the streaming Python engine (pipeline/streaming.run_plan), DuckDB and Spark.

One set of rules: every engine reads its thresholds, aliases, LOINC codes and factors from reference_ranges/. The
DuckDB and Spark engines and `vitd sql` run the SQL that sql_classify.py compiles from them; test_engines_equivalence.py
holds every engine to the same results, row by row.

One interface: plan.build_plan(path, opts, requested, ...) reads and decides once what every engine needs (a frozen
Plan); each engine (runners.py: Streaming, DuckDB, Spark) has a name, says whether it can run a plan (can_run) and
runs it (run -> FileRun). Entry points for the command line:

- choose_engine(plan) -> 'python' | 'duckdb' | 'spark' (or choose_engine(path, size, is_pipe, requested, fmt=..., summary=...))
- run_plan(plan) -> FileRun: the chosen engine run, with auto's hand-over from DuckDB to the streaming engine
- interpret_file_with_engine(path, opts, engine='auto', spark_master=None, partition_by=None, stdout=None, stderr=None)
  -> FileRun: build_plan, then run_plan (--engine auto|python|duckdb|spark, --spark-master, --format parquet)
- sql_command.generate_sql(dialect, table, columns, view=...) -> str  (`vitd sql`)

Nothing here imports duckdb, sqlglot or pyspark until an engine that needs it runs.
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from typing import IO, Any, TextIO

from ..errors import VitdError
from ..pipeline.plan import FileOptions, Plan, build_plan
from ..pipeline.plan import input_size as input_size
from ..pipeline.runs import FileRun
from ..pipeline.safe_io import output_file
from .runners import DuckDB, FileEngine, Spark, Streaming

__all__ = ["AUTO_DUCKDB_BYTES", "DUCKDB_FORMATS", "ENGINES", "FileEngine", "choose_engine", "duckdb_installed", "input_size",
           "interpret_file_with_engine", "is_parquet", "pyspark_installed", "run_plan"]

ENGINES = ("auto", "python", "duckdb", "spark")
AUTO_DUCKDB_BYTES = 48 << 20  # auto: DuckDB for a seekable file this large or larger (measured: the two engines break even at ~30 MB (MIMIC-like) to ~60 MB (Synthea-like))
DUCKDB_FORMATS = ("csv", "tsv", "parquet")


def duckdb_installed() -> bool:
    return importlib.util.find_spec("duckdb") is not None


def pyspark_installed() -> bool:
    return importlib.util.find_spec("pyspark") is not None


def is_parquet(path: str) -> bool:
    """Is this a Parquet file (its first bytes are PAR1)? The streaming engine reads text only."""
    from ..readers.streams import peek

    return peek(path, 4) == b"PAR1"


def choose_engine(path: str | Plan, size: int | None = None, is_pipe: bool = False, requested: str = "auto", *,
                  fmt: str | None = None, summary: bool = False) -> str:
    """Which engine interprets this input: the plan's (or `requested`) unless it is 'auto'. Auto picks DuckDB for a
    seekable file of AUTO_DUCKDB_BYTES or more written as csv/tsv/parquet when duckdb can be imported (and for --format
    parquet or a Parquet input whatever the size), and the streaming Python engine for pipes, small files, FHIR and
    HL7, the other formats and --summary. Given a path (and its size, pipe-ness, format), decides as on its plan."""
    if isinstance(path, Plan):
        plan = path
        path, size, is_pipe, requested, fmt, summary = plan.path, plan.size, plan.is_pipe, plan.requested, plan.fmt, plan.opts.summary
        kind: str | None = plan.kind
    else:
        kind = None  # (looked at below, when it matters)
    if requested not in ENGINES:
        raise VitdError("engine-unknown", f"unknown engine {requested!r}", f"use one of {', '.join(ENGINES)}")
    if requested != "auto":
        return requested
    if is_pipe or path == "-" or summary or (fmt is not None and fmt not in DUCKDB_FORMATS) or not duckdb_installed():
        return "python"
    if fmt == "parquet":
        return "duckdb"
    if kind == "parquet" or (kind is None and is_parquet(path)):
        return "duckdb"
    if size is None or size < AUTO_DUCKDB_BYTES:
        return "python"
    if kind is None:
        from ..pipeline.interop_files import sniff_path

        kind = "table" if sniff_path(path) is None else "interop"
    return "python" if kind != "table" else "duckdb"


def interpret_file_with_engine(path: str, opts=None, *, engine: str = "auto", spark_master: str | None = None,  # type: ignore[no-untyped-def]
                               partition_by: list[str] | None = None,
                               stdout: IO[Any] | None = None, stderr: TextIO | None = None):
    """`vitd interpret FILE --engine ...`: the plan built (plan.build_plan), the engine chosen on it (choose_engine),
    run, and its FileRun returned. With auto, an input DuckDB would read differently from the streaming engine (not
    UTF-8, blank lines, the wide layout, ...) goes to the streaming engine, on the same plan; with --engine duckdb it is
    an error that says why. The -o output is written beside itself and put in place only when the run succeeds
    (safe_io.output_file); an output that is an input is refused."""
    opts = opts or FileOptions()
    if engine not in ENGINES:
        raise VitdError("engine-unknown", f"unknown engine {engine!r}", f"use one of {', '.join(ENGINES)}")
    inputs = [path, opts.dictionary, opts.tests_map, *opts.ranges]
    with output_file(opts.output, inputs, folder=engine == "spark") as written:
        plan = build_plan(path, replace(opts, output=written) if written else opts, engine, stdout=stdout, stderr=stderr,
                          spark_master=spark_master, partition_by=partition_by)
        try:
            run = run_plan(plan)
        finally:
            plan.close()
    return run


def run_plan(plan: Plan) -> FileRun:
    """The plan run by the engine choose_engine picks; under auto, DuckDB hands a plan it cannot run (EngineUnsupported:
    before anything is written) to the streaming engine."""
    chosen = choose_engine(plan)
    if chosen == "spark":
        reason = SPARK.can_run(plan)
        if reason is not None:
            raise VitdError("engine-unsupported", f"{reason}, not by --engine spark", "use --engine python (or auto), or drop --redact")
        if not pyspark_installed():
            from .spark_engine import INSTALL_HINT

            raise VitdError("engine-unavailable", "--engine spark needs PySpark, which is not installed", INSTALL_HINT)
        return SPARK.run(plan)
    if plan.partition_by:
        raise VitdError("option-conflict", "--partition-by applies to --engine spark, which writes a folder", "add --engine spark, or drop --partition-by")
    if chosen == "duckdb":
        if not duckdb_installed():
            raise VitdError("engine-unavailable", "--engine duckdb needs the duckdb package, which is not installed",
                            "pip install duckdb (a regular dependency of vitd: reinstall vitd), or use --engine python")
        from .duckdb_input import EngineUnsupported

        try:
            return DuckDB(exact=plan.requested == "auto").run(plan)
        except EngineUnsupported as exc:
            if plan.requested == "duckdb" or plan.fmt == "parquet":
                raise VitdError("engine-unsupported", f"the DuckDB engine cannot take this input: {exc}",
                                "write --format csv (or tsv) with --engine python or auto: only DuckDB and Spark write Parquet"
                                if plan.fmt == "parquet" else "use --engine python (or auto)") from None
    return STREAMING.run(plan)


STREAMING, SPARK = Streaming(), Spark()
ENGINE_TYPES = {"python": Streaming, "duckdb": DuckDB, "spark": Spark}  # the engines by name (FileEngine)
