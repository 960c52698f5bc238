"""Engines for `vitd interpret FILE`: the streaming Python engine (files.interpret_file), DuckDB and Spark.

One set of rules: every engine reads its thresholds, aliases, LOINC codes and factors from reference_ranges/. The
DuckDB and Spark engines and `vitd sql` run the SQL that sql_classify.py compiles from them; test_engines_equivalence.py
holds every engine to the same results, row by row.

Entry points for the command line:

- choose_engine(path, size, is_pipe, requested, fmt=..., summary=...) -> 'python' | 'duckdb' | 'spark'
- interpret_file_with_engine(path, opts, engine='auto', spark_master=None, partition_by=None, stdout=None, stderr=None)
  -> FileRun
  (--engine auto|python|duckdb|spark, --spark-master, --format parquet)
- sql_command.generate_sql(dialect, table, columns, view=...) -> str  (`vitd sql`)

Nothing here imports duckdb, sqlglot or pyspark until an engine that needs it runs.
"""

from __future__ import annotations

import importlib.util
import os
import stat
import sys
from dataclasses import replace
from typing import IO, Any, TextIO

from ..errors import VitdError
from ..safe_io import output_file

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


def input_size(path: str) -> tuple[int | None, bool]:
    """(size in bytes of a regular file, or None; whether the input is a pipe, a terminal or stdin)."""
    if path == "-":
        return None, True
    try:
        st = os.stat(path)
    except OSError:
        return None, False
    if not stat.S_ISREG(st.st_mode):
        return None, True
    return st.st_size, False


def choose_engine(path: str, size: int | None, is_pipe: bool, requested: str = "auto", *, fmt: str | None = None,
                  summary: bool = False) -> str:
    """Which engine interprets this input: `requested` unless it is 'auto'. Auto picks DuckDB for a seekable file of
    AUTO_DUCKDB_BYTES or more written as csv/tsv/parquet when duckdb can be imported (and for --format parquet or a
    Parquet input whatever the size), and the streaming Python engine for pipes, small files, the other formats and
    --summary."""
    if requested not in ENGINES:
        raise VitdError("engine-unknown", f"unknown engine {requested!r}", f"use one of {', '.join(ENGINES)}")
    if requested != "auto":
        return requested
    if is_pipe or path == "-" or summary or (fmt is not None and fmt not in DUCKDB_FORMATS) or not duckdb_installed():
        return "python"
    if fmt == "parquet":
        return "duckdb"
    if is_parquet(path):
        return "duckdb"
    if size is None or size < AUTO_DUCKDB_BYTES:
        return "python"
    from ..interop_files import sniff_path

    return "python" if sniff_path(path) is not None else "duckdb"


def interpret_file_with_engine(path: str, opts=None, *, engine: str = "auto", spark_master: str | None = None,  # type: ignore[no-untyped-def]
                               partition_by: list[str] | None = None,
                               stdout: IO[Any] | None = None, stderr: TextIO | None = None):
    """`vitd interpret FILE --engine ...`: the engine chosen (choose_engine), run, and its FileRun returned. With auto,
    an input DuckDB would read differently from the streaming engine (not UTF-8, blank lines, the wide layout, ...)
    goes to the streaming engine; with --engine duckdb it is an error that says why. The -o output is written beside
    itself and put in place only when the run succeeds (safe_io.output_file); an output that is an input is refused."""
    from ..files import FileOptions

    opts = opts or FileOptions()
    inputs = [path, opts.dictionary, opts.tests_map, *opts.ranges]
    with output_file(opts.output, inputs, folder=engine == "spark") as written:
        run = _interpret(path, replace(opts, output=written) if written else opts, engine, spark_master, partition_by, stdout, stderr)
    return run


def _interpret(path: str, opts, engine: str, spark_master: str | None, partition_by: list[str] | None,  # type: ignore[no-untyped-def]
               stdout: IO[Any] | None, stderr: TextIO | None):
    from ..files import FileRun, interpret_file

    size, is_pipe = input_size(path)
    fmt = opts.fmt
    if fmt is None and opts.output and opts.output.lower().endswith(".parquet"):
        fmt = "parquet"
    if fmt is None and engine in ("auto", "duckdb") and not opts.output and (stdout or sys.stdout).isatty():
        fmt = "rich"
    chosen = choose_engine(path, size, is_pipe, engine, fmt=fmt, summary=opts.summary)
    if chosen == "spark":
        if opts.redact:
            raise VitdError("engine-unsupported", "--redact is done by the streaming engine, not by --engine spark",
                            "use --engine python (or auto), or drop --redact")
        return _spark(path, opts, fmt, spark_master, stderr, partition_by or [])
    if partition_by:
        raise VitdError("option-conflict", "--partition-by applies to --engine spark, which writes a folder", "add --engine spark, or drop --partition-by")
    if chosen == "duckdb":
        if not duckdb_installed():
            raise VitdError("engine-unavailable", "--engine duckdb needs the duckdb package, which is not installed",
                            "pip install duckdb (a regular dependency of vitd: reinstall vitd), or use --engine python")
        from .duckdb_engine import EngineUnsupported, interpret_file_duckdb

        try:
            return interpret_file_duckdb(path, opts, stdout, stderr, exact=engine == "auto")
        except EngineUnsupported as exc:
            if engine == "duckdb" or fmt == "parquet":
                raise VitdError("engine-unsupported", f"the DuckDB engine cannot take this input: {exc}",
                                "write --format csv (or tsv) with --engine python or auto: only DuckDB and Spark write Parquet"
                                if fmt == "parquet" else "use --engine python (or auto)") from None
    if fmt == "parquet" and is_pipe:
        raise VitdError("format-unknown", "--format parquet is written by the DuckDB engine, which reads files, not standard input or a pipe",
                        "save the input to a file first, or use --format csv")
    if fmt == "parquet":
        raise VitdError("format-unknown", "--format parquet is written by the DuckDB and Spark engines", "give --engine duckdb or --engine spark")
    if is_parquet(path):
        raise VitdError("input-parquet", f"{os.path.basename(path)} is a Parquet file, which the DuckDB engine reads (for --format csv, tsv or "
                        "parquet; not --summary)", "give --format csv, tsv or parquet with --engine auto or duckdb")
    run: FileRun = interpret_file(path, opts, stdout, stderr)  # type: ignore[arg-type]  # (a text stream here)
    return run


def _spark(path: str, opts, fmt: str | None, master: str | None, stderr: TextIO | None, partition_by: list[str]):  # type: ignore[no-untyped-def]
    from ..files import FileRun
    from .spark_engine import INSTALL_HINT, run_spark

    if not pyspark_installed():
        raise VitdError("engine-unavailable", "--engine spark needs PySpark, which is not installed", INSTALL_HINT)

    counts = run_spark(path, opts.output, fmt or "parquet", master=master, opts=opts, stderr=stderr, partition_by=partition_by)
    return FileRun(counts, [])
