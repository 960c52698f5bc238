"""The row accounting of a lab export: every row counted by status and reason (Counts), which reasons are kinds of
skipped rows (SKIP_KINDS), what --strict says of skipped rows, and which kind of other test a reason names (OTHER_KINDS,
read by the SQL of `vitd sql` too). Below the engines and the renderers: batch/ and engines/ count, render/summary.py
and render/batch_rich.py print the counts; it imports the types only."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .errors import VitdError
from .models import RowCounts, SkippedRow
from .outcomes import INTERPRETED, OTHER, Item, Outcome

SKIPPED_KEPT = 1_000  # skipped rows listed in JSON (all are counted)


@dataclass
class Counts:
    total: int = 0
    interpreted: int = 0
    other_test: int = 0
    skipped: int = 0
    results: int = 0
    lab_disagreements: int = 0
    reasons: Counter = field(default_factory=Counter)
    skipped_rows: list[SkippedRow] = field(default_factory=list)
    first_skipped: str = ""  # 'row 12: implausible value', for --strict (no cell quoted: it goes to stderr)
    per_analyte: dict[str, Counter] = field(default_factory=dict)  # analyte -> category -> n (summary)
    stats: dict[str, list[float]] = field(default_factory=dict)  # analyte -> [n, sum, min, max] in SI

    def add(self, o: Outcome) -> None:
        self.total += 1
        status = o.status
        if status == INTERPRETED:
            self.interpreted += 1
            self.results += len(o.items or ())
        elif status == OTHER:
            self.other_test += 1
            if o.kind:
                self.reasons[o.kind] += 1
        else:
            self.skipped += 1
            self.reasons[o.kind or "skipped"] += 1
            if not self.first_skipped:
                self.first_skipped = skipped_where(o.row, o)
            if len(self.skipped_rows) < SKIPPED_KEPT:
                self.skipped_rows.append(SkippedRow(row=o.row, line=o.line, reason=o.reason or o.kind or "skipped"))

    def add_group(self, status: str, kind: str | None, n: int) -> None:
        """n rows of one status and reason at once (the SQL engines count by GROUP BY)."""
        self.total += n
        if status == INTERPRETED:
            self.interpreted += n
            self.results += n
        elif status == OTHER:
            self.other_test += n
            if kind:
                self.reasons[kind] += n
        else:
            self.skipped += n
            self.reasons[kind or "skipped"] += n

    def tally(self, o: Outcome) -> None:
        """Per-analyte category counts and value statistics (--summary)."""
        if o.items:
            self.tally_items(o.items, 1)

    def tally_items(self, items: list[Item], n: int) -> None:
        """The same, for n rows that hold these results."""
        for it in items:
            c = self.per_analyte.get(it.analyte)
            if c is None:
                c = self.per_analyte[it.analyte] = Counter()
                self.stats[it.analyte] = [0, 0.0, math.inf, -math.inf]
            c[(it.band.category, it.band.flag)] += n
            st = self.stats[it.analyte]
            st[0] += n
            st[1] += it.si * n
            st[2] = min(st[2], it.si)
            st[3] = max(st[3], it.si)

    def model(self) -> RowCounts:
        return RowCounts(total=self.total, interpreted=self.interpreted, other_test=self.other_test, skipped=self.skipped,
                         results=self.results, reasons=dict(self.reasons.most_common()), skipped_rows=list(self.skipped_rows),
                         lab_disagreements=self.lab_disagreements)

    def line(self, see: str = "") -> str:
        """'1,204 rows: 1,180 interpreted, 20 other tests, 4 skipped (3 text result, 1 empty value; see ...)'."""
        not_ours = [(k, n) for k, n in self.reasons.most_common() if k not in SKIP_KINDS]
        skipped_kinds = [(k, n) for k, n in self.reasons.most_common() if k in SKIP_KINDS]
        interpreted = f"{self.interpreted:,} interpreted" + (f" ({self.results:,} results)" if self.results != self.interpreted else "")
        other = f"{self.other_test:,} other test{'s' if self.other_test != 1 else ''}"
        if not_ours:  # the other tests that looked like ours: part of the count, said inside it
            other += " (of which " + ", ".join(f"{n:,} {k}" for k, n in not_ours) + ")"
        skipped = f"{self.skipped:,} skipped"
        if skipped_kinds:
            skipped += " (" + ", ".join(f"{n:,} {k}" for k, n in skipped_kinds) + (f"; {see}" if see else "") + ")"
        text = f"{self.total:,} row{'s' if self.total != 1 else ''}: " + ", ".join([interpreted, other, skipped])
        if self.lab_disagreements:
            text += f"; {self.lab_disagreements:,} judged differently by the lab's own flag or range"
        return text


SKIP_KINDS = {"empty row", "empty value", "text result", "not a number", "negative value", "implausible value", "unknown unit",
               "wrong unit", "no unit", "unit conflict", "no values", "unreadable value", "value too long"}


def skipped_where(row: int, o: Outcome, kind: str | None = None) -> str:
    """'row 12: implausible value for calcium': where a skipped row is and what kind of problem (`kind`, else the
    outcome's), quoting no cell."""
    return f"row {row:,}: {kind or o.kind or 'skipped'}" + (f" for {o.analyte}" if o.analyte else "")


def strict_error(counts: Counts, first: str = "") -> VitdError:
    """--strict with skipped rows: the count and where the first one is and what kind of problem (no cell quoted)."""
    return VitdError("rows-skipped", f"{counts.skipped:,} row(s) skipped and --strict was given (first: {first or counts.first_skipped})",
                     "--format csv says why in vitd_note; fix or remove those rows, or drop --strict")


# what a reason for not reading a test says it is: the first kind one of whose words the reason holds (lower case);
# else "other analyte" (the SQL of `vitd sql` reads reasons by the same table: engines/sql_identify.py)
OTHER_KINDS = (("non-serum specimen", ("not serum", "urine", "red-blood-cell", "fluid")),
               ("other vitamin D form", ("vitamin d", "calcitriol", "dihydroxy")))


def _other_kind(reason: str) -> str:
    r = reason.lower()
    return next((kind for kind, words in OTHER_KINDS if any(w in r for w in words)), "other analyte")
