"""Interpret a lab export row by row: each row becomes an Outcome (interpreted, other_test or skipped, with a reason),
the results of one subject and one collection window form panels (so cross-analyte findings work on files), and
every row is counted.

Speed: the per-row path uses normalise + classify (plain dataclasses) directly, with the test identification cached
per (name, code, item, specimen) and every distinct (analyte, value text, unit) read once. Full Results and Panels
(interpret.interpret_measurements) are built only where they are needed: for JSON and Rich output, and for panels
whose analytes can raise a cross-analyte finding (calcium with albumin, PTH with vitamin D, magnesium with calcium,
two calcium measures).
"""

from __future__ import annotations

import math
import os
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from operator import itemgetter

from .analytes import identify
from .classify import classify, normal_range
from .errors import PROBLEM_KINDS, VitdError
from .explain import findings
from .interpret import Settings, derived_results, interpret_measurements
from .models import (
    Band,
    FileResult,
    InputInfo,
    Panel,
    Quantity,
    RangeInfo,
    Result,
    RowCounts,
    Series,
    SeriesPoint,
    SkippedRow,
)
from .normalise import Measurement, normalise, parse_number, too_long
from .readers.columns import ColumnRules, LongLayout, WideLayout
from .readers.dates import DateOrder
from .readers.dictionary import Dictionary
from .readers.long import LongFields
from .readers.values import GUESS, day_month, parse_when, split_range, strip_marks
from .readers.wide import WideFields
from .textsafe import DETAIL, Note, detail
from .units import convert, parse_unit

INTERPRETED, OTHER, SKIPPED = "interpreted", "other_test", "skipped"
CACHE_LIMIT = 50_000  # entries of a light cache (test identifications, lab ranges); it starts afresh beyond it
VALUE_CACHE_LIMIT = 32_768  # distinct (analyte, value, unit) readings and panel verdicts remembered (each holds objects)
DATE_CACHE_LIMIT = 4_096  # distinct date texts remembered: dates are mostly unique, and a subject's rows repeat theirs
SUBJECTS_TRACKED = 1 << 18  # subjects remembered (as 64-bit hashes, in a fixed 4 MB table) to notice a regrouped input
QUALIFIER_PUNCT = " ,;:-"  # stripped from the head of a qualified test name ('Calcium, Urine')
BUFFER_LIMIT = 50_000  # rows of one subject held for its panels before they are written anyway
BUFFER_BYTES = 16 << 20  # nor more than this much text of the rows held (a row with a 4 KB comment is 4 KB)
REPORT_RESULTS = 20_000  # results in one whole-file report (json, html, rich, fhir): a peak of ~500 MB at most
SKIPPED_KEPT = 1_000  # skipped rows listed in JSON (all are counted)
TREND_STABLE = 0.05  # a series that moved less than 5% from first to last is "stable" (a display rule, not a clinical one)


@dataclass(slots=True)
class Item:
    """One interpreted value."""

    analyte: str
    m: Measurement
    band: Band
    compared_in: str
    si: float
    column: str | None = None  # wide layout: the header it came from
    lab_flag: str | None = None  # the lab's flag as printed
    lab_range: str | None = None  # the lab's reference range as printed
    notes: list[str] | None = None  # about this row only (lab disagreement, below detection, ...)
    findings: list[str] | None = None  # the panel's findings that involve this result
    panel_notes: list[str] | None = None  # notes the panel adds (e.g. ionized calcium decides, not total)
    panel: int | None = None
    corrected: Result | None = None  # albumin-corrected calcium derived from this calcium and its panel's albumin
    result: Result | None = None  # the full Result (JSON / Rich only)
    key: tuple | None = None  # the value-cache key it was read with (writers memoise their cells by it)


@dataclass(slots=True)
class Outcome:
    """What became of one input row."""

    row: int  # 1 = the first row after the header
    status: str  # interpreted | other_test | skipped
    raw: str  # the record as read, line ending included
    cells: list[str] | None
    reason: str | None = None  # why it was not interpreted or was skipped (a sentence)
    kind: str | None = None  # the reason's short name, for counting
    items: list[Item] | None = None
    subject: str | None = None
    date: str | None = None
    when: datetime | None = None
    notes: list[str] | None = None  # about the whole row
    line: int | None = None  # physical line (skipped rows only)
    reshaped: bool = False  # cells were padded to the header's width: writers re-serialise them
    analyte: str | None = None  # skipped rows of an identified test: which (for stderr, which quotes no cell)


@dataclass(frozen=True, slots=True)
class _Ident:
    analyte: str | None
    reason: str | None = None
    kind: str | None = None
    specimen: str | None = None  # specimen label for the Measurement (e.g. "blood")
    code: str = ""
    code_kind: str | None = None  # mass | molar, from analytes.toml loinc_kind
    label: str = ""


@dataclass(frozen=True, slots=True)
class _LabRange:
    low: float | None  # SI
    high: float | None
    text: str


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
_ERROR_KINDS = PROBLEM_KINDS


def skipped_where(row: int, o: Outcome) -> str:
    """'row 12: implausible value for calcium': where a skipped row is and what kind of problem, quoting no cell."""
    return f"row {row:,}: {o.kind or 'skipped'}" + (f" for {o.analyte}" if o.analyte else "")


def strict_error(counts: Counts, first: str = "") -> VitdError:
    """--strict with skipped rows: the count and where the first one is and what kind of problem (no cell quoted)."""
    return VitdError("rows-skipped", f"{counts.skipped:,} row(s) skipped and --strict was given (first: {first or counts.first_skipped})",
                     "--format csv says why in vitd_note; fix or remove those rows, or drop --strict")


class Engine:
    """Rows in, Outcomes out, for one file and one set of settings."""

    def __init__(self, s: Settings, rules: ColumnRules, layout: LongLayout | WideLayout, dictionary: Dictionary | None = None,
                 window: timedelta = timedelta(hours=24), full: bool = False) -> None:
        self.s = s
        self.ref = s.ref
        self.rules = rules
        self.layout = layout
        self.dictionary = dictionary
        self.window = window
        self.full = full  # build Results and Panels for every panel (JSON, Rich)
        self.width = len(layout.header)
        self.schemes = {a: self.ref.scheme(a, s.schemes[a]) for a in self.ref.analytes}
        self.tests_map = s.tests_map
        self.ranges: dict[str, RangeInfo] = {}
        self.warnings: list[str] = []  # the run's notes: stderr says WARNINGs by default, DETAILs with -v (textsafe.Note.level)
        self._said: set[str] = set()
        self._unrecognised = 0  # distinct test names that came close (an analyte's word and an unknown word)
        self._more_names_at = 0
        self._more_ranges: dict[str, tuple[int, int]] = {}  # analyte -> (other differing lab ranges, index of their note)
        self._ident: dict[object, _Ident] = {}
        self._values: dict[tuple[str, str, str, str], tuple | VitdError] = {}
        self._dates: dict[str, datetime | None] = {}
        self._last_date: tuple[str, datetime | None] = ("", None)
        self.date_order: DateOrder | None = None  # decided once per date column (readers/dates.py); None: cell by cell
        self._order = GUESS
        self._unread_dates: dict[str, str] = {}  # date text -> the order it only fits ('' when that is not why it was not read)
        self._late_dates = 0  # dates not read because they fit only the other order than the column's
        self._late_at = -1  # the index of their note in warnings
        self._lab_ranges: dict[tuple[str, str, str], _LabRange | None] = {}
        self._code_units: set[tuple[str, str]] = set()
        self._panels: dict[tuple, dict] = {}  # (corrected calcium's band, panel shape) -> verdict
        self._shapes: dict[frozenset, object] = {}  # panel shape: the set of (analyte, id(band)) -> _OWN, _CORRECTED or verdict
        self._rows: dict[tuple, tuple] = {}  # interpreted long rows by (test, value, unit, range, flag cells)
        self._disagreed = 0
        self._correcteds: dict[tuple, tuple[Result | None, tuple]] = {}
        self.panel_count = 0
        self.lab_disagreements = 0
        self._reshaped = False
        self.abnormal = False  # some result is outside its normal band (--check)
        self.flag_meaning = {k: v for k, v in rules.flags.items()}
        if isinstance(layout, LongLayout):
            self.long = LongFields(layout)
            self.has_flag = "flag" in layout.cols
            present = [layout.cols[r] for r in ("analyte", "code", "item", "specimen") if r in layout.cols]
            self.key_of = itemgetter(*present)  # the cells that identify the test: the identification cache key
            self.outcome: Callable[[list[str], str, int], Outcome] = self._long
        else:
            self.wide = WideFields(layout, rules.missing)
            self.outcome = self._wide
        self.line: Callable[[], int] = lambda: 0

    # ------------------------------------------------------------ shared

    def say_once(self, key: str, text: str) -> None:
        if key not in self._said:
            self._said.add(key)
            self.warnings.append(text)

    def _not_recognised(self, name: str, reason: str) -> None:
        """Once per distinct test name that came close (one of our analytes' words beside an unknown word): counted in one
        stderr note. stderr quotes nothing from the file (docs/safety.md), so the names themselves are in each row's
        vitd_note and in `vitd interpret FILE --tests`."""
        n = self._unrecognised = self._unrecognised + 1
        if n == 1:
            self._more_names_at = len(self.warnings)
            self.warnings.append("")
        self.warnings[self._more_names_at] = (
            f"{n:,} test name{'s' if n > 1 else ''} came close to one of vitd's tests but hold{'' if n > 1 else 's'} a word vitd does not "
            "know, so their rows are passed through (vitd_note says which word; vitd interpret FILE --tests lists them; map them with "
            "--tests-map)")

    def range_info(self, analyte: str) -> RangeInfo:
        r = self.ranges.get(analyte)
        if r is None:
            r = self.ranges[analyte] = normal_range(self.schemes[analyte], self.ref.analytes[analyte], self.ref.units)
        return r

    def set_date_order(self, order: DateOrder | None) -> None:
        """Read the date column in this order (readers/dates.py decide); its notes go first among the warnings."""
        self.date_order = order
        self._order = order.order if order is not None else GUESS
        self._dates.clear()
        self._last_date = ("", None)
        if order is not None:
            self.warnings.extend(order.notes)

    def when(self, text: str) -> datetime | None:
        last = self._last_date
        if last[0] == text:
            d = last[1]
        else:
            try:
                d = self._dates[text]
            except KeyError:
                if len(self._dates) >= DATE_CACHE_LIMIT:
                    self._dates.clear()
                d = self._dates[text] = parse_when(text, self._order)
                order = self.date_order
                if d is not None and order is not None and order.source == "none" and "date order" not in self._said \
                        and not text.lstrip()[:4].isdigit() and day_month(text) is not None:  # (ISO and HL7 dates start with the year)
                    self.say_once("date order", order.assumed_later())  # past the rows that decide: said, not silent
            self._last_date = (text, d)
        if d is None and self.date_order is not None:
            self._date_not_read(text)
        return d

    def _date_not_read(self, text: str) -> None:
        """A date cell not read: when that is because it fits only the other order than its column's, it is counted
        (per row) in one stderr note."""
        order = self.date_order
        assert order is not None
        fits = self._unread_dates.get(text)
        if fits is None:
            if len(self._unread_dates) >= DATE_CACHE_LIMIT:
                self._unread_dates.clear()
            fits = self._unread_dates[text] = order.contradicts(text) or ""
        if not fits:
            return
        self._late_dates += 1
        if self._late_at < 0:
            self._late_at = len(self.warnings)
            self.warnings.append("")
        self.warnings[self._late_at] = order.later(self._late_dates, fits)

    def measure(self, analyte: str, text: str, unit: str, specimen: str | None) -> tuple | VitdError:
        """(Measurement, band, compared_in, si, mark) for a value text, or the VitdError saying why it cannot be read."""
        key = (analyte, text, unit, specimen or "")
        hit = self._values.get(key)
        if hit is None:
            try:
                error = too_long(text)  # before strip_marks: no regular expression sees a cell that cannot be a value
                if error is not None:
                    raise error
                value, mark = strip_marks(text, self.flag_meaning)
                m = normalise(self.ref, analyte, value, unit or None, specimen)
                a = self.ref.analytes[analyte]
                v = classify(m.value, m.unit, m.comparator, self.schemes[analyte], a, self.ref.units)
                hit = (m, v.band, v.compared_in, convert(m.value, m.unit, a.si_unit, a, self.ref.units), mark)
            except VitdError as exc:
                hit = exc
            if len(self._values) >= VALUE_CACHE_LIMIT:
                self._values.clear()
            self._values[key] = hit
        return hit

    def _skip(self, row: int, raw: str, cells: list[str] | None, reason: str, kind: str, analyte: str | None = None) -> Outcome:
        return Outcome(row, SKIPPED, raw, cells, reason=reason, kind=kind, line=self.line(), analyte=analyte)

    def _shape(self, cells: list[str], raw: str, row: int) -> Outcome | None:
        """None when the row has the header's width (trailing empty cells beyond it are dropped); else a skipped blank
        line, or a VitdError for a ragged row."""
        n = len(cells)
        if n > self.width and not any(c.strip() for c in cells[self.width:]):
            del cells[self.width:]
            self._reshaped = True
            return None
        if n == 0 or (n == 1 and not cells[0].strip()) or not any(c.strip() for c in cells):
            return self._skip(row, raw, cells, "empty row", "empty row")
        if n < self.width and self.width - n <= 2 and isinstance(self.layout, WideLayout):
            cells.extend([""] * (self.width - n))
            self._reshaped = True
            return None
        raise VitdError("file-ragged", f"row {row:,} (line {self.line():,}) has {n} fields where the header has {self.width}",
                        "check the delimiter (--delimiter) and the quoting of that row; a field with the delimiter in it must be in double quotes")

    # ------------------------------------------------------------ identification

    def _identify(self, key: object, name: str, code: str, item: str, specimen: str) -> _Ident:
        label, spec = name.strip(), specimen.strip()
        code = code.strip()
        got = None
        if item.strip() and self.dictionary is not None:
            e = self.dictionary.get(item.strip())
            if e is None and not label and not code:
                got = _Ident(None, f"test id {item.strip()!r} is not in the dictionary {self.dictionary.name}", "not in the dictionary")
            elif e is not None:
                label, code, spec = label or e.label, code or e.code, spec or e.specimen
        if got is None:
            got = self._identify_text(label, code, spec)
        if len(self._ident) >= CACHE_LIMIT:
            self._ident.clear()
        self._ident[key] = got
        return got

    def _identify_text(self, label: str, code: str, spec: str) -> _Ident:
        ref = self.ref
        found = identify(ref, name=label or None, loinc=code or None, tests_map=self.tests_map)
        if found.close:  # an analyte's word beside an unknown one: said once per name, so that nothing is lost silently
            self._not_recognised(label, found.reason or "")
            return _Ident(None, f"{label}: not recognised ({found.reason}); map it with --tests-map", "not recognised")
        if found.reason:
            return _Ident(None, f"{label or code}: {found.reason}; never classified against serum ranges", _other_kind(found.reason))
        if found.analyte is None:
            return _Ident(None)
        if spec:
            serum, what = self.rules.specimen_verdict(spec)
            if not serum:
                why = (f"{label or code} is {what}, not serum: never classified against serum ranges" if what
                       else f"{label or code}: specimen {spec!r} is not known to be serum or plasma, so vitd does not classify it")
                return _Ident(None, why, "non-serum specimen" if what else "unknown specimen")
        a = ref.analytes[found.analyte]
        return _Ident(found.analyte, specimen=found.specimen, code=code, code_kind=a.loinc_kind.get(code), label=label or code)

    # ------------------------------------------------------------ long rows

    def _long(self, cells: list[str], raw: str, row: int) -> Outcome:
        if len(cells) != self.width:
            bad = self._shape(cells, raw, row)
            if bad is not None:
                return bad
            o = self._long(cells, raw, row)
            o.reshaped, self._reshaped = self._reshaped, False
            return o
        key = self.key_of(cells)
        ident = self._ident.get(key)
        name, code, item, specimen, value, value_num, unit, date, subject, rng, flag = self.long(cells)
        if ident is None:
            ident = self._identify(key, name, code, item, specimen)
        if ident.analyte is None:
            if not any(c.strip() for c in cells):  # ',,,': skipped and counted, as a blank line is (_shape)
                return self._skip(row, raw, cells, "empty row", "empty row")
            return Outcome(row, OTHER, raw, cells, reason=ident.reason, kind=ident.kind)
        # A row whose test and value cells repeat an earlier interpreted row's gets the same Item (a fresh copy): the
        # reading, the lab's flag and range and any disagreement were worked out once.
        memo_key = (key, value, value_num, unit, rng, flag)
        hit = self._rows.get(memo_key)
        if hit is not None:
            analyte, m, band, compared_in, si, vkey, lab_flag, lab_range, notes, disagrees = hit
            if disagrees:
                self.lab_disagreements += 1
            date = date.strip()
            return Outcome(row, INTERPRETED, raw, cells, None, None,
                           [Item(analyte, m, band, compared_in, si, None, lab_flag, lab_range, list(notes) if notes else None,
                                 None, None, None, None, None, vkey)],
                           subject.strip(), date or None, self.when(date) if date else None)
        o = self._long_read(ident, cells, raw, row, value, value_num, unit, date, subject, rng, flag)
        if o.status == INTERPRETED:
            it = o.items[0]  # type: ignore[index]
            if len(self._rows) >= VALUE_CACHE_LIMIT:
                self._rows.clear()
            self._rows[memo_key] = (it.analyte, it.m, it.band, it.compared_in, it.si, it.key, it.lab_flag, it.lab_range,
                                    tuple(it.notes) if it.notes else None, self.lab_disagreements != self._disagreed)
        return o

    def _long_read(self, ident: _Ident, cells: list[str], raw: str, row: int, value: str, value_num: str, unit: str, date: str,
                   subject: str, rng: str, flag: str) -> Outcome:
        assert ident.analyte is not None  # (the caller passes identified tests only)
        self._disagreed = self.lab_disagreements
        text = value.strip()
        if not text or text.lower() in self.rules.missing:
            text = value_num.strip()
        if not text or text.lower() in self.rules.missing:
            return self._skip(row, raw, cells, f"{ident.label}: empty value", "empty value", ident.analyte)
        unit = unit.strip()
        hit = self.measure(ident.analyte, text, unit, ident.specimen)
        if isinstance(hit, VitdError):
            return self._skip(row, raw, cells, f"{ident.label}: {hit}", _ERROR_KINDS.get(hit.code, "unreadable value"), ident.analyte)
        m, band, compared_in, si, mark = hit
        it = Item(ident.analyte, m, band, compared_in, si, None, None, None, None, None, None, None, None, None,
                  (ident.analyte, text, unit, ident.specimen))
        if band.flag != "normal":
            self.abnormal = True
        if ident.code_kind and (ident.code, m.unit) not in self._code_units:
            self._code_unit(ident, m.unit)
        if rng or mark:
            self._lab(it, mark, flag.strip(), rng.strip())
        elif self.has_flag:
            printed = flag.strip()
            meaning = self.flag_meaning.get(printed.lower()) if printed else "normal"
            if printed:
                it.lab_flag = printed
            ours = band.flag
            if meaning != ours and meaning not in (None, "ignore") and not (meaning == "abnormal" and ours != "normal"):
                self._lab(it, None, printed, "")
        date = date.strip()
        return Outcome(row, INTERPRETED, raw, cells, None, None, [it], subject.strip(), date or None, self.when(date) if date else None)

    def _code_unit(self, ident: _Ident, unit: str) -> None:
        self._code_units.add((ident.code, unit))
        if self.ref.units[unit].kind in (ident.code_kind, "equivalent"):
            return
        word = {"mass": "[Mass/volume]", "molar": "[Moles/volume]"}[ident.code_kind or "mass"]
        tail = f"is a {word} code, but its values come in {unit}: vitd trusts the unit and reads them as {unit}"
        short = self.ref.analytes[ident.analyte].short if ident.analyte else "?"  # stderr: analytes.toml's name, not the file's label
        # a detail (-v): the unit decides, as it does for every row, and the code's kind changes no verdict
        self.say_once(f"code-unit {ident.code} {unit}", Note(f"LOINC {ident.code} ({ident.label}) {tail}",  # (the code is one of analytes.toml's)
                                                             f"LOINC {ident.code} ({short}) {tail}", DETAIL))

    def _lab(self, it: Item, mark: str | None, flag: str, rng: str) -> None:
        """The lab's own flag and range beside vitd's verdict; a disagreement is noted on the row and counted."""
        printed = flag or mark
        meaning = self.flag_meaning.get(printed.lower()) if printed else ("normal" if self.has_flag else None)
        lab = None
        if rng:
            lab = self._lab_range(it, rng)
            if lab is not None:
                lo, hi = lab.low, lab.high
                tol = 1e-9 * max(1.0, abs(it.si))
                cmp = it.m.comparator
                if lo is not None and it.si < lo - tol and cmp not in (">", ">="):
                    meaning = "low"
                elif hi is not None and it.si > hi + tol and cmp not in ("<", "<="):
                    meaning = "high"
                elif meaning not in ("low", "high", "abnormal"):
                    meaning = "normal"
        it.lab_flag = printed or None
        it.lab_range = rng or None
        if meaning in (None, "ignore"):
            return
        ours = it.band.flag
        agree = meaning == ours or (meaning == "abnormal" and ours != "normal")
        if agree:
            return
        r = self.range_info(it.analyte)
        if lab is not None:
            lab_text = f"the lab's range {rng} makes it {meaning}"
        elif printed:
            lab_text = f"the lab flagged it {meaning}" if printed.lower() == meaning else f"the lab flagged it {printed!r} ({meaning})"
        else:
            lab_text = "the lab did not flag it"
        note = f"{lab_text}; vitd: {it.band.label} (normal {r.text}, {r.scheme})"
        it.notes = [*(it.notes or ()), note]
        self.lab_disagreements += 1

    def _lab_range(self, it: Item, text: str) -> _LabRange | None:
        key = (it.analyte, text, it.m.unit)
        if key in self._lab_ranges:
            return self._lab_ranges[key]
        got = None
        parts = split_range(text)
        if parts is not None:
            a = self.ref.analytes[it.analyte]
            try:
                unit = parse_unit(parts.unit, a, self.ref.units) if parts.unit.strip() else it.m.unit
                lo = convert(parse_number(parts.low)[0], unit, a.si_unit, a, self.ref.units) if parts.low else None
                hi = convert(parse_number(parts.high)[0], unit, a.si_unit, a, self.ref.units) if parts.high else None
                got = _LabRange(lo, hi, text)
            except (VitdError, ValueError):
                got = None
        if got is not None:
            ours = self.range_info(it.analyte)
            differs = any(x is not None and y is not None and not math.isclose(x, y, rel_tol=0.01)
                          for x, y in ((got.low, ours.low), (got.high, ours.high)))
            if differs:
                self._range_differs(it.analyte, a.short, text, ours)
        if len(self._lab_ranges) < CACHE_LIMIT:
            self._lab_ranges[key] = got
        return got

    def _range_differs(self, analyte: str, short: str, text: str, ours: RangeInfo) -> None:
        """The first lab range of an analyte that differs from vitd's is named in a note; the others are counted in one
        more note (a file with a range text per row gave a note line per row). Both are details (-v): the rows the two
        ranges judge differently say so in vitd_note, and the count line counts them."""
        key = f"lab-range {analyte}"
        if key not in self._said:
            tail = f"differs from vitd's {ours.text} ({ours.scheme_name}); rows the two judge differently say so"
            self.say_once(key, Note(f"{short}: the lab's reference range {text} {tail}", f"{short}: a reference range of the lab {tail}", DETAIL))
            return
        n, at = self._more_ranges.get(analyte, (0, len(self.warnings)))
        if not n:
            self.warnings.append("")
        self._more_ranges[analyte] = (n + 1, at)
        self.warnings[at] = detail(f"{short}: {n + 1:,} more of the lab's reference range texts differ from vitd's {ours.text}; "
                                   "rows the two judge differently say so")

    # ------------------------------------------------------------ wide rows

    def _wide(self, cells: list[str], raw: str, row: int) -> Outcome:
        if len(cells) != self.width:
            bad = self._shape(cells, raw, row)
            if bad is not None:
                return bad
            o = self._wide(cells, raw, row)
            o.reshaped, self._reshaped = self._reshaped, False
            return o
        subject, date, found = self.wide(cells)
        if not found:
            if not any(c.strip() for c in cells):
                return self._skip(row, raw, cells, "empty row", "empty row")
            return self._skip(row, raw, cells, "no value in any analyte column", "no values")
        items: list[Item] = []
        primary: dict[str, tuple[Item, str, str]] = {}
        problems: list[str] = []
        for col, text, below in found:
            hit = self.measure(col.analyte, text, col.unit or "", None)
            if isinstance(hit, VitdError):
                problems.append(f"{col.header}: {hit}")
                continue
            m, band, compared_in, si, mark = hit
            first = primary.get(col.analyte)
            if first is not None:
                self._agree(first, col.header, text, m, si, problems)
                continue
            it = Item(col.analyte, m, band, compared_in, si, column=col.header)
            if band.flag != "normal":
                self.abnormal = True
            if below:
                it.notes = [f"{col.header} {text}: below the limit of detection (the dataset imputes such values)"]
            if mark:
                self._lab(it, mark, "", "")
            items.append(it)
            primary[col.analyte] = (it, col.header, text)
        if not items:
            reason = "; ".join(problems)
            first_kind = next((k for k in _ERROR_KINDS.values() if k in reason), "unreadable value")
            return self._skip(row, raw, cells, reason, first_kind)
        return Outcome(row, INTERPRETED, raw, cells, items=items, subject=subject or f"row {row}", date=date or None,
                       when=self.when(date) if date else None, notes=problems or None)

    def _agree(self, first: tuple[Item, str, str], header: str, text: str, m: Measurement, si: float, problems: list[str]) -> None:
        """A second column of the same analyte (NHANES gives calcium in mg/dL and mmol/L): it must say the same."""
        it, first_header, first_text = first
        a = self.ref.analytes[it.analyte]
        slack = _half_step(first_text, it.m.unit, a, self.ref) + _half_step(text, m.unit, a, self.ref) + 0.005 * abs(it.si)
        if abs(si - it.si) > slack:
            problems.append(f"{header} {text} ({si:.4g} {a.si_unit}) disagrees with {first_header} {first_text} ({it.si:.4g} {a.si_unit})")
            self.say_once(f"agree {first_header} {header}", f"{first_header} and {header} (both {it.analyte}) disagree in some rows: "
                          f"the first column is used")

    # ------------------------------------------------------------ panels

    def panels(self, entries: list[tuple[Outcome, Item]], subject: str | None, one_panel: bool = False) -> list[Panel]:
        """Group one subject's results into panels (one collection window, each analyte once; in the wide layout, one
        row) and work out their findings. Returns the Panels built (all of them when self.full, else none).
        one_panel: the caller knows the entries form a single panel (Streamer, results in time order)."""
        if len(entries) == 1 and not self.full:
            it = entries[0][1]
            self.panel_count += 1
            it.panel = self.panel_count
            it.findings = [it.band.finding] if it.band.finding else []
            return []
        if one_panel:
            groups = [entries]
        else:
            groups = self._by_row(entries) if isinstance(self.layout, WideLayout) else self._by_window(entries)
        built = []
        for group in groups:  # noqa: SIM113
            self.panel_count += 1
            pid = self.panel_count
            for _, it in group:
                it.panel = pid
            if self.full:
                built.append(self._panel(group, subject))
                continue
            verdict = _OWN
            if len(group) > 1:
                shape = frozenset([(it.analyte, id(it.band)) for _, it in group])
                verdict = self._shapes.get(shape)
                if verdict is None:
                    verdict = self._shape_verdict({it.analyte: it for _, it in group})
                    if len(self._shapes) >= VALUE_CACHE_LIMIT:
                        self._shapes.clear()
                    self._shapes[shape] = verdict
            if verdict is _OWN:
                for _, it in group:
                    it.findings = [it.band.finding] if it.band.finding else []
            elif verdict is _CORRECTED:
                self._light_panel({it.analyte: it for _, it in group})
            else:
                for _, it in group:
                    it.findings, it.panel_notes = verdict.get(it.analyte, _NO_VERDICT)  # type: ignore[attr-defined]
        return built

    def _shape_verdict(self, by: dict[str, Item]) -> object:
        """What a panel's findings depend on, per distinct set of (analyte, band): only each result's own band (_OWN);
        the corrected calcium's band too, worked out from the values (_CORRECTED); or else the bands alone, which give
        the verdict itself (per analyte: its finding codes and the panel's notes on it)."""
        if not self._cross(by):
            return _OWN
        if "calcium" in by and "albumin" in by and "corrected_calcium" not in by:
            return _CORRECTED
        return self._panel_verdict(by)

    @staticmethod
    def _by_row(entries: list[tuple[Outcome, Item]]) -> list[list[tuple[Outcome, Item]]]:
        groups: dict[int, list[tuple[Outcome, Item]]] = {}
        for o, it in entries:
            groups.setdefault(o.row, []).append((o, it))
        return list(groups.values())

    def _by_window(self, entries: list[tuple[Outcome, Item]]) -> list[list[tuple[Outcome, Item]]]:
        """Oldest first, a panel takes results while they fall within the window of its first and name a new analyte;
        results without a date form panels of their own, in row order."""
        dated = sorted((e for e in entries if e[0].when is not None), key=lambda e: e[0].when)  # type: ignore[arg-type, return-value]
        undated = [e for e in entries if e[0].when is None]
        groups: list[list[tuple[Outcome, Item]]] = []
        for seq, timed in ((dated, True), (undated, False)):
            current: list[tuple[Outcome, Item]] = []
            start: datetime | None = None
            seen: set[str] = set()
            for o, it in seq:
                w = o.when
                joins = current and it.analyte not in seen and (
                    not timed or (w == start or (w - start) < self.window))  # type: ignore[operator]
                if not joins:
                    if current:
                        groups.append(current)
                    current, start, seen = [], w, set()
                current.append((o, it))
                seen.add(it.analyte)
            if current:
                groups.append(current)
        return groups

    @staticmethod
    def _cross(by: dict[str, Item]) -> bool:
        """Can these results raise more than each one's own finding? (corrected calcium from calcium and albumin; PTH
        with vitamin D; magnesium with calcium; which calcium measure decides.) Findings only ever come from results
        outside the normal band, so panels whose relevant results are all normal need no more than their bands."""
        if "calcium" in by and "albumin" in by:
            return True
        # patterns (explain._patterns, _discordance): PTH, vitamin D, phosphate, magnesium and the calcium measures
        # read together; a pattern needs one of them outside its normal band
        linked = [a for a in ("calcium", "ionized_calcium", "corrected_calcium", "pth", "vitamin_d", "phosphate", "magnesium") if a in by]
        return len(linked) > 1 and any(by[a].band.flag != "normal" for a in linked)

    def _light_panel(self, by: dict[str, Item]) -> None:
        """A panel's findings, panel notes and corrected calcium for CSV/NDJSON. Findings and notes follow from the bands
        the results fall in (the corrected calcium's included), so they are remembered per distinct set of (analyte,
        band); the corrected calcium itself per distinct calcium and albumin value."""
        corrected = None
        cc_band: tuple = ()
        if "calcium" in by and "albumin" in by and "corrected_calcium" not in by:
            corrected, cc_band = self._corrected(by)
        key = (cc_band, frozenset([(a, id(it.band)) for a, it in by.items()]))
        hit = self._panels.get(key)
        if hit is None:
            hit = self._panels[key] = self._panel_verdict(by)
        for a, it in by.items():
            it.findings, it.panel_notes = hit.get(a, _NO_VERDICT)
        if corrected is not None:
            by["calcium"].corrected = corrected

    def _panel_verdict(self, by: dict[str, Item]) -> dict[str, tuple[list[str], list[str] | None]]:
        """Per analyte of a panel: its finding codes and the panel's notes on it (explain.findings on lean results)."""
        results = derived_results(self.s, [it.m for it in by.values()], [self._lean_result(it) for it in by.values()])
        found = findings(self.ref, results, [])
        verdict: dict[str, tuple[list[str], list[str] | None]] = {}
        for r in results:
            if r.estimate and r.analyte == "corrected_calcium" and r.analyte not in by:
                continue
            codes = [f.code for f in found if r.analyte in f.based_on or (r.analyte == "calcium" and "corrected_calcium" in f.based_on)]
            own = by[r.analyte].m.notes
            notes = [n for n in r.notes if n not in own and not n.startswith("reported as ")]
            verdict[r.analyte] = (codes, notes or None)
        if len(self._panels) >= VALUE_CACHE_LIMIT:
            self._panels.clear()
        return verdict

    def _corrected(self, by: dict[str, Item]) -> tuple[Result | None, tuple]:
        """The albumin-corrected calcium of a panel (interpret.derived_results) and the band it falls in, per distinct
        calcium and albumin value (and whether ionized calcium was measured, which the estimate's notes mention)."""
        ca, alb = by["calcium"].m, by["albumin"].m
        ionized = "ionized_calcium" in by
        key = (ca.value, ca.unit, ca.comparator, alb.value, alb.unit, alb.comparator, ionized)
        try:
            return self._correcteds[key]
        except KeyError:
            pass
        ms = [ca, alb] + ([by["ionized_calcium"].m] if ionized else [])
        results = derived_results(self.s, ms, [self._lean_result(by[m.analyte]) for m in ms])
        got = next((r for r in results if r.analyte == "corrected_calcium" and r.estimate), None)
        band = ("none",) if got is None else (got.category, got.flag, got.severity or "", got.label)
        if len(self._correcteds) >= VALUE_CACHE_LIMIT:
            self._correcteds.clear()
        hit = self._correcteds[key] = (got, band)
        return hit

    def _lean_result(self, it: Item) -> Result:
        """The Result of an item as result_for builds it, without the other schemes' verdicts (findings do not use
        them) and with the range worked out once per analyte: enough for explain.findings, cheap enough per panel."""
        m, b = it.m, it.band
        a = self.ref.analytes[it.analyte]
        conv = convert(m.value, m.unit, a.conventional_unit, a, self.ref.units)
        return Result(analyte=it.analyte, name=a.name, value=round(it.si, 3), unit=a.si_unit,
                      conventional=Quantity(value=round(conv, 3), unit=a.conventional_unit), reported=m.reported,
                      reported_unit=m.unit, comparator=m.comparator, flag=b.flag, category=b.category,  # type: ignore[arg-type]
                      severity=b.severity, urgency=b.effective_urgency, finding=b.finding, label=b.label,  # type: ignore[arg-type]
                      range=self.range_info(it.analyte), compared_in=it.compared_in, band_source=b.source,
                      specimen=m.specimen, unit_inferred=m.unit_inferred, notes=list(m.notes))

    def _panel(self, group: list[tuple[Outcome, Item]], subject: str | None) -> Panel:
        first = group[0][0]
        panel = interpret_measurements(self.s, [it.m for _, it in group], subject=subject, date=first.date)
        by_analyte = {it.analyte: (o, it) for o, it in group}
        results: list[Result] = []
        for r in panel.results:
            if r.analyte in by_analyte and not r.estimate:
                o, it = by_analyte[r.analyte]
                fr = _file_result(r, row=o.row, column=it.column, lab_flag=it.lab_flag, lab_range=it.lab_range)
                fr.notes.extend(it.notes or ())
                it.result = fr
                it.findings = [f.code for f in panel.findings if it.analyte in f.based_on
                               or (it.analyte == "calcium" and "corrected_calcium" in f.based_on)]
                results.append(fr)
            elif r.analyte == "corrected_calcium" and "calcium" in by_analyte:
                o, ca = by_analyte["calcium"]
                fr = _file_result(r, row=o.row)
                ca.corrected = fr
                results.append(fr)
            else:
                results.append(r)
        panel.results = results
        return panel


_RESULT_FIELDS = tuple(f.name for f in fields(Result))
_NO_VERDICT: tuple[list[str], None] = ([], None)
_OWN, _CORRECTED = object(), object()  # Engine._shape_verdict


def _file_result(r: Result, **extra: object) -> FileResult:
    return FileResult(**{name: getattr(r, name) for name in _RESULT_FIELDS}, **extra)  # type: ignore[arg-type]


def _half_step(text: str, unit: str, analyte, ref) -> float:  # type: ignore[no-untyped-def]
    """Half a unit of the last digit printed, in SI: the rounding a printed value carries."""
    digits = text.strip().replace(",", ".")
    decimals = len(digits.rsplit(".", 1)[1]) if "." in digits else 0
    decimals = len(digits.rsplit(".", 1)[1].rstrip("0") or "") if decimals and digits.endswith(".0") else decimals
    step = 0.5 * 10 ** (-decimals)
    return abs(convert(step, unit, analyte.si_unit, analyte, ref.units))


# what a reason for not reading a test says it is: the first kind one of whose words the reason holds (lower case);
# else "other analyte" (the SQL of `vitd sql` reads reasons by the same table: engines/sql_identify.py)
OTHER_KINDS = (("non-serum specimen", ("not serum", "urine", "red-blood-cell", "fluid")),
               ("other vitamin D form", ("vitamin d", "calcitriol", "dihydroxy")))


def _other_kind(reason: str) -> str:
    r = reason.lower()
    return next((kind for kind, words in OTHER_KINDS if any(w in r for w in words)), "other analyte")


# ---------------------------------------------------------------- grouping rows into panels while streaming


class _Subjects:
    """The subjects seen so far, as 64-bit hashes in a fixed open-addressing table (4 MB however many subjects a file
    has; a set of the subject strings grew with the file). Once SUBJECTS_TRACKED * 3/4 subjects are in, new ones are
    no longer remembered (as before: a bounded memory of subjects). Two subjects sharing a 64-bit hash is taken as
    impossible (a chance of about 1e-9 at 200,000 subjects)."""

    __slots__ = ("table", "mask", "n", "cap")

    def __init__(self, size: int = SUBJECTS_TRACKED) -> None:
        self.table = array("q", bytes(8 * size))
        self.mask = size - 1
        self.n = 0
        self.cap = size * 3 // 4

    def add(self, subject: str) -> bool:
        """True when the subject is new (or can no longer be remembered), False when it was seen before."""
        h = hash(subject) or 1
        table, mask = self.table, self.mask
        i = h & mask
        while True:
            got = table[i]
            if got == 0:
                if self.n < self.cap:
                    table[i] = h
                    self.n += 1
                return True
            if got == h:
                return False
            i = (i + 1) & mask

    def __len__(self) -> int:
        return self.n


class Streamer:
    """Holds the rows of one subject until its panels are complete, then hands every row on, in input order.

    A subject's rows are complete when the next subject starts (input grouped by subject), or, when its results come
    in time order, when a result falls outside the current panel's window. A subject seen again after other subjects
    starts new panels (said once: sort the file by subject for complete panels). BUFFER_LIMIT rows and BUFFER_BYTES of
    their text at most are held, the rows of other tests and skipped rows that follow a pending result included: beyond
    that the pending panel is closed and the rows are written (output flows whatever follows a result).
    """

    def __init__(self, engine: Engine, emit: Callable[[Outcome], None],
                 emit_other: Callable[[str, list[str], str | None], None] | None = None,
                 emit_text: Callable[[str], None] | None = None) -> None:
        self.engine = engine
        self.emit = emit
        self.emit_other = emit_other  # rows of other tests, as (raw, cells, reason); None: they are not written
        self.emit_text = emit_text  # rows already formatted by the caller's fast lane
        self.buf: list[Outcome | tuple[str, list[str], str | None] | str] = []
        self.subject: str | None = None
        self.seen = _Subjects()
        self.entries: list[tuple[Outcome, Item]] = []
        self.wide = isinstance(engine.layout, WideLayout)
        self.held = 0  # rows held elsewhere while buf is not empty (the DuckDB engine's panel pass: rows of other tests)
        self.bytes = 0  # the text of the rows in buf
        self.cut = False  # the pending panel was closed because the rows after it filled the buffer
        self.regrouped = 0
        self.split = 0
        self._reset_time()

    def _reset_time(self) -> None:
        self.monotonic = True
        self.last: datetime | None = None
        self.start: datetime | None = None
        self.open: set[str] = set()
        self.undated = False
        self.undated_only_broken = False

    def push_other(self, raw: str, cells: list[str], reason: str | None) -> None:
        """A row of another test (the fast lane): written at once, or after the rows held before it."""
        if self.emit_other is None:
            return
        if self.buf:
            self.hold((raw, cells, reason), len(raw))
        else:
            self.emit_other(raw, cells, reason)

    def hold(self, row: Outcome | tuple[str, list[str], str | None] | str, size: int) -> None:
        """A row that is not a result, kept behind the pending panel (buf is not empty) until the buffer is full."""
        self.buf.append(row)
        self.bytes += size
        if len(self.buf) + self.held >= BUFFER_LIMIT or self.bytes >= BUFFER_BYTES:
            self.flush()
            self.cut = True

    def push(self, o: Outcome) -> None:
        if o.status != INTERPRETED:
            if self.buf:
                self.hold(o, len(o.raw))
            else:
                self.emit(o)
            return
        if self.cut:
            self.cut = False
            if o.subject == self.subject:
                self.split += 1  # a panel of this subject may have been closed early
        if o.subject != self.subject:
            self.flush()
            self._reset_time()
            if not self.seen.add(o.subject or ""):
                self.regrouped += 1
            self.subject = o.subject
        w = o.when
        items = o.items or ()
        if w is None:
            if self.start is None and not self.undated_only_broken:  # undated results only: a repeated analyte closes the panel
                open_ = self.open
                if any(it.analyte in open_ for it in items):
                    self.flush()
                    open_.clear()
                for it in items:
                    open_.add(it.analyte)
            self.undated = True
        elif self.monotonic:
            last, start, open_ = self.last, self.start, self.open
            if last is not None and w < last:
                self.monotonic = False
            else:
                if start is not None and (w != start and w - start >= self.engine.window
                                          or (items[0].analyte in open_ if len(items) == 1 else any(it.analyte in open_ for it in items))):
                    self.flush()
                    start = None
                if start is None:
                    if self.undated:
                        self.undated_only_broken = True  # dated after undated in one buffer: group at the end
                    self.start = w
                    open_.clear()
                for it in items:
                    open_.add(it.analyte)
                self.last = w
        self.buf.append(o)
        self.bytes += len(o.raw)
        entries = self.entries
        for it in items:
            entries.append((o, it))
        if len(self.buf) + self.held >= BUFFER_LIMIT or self.bytes >= BUFFER_BYTES:
            self.split += 1
            self.flush()

    def push_gap(self, n: int) -> None:
        """n rows that are not interpreted, held (as push would hold them) but not kept: the DuckDB engine writes them."""
        if self.buf:
            self.held += n
            if len(self.buf) + self.held >= BUFFER_LIMIT:
                self.flush()
                self.cut = True

    def flush(self) -> None:
        if not self.buf:
            return
        entries = self.entries
        if entries:
            if len(entries) == 1:
                it = entries[0][1]
                engine = self.engine
                engine.panel_count += 1
                it.panel = engine.panel_count
                it.findings = [it.band.finding] if it.band.finding else []
            else:
                self.engine.panels(entries, self.subject, one_panel=self.monotonic and not self.undated and not self.wide)
            self.entries = []
        self.undated = False
        self.held = 0
        self.bytes = 0
        emit, emit_other, emit_text = self.emit, self.emit_other, self.emit_text
        for o in self.buf:
            kind = type(o)
            if kind is str:
                emit_text(o)  # type: ignore[misc, arg-type]
            elif kind is tuple:
                emit_other(*o)  # type: ignore[misc]
            else:
                emit(o)  # type: ignore[arg-type]
        self.buf.clear()

    def notes(self) -> list[str]:
        out = []
        if self.regrouped:
            out.append("the input is not grouped by subject: panels (and cross-analyte findings such as corrected calcium) are formed "
                       "within each run of consecutive rows of a subject; sort the file by subject for complete panels, "
                       "or use --format json/rich, which group the whole file")
        if self.split:
            out.append(f"a subject had more than {BUFFER_LIMIT:,} rows (or {BUFFER_BYTES >> 20} MiB) in a row: its panels were formed in parts")
        return out


# ---------------------------------------------------------------- whole-file report (JSON, Rich)


class Collector:
    """Keeps the interpreted results (not the other rows) of every subject, for a report of the whole file: at most
    `limit` results, counted as they come (a report holds ~20 KB per result while it is built and written)."""

    def __init__(self, engine: Engine, limit: int | None = None, fmt: str = "json") -> None:
        self.engine = engine
        self.by_subject: dict[str, list[tuple[Outcome, Item]]] = {}
        self.limit = limit
        self.fmt = fmt
        self.results = 0

    def push(self, o: Outcome) -> None:
        if o.status != INTERPRETED or not o.items:
            return
        self.results += len(o.items)
        if self.limit is not None and self.results > self.limit:
            raise VitdError("report-too-large", f"the input has more than {self.limit:,} results (at row {o.row:,}), more than one "
                            f"--format {self.fmt} report holds", "use --format csv or --format ndjson, which stream any number of rows, or --summary")
        o.raw, o.cells = "", None
        bucket = self.by_subject.setdefault(o.subject or "", [])
        for it in o.items:
            bucket.append((o, it))

    def panels(self) -> list[Panel]:
        out: list[Panel] = []
        for subject, entries in self.by_subject.items():
            out.extend(self.engine.panels(entries, subject or None))
        return out


def series(panels: Iterable[Panel]) -> list[Series]:
    """Each analyte of each subject over time, oldest first, with the direction and size of the change."""
    points: dict[tuple[str | None, str], list[tuple[Result, str | None]]] = {}
    for p in panels:
        for r in p.results:
            points.setdefault((p.subject, r.analyte), []).append((r, p.date))
    out = []
    for (subject, analyte), rs in points.items():
        pts = [SeriesPoint(value=r.value, flag=r.flag, category=r.category, date=d, row=getattr(r, "row", None), estimate=r.estimate)
               for r, d in rs]
        first, last = pts[0].value, pts[-1].value
        if len(pts) == 1:
            direction, change, pct = "single", None, None
        else:
            change = round(last - first, 4)
            pct = round(100.0 * change / first, 1) if first else None
            moved = abs(change) > TREND_STABLE * abs(first) if first else change != 0
            direction = ("rising" if change > 0 else "falling") if moved else "stable"
        out.append(Series(subject=subject, analyte=analyte, unit=rs[0][0].unit, points=pts, direction=direction,  # type: ignore[arg-type]
                          change=change, change_percent=pct))
    return out


def input_info(name: str | None, layout: LongLayout | WideLayout, delimiter: str, encoding: str, dictionary: Dictionary | None,
               window: str | None, redact: bool = False) -> InputInfo:
    """What was read and how. With redact, no path: the input's name is None and the dictionary's its file name only."""
    dictionary_name = (os.path.basename(dictionary.name) if redact else dictionary.name) if dictionary else None
    return InputInfo(name=None if redact else name, layout=layout.kind, delimiter=delimiter, encoding=encoding,  # type: ignore[arg-type]
                     columns=layout.describe(), dictionary=dictionary_name, panel_window=window)
