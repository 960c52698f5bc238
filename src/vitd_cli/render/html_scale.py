"""The band scale of a result, as its gauge and trend chart draw it: the bands of the scheme it was classified with
(SchemeView, carried by the Report), in the unit it is shown in, or only its normal range when the scheme's bands are
not known (a lab's own --ranges file)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..cohort import Views
from ..models import Result, SchemeView
from .html_text import fmt, shown


@dataclass
class Seg:
    """One band on the display unit's scale: from lo to hi (None: open end)."""

    lo: float | None
    hi: float | None
    lo_open: bool  # the band starts just above lo (the band before ends 'up to' lo)
    hi_open: bool  # the band ends just below hi ('below' hi)
    flag: str
    label: str
    severity: str | None = None
    category: str = ""
    source: str = ""
    lo_approx: bool = False  # the cut-off was converted from the unit the guideline published
    hi_approx: bool = False

    @property
    def approx(self) -> bool:
        return self.lo_approx or self.hi_approx

    def text(self) -> str:
        """'under 20', '20 to under 30', '30 to 100', 'over 100 to 150', 'over 150' ('\u2248' before a converted cut-off)."""
        lo = None if self.lo is None else f"{'over ' if self.lo_open else ''}{chr(0x2248) if self.lo_approx else ''}{fmt(self.lo)}"
        hi = None if self.hi is None else f"{'under ' if self.hi_open else ''}{chr(0x2248) if self.hi_approx else ''}{fmt(self.hi)}"
        if lo is None and hi is None:
            return "any value"
        if lo is None:
            return hi if self.hi_open else f"up to {hi}"  # type: ignore[return-value]
        if hi is None:
            return lo if self.lo_open else f"{lo} or more"
        return f"{lo} to {hi}"


@dataclass
class Scale:
    segs: list[Seg]
    unit: str
    value: float
    here: int  # the band of the result
    scheme_name: str
    exact: bool  # the scheme's own bands (False: only the normal range was known)


def same_range(view: SchemeView, r: Result) -> bool:
    """Is this the scheme the result was classified with? (a --ranges file may reuse a shipped id)"""
    if view.normal is None:
        return False
    low, high = view.normal

    def close(a: float | None, b: float | None) -> bool:
        return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9))

    return close(low, r.range.low) and close(high, r.range.high) and view.name == r.range.scheme_name


def _scheme_segs(view: SchemeView, unit: str) -> list[Seg] | None:
    limits = view.limits.get(unit)
    if limits is None:
        return None
    segs: list[Seg] = []
    lo, lo_open, lo_approx = None, False, False
    for b, got in zip(view.bands, limits):
        hi, hi_approx = got if got is not None else (None, False)
        segs.append(Seg(lo, hi, lo_open, b.below is not None, b.flag, b.label, b.severity, b.category, b.source, lo_approx, hi_approx))
        lo, lo_open, lo_approx = hi, b.up_to is not None, hi_approx
    return segs


def _range_segs(r: Result, unit: str) -> list[Seg]:
    """Without the scheme's bands (a lab's own file): below, within and above the normal range."""
    rng = r.range
    if unit == rng.unit:
        low, high = rng.low, rng.high
    else:
        low, high = rng.conventional_low, rng.conventional_high
    segs: list[Seg] = []
    if low is not None:
        segs.append(Seg(None, low, False, True, "low", "below the range", source=rng.source))
    segs.append(Seg(low, high, False, False, "normal", "within the range", source=rng.source))
    if high is not None:
        segs.append(Seg(high, None, True, False, "high", "above the range", source=rng.source))
    return segs


def result_scale(r: Result, views: Views, unit: str | None = None) -> Scale:
    value, shown_unit = shown(r)
    unit = unit or shown_unit
    if unit != shown_unit:
        value = r.value if unit == r.unit else r.conventional.value
    view = views.get(r.analyte, {}).get(r.range.scheme)
    segs = _scheme_segs(view, unit) if view is not None and same_range(view, r) else None
    exact = segs is not None
    if segs is None:
        if unit not in (r.range.unit, r.range.conventional_unit):  # the range is known in SI only
            unit, value = r.range.unit, r.value
        segs = _range_segs(r, unit)
    same = [i for i, s in enumerate(segs) if s.flag == r.flag and (not exact or (s.category, s.label, s.severity) == (r.category, r.label, r.severity))]
    if len(same) != 1:
        inside = [i for i in (same or range(len(segs))) if _inside(value, segs[i])]
        same = inside or same or [0]
    return Scale(segs, unit, value, same[0], r.range.scheme_name, exact)


def _inside(x: float, s: Seg) -> bool:
    above = s.lo is None or (x > s.lo if s.lo_open else x >= s.lo)
    below = s.hi is None or (x < s.hi if s.hi_open else x <= s.hi)
    return above and below

