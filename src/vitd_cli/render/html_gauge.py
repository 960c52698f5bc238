"""A result's gauge (inline SVG): its scheme's bands, one equal width each, the cut-offs under them, the band of the
result outlined and a marker at its value; and the legend that writes the bands out in words."""

from __future__ import annotations

from ..models import Result
from .html_scale import Scale, Seg
from .html_text import GROUP_WORD, SEVERITY_LEVEL, esc, fmt, short_name, status_text, value_text

# gauge geometry: x in percent of the width (the SVG stretches, its text keeps its size), y in pixels
G_X0, G_X1 = 1.0, 99.0
G_BAR_Y, G_BAR_H = 26, 22


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
    """The gauge of a result: its title and description in words, the bands, the cut-offs, and the marker."""
    word, label = status_text(r)
    shown_value = value_text(r) + (" (estimate)" if r.estimate else "")
    desc = (f"{short_name(r)} {shown_value}: {word}{', ' + r.label if r.label else ''}. "
            f"Bands of {scale.scheme_name}, in {scale.unit}: "
            + "; ".join(f"{s.text()} {s.label}" for s in scale.segs) + ".")
    title = f"{short_name(r)}: {shown_value}, {r.label or word}"
    p = [f'<svg class="gauge" role="img" aria-labelledby="{gid}-t {gid}-d" width="100%" height="96" xmlns="http://www.w3.org/2000/svg">',
         f'<title id="{gid}-t">{esc(title)}</title><desc id="{gid}-d">{esc(desc)}</desc>']
    p.extend(_bands(scale))
    p.extend(_marker(r, scale))
    p.append("</svg>")
    return "".join(p)


def _bands(scale: Scale) -> list[str]:
    """The bands (the result's outlined), the cut-offs under them, and the low/normal/high groups under those."""
    segs = scale.segs
    width = (G_X1 - G_X0) / len(segs)
    p = []
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
    return p


def _marker(r: Result, scale: Scale) -> list[str]:
    """The value written above the bar and a marker down through it, at the value's place within its band."""
    mx = marker_x(scale)
    anchor, dx = ("start", -6) if mx < 28 else ("end", 6) if mx > 72 else ("middle", 0)
    val_label = f"{value_text(r)} \u00b7 {r.label}" if r.label else value_text(r)
    return [f'<text class="val" x="{mx:.3f}%" dx="{dx}" y="13" text-anchor="{anchor}">{esc(val_label)}</text>',
            f'<svg x="{mx:.3f}%" y="0" width="1" height="1" overflow="visible">'
            '<line class="mkhalo" x1="0" x2="0" y1="20" y2="56"/><line class="mkline" x1="0" x2="0" y1="20" y2="56"/>'
            '<path class="mk" d="M-7,16 L7,16 L0,26 Z"/></svg>']


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
