"""For notebooks: interpret a pandas or Polars DataFrame of lab results, and show a Report as a table in Jupyter.

`interpret_frame` runs the same engine code as `vitd interpret FILE --format csv` (batch.Engine and batch.Streamer, set
up as the plan sets them up) on the frame's relevant columns, row by row in memory (nothing is written to disk, and no
CSV is written and parsed back), and puts the vitd_* cells (render.table_out.long_cells) onto a copy of the frame (the
frame's own columns are not changed). pandas and Polars are optional (pip install 'vitd[pandas]' or 'vitd[polars]'): this
module imports neither; it works with the frame it is given. The CLI never imports this module.
"""

from __future__ import annotations

import csv
import html
import io
from typing import Any

from .config import DEFAULTS
from .render.table_out import LONG_COLUMNS

ROW = "vitd_row_"  # the row number column of the rows read (never a role the reader knows)


def interpret_frame(df: Any, value: str, unit: str | None = None, analyte: str | None = None, subject: str | None = None,
                    date: str | None = None, code: str | None = None, *, guideline: str | None = None,
                    schemes: dict[str, str] | None = None, ranges: list[str] | tuple[str, ...] = (), age: float | None = None,
                    panel_window: str = DEFAULTS["panel_window"]) -> Any:
    """The frame (pandas or Polars, one result a row) with vitd's columns appended, as in the CSV output:
    vitd_status, vitd_analyte, vitd_value_si (float), vitd_unit_si, vitd_flag, vitd_category, vitd_severity, vitd_range,
    vitd_findings, vitd_panel, vitd_note; an empty cell is missing (None/null, NaN for vitd_value_si). A value
    reported with < or > has its bound in vitd_value_si, and vitd_note says so.

    value, subject, date and code name columns. unit and analyte name a column too, or, when the frame has no column of
    that name, are the unit or analyte of every row (e.g. analyte="vitamin_d", unit="nmol/L"). Rows whose test is not
    one vitd interprets get vitd_status "other_test"; rows it cannot read get "skipped" and the reason in vitd_note.
    Raises VitdError as the CLI would (unknown unit, analyte, scheme)."""
    from .errors import VitdError

    kind = _kind(df)
    names = list(df.columns)
    if analyte is None and code is None:
        raise VitdError("option-invalid", "interpret_frame needs analyte= or code=", "name the column of test names or LOINC codes, or give one analyte for all rows")
    roles: dict[str, str | None] = {"value": value, "unit": unit, "analyte": analyte, "subject": subject, "date": date, "code": code}
    columns: dict[str, list[str]] = {}
    for role, name in roles.items():
        if name is None:
            continue
        if name in names:
            columns[role] = _cells(df, name, kind)
        elif role in ("unit", "analyte"):
            columns[role] = [name] * len(df)
        else:
            raise VitdError("column-missing", f"the frame has no column {name!r} (given as {role}=)", f"its columns: {', '.join(map(str, names))}")
    appended = _interpret_rows(list(columns), [col for col in columns.values()], len(df), guideline=guideline,
                               schemes=dict(schemes or {}), ranges=[str(r) for r in ranges], age=age, panel_window=panel_window)
    return _attach(df, kind, appended)


def _interpret_rows(roles: list[str], cols: list[list[str]], n: int, **options: Any) -> dict[str, list[Any]]:
    """The frame's rows interpreted in memory by the streaming engine's own code: the plan's set-up (settings, the
    columns named by role, the date order from the first rows) and batch.Engine and batch.Streamer on each row's cells,
    as `vitd interpret FILE --format csv` reads a CSV of these columns; the vitd_* cells of each row, by column."""
    from .batch.rows import Engine
    from .batch.streamer import Streamer
    from .interpret import settings
    from .pipeline.plan import FileOptions, file_columns
    from .readers.columns import detect_layout, load_columns, parse_map_option
    from .readers.dates import SAMPLE_BYTES, SAMPLE_ROWS, decide
    from .readers.values import parse_window
    from .render.table_out import long_cells

    opts = FileOptions(fmt="csv", columns=[",".join(f"{role}={role}" for role in roles)], quiet=True, progress=False, **options)
    s = settings(opts.guideline, opts.schemes, opts.ranges, opts.age, opts.tests_map)
    rules = load_columns()
    header = [ROW, *roles]  # (the row number keeps a row of empty cells a row, as the CSV of the frame did)
    layout = detect_layout(header, rules, s.ref, file_columns(opts), parse_map_option(opts.maps, s.ref), name="the frame")
    engine = Engine(s, rules, layout, None, parse_window(opts.panel_window))
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\n")

    def row(i: int) -> tuple[list[str], str]:  # a row's cells, and its text as the CSV of the frame held it
        cells = [str(i), *(col[i] for col in cols)]
        text.seek(0)
        text.truncate()
        w.writerow(cells)
        return cells, text.getvalue()

    date = layout.cols.get("date")
    if date is not None:  # the date order, decided from the first rows as the reader's prefetch reads them
        sample, size = [], 0
        for i in range(n):
            cells, raw = row(i)
            sample.append(cells[date])
            size += len(raw)
            if len(sample) >= SAMPLE_ROWS or size >= SAMPLE_BYTES:
                break
        engine.set_date_order(decide(sample, header[date], None, rules.dayfirst_headers))
    else:
        engine.set_date_order(None)
    line = [1]
    engine.line = lambda: line[0]  # type: ignore[method-assign]
    got: dict[int, list[str]] = {}

    def emit(o: Any) -> None:
        got[o.row - 1] = long_cells(o, engine)

    streamer = Streamer(engine, emit)
    for i in range(n):
        cells, raw = row(i)
        line[0] = i + 2
        streamer.push(engine.outcome(cells, raw, i + 1))
    streamer.flush()
    if len(got) != n:
        raise RuntimeError(f"vitd read back {len(got)} rows of {n} (please report it)")
    out: dict[str, list[Any]] = {}
    for j, c in enumerate(LONG_COLUMNS):
        cells = [got[i][j] for i in range(n)]
        out[c] = [_number(v) for v in cells] if c == "vitd_value_si" else [v or None for v in cells]
    return out


def _kind(df: Any) -> str:
    module = type(df).__module__.split(".")[0]
    if module in ("pandas", "polars") and hasattr(df, "columns"):
        return module
    raise TypeError(f"interpret_frame takes a pandas or Polars DataFrame, not {type(df).__name__}")


def _cells(df: Any, name: str, kind: str) -> list[str]:
    """A column as the text a CSV would hold: missing values (None, NaN, NaT, null) are empty."""
    if kind == "polars":
        import polars as pl

        return ["" if v is None else v for v in df.get_column(name).cast(pl.Utf8, strict=False).to_list()]
    col = df[name]
    missing = col.isna().tolist()
    return ["" if m else str(v) for v, m in zip(col.tolist(), missing)]


def _number(cell: str) -> float:
    """vitd_value_si as a float: '<12.48' (a value reported as '<5 ng/mL') is its bound, 12.48; vitd_note says
    'reported as <5: classified on the bound'. Empty is NaN."""
    return float(cell.lstrip("<>=")) if cell else float("nan")


def _attach(df: Any, kind: str, appended: dict[str, list[Any]]) -> Any:
    if kind == "polars":
        import polars as pl

        series = [pl.Series(c, [None if v != v else v for v in vals], dtype=pl.Float64) if c == "vitd_value_si"
                  else pl.Series(c, vals, dtype=pl.Utf8) for c, vals in appended.items()]
        return df.with_columns(series)
    out = df.copy()
    for c, vals in appended.items():
        out[c] = vals
    out["vitd_value_si"] = out["vitd_value_si"].astype("float64")
    return out


# ---------------------------------------------------------------- Jupyter


def report_html(report: Any) -> str:
    """A Report as a small HTML table (what Jupyter shows for it): one row a result, then the findings and advice."""
    e = html.escape
    parts = ['<div class="vitd-report">']
    for panel in report.panels:
        who = " ".join(x for x in (panel.subject and f"Subject {panel.subject}", panel.date) if x)
        if who:
            parts.append(f"<h4>{e(who)}</h4>")
        parts.append("<table><thead><tr><th>Test</th><th>Reported</th><th>SI</th><th>Flag</th><th>Category</th>"
                     "<th>Normal range</th></tr></thead><tbody>")
        for r in panel.results:
            normal = r.range.text if r.range is not None else ""
            parts.append(f"<tr><td>{e(r.name)}</td><td>{e(r.reported)}</td><td>{e(r.comparator or '')}{r.value:g} {e(r.unit)}</td>"
                         f"<td>{e(r.flag)}</td><td>{e(r.label)}</td><td>{e(normal)}</td></tr>")
        parts.append("</tbody></table>")
        if panel.findings:
            parts.append("<p><b>Findings:</b> " + "; ".join(e(f.title) for f in panel.findings) + "</p>")
        if panel.symptoms:
            parts.append("<p><b>Symptoms:</b> " + "; ".join(e(s.label) for s in panel.symptoms) + "</p>")
        parts.append(f"<p><b>Urgency:</b> {e(str(panel.urgency))}. {e(panel.advice)}</p>")
    parts.append(f"<p><small>{e(report.guideline_name)}. {e(report.disclaimer)}</small></p></div>")
    return "".join(parts)

