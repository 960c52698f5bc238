"""A report of the whole file (JSON, HTML, Rich, FHIR): the interpreted results of every subject kept (Collector) and
grouped into panels at the end; each analyte's series over time; what was read and how (input_info)."""

from __future__ import annotations

import os
from collections.abc import Iterable

from ..errors import VitdError
from ..models import InputInfo, Panel, Result, Series, SeriesPoint
from ..outcomes import INTERPRETED, Item, Outcome
from ..readers.columns import LongLayout, WideLayout
from ..readers.dictionary import Dictionary
from .rows import Engine

REPORT_RESULTS = 20_000  # results in one whole-file report (json, html, rich, fhir): a peak of ~500 MB at most
TREND_STABLE = 0.05  # a series that moved less than 5% from first to last is "stable" (a display rule, not a clinical one)


class Collector:
    """Keeps the interpreted results (not the other rows) of every subject, for a report of the whole file: at most
    `limit` results, counted as they come (a report holds ~20 KB per result while it is built and written)."""

    def __init__(self, engine: Engine, limit: int | None = None, fmt: str = "json") -> None:
        self.engine = engine
        self.by_subject: dict[str, list[tuple[Outcome, Item]]] = {}
        self.limit = limit
        self.fmt = fmt
        self.results = 0

    def push(self, o: Outcome) -> None:
        if o.status != INTERPRETED or not o.items:
            return
        self.results += len(o.items)
        if self.limit is not None and self.results > self.limit:
            raise VitdError("report-too-large", f"the input has more than {self.limit:,} results (at row {o.row:,}), more than one "
                            f"--format {self.fmt} report holds", "use --format csv or --format ndjson, which stream any number of rows, or --summary")
        o.raw, o.cells = "", None
        bucket = self.by_subject.setdefault(o.subject or "", [])
        for it in o.items:
            bucket.append((o, it))

    def panels(self) -> list[Panel]:
        out: list[Panel] = []
        for subject, entries in self.by_subject.items():
            out.extend(self.engine.panels(entries, subject or None))
        return out


def series(panels: Iterable[Panel]) -> list[Series]:
    """Each analyte of each subject over time, oldest first, with the direction and size of the change."""
    points: dict[tuple[str | None, str], list[tuple[Result, str | None]]] = {}
    for p in panels:
        for r in p.results:
            points.setdefault((p.subject, r.analyte), []).append((r, p.date))
    out = []
    for (subject, analyte), rs in points.items():
        pts = [SeriesPoint(value=r.value, flag=r.flag, category=r.category, date=d, row=getattr(r, "row", None), estimate=r.estimate)
               for r, d in rs]
        first, last = pts[0].value, pts[-1].value
        if len(pts) == 1:
            direction, change, pct = "single", None, None
        else:
            change = round(last - first, 4)
            pct = round(100.0 * change / first, 1) if first else None
            moved = abs(change) > TREND_STABLE * abs(first) if first else change != 0
            direction = ("rising" if change > 0 else "falling") if moved else "stable"
        out.append(Series(subject=subject, analyte=analyte, unit=rs[0][0].unit, points=pts, direction=direction,  # type: ignore[arg-type]
                          change=change, change_percent=pct))
    return out


def input_info(name: str | None, layout: LongLayout | WideLayout, delimiter: str, encoding: str, dictionary: Dictionary | None,
               window: str | None, redact: bool = False) -> InputInfo:
    """What was read and how. With redact, no path: the input's name is None and the dictionary's its file name only."""
    dictionary_name = (os.path.basename(dictionary.name) if redact else dictionary.name) if dictionary else None
    return InputInfo(name=None if redact else name, layout=layout.kind, delimiter=delimiter, encoding=encoding,  # type: ignore[arg-type]
                     columns=layout.describe(), dictionary=dictionary_name, panel_window=window)
