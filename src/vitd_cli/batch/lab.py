"""The lab's own verdict beside vitd's (a mixin of rows.Engine): the flag and reference range a row prints, read and
compared with vitd's band; a disagreement is noted on the row and counted, and a lab range that differs from vitd's
is said in stderr (once per analyte, the others counted)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import VitdError
from ..outcomes import CACHE_LIMIT, Item
from ..readers.values import parse_number, split_range
from ..reference.units import convert, parse_unit
from ..textsafe import DETAIL, Note, detail

if TYPE_CHECKING:
    from ..models import RangeInfo
    from ..reference import ReferenceData


@dataclass(frozen=True, slots=True)
class _LabRange:
    low: float | None  # SI
    high: float | None
    text: str


class LabChecks:
    """Engine's reading of the lab's flag and range (its state is set in Engine.__init__)."""

    ref: ReferenceData
    flag_meaning: dict[str, str]
    has_flag: bool
    warnings: list[str]
    lab_disagreements: int
    _said: set[str]
    _more_ranges: dict[str, tuple[int, int]]
    _lab_ranges: dict[tuple[str, str, str], _LabRange | None]

    if TYPE_CHECKING:
        def say_once(self, key: str, text: str) -> None: ...

        def range_info(self, analyte: str) -> RangeInfo: ...

    def lab_verdict(self, it: Item, flag: str) -> None:
        """The lab's flag of a FHIR/HL7 record without a range, beside vitd's verdict (a record without a flag is not
        compared: unlike a lab export's empty flag cell, it does not say the lab found it normal)."""
        self._lab(it, None, flag, "")

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
