"""What the sections of one HTML page share while it is written: the report, the scheme bands the gauges draw, whether
every subject is listed (--all-subjects), the numbered sources the results cite, and a counter that keeps every element
id unique."""

from __future__ import annotations

from ..cohort import Views
from ..models import Report
from .html_sources import Sources


class Page:
    def __init__(self, report: Report, views: Views | None = None, all_subjects: bool = False) -> None:
        self.report = report
        self.views = report.scheme_views if views is None else views
        self.all_subjects = all_subjects
        self.sources = Sources(self.views)
        self.ids = 0

    def uid(self, prefix: str) -> str:
        """A new element id: the prefix and the count of ids given so far on this page."""
        self.ids += 1
        return f"{prefix}{self.ids}"
