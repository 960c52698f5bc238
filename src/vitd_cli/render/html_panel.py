"""One panel of the HTML report, in the order of the Rich explanation (render/terminal.py): what to do first, then the
results (each with its gauge), notes on the results, what they mean, the symptoms, how they link to muscle symptoms,
next steps."""

from __future__ import annotations

from ..models import Finding, Panel, Result
from . import terminal as term
from .html_gauge import bands_legend, gauge_svg
from .html_page import Page
from .html_scale import result_scale
from .html_text import URGENCY_CLASS, esc, join_words, linkify, rich_html, short_name, status_text, value_text


def urgency_card(page: Page, panel: Panel, level: int) -> str:
    """'What to do': the urgency and its advice, and the red-flag symptoms that need care whatever the results."""
    u = panel.urgency
    word = term.URGENCY_WORD[u]
    hid = page.uid("todo")
    out = [f'<section class="card urgency u-{URGENCY_CLASS[u]}" aria-labelledby="{hid}">',
           f'<h{level} id="{hid}">What to do</h{level}>',
           f'<p><span class="badge b-{URGENCY_CLASS[u]}">{esc(word)}</span> {esc(panel.advice)}</p>']
    flags = [s for s in panel.symptoms if s.red_flag]
    emergency = [s.label for s in flags if s.red_flag == "emergency"]
    neuro = [s.label for s in flags if s.red_flag == "neurological" and not s.explained_by]  # explained ones say so below
    if emergency:
        out.append(f'<p><span class="badge b-redflag">RED FLAG</span> You reported {esc(join_words(emergency))}: this needs emergency care, '
                   "whatever the results.</p>")
    if neuro:
        out.append(f'<p><span class="badge b-redflag">RED FLAG</span> You reported {esc(join_words(neuro))}. Low vitamin D, calcium or '
                   f"magnesium do not explain {'this' if len(neuro) == 1 else 'these'}. See a doctor without delay and ask about a "
                   "neurological assessment (NICE NG42).</p>")
    out.append("</section>")
    return "".join(out)


def result_item(page: Page, r: Result) -> str:
    """One result: name, value, flag, the converted value and normal range with its source, the gauge and its legend,
    and what the lab itself printed."""
    word, label = status_text(r)
    src = page.sources.ref(r)
    scale = result_scale(r, page.views)
    conv = term._converted(r)
    extra = " <em>(estimate)</em>" if r.estimate else " <em>(unit assumed)</em>" if r.unit_inferred else ""
    head = (f'<div class="r-head"><span class="r-name">{esc(short_name(r))}</span> '
            f'<span class="r-value">{esc(value_text(r))}{extra}</span> '
            f'<span class="badge b-{r.flag}">{esc(word)}</span>' + (f' <span class="r-label">{esc(label)}</span>' if label else "") + "</div>")
    meta = f'<p class="r-meta">= {esc(conv)} \u00b7 normal range {esc(term._range(r))} {src}</p>'
    lab = ""
    lab_flag, lab_range = getattr(r, "lab_flag", None), getattr(r, "lab_range", None)
    if lab_flag or lab_range:
        bits = ([f"flag {esc(lab_flag)}"] if lab_flag else []) + ([f"range {esc(lab_range)}"] if lab_range else [])
        lab = f'<p class="lab">The lab printed: {", ".join(bits)}.</p>'
    return (f'<li class="result flag-{r.flag}">{head}{meta}{gauge_svg(r, scale, page.uid("g"))}'
            f"{bands_legend(scale, src)}{lab}</li>")


def panel_html(page: Page, panel: Panel, level: int) -> str:
    """The whole panel, its headings at `level` (2 for a single panel, 4 inside a subject's section)."""
    h = f"h{level}"
    out = [urgency_card(page, panel, level)]
    if panel.results:
        out.append(f"<{h}>Results</{h}>")
        out.append('<ul class="results">' + "".join(result_item(page, r) for r in panel.results) + "</ul>")
        notes = term._result_notes(panel)
        if notes:
            out.append(f"<{h}>Notes on the results</{h}>")
            out.append('<ul class="plain">' + "".join(f"<li>{rich_html(n)}</li>" for n in notes) + "</ul>")
    if panel.findings:
        out.append(f"<{h}>What the results mean</{h}>")
        out.append('<ul class="plain">' + "".join(_finding_item(f) for f in panel.findings) + "</ul>")
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


def _finding_item(f: Finding) -> str:
    title = esc(f.title) + (f", {esc(f.severity)}" if f.severity else "")
    return (f'<li class="finding"><span class="finding-title">{title}</span><br>{esc(f.meaning.strip())}'
            f'<br><span class="src">{esc(f.summary)}. Source: {linkify(f.source)}</span></li>')
