"""The histogram of one analyte of a cohort (inline SVG): a bar per bin coloured against the normal range, the
scheme's cut-offs as dashed lines."""

from __future__ import annotations

from ..models import AnalyteSummary
from .html_text import esc, fmt

# histogram geometry (a cohort's analyte)
H_X0, H_X1 = 2.0, 98.0
H_TOP, H_BOTTOM = 26, 126


def histogram_svg(a: AnalyteSummary, normal: tuple[float | None, float | None], hid: str, name: str) -> str:
    """Bars of equal width per bin (an open-ended bin at either end holds the few values beyond), heights to the largest
    count, each bar coloured by where it lies against the normal range; the cut-offs as dashed lines with their value."""
    if not a.bins:
        return ""
    desc = (f"Histogram of {a.results:,} {name} results in {a.unit}: "
            + "; ".join(f"{_label(b.low, b.high)}: {b.count:,}" for b in a.bins)
            + (f". Cut-offs: {', '.join(fmt(c) for c in a.cutoffs)} {a.unit}." if a.cutoffs else "."))
    p = [f'<svg class="histogram" role="img" aria-labelledby="{hid}-t {hid}-d" width="100%" height="150" xmlns="http://www.w3.org/2000/svg">',
         f'<title id="{hid}-t">{esc(name)}: results per bin of {esc(a.unit)}</title><desc id="{hid}-d">{esc(desc)}</desc>']
    p.extend(_bars(a, normal))
    p.append(f'<line class="axis" x1="{H_X0}%" x2="{H_X1}%" y1="{H_BOTTOM}" y2="{H_BOTTOM}"/>')
    p.extend(_value_marks(a))
    p.append("</svg>")
    return "".join(p)


def _flag_of(b_lo: float | None, b_hi: float | None, normal: tuple[float | None, float | None]) -> str:
    """Where a bin lies against the normal range: low, high, normal, or mixed (it straddles a limit)."""
    lo, hi = normal
    if lo is not None and b_hi is not None and b_hi <= lo:
        return "low"
    if hi is not None and b_lo is not None and b_lo > hi:
        return "high"
    if (lo is not None and (b_lo is None or b_lo < lo)) or (hi is not None and (b_hi is None or b_hi > hi)):
        return "mixed"  # the bin straddles a limit of the normal range
    return "normal"


def _label(b_lo: float | None, b_hi: float | None) -> str:
    if b_lo is None:
        return f"under {fmt(b_hi)}"  # type: ignore[arg-type]
    if b_hi is None:
        return f"{fmt(b_lo)} or more"
    return f"{fmt(b_lo)} to under {fmt(b_hi)}"


def _bars(a: AnalyteSummary, normal: tuple[float | None, float | None]) -> list[str]:
    """A bar per bin, its height to the tallest (a bin with any count at least 1.5 pixels)."""
    width = (H_X1 - H_X0) / len(a.bins)
    top = max(b.count for b in a.bins) or 1
    span = H_BOTTOM - H_TOP
    out = []
    for k, b in enumerate(a.bins):
        h = span * b.count / top
        if b.count and h < 1.5:
            h = 1.5
        out.append(f'<rect class="bar bar-{_flag_of(b.low, b.high, normal)}" x="{H_X0 + k * width + 0.15:.3f}%" y="{H_BOTTOM - h:.1f}" '
                   f'width="{max(width - 0.3, 0.1):.3f}%" height="{h:.1f}"><title>{esc(_label(b.low, b.high))} {esc(a.unit)}: {b.count:,}</title></rect>')
    return out


def _value_marks(a: AnalyteSummary) -> list[str]:
    """The value scale: the cut-offs (a label each unless too near one already labelled) and the values at both ends of
    the regular bins, which are linear; the open bins at the ends are not drawn to scale."""
    bins = a.bins
    width = (H_X1 - H_X0) / len(bins)
    regular = [(k, b) for k, b in enumerate(bins) if b.low is not None and b.high is not None]
    if not regular:
        return []
    k0, first = regular[0]
    _, last = regular[-1]
    e0, e1 = first.low, last.high
    step = first.high - first.low  # type: ignore[operator]

    def x(v: float) -> float:
        return H_X0 + (k0 + (v - e0) / step) * width  # type: ignore[operator]

    out = []
    placed: list[float] = []
    for c in a.cutoffs:
        if e0 <= c <= e1:  # type: ignore[operator]
            cx = x(c)
            out.append(f'<line class="cutline" x1="{cx:.3f}%" x2="{cx:.3f}%" y1="{H_TOP - 6}" y2="{H_BOTTOM + 4}"/>')
            if all(abs(cx - q) >= 6 for q in placed):
                placed.append(cx)
                out.append(f'<text class="cutlab" x="{cx:.3f}%" y="{H_TOP - 10}" text-anchor="middle">{esc(fmt(c))}</text>')
    for v, anchor in ((e0, "start"), (e1, "end")):
        out.append(f'<text class="xlab" x="{x(v):.3f}%" y="{H_BOTTOM + 18}" text-anchor="{anchor}">{esc(fmt(v))}</text>')  # type: ignore[arg-type]
    return out
