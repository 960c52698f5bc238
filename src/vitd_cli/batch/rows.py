"""Rows in, Outcomes out (Engine), for one file and one set of settings: a row's test identified (cached per name,
code, item and specimen), its value read (every distinct analyte, value text and unit once), its date; long rows (one
result a row) and wide rows (a column per analyte). The lab's own flag and range are read by lab.LabChecks, panels
are formed by panels.Panels, dates read by dates.DateReading: all are mixed into Engine, which holds their state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import itemgetter

from ..classify import classify, normal_range
from ..errors import PROBLEM_KINDS, VitdError
from ..interpret import Settings
from ..models import RangeInfo, Result
from ..normalise import Measurement, normalise
from ..outcomes import CACHE_LIMIT, INTERPRETED, OTHER, SKIPPED, VALUE_CACHE_LIMIT, AnalyteFacts, Item, Outcome
from ..readers.columns import ColumnRules, LongLayout, WideLayout
from ..readers.dates import DateOrder
from ..readers.dictionary import Dictionary
from ..readers.long import LongFields
from ..readers.values import GUESS, strip_marks, too_long
from ..readers.wide import WideFields
from ..reference.identify import identify
from ..reference.units import convert
from ..row_counts import _other_kind
from ..textsafe import DETAIL, Note
from .dates import DateReading
from .lab import LabChecks, _LabRange
from .panels import Panels

QUALIFIER_PUNCT = " ,;:-"  # stripped from the head of a qualified test name ('Calcium, Urine')
_ERROR_KINDS = PROBLEM_KINDS


@dataclass(frozen=True, slots=True)
class _Ident:
    analyte: str | None
    reason: str | None = None
    kind: str | None = None
    specimen: str | None = None  # specimen label for the Measurement (e.g. "blood")
    code: str = ""
    code_kind: str | None = None  # mass | molar, from analytes.toml loinc_kind
    label: str = ""


class Engine(LabChecks, Panels, DateReading):
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
        self._facts: dict[str, AnalyteFacts] = {}
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
        self._entries: dict[tuple, tuple[list[str], list[str] | None]] = {}  # a verdict's entries, one object per content
        self._shapes: dict[tuple, object] = {}  # panel shape: the set of (analyte, id(band)), past the osteomalacia level -> verdict
        self._levels: dict[tuple, bool] = {}  # a vitamin D value -> past the osteomalacia pattern's level
        self._rows: dict[tuple, tuple] = {}  # interpreted long rows by (test, value, unit, range, flag cells)
        self._disagreed = 0
        self._correcteds: dict[tuple, tuple[Result | None, tuple, str | None]] = {}
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

    def facts(self, analyte: str) -> AnalyteFacts:
        """What the row writers print of an analyte beside its values (render/row_facts.py)."""
        f = self._facts.get(analyte)
        if f is None:
            f = self._facts[analyte] = AnalyteFacts.of(self.ref.analytes[analyte], self.schemes[analyte])
        return f

    def conventional(self, it: Item) -> float:
        """An interpreted value in its analyte's conventional unit (NDJSON's `conventional`)."""
        a = self.ref.analytes[it.analyte]
        return convert(it.m.value, it.m.unit, a.conventional_unit, a, self.ref.units)

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


def _half_step(text: str, unit: str, analyte, ref) -> float:  # type: ignore[no-untyped-def]
    """Half a unit of the last digit printed, in SI: the rounding a printed value carries."""
    digits = text.strip().replace(",", ".")
    decimals = len(digits.rsplit(".", 1)[1]) if "." in digits else 0
    decimals = len(digits.rsplit(".", 1)[1].rstrip("0") or "") if decimals and digits.endswith(".0") else decimals
    step = 0.5 * 10 ** (-decimals)
    return abs(convert(step, unit, analyte.si_unit, analyte, ref.units))
