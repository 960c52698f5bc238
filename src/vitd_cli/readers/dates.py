"""Day-first or month-first, decided once per date column (docs/dates.md).

12/04/2024 is 12 April to a European lab and December 4 to an American one; 13/04/2024 can only be day-first and
04/13/2024 only month-first. Reading each cell on its own (the old way) put 12/04/2024 20:00 in December and
13/04/2024 08:00 in April within one file. So the order is decided once for the column, from the first SAMPLE_ROWS
rows (at most SAMPLE_BYTES of text) that every engine reads first (readers.table.Table.prefetch):

1. --dayfirst / --monthfirst, when given;
2. else its values: one that can only be day-first (first number over 12) or only month-first (second over 12)
   decides; both kinds in one column is a conflict: none of its dates written that way is read (the results are
   kept, undated), and stderr says so;
3. else (every such date fits both orders) the header: a column named in a language that writes the day first
   (columns.toml [dates] dayfirst_headers: Datum, Fecha, Date de prélèvement) is read day-first, and stderr says it
   was assumed;
4. else vitd's default (dots day-first, slashes and dashes month-first), and stderr says it was assumed.

A date met later (past the sample) that only fits the other order is not read (the row's vitd_note says its date
was not read; stderr counts them once and names the option to give). ISO 8601, HL7 (20240412) and named months
(12-Apr-2024) need no order. Each sentence goes to stderr: it names the column (a header name), never a cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .columns import norm_header
from .values import BYSEP, CONFLICT, DAYFIRST, MONTHFIRST, day_month

SAMPLE_ROWS = 2_000  # rows read ahead to decide a column's date order
SAMPLE_BYTES = 1 << 20  # nor more than this much of their text
HOW = "give --dayfirst or --monthfirst to say which"
_EXAMPLE = {DAYFIRST: "13/04/2024", MONTHFIRST: "04/13/2024"}
_WORDS = {DAYFIRST: "day-first", MONTHFIRST: "month-first"}


def evidence(text: str) -> str | None:
    """DAYFIRST or MONTHFIRST when a date can only be read that way, None when it fits both (or is no such date)."""
    got = day_month(text)
    if got is None:
        return None
    a, b, _ = got
    if a > 12 and 1 <= b <= 12:
        return DAYFIRST
    if b > 12 and 1 <= a <= 12:
        return MONTHFIRST
    return None


def header_says_dayfirst(header: str, words: Iterable[str]) -> bool:
    """Is this date column's name in a language that writes the day first (a whole word or phrase of `words`)?"""
    padded = f" {norm_header(header)} "
    return any(f" {w} " in padded for w in words)


@dataclass
class DateOrder:
    """The order a date column is read in, how it was decided, and what was said about it."""

    order: str  # values.DAYFIRST | MONTHFIRST | BYSEP | CONFLICT: what parse_when is given
    source: str  # option | values | header | default | none (no date of the sample needs an order) | conflict
    column: str = ""
    notes: list[str] = field(default_factory=list)  # for stderr, said once at the start

    def contradicts(self, text: str) -> str | None:
        """The order a date that was not read fits only, when that is why it was not read (else None)."""
        if self.order == CONFLICT:
            return CONFLICT if day_month(text) is not None else None
        got = evidence(text)
        if got is None:
            return None
        if self.order in (DAYFIRST, MONTHFIRST) and got != self.order:
            return got
        if self.order == BYSEP:
            sep = day_month(text)[2]  # type: ignore[index]
            return got if got != (DAYFIRST if sep == "." else MONTHFIRST) else None
        return None

    def assumed_later(self) -> str:
        """The stderr note when a date that fits both orders first appears past the rows that decide (source 'none')."""
        return (f"column {self.column!r} has dates (such as 01/02/2024) that fit day-first and month-first, first met past the "
                f"rows that decide the order: read month-first (day-first with dots), as assumed; {HOW}")

    def later(self, n: int, fits: str) -> str:
        """The stderr note for n dates met past the sample that fit only the other order (not read)."""
        rows = f"{n:,} date{'s' if n != 1 else ''} in column {self.column!r}"
        if self.order == CONFLICT:
            return (f"{rows} written day and month first (such as 12/04/2024) {'were' if n != 1 else 'was'} not read: the column "
                    "holds dates that can only be day-first (such as 13/04/2024) and others that can only be month-first (such as "
                    "04/13/2024), so its order cannot be decided; those results are kept, grouped into panels without a date "
                    f"(vitd_note says which); {HOW}")
        why = {"option": f"as --{self.order} says", "values": "as its first rows decided", "header": "as its name suggested",
               "default": "as assumed", "none": "vitd's default for the separator"}.get(self.source, "")
        read = _WORDS.get(self.order, "month-first (day-first with dots)")
        how = f"drop --{self.order} if the file is not {read}" if self.source == "option" else HOW
        return (f"{rows} can only be {_WORDS[fits]} (such as {_EXAMPLE[fits]}) but the column is read {read} ({why}): "
                f"{'they were' if n != 1 else 'it was'} not read, and those results are grouped into panels without a date "
                f"(vitd_note says which); {how}")


def decide(values: Iterable[str], header: str, forced: str | None = None, dayfirst_headers: Iterable[str] = ()) -> DateOrder:
    """The order of a date column from the option, the values of its first rows, or its header (see the module)."""
    if forced in (DAYFIRST, MONTHFIRST):
        return DateOrder(forced, "option", header)
    day = month = both = 0
    dots = slashes = 0
    for text in values:
        got = day_month(text)
        if got is None:
            continue
        a, b, sep = got
        if a > 12 and 1 <= b <= 12:
            day += 1
        elif b > 12 and 1 <= a <= 12:
            month += 1
        elif 1 <= a <= 12 and 1 <= b <= 12:
            both += 1
            if sep == ".":
                dots += 1
            else:
                slashes += 1
    if day and month:  # said with the count of the dates not read (DateOrder.later)
        return DateOrder(CONFLICT, "conflict", header)
    if day:
        return DateOrder(DAYFIRST, "values", header)
    if month:
        return DateOrder(MONTHFIRST, "values", header)
    if not both:
        return DateOrder(BYSEP, "none", header)
    shown = f"{both:,} date{'s' if both != 1 else ''} of column {header!r} (such as 01/02/2024) fit{'s' if both == 1 else ''}"
    if header_says_dayfirst(header, dayfirst_headers) and slashes:
        return DateOrder(DAYFIRST, "header", header, [
            f"{shown} day-first and month-first and none decides: read day-first, as the column's name suggests; "
            "give --monthfirst if they are month-first"])
    if dots and not slashes:  # 12.04.2024: dots are written day first (the German, Nordic and Slavic way)
        return DateOrder(DAYFIRST, "default", header)
    order = MONTHFIRST
    return DateOrder(order, "default", header, [
        f"{shown} day-first and month-first and none decides: read {_WORDS[order]} (vitd's default for "
        f"{'dots' if order == DAYFIRST else 'slashes and dashes'}), as assumed; {HOW}"])
