"""The panel rule (docs/engines.md: Panels): one subject's results, given by collection time and analyte, grouped
into panels (group_by_time). The streaming engine (batch.panels, batch.streamer) and the DuckDB engine's panel pass
group with it; engines/sql_panels.py computes the same panels with SQL window functions."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from datetime import datetime, timedelta

_NO_GAP = timedelta(0)


def group_by_time(whens: Sequence[datetime | None], analytes: Sequence[str], window: timedelta, one_part: bool = False) -> list[list[int]]:
    """The panels of one subject's results (given by collection time, None when undated, and analyte, in input order),
    as lists of indices: each panel's results oldest first (then in input order), the panels of each part oldest
    first, then the panels of undated results. The rule (docs/engines.md: Panels), which SQL window functions compute
    too (engines/sql_panels.py):

    - parts: a new part starts at a dated result that comes the window or more after every earlier dated result (in
      input order; in results listed oldest first, a gap of the window or more). Each part is grouped on its own;
    - a draw is the results of a part collected at the identical time; the n-th result of an analyte at that time (in
      input order) belongs to the time's n-th draw;
    - two draws must be in different panels when they hold results of the same analyte (each analyte's consecutive
      results, less than the window apart or at one time), or when they are the window or more apart (for each draw,
      the latest earlier draw at least the window before it; window 0: the draw before);
    - each such pair is parted by cutting the part's time line (draws oldest first) at the widest gap between them
      (of equal widest gaps, the latest); the pieces are the panels;
    - undated results, in input order: a report starts at each result of the analyte of the first of them; within a
      report, the n-th result of each analyte belongs to panel n.

    A panel therefore holds each analyte once and spans less than the window (or one time), and results of one draw
    are never parted.

    one_part: the caller knows the results are all dated and form one part (Streamer: it hands its rows on where a
    part ends)."""
    if one_part:
        return _by_draws(range(len(whens)), whens, analytes, window)
    groups: list[list[int]] = []
    part: list[int] = []
    top: datetime | None = None
    undated = False
    for i, w in enumerate(whens):
        if w is None:
            undated = True
            continue
        if top is None:
            top = w
        elif w > top:
            if w - top >= window:
                groups.extend(_by_draws(part, whens, analytes, window))
                part = []
            top = w
        part.append(i)
    if part:
        groups.extend(_by_draws(part, whens, analytes, window))
    if undated:
        groups.extend(_by_report(whens, analytes))
    return groups


def _by_draws(idx: Sequence[int], whens: Sequence[datetime | None], analytes: Sequence[str], window: timedelta) -> list[list[int]]:
    """A part's dated results (indices, input order) cut into panels at the widest gaps (group_by_time)."""
    dated = sorted(idx, key=whens.__getitem__)  # type: ignore[arg-type]  # stable: the results of one time in input order
    oldest, newest = whens[dated[0]], whens[dated[-1]]
    if oldest == newest:  # one time: its n-th draw (the n-th result of each analyte) follows the (n-1)-th, which holds
        draws: list[list[int]] = []  # the same analytes (and more): each draw is a panel (one when no analyte is twice)
        count: dict[str, int] = {}
        for i in dated:
            n = count.get(analytes[i], 0)
            count[analytes[i]] = n + 1
            if n == len(draws):
                draws.append([i])
            else:
                draws[n].append(i)
        return draws
    spans = newest - oldest >= window  # type: ignore[operator]
    if not spans and len({analytes[i] for i in idx}) == len(idx):
        return [dated]  # no analyte twice, all within the window: nothing to part
    return _by_widest_gaps(dated, whens, analytes, window, spans)


def _by_widest_gaps(dated: list[int], whens: Sequence[datetime | None], analytes: Sequence[str], window: timedelta,
                      spans: bool) -> list[list[int]]:
    """_by_draws for a part of more than one time. One pass over the results oldest first numbers the draws (a result
    goes to the draw after its analyte's latest one when that is at the same time, else to its time's first draw) and
    cuts each analyte's consecutive results apart as it meets them; _apart then parts the draws the window or more
    apart (only when the part spans the window)."""
    times: list[datetime] = []  # per draw, oldest first: its time,
    gap: list[timedelta] = []  # the gap from the draw before (0 for the first),
    members: list[list[int]] = []  # and its results (input order)
    cuts: set[int] = set()  # the draws a panel starts at (besides the first)
    last: dict[str, int] = {}  # per analyte: the draw of its latest result
    n = 0  # draws so far
    first = 0  # the first draw of the current time
    now: datetime | None = None
    for i in dated:
        w = whens[i]
        a = analytes[i]
        q = last.get(a)
        if w != now:
            now = w
            first = p = n
        elif q is not None and q >= first:
            p = q + 1  # the analyte again at this time: the time's next draw
        else:
            p = first
        if p == n:
            gap.append(w - times[-1] if n else _NO_GAP)  # type: ignore[operator]
            times.append(w)  # type: ignore[arg-type]
            members.append([i])
            n += 1
        else:
            members[p].append(i)
        last[a] = p
        if q is not None:  # consecutive results of an analyte less than the window apart or at one time (0: falsy)
            apart = w - times[q]  # type: ignore[operator]
            if apart < window or not apart:
                cuts.add(p if q + 1 == p else _widest(gap, q, p))
    if spans:
        _apart(times, gap, window, cuts)
    groups: list[list[int]] = []
    for p, got in enumerate(members):
        if p == 0 or p in cuts:
            groups.append(got)
        else:
            groups[-1].extend(got)
    return groups


def _apart(times: list[datetime], gap: list[timedelta], window: timedelta, cuts: set[int]) -> None:
    """Cut between draws the window or more apart: for each draw, at the widest gap after the latest earlier draw at
    least the window before it (a sliding maximum of the gaps)."""
    lo = 0
    widest: deque[int] = deque()  # draws lo+1..p, the widest gap first
    for p in range(len(times)):
        while widest and gap[widest[-1]] <= gap[p]:
            widest.pop()
        widest.append(p)
        if times[lo] < times[p] and times[p] - times[lo] >= window:
            while lo + 1 < p and times[lo + 1] < times[p] and times[p] - times[lo + 1] >= window:
                lo += 1
            while widest[0] <= lo:
                widest.popleft()
            cuts.add(widest[0])


def _widest(gap: list[timedelta], q: int, p: int) -> int:
    """The draw after the widest gap between draws q and p (q < p; of equal gaps, the latest)."""
    best = p
    for r in range(p - 1, q, -1):
        if gap[r] > gap[best]:
            best = r
    return best


def _by_report(whens: Sequence[datetime | None], analytes: Sequence[str]) -> list[list[int]]:
    """The undated results' panels (group_by_time)."""
    lead = None  # undated results: a new report at each result of the first one's analyte
    block = 0
    count: dict[str, int] = {}
    by_n: dict[tuple[int, int], list[int]] = {}
    for i, w in enumerate(whens):
        if w is None:
            a = analytes[i]
            if lead is None:
                lead = a
            elif a == lead:
                block += 1
                count.clear()
            n = count[a] = count.get(a, 0) + 1
            by_n.setdefault((block, n), []).append(i)
    return list(by_n.values())
