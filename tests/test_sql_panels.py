"""The panels in SQL (engines/sql_panels.py) give every interpreted row the streaming engine's vitd_panel: in DuckDB,
SQLite (python's sqlite3) and Spark local mode, on the real files of ../shared/data, the readers' goldens, a generated
MIMIC-shaped workload, hand-made cases and random ones; and the rule itself (batch.panels.group_by_time) keeps its
promises: each analyte once, a panel within the window, one draw never parted.

The query's text per dialect is checked in: tests/golden_sql/panels_<dialect>.sql (VITD_REGEN_GOLDEN=1 rewrites them).
"""

from __future__ import annotations

import io
import os
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from test_engines_equivalence import DICTIONARY, MIMIC, REPO, _workloads
from vitd_cli.batch import streamer as batch_streamer
from vitd_cli.batch.panels import group_by_time
from vitd_cli.engines.sql_panels import PANEL_COLUMN, panel_sql
from vitd_cli.files import FileOptions, interpret_file

GOLDEN = Path(__file__).parent / "golden_sql"
GOLDEN_READERS = Path(__file__).parent / "golden_readers"
DAY = timedelta(hours=24)
SQL_DIALECTS = ("duckdb", "sqlite", "spark")

Row = tuple[int, str, datetime | None, str]  # (input row, subject, collection time, analyte)


def streamed(path: Path, **options: object) -> tuple[list[Row], dict[int, int]]:
    """The interpreted rows the streaming engine met (input order), and the panel it gave each (row -> vitd_panel)."""
    rows: list[Row] = []
    panels: dict[int, int] = {}
    original_push, original_emit = batch_streamer.Streamer.push, batch_streamer.Streamer.flush

    def push(self, o):  # type: ignore[no-untyped-def]
        if o.status == "interpreted":
            rows.append((o.row, o.subject or "", o.when, o.items[0].analyte))
        original_push(self, o)

    def flush(self):  # type: ignore[no-untyped-def]
        held = [o for o in self.buf if type(o) is not str and type(o) is not tuple and o.status == "interpreted"]
        original_emit(self)
        for o in held:
            panels[o.row] = o.items[0].panel

    batch_streamer.Streamer.push, batch_streamer.Streamer.flush = push, flush  # type: ignore[method-assign]
    try:
        interpret_file(str(path), FileOptions(fmt="csv", quiet=True, **options), stdout=io.StringIO(), stderr=io.StringIO())  # type: ignore[arg-type]
    finally:
        batch_streamer.Streamer.push, batch_streamer.Streamer.flush = original_push, original_emit  # type: ignore[method-assign]
    return rows, panels


def by_rule(rows: list[Row], window: timedelta) -> dict[int, int]:
    """group_by_time over the runs of one subject, numbered by each panel's first row."""
    out: dict[int, int] = {}
    runs: list[list[Row]] = []
    for r in rows:
        if not runs or runs[-1][-1][1] != r[1]:
            runs.append([])
        runs[-1].append(r)
    for run in runs:
        for group in group_by_time([r[2] for r in run], [r[3] for r in run], window):
            first = min(run[i][0] for i in group)
            for i in group:
                out[run[i][0]] = first
    return out


def run_duckdb(rows: list[Row], window: timedelta) -> dict[int, int]:
    import duckdb

    con = duckdb.connect()
    con.execute("CREATE TABLE interpreted (vitd_row BIGINT, vitd_subject VARCHAR, vitd_when TIMESTAMP, vitd_analyte VARCHAR)")
    con.executemany("INSERT INTO interpreted VALUES (?, ?, ?, ?)", rows)
    return dict(con.execute(panel_sql("interpreted", window, "duckdb")).fetchall())


def run_sqlite(rows: list[Row], window: timedelta) -> dict[int, int]:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE interpreted (vitd_row INTEGER, vitd_subject TEXT, vitd_when TEXT, vitd_analyte TEXT)")
    con.executemany("INSERT INTO interpreted VALUES (?, ?, ?, ?)",
                    [(r, s, w.isoformat(sep=" ") if w is not None else None, a) for r, s, w, a in rows])
    return dict(con.execute(panel_sql("interpreted", window, "sqlite")).fetchall())


def run_spark(spark, rows: list[Row], window: timedelta) -> dict[int, int]:  # type: ignore[no-untyped-def]
    df = spark.createDataFrame(rows, "vitd_row LONG, vitd_subject STRING, vitd_when TIMESTAMP_NTZ, vitd_analyte STRING")
    df.createOrReplaceTempView("interpreted")
    return {r["vitd_row"]: r[PANEL_COLUMN] for r in spark.sql(panel_sql("interpreted", window, "spark").rstrip().rstrip(";")).collect()}


def _corpora() -> list[tuple[str, Path, dict]]:
    out = [(name, GOLDEN_READERS / name, {"dictionary": str(GOLDEN_READERS / "mimic_d_labitems.csv")} if "mimic" in name else {})
           for name in ("mimic_labevents.csv", "synthea_observations.csv", "portal_semicolon.csv", "lab_cp1252.tsv")]
    out.append(("examples/labs.csv", REPO / "examples" / "labs.csv", {}))
    if (MIMIC / "LABEVENTS_calcium_mg_vitd_subset.csv").is_file():
        out.append(("MIMIC demo subset", MIMIC / "LABEVENTS_calcium_mg_vitd_subset.csv", {"dictionary": str(DICTIONARY)}))
    return out


CORPORA = _corpora()


@pytest.fixture(scope="module")
def workload(tmp_path_factory) -> tuple[list[Row], dict[int, int]]:  # type: ignore[no-untyped-def]
    w = _workloads()
    path = tmp_path_factory.mktemp("panels") / "mimic.csv"
    w.write_mimic(path, 20_000, 7)
    return streamed(path, dictionary=str(w.mimic_dictionary()))


def _t(day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2024, 3, 1) + timedelta(days=day, hours=hh, minutes=mm)


HAND_MADE: list[tuple[str, list[Row], list[set[int]]]] = [
    # (case, rows, the panels with more than one row, as sets of rows)
    ("ICU: daily calcium, albumin on day 2 (listed first) pairs with day 2's calcium",
     [(1, "P", _t(0, 5, 10), "calcium"), (2, "P", _t(1, 4, 20), "albumin"), (3, "P", _t(1, 4, 20), "calcium"), (4, "P", _t(2, 5), "calcium")],
     [{2, 3}]),
    ("evening calcium; next morning's draw of calcium and albumin",
     [(1, "P", _t(0, 20), "calcium"), (2, "P", _t(1, 5), "albumin"), (3, "P", _t(1, 5), "calcium")], [{2, 3}]),
    ("same-day recheck of calcium: albumin stays with its own draw",
     [(1, "P", _t(0, 8), "calcium"), (2, "P", _t(0, 8), "albumin"), (3, "P", _t(0, 14), "calcium")], [{1, 2}]),
    ("ionized calcium from a blood gas 3 minutes after the chemistry draw",
     [(1, "P", _t(0, 5), "calcium"), (2, "P", _t(0, 5), "albumin"), (3, "P", _t(0, 5, 3), "ionized_calcium")], [{1, 2, 3}]),
    ("minutes apart around the end of the first result's window",
     [(1, "P", _t(0, 10), "magnesium"), (2, "P", _t(1, 9, 58), "calcium"), (3, "P", _t(1, 10, 1), "albumin")], [{2, 3}]),
    ("calcium every 6 hours, albumin once at 11:00: with the 12:00 calcium",
     [(1, "P", _t(0, 0), "calcium"), (2, "P", _t(0, 6), "calcium"), (3, "P", _t(0, 11), "albumin"), (4, "P", _t(0, 12), "calcium"),
      (5, "P", _t(0, 18), "calcium")], [{3, 4}]),
    ("three days, another analyte each: never three days in one panel",
     [(1, "P", _t(0, 8), "calcium"), (2, "P", _t(0, 23), "albumin"), (3, "P", _t(1, 22), "magnesium")], [{1, 2}]),
    ("a draw's rows repeated: the n-th of each analyte together",
     [(1, "P", _t(0, 5), "calcium"), (2, "P", _t(0, 5), "calcium"), (3, "P", _t(0, 5), "albumin")], [{1, 3}]),
    ("undated: two reports, the second with magnesium",
     [(1, "P", None, "calcium"), (2, "P", None, "albumin"), (3, "P", None, "calcium"), (4, "P", None, "albumin"), (5, "P", None, "magnesium")],
     [{1, 2}, {3, 4, 5}]),
    ("subject not grouped: each run of a subject's rows on its own",
     [(1, "A", _t(0, 5), "calcium"), (2, "B", _t(0, 5), "albumin"), (3, "A", _t(0, 5), "albumin")], []),
]


def random_rows(seed: int, n: int = 250, ordered: bool = False) -> list[Row]:
    """n blocks of one subject's rows (a subject may follow itself), in random time order or (ordered) oldest first."""
    rng = random.Random(seed)
    rows: list[Row] = []
    r = 0
    for _ in range(n):
        subject = rng.choice(["A", "B", "C", ""])
        base = datetime(2024, 1, 1) + timedelta(days=rng.randint(0, 100))
        block: list[list] = []
        for _ in range(rng.randint(1, 12)):
            r += rng.randint(1, 3)
            w = None if rng.random() < 0.15 else base + timedelta(minutes=rng.choice([0, 3, 60, 360, 1380, 1440, 1500, 2880]) * rng.randint(0, 3))
            block.append([r, subject, w, rng.choice(["calcium", "albumin", "pth", "magnesium"])])
        rows.extend((b[0], b[1], b[2], b[3]) for b in block)
    if ordered:  # each run of a subject's rows: its dated results oldest first
        out: list[Row] = []
        i = 0
        while i < len(rows):
            j = i
            while j < len(rows) and rows[j][1] == rows[i][1]:
                j += 1
            run = rows[i:j]
            dated = iter(sorted((x for x in run if x[2] is not None), key=lambda x: x[2]))  # type: ignore[arg-type, return-value]
            out.extend(x if x[2] is None else (x[0], x[1], *next(dated)[2:]) for x in run)
            i = j
        rows = out
    return rows


def _multi(panels: dict[int, int]) -> list[set[int]]:
    groups: dict[int, set[int]] = {}
    for row, p in panels.items():
        groups.setdefault(p, set()).add(row)
    return sorted((g for g in groups.values() if len(g) > 1), key=min)


# ---------------------------------------------------------------- the rule


@pytest.mark.parametrize("case,rows,want", HAND_MADE, ids=[c[0] for c in HAND_MADE])
def test_hand_made_cases(case: str, rows: list[Row], want: list[set[int]]) -> None:
    assert _multi(by_rule(rows, DAY)) == want


@pytest.mark.parametrize("window", [DAY, timedelta(hours=6), timedelta(0)], ids=["24h", "6h", "0"])
def test_rule_promises(window: timedelta) -> None:
    """Each analyte once per panel; a dated panel within the window of its first (or one time); in results listed
    oldest first, results of one time with each analyte once there are never parted, and a gap of the window or more
    always parts."""
    rows = random_rows(11, ordered=True)
    panels = by_rule(rows, window)
    groups: dict[int, list[Row]] = {}
    for r in rows:
        groups.setdefault(panels[r[0]], []).append(r)
    for g in groups.values():
        assert len({r[3] for r in g}) == len(g)
        times = [r[2] for r in g if r[2] is not None]
        assert len(times) in (0, len(g))
        assert not times or max(times) == min(times) or max(times) - min(times) < window
    run = 0
    draws: dict[tuple, list[Row]] = {}
    for i, r in enumerate(rows):
        run += i > 0 and rows[i - 1][1] != r[1]
        if r[2] is not None:
            draws.setdefault((run, r[2]), []).append(r)
    for d in draws.values():
        if len({r[3] for r in d}) == len(d):
            assert len({panels[r[0]] for r in d}) == 1
    for (run, when), d in draws.items():
        later = [w for (n, w) in draws if n == run and w > when]
        if later and min(later) - when >= window:
            assert not {panels[r[0]] for r in d} & {panels[r[0]] for r in draws[(run, min(later))]}


def test_results_out_of_time_order() -> None:
    """A part starts at a result the window or more after every earlier one (input order), as the streaming engine
    can close it: an older result listed after it joins the new part, not the draws of its own time."""
    rows: list[Row] = [(1, "P", _t(0, 5), "calcium"), (2, "P", _t(2, 5), "magnesium"), (3, "P", _t(0, 5), "albumin"),
                       (4, "P", _t(2, 6), "calcium")]
    assert _multi(by_rule(rows, DAY)) == [{2, 4}]
    assert _multi(by_rule([rows[0], rows[2], rows[1], rows[3]], DAY)) == [{1, 3}, {2, 4}]


def test_streaming_engine_follows_the_rule() -> None:
    """The streaming engine's vitd_panel is group_by_time's over each run of a subject's rows (every real corpus)."""
    for name, path, options in CORPORA:
        rows, panels = streamed(path, **options)
        assert panels == by_rule(rows, DAY), name


# ---------------------------------------------------------------- the SQL


@pytest.mark.parametrize("dialect", ["duckdb", "sqlite"])
def test_sql_real_corpora(dialect: str) -> None:
    run = run_duckdb if dialect == "duckdb" else run_sqlite
    for name, path, options in CORPORA:
        rows, panels = streamed(path, **options)
        assert run(rows, DAY) == panels, f"{dialect}: {name}"


@pytest.mark.parametrize("dialect", ["duckdb", "sqlite"])
def test_sql_workload(dialect: str, workload) -> None:  # type: ignore[no-untyped-def]
    rows, panels = workload
    assert len(rows) > 5_000
    assert (run_duckdb if dialect == "duckdb" else run_sqlite)(rows, DAY) == panels


@pytest.mark.parametrize("dialect", ["duckdb", "sqlite"])
@pytest.mark.parametrize("window", [DAY, timedelta(hours=6), timedelta(minutes=30), timedelta(0)], ids=["24h", "6h", "30min", "0"])
def test_sql_random_and_hand_made(dialect: str, window: timedelta) -> None:
    run = run_duckdb if dialect == "duckdb" else run_sqlite
    rows = random_rows(5)
    assert run(rows, window) == by_rule(rows, window)
    for case, hand, _ in HAND_MADE:
        assert run(hand, window) == by_rule(hand, window), case


def test_sql_window_from_the_command_line(tmp_path: Path) -> None:
    """--panel-window 6h: the streaming engine and the SQL given the same window agree."""
    path = GOLDEN_READERS / "mimic_labevents.csv"
    rows, panels = streamed(path, dictionary=str(GOLDEN_READERS / "mimic_d_labitems.csv"), panel_window="6h")
    assert run_duckdb(rows, timedelta(hours=6)) == panels


def test_sql_spark(spark, workload) -> None:  # type: ignore[no-untyped-def]
    """Spark local mode: the real corpora, the workload, random and hand-made cases, as DuckDB and SQLite."""
    for name, path, options in CORPORA:
        rows, panels = streamed(path, **options)
        assert run_spark(spark, rows, DAY) == panels, name
    rows, panels = workload
    assert run_spark(spark, rows, DAY) == panels
    for window in (DAY, timedelta(0)):
        rows = random_rows(5)
        assert run_spark(spark, rows, window) == by_rule(rows, window)
        for case, hand, _ in HAND_MADE:
            assert run_spark(spark, hand, window) == by_rule(hand, window), case


@pytest.mark.parametrize("dialect", SQL_DIALECTS)
def test_golden_panel_sql(dialect: str) -> None:
    """The panel query per dialect (table `interpreted`, window 24h) is the one checked in."""
    got = panel_sql("interpreted", DAY, dialect)
    path = GOLDEN / f"panels_{dialect}.sql"
    if os.environ.get("VITD_REGEN_GOLDEN"):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(got)
    assert path.is_file(), f"no golden file {path}: run VITD_REGEN_GOLDEN=1 pytest {__file__}"
    with open(path, encoding="utf-8", newline="") as fh:
        assert got == fh.read()
