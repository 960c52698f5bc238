"""A subject's results grouped into panels and their findings (a mixin of rows.Engine): one collection window, each
analyte once (in the wide layout, one row). Full Results and Panels (interpret.interpret_measurements) are built only
where they are needed: for JSON and Rich output, and for panels whose analytes can raise a cross-analyte finding
(calcium with albumin, PTH with vitamin D, magnesium with calcium, two calcium measures); the others take their
findings from the bands, remembered per panel shape."""

from __future__ import annotations

from dataclasses import fields
from datetime import timedelta
from typing import TYPE_CHECKING

from ..explain import findings, meets
from ..interpret import Settings, corrected_calcium_note, derived_results, interpret_measurements
from ..models import FileResult, Panel, Quantity, Result
from ..outcomes import VALUE_CACHE_LIMIT, Item, Outcome
from ..readers.columns import LongLayout, WideLayout
from ..reference.units import convert
from .panel_rule import group_by_time

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
    _entries: dict[tuple, tuple[list[str], list[str] | None]]
    _shapes: dict[tuple, object]
    _levels: dict[tuple, bool]
    _correcteds: dict[tuple, tuple[Result | None, tuple, str | None]]

    if TYPE_CHECKING:
        def range_info(self, analyte: str) -> RangeInfo: ...

    def panels(self, entries: list[tuple[Outcome, Item]], subject: str | None, one_panel: bool = False,
               one_part: bool = False) -> list[Panel]:
        """Group one subject's results (in input order) into panels (group_by_time; in the wide layout, one row) and
        work out their findings. Each result's panel number is the input row number of the panel's first row in input
        order. Returns the Panels built (all of them when self.full, else none).
        one_panel: the caller knows the entries form a single panel (Streamer: dated results within the window of the
        earliest, no analyte twice); one_part: that they are dated and one part of group_by_time (Streamer)."""
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
            groups = group_by_time([o.when for o, _ in entries], [it.analyte for _, it in entries], self.window, one_part)
        built = []
        full = self.full
        for group in groups:
            pid = entries[min(group)][0].row  # vitd_panel: the input row number of the panel's first row (input order)
            if len(group) == 1 and not full:  # a panel of one result: its own finding
                it = entries[group[0]][1]
                it.panel = pid
                it.findings = [it.band.finding] if it.band.finding else []
                continue
            if full:
                members = [entries[i] for i in group]
                for _, it in members:
                    it.panel = pid
                built.append(self._panel(members, subject))
                continue
            items = [entries[i][1] for i in group]
            for it in items:
                it.panel = pid
            self.apply_verdict(self.verdict_of(items), items)
        return built

    def verdict_of(self, items: list[Item]) -> object:
        """What a panel's findings need, remembered per panel shape (the set of (analyte, band)): OWN (each result's
        own band), CORRECTED (the corrected calcium's band too, from the values) or the verdict itself. The streaming
        engine and the DuckDB engine's panel pass both ask here."""
        if len(items) < 2:
            return OWN
        shape = frozenset([(it.analyte, id(it.band)) for it in items])
        verdict = self._shapes.get((shape, None))
        if verdict is None or verdict is _BY_LEVEL:  # the shape tells whether the level matters (vitamin D, low phosphate)
            level = self._past_level(items)
            verdict = self._shapes.get((shape, level))
            if verdict is None:
                verdict = self._shape_verdict({it.analyte: it for it in items})
                if len(self._shapes) >= VALUE_CACHE_LIMIT:
                    self._shapes.clear()
                self._shapes[(shape, level)] = verdict
                if level is not None:
                    self._shapes[(shape, None)] = _BY_LEVEL
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
        elif verdict is CORRECTED:
            self._light_panel({it.analyte: it for it in items})
        else:
            for it in items:
                it.findings, it.panel_notes = verdict.get(it.analyte, NO_VERDICT)  # type: ignore[attr-defined]

    def _shape_verdict(self, by: dict[str, Item]) -> object:
        """What a panel's findings depend on, per distinct set of (analyte, band): only each result's own band (OWN);
        the corrected calcium's band too, worked out from the values (CORRECTED); or else the bands alone, which give
        the verdict itself (per analyte: its finding codes and the panel's notes on it)."""
        if not self._cross(by):
            return OWN
        if "calcium" in by and "albumin" in by and "corrected_calcium" not in by:
            return CORRECTED
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
        """A panel's findings, panel notes and corrected calcium for CSV/NDJSON (light_verdict, set on its items)."""
        hit, corrected, corrected_note = self.light_verdict(by)
        for a, it in by.items():
            it.findings, it.panel_notes = hit.get(a, NO_VERDICT)
        if corrected is not None:
            by["calcium"].corrected = corrected
            by["calcium"].corrected_note = corrected_note

    def light_verdict(self, by: dict[str, Item]) -> tuple[dict[str, tuple[list[str], list[str] | None]], Result | None, str | None]:
        """What _light_panel sets on a panel's items (which it only reads): per analyte its finding codes and the
        panel's notes on it; the corrected calcium and its note (None without calcium and albumin). Findings and notes
        follow from the bands the results fall in (the corrected calcium's included), so they are remembered per
        distinct set of (analyte, band); the corrected calcium and its note per distinct calcium and albumin value.
        The DuckDB engine's panel pass asks here too, and remembers each row's cells by what it returns."""
        corrected = corrected_note = None
        cc_band: tuple = ()
        if "calcium" in by and "albumin" in by and "corrected_calcium" not in by:
            corrected, cc_band, corrected_note = self._corrected(by)
        key = (cc_band, frozenset([(a, id(it.band)) for a, it in by.items()]), self._past_level(list(by.values())))
        hit = self._panels.get(key)
        if hit is None:
            hit = self._panels[key] = self._panel_verdict(by)
        return hit, corrected, corrected_note

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
            content = (tuple(codes), tuple(notes) if notes else None)  # one entry object per content: the DuckDB
            verdict[r.analyte] = self._entries.setdefault(content, (codes, notes or None))  # pass remembers lines by it
        if len(self._panels) >= VALUE_CACHE_LIMIT:
            self._entries.clear()
            self._panels.clear()
        return verdict

    def _corrected(self, by: dict[str, Item]) -> tuple[Result | None, tuple, str | None]:
        """The albumin-corrected calcium of a panel (interpret.derived_results), the band it falls in and its note, per
        distinct calcium and albumin value (and whether ionized calcium was measured, which the estimate's notes
        mention)."""
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
        text = None if got is None else corrected_calcium_note(self.ref.sentences.notes["corrected_calcium"], got)
        if len(self._correcteds) >= VALUE_CACHE_LIMIT:
            self._correcteds.clear()
        hit = self._correcteds[key] = (got, band, text)
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
                ca.corrected_note = corrected_calcium_note(self.ref.sentences.notes["corrected_calcium"], fr)
                results.append(fr)
            else:
                results.append(r)
        panel.results = results
        return panel


_RESULT_FIELDS = tuple(f.name for f in fields(Result))
NO_VERDICT: tuple[list[str], None] = ([], None)
OWN, CORRECTED = object(), object()  # verdict_of: each result's own band only; the corrected calcium's band too
_BY_LEVEL = object()  # verdict_of: the shape's verdict follows _past_level (remembered per level)


def _file_result(r: Result, **extra: object) -> FileResult:
    return FileResult(**{name: getattr(r, name) for name in _RESULT_FIELDS}, **extra)  # type: ignore[arg-type]
