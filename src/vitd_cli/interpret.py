"""The public library call: values in, a Report out (read -> normalise -> classify -> explain)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .classify.bands import _limit_in, classify, normal_range
from .display import converted
from .errors import VitdError
from .explain import advice, assess_symptoms, findings, next_steps, panel_urgency
from .models import AnalyteDef, OtherVerdict, Panel, Quantity, Report, Result, Scheme, SchemeView
from .normalise import Measurement, normalise
from .reference import ReferenceData, load, norm_name
from .reference.identify import resolve_analyte_id
from .reference.lexicon import load_tests_map
from .reference.units import convert
from .version import __version__

Value = str | float | int | tuple[float | str, str]


@dataclass
class Settings:
    """Which scheme each analyte is classified with, and the warnings that choice brings."""

    ref: ReferenceData
    schemes: dict[str, str]
    warnings: list[str] = field(default_factory=list)
    tests_map: dict[str, str | None] = field(default_factory=dict)  # --tests-map: a lab's own names, folded -> analyte
    views: dict[str, dict[str, SchemeView]] | None = None  # scheme_views(ref), worked out once (report() sets them)


def settings(guideline: str | None = None, schemes: Mapping[str, str] | None = None, ranges: Iterable[str] = (),
             age: float | None = None, tests_map: str | None = None) -> Settings:
    ref = load(tuple(str(r) for r in ranges))
    chosen = dict(ref.defaults)
    wanted = dict(schemes or {})
    if guideline:
        wanted["vitamin_d"] = guideline
    for analyte_text, scheme_id in wanted.items():
        analyte = resolve_analyte_id(ref, analyte_text)
        if scheme_id not in ref.schemes[analyte]:
            raise VitdError("scheme-unknown", f"unknown scheme {scheme_id!r} for {analyte}", f"use one of {', '.join(ref.schemes[analyte])}")
        chosen[analyte] = scheme_id
        if analyte == "calcium":
            chosen["corrected_calcium"] = scheme_id
    warnings = []
    if age is not None:
        if not 0 <= age <= 130:
            raise VitdError("age-invalid", f"age {age:g} is not a plausible age in years", "give an age from 0 to 130")
        if age < 18:
            warnings.append("The ranges used are adult ranges; children's ranges differ (phosphate and PTH most of all). Ask the child's doctor.")
    mapped = load_tests_map(tests_map, tuple(ref.analytes)) if tests_map else {}
    return Settings(ref, chosen, warnings, mapped)


def result_for(s: Settings, m: Measurement, estimate: bool = False, formula: str | None = None) -> Result:
    ref = s.ref
    analyte = ref.analytes[m.analyte]
    scheme = ref.scheme(m.analyte, s.schemes[m.analyte])
    verdict = classify(m.value, m.unit, m.comparator, scheme, analyte, ref.units)
    band = verdict.band
    si = convert(m.value, m.unit, analyte.si_unit, analyte, ref.units)
    conv = convert(m.value, m.unit, analyte.conventional_unit, analyte, ref.units)
    others = []
    for other in ref.schemes[m.analyte].values():
        if other.id != scheme.id:
            ov = classify(m.value, m.unit, m.comparator, other, analyte, ref.units)
            others.append(OtherVerdict(scheme=other.id, scheme_name=other.name, category=ov.band.category, flag=ov.band.flag, label=ov.band.label))
    notes = list(m.notes)
    if m.comparator:
        notes.append(f"reported as {m.comparator}{m.value:g}: classified on the bound")
    result = Result(
        analyte=m.analyte, name=analyte.name, value=round(si, 3), unit=analyte.si_unit,
        conventional=Quantity(value=round(conv, 3), unit=analyte.conventional_unit), reported=m.reported, reported_unit=m.unit,
        comparator=m.comparator, flag=band.flag, category=band.category, severity=band.severity,  # type: ignore[arg-type]
        urgency=band.effective_urgency, finding=band.finding,  # type: ignore[arg-type]
        label=band.label, range=normal_range(scheme, analyte, ref.units), compared_in=verdict.compared_in,
        band_source=band.source, estimate=estimate, formula=formula, specimen=m.specimen,
        unit_inferred=m.unit_inferred, other_schemes=others, notes=notes,
    )
    result.converted = converted(result, analyte.decimals)
    return result


def corrected_calcium(s: Settings, ca: Measurement, alb: Measurement) -> Measurement | None:
    """Albumin-adjusted calcium, in the unit system the calcium came in (clinical-facts.md §2.4)."""
    ref = s.ref
    if ca.comparator or alb.comparator:
        return None
    corr = ref.correction
    form = corr.si if ref.units[ca.unit].kind != "mass" else corr.conventional
    ca_a, alb_a = ref.analytes["calcium"], ref.analytes["albumin"]
    ca_v = convert(ca.value, ca.unit, form.calcium_unit, ca_a, ref.units)
    alb_v = convert(alb.value, alb.unit, form.albumin_unit, alb_a, ref.units)
    value = round(ca_v + form.slope * (form.reference_albumin - alb_v), 6)
    formula = (f"{ca_v:g} + {form.slope:g} x ({form.reference_albumin:g} - {alb_v:g} {form.albumin_unit}) = {value:g} {form.calcium_unit}"
               f" ({form.name})")
    note = corr.caveat
    return Measurement("corrected_calcium", value, form.calcium_unit, f"{value:g} {form.calcium_unit} (calculated)", notes=[note], specimen=formula)


def interpret_measurements(s: Settings, measurements: list[Measurement], symptoms: Iterable[str] = (),
                           subject: str | None = None, date: str | None = None) -> Panel:
    """One panel: the results of one person at one time, with findings, symptoms and urgency."""
    results = derived_results(s, measurements, [result_for(s, m) for m in measurements])
    symptom_pairs = parse_symptoms(s.ref, symptoms)
    found = findings(s.ref, results, [sid for sid, _ in symptom_pairs])
    assessed = assess_symptoms(s.ref, found, symptom_pairs, results)
    urgency = panel_urgency(found, assessed, results)
    return Panel(subject=subject, date=date, results=results, findings=found, symptoms=assessed, urgency=urgency,  # type: ignore[arg-type]
                 advice=advice(s.ref, found, assessed, urgency, results), next_steps=next_steps(found, assessed, results),
                 mechanism=_mechanism(s.ref, {f.code for f in found}, bool(assessed)))


def _mechanism(ref: ReferenceData, finding_codes: set[str], any_symptom: bool) -> str | None:
    """The paragraph on how vitamin D, calcium, PTH and magnesium link to muscle symptoms (sentences.toml), when the
    panel has a finding it explains or any symptom was reported (JSON `mechanism`; the Rich and HTML section)."""
    return ref.sentences.mechanism if any_symptom or finding_codes & ref.sentences.mechanism_findings else None


def derived_results(s: Settings, measurements: list[Measurement], results: list[Result]) -> list[Result]:
    """A panel's results plus what follows from them: the albumin-corrected calcium (an estimate) when calcium and
    albumin were measured, and the note on total calcium when a better measure is normal. `results` are the Results of
    `measurements` (interpret_measurements builds them with result_for; batch/panels.py builds leaner ones for files)."""
    by_id = {m.analyte: m for m in measurements}
    if "calcium" in by_id and "albumin" in by_id and "corrected_calcium" not in by_id:
        cc = corrected_calcium(s, by_id["calcium"], by_id["albumin"])
        if cc is not None:
            formula, cc.specimen = cc.specimen, None
            r = result_for(s, cc, estimate=True, formula=formula)
            if "ionized_calcium" in by_id:
                r.notes.append("ionized calcium was measured: it is the better guide; where the two disagree, the more worrying reading counts until a repeat settles it")
            results.append(r)
    _explain_total_calcium(results, s.ref.sentences.notes["total_calcium"])
    return results


def _explain_total_calcium(results: list[Result], sentence: Mapping[str, str]) -> None:
    """Say so when total calcium is out of range but a better measure (ionized, corrected) is not: `sentence`, the
    note of sentences.toml [notes.total_calcium] (total_calcium_note)."""
    by_id = {r.analyte: r for r in results}
    total = by_id.get("calcium")
    better = by_id.get("ionized_calcium") or by_id.get("corrected_calcium")
    if total and better and total.flag != "normal" and better.flag == "normal":
        total.notes.append(total_calcium_note(sentence, total.label, better.analyte, total.flag))


def corrected_calcium_note(sentence: Mapping[str, str], corrected: Result) -> str:
    """sentences.toml [notes.corrected_calcium] for an albumin-corrected calcium (written on its calcium's row)."""
    c = corrected
    return sentence["text"].format(conventional=c.conventional.value, conventional_unit=c.conventional.unit, si=c.value, si_unit=c.unit,
                                   label=c.label)


def total_calcium_note(sentence: Mapping[str, str], label: str, better: str, flag: str) -> str:
    """sentences.toml [notes.total_calcium] for a total calcium of band `label` (flag low or high) beside a normal
    `better` measure (ionized_calcium or corrected_calcium)."""
    cause = sentence["low_albumin"] if better == "corrected_calcium" and flag == "low" else ""
    return sentence["text"].format(label=label, better=sentence[better], cause=cause)


def parse_symptoms(ref: ReferenceData, symptoms: Iterable[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for typed in symptoms:
        for part in str(typed).split(","):
            if not part.strip():
                continue
            sid = ref.symptom_index.get(norm_name(part))
            if sid is None:
                raise VitdError("symptom-unknown", f"unknown symptom {part.strip()!r}", f"use one of {', '.join(s.replace('_', '-') for s in ref.symptoms)}")
            if sid not in {s for s, _ in out}:
                out.append((sid, part.strip()))
    return out


def _measurement(s: Settings, key: str, value: Value) -> Measurement:
    analyte = resolve_analyte_id(s.ref, key)
    if isinstance(value, tuple):
        number, unit = value
        return normalise(s.ref, analyte, str(number), unit)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return normalise(s.ref, analyte, repr(float(value)))
    return normalise(s.ref, analyte, str(value))


def report(s: Settings, panels: list[Panel], warnings: Iterable[str] = ()) -> Report:
    ref = s.ref
    vd = ref.scheme("vitamin_d", s.schemes["vitamin_d"])
    rep = Report(panels=panels, guideline=vd.id, guideline_name=vd.name, guideline_note=vd.note,
                 schemes={a: sid for a, sid in s.schemes.items()}, warnings=[*s.warnings, *warnings],
                 disclaimer=s.ref.sentences.disclaimer, version=__version__)
    rep.set_scheme_views(views_of(s))
    return rep


def views_of(s: Settings) -> dict[str, dict[str, SchemeView]]:
    """What the renderers draw of every scheme of the reference data (Report.scheme_views), worked out once."""
    if s.views is None:
        ref, shipped = s.ref, load().schemes
        s.views = {a: {sid: scheme_view(sch, ref.analytes[a], ref, shipped.get(a, {}).get(sid) == sch) for sid, sch in by_id.items()}
                   for a, by_id in ref.schemes.items() if a in ref.analytes}
    return s.views


def scheme_view(scheme: Scheme, analyte: AnalyteDef, ref: ReferenceData, shipped: bool = True) -> SchemeView:
    limits: dict[str, tuple[tuple[float, bool] | None, ...]] = {}
    for unit in dict.fromkeys((analyte.si_unit, analyte.conventional_unit)):
        with contextlib.suppress(Exception):  # a unit a lab file names but this build cannot convert: the gauge shows the range
            limits[unit] = tuple(None if not b.limit else (b.limit[unit], False) if unit in b.limit
                                 else (convert(next(iter(b.limit.values())), next(iter(b.limit)), unit, analyte, ref.units), True)
                                 for b in scheme.bands)
    normal: tuple[float | None, float | None] | None
    try:
        rng = normal_range(scheme, analyte, ref.units)
        normal = (rng.low, rng.high)
    except Exception:  # noqa: BLE001
        normal = None
    cuts: tuple[float | None, ...] | None
    try:
        cuts = tuple(_limit_in(b.limit, analyte.si_unit, analyte, ref.units) for b in scheme.bands[:-1])
    except Exception:  # noqa: BLE001 - a unit this build cannot convert: the cohort histogram marks the normal range
        cuts = None
    return SchemeView(analyte=analyte.id, id=scheme.id, name=scheme.name, si_unit=analyte.si_unit, bands=tuple(scheme.bands),
                      limits=limits, normal=normal, si_cutoffs=cuts, shipped=shipped)


def interpret(values: Mapping[str, Value], symptoms: Iterable[str] = (), *, guideline: str | None = None,
              schemes: Mapping[str, str] | None = None, ranges: Iterable[str] = (), age: float | None = None) -> Report:
    """Interpret one person's results.

    >>> interpret({"vitamin_d": "18 ng/mL", "calcium": "8.1 mg/dL"}, ["twitching"]).panels[0].urgency
    'prompt'
    """
    s = settings(guideline, schemes, ranges, age)
    measurements: dict[str, Measurement] = {}
    for key, value in values.items():
        m = _measurement(s, key, value)
        if m.analyte in measurements:
            raise VitdError("analyte-repeated", f"{m.analyte} was given twice", "give each analyte once")
        measurements[m.analyte] = m
    if not measurements and not list(symptoms):
        raise VitdError("no-values", "no lab values given", "give at least one, e.g. --vitd '18 ng/mL', or try --example")
    warnings = [n for m in measurements.values() for n in m.notes if "had no unit" in n]
    panel = interpret_measurements(s, list(measurements.values()), symptoms)
    return report(s, [panel], warnings)
