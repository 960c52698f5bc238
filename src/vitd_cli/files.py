"""The library call for files: a lab export (CSV/TSV, wide tables, FHIR, HL7) in, the same rows with vitd's
interpretation out, or its FileReport; and FHIR/HL7 records read by readers/interop.read_records to a Report
(interpret_records). The work is done by the pipeline (pipeline/plan.py builds the plan of an
input, pipeline/streaming.py runs it); `vitd interpret FILE` chooses among the engines (engines/) on the same plan."""

from __future__ import annotations

import io
from typing import BinaryIO, TextIO

from .models import FileReport
from .pipeline.interop_records import interpret_records as interpret_records
from .pipeline.plan import FileOptions, build_plan
from .pipeline.plan import file_columns as file_columns
from .pipeline.runs import FileRun
from .pipeline.streaming import run_plan

__all__ = ["FileOptions", "FileRun", "file_columns", "interpret_file", "interpret_records", "read_report"]


def interpret_file(path: str, opts: FileOptions | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None,
                   *, stream: BinaryIO | None = None) -> FileRun:
    """Interpret a lab export (path, or '-' for stdin; or the CSV/TSV bytes of `stream`, which `path` then names) and
    write it in opts.fmt to stdout (or opts.output). The row counts go to stderr unless opts.quiet. Raises VitdError for
    a file it cannot read. (The streaming engine on the plan of this input: build_plan, then run_plan.)"""
    plan = build_plan(path, opts, "python", stdout=stdout, stderr=stderr, stream=stream)
    try:
        return run_plan(plan)
    finally:
        plan.close()


def read_report(path: str, **options: object) -> FileReport:
    """The library call: a lab export in, the FileReport out (nothing written)."""
    opts = FileOptions(fmt="json", quiet=True, render=False, **options)  # type: ignore[arg-type]
    run = interpret_file(path, opts, stdout=io.StringIO(), stderr=io.StringIO())
    assert run.report is not None
    return run.report
