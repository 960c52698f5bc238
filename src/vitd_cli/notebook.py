"""For notebooks: interpret a pandas or Polars DataFrame of lab results, and show a Report as a table in Jupyter.

`interpret_frame` runs the same engine as `vitd interpret FILE --format csv` (files.interpret_file, the library): the
frame's relevant columns are read as CSV from memory (nothing is written to disk), interpreted, and the appended vitd_*
columns are read back onto a copy of the frame (the frame's own columns are not changed). pandas and Polars are optional (pip install 'vitd[pandas]' or 'vitd[polars]'): this
module imports neither; it works with the frame it is given. The CLI never imports this module.
"""

from __future__ import annotations

import csv
import html
import io
from typing import Any

from .render.table_out import LONG_COLUMNS

ROW = "vitd_row_"  # the row number column of the temporary CSV (never a role the reader knows)
_RISKY = ("=", "+", "-", "@", "\t", "\r")


def interpret_frame(df: Any, value: str, unit: str | None = None, analyte: str | None = None, subject: str | None = None,
                    date: str | None = None, code: str | None = None, *, guideline: str | None = None,
                    schemes: dict[str, str] | None = None, ranges: list[str] | tuple[str, ...] = (), age: float | None = None,
                    panel_window: str = "24h") -> Any:
    """The frame (pandas or Polars, one result a row) with vitd's columns appended, as in the CSV output:
    vitd_status, vitd_analyte, vitd_value_si (float), vitd_unit_si, vitd_flag, vitd_category, vitd_severity, vitd_range,
    vitd_findings, vitd_panel, vitd_note; an empty cell is missing (None/null, NaN for vitd_value_si). A value
    reported with < or > has its bound in vitd_value_si, and vitd_note says so.

    value, subject, date and code name columns. unit and analyte name a column too, or, when the frame has no column of
    that name, are the unit or analyte of every row (e.g. analyte="vitamin_d", unit="nmol/L"). Rows whose test is not
    one vitd interprets get vitd_status "other_test"; rows it cannot read get "skipped" and the reason in vitd_note.
    Raises VitdError as the CLI would (unknown unit, analyte, scheme)."""
    from .errors import VitdError
    from .files import FileOptions, interpret_file

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
    n = len(df)
    text = io.StringIO()  # the frame's columns as CSV, in memory: no lab data on disk
    w = csv.writer(text, lineterminator="\n")
    w.writerow([ROW, *columns])
    for i in range(n):
        w.writerow([str(i), *(col[i] for col in columns.values())])
    out = io.StringIO()
    opts = FileOptions(fmt="csv", columns=[",".join(f"{role}={role}" for role in columns)], quiet=True, progress=False,
                       guideline=guideline, schemes=dict(schemes or {}), ranges=[str(r) for r in ranges], age=age,
                       panel_window=panel_window)
    interpret_file("the frame", opts, stdout=out, stderr=io.StringIO(), stream=io.BytesIO(text.getvalue().encode("utf-8")))
    appended = _read_back(out.getvalue(), n)
    return _attach(df, kind, appended)


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


def _read_back(text: str, n: int) -> dict[str, list[Any]]:
    rows = csv.reader(io.StringIO(text))
    header = next(rows)
    at = [header.index(c) for c in LONG_COLUMNS]
    got: dict[int, list[str]] = {}
    for cells in rows:
        if cells:
            got[int(cells[0])] = [cells[i] if i < len(cells) else "" for i in at]
    if len(got) != n:
        raise RuntimeError(f"vitd read back {len(got)} rows of {n} (please report it)")
    out: dict[str, list[Any]] = {}
    for j, c in enumerate(LONG_COLUMNS):
        cells = [_plain(got[i][j]) for i in range(n)]
        out[c] = [_number(v) for v in cells] if c == "vitd_value_si" else [v or None for v in cells]
    return out


def _number(cell: str) -> float:
    """vitd_value_si as a float: '<12.48' (a value reported as '<5 ng/mL') is its bound, 12.48; vitd_note says
    'reported as <5: classified on the bound'. Empty is NaN."""
    return float(cell.lstrip("<>=")) if cell else float("nan")


def _plain(cell: str) -> str:
    """A cell as vitd meant it: the quote that keeps spreadsheets from running a formula taken off again."""
    return cell[1:] if len(cell) > 1 and cell[0] == "'" and cell[1] in _RISKY else cell


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

