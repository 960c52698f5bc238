"""What a file run did (FileRun): the result every file path returns, the lab-export one (streaming.py), the FHIR/HL7 one
(interop_files.py) and the DuckDB and Spark engines alike."""

from __future__ import annotations

from dataclasses import dataclass

from ..batch.collector import Collector
from ..errors import ExitCode
from ..models import FileReport
from ..row_counts import Counts


@dataclass
class FileRun:
    """What happened: the counts (always), the notes said, and the report (JSON/Rich output only)."""

    counts: Counts
    warnings: list[str]
    report: FileReport | None = None
    abnormal: bool = False
    exit_code: int = ExitCode.OK
    collector: Collector | None = None  # JSON/Rich: the interpreted results, grouped by subject
