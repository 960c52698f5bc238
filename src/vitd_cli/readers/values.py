"""Text as lab exports write it: flag marks beside values ('8.1 L', '8.1*', '(H) 11.2'), a value's comparator, number
and unit text ('<= 5,5 ng/mL': split_value, parse_number), a lab's reference-range text ('8.6-10.2 mg/dL', '<30'), and
collection dates ('2115-05-13 15:02:00', '01.03.2024'). Text only: which unit and analyte a value is, is normalise's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ..errors import VitdError, value_error

_PAREN_LEAD = re.compile(r"^\(\s*([^()\s]{1,10})\s*\)\s*(.+)$")
_WORD_LEAD = re.compile(r"^(\S{1,10})\s+(.+)$")
_PAREN_TAIL = re.compile(r"^(.+)\(\s*([^()\s]{1,10})\s*\)$")
_WORD_TAIL = re.compile(r"^(.*\S)\s+(\S{1,10})$")
_GLUED_TAIL = re.compile(r"^(.*\d)\s*+([*!]+|[HhLl]{1,2})$")
# (Greedy heads: a lazy head before \s* rescanned every run of spaces for each character it grew by, quadratic.)
NUMBER = re.compile(r"[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][+-]?[0-9]+)?")  # a plain number, whole text (fullmatch)
NUMERIC_WORDS = ("less", "greater", "more", "under", "below", "above", "over", "lt", "gt")  # a value may start with these
_STARTS_NUMERIC = re.compile(r"^\s*(?:[<>≤≥=]|[+-]?[\d.,]|" + "|".join(w + r"\b" for w in NUMERIC_WORDS) + ")", re.IGNORECASE)


def strip_marks(text: str, flags: dict[str, str]) -> tuple[str, str | None]:
    """'8.1 L' -> ('8.1', 'L'); '(H) 11.2' -> ('11.2', 'H'); '8.1*' -> ('8.1', '*'); other text unchanged.
    Only marks listed in columns.toml [flags] are taken, and only from text that is a number once they are gone."""
    s = text.strip()
    mark = None
    for pattern in (_PAREN_LEAD, _WORD_LEAD):
        m = pattern.match(s)
        if m and m.group(1).lower() in flags and _STARTS_NUMERIC.match(m.group(2)):
            mark, s = m.group(1), m.group(2).strip()
            break
    if mark is None:
        for pattern in (_PAREN_TAIL, _WORD_TAIL, _GLUED_TAIL):
            m = pattern.match(s)
            if m and m.group(2).lower() in flags and _STARTS_NUMERIC.match(m.group(1)):
                mark, s = m.group(2), m.group(1).strip()
                break
    return s, mark


_COMPARATORS = {"<": "<", "<=": "<=", "≤": "<=", "=<": "<=", ">": ">", ">=": ">=", "≥": ">=", "=>": ">="}
_WORD_COMPARATORS = {"less than": "<", "lt": "<", "under": "<", "below": "<", "greater than": ">", "gt": ">", "more than": ">", "above": ">", "over": ">"}
COMPARATOR_RE = "<=|>=|=<|=>|≤|≥|<|>|less than|greater than|more than|under|below|above|over|lt|gt"  # longest first
_VALUE_RE = re.compile(
    r"^\s*(?P<cmp>" + COMPARATOR_RE + r")?\s*"
    r"(?P<num>[+-]?(?:\d[\d,.\u00a0\u202f' ]*\d\.?|\d\.?|[.,]\d+)(?:[eE][+-]?\d+)?)\s*+(?P<unit>.*)$",
    re.IGNORECASE,
)  # matched against stripped text; the unit is the rest of the line (a lazy unit before \s*$ backtracked: quadratic)
MAX_VALUE_CHARS = 256  # a value text longer than this is not a lab value (and is not given to the regular expressions)
_NOT_A_NUMBER = re.compile(r"^\s*[+-]?(nan|inf|infinity)\b", re.IGNORECASE)


def parse_number(text: str) -> tuple[float, float | None]:
    """A number as labs write it: 18, 18.5, 18,5 (decimal comma), 1,234.5, 1.234,5, 93704.0.

    Returns the reading and, for '1,234'-like text that could be either, the other reading.
    """
    s = text.strip()
    sign = -1.0 if s.startswith("-") else 1.0
    s = s.lstrip("+-")
    for sep in _GROUP_SEPARATORS:  # '1 234,5', "1'234.5": the integer part grouped in threes
        if sep in s:
            cut = min((i for i in (s.find(","), s.find(".")) if i >= 0), default=len(s))
            s = _ungroup(s[:cut], sep) + s[cut:]
    alt: float | None = None
    if "," in s and "." in s:
        thousands = "," if s.rfind(",") < s.rfind(".") else "."
        head, _, tail = s.rpartition("." if thousands == "," else ",")
        s = _ungroup(head, thousands) + "." + tail
    elif s.count(",") > 1:
        s = _ungroup(s, ",")
    elif "," in s:
        head, tail = s.split(",")
        if len(tail) == 3 and head and head != "0" and len(head) <= 3:
            alt = sign * float(head + tail)  # 1,234 might be a thousands separator
        s = s.replace(",", ".")
    elif s.count(".") > 1:
        s = _ungroup(s, ".")
    return sign * float(s), alt


_GROUP_SEPARATORS = ("\u00a0", "\u202f", "'", " ")


def _ungroup(digits: str, sep: str) -> str:
    """'1,234,567' -> '1234567'. Groups after the first must have three digits: '5 5', '1.2.3' and '12..5' are not numbers."""
    head, *groups = digits.split(sep)
    if not (head.isdigit() and len(head) <= 3 and all(len(g) == 3 and g.isdigit() for g in groups)):
        raise ValueError(f"{digits!r} is not a number grouped in thousands")
    return head + "".join(groups)


def too_long(text: str) -> VitdError | None:
    """The error for a value text longer than MAX_VALUE_CHARS (once stripped), else None. It does not quote the text."""
    if len(text) <= MAX_VALUE_CHARS or len(text.strip()) <= MAX_VALUE_CHARS:
        return None
    return VitdError("value-too-long", f"the value is {len(text.strip()):,} characters long, more than a lab value can be ({MAX_VALUE_CHARS})",
                     "give the measured value alone, e.g. '18 ng/mL'")


def split_value(text: str) -> tuple[str | None, float, float | None, str]:
    """'<= 5,5 ng/mL' -> ('<=', 5.5, None, 'ng/mL'). Raises VitdError on anything that is not a number."""
    error = too_long(text)
    if error is not None:
        raise error
    if _NOT_A_NUMBER.match(text):
        raise value_error("value-nan", text=text.strip())
    m = _VALUE_RE.match(text.strip())
    if not m:
        raise value_error("value-unparseable", text=text.strip())
    cmp_text = (m.group("cmp") or "").lower()
    comparator = _COMPARATORS.get(cmp_text) or _WORD_COMPARATORS.get(cmp_text)
    try:
        value, alt = parse_number(m.group("num"))
    except ValueError:
        raise value_error("value-unparseable", "value-unparseable-number", text=text.strip()) from None
    return comparator, value, alt, m.group("unit")


@dataclass(frozen=True)
class RangeText:
    """A lab's reference range as printed: bounds as text (read with the value's number rules) and a unit, if any."""

    low: str | None
    high: str | None
    unit: str
    text: str


_RANGE = re.compile(r"^\s*(?P<lo>\d[\d.,]*)\s*(?:-|–|—|to|bis|à|a)\s*(?P<hi>\d[\d.,]*)\s*+(?P<unit>.*)$", re.IGNORECASE)
_BOUND = re.compile(r"^\s*(?P<cmp><=|>=|=<|=>|<|>|≤|≥|less than|greater than|more than|up to|under|below|above|over)\s*(?P<x>\d[\d.,]*)\s*+(?P<unit>.*)$",
                    re.IGNORECASE)
MAX_RANGE_CHARS = 256  # a longer text is not a reference range
_UPPER = {"<", "<=", "=<", "≤", "less than", "up to", "under", "below"}


def split_range(text: str) -> RangeText | None:
    """'8.6-10.2 mg/dL' -> RangeText('8.6', '10.2', 'mg/dL'); '<30' -> (None, '30'); '>=30 ng/mL' -> ('30', None). None: not a range."""
    s = text.strip().strip("[]()").strip()
    if not s or len(s) > MAX_RANGE_CHARS:
        return None
    m = _RANGE.match(s)
    if m:
        return RangeText(m.group("lo"), m.group("hi"), m.group("unit").rstrip(), text.strip())
    m = _BOUND.match(s)
    if m:
        upper = m.group("cmp").lower() in _UPPER
        return RangeText(None if upper else m.group("x"), m.group("x") if upper else None, m.group("unit").rstrip(), text.strip())
    return None


_DMY = re.compile(r"^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?\s*$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(?:[+-]\d{4})?$")
_NAMED = ("%d-%b-%Y", "%d %b %Y", "%b %d, %Y", "%d-%b-%Y %H:%M", "%d-%b-%Y %H:%M:%S", "%d %b %Y %H:%M", "%d-%b-%y", "%b %d %Y")


# The order of a date written with two short numbers first (12/04/2024, 12.04.2024, 12-04-24): how parse_when reads it.
DAYFIRST, MONTHFIRST = "dayfirst", "monthfirst"
BYSEP = "bysep"  # dots day-first, slashes and dashes month-first; a date that only fits the other order is not read
GUESS = "guess"  # the same, but a first number over 12 makes it day-first (cell by cell: for a lone date, not a column)
CONFLICT = "conflict"  # the column holds both orders: no such date is read
DATE_ORDERS = (DAYFIRST, MONTHFIRST, BYSEP, GUESS, CONFLICT)


def parse_when(text: str, order: str = GUESS) -> datetime | None:
    """A collection date or time as labs write it, as a naive datetime (UTC when a zone is given). None when unreadable.
    ISO 8601 first; then day.month.year or month/day/year in the given order (readers/dates.py decides it once per
    column; GUESS: dots are day-first, slashes month-first unless the first number cannot be a month), HL7
    20240301083000, and 01-Mar-2024."""
    s = text.strip()
    if not s:
        return None
    d: datetime | None
    try:
        d = datetime.fromisoformat(s)
    except ValueError:
        d = _other_date(s, order)
    if d is not None and d.tzinfo is not None:
        try:
            d = d.astimezone(UTC).replace(tzinfo=None)
        except OverflowError:  # 9999-12-31T23:00-05:00 is past the last datetime in UTC: not a collection time
            return None
    return d


def day_month(text: str) -> tuple[int, int, str] | None:
    """(first number, second number, separator) of a date written day and month first in some order (12/04/2024,
    4.12.24 08:00), or None (ISO, HL7, named months, not a date)."""
    m = _DMY.match(text.strip())
    if not m or len(m.group(1)) == 4:
        return None
    return int(m.group(1)), int(m.group(3)), m.group(2)


def _other_date(s: str, order: str = GUESS) -> datetime | None:
    m = _COMPACT.match(s)
    if m:
        return _make(*(int(g) if g else 0 for g in m.groups()))
    m = _DMY.match(s)
    if m:
        a, sep, b, c, h, mi, sec, ampm = m.groups()
        a_i, b_i, c_i = int(a), int(b), int(c)
        if len(a) == 4:
            y, mo, d = a_i, b_i, c_i
        elif order == CONFLICT:
            return None
        elif order == DAYFIRST or (order in (GUESS, BYSEP) and sep == ".") or (order == GUESS and a_i > 12):
            d, mo, y = a_i, b_i, c_i
        else:
            mo, d, y = a_i, b_i, c_i
        if y < 100:
            y += 2000 if y < 70 else 1900
        hour = int(h) if h else 0
        if ampm:
            hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
        return _make(y, mo, d, hour, int(mi) if mi else 0, int(sec) if sec else 0)
    for fmt in _NAMED:
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            continue
    return None


def _make(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> datetime | None:
    try:
        return datetime(y, mo, d, h, mi, s)
    except ValueError:
        return None


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?)?\s*$", re.IGNORECASE)


def parse_window(text: str) -> timedelta:
    """'24h', '30min', '1d', '0' -> a timedelta (a number alone is hours)."""
    m = _DURATION.match(text or "")
    if not m:
        from ..errors import VitdError

        raise VitdError("option-invalid", f"--panel-window {text!r} is not a duration", "e.g. 24h, 6h, 30min, 1d or 0 (same collection time only)")
    n = float(m.group(1))
    unit = (m.group(2) or "h").lower()
    seconds = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}["m" if unit.startswith("min") else unit[0]]
    try:
        return timedelta(seconds=n * seconds)
    except OverflowError:
        from ..errors import VitdError

        raise VitdError("option-invalid", f"--panel-window {text!r} is longer than a datetime can span",
                        f"give at most {timedelta.max.days:,} days, e.g. 24h, 7d or 0 (same collection time only)") from None
