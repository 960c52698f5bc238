"""The HTML report: one self-contained file (inline CSS and SVG, no scripts, nothing fetched when it is opened),
readable on a phone and printable on A4 or Letter.

It says what the Rich explanation says, in the same order (render/terminal.py): what to do first, then the results
(each with a gauge on its scheme's bands), notes on the results, what they mean, the symptoms, how they link to
muscle symptoms, next steps; then the guideline note, the sources of every threshold, and last the reminder that this
is not a diagnosis. A report of many panels (a file) opens with a summary, most urgent subjects first, and gives one
section per subject with anything outside the ranges, with a trend chart per analyte when a subject has several dates.

Every string that came from input (subject ids, dates, values as reported, notes, a lab's own ranges) is escaped:
the input is hostile. A Content-Security-Policy meta tag forbids any fetch as a second line of defence.

This module writes the page shell and picks its body; the pieces are its neighbours: html_text (escaping and words),
html_scale (a result's bands), html_gauge, html_trend and html_histogram (the SVG), html_panel (one panel),
html_subjects (a file of a few subjects), html_cohort (a big file), html_sources (the cited sources), html_page (what
the sections of one page share) and html_style (the CSS).
"""

from __future__ import annotations

from typing import TextIO

from ..cohort import COHORT_SUBJECTS, Views, is_flagged, subject_groups
from ..models import URGENCY_ORDER, Report
from .html_cohort import cohort_view
from .html_page import Page
from .html_panel import panel_html
from .html_style import STYLE, pattern_defs
from .html_subjects import subject_section, subjects, summary_section, urgency_of
from .html_text import esc, linkify

DEFAULT_TITLE = "What your lab results mean"
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
LEDE = "Blood test results explained against published ranges, and what they can and cannot explain about muscle symptoms."


def render_html(report: Report, out: TextIO, title: str | None = None, *, all_bands: bool = False,
                all_subjects: bool = False, ref: object | None = None) -> None:
    """Write the report as one self-contained HTML page to `out`.

    The gauges draw the bands the Report carries (Report.scheme_views, set by interpret.report): with `all_bands`
    (what vitd interpret asks) every scheme's, a lab's own --ranges file included; without it only the shipped
    schemes' (a result classified by a lab's own scheme then shows its normal range). `ref`, the keyword scripts used
    before `all_bands`, is kept: given, it means all_bands=True (the reference data itself is not read).
    """
    views = report.scheme_views
    if not (all_bands or ref is not None):
        views = {a: {sid: v for sid, v in by_id.items() if v.shipped} for a, by_id in views.items()}
    out.write(document(report, views, title, all_subjects))


def document(report: Report, views: Views, title: str | None, all_subjects: bool = False) -> str:
    """The whole page: the head (CSP, inline style), the notes, the body for one panel or a file, then the end."""
    page = Page(report, views, all_subjects)
    body: list[str] = []
    if report.warnings:
        body.append('<section class="card warnings" aria-label="Notes"><p>' + "</p><p>".join(
            f"<strong>Note:</strong> {esc(w)}" for w in report.warnings) + "</p></section>")
    body.extend(_panels(page))
    body.extend(_ending(page))
    return _shell(report, title or DEFAULT_TITLE, body)


def _panels(page: Page) -> list[str]:
    """One panel in full; a file of a few subjects: its summary and a section per subject with findings, most urgent
    first; more than COHORT_SUBJECTS subjects: the cohort summary."""
    rep = page.report
    groups = subjects(rep)
    cohort_groups = subject_groups(rep.panels) if len(rep.panels) > 1 else []
    if len(cohort_groups) > COHORT_SUBJECTS:
        return cohort_view(page, cohort_groups)
    if len(rep.panels) > 1:
        anchors = {i: f"subject-{i + 1}" for i in range(len(groups))}
        out = [summary_section(page, groups, anchors)]
        for i in sorted(range(len(groups)), key=lambda i: -URGENCY_ORDER[urgency_of(groups[i][1])]):
            subject, panels = groups[i]
            if is_flagged(panels):
                out.append(subject_section(page, subject, panels, anchors[i]))
        return out
    if not rep.panels:
        return []
    p = rep.panels[0]
    out = []
    if p.subject or p.date:
        who = " \u2013 ".join(x for x in (p.subject and f"Subject {p.subject}", p.date) if x)
        out.append(f'<p class="who">{esc(who)}</p>')
    out.append(panel_html(page, p, 2))
    return out


def _has_vitamin_d(rep: Report) -> bool:
    return any(r.analyte == "vitamin_d" for p in rep.panels for r in p.results)


def _ending(page: Page) -> list[str]:
    """The guideline note (when vitamin D was measured), the sources of the ranges, and the footer with the disclaimer."""
    rep = page.report
    out = []
    if rep.guideline_note and _has_vitamin_d(rep):
        out.append('<section aria-labelledby="guideline-h"><h2 id="guideline-h">About the vitamin D guideline</h2>'
                   f"<p>Used here: {esc(rep.guideline_name)}. {linkify(rep.guideline_note.strip())}</p></section>")
    out.append(page.sources.section())
    out.append(f'<footer><p>Made by vitd {esc(rep.version)}. Gauges show each result on its scheme\'s bands, one equal '
               "width per band (not a linear scale); the numbers under them are the cut-offs.</p>"
               f'<p class="disclaimer">{esc(rep.disclaimer)}</p></footer>')
    return out


def _shell(rep: Report, heading: str, body: list[str]) -> str:
    guide = f" Vitamin D guideline: {rep.guideline_name}." if _has_vitamin_d(rep) else ""
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
        f"<header><h1>{esc(heading)}</h1><p class=\"lede\">{esc(LEDE)}{esc(guide)}</p></header>",
        *body,
        "</main>",
        "</body>",
        "</html>",
        "",
    ])
