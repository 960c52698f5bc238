"""JSON output: one document, the Report model (schema: docs/report.schema.json)."""

from __future__ import annotations

from typing import TextIO

from ..models import Report


def render_json(report: Report, out: TextIO) -> None:
    out.write(report.model_dump_json(indent=2))
    out.write("\n")
