"""The classification query with panels and their findings (`vitd sql --columns ...,subject=S,date=D[,row=R]`): the
steps that join the panel query (sql_panels.py) and the findings query (sql_findings.py) to the per-row verdicts of
sql_classify.QueryBuilder, so that vitd_panel, vitd_findings and vitd_note hold what the streaming engine writes.

The steps, as CTEs after the classification's (vitd_out, one row per distinct key):
  vitd_w_dtext, vitd_w_dates  each distinct date cell (stripped) and its TIMESTAMP, read once (date_steps: ISO 8601
                text or a DATE/TIMESTAMP column, and with --dayfirst/--monthfirst day-month dates; any other text
                is undated), joined on the text where a row's date is read
  vitd_w_t      (no row= column) the table's rows numbered: ROW_NUMBER() OVER (ORDER BY the subject, whether the date
                was read, the date read, the date cell, then the role cells), a column `vitd_row` of the result
  vitd_w_in     the interpreted rows: row number, subject (stripped), the date read (vitd_w_dates), analyte, value,
                unit, comparator, SI value and band index
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
from ..readers.values import DAYFIRST, MONTHFIRST, parse_window
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


# A date written with its day and month as short numbers, as readers/values.parse_when reads it (its _DMY, without the
# back-reference: the two separators are compared after): 12/04/2024, 4.12.24 08:00, 04-12-2024 8:30:15 PM, 2024/4/12
_DMY = ("^([0-9]{1,4})([./-])([0-9]{1,2})([./-])([0-9]{1,4})"
        "(?:[ T,]+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.][0-9]+)?)?[ \t]*([AaPp][Mm])?)?$")
DATE_ORDERS = (DAYFIRST, MONTHFIRST)  # vitd sql --dayfirst / --monthfirst


def date_sql(text: str) -> str:
    """The TIMESTAMP of a stripped date cell (SQL text), or NULL when it is not an ISO 8601 date the SQL reads (_ISO)
    or not a date at all (2024-02-30, 25:00). (vitd sql --dayfirst/--monthfirst reads day-month dates too:
    date_steps.)"""
    y, m, d = (f"CAST(substr({text}, {a}, {n}) AS INTEGER)" for a, n in ((1, 4), (6, 2), (9, 2)))
    hh, mi, ss = (f"CASE WHEN length({text}) >= {a + 1} THEN CAST(substr({text}, {a}, 2) AS INTEGER) ELSE 0 END"
                  for a in (12, 15, 18))
    ok = f"{y} >= 1 AND {m} BETWEEN 1 AND 12 AND {d} >= 1 AND {d} <= {_days(y, m)} AND {hh} <= 23 AND {mi} <= 59 AND {ss} <= 59"
    bare = f"replace({text}, 'Z', '')"
    canonical = (f"substr({bare}, 1, 10) || ' ' || CASE WHEN length({bare}) >= 16 THEN substr({bare}, 12, 5) ELSE '00:00' END "
                 f"|| CASE WHEN length({bare}) >= 19 THEN substr({bare}, 17) ELSE ':00' END")
    return f"CASE WHEN regexp_matches({text}, {q(_ISO)}) THEN CASE WHEN {ok} THEN CAST({canonical} AS TIMESTAMP) END END"


DATES = "vitd_w_dates"  # (dt, ts): each distinct stripped date text and its TIMESTAMP (or NULL: undated)


def date_steps(table: str, date: str, order: str | None) -> list[str]:
    """The steps (CTEs) of DATES: each distinct date cell of `table` (its stripped text `date`, SQL over alias t) read
    once, not once per row: as ISO 8601 (date_sql), and with an order (vitd sql --dayfirst / --monthfirst: DAYFIRST or
    MONTHFIRST) then as readers/values.parse_when reads its _DMY form in that order (day_month_steps). Joined on the
    text where the date is read (date_when)."""
    texts = f"vitd_w_dtext AS (\n    SELECT DISTINCT {date} AS dt\n    FROM {table} AS t\n)"
    if order is None:
        return [texts, f"{DATES} AS (\n    SELECT dt, {date_sql('dt')} AS ts\n    FROM vitd_w_dtext\n)"]
    return [texts, *day_month_steps(order),
            f"{DATES} AS (\n    SELECT x.dt, COALESCE({date_sql('x.dt')}, d.ts) AS ts\n"
            "    FROM vitd_w_dtext AS x LEFT JOIN vitd_w_dmy AS d ON d.dt = x.dt\n)"]


def day_month_steps(order: str) -> list[str]:
    """The steps (CTEs) that read the distinct date texts (vitd_w_dtext) written day and month first, as vitd_w_dmy
    (dt, ts): as readers/values.parse_when reads its _DMY form, in `order` (a first number of four digits is the
    year): a two-digit year is 19xx from 70, 20xx below; AM/PM as parse_when takes it (the hour modulo 12, plus 12
    for PM); fractions of a second dropped; a date that is not one (31/02/2024, 25:00) NULL."""
    if order not in DATE_ORDERS:
        raise ValueError(f"date order {order!r}: {' or '.join(DATE_ORDERS)}")
    groups = ", ".join(f"regexp_extract(dt, {q(_DMY)}, {n}) AS g{n}" for n in range(1, 10))
    ints = ", ".join(f"CASE WHEN COALESCE(g{n}, '') = '' THEN 0 ELSE CAST(g{n} AS INTEGER) END AS n{n}" for n in (1, 3, 5, 6, 7, 8))
    year_first = "length(g1) = 4"
    if order == DAYFIRST:  # day.month.year, or year-month-day
        m, d = "n3", f"CASE WHEN {year_first} THEN n5 ELSE n1 END"
    else:  # month/day/year, or year-month-day
        m, d = f"CASE WHEN {year_first} THEN n3 ELSE n1 END", f"CASE WHEN {year_first} THEN n5 ELSE n3 END"
    ampm = "lower(COALESCE(g9, ''))"
    parts = (f"CASE WHEN {year_first} THEN n1 ELSE n5 END AS y0, {m} AS m, {d} AS d, "
             f"CASE WHEN {ampm} = '' THEN n6 ELSE n6 % 12 + CASE WHEN {ampm} = 'pm' THEN 12 ELSE 0 END END AS h, n7 AS mi, n8 AS ss")
    y = "CASE WHEN y0 < 70 THEN y0 + 2000 WHEN y0 < 100 THEN y0 + 1900 ELSE y0 END"
    ok = f"y BETWEEN 1 AND 9999 AND m BETWEEN 1 AND 12 AND d >= 1 AND d <= {_days('y', 'm')} AND h BETWEEN 0 AND 23 AND mi <= 59 AND ss <= 59"
    text = " || ".join([_pad("y", 4), "'-'", _pad("m", 2), "'-'", _pad("d", 2), "' '", _pad("h", 2), "':'", _pad("mi", 2), "':'", _pad("ss", 2)])
    return [f"vitd_w_dgroups AS (\n    SELECT dt, {groups}\n    FROM vitd_w_dtext\n    WHERE regexp_matches(dt, {q(_DMY)})\n)",
            f"vitd_w_dints AS (\n    SELECT dt, g1, g9, {ints}\n    FROM vitd_w_dgroups\n    WHERE g2 = g4\n)",
            f"vitd_w_dparts AS (\n    SELECT dt, {parts}\n    FROM vitd_w_dints\n)",
            f"vitd_w_dfull AS (\n    SELECT dt, {y} AS y, m, d, h, mi, ss\n    FROM vitd_w_dparts\n)",
            f"vitd_w_dmy AS (\n    SELECT dt, CASE WHEN {ok} THEN CAST({text} AS TIMESTAMP) END AS ts\n    FROM vitd_w_dfull\n)"]


def date_when(date: str) -> tuple[str, str]:
    """The TIMESTAMP of a stripped date cell `date` (SQL over alias t) and the join (to DATES: date_steps) that gives
    it."""
    return "vitd_wd.ts", f" LEFT JOIN {DATES} AS vitd_wd ON vitd_wd.dt = {date}"


def _pad(x: str, width: int) -> str:
    zeros = " ".join(f"WHEN {x} < {10 ** i} THEN {q('0' * (width - i))}" for i in range(1, width))
    return f"CASE {zeros} ELSE '' END || CAST({x} AS VARCHAR)"


def _days(y: str, m: str) -> str:
    leap = f"(({y}) % 4 = 0 AND ({y}) % 100 <> 0 OR ({y}) % 400 = 0)"
    return f"CASE WHEN {m} = 2 THEN CASE WHEN {leap} THEN 29 ELSE 28 END WHEN {m} IN (4, 6, 9, 11) THEN 30 ELSE 31 END"


def _text(col: str) -> str:
    return f"COALESCE(CAST({col} AS VARCHAR), '')"


def _joined(parts: list[str]) -> str:
    """The non-empty texts of `parts` (SQL, NULL or '' for none) joined with '; ', as table_out joins notes."""
    return "substr(" + " || ".join(f"COALESCE('; ' || NULLIF({p}, ''), '')" for p in parts) + ", 3)"


def wired_query(b: QueryBuilder, *, select: str = "t.*", order_by: str | None = None, kind: bool = False,
                window: timedelta = PANEL_WINDOW, date_order: str | None = None) -> str:
    """QueryBuilder.query when the table has subject and date columns: every row of the table with the vitd columns,
    its panel and its findings (in DuckDB's dialect; the panel steps' vitd_epoch_ms: sql_transpile.resolve_epoch).
    date_order: DAYFIRST or MONTHFIRST reads day-month dates too (day_month_steps); None, ISO 8601 only."""
    c = b.cols
    assert c.subject and c.date
    keyed = b.keyed_roles()
    date = strip_sql(_text(f"t.{b.col(c.date)}"))
    st = [*b.relations(), *b.stages()]
    st += date_steps(b.table, date, date_order)
    when, dates = date_when(date)
    if c.row:
        src, row = b.table, f"CAST(t.{b.col(c.row)} AS BIGINT)"
    else:
        cells = [f"{_text(f't.{b.col(col)}')}" for col in (c.subject, c.date, *keyed.values())]
        order = [cells[0], f"CASE WHEN {when} IS NULL THEN 1 ELSE 0 END", when, *cells[1:]]
        st.append(f"vitd_w_t AS (\n    SELECT t.*, ROW_NUMBER() OVER (ORDER BY {', '.join(order)}) AS {ROW_COLUMN}\n    FROM {b.table} AS t{dates}\n)")
        src, row = "vitd_w_t", f"t.{ROW_COLUMN}"
    on = " AND ".join(f"{_text(f't.{b.col(col)}')} = o.{_KEY[r]}" for r, col in keyed.items())
    st.append(f"""vitd_w_in AS (
    SELECT {row} AS vitd_row, {strip_sql(_text(f't.{b.col(c.subject)}'))} AS vitd_subject, {when} AS vitd_when,
        o.vitd_analyte, o.vitd_w_value AS value, o.vitd_unit_key AS unit, o.vitd_w_cmp AS cmp, o.vitd_w_si AS value_si,
        o.vitd_w_band AS band_index
    FROM {src} AS t JOIN vitd_out AS o ON {on}{dates}
    WHERE o.vitd_status = 'interpreted'
)""")
    st += [f"{name} AS ({body})" for name, body in panel_steps("vitd_w_in", window, PanelInput(), runs=bool(c.row))]
    st.append(f"vitd_w_panel AS ({panel_select(PanelInput())})")
    st.append("vitd_w_fin AS (\n    SELECT i.vitd_row, p.vitd_panel, i.vitd_analyte AS a, i.value, i.unit, i.cmp, i.value_si, i.band_index\n"
              "    FROM vitd_w_in AS i JOIN vitd_w_panel AS p ON p.vitd_row = i.vitd_row\n)")
    fb = FindingsBuilder(b.ref, b.schemes, FindingsInput("vitd_w_fin"))
    st += [*fb.relations(), *fb.stages()]
    st.append(f"vitd_w_f AS (\n    SELECT f_row AS vitd_row, {', '.join(fb.outputs())}\n    FROM vitd_fs\n)")

    interpreted = "o.vitd_status = 'interpreted'"
    before, after = undated_note("\x00").split(repr("\x00"))
    undated = f"CASE WHEN {interpreted} AND {date} <> '' AND {when} IS NULL THEN {q(before)} || {py_repr(date)} || {q(after)} END"
    note = _joined(["o.vitd_note_own", "f.vitd_panel_note", "o.vitd_note_lab", undated])
    # a note a spreadsheet would read as a formula gets a quote first; two lists, as DuckDB turns a list of six into a
    # join that works the note out once for the test and again for the cell
    first = f"substr({note}, 1, 1)"
    risky = f"({first} IN ('=', '+', '-', '@') OR {first} IN ({q(chr(9))}, {q(chr(13))}))"
    joined = {"vitd_findings": "CASE WHEN f.vitd_row IS NULL THEN o.vitd_findings ELSE f.vitd_findings END",
             PANEL_COLUMN: f"COALESCE(CAST(p.{PANEL_COLUMN} AS VARCHAR), '')",
             "vitd_note": f"CASE WHEN {risky} THEN {q(chr(39))} || {note} ELSE {note} END"}
    out = [f"{joined.get(col, f'o.{col}')} AS {col}" for col in OUTPUT_COLUMNS]
    if kind:
        out.append(f"o.{KIND_COLUMN}")
    sql = ("WITH " + ",\n".join(st) + f"\nSELECT {select}, {', '.join(out)}\nFROM {src} AS t LEFT JOIN vitd_out AS o ON {on}"
           f"\nLEFT JOIN vitd_w_panel AS p ON {interpreted} AND p.vitd_row = {row}\nLEFT JOIN vitd_w_f AS f ON {interpreted} AND f.vitd_row = {row}{dates}")
    if order_by:
        sql += f"\nORDER BY {order_by}"
    return sql


def table_query(b: QueryBuilder, *, kind: bool = False, window: timedelta = PANEL_WINDOW, date_order: str | None = None) -> str:
    """The query `vitd sql` writes: with subject= and date= (and a table, not a keys table), the rows' panels (formed
    within `window`, vitd sql --panel-window) and findings too (wired_query); else each row classified on its own
    (QueryBuilder.query)."""
    if b.cols.panels() and not b.keys_table:
        return wired_query(b, kind=kind, window=window, date_order=date_order)
    return b.query(kind=kind)
