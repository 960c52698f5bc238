"""A subject's results grouped into panels and their findings (a mixin of rows.Engine): one collection window, each
analyte once (in the wide layout, one row). Full Results and Panels (interpret.interpret_measurements) are built only
where they are needed: for JSON and Rich output, and for panels whose analytes can raise a cross-analyte finding
(calcium with albumin, PTH with vitamin D, magnesium with calcium, two calcium measures); the others take their
findings from the bands, remembered per panel shape."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import fields
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..explain import findings, meets
from ..interpret import Settings, derived_results, interpret_measurements
from ..models import FileResult, Panel, Quantity, Result
from ..outcomes import VALUE_CACHE_LIMIT, Item, Outcome
from ..readers.columns import LongLayout, WideLayout
from ..reference.units import convert

if TYPE_CHECKING:
    from ..models import RangeInfo
    from ..reference import ReferenceData


class Panels:
    """Engine's grouping of results into panels (its state is set in Engine.__init__)."""

    s: Settings
    ref: ReferenceData
    layout: LongLayout | WideLayout
    window: timedelta
    full: bool
    _panels: dict[tuple, dict]
    _shapes: dict[tuple, object]
    _levels: dict[tuple, bool]
    _correcteds: dict[tuple, tuple[Result | None, tuple]]

    if TYPE_CHECKING:
        def range_info(self, analyte: str) -> RangeInfo: ...

    def panels(self, entries: list[tuple[Outcome, Item]], subject: str | None, one_panel: bool = False) -> list[Panel]:
        """Group one subject's results (in input order) into panels (group_by_time; in the wide layout, one row) and
        work out their findings. Each result's panel number is the input row number of the panel's first row in input
        order. Returns the Panels built (all of them when self.full, else none).
        one_panel: the caller knows the entries form a single panel (Streamer: dated results within the window of the
        earliest, no analyte twice)."""
        if len(entries) == 1 and not self.full:
            o, it = entries[0]
            it.panel = o.row
            it.findings = [it.band.finding] if it.band.finding else []
            return []
        if one_panel:
            groups: list[list[int]] = [list(range(len(entries)))]
        elif isinstance(self.layout, WideLayout):
            groups = self._by_row(entries)
        else:
            groups = group_by_time([o.when for o, _ in entries], [it.analyte for _, it in entries], self.window)
        built = []
        full = self.full
        for group in groups:
            pid = entries[min(group)][0].row  # vitd_panel: the input row number of the panel's first row (input order)
            if len(group) == 1 and not full:  # a panel of one result: its own finding
                it = entries[group[0]][1]
                it.panel = pid
                it.findings = [it.band.finding] if it.band.finding else []
                continue
            members = [entries[i] for i in group]
            for _, it in members:
                it.panel = pid
            if full:
                built.append(self._panel(members, subject))
                continue
            items = [it for _, it in members]
            self.apply_verdict(self.verdict_of(items), items)
        return built

    def verdict_of(self, items: list[Item]) -> object:
        """What a panel's findings need, remembered per panel shape (the set of (analyte, band)): OWN (each result's
        own band), _CORRECTED (the corrected calcium's band too, from the values) or the verdict itself. The streaming
        engine and the DuckDB engine's panel pass both ask here."""
        if len(items) < 2:
            return OWN
        shape = (frozenset([(it.analyte, id(it.band)) for it in items]), self._past_level(items))
        verdict = self._shapes.get(shape)
        if verdict is None:
            verdict = self._shape_verdict({it.analyte: it for it in items})
            if len(self._shapes) >= VALUE_CACHE_LIMIT:
                self._shapes.clear()
            self._shapes[shape] = verdict
        return verdict

    def _past_level(self, items: list[Item]) -> bool | None:
        """Is vitamin D past the osteomalacia pattern's level (findings.toml: the one finding that follows a value
        within a band, not the band alone: explain/panel.py)? None when the panel cannot raise it (no low phosphate,
        no vitamin D). Part of the remembered keys, so a panel of the same bands on the other side of the level is not
        given the first one's findings. Remembered per vitamin D value."""
        vd = low_phosphate = None
        for it in items:
            a = it.analyte
            if a == "vitamin_d":
                vd = it
            elif a == "phosphate" and it.band.flag == "low":
                low_phosphate = it
        if vd is None or low_phosphate is None:
            return None
        level = self.ref.findings["osteomalacia_pattern"].level if "osteomalacia_pattern" in self.ref.findings else None
        if level is None:
            return None
        key = (vd.m.value, vd.m.unit, vd.m.comparator)
        hit = self._levels.get(key)
        if hit is None:
            if len(self._levels) >= VALUE_CACHE_LIMIT:
                self._levels.clear()
            hit = self._levels[key] = meets(self.ref, level, [self._lean_result(vd)])
        return hit

    def apply_verdict(self, verdict: object, items: list[Item]) -> None:
        """Set the findings and panel notes of one panel's items from verdict_of."""
        if verdict is OWN:
            for it in items:
                it.findings = [it.band.finding] if it.band.finding else []
        elif verdict is _CORRECTED:
            self._light_panel({it.analyte: it for it in items})
        else:
            for it in items:
                it.findings, it.panel_notes = verdict.get(it.analyte, _NO_VERDICT)  # type: ignore[attr-defined]

    def _shape_verdict(self, by: dict[str, Item]) -> object:
        """What a panel's findings depend on, per distinct set of (analyte, band): only each result's own band (OWN);
        the corrected calcium's band too, worked out from the values (_CORRECTED); or else the bands alone, which give
        the verdict itself (per analyte: its finding codes and the panel's notes on it)."""
        if not self._cross(by):
            return OWN
        if "calcium" in by and "albumin" in by and "corrected_calcium" not in by:
            return _CORRECTED
        return self._panel_verdict(by)

    @staticmethod
    def _by_row(entries: list[tuple[Outcome, Item]]) -> list[list[int]]:
        """The wide layout's panels: a row's results (indices of entries)."""
        groups: dict[int, list[int]] = {}
        for i, (o, _) in enumerate(entries):
            groups.setdefault(o.row, []).append(i)
        return list(groups.values())

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
        key = (cc_band, frozenset([(a, id(it.band)) for a, it in by.items()]), self._past_level(list(by.values())))
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
_NO_GAP = timedelta(0)
OWN, _CORRECTED = object(), object()  # verdict_of: each result's own band only; the corrected calcium's band too


def _file_result(r: Result, **extra: object) -> FileResult:
    return FileResult(**{name: getattr(r, name) for name in _RESULT_FIELDS}, **extra)  # type: ignore[arg-type]


def group_by_time(whens: Sequence[datetime | None], analytes: Sequence[str], window: timedelta) -> list[list[int]]:
    """The panels of one subject's results (given by collection time, None when undated, and analyte, in input order),
    as lists of indices: each panel's results oldest first (then in input order), the panels of each part oldest
    first, then the panels of undated results. The rule (docs/engines.md: Panels), which SQL window functions compute
    too (engines/sql_panels.py):

    - parts: a new part starts at a dated result that comes the window or more after every earlier dated result (in
      input order; in results listed oldest first, a gap of the window or more). Each part is grouped on its own;
    - a draw is the results of a part collected at the identical time; the n-th result of an analyte at that time (in
      input order) belongs to the time's n-th draw;
    - two draws must be in different panels when they hold results of the same analyte (each analyte's consecutive
      results, less than the window apart or at one time), or when they are the window or more apart (for each draw,
      the latest earlier draw at least the window before it; window 0: the draw before);
    - each such pair is parted by cutting the part's time line (draws oldest first) at the widest gap between them
      (of equal widest gaps, the latest); the pieces are the panels;
    - undated results, in input order: a report starts at each result of the analyte of the first of them; within a
      report, the n-th result of each analyte belongs to panel n.

    A panel therefore holds each analyte once and spans less than the window (or one time), and results of one draw
    are never parted."""
    groups: list[list[int]] = []
    part: list[int] = []
    top: datetime | None = None
    undated = False
    for i, w in enumerate(whens):
        if w is None:
            undated = True
            continue
        if top is None:
            top = w
        elif w > top:
            if w - top >= window:
                groups.extend(_by_draws(part, whens, analytes, window))
                part = []
            top = w
        part.append(i)
    if part:
        groups.extend(_by_draws(part, whens, analytes, window))
    if undated:
        groups.extend(_by_report(whens, analytes))
    return groups


def _by_draws(idx: list[int], whens: Sequence[datetime | None], analytes: Sequence[str], window: timedelta) -> list[list[int]]:
    """A part's dated results (indices, input order) cut into panels at the widest gaps (group_by_time). One pass over
    the results oldest first numbers the draws (a result goes to the draw after its analyte's latest one when that is
    at the same time, else to its time's first draw) and cuts each analyte's consecutive results apart as it meets
    them; a second, over the draws, parts those the window or more apart (only when the part spans the window)."""
    dated = sorted(idx, key=whens.__getitem__)  # type: ignore[arg-type]  # stable: of one time, in input order
    oldest, newest = whens[dated[0]], whens[dated[-1]]
    spans = oldest != newest and newest - oldest >= window  # type: ignore[operator]
    if not spans and len({analytes[i] for i in idx}) == len(idx):
        return [dated]  # no analyte twice, all within the window: nothing to part (the commonest part: one draw)
    times: list[datetime] = []  # per draw, oldest first: its time,
    gap: list[timedelta] = []  # the gap from the draw before (0 for the first),
    members: list[list[int]] = []  # and its results (input order)
    cut = [False]  # per draw: a panel starts here
    last: dict[str, int] = {}  # per analyte: the draw of its latest result
    first = -1  # the first draw of the current time
    now: datetime | None = None
    for i in dated:
        w = whens[i]
        a = analytes[i]
        q = last.get(a)
        if w != now:
            now, p = w, len(times)
            first = p
        elif q is not None and q >= first:
            p = q + 1  # the analyte again at this time: the time's next draw
        else:
            p = first
        if p == len(times):
            if times:
                gap.append(w - times[-1])  # type: ignore[operator]
                cut.append(False)
            else:
                gap.append(_NO_GAP)
            times.append(w)  # type: ignore[arg-type]
            members.append([i])
        else:
            members[p].append(i)
        last[a] = p
        if q is not None and (w - times[q] < window or w == times[q]):  # type: ignore[operator]
            cut[_widest(gap, q, p)] = True  # consecutive results of an analyte, less than the window apart or at one time
    if spans:
        lo = 0
        widest: deque[int] = deque()  # draws lo+1..p, the widest gap first (a sliding maximum)
        for p in range(len(times)):
            while widest and gap[widest[-1]] <= gap[p]:
                widest.pop()
            widest.append(p)
            if times[lo] < times[p] and times[p] - times[lo] >= window:  # draws the window or more apart
                while lo + 1 < p and times[lo + 1] < times[p] and times[p] - times[lo + 1] >= window:
                    lo += 1
                while widest[0] <= lo:
                    widest.popleft()
                cut[widest[0]] = True
    groups: list[list[int]] = []
    for p, got in enumerate(members):
        if p == 0 or cut[p]:
            groups.append(got)
        else:
            groups[-1].extend(got)
    return groups


def _widest(gap: list[timedelta], q: int, p: int) -> int:
    """The draw after the widest gap between draws q and p (q < p; of equal gaps, the latest)."""
    best = p
    for r in range(p - 1, q, -1):
        if gap[r] > gap[best]:
            best = r
    return best


def _by_report(whens: Sequence[datetime | None], analytes: Sequence[str]) -> list[list[int]]:
    """The undated results' panels (group_by_time)."""
    lead = None  # undated results: a new report at each result of the first one's analyte
    block = 0
    count: dict[str, int] = {}
    by_n: dict[tuple[int, int], list[int]] = {}
    for i, w in enumerate(whens):
        if w is None:
            a = analytes[i]
            if lead is None:
                lead = a
            elif a == lead:
                block += 1
                count.clear()
            n = count[a] = count.get(a, 0) + 1
            by_n.setdefault((block, n), []).append(i)
    return list(by_n.values())
