"""The panels in SQL: the query that gives each interpreted row its `vitd_panel`, by the rule of
batch.panel_rule.group_by_time (docs/engines.md: Panels), with window functions, joins and no recursion, so that DuckDB,
SQLite (3.28 or later) and Spark SQL run the same query.

It reads a relation of interpreted rows (PanelInput: the 1-based input row number, the subject, the collection time
as a parsed TIMESTAMP or NULL, the analyte) and returns (row number, vitd_panel): the input row number of the first row
(in input order) of the row's panel. Parsing the date cells is another step's; the time is taken to the millisecond.

The steps, as CTEs (written once in DuckDB's dialect and transpiled by sqlglot, as `vitd sql` is):

  vitd_p_in     the rows; the time as integer milliseconds since 1970 (each dialect's own function)
  vitd_p_run    the unit panels are formed in: a run of consecutive rows of one subject (input order), as the
                streaming engine and the DuckDB engine form them; or (runs=False) the subject, as --format json does
  vitd_p_part   the parts of a run's dated results: a new part at a result the window or more after every earlier one
                (in input order; a running MAX), named by its first row
  vitd_p_n      draws: the n-th result of an analyte at one time belongs to that time's n-th draw
  vitd_p_pos    the draws of a part, oldest first (pos), with the gap before each
  vitd_p_pair   the pairs of draws that must be apart, as (lo, hi]: an analyte's consecutive draws less than the window
                apart or at one time (LAG), and for each draw the latest draw at least the window earlier (a RANGE
                frame, the window in milliseconds, at least 1: strictly earlier)
  vitd_p_cut    for each pair, the widest gap among draws lo+1..hi (of equal ones the latest): a cut before that draw
  vitd_p_piece  the pieces between cuts (a running count): the panels of dated results
  vitd_p_u      undated results: reports (a running count of the run's first undated analyte) and the n-th result of
                each analyte in a report
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from .sqltext import EPOCH_MS, ident

PANEL_COLUMN = "vitd_panel"


@dataclass(frozen=True)
class PanelInput:
    """The columns of the relation of interpreted rows (one result a row) the panel query reads. subject None: the
    relation has no subject column (all rows one subject)."""

    row: str = "vitd_row"  # 1-based input row number: input order, and the panel's number
    subject: str | None = "vitd_subject"  # NULL reads as '' (no subject), as the streaming engine reads an empty cell
    when: str = "vitd_when"  # the collection time, a TIMESTAMP; NULL: undated
    analyte: str = "vitd_analyte"


def panel_steps(table: str, window: timedelta, cols: PanelInput | None = None, *, runs: bool = True) -> list[tuple[str, str]]:
    """The steps of the query as (CTE name, body), in DuckDB's dialect (vitd_epoch_ms(x): resolve_epoch)."""
    c = cols or PanelInput()
    w = int(window / timedelta(milliseconds=1))
    frame = max(w, 1)  # RANGE ... frame PRECEDING: at least the window before, and strictly earlier
    subject = f"COALESCE(CAST({ident(c.subject)} AS VARCHAR), '')" if c.subject else "''"
    if runs:
        run = ("SELECT r, a, t, SUM(CASE WHEN prev_s = s THEN 0 ELSE 1 END) OVER (ORDER BY r ROWS UNBOUNDED PRECEDING) AS run "
               "FROM (SELECT r, s, a, t, LAG(s) OVER (ORDER BY r) AS prev_s FROM vitd_p_in) AS x")
    else:
        run = "SELECT r, a, t, s AS run FROM vitd_p_in"
    steps = [
        ("vitd_p_in", f"SELECT CAST({ident(c.row)} AS BIGINT) AS r, {subject} AS s, CAST({ident(c.analyte)} AS VARCHAR) AS a, "
                      f"{EPOCH_MS}({ident(c.when)}) AS t FROM {table}"),
        ("vitd_p_run", run),
        ("vitd_p_part",
         "SELECT r, a, t, MIN(r) OVER (PARTITION BY run, k) AS part FROM (SELECT r, run, a, t, SUM(CASE WHEN top IS NULL "
         f"OR (t > top AND t - top >= {w}) THEN 1 ELSE 0 END) OVER (PARTITION BY run ORDER BY r ROWS UNBOUNDED PRECEDING) AS k "
         "FROM (SELECT r, run, a, t, MAX(t) OVER (PARTITION BY run ORDER BY r ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) "
         "AS top FROM vitd_p_run WHERE t IS NOT NULL) AS x) AS y"),
        ("vitd_p_n", "SELECT r, part, a, t, ROW_NUMBER() OVER (PARTITION BY part, t, a ORDER BY r) AS n FROM vitd_p_part"),
        ("vitd_p_pos", "SELECT part, t, n, ROW_NUMBER() OVER (PARTITION BY part ORDER BY t, n) AS pos, "
                       "t - LAG(t) OVER (PARTITION BY part ORDER BY t, n) AS gap FROM (SELECT DISTINCT part, t, n FROM vitd_p_n) AS x"),
        ("vitd_p_res", "SELECT d.r, d.part, d.a, d.t, p.pos FROM vitd_p_n AS d JOIN vitd_p_pos AS p ON p.part = d.part AND p.t = d.t AND p.n = d.n"),
        ("vitd_p_pair",
         "SELECT part, lo, hi FROM (SELECT part, pos AS hi, t, LAG(pos) OVER (PARTITION BY part, a ORDER BY pos) AS lo, "
         "LAG(t) OVER (PARTITION BY part, a ORDER BY pos) AS lo_t FROM vitd_p_res) AS x "
         f"WHERE lo IS NOT NULL AND (t - lo_t < {w} OR t = lo_t) "
         "UNION "
         "SELECT part, lo, hi FROM (SELECT part, pos AS hi, MAX(pos) OVER (PARTITION BY part ORDER BY t "
         f"RANGE BETWEEN UNBOUNDED PRECEDING AND {frame} PRECEDING) AS lo FROM vitd_p_pos) AS x WHERE lo IS NOT NULL"),
        ("vitd_p_cut",
         "SELECT DISTINCT part, pos FROM (SELECT c.part, p.pos, ROW_NUMBER() OVER (PARTITION BY c.part, c.lo, c.hi "
         "ORDER BY p.gap DESC, p.pos DESC) AS k FROM vitd_p_pair AS c JOIN vitd_p_pos AS p ON p.part = c.part AND p.pos > c.lo "
         "AND p.pos <= c.hi) AS x WHERE k = 1"),
        ("vitd_p_piece",
         "SELECT p.part, p.pos, SUM(CASE WHEN c.pos IS NULL THEN 0 ELSE 1 END) OVER (PARTITION BY p.part ORDER BY p.pos "
         "ROWS UNBOUNDED PRECEDING) AS piece FROM vitd_p_pos AS p LEFT JOIN vitd_p_cut AS c ON c.part = p.part AND c.pos = p.pos"),
        ("vitd_p_dated",
         "SELECT d.r, MIN(d.r) OVER (PARTITION BY d.part, q.piece) AS panel FROM vitd_p_res AS d "
         "JOIN vitd_p_piece AS q ON q.part = d.part AND q.pos = d.pos"),
        ("vitd_p_u",
         "SELECT r, run, a, SUM(CASE WHEN a = lead THEN 1 ELSE 0 END) OVER (PARTITION BY run ORDER BY r ROWS UNBOUNDED PRECEDING) AS report "
         "FROM (SELECT r, run, a, FIRST_VALUE(a) OVER (PARTITION BY run ORDER BY r ROWS BETWEEN UNBOUNDED PRECEDING AND "
         "UNBOUNDED FOLLOWING) AS lead FROM vitd_p_run WHERE t IS NULL) AS x"),
        ("vitd_p_undated",
         "SELECT r, MIN(r) OVER (PARTITION BY run, report, n) AS panel FROM (SELECT r, run, report, "
         "ROW_NUMBER() OVER (PARTITION BY run, report, a ORDER BY r) AS n FROM vitd_p_u) AS x"),
    ]
    return steps


def panel_select(cols: PanelInput | None = None) -> str:
    """The query's result after its steps: (row number, vitd_panel) of every row, dated and undated."""
    c = cols or PanelInput()
    return f"SELECT r AS {ident(c.row)}, panel AS {PANEL_COLUMN} FROM vitd_p_dated UNION ALL SELECT r, panel FROM vitd_p_undated"


def panel_query(table: str, window: timedelta, cols: PanelInput | None = None, *, runs: bool = True) -> str:
    """The query in DuckDB's dialect (with vitd_epoch_ms(x) for the dialect's milliseconds since 1970: transpile)."""
    ctes = ",\n".join(f"{name} AS ({body})" for name, body in panel_steps(table, window, cols, runs=runs))
    return f"WITH {ctes}\n{panel_select(cols)}"


def panel_sql(table: str, window: timedelta, dialect: str = "duckdb", cols: PanelInput | None = None, *, runs: bool = True,
              pretty: bool = True) -> str:
    """The panel query in `dialect` (sql_columns.DIALECTS): panel_query transpiled by sqlglot (imported here), with the
    dialect's milliseconds since 1970 of a TIMESTAMP. SQLite and Postgres materialise each step (sql_command.transpile)."""
    from .sql_transpile import resolve_epoch, transpile

    return resolve_epoch(transpile(panel_query(table, window, cols, runs=runs), dialect, pretty=pretty), dialect, pretty=pretty)
