"""A report of several panels (a file) of up to COHORT_SUBJECTS subjects: the panels grouped per subject by date, the
summary that opens the page (counts per test, the subjects with findings most urgent first, the others listed), and one
section per subject with findings (a trend chart per analyte measured at several dates, then its panels). The pieces
the cohort summary (html_cohort.py) shares with it live here too."""

from __future__ import annotations

from ..cohort import is_flagged
from ..models import URGENCY_ORDER, Panel, Report
from . import terminal as term
from .html_page import Page
from .html_panel import panel_html
from .html_scale import result_scale
from .html_text import FLAG_WORD, URGENCY_CLASS, date_key, esc, outside_ranges, short_name, status_text, value_text
from .html_trend import Trend, trend_svg, trends

Groups = list[tuple[str | None, list[Panel]]]

RESULTS_BY_TEST = ('<h3>Results by test</h3><div class="table-wrap"><table class="counts"><thead><tr><th scope="col">Test</th>'
                   '<th scope="col" class="n">Low</th><th scope="col" class="n">Normal</th><th scope="col" class="n">High</th>'
                   '<th scope="col" class="n">All</th></tr></thead><tbody>')


def by_date(panels: list[Panel]) -> list[Panel]:
    """The panels in date order when every one has a readable date, else as they came."""
    keys = [date_key(p.date) for p in panels]
    if len(panels) > 1 and all(keys):
        return [p for _, p in sorted(zip(keys, panels), key=lambda kp: kp[0])]  # type: ignore[arg-type,return-value]
    return panels


def subjects(report: Report) -> Groups:
    """The report's panels per subject, in the order subjects first appear, each subject's panels by date."""
    by: dict[str | None, list[Panel]] = {}
    for p in report.panels:
        by.setdefault(p.subject, []).append(p)
    return [(subject, by_date(panels)) for subject, panels in by.items()]


def urgency_of(panels: list[Panel]) -> str:
    return max((p.urgency for p in panels), key=URGENCY_ORDER.__getitem__, default="none")


def date_span(panels: list[Panel]) -> str:
    """', dated 2020-01-02 to 2021-03-04' over the panels' readable dates ('' with fewer than two)."""
    dates = sorted(k for k in (date_key(p.date) for p in panels) if k)
    return f", dated {dates[0].date().isoformat()} to {dates[-1].date().isoformat()}" if len(dates) > 1 else ""


def rows_line(report: Report, sep: str) -> str:
    """What was read of a file, its counts written with `sep` as the thousands separator ('' without rows)."""
    rows = getattr(report, "rows", None)
    source = getattr(report, "input", None)
    if rows is None:
        return ""
    name = f"{esc(source.name)}: " if source is not None and source.name else ""
    return (f'<p class="small">{name}{rows.total:{sep}} rows read: {rows.interpreted:{sep}} interpreted ({rows.results:{sep}} results), '
            f"{rows.other_test:{sep}} of other tests, {rows.skipped:{sep}} skipped"
            + (f"; the lab's own flag or range differs for {rows.lab_disagreements:{sep}}" if rows.lab_disagreements else "") + ".</p>")


def calm_list(groups: Groups) -> str:
    """The subjects with everything in range, one a line with their count of panels and latest date."""
    return '<ul class="compact">' + "".join(
        f"<li>{esc(s) if s else '(no subject id)'} <span class=\"muted\">({len(ps)} {'panel' if len(ps) == 1 else 'panels'}"
        f"{', ' + esc(ps[-1].date) if ps[-1].date else ''})</span></li>" for s, ps in groups) + "</ul>"


def summary_section(page: Page, groups: Groups, anchors: dict[int, str]) -> str:
    """The summary that opens the report of a file of a few subjects."""
    panels = page.report.panels
    out = ['<section class="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>']
    flagged = [g for g in groups if is_flagged(g[1])]
    urgent = [g for g in flagged if urgency_of(g[1]) == "urgent"]
    out.append(f"<p>{len(panels)} panels of {len(groups)} {'subject' if len(groups) == 1 else 'subjects'}{date_span(panels)}. "
               f"{len(flagged)} with results outside the ranges or symptoms to act on"
               + (f"; <strong>{len(urgent)} {'needs' if len(urgent) == 1 else 'need'} care today</strong>" if urgent else "") + ".</p>")
    out.append(rows_line(page.report, ""))
    out.append(_counts_table(panels))
    if flagged:
        out.append(_flagged_table(groups, anchors))
    calm = [(s, ps) for s, ps in groups if not is_flagged(ps)]
    if calm:
        out.append(f"<h3>Subjects with all results in range ({len(calm)})</h3>")
        out.append(calm_list(calm))
    out.append("</section>")
    return "".join(out)


def _counts_table(panels: list[Panel]) -> str:
    """Results by test: how many low, normal and high ('' without results)."""
    counts: dict[str, dict[str, int]] = {}
    names: dict[str, str] = {}
    for p in panels:
        for r in p.results:
            c = counts.setdefault(r.analyte, {"low": 0, "normal": 0, "high": 0})
            c[r.flag] = c.get(r.flag, 0) + 1
            names[r.analyte] = short_name(r)
    if not counts:
        return ""
    rows = "".join(f'<tr><th scope="row">{esc(names[a])}</th><td class="n">{c["low"]}</td><td class="n">{c["normal"]}</td>'
                   f'<td class="n">{c["high"]}</td><td class="n">{sum(c.values())}</td></tr>' for a, c in counts.items())
    return RESULTS_BY_TEST + rows + "</tbody></table></div>"


def _flagged_table(groups: Groups, anchors: dict[int, str]) -> str:
    """The subjects with findings, most urgent first, each linked to its section."""
    out = ['<h3>Subjects with findings, most urgent first</h3><div class="table-wrap"><table><thead><tr>'
           '<th scope="col">Subject</th><th scope="col">What to do</th><th scope="col" class="n">Panels</th>'
           '<th scope="col">Outside the ranges</th><th scope="col">Findings</th></tr></thead><tbody>']
    for i, (subject, ps) in sorted(enumerate(groups), key=lambda g: -URGENCY_ORDER[urgency_of(g[1][1])]):
        if not is_flagged(ps):
            continue
        u = urgency_of(ps)
        outside = outside_ranges(ps, lambda r: f"{short_name(r)} {FLAG_WORD[r.flag].lower()}")
        found = list(dict.fromkeys(f.title for p in ps for f in p.findings))
        if any(s.red_flag for p in ps for s in p.symptoms):
            found.insert(0, "RED FLAG symptoms")
        who = esc(subject) if subject else "(no subject id)"
        out.append(f'<tr><th scope="row"><a href="#{anchors[i]}">{who}</a></th>'
                   f'<td><span class="badge b-{URGENCY_CLASS[u]}">{esc(term.URGENCY_WORD[u])}</span></td>'
                   f'<td class="n">{len(ps)}</td><td>{esc(", ".join(outside.values()) or "none")}</td>'
                   f'<td>{esc("; ".join(found) or "none")}</td></tr>')
    out.append("</tbody></table></div>")
    return "".join(out)


def subject_section(page: Page, subject: str | None, panels: list[Panel], anchor: str, latest: int | None = None) -> str:
    """A subject's trends and panels; with `latest` (a cohort), only its last `latest` flagged panels in full."""
    who = f"Subject {esc(subject)}" if subject else "Results without a subject id"
    u = urgency_of(panels)
    out = [f'<section class="subject" id="{anchor}" aria-labelledby="{anchor}-h">',
           f'<h2 id="{anchor}-h">{who} <span class="badge b-{URGENCY_CLASS[u]}">{esc(term.URGENCY_WORD[u])}</span></h2>']
    series = trends(panels)
    if series:
        out.append("<h3>Trends over time</h3>")
        out.extend(_trend_figure(page, t) for t in series)
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
        out.append(panel_html(page, p, 4))
    out.append("</section>")
    return "".join(out)


def _trend_figure(page: Page, t: Trend) -> str:
    """One analyte's trend chart with its caption and the table of its values."""
    cid = page.uid("c")
    svg, _ = trend_svg(t, cid, page.views)
    rows = "".join(
        f"<tr><td class=\"date\">{esc(p.date or '')}</td><td class=\"n\">{esc(value_text(p.result))}</td>"
        f"<td>{esc(', '.join(x for x in status_text(p.result) if x))}</td></tr>" for p in t.points)
    normal = next((s for s in result_scale(t.points[-1].result, page.views, t.unit).segs if s.flag == "normal"), None)
    shade = f" Shaded between dashed lines: the normal range, {esc(normal.text())} {esc(t.unit)}." if normal else ""
    return (f'<figure class="trend"><figcaption>{esc(t.name)}, {esc(t.unit)}</figcaption>{svg}'
            f'<p class="small">{len(t.points)} results; \u2193 low, \u2191 high.{shade}</p>'
            f'<div class="table-wrap"><table class="series"><thead><tr><th scope="col">Date</th><th scope="col" class="n">Value</th>'
            f'<th scope="col">Status</th></tr></thead><tbody>{rows}</tbody></table></div></figure>')
