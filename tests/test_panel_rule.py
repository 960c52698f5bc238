"""The short cuts of the panel rule (batch/panel_rule.py) and of the streaming engine's panels give what the rule gives:
a part of one time (each draw a panel, counted without the draw machinery) against the general cut at the widest gaps;
group_by_time(one_part=True), which the Streamer asks for when its held rows are dated, against the part scan, and the
Streamer itself where it must not ask for it (undated results held, a subject's rows out of time order); a panel
shape's findings remembered per vitamin D level (verdict_of) whatever order the panels come in."""

from __future__ import annotations

import csv
import io
import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from test_sql_panels import DAY, by_rule, random_rows, streamed
from vitd_cli import interpret
from vitd_cli.batch import panel_rule
from vitd_cli.batch.panel_rule import group_by_time
from vitd_cli.files import FileOptions, interpret_file

WINDOWS = [DAY, timedelta(hours=6), timedelta(0)]
ANALYTES = ["calcium", "albumin", "pth", "magnesium"]


def _general(whens: list[datetime | None], analytes: list[str], window: timedelta) -> list[list[int]]:
    """One part's panels by the general cut at the widest gaps (no short cut for one time or one panel)."""
    dated = sorted(range(len(whens)), key=whens.__getitem__)  # type: ignore[arg-type]
    spans = whens[dated[-1]] - whens[dated[0]] >= window  # type: ignore[operator]
    return panel_rule._by_widest_gaps(dated, whens, analytes, window, spans)


@pytest.mark.parametrize("window", WINDOWS, ids=["24h", "6h", "0"])
def test_a_part_of_one_time(window: timedelta) -> None:
    """All at one time: the n-th result of each analyte forms the n-th panel (one panel when no analyte is twice)."""
    t = datetime(2024, 3, 1, 8, 30)
    cases = [
        (["calcium", "magnesium", "calcium", "calcium", "magnesium"], [[0, 1], [2, 4], [3]]),
        (["calcium", "albumin", "pth"], [[0, 1, 2]]),
        (["pth", "pth", "albumin"], [[0, 2], [1]]),
        (["calcium"], [[0]]),
    ]
    for analytes, want in cases:
        whens: list[datetime | None] = [t] * len(analytes)
        assert group_by_time(whens, analytes, window) == want
        assert group_by_time(whens, analytes, window, one_part=True) == want
        assert _general(whens, analytes, window) == want


@pytest.mark.parametrize("window", WINDOWS, ids=["24h", "6h", "0"])
def test_short_cuts_against_the_general_cut(window: timedelta) -> None:
    """Random parts (in and out of time order, analytes repeated at one time): the short cuts change no panel."""
    rng = random.Random(18)
    checked = 0
    for _ in range(3000):
        n = rng.randint(1, 12)
        base = datetime(2024, 1, 1)
        whens: list[datetime | None] = [base + timedelta(minutes=rng.choice([0, 0, 3, 60, 360, 1380, 1440, 1500]) * rng.randint(0, 2))
                                        for _ in range(n)]
        if rng.random() < 0.5:
            whens.sort()  # type: ignore[arg-type]
        analytes = [rng.choice(ANALYTES[:rng.randint(1, 4)]) for _ in range(n)]
        top, parts = None, 1
        for w in whens:
            if top is not None and w > top and w - top >= window:  # type: ignore[operator]
                parts += 1
            top = w if top is None or w > top else top  # type: ignore[operator]
        if parts > 1:
            continue
        want = _general(whens, analytes, window)
        assert group_by_time(whens, analytes, window) == want, (whens, analytes)
        assert group_by_time(whens, analytes, window, one_part=True) == want, (whens, analytes)
        checked += 1
    assert checked > 500


_TESTS = {"calcium": ("Calcium", "9.1", "mg/dL"), "albumin": ("Albumin", "3.9", "g/dL"), "pth": ("PTH", "41", "pg/mL"),
          "magnesium": ("Magnesium", "2.0", "mg/dL")}


@pytest.mark.parametrize("ordered", [True, False], ids=["oldest-first", "any-order"])
def test_streamer_one_part_only_where_it_holds_one(tmp_path: Path, ordered: bool) -> None:
    """The Streamer asks for one part only when every result it holds is dated: with undated results held (several
    parts then), or rows out of time order, its panels are still group_by_time's over each run of a subject's rows."""
    rows = random_rows(7, n=300, ordered=ordered)
    path = tmp_path / "panels.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["patient", "date", "test", "value", "unit"])
        for _, subject, when, analyte in rows:
            name, value, unit = _TESTS[analyte]
            out.writerow([subject or "S", "" if when is None else when.strftime("%Y-%m-%d %H:%M"), name, value, unit])
    got, panels = streamed(path)
    assert len(got) == len(rows) and any(r[2] is None for r in got)
    assert panels == by_rule(got, DAY)


def test_a_shape_remembered_per_vitamin_d_level(tmp_path: Path) -> None:
    """verdict_of remembers a shape whose findings follow the vitamin D level (vitamin D with a low phosphate) per
    level: past the level, not past it, and past it again, each panel gets the findings interpret() gives it."""
    values = ["11.88", "13", "11.5", "14"]  # uk-2016: the osteomalacia pattern below 30 nmol/L (12.02 ng/mL)
    src = tmp_path / "osteo.csv"
    src.write_text("patient,date,test,value,unit\n" + "".join(
        f"p{k},2024-01-0{k + 1},25-OH Vitamin D,{vd},ng/mL\np{k},2024-01-0{k + 1},Phosphate,1.9,mg/dL\n"
        for k, vd in enumerate(values)), encoding="utf-8")
    out = io.StringIO()
    interpret_file(str(src), FileOptions(fmt="csv", guideline="uk-2016"), stdout=out, stderr=io.StringIO())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    for k, vd in enumerate(values):
        panel = interpret({"vitamin_d": f"{vd} ng/mL", "phosphate": "1.9 mg/dL"}, guideline="uk-2016").panels[0]
        got = set(rows[2 * k]["vitd_findings"].split()) | set(rows[2 * k + 1]["vitd_findings"].split())
        assert got == {f.code for f in panel.findings}, vd
    assert ["osteomalacia_pattern" in rows[2 * k]["vitd_findings"].split() for k in range(4)] == [True, False, True, False]
