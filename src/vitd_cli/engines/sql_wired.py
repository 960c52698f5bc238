"""The classification query with panels and their findings (`vitd sql --columns ...,subject=S,date=D[,row=R]`): the
steps that join the panel query (sql_panels.py) and the findings query (sql_findings.py) to the per-row verdicts of
sql_classify.QueryBuilder, so that vitd_panel, vitd_findings and vitd_note hold what the streaming engine writes.

The steps, as CTEs after the classification's (vitd_out, one row per distinct key):
  vitd_w_t      (no row= column) the table's rows numbered: ROW_NUMBER() OVER (ORDER BY the subject, whether the date
                was read, the date read, the date cell, then the role cells), a column `vitd_row` of the result
  vitd_w_in     the interpreted rows: row number, subject (stripped), the date cell read as a TIMESTAMP (date_sql:
                ISO 8601 text or a DATE/TIMESTAMP column; any other text is undated), analyte, value, unit,
                comparator, SI value and band index
  vitd_p_*      the panels (sql_panels.panel_steps): runs of a subject's consecutive rows in row= order (as the
                streaming engine reads a file), or, without row=, each subject's rows together (runs=False)
  vitd_w_panel  each interpreted row's vitd_panel: the row number of its panel's first row
  vitd_w_fin    the findings' input (sql_findings.FindingsInput): the interpreted rows with their panel
  vitd_f*       the findings (sql_findings.FindingsBuilder)
  vitd_w_f      per row: vitd_findings and the panel's notes
The result joins them back to every row of the table; vitd_note is the row's own note, then the panel's notes, then
the lab's note, then the note of a date cell that was not read (render/table_out.note's order).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from ..config import DEFAULTS
from ..readers.values import parse_window
from ..render.table_out import undated_note
from .sql_columns import _KEY, KIND_COLUMN, OUTPUT_COLUMNS
from .sql_findings import FindingsBuilder, FindingsInput
from .sql_panels import PANEL_COLUMN, PanelInput, panel_select, panel_steps
from .sqltext import py_repr, q, strip_sql

if TYPE_CHECKING:
    from .sql_classify import QueryBuilder

PANEL_WINDOW = parse_window(DEFAULTS["panel_window"])  # the streaming engine's default --panel-window
ROW_COLUMN = "vitd_row"  # the row number the query adds when the table has no row= column
# ISO 8601 as datetime.fromisoformat reads it, the forms the SQL reads: a date, then a time to the minute, second or
# fraction of a second, and Z (UTC) after a time
_ISO = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.][0-9]{1,6})?)?Z?)?$"


def date_sql(text: str) -> str:
    """The TIMESTAMP of a stripped date cell (SQL text), or NULL when it is not an ISO 8601 date the SQL reads (_ISO)
    or not a date at all (2024-02-30, 25:00)."""
    y, m, d = (f"CAST(substr({text}, {a}, {n}) AS INTEGER)" for a, n in ((1, 4), (6, 2), (9, 2)))
    hh, mi, ss = (f"CASE WHEN length({text}) >= {a + 1} THEN CAST(substr({text}, {a}, 2) AS INTEGER) ELSE 0 END"
                  for a in (12, 15, 18))
    leap = f"(({y}) % 4 = 0 AND ({y}) % 100 <> 0 OR ({y}) % 400 = 0)"
    days = f"CASE WHEN {m} = 2 THEN CASE WHEN {leap} THEN 29 ELSE 28 END WHEN {m} IN (4, 6, 9, 11) THEN 30 ELSE 31 END"
    ok = f"{y} >= 1 AND {m} BETWEEN 1 AND 12 AND {d} >= 1 AND {d} <= {days} AND {hh} <= 23 AND {mi} <= 59 AND {ss} <= 59"
    bare = f"replace({text}, 'Z', '')"
    canonical = (f"substr({bare}, 1, 10) || ' ' || CASE WHEN length({bare}) >= 16 THEN substr({bare}, 12, 5) ELSE '00:00' END "
                 f"|| CASE WHEN length({bare}) >= 19 THEN substr({bare}, 17) ELSE ':00' END")
    return f"CASE WHEN regexp_matches({text}, {q(_ISO)}) THEN CASE WHEN {ok} THEN CAST({canonical} AS TIMESTAMP) END END"


def _text(col: str) -> str:
    return f"COALESCE(CAST({col} AS VARCHAR), '')"


def _joined(parts: list[str]) -> str:
    """The non-empty texts of `parts` (SQL, NULL or '' for none) joined with '; ', as table_out joins notes."""
    return "substr(" + " || ".join(f"COALESCE('; ' || NULLIF({p}, ''), '')" for p in parts) + ", 3)"


def wired_query(b: QueryBuilder, *, select: str = "t.*", order_by: str | None = None, kind: bool = False,
                window: timedelta = PANEL_WINDOW) -> str:
    """QueryBuilder.query when the table has subject and date columns: every row of the table with the vitd columns,
    its panel and its findings (in DuckDB's dialect; the panel steps' vitd_epoch_ms: sql_transpile.resolve_epoch)."""
    c = b.cols
    assert c.subject and c.date
    keyed = b.keyed_roles()
    date = strip_sql(_text(f"t.{b.col(c.date)}"))
    st = [*b.relations(), *b.stages()]
    if c.row:
        src, row = b.table, f"CAST(t.{b.col(c.row)} AS BIGINT)"
    else:
        cells = [f"{_text(f't.{b.col(col)}')}" for col in (c.subject, c.date, *keyed.values())]
        when = date_sql(date)
        order = [cells[0], f"CASE WHEN {when} IS NULL THEN 1 ELSE 0 END", when, *cells[1:]]
        st.append(f"vitd_w_t AS (\n    SELECT t.*, ROW_NUMBER() OVER (ORDER BY {', '.join(order)}) AS {ROW_COLUMN}\n    FROM {b.table} AS t\n)")
        src, row = "vitd_w_t", f"t.{ROW_COLUMN}"
    on = " AND ".join(f"{_text(f't.{b.col(col)}')} = o.{_KEY[r]}" for r, col in keyed.items())
    st.append(f"""vitd_w_in AS (
    SELECT {row} AS vitd_row, {strip_sql(_text(f't.{b.col(c.subject)}'))} AS vitd_subject, {date_sql(date)} AS vitd_when,
        o.vitd_analyte, o.vitd_w_value AS value, o.vitd_unit_key AS unit, o.vitd_w_cmp AS cmp, o.vitd_w_si AS value_si,
        o.vitd_w_band AS band_index
    FROM {src} AS t JOIN vitd_out AS o ON {on}
    WHERE o.vitd_status = 'interpreted'
)""")
    st += [f"{name} AS ({body})" for name, body in panel_steps("vitd_w_in", window, PanelInput(), runs=bool(c.row))]
    st.append(f"vitd_w_panel AS ({panel_select(PanelInput())})")
    st.append("vitd_w_fin AS (\n    SELECT i.vitd_row, p.vitd_panel, i.vitd_analyte AS a, i.value, i.unit, i.cmp, i.value_si, i.band_index\n"
              "    FROM vitd_w_in AS i JOIN vitd_w_panel AS p ON p.vitd_row = i.vitd_row\n)")
    fb = FindingsBuilder(b.ref, b.schemes, FindingsInput("vitd_w_fin"))
    st += [*fb.relations(), *fb.stages(materialized=True)]
    st.append(f"vitd_w_f AS (\n    SELECT f_row AS vitd_row, {', '.join(fb.outputs())}\n    FROM vitd_fs\n)")

    interpreted = "o.vitd_status = 'interpreted'"
    before, after = undated_note("\x00").split(repr("\x00"))
    undated = f"CASE WHEN {interpreted} AND {date} <> '' AND {date_sql(date)} IS NULL THEN {q(before)} || {py_repr(date)} || {q(after)} END"
    note = _joined(["o.vitd_note_own", "f.vitd_panel_note", "o.vitd_note_lab", undated])
    risky = f"substr({note}, 1, 1) IN ('=', '+', '-', '@', {q(chr(9))}, {q(chr(13))})"
    joined = {"vitd_findings": "CASE WHEN f.vitd_row IS NULL THEN o.vitd_findings ELSE f.vitd_findings END",
             PANEL_COLUMN: f"COALESCE(CAST(p.{PANEL_COLUMN} AS VARCHAR), '')",
             "vitd_note": f"CASE WHEN {risky} THEN {q(chr(39))} || {note} ELSE {note} END"}
    out = [f"{joined.get(col, f'o.{col}')} AS {col}" for col in OUTPUT_COLUMNS]
    if kind:
        out.append(f"o.{KIND_COLUMN}")
    sql = ("WITH " + ",\n".join(st) + f"\nSELECT {select}, {', '.join(out)}\nFROM {src} AS t LEFT JOIN vitd_out AS o ON {on}"
           f"\nLEFT JOIN vitd_w_panel AS p ON {interpreted} AND p.vitd_row = {row}\nLEFT JOIN vitd_w_f AS f ON {interpreted} AND f.vitd_row = {row}")
    if order_by:
        sql += f"\nORDER BY {order_by}"
    return sql


def table_query(b: QueryBuilder, *, kind: bool = False, window: timedelta = PANEL_WINDOW) -> str:
    """The query `vitd sql` writes: with subject= and date= (and a table, not a keys table), the rows' panels (formed
    within `window`, vitd sql --panel-window) and findings too (wired_query); else each row classified on its own
    (QueryBuilder.query)."""
    if b.cols.panels() and not b.keys_table:
        return wired_query(b, kind=kind, window=window)
    return b.query(kind=kind)
