"""Which panel rule: the greedy rule vitd used until issue 18 against rules SQL window functions can compute.

    python benchmarks/panel_rules.py [--rows 200000] [--window 24h]

Each corpus is read by the streaming engine (`--engine python`, NDJSON to nowhere); the interpreted results it hands to
batch.Streamer, in input order, are taken as runs of one subject (the unit panels are formed in), and every rule groups
each run. Per corpus and rule it prints:

- rows: results whose panel (the set of rows grouped with it) differs from the greedy rule's;
- pairs+/pairs-: cross-analyte pairs (calcium-albumin, PTH-vitamin D, magnesium-calcium, ionized-total calcium,
  phosphate-calcium, phosphate-PTH) the rule forms that the greedy rule did not, and the other way round;
- same-time lost: pairs of results collected at the identical time (one draw) that the rule puts in different panels;
- far pairs: pairs formed more than 6 hours apart, and the widest span of a pair;
- nearer / farther: a result paired (with an analyte it reads with) to a partner farther in time than the nearest one
  of that analyte within the window; `farther` counts them (lower is better);
- panels: how many.

Then the hand-made cases (ICU daily draws, same-day repeats, results minutes apart around a slot edge), each with the
pairs a clinician expects, and which rules give them. The rules are written here in plain Python, independently of
vitd's own code (the greedy rule as batch/panels.py had it before issue 18, and the chosen rule as vitd now has it).
"""

from __future__ import annotations

import argparse
import io
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

Entry = tuple[int, datetime | None, str]  # (input row, collection time or None, analyte)
Rule = Callable[[Sequence[Entry], timedelta], list[list[int]]]  # groups of indices into the run

LINKED = {frozenset(p) for p in (("calcium", "albumin"), ("pth", "vitamin_d"), ("magnesium", "calcium"),
                                 ("ionized_calcium", "calcium"), ("phosphate", "calcium"), ("phosphate", "pth"),
                                 ("ionized_calcium", "albumin"), ("magnesium", "ionized_calcium"))}


# ---------------------------------------------------------------- the rules

def greedy(run: Sequence[Entry], window: timedelta) -> list[list[int]]:
    """Until issue 18: oldest first, a panel takes results while they fall within the window of its first and name a
    new analyte; undated results form panels of their own in row order (joining while the analyte is new)."""
    dated = sorted((i for i, e in enumerate(run) if e[1] is not None), key=lambda i: run[i][1])  # type: ignore[arg-type, return-value]
    undated = [i for i, e in enumerate(run) if e[1] is None]
    groups: list[list[int]] = []
    for seq, timed in ((dated, True), (undated, False)):
        cur: list[int] = []
        start = None
        seen: set[str] = set()
        for i in seq:
            w, a = run[i][1], run[i][2]
            joins = cur and a not in seen and (not timed or w == start or w - start < window)  # type: ignore[operator]
            if not joins:
                if cur:
                    groups.append(cur)
                cur, start, seen = [], w, set()
            cur.append(i)
            seen.add(a)
        if cur:
            groups.append(cur)
    return groups


def _occurrence(run: Sequence[Entry], idx: Sequence[int], key: Callable[[int], object]) -> dict[int, int]:
    """The n-th (1-based, in row order) result of its analyte among those with the same key."""
    count: dict[tuple, int] = defaultdict(int)
    out = {}
    for i in sorted(idx):
        k = (key(i), run[i][2])
        count[k] += 1
        out[i] = count[k]
    return out


def _undated_nth(run: Sequence[Entry]) -> list[list[int]]:
    """Undated results (row order): a report starts at each result of the first one's analyte; within a report, the
    n-th result of each analyte forms panel n."""
    undated = [i for i, e in enumerate(run) if e[1] is None]
    lead = run[undated[0]][2] if undated else None
    report: dict[int, int] = {}
    n = -1
    for i in undated:
        n += run[i][2] == lead
        report[i] = n
    nth = _occurrence(run, undated, lambda i: report[i])
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i in undated:
        groups[(report[i], nth[i])].append(i)
    return list(groups.values())


def _islands(run: Sequence[Entry], window: timedelta) -> list[list[int]]:
    """Dated results, oldest first, cut where the gap to the previous result is the window or more."""
    dated = sorted((i for i, e in enumerate(run) if e[1] is not None), key=lambda i: (run[i][1], i))  # type: ignore[arg-type, return-value]
    out: list[list[int]] = []
    last = None
    for i in dated:
        w = run[i][1]
        if last is None or (w > last and w - last >= window):  # type: ignore[operator]
            out.append([])
        out[-1].append(i)
        last = w
    return out


def _slots(run: Sequence[Entry], window: timedelta, from_end: bool) -> list[list[int]]:
    groups: dict[tuple, list[int]] = defaultdict(list)
    for n, island in enumerate(_islands(run, window)):
        first = run[island[0]][1]
        slot = {i: ((run[i][1] - first) // window if window else run[i][1]) for i in island}  # type: ignore[operator]
        order = sorted(island, key=lambda i: (run[i][1], i), reverse=from_end)  # type: ignore[arg-type, return-value]
        count: dict[tuple, int] = defaultdict(int)
        for i in order:
            k = (slot[i], run[i][2])
            count[k] += 1
            groups[(n, slot[i], count[k])].append(i)
    return [sorted(g, key=lambda i: (run[i][1], i)) for g in groups.values()] + _undated_nth(run)  # type: ignore[arg-type, return-value]


def slots_first(run: Sequence[Entry], window: timedelta) -> list[list[int]]:
    """(a) islands (a gap of the window or more), window-long slots from the island's first result, and within a slot
    the n-th result of each analyte (oldest first) forms panel n."""
    return _slots(run, window, from_end=False)


def slots_last(run: Sequence[Entry], window: timedelta) -> list[list[int]]:
    """(b) as (a), the n-th result counted from the slot's end."""
    return _slots(run, window, from_end=True)


def draws(run: Sequence[Entry], window: timedelta) -> list[list[int]]:
    """(c) the identical collection time only (window 0): the n-th result of each analyte at that time forms panel n."""
    dated = [i for i, e in enumerate(run) if e[1] is not None]
    nth = _occurrence(run, dated, lambda i: run[i][1])
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i in dated:
        groups[(run[i][1], nth[i])].append(i)
    return list(groups.values()) + _undated_nth(run)


def widest_gap(run: Sequence[Entry], window: timedelta) -> list[list[int]]:
    """(e) the rule chosen: parts of the run start at a result the window or more after every earlier one (input
    order; what a streaming reader can close), and each part's dated results are cut at the widest gaps (_widest)."""
    parts: list[list[int]] = []
    top = None
    for i, (_, w, _a) in enumerate(run):
        if w is None:
            continue
        if top is None or (w > top and w - top >= window):
            parts.append([])
        top = w if top is None else max(top, w)
        parts[-1].append(i)
    groups = []
    for part in parts:
        groups += [[part[j] for j in g] for g in _widest([run[i] for i in part], window)]
    return groups + _undated_nth(run)


def _widest(run: Sequence[Entry], window: timedelta) -> list[list[int]]:
    """The cuts at the widest gaps. Results at the identical time form a draw (the n-th result of each analyte at that time,
    draw n). Two draws must be apart when they hold the same analyte (two consecutive results of it less than the
    window apart) or when they are the window or more apart (for each draw, the latest earlier draw at least the window
    before it). Each such pair is parted by cutting the subject's time line at the widest gap between them (of equal
    widest gaps, the latest); the pieces are the panels. Undated results: _undated_nth."""
    dated = [i for i, e in enumerate(run) if e[1] is not None]
    nth = _occurrence(run, dated, lambda i: run[i][1])
    keys = sorted({(run[i][1], nth[i]) for i in dated})  # type: ignore[type-var]
    pos = {k: p for p, k in enumerate(keys)}
    times = [k[0] for k in keys]
    gap = [timedelta(0)] + [times[p] - times[p - 1] for p in range(1, len(keys))]  # type: ignore[operator]
    pairs = set()
    last: dict[str, int] = {}
    for i in sorted(dated, key=lambda i: (pos[(run[i][1], nth[i])], i)):
        p, a = pos[(run[i][1], nth[i])], run[i][2]
        if a in last and (times[p] - times[last[a]] < window or times[p] == times[last[a]]):  # type: ignore[operator]
            pairs.add((last[a], p))
        last[a] = p
    lo = 0
    for p in range(len(keys)):
        while lo + 1 < p and times[p] - times[lo + 1] >= window and times[lo + 1] < times[p]:  # type: ignore[operator]
            lo += 1
        if times[p] - times[lo] >= window and times[lo] < times[p]:  # type: ignore[operator]
            pairs.add((lo, p))
    cuts = set()
    for a, b in pairs:
        cuts.add(max(range(a + 1, b + 1), key=lambda q: (gap[q], q)))
    piece, n = [], 0
    for p in range(len(keys)):
        if p in cuts:
            n += 1
        piece.append(n)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in sorted(dated, key=lambda i: (pos[(run[i][1], nth[i])], i)):
        groups[piece[pos[(run[i][1], nth[i])]]].append(i)
    return list(groups.values())


RULES: dict[str, Rule] = {"greedy (today)": greedy, "a: slots, n-th": slots_first, "b: slots, n-th from end": slots_last,
                          "c: same time only": draws, "e: widest gap": widest_gap}


# ---------------------------------------------------------------- measuring

def _pairs(run: Sequence[Entry], groups: list[list[int]]) -> set[tuple[int, int]]:
    out = set()
    for g in groups:
        for x in g:
            for y in g:
                if x < y and frozenset((run[x][2], run[y][2])) in LINKED:
                    out.add((x, y))
    return out


def _nearest_missed(run: Sequence[Entry], pairs: set[tuple[int, int]], window: timedelta) -> int:
    """Pairs whose partner is farther in time than the nearest result of the partner's analyte within the window."""
    by_analyte: dict[str, list[datetime]] = defaultdict(list)
    for _, w, a in run:
        if w is not None:
            by_analyte[a].append(w)
    bad = 0
    for x, y in pairs:
        for me, other in ((x, y), (y, x)):
            w, wo = run[me][1], run[other][1]
            if w is None or wo is None:
                continue
            best = min(abs(t - w) for t in by_analyte[run[other][2]])
            if abs(wo - w) > best and best < window:
                bad += 1
                break
    return bad


class Tally:
    def __init__(self) -> None:
        self.rows = self.gained = self.lost = self.same_time_lost = self.far = self.farther = self.panels = 0
        self.widest = timedelta(0)

    def add(self, run: Sequence[Entry], groups: list[list[int]], base: list[list[int]], window: timedelta) -> None:
        member = {i: frozenset(g) for g in groups for i in g}
        base_member = {i: frozenset(g) for g in base for i in g}
        self.rows += sum(member[i] != base_member[i] for i in range(len(run)))
        got, was = _pairs(run, groups), _pairs(run, base)
        self.gained += len(got - was)
        self.lost += len(was - got)
        self.panels += len(groups)
        for x, y in got:
            if run[x][1] is not None and run[y][1] is not None:
                d = abs(run[x][1] - run[y][1])  # type: ignore[operator]
                self.widest = max(self.widest, d)
                self.far += d > timedelta(hours=6)
        self.farther += _nearest_missed(run, got, window)
        # results of one draw (identical time, each analyte once there) left in different panels
        at: dict[datetime, list[int]] = defaultdict(list)
        for i, (_, w, _a) in enumerate(run):
            if w is not None:
                at[w].append(i)
        for idx in at.values():
            analytes = [run[i][2] for i in idx]
            if len(set(analytes)) != len(analytes):
                continue
            for x in idx:
                for y in idx:
                    if x < y and frozenset((run[x][2], run[y][2])) in LINKED and member[x] != member[y]:
                        self.same_time_lost += 1


def runs_of(path: Path, **options: object) -> list[list[Entry]]:
    """The runs of one subject's interpreted results as the streaming engine meets them (input order)."""
    from vitd_cli.batch import streamer
    from vitd_cli.files import FileOptions, interpret_file

    runs: list[list[Entry]] = []
    subject: list[object] = [object()]
    original = streamer.Streamer.push

    def push(self, o):  # type: ignore[no-untyped-def]
        if o.status == "interpreted":
            if o.subject != subject[0]:
                runs.append([])
                subject[0] = o.subject
            runs[-1].extend((o.row, o.when, it.analyte) for it in o.items)
        original(self, o)

    streamer.Streamer.push = push  # type: ignore[method-assign]
    try:
        interpret_file(str(path), FileOptions(fmt="ndjson", quiet=True, **options), stdout=io.StringIO(), stderr=io.StringIO())  # type: ignore[arg-type]
    finally:
        streamer.Streamer.push = original  # type: ignore[method-assign]
    return runs


def corpora(rows: int) -> list[tuple[str, Path, dict]]:
    import workloads as w

    shared = HERE.parent.parent / "shared" / "data"
    mimic = shared / "mimic-iii-demo"
    golden = HERE.parent / "tests" / "golden_readers"
    out = [("MIMIC demo LABEVENTS (whole)", mimic / "LABEVENTS.csv.gz", {"dictionary": str(mimic / "D_LABITEMS.csv")}),
           ("MIMIC demo subset", mimic / "LABEVENTS_calcium_mg_vitd_subset.csv", {"dictionary": str(mimic / "D_LABITEMS.csv")}),
           ("Synthea observations", golden / "synthea_observations.csv", {}),
           ("examples/labs.csv", HERE.parent / "examples" / "labs.csv", {})]
    for shape in ("synthea", "mimic"):
        p = w.ensure(w.SHAPES[shape], rows, 1, log=lambda _m: None)
        opts = {"dictionary": str(w.mimic_dictionary())} if shape == "mimic" else {}
        out.append((f"workload {shape} {rows:,}", p, opts))
    return [c for c in out if c[1].is_file()]


# ---------------------------------------------------------------- hand-made cases

def _t(day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2024, 3, 1) + timedelta(days=day, hours=hh, minutes=mm)


CASES: list[tuple[str, list[Entry], set[tuple[int, int]]]] = [
    # (name, results (row, time, analyte), the pairs a clinician expects: rows of results read together)
    ("ICU: calcium daily ~05:00, albumin on day 2 only (listed first)",
     [(1, _t(0, 5, 10), "calcium"), (2, _t(1, 4, 20), "albumin"), (3, _t(1, 4, 20), "calcium"), (4, _t(2, 5, 0), "calcium")],
     {(2, 3)}),
    ("ICU: calcium daily ~05:00, albumin on day 1 only",
     [(1, _t(0, 4, 20), "calcium"), (2, _t(0, 4, 20), "albumin"), (3, _t(1, 5, 10), "calcium"), (4, _t(2, 5, 0), "calcium")],
     {(1, 2)}),
    ("evening calcium, next morning's draw with albumin (albumin row first)",
     [(1, _t(0, 20), "calcium"), (2, _t(1, 5), "albumin"), (3, _t(1, 5), "calcium")],
     {(2, 3)}),
    ("same-day repeat: calcium 08:00 with albumin, recheck calcium 14:00",
     [(1, _t(0, 8), "calcium"), (2, _t(0, 8), "albumin"), (3, _t(0, 14), "calcium")],
     {(1, 2)}),
    ("same-day repeat: calcium 08:00, calcium and albumin 14:00",
     [(1, _t(0, 8), "calcium"), (2, _t(0, 14), "calcium"), (3, _t(0, 14), "albumin")],
     {(2, 3)}),
    ("blood gas ionized calcium 3 min after the chemistry draw",
     [(1, _t(0, 5, 0), "calcium"), (2, _t(0, 5, 0), "albumin"), (3, _t(0, 5, 3), "ionized_calcium")],
     {(1, 2), (1, 3), (2, 3)}),
    ("minutes apart around a slot edge (first result 24h earlier)",
     [(1, _t(0, 10, 0), "magnesium"), (2, _t(1, 9, 58), "calcium"), (3, _t(1, 10, 1), "albumin")],
     {(2, 3)}),
    ("outpatient: vitamin D and PTH the same visit, PTH again 3 weeks later",
     [(1, _t(0, 9), "vitamin_d"), (2, _t(0, 9), "pth"), (3, _t(21, 9), "pth")],
     {(1, 2)}),
    ("calcium q6h, albumin once at 11:00 (nearest calcium 12:00)",
     [(1, _t(0, 0), "calcium"), (2, _t(0, 6), "calcium"), (3, _t(0, 11), "albumin"), (4, _t(0, 12), "calcium"),
      (5, _t(0, 18), "calcium")],
     {(3, 4)}),
    ("three days, a different analyte each day (magnesium must not pair with day 1's calcium)",
     [(1, _t(0, 8), "calcium"), (2, _t(0, 23), "albumin"), (3, _t(1, 22), "magnesium")],
     {(1, 2)}),
    ("undated: two reports, the second with magnesium too",
     [(1, None, "calcium"), (2, None, "albumin"), (3, None, "calcium"), (4, None, "albumin"), (5, None, "magnesium")],
     {(1, 2), (3, 4), (3, 5)}),
    ("duplicate rows of one draw (calcium twice at 05:00)",
     [(1, _t(0, 5), "calcium"), (2, _t(0, 5), "calcium"), (3, _t(0, 5), "albumin")],
     {(1, 3)}),
]


def case_pairs(run: list[Entry], groups: list[list[int]]) -> set[tuple[int, int]]:
    return {(run[x][0], run[y][0]) for x, y in _pairs(run, groups)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=200_000, help="rows of each generated workload")
    ap.add_argument("--window", default="24h")
    args = ap.parse_args()
    from vitd_cli.readers.values import parse_window

    window = parse_window(args.window)
    print(f"window {args.window}; counts against the greedy rule\n")
    print("| corpus | rule | results | rows differing | pairs + / - | same-time pairs lost | pairs > 6 h apart | widest pair | pairs not with the nearest | panels |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, path, opts in corpora(args.rows):
        runs = runs_of(path, panel_window=args.window, **opts)
        n = sum(len(r) for r in runs)
        for rule_name, rule in RULES.items():
            t = Tally()
            for run in runs:
                t.add(run, rule(run, window), greedy(run, window), window)
            print(f"| {name} | {rule_name} | {n:,} | {t.rows:,} | +{t.gained:,} / -{t.lost:,} | {t.same_time_lost:,} | {t.far:,} | "
                  f"{t.widest} | {t.farther:,} | {t.panels:,} |")
    print("\nhand-made cases: which rules give the pairs a clinician expects\n")
    print("| case | " + " | ".join(RULES) + " |")
    print("|---|" + "---|" * len(RULES))
    for name, run, want in CASES:
        cells = []
        for rule in RULES.values():
            got = case_pairs(run, rule(run, window))
            cells.append("yes" if got == want else "no: " + (", ".join(f"{a}-{b}" for a, b in sorted(got)) or "none"))
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
