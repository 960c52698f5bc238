"""The sources of a page's ranges: each result cites its scheme's source as a numbered link ([1]), and the page ends
with the list of those sources, every band of a scheme in the units its guideline published it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..cohort import Views
from ..models import Band, Result
from .html_scale import same_range
from .html_text import esc, linkify, short_name


@dataclass
class SourceEntry:
    number: int
    title: str
    scheme_name: str
    source: str
    bands: list[Band] = field(default_factory=list)
    range_text: str = ""


class Sources:
    """The schemes a page's results were classified with, numbered in the order the page first cites them."""

    def __init__(self, views: Views) -> None:
        self.views = views
        self.entries: dict[tuple[str, str], SourceEntry] = {}

    def ref(self, r: Result) -> str:
        """The link to the source of this result's range (its entry made, or its analyte added to the entry's title)."""
        key = (r.range.scheme, r.range.source)
        entry = self.entries.get(key)
        if entry is None:
            view = self.views.get(r.analyte, {}).get(r.range.scheme)
            bands = list(view.bands) if view is not None and same_range(view, r) else []
            entry = self.entries[key] = SourceEntry(len(self.entries) + 1, short_name(r), r.range.scheme_name, r.range.source, bands,
                                                    r.range.text)
        elif short_name(r) not in entry.title.split(", "):
            entry.title += f", {short_name(r)}"
        return f'<a href="#src-{entry.number}" aria-label="source {entry.number}">[{entry.number}]</a>'

    def section(self) -> str:
        """The 'Sources of the ranges' section ('' when nothing was cited)."""
        if not self.entries:
            return ""
        items = [_entry_item(e) for e in self.entries.values()]
        return '<section aria-labelledby="sources-h"><h2 id="sources-h">Sources of the ranges</h2><ol class="sources">' + "".join(items) + "</ol></section>"


def _entry_item(e: SourceEntry) -> str:
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
    return f'<li id="src-{e.number}"><strong>{esc(e.title)}: {esc(e.scheme_name)}.</strong> {linkify(e.source)}{bands}</li>'


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

