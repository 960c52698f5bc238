"""A file's report at a glance (FileReport.cohort): subjects per urgency, each analyte's counts per category with a
histogram of its SI values, and the flagged subjects most urgent first.

A subject is a subject id; panels without one count as a subject each (a wide file without an id column is one
person a row). A subject is flagged when any of its results is outside its normal band or any panel has a finding
(or an urgency other than none). The HTML report of more than COHORT_SUBJECTS subjects opens with this summary, lists
the first COHORT_SHOWN flagged subjects and gives the most urgent a section (their latest COHORT_PANELS flagged panels
with gauges, COHORT_DETAIL_BYTES of HTML in all); JSON carries the whole summary, every flagged subject included.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from .models import URGENCY_ORDER, AnalyteSummary, CategoryCount, Cohort, FlaggedSubject, HistogramBin, Panel, Result, SchemeView

Views = dict[str, dict[str, SchemeView]]  # Report.scheme_views: analyte -> scheme id -> its view

COHORT_SUBJECTS = 50  # more subjects than this: the HTML report is the cohort summary, the flagged subjects capped
COHORT_SHOWN = 200  # flagged subjects the HTML report of a cohort lists (--all-subjects: every subject)
COHORT_DETAIL_BYTES = 1_000_000  # characters of HTML the sections of a cohort's most urgent flagged subjects may take
COHORT_PANELS = 3  # a cohort's subject section shows its latest panels outside the ranges, at most this many
BINS = 20  # about this many histogram bins over the central 98% of the values
TAIL = 0.01  # the share of values at each end that may fall in an open-ended bin


def subject_groups(panels: Sequence[Panel]) -> list[tuple[str | None, list[Panel]]]:
    """(subject, its panels) in the order subjects first appear; panels without a subject id are one group each."""
    groups: dict[object, tuple[str | None, list[Panel]]] = {}
    for i, p in enumerate(panels):
        key: object = ("s", p.subject) if p.subject else ("p", i)
        groups.setdefault(key, (p.subject, []))[1].append(p)
    return list(groups.values())


def urgency_of(panels: Sequence[Panel]) -> str:
    return max((p.urgency for p in panels), key=URGENCY_ORDER.__getitem__, default="none")


def is_flagged(panels: Sequence[Panel]) -> bool:
    return any(p.findings or p.urgency != "none" or any(r.flag != "normal" for r in p.results)
               or any(s.red_flag for s in p.symptoms) for p in panels)


def flagged_subjects(groups: Sequence[tuple[str | None, list[Panel]]]) -> list[tuple[int, FlaggedSubject]]:
    """(index in groups, the flagged subject) for each flagged group, most urgent first, then in file order."""
    out = []
    for i, (subject, ps) in enumerate(groups):
        if not is_flagged(ps):
            continue
        outside = list(dict.fromkeys(f"{r.analyte}:{r.category}" for p in ps for r in p.results if r.flag != "normal"))
        findings = list(dict.fromkeys(f.code for p in ps for f in p.findings))
        out.append((i, FlaggedSubject(subject=subject, urgency=urgency_of(ps), panels=len(ps), outside=outside,  # type: ignore[arg-type]
                                      findings=findings)))
    out.sort(key=lambda x: -URGENCY_ORDER[x[1].urgency])
    return out


def nice_step(span: float, count: int = BINS) -> float:
    raw = span / max(count, 1)
    if raw <= 0 or not math.isfinite(raw):
        return 1.0
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def histogram(values: Sequence[float], cutoffs: Sequence[float] = ()) -> list[HistogramBin]:
    """Bins of one 'nice' width over the central 98% of the values (widened to show a cut-off that lies among the values
    and within a quarter of that span of it), with an open-ended bin at each end for the values beyond. Every value is in
    exactly one bin."""
    if not values:
        return []
    vals = sorted(values)
    n = len(vals)
    lo, hi = vals[int(TAIL * (n - 1))], vals[int(math.ceil((1 - TAIL) * (n - 1)))]
    reach = (hi - lo) * 0.25  # a cut-off a little beyond the central values widens the bins to show it; a far one does not
    for c in cutoffs:
        if vals[0] <= c <= vals[-1] and lo - reach <= c <= hi + reach:
            lo, hi = min(lo, c), max(hi, c)
    step = float(nice_step(hi - lo) if hi > lo else nice_step(max(abs(lo), 1.0)))
    start = math.floor(lo / step) * step
    count = max(1, math.floor((hi - start) / step) + 1)  # the last bin holds hi: hi < start + count * step
    edges = [float(round(start + k * step, 10)) for k in range(count + 1)]
    counts = [0] * count
    below = above = 0
    for v in vals:
        if v < edges[0]:
            below += 1
        elif v >= edges[-1]:
            above += 1
        else:
            k = min(int((v - edges[0]) / step), count - 1)
            while k > 0 and v < edges[k]:
                k -= 1
            while k < count - 1 and v >= edges[k + 1]:
                k += 1
            counts[k] += 1
    out = [HistogramBin(low=None, high=edges[0], count=below)] if below else []
    out += [HistogramBin(low=edges[k], high=edges[k + 1], count=c) for k, c in enumerate(counts)]
    if above:
        out.append(HistogramBin(low=edges[-1], high=None, count=above))
    return out


def _cutoffs(results: list[Result], views: Views) -> tuple[str | None, list[float]]:
    """The scheme most of these results were classified with, and its band limits in the SI unit (from the scheme in
    reference_ranges/ when its normal range is the one the results carry, else the results' normal range)."""
    scheme_id, _ = Counter(r.range.scheme for r in results).most_common(1)[0]
    sample = next(r for r in results if r.range.scheme == scheme_id)
    view = views.get(sample.analyte, {}).get(scheme_id)
    if view is not None and view.si_cutoffs is not None and sample.range.unit == view.si_unit:
        cuts = list(view.si_cutoffs)
        normal = next(i for i, b in enumerate(view.bands) if b.flag == "normal")
        low = cuts[normal - 1] if normal > 0 else None
        high = cuts[normal] if normal < len(cuts) else None
        if _close(low, sample.range.low) and _close(high, sample.range.high):
            return scheme_id, sorted({round(c, 3) for c in cuts if c is not None})
    return scheme_id, sorted({x for x in (sample.range.low, sample.range.high) if x is not None})


def _close(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and math.isclose(round(a, 3), b, rel_tol=1e-6, abs_tol=1e-9))


def analyte_summaries(panels: Sequence[Panel], views: Views) -> list[AnalyteSummary]:
    by: dict[str, list[Result]] = {}
    for p in panels:
        for r in p.results:
            by.setdefault(r.analyte, []).append(r)
    out = []
    for analyte, results in by.items():
        scheme_id, cuts = _cutoffs(results, views)
        view = views.get(analyte, {}).get(scheme_id or "")
        bands = list(view.bands) if view is not None else []
        order = {**{(b.category, ""): i for i, b in enumerate(bands)}, **{(b.category, b.label): i for i, b in enumerate(bands)}}
        cats: dict[tuple[str, str, str], int] = {}
        for r in results:
            key = (r.category, r.label, r.flag)
            cats[key] = cats.get(key, 0) + 1
        flags = Counter(r.flag for r in results)
        si = {r.unit for r in results}
        unit = results[0].unit
        values = [r.value for r in results if r.unit == unit]
        categories = [CategoryCount(category=c, label=lab, flag=f, count=n) for (c, lab, f), n in  # type: ignore[arg-type]
                      sorted(cats.items(), key=lambda kv: order.get(kv[0][:2], order.get((kv[0][0], ""), len(order))))]
        out.append(AnalyteSummary(analyte=analyte, name=results[0].name, unit=unit, results=len(results), low=flags["low"],
                                  normal=flags["normal"], high=flags["high"], categories=categories,
                                  bins=histogram(values, cuts if len(si) == 1 else ()), cutoffs=cuts, scheme=scheme_id))
    return out


def cohort(panels: Sequence[Panel], views: Views) -> Cohort:
    """The file at a glance; `views` are the Report's scheme_views (interpret.views_of)."""
    groups = subject_groups(panels)
    urgency = {u: 0 for u in sorted(URGENCY_ORDER, key=URGENCY_ORDER.__getitem__, reverse=True)}
    for _, ps in groups:
        urgency[urgency_of(ps)] += 1
    flagged = [f for _, f in flagged_subjects(groups)]
    return Cohort(subjects=len(groups), panels=len(panels), results=sum(len(p.results) for p in panels), threshold=COHORT_SUBJECTS,
                  urgency=urgency, analytes=analyte_summaries(panels, views), flagged_count=len(flagged), flagged=flagged)
