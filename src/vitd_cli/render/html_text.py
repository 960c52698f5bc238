"""The words and escaping of the HTML report: every string that came from input is escaped here (esc), our own text
may carry links (linkify), the terminal's Rich lines become HTML (rich_html), and a result's value, flag and label are
written as the terminal writes them."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable
from datetime import datetime

from rich.text import Span, Text

from ..models import Panel, Result
from . import terminal as term

FLAG_WORD = {"low": "LOW", "high": "HIGH", "normal": "normal"}
GROUP_WORD = {"low": "low", "normal": "normal", "high": "high"}
ARROW = {"low": "\u2193", "high": "\u2191", "normal": ""}
SEVERITY_LEVEL = {None: 1, "mild": 1, "moderate": 2, "severe": 3}
URGENCY_CLASS = {"urgent": "urgent", "prompt": "prompt", "routine": "routine", "none": "none"}
_LEAD = re.compile(r"^.{1,120}?(?:: | = | is )")
_HAS_UNIT = re.compile(r"[^\d\s.,<>=+\-\u2264\u2265]")
_URL = re.compile(r"https?://[^\s<>\"'()\[\]{}]+[^\s<>\"'()\[\]{}.,;:!?]")


def esc(text: object) -> str:
    """Text for HTML, quotes too: every string that came from input goes through here."""
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


def outside_ranges(panels: list[Panel], text: Callable[[Result], str]) -> dict[str, str]:
    """A subject's results outside their normal band, per analyte (the latest panel's), as `text` writes them."""
    return {r.analyte: text(r) for p in panels for r in p.results if r.flag != "normal"}


def short_name(r: Result) -> str:
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


def join_words(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def date_key(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        d = datetime.fromisoformat(text.strip())
        return d.replace(tzinfo=None) if d.tzinfo is None else d.astimezone().replace(tzinfo=None)
    except (ValueError, OverflowError):  # unreadable, or past the last datetime once in local time (9999-12-31T23:59-14:00)
        return None

