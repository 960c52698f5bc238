"""The HTML report: one self-contained file (inline CSS and SVG, no scripts, nothing fetched when it is opened),
readable on a phone and printable on A4 or Letter.

It says what the Rich explanation says, in the same order (render/terminal.py): what to do first, then the results
(each with a gauge on its scheme's bands), notes on the results, what they mean, the symptoms, how they link to
muscle symptoms, next steps; then the guideline note, the sources of every threshold, and last the reminder that this
is not a diagnosis. A report of many panels (a file) opens with a summary, most urgent subjects first, and gives one
section per subject with anything outside the ranges, with a trend chart per analyte when a subject has several dates.

Every string that came from input (subject ids, dates, values as reported, notes, a lab's own ranges) is escaped:
the input is hostile. A Content-Security-Policy meta tag forbids any fetch as a second line of defence.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TextIO

from rich.text import Span, Text

from ..cohort import (
    COHORT_DETAIL_BYTES,
    COHORT_PANELS,
    COHORT_SHOWN,
    COHORT_SUBJECTS,
    Views,
    cohort,
    flagged_subjects,
    is_flagged,
    subject_groups,
)
from ..models import URGENCY_ORDER, AnalyteSummary, Band, Cohort, Panel, Report, Result, SchemeView
from . import terminal as term
from .html_style import STYLE, pattern_defs

DEFAULT_TITLE = "What your lab results mean"
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
FLAG_WORD = {"low": "LOW", "high": "HIGH", "normal": "normal"}
GROUP_WORD = {"low": "low", "normal": "normal", "high": "high"}
ARROW = {"low": "\u2193", "high": "\u2191", "normal": ""}
SEVERITY_LEVEL = {None: 1, "mild": 1, "moderate": 2, "severe": 3}
URGENCY_CLASS = {"urgent": "urgent", "prompt": "prompt", "routine": "routine", "none": "none"}
_LEAD = re.compile(r"^.{1,120}?(?:: | = | is )")
_HAS_UNIT = re.compile(r"[^\d\s.,<>=+\-\u2264\u2265]")
_URL = re.compile(r"https?://[^\s<>\"'()\[\]{}]+[^\s<>\"'()\[\]{}.,;:!?]")

# gauge geometry: x in percent of the width (the SVG stretches, its text keeps its size), y in pixels
G_X0, G_X1 = 1.0, 99.0
G_BAR_Y, G_BAR_H = 26, 22
# trend chart geometry
C_X0, C_X1 = 11.0, 97.0
C_TOP, C_BOTTOM = 30, 182
# histogram geometry (a cohort's analyte)
H_X0, H_X1 = 2.0, 98.0
H_TOP, H_BOTTOM = 26, 126


# ---------------------------------------------------------------- text


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def linkify(text: str) -> str:
    """Escaped text, with http(s) addresses as plain links (followed only when clicked). Only for text of our own or of
    reference files (sources, next steps): an address in input (a note, a value) stays text."""
    out, pos = [], 0
    for m in _URL.finditer(text):
        out.append(esc(text[pos:m.start()]))
        url = esc(m.group(0))
        out.append(f'<a href="{url}" rel="noopener noreferrer">{url}</a>')
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def rich_html(t: Text) -> str:
    """A Rich Text as HTML: bold as <strong>, italic as <em>, red (RED FLAG) as <strong class="rf">."""
    plain = t.plain
    spans = list(t.spans)
    if t.style:  # the terminal builds lines as Text("Name: ", style=...).append(...): the base style is the lead's
        lead = _LEAD.search(plain)
        spans.append(Span(0, lead.end() if lead else 0, str(t.style)))
    cuts = sorted({0, len(plain), *(c for s in spans for c in (s.start, s.end) if 0 <= c <= len(plain))})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        styles = " ".join(str(s.style) for s in spans if s.start <= a and s.end >= b)
        piece = esc(plain[a:b]).replace("\n", "<br>")
        if "red" in styles:
            piece = f'<strong class="rf">{piece}</strong>'
        elif "green" in styles:
            piece = f'<strong class="ok">{piece}</strong>'
        elif "yellow" in styles:
            piece = f'<strong class="maybe">{piece}</strong>'
        elif "bold" in styles:
            piece = f"<strong>{piece}</strong>"
        if "italic" in styles:
            piece = f"<em>{piece}</em>"
        out.append(piece)
    return "".join(out)


def fmt(x: float) -> str:
    """A cut-off or axis value: at most 3 significant digits, no trailing zeros (20, 0.63, 10.4, 1.05)."""
    if x == 0:
        return "0"
    digits = max(0, 2 - int(math.floor(math.log10(abs(x)))))
    return f"{round(x, digits):.{digits}f}".rstrip("0").rstrip(".") if digits else f"{round(x):.0f}"


def _outside(panels: list[Panel], text: Callable[[Result], str]) -> dict[str, str]:
    """A subject's results outside their normal band, per analyte (the latest panel's), as `text` writes them."""
    return {r.analyte: text(r) for p in panels for r in p.results if r.flag != "normal"}


def _short(r: Result) -> str:
    return term.SHORT_NAMES.get(r.analyte, r.name)


def shown(r: Result) -> tuple[float, str]:
    """The value in the unit system it came in (as the terminal shows it)."""
    return (r.value, r.unit) if term._in_si(r) else (r.conventional.value, r.conventional.unit)


def value_text(r: Result) -> str:
    """The value as reported (with its unit when a file gave the unit in another column); a calculated one as shown."""
    if r.estimate:
        v, unit = shown(r)
        return f"{v:g} {unit}"
    text = r.reported.strip()
    return text if _HAS_UNIT.search(text) else f"{text} {r.reported_unit}"


def status_text(r: Result) -> tuple[str, str]:
    """('LOW (moderate)', 'deficient'): the flag as a word, and the label when it says more than the flag."""
    word = FLAG_WORD[r.flag] + (f" ({r.severity})" if r.severity else "")
    label = r.label.strip()
    if label.lower() in ("low", "high", "normal") or label.lower().endswith((" low", " high")):
        label = ""
    return word, label


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _date_key(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        d = datetime.fromisoformat(text.strip())
        return d.replace(tzinfo=None) if d.tzinfo is None else d.astimezone().replace(tzinfo=None)
    except (ValueError, OverflowError):  # unreadable, or past the last datetime once in local time (9999-12-31T23:59-14:00)
        return None


# ---------------------------------------------------------------- the band scale of a result


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


def _same_range(view: SchemeView, r: Result) -> bool:
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
    segs = _scheme_segs(view, unit) if view is not None and _same_range(view, r) else None
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


def _ends(scale: Scale, i: int) -> tuple[float, float]:
    """The numeric ends of band i on the drawing: open outer bands get a made-up end (the scale is per band)."""
    s, segs, v = scale.segs[i], scale.segs, scale.value
    hi = s.hi
    lo = s.lo
    if lo is None:
        lo = min(0.0, v) if (hi is None or hi > 0) else min(v, hi - 1)
    if hi is None:
        prev = segs[i - 1].lo if i > 0 and segs[i - 1].lo is not None else None
        step = (lo - prev) if prev is not None and lo > prev else max(abs(lo) * 0.5, 1.0)
        hi = max(lo + step, v * 1.1 if v > lo else lo + step)
    if hi <= lo:
        hi = lo + 1.0
    return lo, hi


def marker_x(scale: Scale) -> float:
    n = len(scale.segs)
    width = (G_X1 - G_X0) / n
    lo, hi = _ends(scale, scale.here)
    frac = min(max((scale.value - lo) / (hi - lo), 0.06), 0.94)
    return G_X0 + width * (scale.here + frac)


# ---------------------------------------------------------------- SVG pieces


def _fill(s: Seg) -> str:
    if s.flag == "normal":
        return "url(#vp-normal)"
    return f"url(#vp-{s.flag}-{SEVERITY_LEVEL.get(s.severity, 1)})"


def swatch_class(s: Seg) -> str:
    return "sw-normal" if s.flag == "normal" else f"sw-{s.flag}-{SEVERITY_LEVEL.get(s.severity, 1)}"


def _groups(segs: list[Seg]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for i, s in enumerate(segs):
        if out and out[-1][2] == s.flag:
            out[-1] = (out[-1][0], i, s.flag)
        else:
            out.append((i, i, s.flag))
    return out


def gauge_svg(r: Result, scale: Scale, gid: str) -> str:
    segs, n = scale.segs, len(scale.segs)
    width = (G_X1 - G_X0) / n
    word, label = status_text(r)
    shown_value = value_text(r) + (" (estimate)" if r.estimate else "")
    desc = (f"{_short(r)} {shown_value}: {word}{', ' + r.label if r.label else ''}. "
            f"Bands of {scale.scheme_name}, in {scale.unit}: "
            + "; ".join(f"{s.text()} {s.label}" for s in segs) + ".")
    title = f"{_short(r)}: {shown_value}, {r.label or word}"
    p = [f'<svg class="gauge" role="img" aria-labelledby="{gid}-t {gid}-d" width="100%" height="96" xmlns="http://www.w3.org/2000/svg">',
         f'<title id="{gid}-t">{esc(title)}</title><desc id="{gid}-d">{esc(desc)}</desc>']
    for i, s in enumerate(segs):
        here = " here" if i == scale.here else ""
        p.append(f'<rect class="seg{here}" x="{G_X0 + i * width:.3f}%" y="{G_BAR_Y}" width="{width:.3f}%" height="{G_BAR_H}" fill="{_fill(s)}"/>')
    p.append(f'<rect class="frame" x="{G_X0}%" y="{G_BAR_Y}" width="{G_X1 - G_X0}%" height="{G_BAR_H}"/>')
    x = G_X0 + scale.here * width  # the band of the result, outlined (not only coloured)
    p.append(f'<rect class="herebox" x="{x:.3f}%" y="{G_BAR_Y - 2}" width="{width:.3f}%" height="{G_BAR_H + 4}" rx="2"/>')
    for i, s in enumerate(segs[:-1]):
        x = G_X0 + (i + 1) * width
        if s.hi is None:
            continue
        cut = ("\u2248" if s.hi_approx else "") + fmt(s.hi)
        p.append(f'<line class="tick" x1="{x:.3f}%" x2="{x:.3f}%" y1="{G_BAR_Y + G_BAR_H}" y2="{G_BAR_Y + G_BAR_H + 6}"/>')
        p.append(f'<text class="cut" x="{x:.3f}%" y="67" text-anchor="middle">{esc(cut)}</text>')
    for a, b, flag in _groups(segs):
        x1, x2 = G_X0 + a * width + 0.6, G_X0 + (b + 1) * width - 0.6
        p.append(f'<line class="grpline" x1="{x1:.3f}%" x2="{x2:.3f}%" y1="75" y2="75"/>')
        p.append(f'<text class="grp" x="{(x1 + x2) / 2:.3f}%" y="89" text-anchor="middle">{GROUP_WORD.get(flag, flag)}</text>')
    mx = marker_x(scale)
    anchor, dx = ("start", -6) if mx < 28 else ("end", 6) if mx > 72 else ("middle", 0)
    val_label = f"{value_text(r)} \u00b7 {r.label}" if r.label else value_text(r)
    p.append(f'<text class="val" x="{mx:.3f}%" dx="{dx}" y="13" text-anchor="{anchor}">{esc(val_label)}</text>')
    p.append(f'<svg x="{mx:.3f}%" y="0" width="1" height="1" overflow="visible">'
             '<line class="mkhalo" x1="0" x2="0" y1="20" y2="56"/><line class="mkline" x1="0" x2="0" y1="20" y2="56"/>'
             '<path class="mk" d="M-7,16 L7,16 L0,26 Z"/></svg>')
    p.append("</svg>")
    return "".join(p)


def bands_legend(scale: Scale, source_ref: str) -> str:
    items = []
    for i, s in enumerate(scale.segs):
        here = i == scale.here
        text = f"{esc(s.text())} {esc(scale.unit)}: {esc(s.label)}" + (" (this result)" if here else "")
        items.append(f'<span class="b{" here" if here else ""}"><span class="sw {swatch_class(s)}" aria-hidden="true"></span>{text}</span>')
    what = "Bands" if scale.exact else "Normal range"
    note = ""
    if any(s.approx for s in scale.segs):
        note = f" \u2248: converted to {esc(scale.unit)} from the unit the guideline published."
    return (f'<p class="bands">{what} of {esc(scale.scheme_name)} {source_ref}: ' + " \u00b7 ".join(items) + "." + note + "</p>")


def _nice_step(span: float, count: int = 4) -> float:
    raw = span / max(count, 1)
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


# ---------------------------------------------------------------- series (one subject, several dates)


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
                t = by[r.analyte] = Trend(r.analyte, _short(r), unit, [])
            v = r.value if t.unit == r.unit else r.conventional.value if t.unit == r.conventional.unit else None
            if v is not None:
                t.points.append(Point(p.date, _date_key(p.date), v, r))
    return [t for t in by.values() if len(t.points) >= 2]


def _pv(p: Point) -> str:
    """A point's value as the chart prints it, with the comparator of a censored value ('<12.5')."""
    return (p.result.comparator or "") + fmt(p.value)


def trend_svg(t: Trend, cid: str, views: Views) -> tuple[str, str]:
    """The chart and its text summary (also its <desc>)."""
    pts = t.points
    last = pts[-1].result
    scale = result_scale(last, views, t.unit)
    normal = next((s for s in scale.segs if s.flag == "normal"), None) if scale.unit == t.unit else None
    nlo, nhi = (normal.lo, normal.hi) if normal else (None, None)
    vals = [p.value for p in pts]
    vlo, vhi = min(vals), max(vals)
    span = max(vhi - vlo, abs(vhi) * 0.25, 1e-6)
    dlo, dhi = vlo, vhi
    for lim in (nlo, nhi):
        if lim is not None and vlo - 2 * span <= lim <= vhi + 2 * span:
            dlo, dhi = min(dlo, lim), max(dhi, lim)
    pad = (dhi - dlo) * 0.12 or 1.0
    dlo, dhi = dlo - pad, dhi + pad
    if dlo < 0 <= vlo:
        dlo = 0.0

    def y(v: float) -> float:
        return C_BOTTOM - (v - dlo) / (dhi - dlo) * (C_BOTTOM - C_TOP)

    whens = [p.when for p in pts]
    if all(whens) and len(set(whens)) == len(whens) and whens == sorted(whens):  # type: ignore[type-var]
        t0, t1 = whens[0], whens[-1]
        fracs = [(w - t0).total_seconds() / (t1 - t0).total_seconds() for w in whens]  # type: ignore[operator]
    else:
        fracs = [i / (len(pts) - 1) for i in range(len(pts))]
    xs = [C_X0 + (C_X1 - C_X0) * (0.06 + 0.88 * f) for f in fracs]

    first, final = pts[0], pts[-1]
    move = "up" if final.value > first.value else "down" if final.value < first.value else "unchanged"
    dates = f" from {first.date} to {final.date}" if first.date and final.date else ""
    summary = (f"{t.name} in {t.unit}, {len(pts)} results{dates}: "
               + ", ".join(f"{_pv(p)} ({p.result.label})" + (f" on {p.date}" if p.date else "") for p in pts)
               + f". {'Unchanged' if move == 'unchanged' else move.capitalize() + ' from ' + _pv(first) + ' to ' + _pv(final)}.")
    if normal is not None:
        summary += f" Normal range: {normal.text()} {t.unit}."

    out = [f'<svg class="chart" role="img" aria-labelledby="{cid}-t {cid}-d" width="100%" height="210" xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{cid}-t">{esc(t.name)} over time</title><desc id="{cid}-d">{esc(summary)}</desc>']
    if normal is not None:
        top = y(nhi) if nhi is not None else C_TOP
        bottom = y(nlo) if nlo is not None else C_BOTTOM
        top, bottom = max(top, C_TOP), min(bottom, C_BOTTOM)
        if bottom > top:
            out.append(f'<rect class="normal" x="{C_X0}%" y="{top:.1f}" width="{C_X1 - C_X0}%" height="{bottom - top:.1f}"/>')
            for lim in (nlo, nhi):
                if lim is not None and dlo <= lim <= dhi:
                    out.append(f'<line class="normal-edge" x1="{C_X0}%" x2="{C_X1}%" y1="{y(lim):.1f}" y2="{y(lim):.1f}"/>')
    step = _nice_step(dhi - dlo)
    cuts = [s.hi for s in scale.segs[:-1] if s.hi is not None and dlo < s.hi < dhi] if scale.unit == t.unit else []
    tick = math.ceil(dlo / step) * step
    while tick <= dhi + 1e-9:
        if all(abs(y(tick) - y(c)) >= 15 for c in cuts):
            out.append(f'<line class="grid" x1="{C_X0}%" x2="{C_X1}%" y1="{y(tick):.1f}" y2="{y(tick):.1f}"/>')
            out.append(f'<text class="ylab" x="{C_X0 - 1.5}%" y="{y(tick) + 4:.1f}" text-anchor="end">{esc(fmt(tick))}</text>')
        tick += step
    for c in cuts:
        if c not in (nlo, nhi):
            out.append(f'<line class="cutline" x1="{C_X0}%" x2="{C_X1}%" y1="{y(c):.1f}" y2="{y(c):.1f}"/>')
        out.append(f'<text class="ylab" x="{C_X0 - 1.5}%" y="{y(c) + 4:.1f}" text-anchor="end">{esc(fmt(c))}</text>')
    out.append(f'<line class="axis" x1="{C_X0}%" x2="{C_X0}%" y1="{C_TOP - 8}" y2="{C_BOTTOM}"/>')
    out.append(f'<line class="axis" x1="{C_X0}%" x2="{C_X1}%" y1="{C_BOTTOM}" y2="{C_BOTTOM}"/>')
    out.append(f'<text class="unit" x="{C_X0 - 1.5}%" y="14" text-anchor="end">{esc(t.unit)}</text>')
    # the line: in its own stretched viewBox so it follows the percent-placed points at any width
    vb_h = C_BOTTOM - C_TOP
    line = " ".join(f"{(x - C_X0) / (C_X1 - C_X0) * 1000:.1f},{y(p.value) - C_TOP:.1f}" for x, p in zip(xs, pts))
    out.append(f'<svg x="{C_X0}%" y="{C_TOP}" width="{C_X1 - C_X0}%" height="{vb_h}" viewBox="0 0 1000 {vb_h}" preserveAspectRatio="none" overflow="visible">'
               f'<polyline class="line" points="{line}"/></svg>')
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
    out.append("</svg>")
    return "".join(out), summary


# ---------------------------------------------------------------- the document


@dataclass
class SourceEntry:
    number: int
    title: str
    scheme_name: str
    source: str
    bands: list[Band] = field(default_factory=list)
    range_text: str = ""


class HtmlReport:
    def __init__(self, report: Report, views: Views | None = None, all_subjects: bool = False) -> None:
        self.report = report
        self.views = report.scheme_views if views is None else views
        self.all_subjects = all_subjects
        self.sources: dict[tuple[str, str], SourceEntry] = {}
        self.ids = 0

    def uid(self, prefix: str) -> str:
        self.ids += 1
        return f"{prefix}{self.ids}"

    def source_ref(self, r: Result) -> str:
        key = (r.range.scheme, r.range.source)
        entry = self.sources.get(key)
        if entry is None:
            view = self.views.get(r.analyte, {}).get(r.range.scheme)
            bands = list(view.bands) if view is not None and _same_range(view, r) else []
            entry = self.sources[key] = SourceEntry(len(self.sources) + 1, _short(r), r.range.scheme_name, r.range.source, bands, r.range.text)
        elif _short(r) not in entry.title.split(", "):
            entry.title += f", {_short(r)}"
        return f'<a href="#src-{entry.number}" aria-label="source {entry.number}">[{entry.number}]</a>'

    # ------------------------------------------------------------ a panel

    def urgency(self, panel: Panel, level: int) -> str:
        u = panel.urgency
        word = term.URGENCY_WORD[u]
        hid = self.uid("todo")
        out = [f'<section class="card urgency u-{URGENCY_CLASS[u]}" aria-labelledby="{hid}">',
               f'<h{level} id="{hid}">What to do</h{level}>',
               f'<p><span class="badge b-{URGENCY_CLASS[u]}">{esc(word)}</span> {esc(panel.advice)}</p>']
        flags = [s for s in panel.symptoms if s.red_flag]
        emergency = [s.label for s in flags if s.red_flag == "emergency"]
        neuro = [s.label for s in flags if s.red_flag == "neurological" and not s.explained_by]  # explained ones say so below
        if emergency:
            out.append(f'<p><span class="badge b-redflag">RED FLAG</span> You reported {esc(_join(emergency))}: this needs emergency care, '
                       "whatever the results.</p>")
        if neuro:
            out.append(f'<p><span class="badge b-redflag">RED FLAG</span> You reported {esc(_join(neuro))}. Low vitamin D, calcium or '
                       f"magnesium do not explain {'this' if len(neuro) == 1 else 'these'}. See a doctor without delay and ask about a "
                       "neurological assessment (NICE NG42).</p>")
        out.append("</section>")
        return "".join(out)

    def result_item(self, r: Result) -> str:
        word, label = status_text(r)
        src = self.source_ref(r)
        scale = result_scale(r, self.views)
        conv = term._converted(r)
        extra = " <em>(estimate)</em>" if r.estimate else " <em>(unit assumed)</em>" if r.unit_inferred else ""
        head = (f'<div class="r-head"><span class="r-name">{esc(_short(r))}</span> '
                f'<span class="r-value">{esc(value_text(r))}{extra}</span> '
                f'<span class="badge b-{r.flag}">{esc(word)}</span>' + (f' <span class="r-label">{esc(label)}</span>' if label else "") + "</div>")
        meta = f'<p class="r-meta">= {esc(conv)} \u00b7 normal range {esc(term._range(r))} {src}</p>'
        lab = ""
        lab_flag, lab_range = getattr(r, "lab_flag", None), getattr(r, "lab_range", None)
        if lab_flag or lab_range:
            bits = ([f"flag {esc(lab_flag)}"] if lab_flag else []) + ([f"range {esc(lab_range)}"] if lab_range else [])
            lab = f'<p class="lab">The lab printed: {", ".join(bits)}.</p>'
        return (f'<li class="result flag-{r.flag}">{head}{meta}{gauge_svg(r, scale, self.uid("g"))}'
                f"{bands_legend(scale, src)}{lab}</li>")

    def panel(self, panel: Panel, level: int) -> str:
        h = f"h{level}"
        out = [self.urgency(panel, level)]
        if panel.results:
            out.append(f"<{h}>Results</{h}>")
            out.append('<ul class="results">' + "".join(self.result_item(r) for r in panel.results) + "</ul>")
            notes = term._result_notes(panel)
            if notes:
                out.append(f"<{h}>Notes on the results</{h}>")
                out.append('<ul class="plain">' + "".join(f"<li>{rich_html(n)}</li>" for n in notes) + "</ul>")
        if panel.findings:
            out.append(f"<{h}>What the results mean</{h}>")
            items = []
            for f in panel.findings:
                title = esc(f.title) + (f", {esc(f.severity)}" if f.severity else "")
                items.append(f'<li class="finding"><span class="finding-title">{title}</span><br>{esc(f.meaning.strip())}'
                             f'<br><span class="src">{esc(f.summary)}. Source: {linkify(f.source)}</span></li>')
            out.append('<ul class="plain">' + "".join(items) + "</ul>")
        titles = {f.code: f.title for f in panel.findings}
        if panel.symptoms:
            out.append(f"<{h}>Your symptoms</{h}>")
            lines = term._symptom_lines(panel.symptoms, titles)
            out.append('<ul class="plain">' + "".join(f"<li>{rich_html(t)}</li>" for t in lines) + "</ul>")
        chain = panel.mechanism
        if chain:
            out.append(f"<{h}>{esc(term.MECHANISM_TITLE)}</{h}>")
            out.append(f"<p>{esc(chain)}</p>")
        if panel.next_steps:
            out.append(f"<{h}>Next steps</{h}>")
            out.append('<ul class="plain">' + "".join(f"<li>{linkify(s)}</li>" for s in panel.next_steps) + "</ul>")
        return "".join(out)

    # ------------------------------------------------------------ subjects and the summary

    def subjects(self) -> list[tuple[str | None, list[Panel]]]:
        by: dict[str | None, list[Panel]] = {}
        for p in self.report.panels:
            by.setdefault(p.subject, []).append(p)
        out = []
        for subject, panels in by.items():
            keys = [_date_key(p.date) for p in panels]
            if all(keys):
                panels = [p for _, p in sorted(zip(keys, panels), key=lambda kp: kp[0])]  # type: ignore[arg-type,return-value]
            out.append((subject, panels))
        return out

    @staticmethod
    def urgency_of(panels: list[Panel]) -> str:
        return max((p.urgency for p in panels), key=URGENCY_ORDER.__getitem__, default="none")

    @staticmethod
    def notable(panels: list[Panel]) -> bool:
        return any(p.findings or p.urgency != "none" or any(r.flag != "normal" for r in p.results)
                   or any(s.red_flag for s in p.symptoms) for p in panels)

    def summary(self, groups: list[tuple[str | None, list[Panel]]], anchors: dict[int, str]) -> str:
        panels = self.report.panels
        out = ['<section class="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>']
        dates = sorted(k for k in (_date_key(p.date) for p in panels) if k)
        span = f", dated {dates[0].date().isoformat()} to {dates[-1].date().isoformat()}" if len(dates) > 1 else ""
        flagged = [g for g in groups if self.notable(g[1])]
        urgent = [g for g in flagged if self.urgency_of(g[1]) == "urgent"]
        out.append(f"<p>{len(panels)} panels of {len(groups)} {'subject' if len(groups) == 1 else 'subjects'}{span}. "
                   f"{len(flagged)} with results outside the ranges or symptoms to act on"
                   + (f"; <strong>{len(urgent)} {'needs' if len(urgent) == 1 else 'need'} care today</strong>" if urgent else "") + ".</p>")
        rows = getattr(self.report, "rows", None)
        source = getattr(self.report, "input", None)
        if rows is not None:
            name = f"{esc(source.name)}: " if source is not None and source.name else ""
            out.append(f'<p class="small">{name}{rows.total} rows read: {rows.interpreted} interpreted ({rows.results} results), '
                       f"{rows.other_test} of other tests, {rows.skipped} skipped"
                       + (f"; the lab's own flag or range differs for {rows.lab_disagreements}" if rows.lab_disagreements else "") + ".</p>")
        counts: dict[str, dict[str, int]] = {}
        names: dict[str, str] = {}
        for p in panels:
            for r in p.results:
                c = counts.setdefault(r.analyte, {"low": 0, "normal": 0, "high": 0})
                c[r.flag] = c.get(r.flag, 0) + 1
                names[r.analyte] = _short(r)
        if counts:
            out.append('<h3>Results by test</h3><div class="table-wrap"><table class="counts"><thead><tr><th scope="col">Test</th>'
                       '<th scope="col" class="n">Low</th><th scope="col" class="n">Normal</th><th scope="col" class="n">High</th>'
                       '<th scope="col" class="n">All</th></tr></thead><tbody>')
            for a, c in counts.items():
                out.append(f'<tr><th scope="row">{esc(names[a])}</th><td class="n">{c["low"]}</td><td class="n">{c["normal"]}</td>'
                           f'<td class="n">{c["high"]}</td><td class="n">{sum(c.values())}</td></tr>')
            out.append("</tbody></table></div>")
        if flagged:
            out.append('<h3>Subjects with findings, most urgent first</h3><div class="table-wrap"><table><thead><tr>'
                       '<th scope="col">Subject</th><th scope="col">What to do</th><th scope="col" class="n">Panels</th>'
                       '<th scope="col">Outside the ranges</th><th scope="col">Findings</th></tr></thead><tbody>')
            for i, (subject, ps) in sorted(enumerate(groups), key=lambda g: -URGENCY_ORDER[self.urgency_of(g[1][1])]):
                if not self.notable(ps):
                    continue
                u = self.urgency_of(ps)
                outside = _outside(ps, lambda r: f"{_short(r)} {FLAG_WORD[r.flag].lower()}")
                found = list(dict.fromkeys(f.title for p in ps for f in p.findings))
                if any(s.red_flag for p in ps for s in p.symptoms):
                    found.insert(0, "RED FLAG symptoms")
                who = esc(subject) if subject else "(no subject id)"
                out.append(f'<tr><th scope="row"><a href="#{anchors[i]}">{who}</a></th>'
                           f'<td><span class="badge b-{URGENCY_CLASS[u]}">{esc(term.URGENCY_WORD[u])}</span></td>'
                           f'<td class="n">{len(ps)}</td><td>{esc(", ".join(outside.values()) or "none")}</td>'
                           f'<td>{esc("; ".join(found) or "none")}</td></tr>')
            out.append("</tbody></table></div>")
        calm = [(s, ps) for s, ps in groups if not self.notable(ps)]
        if calm:
            out.append(f"<h3>Subjects with all results in range ({len(calm)})</h3>")
            out.append('<ul class="compact">' + "".join(
                f"<li>{esc(s) if s else '(no subject id)'} <span class=\"muted\">({len(ps)} {'panel' if len(ps) == 1 else 'panels'}"
                f"{', ' + esc(ps[-1].date) if ps[-1].date else ''})</span></li>" for s, ps in calm) + "</ul>")
        out.append("</section>")
        return "".join(out)

    def subject_section(self, subject: str | None, panels: list[Panel], anchor: str, latest: int | None = None) -> str:
        """A subject's trends and panels; with `latest` (a cohort), only its last `latest` flagged panels in full."""
        who = f"Subject {esc(subject)}" if subject else "Results without a subject id"
        u = self.urgency_of(panels)
        out = [f'<section class="subject" id="{anchor}" aria-labelledby="{anchor}-h">',
               f'<h2 id="{anchor}-h">{who} <span class="badge b-{URGENCY_CLASS[u]}">{esc(term.URGENCY_WORD[u])}</span></h2>']
        series = trends(panels)
        if series:
            out.append("<h3>Trends over time</h3>")
            for t in series:
                cid = self.uid("c")
                svg, _ = trend_svg(t, cid, self.views)
                rows = "".join(
                    f"<tr><td class=\"date\">{esc(p.date or '')}</td><td class=\"n\">{esc(value_text(p.result))}</td>"
                    f"<td>{esc(', '.join(x for x in status_text(p.result) if x))}</td></tr>" for p in t.points)
                normal = next((s for s in result_scale(t.points[-1].result, self.views, t.unit).segs if s.flag == "normal"), None)
                shade = f" Shaded between dashed lines: the normal range, {esc(normal.text())} {esc(t.unit)}." if normal else ""
                out.append(f'<figure class="trend"><figcaption>{esc(t.name)}, {esc(t.unit)}</figcaption>{svg}'
                           f'<p class="small">{len(t.points)} results; \u2193 low, \u2191 high.{shade}</p>'
                           f'<div class="table-wrap"><table class="series"><thead><tr><th scope="col">Date</th><th scope="col" class="n">Value</th>'
                           f'<th scope="col">Status</th></tr></thead><tbody>{rows}</tbody></table></div></figure>')
        numbered = list(enumerate(panels, 1))
        if latest is not None:
            flagged = [(k, p) for k, p in numbered if is_flagged([p])]
            numbered = flagged[-latest:]
            left = len(panels) - len(numbered)
            if left:
                out.append(f'<p class="small">{len(numbered)} most recent {"panel" if len(numbered) == 1 else "panels"} outside the ranges '
                           f"shown in full; {left} other {'panel' if left == 1 else 'panels'} of this subject "
                           f"{'is' if left == 1 else 'are'} in the trends above and in --format csv.</p>")
        for k, p in numbered:
            heading = f"Results of {esc(p.date)}" if p.date else f"Panel {k}"
            out.append(f"<h3>{heading}</h3>")
            out.append(self.panel(p, 4))
        out.append("</section>")
        return "".join(out)

    # ------------------------------------------------------------ a cohort: more than COHORT_SUBJECTS subjects

    def cohort_view(self, groups: list[tuple[str | None, list[Panel]]]) -> list[str]:
        """The summary of a big file (cohort.py): counts, a histogram per analyte, the flagged subjects most urgent
        first (the first COHORT_SHOWN, with a section each), the others counted. --all-subjects: every flagged subject
        with its section, and the list of those with everything in range."""
        rep = self.report
        summary: Cohort = getattr(rep, "cohort", None) or cohort(rep.panels, self.views)
        groups = [(s, self._by_date(ps)) for s, ps in groups]
        flagged = flagged_subjects(groups)
        shown = flagged if self.all_subjects else flagged[:COHORT_SHOWN]
        latest = None if self.all_subjects else COHORT_PANELS
        detailed: list[int] = []
        sections: list[str] = []
        size = 0
        for i, _ in shown:  # a section each, most urgent first, while they stay within the budget (the first always)
            subject, panels = groups[i]
            text = self.subject_section(subject, panels, f"subject-{i + 1}", latest)
            if not self.all_subjects and detailed and size + len(text) > COHORT_DETAIL_BYTES:
                break
            detailed.append(i)
            sections.append(text)
            size += len(text)
        anchors = {i: f"subject-{i + 1}" for i in detailed}
        out = ['<section class="summary cohort" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>']
        dates = sorted(k for k in (_date_key(p.date) for p in rep.panels) if k)
        span = f", dated {dates[0].date().isoformat()} to {dates[-1].date().isoformat()}" if len(dates) > 1 else ""
        urgent = summary.urgency.get("urgent", 0)
        out.append(f"<p>{summary.panels:,} panels of {summary.subjects:,} subjects{span}. {len(flagged):,} with results outside the "
                   "ranges or findings"
                   + (f"; <strong>{urgent:,} {'needs' if urgent == 1 else 'need'} care today</strong>" if urgent else "") + ".</p>")
        out.append(self._rows_line())
        out.append('<h3>Subjects by what to do</h3><div class="table-wrap"><table class="counts urgency-counts"><thead><tr>'
                   '<th scope="col">What to do</th><th scope="col" class="n">Subjects</th><th scope="col" class="n">Share</th>'
                   "</tr></thead><tbody>")
        for u, n in summary.urgency.items():
            out.append(f'<tr><th scope="row"><span class="badge b-{URGENCY_CLASS[u]}">{esc(term.URGENCY_WORD[u])}</span></th>'
                       f'<td class="n">{n:,}</td><td class="n">{_share(n, summary.subjects)}</td></tr>')
        out.append("</tbody></table></div>")
        out.append('<h3>Results by test</h3><div class="table-wrap"><table class="counts"><thead><tr><th scope="col">Test</th>'
                   '<th scope="col" class="n">Low</th><th scope="col" class="n">Normal</th><th scope="col" class="n">High</th>'
                   '<th scope="col" class="n">All</th></tr></thead><tbody>')
        for a in summary.analytes:
            out.append(f'<tr><th scope="row">{esc(_analyte_name(a))}</th><td class="n">{a.low:,}</td><td class="n">{a.normal:,}</td>'
                       f'<td class="n">{a.high:,}</td><td class="n">{a.results:,}</td></tr>')
        out.append("</tbody></table></div>")
        for a in summary.analytes:
            out.append(self.analyte_figure(a))
        out.append(f"<h3>Flagged subjects, most urgent first ({len(shown):,} of {len(flagged):,} shown)</h3>")
        if len(detailed) < len(shown):
            out.append(f'<p class="small">The first {len(detailed):,} have a section of their own below (trends, and their latest panels '
                       "outside the ranges with gauges); the others are listed here only, to keep this page small.</p>")
        if shown:
            out.append('<div class="table-wrap"><table class="flagged"><thead><tr><th scope="col">Subject</th><th scope="col">What to do</th>'
                       '<th scope="col" class="n">Panels</th><th scope="col">Outside the ranges</th><th scope="col">Findings</th>'
                       "</tr></thead><tbody>")
            for i, f in shown:
                ps = groups[i][1]
                outside = _outside(ps, lambda r: f"{_short(r)} {value_text(r)} ({r.label or FLAG_WORD[r.flag].lower()})")
                found = list(dict.fromkeys(x.title for p in ps for x in p.findings))
                who = esc(f.subject) if f.subject else "(no subject id)"
                if i in anchors:
                    who = f'<a href="#{anchors[i]}">{who}</a>'
                out.append(f'<tr><th scope="row">{who}</th>'
                           f'<td><span class="badge b-{URGENCY_CLASS[f.urgency]}">{esc(term.URGENCY_WORD[f.urgency])}</span></td>'
                           f'<td class="n">{f.panels}</td><td>{esc("; ".join(outside.values()) or "none")}</td>'
                           f'<td>{esc("; ".join(found) or "none")}</td></tr>')
            out.append("</tbody></table></div>")
        calm = summary.subjects - len(flagged)
        more = len(flagged) - len(shown)
        if more or (calm and not self.all_subjects):
            told = []
            if more:
                told.append(f"{more:,} more flagged {'subject is' if more == 1 else 'subjects are'} not shown")
            if calm and not self.all_subjects:
                told.append(f"{calm:,} {'subject' if calm == 1 else 'subjects'} with all results in range {'is' if calm == 1 else 'are'} "
                            "counted, not listed")
            out.append(f'<p class="more">{esc(_sentence(told))}. To see every subject here, run again with '
                       "<code>--all-subjects</code>; for every result, one a row, use <code>--format csv</code> or "
                       "<code>--format ndjson</code> (or <code>--format json</code> for scripts: its <code>cohort.flagged</code> "
                       "lists every flagged subject).</p>")
        if self.all_subjects and calm:
            listed = [(s, ps) for s, ps in groups if not is_flagged(ps)]
            out.append(f"<h3>Subjects with all results in range ({calm:,})</h3>")
            out.append('<ul class="compact">' + "".join(
                f"<li>{esc(s) if s else '(no subject id)'} <span class=\"muted\">({len(ps)} {'panel' if len(ps) == 1 else 'panels'}"
                f"{', ' + esc(ps[-1].date) if ps[-1].date else ''})</span></li>" for s, ps in listed) + "</ul>")
        out.append("</section>")
        return ["".join(out), *sections]

    @staticmethod
    def _by_date(panels: list[Panel]) -> list[Panel]:
        keys = [_date_key(p.date) for p in panels]
        if len(panels) > 1 and all(keys):
            return [p for _, p in sorted(zip(keys, panels), key=lambda kp: kp[0])]  # type: ignore[arg-type,return-value]
        return panels

    def _rows_line(self) -> str:
        rows = getattr(self.report, "rows", None)
        source = getattr(self.report, "input", None)
        if rows is None:
            return ""
        name = f"{esc(source.name)}: " if source is not None and source.name else ""
        return (f'<p class="small">{name}{rows.total:,} rows read: {rows.interpreted:,} interpreted ({rows.results:,} results), '
                f"{rows.other_test:,} of other tests, {rows.skipped:,} skipped"
                + (f"; the lab's own flag or range differs for {rows.lab_disagreements:,}" if rows.lab_disagreements else "") + ".</p>")

    def analyte_figure(self, a: AnalyteSummary) -> str:
        """One analyte of a cohort: its histogram (inline SVG, cut-offs marked) and its results per category."""
        name = _analyte_name(a)
        normal = self._normal(a)
        rows = "".join(
            f'<tr><th scope="row"><span class="sw {"sw-normal" if c.flag == "normal" else "sw-" + c.flag + "-1"}" aria-hidden="true"></span> {esc(c.label)}</th>'
            f'<td class="n">{c.count:,}</td><td class="n">{_share(c.count, a.results)}</td></tr>' for c in a.categories)
        return (f'<h3>{esc(name)}: {a.results:,} {"result" if a.results == 1 else "results"}</h3>'
                f'<figure class="hist">{histogram_svg(a, normal, self.uid("h"), name)}'
                f'<figcaption class="small">Results per bin of {esc(a.unit)} (the tallest: {max((b.count for b in a.bins), default=0):,}); '
                "green: within the normal range, amber: below, red: above, grey: a bin across a limit; dashed lines: the cut-offs "
                f'of the scheme most results were classified with{" (" + esc(a.scheme) + ")" if a.scheme else ""}'
                + (f": {esc(', '.join(fmt(c) for c in a.cutoffs))} {esc(a.unit)}" if a.cutoffs else "") + ".</figcaption></figure>"
                '<div class="table-wrap"><table class="counts"><thead><tr><th scope="col">Category</th><th scope="col" class="n">Results</th>'
                f'<th scope="col" class="n">Share</th></tr></thead><tbody>{rows}</tbody></table></div>')

    def _normal(self, a: AnalyteSummary) -> tuple[float | None, float | None]:
        for p in self.report.panels:
            for r in p.results:
                if r.analyte == a.analyte and r.range.scheme == a.scheme and r.range.unit == a.unit:
                    return r.range.low, r.range.high
        return None, None

    # ------------------------------------------------------------ the end: guideline note, sources, disclaimer

    def sources_section(self) -> str:
        if not self.sources:
            return ""
        items = []
        for e in self.sources.values():
            bands = ""
            if e.bands:
                rows = []
                lo: dict[str, float] | None = None
                lo_open = False
                for b in e.bands:
                    rows.append(f"<li>{esc(_published(lo, lo_open, b))}: {esc(b.label)}. {linkify(b.source)}</li>")
                    lo, lo_open = b.limit, b.up_to is not None
                bands = f"<ul>{''.join(rows)}</ul>"
            else:
                bands = f"<ul><li>Normal range {esc(e.range_text)}.</li></ul>"
            items.append(f'<li id="src-{e.number}"><strong>{esc(e.title)}: {esc(e.scheme_name)}.</strong> {linkify(e.source)}{bands}</li>')
        return '<section aria-labelledby="sources-h"><h2 id="sources-h">Sources of the ranges</h2><ol class="sources">' + "".join(items) + "</ol></section>"

    def document(self, title: str | None) -> str:
        rep = self.report
        heading = title or DEFAULT_TITLE
        body: list[str] = []
        multi = len(rep.panels) > 1
        groups = self.subjects()
        if rep.warnings:
            body.append('<section class="card warnings" aria-label="Notes"><p>' + "</p><p>".join(
                f"<strong>Note:</strong> {esc(w)}" for w in rep.warnings) + "</p></section>")
        cohort_groups = subject_groups(rep.panels) if multi else []
        if len(cohort_groups) > COHORT_SUBJECTS:
            body.extend(self.cohort_view(cohort_groups))
        elif multi:
            anchors = {i: f"subject-{i + 1}" for i in range(len(groups))}
            body.append(self.summary(groups, anchors))
            order = sorted(range(len(groups)), key=lambda i: -URGENCY_ORDER[self.urgency_of(groups[i][1])])
            for i in order:
                subject, panels = groups[i]
                if self.notable(panels):
                    body.append(self.subject_section(subject, panels, anchors[i]))
        elif rep.panels:
            p = rep.panels[0]
            if p.subject or p.date:
                who = " \u2013 ".join(x for x in (p.subject and f"Subject {p.subject}", p.date) if x)
                body.append(f'<p class="who">{esc(who)}</p>')
            body.append(self.panel(p, 2))
        if rep.guideline_note and any(r.analyte == "vitamin_d" for p in rep.panels for r in p.results):
            body.append('<section aria-labelledby="guideline-h"><h2 id="guideline-h">About the vitamin D guideline</h2>'
                        f"<p>Used here: {esc(rep.guideline_name)}. {linkify(rep.guideline_note.strip())}</p></section>")
        body.append(self.sources_section())
        body.append(f'<footer><p>Made by vitd {esc(rep.version)}. Gauges show each result on its scheme\'s bands, one equal '
                    "width per band (not a linear scale); the numbers under them are the cut-offs.</p>"
                    f'<p class="disclaimer">{esc(rep.disclaimer)}</p></footer>')
        lede = "Blood test results explained against published ranges, and what they can and cannot explain about muscle symptoms."
        guide = f" Vitamin D guideline: {rep.guideline_name}." if any(r.analyte == "vitamin_d" for p in rep.panels for r in p.results) else ""
        return "\n".join([
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            f'<meta name="generator" content="vitd {esc(rep.version)}">',
            f"<title>{esc(heading)}</title>",
            f"<style>\n{STYLE}\n</style>",
            "</head>",
            "<body>",
            '<a class="skip" href="#content">Skip to the results</a>',
            pattern_defs(),
            '<main id="content">',
            f"<header><h1>{esc(heading)}</h1><p class=\"lede\">{esc(lede)}{esc(guide)}</p></header>",
            *body,
            "</main>",
            "</body>",
            "</html>",
            "",
        ])


def _share(n: int, total: int) -> str:
    if not total:
        return "0%"
    pct = 100.0 * n / total
    return f"{pct:.0f}%" if pct >= 1 or n == 0 else "<1%"


def _sentence(parts: list[str]) -> str:
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def _analyte_name(a: AnalyteSummary) -> str:
    return term.SHORT_NAMES.get(a.analyte, a.name)


def histogram_svg(a: AnalyteSummary, normal: tuple[float | None, float | None], hid: str, name: str) -> str:
    """Bars of equal width per bin (an open-ended bin at either end holds the few values beyond), heights to the largest
    count, each bar coloured by where it lies against the normal range; the cut-offs as dashed lines with their value."""
    bins = a.bins
    n = len(bins)
    if not n:
        return ""
    width = (H_X1 - H_X0) / n
    top = max(b.count for b in bins) or 1
    lo, hi = normal

    def flag_of(b_lo: float | None, b_hi: float | None) -> str:
        if lo is not None and b_hi is not None and b_hi <= lo:
            return "low"
        if hi is not None and b_lo is not None and b_lo > hi:
            return "high"
        if (lo is not None and (b_lo is None or b_lo < lo)) or (hi is not None and (b_hi is None or b_hi > hi)):
            return "mixed"  # the bin straddles a limit of the normal range
        return "normal"

    def label(b_lo: float | None, b_hi: float | None) -> str:
        if b_lo is None:
            return f"under {fmt(b_hi)}"  # type: ignore[arg-type]
        if b_hi is None:
            return f"{fmt(b_lo)} or more"
        return f"{fmt(b_lo)} to under {fmt(b_hi)}"

    desc = (f"Histogram of {a.results:,} {name} results in {a.unit}: "
            + "; ".join(f"{label(b.low, b.high)}: {b.count:,}" for b in bins)
            + (f". Cut-offs: {', '.join(fmt(c) for c in a.cutoffs)} {a.unit}." if a.cutoffs else "."))
    p = [f'<svg class="histogram" role="img" aria-labelledby="{hid}-t {hid}-d" width="100%" height="150" xmlns="http://www.w3.org/2000/svg">',
         f'<title id="{hid}-t">{esc(name)}: results per bin of {esc(a.unit)}</title><desc id="{hid}-d">{esc(desc)}</desc>']
    span = H_BOTTOM - H_TOP
    for k, b in enumerate(bins):
        h = span * b.count / top
        if b.count and h < 1.5:
            h = 1.5
        p.append(f'<rect class="bar bar-{flag_of(b.low, b.high)}" x="{H_X0 + k * width + 0.15:.3f}%" y="{H_BOTTOM - h:.1f}" '
                 f'width="{max(width - 0.3, 0.1):.3f}%" height="{h:.1f}"><title>{esc(label(b.low, b.high))} {esc(a.unit)}: {b.count:,}</title></rect>')
    p.append(f'<line class="axis" x1="{H_X0}%" x2="{H_X1}%" y1="{H_BOTTOM}" y2="{H_BOTTOM}"/>')
    # the value scale: the regular bins are linear; the open ones at the ends are not drawn to scale
    regular = [(k, b) for k, b in enumerate(bins) if b.low is not None and b.high is not None]
    if regular:
        k0, first = regular[0]
        kn, last = regular[-1]
        e0, e1 = first.low, last.high
        step = first.high - first.low  # type: ignore[operator]

        def x(v: float) -> float:
            return H_X0 + (k0 + (v - e0) / step) * width  # type: ignore[operator]

        placed: list[float] = []
        for c in a.cutoffs:
            if e0 <= c <= e1:  # type: ignore[operator]
                cx = x(c)
                p.append(f'<line class="cutline" x1="{cx:.3f}%" x2="{cx:.3f}%" y1="{H_TOP - 6}" y2="{H_BOTTOM + 4}"/>')
                if all(abs(cx - q) >= 6 for q in placed):
                    placed.append(cx)
                    p.append(f'<text class="cutlab" x="{cx:.3f}%" y="{H_TOP - 10}" text-anchor="middle">{esc(fmt(c))}</text>')
        for v, anchor in ((e0, "start"), (e1, "end")):
            p.append(f'<text class="xlab" x="{x(v):.3f}%" y="{H_BOTTOM + 18}" text-anchor="{anchor}">{esc(fmt(v))}</text>')  # type: ignore[arg-type]
    p.append("</svg>")
    return "".join(p)


def _published(lo: dict[str, float] | None, lo_open: bool, band: Band) -> str:
    """A band's bounds in the units its guideline published them: 'under 20 ng/mL (50 nmol/L)', '20 to under 30 ng/mL ...'."""
    hi = band.limit

    def both(limit: dict[str, float]) -> tuple[str, ...]:
        return tuple(f"{v:g} {u}" for u, v in limit.items())

    parts: list[str] = []
    if lo:
        first, *rest = both(lo)
        parts.append(("over " if lo_open else "from ") + first + (f" ({', '.join(rest)})" if rest else ""))
    if hi:
        first, *rest = both(hi)
        parts.append(("under " if band.below is not None else "up to ") + first + (f" ({', '.join(rest)})" if rest else ""))
    if not parts:
        return "any value"
    text = " ".join(parts)
    return text[0].upper() + text[1:]


def render_html(report: Report, out: TextIO, title: str | None = None, *, ref: object | None = None,
                all_subjects: bool = False) -> None:
    """Write the report as one self-contained HTML page to `out`.

    The gauges draw the bands the Report carries (Report.scheme_views, set by interpret.report). `ref`, the reference
    data the report was made with (Settings.ref), is not read: given, every scheme's bands are drawn; without it, as
    before, only the shipped schemes' (a result classified by a lab's own --ranges file shows its normal range).
    """
    views = report.scheme_views
    if ref is None:
        views = {a: {sid: v for sid, v in by_id.items() if v.shipped} for a, by_id in views.items()}
    out.write(HtmlReport(report, views, all_subjects).document(title))
