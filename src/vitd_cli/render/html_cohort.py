"""The summary of a big file, more than COHORT_SUBJECTS subjects (cohort.py counts it): subjects per urgency, results
per test, a histogram per analyte, the flagged subjects most urgent first (the first COHORT_SHOWN, the most urgent of
them with a section each while the page stays within COHORT_DETAIL_BYTES), the others counted. --all-subjects: every
flagged subject with its section, and the list of those with everything in range."""

from __future__ import annotations

from ..cohort import COHORT_DETAIL_BYTES, COHORT_PANELS, COHORT_SHOWN, cohort, flagged_subjects, is_flagged
from ..models import AnalyteSummary, Cohort, FlaggedSubject
from . import terminal as term
from .html_histogram import histogram_svg
from .html_page import Page
from .html_subjects import RESULTS_BY_TEST, Groups, by_date, calm_list, date_span, rows_line, subject_section
from .html_text import FLAG_WORD, URGENCY_CLASS, esc, fmt, outside_ranges, short_name, value_text

Shown = list[tuple[int, FlaggedSubject]]


def cohort_view(page: Page, groups: Groups) -> list[str]:
    """The summary section, then the sections of the flagged subjects it links to."""
    rep = page.report
    summary: Cohort = getattr(rep, "cohort", None) or cohort(rep.panels, page.views)
    groups = [(s, by_date(ps)) for s, ps in groups]
    flagged = flagged_subjects(groups)
    shown = flagged if page.all_subjects else flagged[:COHORT_SHOWN]
    detailed, sections = _sections(page, groups, shown)
    urgent = summary.urgency.get("urgent", 0)
    out = ['<section class="summary cohort" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>',
           f"<p>{summary.panels:,} panels of {summary.subjects:,} subjects{date_span(rep.panels)}. {len(flagged):,} with results "
           "outside the ranges or findings"
           + (f"; <strong>{urgent:,} {'needs' if urgent == 1 else 'need'} care today</strong>" if urgent else "") + ".</p>",
           rows_line(rep, ","), _urgency_table(summary), _results_table(summary)]
    out.extend(analyte_figure(page, a) for a in summary.analytes)
    out.append(f"<h3>Flagged subjects, most urgent first ({len(shown):,} of {len(flagged):,} shown)</h3>")
    if len(detailed) < len(shown):
        out.append(f'<p class="small">The first {len(detailed):,} have a section of their own below (trends, and their latest panels '
                   "outside the ranges with gauges); the others are listed here only, to keep this page small.</p>")
    if shown:
        out.append(_flagged_table(groups, shown, {i: f"subject-{i + 1}" for i in detailed}))
    out.append(_the_others(page, groups, summary.subjects - len(flagged), len(flagged) - len(shown)))
    out.append("</section>")
    return ["".join(out), *sections]


def _sections(page: Page, groups: Groups, shown: Shown) -> tuple[list[int], list[str]]:
    """A section each for the shown subjects, most urgent first, while they stay within the budget (the first always):
    the indexes of the subjects given one, and the sections."""
    latest = None if page.all_subjects else COHORT_PANELS
    detailed: list[int] = []
    sections: list[str] = []
    size = 0
    for i, _ in shown:
        subject, panels = groups[i]
        text = subject_section(page, subject, panels, f"subject-{i + 1}", latest)
        if not page.all_subjects and detailed and size + len(text) > COHORT_DETAIL_BYTES:
            break
        detailed.append(i)
        sections.append(text)
        size += len(text)
    return detailed, sections


def _urgency_table(summary: Cohort) -> str:
    out = ['<h3>Subjects by what to do</h3><div class="table-wrap"><table class="counts urgency-counts"><thead><tr>'
           '<th scope="col">What to do</th><th scope="col" class="n">Subjects</th><th scope="col" class="n">Share</th>'
           "</tr></thead><tbody>"]
    for u, n in summary.urgency.items():
        out.append(f'<tr><th scope="row"><span class="badge b-{URGENCY_CLASS[u]}">{esc(term.URGENCY_WORD[u])}</span></th>'
                   f'<td class="n">{n:,}</td><td class="n">{_share(n, summary.subjects)}</td></tr>')
    out.append("</tbody></table></div>")
    return "".join(out)


def _results_table(summary: Cohort) -> str:
    rows = "".join(f'<tr><th scope="row">{esc(_analyte_name(a))}</th><td class="n">{a.low:,}</td><td class="n">{a.normal:,}</td>'
                   f'<td class="n">{a.high:,}</td><td class="n">{a.results:,}</td></tr>' for a in summary.analytes)
    return RESULTS_BY_TEST + rows + "</tbody></table></div>"


def _flagged_table(groups: Groups, shown: Shown, anchors: dict[int, str]) -> str:
    """The shown flagged subjects, each linked to its section when it has one."""
    out = ['<div class="table-wrap"><table class="flagged"><thead><tr><th scope="col">Subject</th><th scope="col">What to do</th>'
           '<th scope="col" class="n">Panels</th><th scope="col">Outside the ranges</th><th scope="col">Findings</th>'
           "</tr></thead><tbody>"]
    for i, f in shown:
        ps = groups[i][1]
        outside = outside_ranges(ps, lambda r: f"{short_name(r)} {value_text(r)} ({r.label or FLAG_WORD[r.flag].lower()})")
        found = list(dict.fromkeys(x.title for p in ps for x in p.findings))
        who = esc(f.subject) if f.subject else "(no subject id)"
        if i in anchors:
            who = f'<a href="#{anchors[i]}">{who}</a>'
        out.append(f'<tr><th scope="row">{who}</th>'
                   f'<td><span class="badge b-{URGENCY_CLASS[f.urgency]}">{esc(term.URGENCY_WORD[f.urgency])}</span></td>'
                   f'<td class="n">{f.panels}</td><td>{esc("; ".join(outside.values()) or "none")}</td>'
                   f'<td>{esc("; ".join(found) or "none")}</td></tr>')
    out.append("</tbody></table></div>")
    return "".join(out)


def _the_others(page: Page, groups: Groups, calm: int, more: int) -> str:
    """What is not listed (the flagged subjects past COHORT_SHOWN, the subjects all in range) and how to see them; with
    --all-subjects, the list of the subjects all in range."""
    out = []
    if more or (calm and not page.all_subjects):
        told = []
        if more:
            told.append(f"{more:,} more flagged {'subject is' if more == 1 else 'subjects are'} not shown")
        if calm and not page.all_subjects:
            told.append(f"{calm:,} {'subject' if calm == 1 else 'subjects'} with all results in range {'is' if calm == 1 else 'are'} "
                        "counted, not listed")
        out.append(f'<p class="more">{esc(_sentence(told))}. To see every subject here, run again with '
                   "<code>--all-subjects</code>; for every result, one a row, use <code>--format csv</code> or "
                   "<code>--format ndjson</code> (or <code>--format json</code> for scripts: its <code>cohort.flagged</code> "
                   "lists every flagged subject).</p>")
    if page.all_subjects and calm:
        out.append(f"<h3>Subjects with all results in range ({calm:,})</h3>")
        out.append(calm_list([(s, ps) for s, ps in groups if not is_flagged(ps)]))
    return "".join(out)


def analyte_figure(page: Page, a: AnalyteSummary) -> str:
    """One analyte of a cohort: its histogram (inline SVG, cut-offs marked) and its results per category."""
    name = _analyte_name(a)
    normal = _normal(page, a)
    rows = "".join(
        f'<tr><th scope="row"><span class="sw {"sw-normal" if c.flag == "normal" else "sw-" + c.flag + "-1"}" aria-hidden="true"></span> {esc(c.label)}</th>'
        f'<td class="n">{c.count:,}</td><td class="n">{_share(c.count, a.results)}</td></tr>' for c in a.categories)
    return (f'<h3>{esc(name)}: {a.results:,} {"result" if a.results == 1 else "results"}</h3>'
            f'<figure class="hist">{histogram_svg(a, normal, page.uid("h"), name)}'
            f'<figcaption class="small">Results per bin of {esc(a.unit)} (the tallest: {max((b.count for b in a.bins), default=0):,}); '
            "green: within the normal range, amber: below, red: above, grey: a bin across a limit; dashed lines: the cut-offs "
            f'of the scheme most results were classified with{" (" + esc(a.scheme) + ")" if a.scheme else ""}'
            + (f": {esc(', '.join(fmt(c) for c in a.cutoffs))} {esc(a.unit)}" if a.cutoffs else "") + ".</figcaption></figure>"
            '<div class="table-wrap"><table class="counts"><thead><tr><th scope="col">Category</th><th scope="col" class="n">Results</th>'
            f'<th scope="col" class="n">Share</th></tr></thead><tbody>{rows}</tbody></table></div>')


def _normal(page: Page, a: AnalyteSummary) -> tuple[float | None, float | None]:
    """The normal range of the analyte's scheme, in its unit, as the first result classified with it carries it."""
    for p in page.report.panels:
        for r in p.results:
            if r.analyte == a.analyte and r.range.scheme == a.scheme and r.range.unit == a.unit:
                return r.range.low, r.range.high
    return None, None


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
