"""Trends of one subject: each analyte measured at two or more dates, drawn as a line chart (inline SVG) over its
normal range and cut-offs, with a text summary that is also the chart's description."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from ..cohort import Views
from ..models import Panel, Result
from .html_scale import Seg, result_scale
from .html_text import ARROW, date_key, esc, fmt, short_name, shown

# trend chart geometry
C_X0, C_X1 = 11.0, 97.0
C_TOP, C_BOTTOM = 30, 182


def _nice_step(span: float, count: int = 4) -> float:
    raw = span / max(count, 1)
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag



@dataclass
class Point:
    date: str | None
    when: datetime | None
    value: float
    result: Result


@dataclass
class Trend:
    analyte: str
    name: str
    unit: str
    points: list[Point]


def trends(panels: list[Panel]) -> list[Trend]:
    """Each analyte measured at two or more dates in these panels (one subject's), in panel order."""
    by: dict[str, Trend] = {}
    for p in panels:
        for r in p.results:
            t = by.get(r.analyte)
            if t is None:
                _, unit = shown(r)
                t = by[r.analyte] = Trend(r.analyte, short_name(r), unit, [])
            v = r.value if t.unit == r.unit else r.conventional.value if t.unit == r.conventional.unit else None
            if v is not None:
                t.points.append(Point(p.date, date_key(p.date), v, r))
    return [t for t in by.values() if len(t.points) >= 2]


def _pv(p: Point) -> str:
    """A point's value as the chart prints it, with the comparator of a censored value ('<12.5')."""
    return (p.result.comparator or "") + fmt(p.value)


def trend_svg(t: Trend, cid: str, views: Views) -> tuple[str, str]:
    """The chart and its text summary (also its <desc>)."""
    scale = result_scale(t.points[-1].result, views, t.unit)
    normal = next((s for s in scale.segs if s.flag == "normal"), None) if scale.unit == t.unit else None
    nlo, nhi = (normal.lo, normal.hi) if normal else (None, None)
    axis = _Axis.around([p.value for p in t.points], (nlo, nhi))
    summary = _summary(t, normal)
    cuts = [s.hi for s in scale.segs[:-1] if s.hi is not None and axis.lo < s.hi < axis.hi] if scale.unit == t.unit else []
    out = [f'<svg class="chart" role="img" aria-labelledby="{cid}-t {cid}-d" width="100%" height="210" xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{cid}-t">{esc(t.name)} over time</title><desc id="{cid}-d">{esc(summary)}</desc>']
    if normal is not None:
        out.extend(_normal_band(axis, nlo, nhi))
    out.extend(_value_scale(axis, cuts, (nlo, nhi), t.unit))
    out.extend(_line_and_points(axis, t))
    out.append("</svg>")
    return "".join(out), summary


@dataclass
class _Axis:
    """The chart's value axis: from lo to hi, drawn from C_BOTTOM up to C_TOP."""

    lo: float
    hi: float

    @classmethod
    def around(cls, vals: list[float], normal: tuple[float | None, float | None]) -> _Axis:
        """The values with some room, and the limits of the normal range when they are not far off."""
        vlo, vhi = min(vals), max(vals)
        span = max(vhi - vlo, abs(vhi) * 0.25, 1e-6)
        dlo, dhi = vlo, vhi
        for lim in normal:
            if lim is not None and vlo - 2 * span <= lim <= vhi + 2 * span:
                dlo, dhi = min(dlo, lim), max(dhi, lim)
        pad = (dhi - dlo) * 0.12 or 1.0
        dlo, dhi = dlo - pad, dhi + pad
        if dlo < 0 <= vlo:
            dlo = 0.0
        return cls(dlo, dhi)

    def y(self, v: float) -> float:
        return C_BOTTOM - (v - self.lo) / (self.hi - self.lo) * (C_BOTTOM - C_TOP)


def _summary(t: Trend, normal: Seg | None) -> str:
    pts = t.points
    first, final = pts[0], pts[-1]
    move = "up" if final.value > first.value else "down" if final.value < first.value else "unchanged"
    dates = f" from {first.date} to {final.date}" if first.date and final.date else ""
    summary = (f"{t.name} in {t.unit}, {len(pts)} results{dates}: "
               + ", ".join(f"{_pv(p)} ({p.result.label})" + (f" on {p.date}" if p.date else "") for p in pts)
               + f". {'Unchanged' if move == 'unchanged' else move.capitalize() + ' from ' + _pv(first) + ' to ' + _pv(final)}.")
    if normal is not None:
        summary += f" Normal range: {normal.text()} {t.unit}."
    return summary


def _normal_band(axis: _Axis, nlo: float | None, nhi: float | None) -> list[str]:
    """The normal range shaded, its limits as lines."""
    top = axis.y(nhi) if nhi is not None else C_TOP
    bottom = axis.y(nlo) if nlo is not None else C_BOTTOM
    top, bottom = max(top, C_TOP), min(bottom, C_BOTTOM)
    if bottom <= top:
        return []
    out = [f'<rect class="normal" x="{C_X0}%" y="{top:.1f}" width="{C_X1 - C_X0}%" height="{bottom - top:.1f}"/>']
    for lim in (nlo, nhi):
        if lim is not None and axis.lo <= lim <= axis.hi:
            out.append(f'<line class="normal-edge" x1="{C_X0}%" x2="{C_X1}%" y1="{axis.y(lim):.1f}" y2="{axis.y(lim):.1f}"/>')
    return out


def _value_scale(axis: _Axis, cuts: list[float], normal: tuple[float | None, float | None], unit: str) -> list[str]:
    """Grid lines at round values (not too near a cut-off), the cut-offs, the axes and the unit."""
    out = []
    y = axis.y
    step = _nice_step(axis.hi - axis.lo)
    tick = math.ceil(axis.lo / step) * step
    while tick <= axis.hi + 1e-9:
        if all(abs(y(tick) - y(c)) >= 15 for c in cuts):
            out.append(f'<line class="grid" x1="{C_X0}%" x2="{C_X1}%" y1="{y(tick):.1f}" y2="{y(tick):.1f}"/>')
            out.append(f'<text class="ylab" x="{C_X0 - 1.5}%" y="{y(tick) + 4:.1f}" text-anchor="end">{esc(fmt(tick))}</text>')
        tick += step
    for c in cuts:
        if c not in normal:
            out.append(f'<line class="cutline" x1="{C_X0}%" x2="{C_X1}%" y1="{y(c):.1f}" y2="{y(c):.1f}"/>')
        out.append(f'<text class="ylab" x="{C_X0 - 1.5}%" y="{y(c) + 4:.1f}" text-anchor="end">{esc(fmt(c))}</text>')
    out.append(f'<line class="axis" x1="{C_X0}%" x2="{C_X0}%" y1="{C_TOP - 8}" y2="{C_BOTTOM}"/>')
    out.append(f'<line class="axis" x1="{C_X0}%" x2="{C_X1}%" y1="{C_BOTTOM}" y2="{C_BOTTOM}"/>')
    out.append(f'<text class="unit" x="{C_X0 - 1.5}%" y="14" text-anchor="end">{esc(unit)}</text>')
    return out


def _x_positions(pts: list[Point]) -> list[float]:
    """Each point's x in percent: by its date when all dates are readable, distinct and in order, else evenly spaced."""
    whens = [p.when for p in pts]
    if all(whens) and len(set(whens)) == len(whens) and whens == sorted(whens):  # type: ignore[type-var]
        t0, t1 = whens[0], whens[-1]
        fracs = [(w - t0).total_seconds() / (t1 - t0).total_seconds() for w in whens]  # type: ignore[operator]
    else:
        fracs = [i / (len(pts) - 1) for i in range(len(pts))]
    return [C_X0 + (C_X1 - C_X0) * (0.06 + 0.88 * f) for f in fracs]


def _line_and_points(axis: _Axis, t: Trend) -> list[str]:
    """The line through the values, each point with its value and flag arrow, and some of the dates under the axis."""
    pts, y = t.points, axis.y
    xs = _x_positions(pts)
    # the line: in its own stretched viewBox so it follows the percent-placed points at any width
    vb_h = C_BOTTOM - C_TOP
    line = " ".join(f"{(x - C_X0) / (C_X1 - C_X0) * 1000:.1f},{y(p.value) - C_TOP:.1f}" for x, p in zip(xs, pts))
    out = [f'<svg x="{C_X0}%" y="{C_TOP}" width="{C_X1 - C_X0}%" height="{vb_h}" viewBox="0 0 1000 {vb_h}" preserveAspectRatio="none" overflow="visible">'
           f'<polyline class="line" points="{line}"/></svg>']
    every = max(1, math.ceil(len(pts) / 6))
    for i, (x, p) in enumerate(zip(xs, pts)):
        r = p.result
        py = y(p.value)
        tip = f"{p.date + ': ' if p.date else ''}{_pv(p)} {t.unit}, {r.label}"
        out.append(f'<circle class="pt pt-{r.flag}" cx="{x:.3f}%" cy="{py:.1f}" r="5.5"><title>{esc(tip)}</title></circle>')
        ly = py - 11 if py - 11 > 12 else py + 20
        out.append(f'<text class="ptlab" x="{x:.3f}%" y="{ly:.1f}" text-anchor="middle">{esc(_pv(p) + ARROW[r.flag])}</text>')
        if p.date and (i % every == 0 or i == len(pts) - 1):
            anchor, dx = ("end", 8) if i == len(pts) - 1 and x > 85 else ("start", -8) if i == 0 and x < 15 else ("middle", 0)
            out.append(f'<text class="xlab" x="{x:.3f}%" dx="{dx}" y="{C_BOTTOM + 18}" text-anchor="{anchor}">{esc(p.date)}</text>')
    return out
