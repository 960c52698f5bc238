"""The delimiter of a lab export: comma, semicolon, tab or pipe, given by name (--delimiter) or sniffed from the first
lines."""

from __future__ import annotations

import csv
import io

from ..errors import VitdError

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|", "|": "|", ",": ",", ";": ";", "\t": "\t"}


def delimiter_from_option(text: str | None) -> str | None:
    if text is None:
        return None
    d = DELIMITER_NAMES.get(text) or DELIMITER_NAMES.get(text.lower())
    if d is None:
        raise VitdError("option-invalid", f"--delimiter {text!r} is not a delimiter", "use comma, semicolon, tab or pipe (or the character itself)")
    return d


def sniff_delimiter(sample: str, hint: str | None) -> str:
    """The delimiter that splits the header into the most columns and the following rows into as many."""
    best, best_score = hint or ",", (-1.0, 0.0)
    complete = sample if sample.endswith("\n") else sample[: sample.rfind("\n") + 1] or sample
    for d in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(complete), delimiter=d) if r]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        if width < 2:
            continue
        same = sum(1 for r in rows[1:] if len(r) == width) / max(1, len(rows) - 1) if len(rows) > 1 else 1.0
        score = (same, width + (0.5 if d == hint else 0))
        if score > best_score:
            best, best_score = d, score
    return best
