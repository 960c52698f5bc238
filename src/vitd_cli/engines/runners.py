"""The engines behind one interface: each has a `name`, says whether it can run a plan (`can_run(plan)`: the reason
it cannot, or None; whether its package is installed, engines.duckdb_installed/pyspark_installed say) and runs it (`run(plan) -> FileRun`). The plan (plan.build_plan) holds what every engine used to
work out for itself; engines.choose_engine decides which one runs it.

- Streaming (`python`): pipeline/streaming.run_plan, a row in, a row out; reads everything the others read, except Parquet.
- DuckDB (`duckdb`): duckdb_engine.run_duckdb; `run` may still hand the plan over (EngineUnsupported) after its byte
  scan of the file, before anything is written.
- Spark (`spark`): spark_engine.run_spark, a folder of part files.
"""

from __future__ import annotations

from typing import Protocol

from ..errors import ExitCode, VitdError
from ..pipeline.plan import Plan
from ..pipeline.runs import FileRun
from ..readers.columns import WideLayout
from ..row_counts import strict_error


class FileEngine(Protocol):
    name: str

    def can_run(self, plan: Plan) -> str | None: ...

    def run(self, plan: Plan) -> FileRun: ...


class Streaming:
    """The streaming engine (pipeline/streaming.run_plan)."""

    name = "python"

    def can_run(self, plan: Plan) -> str | None:
        if plan.fmt == "parquet":
            return "--format parquet is written by the DuckDB and Spark engines"
        if plan.kind == "parquet":
            return "a Parquet input is read by the DuckDB engine"
        return None

    def run(self, plan: Plan) -> FileRun:
        from ..pipeline.streaming import run_plan

        if plan.fmt == "parquet" and plan.is_pipe:
            raise VitdError("format-unknown", "--format parquet is written by the DuckDB engine, which reads files, not standard input or a pipe",
                            "save the input to a file first, or use --format csv")
        if plan.fmt == "parquet":
            raise VitdError("format-unknown", "--format parquet is written by the DuckDB and Spark engines", "give --engine duckdb or --engine spark")
        return run_plan(plan)


# --engine auto leaves a wide file to the streaming engine: on the NHANES-style workloads DuckDB saves ~20% of the CPU
# time but peaks at ~155 MB (the streaming engine: 32 MB), over the 150 MB the default engine keeps to (docs/engines.md:
# the wide layout); --engine duckdb runs it (duckdb_wide.py)
AUTO_WIDE = "a wide layout (a column per analyte) runs in less memory in the streaming engine, at nearly the same speed"


class DuckDB:
    """The DuckDB engine (duckdb_engine.run_duckdb); `exact` (--engine auto): hand a file of too many distinct keys, or a
    wide layout, over to the streaming engine."""

    name = "duckdb"

    def __init__(self, exact: bool = False) -> None:
        self.exact = exact

    def can_run(self, plan: Plan) -> str | None:
        from .duckdb_engine import duckdb_refusal

        if self.exact and isinstance(plan.layout, WideLayout):
            return AUTO_WIDE
        return duckdb_refusal(plan)

    def run(self, plan: Plan) -> FileRun:
        from .duckdb_engine import run_duckdb

        if self.exact and isinstance(plan.layout, WideLayout):
            from .duckdb_input import EngineUnsupported

            raise EngineUnsupported(AUTO_WIDE)
        return run_duckdb(plan, exact=self.exact)


class Spark:
    """The Spark engine (spark_engine.run_spark): CSV/TSV/Parquet files or folders to a folder of part files."""

    name = "spark"

    def can_run(self, plan: Plan) -> str | None:
        if plan.opts.redact:
            return "--redact is done by the streaming engine"
        return None

    def run(self, plan: Plan) -> FileRun:
        from .spark_engine import spark_file_run

        opts = plan.opts
        run = spark_file_run(plan.path, opts.output, plan.fmt or "parquet", master=plan.spark_master, opts=opts,  # type: ignore[arg-type]
                             stderr=plan.stderr, partition_by=plan.partition_by, settings=plan.settings, rules=plan.rules)
        if opts.strict and run.counts.skipped:  # (as the other engines: after the output is written)
            raise strict_error(run.counts)
        if opts.check and run.abnormal:
            run.exit_code = ExitCode.ABNORMAL
        return run
