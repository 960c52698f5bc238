"""Text that reaches a terminal: control characters shown, never obeyed; stderr notes without input text.

Imports nothing from the package (errors.py, the readers and the renderers all use it).

- visible(text): every control character (C0 with newline and tab, DEL, C1 with U+009B CSI, the line/paragraph
  separators U+2028/U+2029 and the bidi controls U+202A-U+202E, U+2066-U+2069) written as a Python escape, e.g.
  ESC as the four characters \\x1b and U+202E as \\u202e: an escape sequence from a file cannot recolour, retitle or
  rewrite a terminal, nor hide text, nor open a link.
- one_line(text): whitespace runs (newlines too) folded into one space, then visible(): one line of stderr.
- Note: a message with two wordings, the full one (for the output the user asked for: csv vitd_note, JSON, the
  report) and `public`, which quotes nothing from the input (no value, free text, date, name or identifier) and is
  the one written to stderr; and its `level`: WARNING (the default: stderr always shows it, because the output may
  be read wrongly without it) or DETAIL (shown with -v only; by default one line counts the details held back).
  detail(text) makes any note a detail; is_detail(note) asks.
- say(err, text) and write_notes(err, notes, summary, verbose): the only writers of vitd's stderr notes and count
  lines.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Iterable
from typing import Literal, TextIO, cast

_OTHER = "\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"  # DEL, C1, line separators, bidi controls
_CONTROL = re.compile(f"[\x00-\x1f{_OTHER}]")


def _escape(m: re.Match[str]) -> str:
    c = ord(m.group())
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def visible(text: str) -> str:
    """`text` with its control characters written as escapes: ESC as \\x1b, a newline as \\x0a, U+202E as \\u202e."""
    return _CONTROL.sub(_escape, text) if _CONTROL.search(text) else text


def one_line(text: str) -> str:
    """One line for stderr: whitespace (newlines, tabs, CR) folded into single spaces, other controls made visible."""
    return visible(" ".join(text.split()))


Level = Literal["warning", "detail"]
WARNING: Level = "warning"  # stderr shows it by default: without it the output may be read wrongly
DETAIL: Level = "detail"  # stderr shows it with -v; by default it is only counted (the output says it where it matters)


class Note(str):
    """A note or reason that quotes the input: str(self) is the full wording, `public` the one for stderr; `level`
    says whether stderr shows it by default (WARNING) or with -v only (DETAIL). A plain str note is a WARNING."""

    public: str
    level: Level = WARNING

    def __new__(cls, text: str, public: str, level: Level = WARNING) -> Note:
        self = super().__new__(cls, text)
        self.public = public
        if level != WARNING:
            self.level = level
        return self

    def __reduce__(self) -> tuple[type[Note], tuple[str, str, Level]]:  # copies and pickles keep both wordings and the level
        return Note, (str(self), self.public, self.level)


class PlacedNote(Note):
    """A Note about one place of the input ('observation 3'): its public wording is 'PLACE: KIND', and stderr counts the
    notes of one kind in one line (NoteTally) instead of writing one line per place."""

    place: str
    kind: str

    def __new__(cls, text: str, place: str, kind: str, public: str | None = None, level: Level = WARNING) -> PlacedNote:
        self = cast(PlacedNote, super().__new__(cls, text, public if public is not None else f"{place}: {kind}", level))
        self.place = place
        self.kind = kind
        return self

    def __reduce__(self) -> tuple[type[PlacedNote], tuple[str, str, str, str, Level]]:  # type: ignore[override]
        return PlacedNote, (str(self), self.place, self.kind, self.public, self.level)


def detail(text: str) -> Note:
    """`text` (vitd's own words or a Note, whose wordings and place it keeps) as a DETAIL: stderr shows it with -v."""
    if isinstance(text, Note):
        if text.level == DETAIL:
            return text
        new = copy.copy(text)
        new.level = DETAIL
        return new
    return Note(text, text, DETAIL)


def level(note: str) -> Level:
    """A note's level: its own when it is a Note, else WARNING (vitd's own words, said by default)."""
    return note.level if isinstance(note, Note) else WARNING


def is_detail(note: str) -> bool:
    return level(note) == DETAIL


class NoteTally:
    """The notes of a run as stderr shows them: each other note once, and the PlacedNotes of one kind in one line with
    their count and the first EXAMPLES places (a note of a kind seen once keeps its own wording). Each line keeps the
    level of its first note. Bounded: at most KINDS lines are remembered, further new ones are only counted."""

    EXAMPLES = 3
    KINDS = 1_000

    def __init__(self, noun: str = "observations") -> None:
        self.noun = noun
        self.lines_: dict[str, list] = {}  # stderr text or kind -> [count, first public wording, places, level]
        self.dropped: dict[Level, int] = {}

    def add(self, note: str, first: bool = False) -> None:
        """Count a note (`first`: a new one is shown before the others)."""
        placed = isinstance(note, PlacedNote)
        key = one_line(public(note.kind if placed else note))  # type: ignore[attr-defined]
        entry = self.lines_.get(key)
        if entry is None:
            if len(self.lines_) >= self.KINDS:
                self.dropped[level(note)] = self.dropped.get(level(note), 0) + 1
                return
            self.lines_[key] = [1, public(note), [note.place] if placed else None, level(note)]  # type: ignore[attr-defined]
            if first:
                self.lines_ = {key: self.lines_.pop(key), **self.lines_}
            return
        entry[0] += 1
        if placed and entry[2] is not None and len(entry[2]) < self.EXAMPLES:
            entry[2].append(note.place)  # type: ignore[attr-defined]

    def extend(self, notes: Iterable[str]) -> None:
        for n in notes:
            self.add(n)

    def lines(self, see: str = "") -> list[str]:
        """The stderr lines, each a Note of its notes' level (public wording only)."""
        out: list[str] = []
        for key, (n, first, places, lvl) in self.lines_.items():
            if places is None or n == 1:
                text = first
            else:
                more = "; …" if n > len(places) else ""
                text = f"{n:,} {self.noun}: {key} (e.g. {'; '.join(places)}{more}" + (f"; {see})" if see else ")")
            out.append(Note(text, text, lvl))
        dropped = sum(self.dropped.values())
        if dropped:
            text = f"{dropped:,} more notes of other kinds" + (f" ({see})" if see else "")
            out.append(Note(text, text, WARNING if self.dropped.get(WARNING) else DETAIL))
        return out


def public(text: str) -> str:
    """The stderr wording of a note: its `public` form when it is a Note, else the text (vitd's own words)."""
    return text.public if isinstance(text, Note) else text


def say(err: TextIO, text: str) -> None:
    """One line `vitd: TEXT` on stderr, in its public wording and escaped."""
    err.write(f"vitd: {one_line(public(text))}\n")


def write_notes(err: TextIO, notes: Iterable[str], summary: str | None = None, verbose: int = 0) -> None:
    """The notes of a run (each public wording once) and then its count line, on stderr. Without `verbose` the DETAIL
    notes are held back and counted in one line before the count line ('3 more notes (-v shows them)'); the count
    line is always the last."""
    seen: set[str] = set()
    held: set[str] = set()
    for n in notes:
        text = one_line(public(n))
        if text in seen:
            continue
        if not verbose and is_detail(n):
            held.add(text)
            continue
        seen.add(text)
        err.write(f"vitd: note: {text}\n")
    held -= seen
    if held:
        k = len(held)
        say(err, f"{k:,} more note{'s' if k != 1 else ''} (-v shows {'them' if k != 1 else 'it'})")
    if summary is not None:
        say(err, summary)


def visible_all(obj: object) -> object:
    """A copy of a report (dataclasses, lists, tuples, dicts) with every string passed through visible(): what the
    Rich renderers lay out. Their own line breaks are added around these strings, so a newline inside one (an HL7
    control id, a CSV cell) is input text and is shown as \\x0a, not obeyed."""
    if isinstance(obj, str):
        return visible(obj)
    if isinstance(obj, list):
        return [visible_all(x) for x in obj]
    if isinstance(obj, tuple):
        return tuple(visible_all(x) for x in obj)
    if isinstance(obj, dict):
        return {visible_all(k): visible_all(v) for k, v in obj.items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        new = copy.copy(obj)
        for f in dataclasses.fields(obj):
            object.__setattr__(new, f.name, visible_all(getattr(obj, f.name)))  # (frozen dataclasses too)
        return new
    return obj
