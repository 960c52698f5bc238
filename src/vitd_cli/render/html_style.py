"""The look of the HTML report (render/html_out.py): one inline stylesheet and the SVG patterns the gauges share.

Nothing here loads anything: no url(), no @import, no web fonts (the system's own sans-serif is used).
Colour is never the only signal: low bands are hatched, high bands dotted, normal bands plain, and every band, flag
and urgency is also written out in words.
"""

from __future__ import annotations

# band fills by flag and severity (1 mild, 2 moderate, 3 severe), with the colour of their hatching or dots
LOW = {1: "#fbe3a6", 2: "#f3c567", 3: "#e0a33c"}
HIGH = {1: "#f8cfc9", 2: "#efa49a", 3: "#dc6f64"}
LOW_INK, HIGH_INK = "#8a5a0c", "#7f1d14"
NORMAL, NORMAL_INK = "#bfe3c9", "#2f7d4a"


def pattern_defs() -> str:
    """One hidden <svg> holding the patterns every gauge refers to (fill="url(#vp-...)", same-document references)."""
    parts = ['<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>']
    for level, fill in LOW.items():
        gap = {1: 7, 2: 5, 3: 4}[level]
        parts.append(
            f'<pattern id="vp-low-{level}" width="{gap}" height="{gap}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            f'<rect width="{gap}" height="{gap}" fill="{fill}"/><line x1="0" y1="0" x2="0" y2="{gap}" stroke="{LOW_INK}" stroke-width="1.2"/>'
            "</pattern>")
    for level, fill in HIGH.items():
        gap = {1: 7, 2: 5, 3: 4}[level]
        parts.append(
            f'<pattern id="vp-high-{level}" width="{gap}" height="{gap}" patternUnits="userSpaceOnUse">'
            f'<rect width="{gap}" height="{gap}" fill="{fill}"/><circle cx="{gap / 2:g}" cy="{gap / 2:g}" r="1.1" fill="{HIGH_INK}"/>'
            "</pattern>")
    parts.append(f'<pattern id="vp-normal" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="{NORMAL}"/></pattern>')
    parts.append("</defs></svg>")
    return "".join(parts)


def _swatches() -> str:
    out = []
    for level, fill in LOW.items():
        out.append(f".sw-low-{level}{{background:repeating-linear-gradient(45deg,{LOW_INK} 0 1.2px,{fill} 1.2px {4 + 2 * (3 - level)}px)}}")
    for level, fill in HIGH.items():
        out.append(f".sw-high-{level}{{background:radial-gradient(circle,{HIGH_INK} 0 1px,transparent 1.3px) 0 0/4px 4px,{fill}}}")
    out.append(f".sw-normal{{background:{NORMAL}}}")
    return "\n".join(out)


CSS = """
:root{color-scheme:light;--ink:#1b1f24;--muted:#4b5563;--line:#d5d9de;--bg:#f5f6f3;--card:#fff;--link:#1d4ed8;
--low-bg:#fdf0cf;--low-bd:#b7791f;--low-ink:#5c3a06;--high-bg:#fde2df;--high-bd:#b42318;--high-ink:#7a1209;
--ok-bg:#e3f3e7;--ok-bd:#2f7d4a;--ok-ink:#1d5430;--urgent:#a11d17}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans",sans-serif}
main{max-width:54rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.6rem;line-height:1.25;margin:.25rem 0 .25rem}
h2{font-size:1.3rem;line-height:1.3;margin:2rem 0 .6rem}
h3{font-size:1.12rem;margin:1.6rem 0 .5rem}
h4{font-size:1rem;margin:1.3rem 0 .4rem}
h5{font-size:.95rem;margin:1rem 0 .3rem}
p{margin:.4rem 0}
a{color:var(--link)}
.lede{color:var(--muted);margin:0 0 1rem}
.who{font-weight:600;margin:1rem 0 .4rem}
.muted,.small{color:var(--muted)}
.small{font-size:.875rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.9rem 1rem;margin:.8rem 0}
.warnings{border-left:4px solid var(--low-bd)}
.warnings p{margin:.2rem 0}
/* what to do */
.urgency{border-width:2px;border-left-width:8px}
.urgency p{margin:.35rem 0}
.u-urgent{border-color:var(--urgent);background:#fff6f5}
.u-prompt{border-color:#c98a1b;background:#fffaf0}
.u-routine{border-color:#8a94a3}
.u-none{border-color:var(--ok-bd);background:#f4faf6}
.badge{display:inline-block;font-weight:700;font-size:.8rem;letter-spacing:.04em;padding:.1rem .5rem;border-radius:999px;border:1.5px solid;
white-space:nowrap;vertical-align:.08em}
.b-urgent,.b-redflag{background:var(--urgent);border-color:var(--urgent);color:#fff}
.b-prompt{background:#f2c15c;border-color:#a86d0f;color:#1b1f24}
.b-routine{background:#e5e7eb;border-color:#6b7280;color:#1b1f24}
.b-none{background:var(--ok-bd);border-color:var(--ok-bd);color:#fff}
.b-low{background:var(--low-bg);border-color:var(--low-bd);color:var(--low-ink)}
.b-high{background:var(--high-bg);border-color:var(--high-bd);color:var(--high-ink)}
.b-normal{background:var(--ok-bg);border-color:var(--ok-bd);color:var(--ok-ink)}
.rf{color:var(--urgent);font-weight:700}
.ok{color:var(--ok-ink)}
.maybe{color:var(--low-ink)}
.card>:first-child{margin-top:0}
.card>:last-child{margin-bottom:0}
/* results */
ul.results{list-style:none;margin:.5rem 0;padding:0}
li.result{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--ok-bd);border-radius:10px;padding:.7rem .9rem .5rem;margin:.6rem 0}
li.result.flag-low{border-left-color:var(--low-bd)}
li.result.flag-high{border-left-color:var(--high-bd)}
.r-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem .6rem}
.r-name{font-weight:700;font-size:1.05rem}
.r-value{font-size:1.05rem;font-variant-numeric:tabular-nums}
.r-label{font-weight:600}
.r-meta{color:var(--muted);font-size:.9rem;margin:.15rem 0 .2rem}
svg.gauge{display:block;width:100%;height:96px;overflow:visible;margin:.2rem 0 0}
svg text{font-family:inherit;fill:var(--ink)}
.gauge .tick{stroke:var(--ink);stroke-width:1}
.gauge .cut{font-size:12px;font-variant-numeric:tabular-nums}
.gauge .grp{font-size:11.5px;fill:var(--muted);letter-spacing:.03em}
.gauge .grpline{stroke:#8a94a3;stroke-width:1}
.gauge .val{font-size:13px;font-weight:700}
.gauge .mk{fill:var(--ink);stroke:#fff;stroke-width:1.5}
.gauge .mkline{stroke:var(--ink);stroke-width:2.5}
.gauge .mkhalo{stroke:#fff;stroke-width:5.5}
.gauge .seg{stroke:#fff;stroke-width:1.5;opacity:.55}
.gauge .seg.here{opacity:1}
.gauge .frame{fill:none;stroke:#9aa3af;stroke-width:1}
.gauge .herebox{fill:none;stroke:var(--ink);stroke-width:2}
.bands{font-size:.83rem;color:var(--muted);margin:.1rem 0 .1rem;line-height:1.5}
.bands .b{overflow-wrap:anywhere}
.bands .here{color:var(--ink);font-weight:700}
.sw{display:inline-block;width:.8em;height:.8em;border:1px solid #6b7280;border-radius:2px;vertical-align:-.05em;margin-right:.25em}
.lab{font-size:.85rem;color:var(--muted)}
ul.plain{padding-left:1.2rem;margin:.3rem 0}
ul.plain li{margin:.3rem 0}
.finding-title{font-weight:700}
.src{font-size:.83rem;color:var(--muted)}
/* trends */
figure.trend{background:var(--card);border:1px solid var(--line);border-radius:10px;margin:.8rem 0;padding:.7rem .8rem .6rem}
figure.trend figcaption{font-weight:700;margin-bottom:.2rem}
svg.chart{display:block;width:100%;height:210px;overflow:visible}
.chart .grid{stroke:#e3e6ea;stroke-width:1}
.chart .axis{stroke:#8a94a3;stroke-width:1}
.chart .ylab,.chart .xlab{font-size:12px;fill:var(--muted);font-variant-numeric:tabular-nums}
.chart .unit{font-size:12px;font-weight:600;fill:var(--muted)}
.chart .normal{fill:#dcefe2}
.chart .normal-edge{stroke:var(--ok-bd);stroke-width:1;stroke-dasharray:5 3}
.chart .normal-label{font-size:11.5px;fill:var(--ok-ink);font-weight:600}
.chart .cutline{stroke:#8a94a3;stroke-width:1;stroke-dasharray:2 3}
.chart .cutlab{font-size:11px;fill:var(--muted)}
.chart .line{fill:none;stroke:#334155;stroke-width:2;vector-effect:non-scaling-stroke}
.chart .pt{stroke:#fff;stroke-width:2}
.chart .pt-normal{fill:var(--ok-bd)}
.chart .pt-low{fill:var(--low-bd)}
.chart .pt-high{fill:var(--high-bd)}
.chart .ptlab{font-size:12.5px;font-weight:700;font-variant-numeric:tabular-nums}
table{border-collapse:collapse;width:100%;font-size:.92rem;font-variant-numeric:tabular-nums}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:700}
td.n,th.n{text-align:right}
.table-wrap{overflow-x:auto}
table.counts{width:auto;min-width:min(100%,26rem)}
svg.histogram{display:block;width:100%;height:150px;overflow:visible}
.histogram .bar-normal{fill:var(--ok-bd)}
.histogram .bar-low{fill:var(--low-bd)}
.histogram .bar-high{fill:var(--high-bd)}
.histogram .bar-mixed{fill:#9aa3ae}
.histogram .axis{stroke:#8a94a3;stroke-width:1}
.histogram .cutline{stroke:#334155;stroke-width:1;stroke-dasharray:4 3}
.histogram .cutlab,.histogram .xlab{font-size:11.5px;fill:var(--muted);font-variant-numeric:tabular-nums}
figure.hist{margin:.5rem 0}
.more{margin-top:.75rem}
td.date{white-space:nowrap}
table.series{font-size:.85rem;margin-top:.3rem;width:auto;min-width:min(100%,24rem)}
.compact{columns:14rem auto;column-gap:1.5rem;padding-left:1.1rem}
ol.sources{padding-left:1.6rem}
ol.sources li{margin:.5rem 0}
ol.sources ul{padding-left:1.1rem;font-size:.88rem;color:var(--muted)}
.disclaimer{font-weight:700;border-top:2px solid var(--ink);margin-top:2.2rem;padding-top:.8rem}
footer{font-size:.85rem;color:var(--muted)}
.defs{position:absolute;width:0;height:0;overflow:hidden}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem .6rem}
:focus-visible{outline:3px solid var(--link);outline-offset:2px}
@media (max-width:32rem){
  body{font-size:15.5px}
  main{padding:.8rem .7rem 2rem}
  h1{font-size:1.35rem}
  h2{font-size:1.18rem}
  .card,li.result,figure.trend{padding-left:.7rem;padding-right:.7rem}
}
@media print{
  @page{margin:14mm 12mm}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  body{background:#fff;font-size:10.5pt}
  main{max-width:none;padding:0}
  .subject{break-before:page}
  li.result,figure.trend,.urgency,.finding,tr,.sources li{break-inside:avoid}
  h2,h3,h4,h5{break-after:avoid}
  .card:not(.urgency),li.result,figure.trend{border-top-color:#bbb;border-right-color:#bbb;border-bottom-color:#bbb}
  .card:not(.urgency):not(.warnings){border-left-color:#bbb}
  a{color:inherit}
  .skip{display:none}
}
"""

STYLE = CSS.strip() + "\n" + _swatches()
