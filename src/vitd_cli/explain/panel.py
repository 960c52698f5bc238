"""Panel-level meaning: findings from the classified results, how they relate to the symptoms given, urgency,
advice and next steps. Pure functions over reference data; the words for people are ours, built with their proper
names (a title or name inside a sentence goes through display.lower_title: 'vitamin D deficiency', 'high PTH').

One urgency rule (docs/clinical.md): a panel's urgency is the highest urgency any of its results (its band,
reference_ranges/*.toml), findings (patterns, findings.toml) or symptoms (symptoms.toml, raised by the findings that
explain them) carries. Nothing is ever taken away by another result, so adding a result or a symptom never lowers it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..display import lower_title
from ..models import URGENCY_ORDER, Finding, FindingDef, Level, Result, SymptomAssessment
from ..reference import ReferenceData
from ..reference.units import convert

# The calcium measures, best first (ionized is the gold standard, clinical-facts.md §2.4).
CALCIUM_MEASURES = ("ionized_calcium", "corrected_calcium", "calcium")
CALCIUM_FINDINGS = {"hypocalcemia", "hypercalcemia"}
SEVERITY_ORDER = {None: 0, "mild": 1, "moderate": 2, "severe": 3}
NINDS_MYOCLONUS = "https://www.ninds.nih.gov/health-information/disorders/myoclonus"
TETANY_SYMPTOMS = {"spasms", "jerks", "tingling", "numbness", "stridor"}  # where tetany is in question
WATCH = {"weakness": "weakness", "wasting": "wasting", "speech": "trouble speaking", "swallowing": "trouble swallowing",
         "breathing": "trouble breathing"}  # the red flags to watch for (NICE NG42), said once, less those reported
WORDS = {"vitamin_d": "vitamin D", "calcium": "total calcium", "ionized_calcium": "ionized calcium",
         "corrected_calcium": "corrected calcium", "albumin": "albumin", "magnesium": "magnesium", "pth": "PTH",
         "phosphate": "phosphate"}  # a result's name inside a sentence

def max_urgency(*levels: str) -> str:
    return max(levels, key=URGENCY_ORDER.__getitem__, default="none")


def _rank(r: Result) -> tuple[int, int, int, int]:
    """How dangerous a reading is: urgency, then severity, then a measured value before an estimate, then the
    better measure."""
    better = len(CALCIUM_MEASURES) - CALCIUM_MEASURES.index(r.analyte) if r.analyte in CALCIUM_MEASURES else 0
    return URGENCY_ORDER[r.urgency], SEVERITY_ORDER[r.severity], not r.estimate, better


def _past(ref: ReferenceData, r: Result, limit: dict[str, float], below: bool) -> bool:
    """Is the result past a level? Compared in the unit it came in when the level was published in it, else in a
    published unit of the output (SI, then conventional), else in the first unit listed (exact conversion)."""
    if r.reported_unit in limit and r.reported_unit in (r.unit, r.conventional.unit):
        unit = r.reported_unit
    else:
        unit = next((u for u in (r.unit, r.conventional.unit) if u in limit), next(iter(limit)))
    if unit == r.unit:
        x = r.value
    elif unit == r.conventional.unit:
        x = r.conventional.value
    else:
        x = convert(r.value, r.unit, unit, ref.analytes[r.analyte], ref.units)
    cut = limit[unit]
    if below:
        return x < cut or (r.comparator in ("<", "<=") and x <= cut)
    return x >= cut


def meets(ref: ReferenceData, level: Level, results: Sequence[Result]) -> bool:
    """Is any result named by the level past it?"""
    for r in results:
        if r.analyte in level.below and _past(ref, r, level.below[r.analyte], True):
            return True
        if r.analyte in level.above and _past(ref, r, level.above[r.analyte], False):
            return True
    return False


def _shown(r: Result) -> str:
    """The value as the user gave it; a calculated value in the unit it was calculated in."""
    if not r.estimate:
        return r.reported
    q = (r.value, r.unit) if r.reported_unit == r.unit else (r.conventional.value, r.conventional.unit)
    return f"{q[0]:.2f} {q[1]}"


def _name(r: Result) -> str:
    return WORDS.get(r.analyte, lower_title(r.name)) + (" (estimate)" if r.estimate else "")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _summary(r: Result) -> str:
    text = f"{r.name} {_shown(r)} is {r.label} (normal {r.range.text}; {r.range.scheme})"
    return text + (" - an estimate" if r.estimate else "")


def _calcium_summary(worst: Result, calciums: list[Result]) -> str:
    text = _summary(worst)
    others = [r for r in calciums if r is not worst]
    if others:
        text += "; " + ", ".join(f"{_name(r)} {_shown(r)} is {r.label}" for r in others)
    return text


def finding_codes(found: list[Finding], analyte: str) -> list[str]:
    """The codes of the findings a result of `analyte` takes part in (a calcium result: those of its albumin-corrected
    calcium too): the vitd_findings cell of a row."""
    return [f.code for f in found if analyte in f.based_on or (analyte == "calcium" and "corrected_calcium" in f.based_on)]


def findings(ref: ReferenceData, results: list[Result], symptoms: list[str]) -> list[Finding]:
    """The findings of one panel: each abnormal result's own finding, the calcium findings from the most dangerous
    calcium reading, and the patterns the results make together (each sentence built from the values it describes)."""
    by = {r.analyte: r for r in results}
    calciums = [by[a] for a in CALCIUM_MEASURES if a in by]
    out: dict[str, Finding] = {}

    def add(code: str, based_on: list[str], severity: str | None, urgency: str, summary: str) -> None:
        d = ref.findings[code]
        urgency = max_urgency(urgency, d.urgency or "none")
        old = out.get(code)
        if old and (URGENCY_ORDER[old.urgency], SEVERITY_ORDER[old.severity]) >= (URGENCY_ORDER[urgency], SEVERITY_ORDER[severity]):
            return
        out[code] = Finding(code=code, title=d.title, severity=severity, urgency=urgency, summary=summary,  # type: ignore[arg-type]
                            meaning=d.meaning, symptoms=list(d.explains), based_on=based_on, source=d.source)

    for r in results:
        if r.finding and r.finding not in CALCIUM_FINDINGS:
            add(r.finding, [r.analyte], r.severity, r.urgency, _summary(r))

    low = [r for r in calciums if r.flag == "low" and r.finding == "hypocalcemia"]
    high = [r for r in calciums if r.flag == "high" and r.finding == "hypercalcemia"]
    for code, group in (("hypocalcemia", low), ("hypercalcemia", high)):
        if group:
            worst = max(group, key=_rank)
            add(code, [r.analyte for r in group], worst.severity, worst.urgency, _calcium_summary(worst, calciums))
    _discordance(calciums, add)
    _patterns(ref, by, low, high, out, add)
    return sorted(out.values(), key=lambda f: (-URGENCY_ORDER[f.urgency], -SEVERITY_ORDER[f.severity]))


def _discordance(calciums: list[Result], add) -> None:  # type: ignore[no-untyped-def]
    """Measured ionized calcium against measured total (or measured corrected) calcium: one abnormal while the other is
    normal or the other way. An albumin-corrected estimate never settles (or removes) a disagreement: it only says
    whether low or high albumin may account for it. So a result added to a panel never takes the finding away."""
    by = {r.analyte: r for r in calciums}
    ion = by.get("ionized_calcium")
    if ion is None or ion.estimate:
        return
    others = [r for r in calciums if r is not ion and not r.estimate]
    pairs = [(ion, r) for r in others if r.flag != ion.flag]
    if not pairs:
        return
    worst = max([ion, *[r for _, r in pairs]], key=_rank)
    _, b = pairs[0]
    opposite = "normal" not in (ion.flag, b.flag)
    summary = (f"Ionized calcium {_shown(ion)} is {ion.label} but {_name(b)} {_shown(b)} is {b.label}"
               + ("; they point in opposite directions" if opposite else ""))
    estimate = by.get("corrected_calcium")
    if estimate is not None and estimate.estimate and estimate.flag == ion.flag and not opposite:
        summary += (f". The albumin-corrected estimate ({_shown(estimate)}) agrees with ionized calcium, so the "
                    "albumin level may account for the difference")
    else:
        summary += f". Until a repeat settles it, the {_name(worst)} result ({worst.label}) is taken as the true one"
    add("calcium_discordant", [ion.analyte, *[r.analyte for _, r in pairs]], worst.severity, worst.urgency, summary)


def _patterns(ref: ReferenceData, by: dict[str, Result], low: list[Result], high: list[Result], out: dict[str, Finding], add) -> None:  # type: ignore[no-untyped-def]
    pth, vitd, mg, phos = by.get("pth"), by.get("vitamin_d"), by.get("magnesium"), by.get("phosphate")
    ca_low = max(low, key=_rank) if low else None
    ca_high = max(high, key=_rank) if high else None
    phos_words = ""
    if phos and phos.flag != "normal":
        phos_words = f", and phosphate {_shown(phos)} is {phos.label}"

    if pth and vitd and pth.flag == "high" and vitd.flag == "low" and not ca_high:
        out.pop("elevated_pth", None)
        add("secondary_hyperparathyroidism", ["pth", "vitamin_d"], None, "routine",
            f"PTH {_shown(pth)} is high while vitamin D {_shown(vitd)} is {vitd.label}"
            + (f" and {_name(ca_low)} {_shown(ca_low)} is {ca_low.label}" if ca_low else ", and calcium is not high"))
    if ca_high and pth and pth.flag in ("high", "normal"):
        out.pop("elevated_pth", None)
        pth_words = "high" if pth.flag == "high" else "within its range, where high calcium should have switched it off"
        text = f"{_cap(_name(ca_high))} {_shown(ca_high)} is {ca_high.label} while PTH {_shown(pth)} is {pth_words}{phos_words}"
        if vitd and vitd.flag == "low":
            text += f". Vitamin D {_shown(vitd)} is {vitd.label}, which can raise PTH too: a doctor usually checks PTH again once vitamin D is replaced"
        add("primary_hyperparathyroidism", [ca_high.analyte, "pth"], None, "routine", text)
    if ca_high and pth and pth.flag == "low":
        out.pop("low_pth", None)
        text = f"{_cap(_name(ca_high))} {_shown(ca_high)} is {ca_high.label} and PTH {_shown(pth)} is low"
        if vitd and vitd.flag == "high":
            add("vitamin_d_toxicity", [ca_high.analyte, "pth", "vitamin_d"], None, "prompt", f"{text}, with vitamin D {_shown(vitd)} {vitd.label}")
        else:
            add("pth_independent_hypercalcemia", [ca_high.analyte, "pth"], None, "prompt", text)
    if ca_low and pth and pth.flag in ("low", "normal"):
        text = f"{_cap(_name(ca_low))} {_shown(ca_low)} is {ca_low.label} while PTH {_shown(pth)} is " + (
            "low" if pth.flag == "low" else "only within its range, where low calcium should have raised it")
        if mg and mg.flag == "low":
            pass  # low magnesium blocks PTH: said by magnesium_limits_calcium_correction below
        else:
            out.pop("low_pth", None)
            add("hypoparathyroidism", [ca_low.analyte, "pth"], None, "prompt", text + phos_words)
    if ca_low and pth and pth.flag == "high" and not (vitd and vitd.flag == "low"):
        out.pop("elevated_pth", None)
        vit = f"; vitamin D {_shown(vitd)} is {vitd.label}" if vitd else ""
        add("pth_response_to_low_calcium", [ca_low.analyte, "pth"], None, "prompt",
            f"{_cap(_name(ca_low))} {_shown(ca_low)} is {ca_low.label} and PTH {_shown(pth)} is high{phos_words}{vit}")
    if mg and ca_low and mg.flag == "low":
        text = f"Magnesium {_shown(mg)} is {mg.label} together with {_name(ca_low)} {_shown(ca_low)} ({ca_low.label})"
        if pth and pth.flag != "high":
            out.pop("low_pth", None)
            text += f"; PTH {_shown(pth)} is not raised, as low magnesium stops its release"
        add("magnesium_limits_calcium_correction", ["magnesium", ca_low.analyte], mg.severity,
            max_urgency(out["hypomagnesemia"].urgency if "hypomagnesemia" in out else "routine", "prompt"), text)
    level = ref.findings["osteomalacia_pattern"].level
    if vitd and phos and phos.flag == "low" and level and meets(ref, level, [vitd]):
        add("osteomalacia_pattern", ["vitamin_d", "phosphate"], None, "prompt",
            f"Vitamin D {_shown(vitd)} is {vitd.label} and phosphate {_shown(phos)} is {phos.label}")


def _titles(ref: ReferenceData, codes: list[str]) -> str:
    return _cap(" and ".join(lower_title(ref.findings[c].title) for c in codes))


def assess_symptoms(ref: ReferenceData, found: list[Finding], symptoms: list[tuple[str, str]],
                    results: Sequence[Result] = ()) -> list[SymptomAssessment]:
    """For each (symptom id, as typed): can these results explain it (at their level), is it a red flag, and what
    urgency does it ask for? A finding that explains a symptom can raise its urgency, never lower it."""
    measured = {r.analyte for r in results}
    out = []
    any_abnormal = bool(found) or any(r.flag != "normal" for r in results)
    for sid, typed in symptoms:
        d = ref.symptoms[sid]
        explained, too_mild = [], []
        for f in found:
            fd = ref.findings[f.code]
            if sid not in fd.explains:
                continue
            levels = [lv for lv in fd.explains_when if sid in lv.symptoms]
            based = [r for r in results if r.analyte in f.based_on]
            if all(meets(ref, lv, based) for lv in levels):
                explained.append(f.code)
            else:
                too_mild.append(f)
        contributed = [f.code for f in found if sid in ref.findings[f.code].contributes and f.code not in explained]
        urgency: str = "urgent" if d.red_flag else d.urgency
        for code in explained:
            fd = ref.findings[code]
            if sid in fd.urgent_with:
                urgency = "urgent"
            elif sid in fd.prompt_with:
                urgency = max_urgency(urgency, "prompt")
        cautious = [f for f in too_mild if ref.findings[f.code].urgent_at_any_level and sid in ref.findings[f.code].urgent_with]
        if cautious and not explained:
            urgency = "urgent"
        missing = [a for a in d.ask_for if not (a in measured or (a == "calcium" and measured & set(CALCIUM_MEASURES)))]

        if explained:
            verdict = "explained"
            msg = f"{_titles(ref, explained)} can cause {d.label}."
            if d.red_flag == "emergency":
                msg += " It needs emergency care now."
            elif d.red_flag == "neurological":
                msg += " It can also come from nerve or muscle disease, so see a doctor without delay if it is in the hands or feet, on one side, or getting worse."
            else:
                urgent_by = [c for c in explained if sid in ref.findings[c].urgent_with]
                if urgent_by:
                    msg += f" With this symptom, {lower_title(ref.findings[urgent_by[0]].title)} needs treatment today."
        elif d.red_flag == "emergency":
            verdict, msg = "red_flag", f"{d.label[0].upper()}{d.label[1:]} needs emergency care whatever the results."
        elif d.red_flag == "neurological":
            verdict = "red_flag"
            msg = (f"Lab results like these do not explain {d.label}. See a doctor without delay and ask whether you "
                   "need a neurologist (NICE NG42).")
        elif contributed:
            verdict, msg = "possibly_related", f"{_titles(ref, contributed)} may contribute to {d.label}, but rarely causes it alone."
        else:
            verdict = "not_explained"
            msg = f"These results do not explain {d.label}."
            if not any_abnormal and d.benign_note and not missing:
                msg += " " + d.benign_note
        if too_mild and not explained:
            mild = "; ".join(f"{lower_title(f.title)} is unlikely to explain {'it' if i else d.label} at this level ("
                             + ", ".join(f"{_name(r)} {_shown(r)}" for r in results if r.analyte in f.based_on) + ")"
                             for i, f in enumerate(too_mild))
            msg = (f"{_cap(mild)}." if verdict == "not_explained" else f"{msg} {_cap(mild)}.")
        if cautious and not explained:
            msg += (f" Still, {lower_title(cautious[0].title)} with this symptom is treated as urgent until a doctor has "
                    "checked (Society for Endocrinology 2016).")
        if missing and not explained:
            names = _join_or([a if a == "calcium" else WORDS.get(a, a) for a in missing])
            msg += f" Low {names} can cause it, and {'it was' if len(missing) == 1 else 'they were'} not measured."
        out.append(SymptomAssessment(symptom=sid, label=d.label, reported=typed, red_flag=d.red_flag, explained_by=explained,
                                     contributed_by=contributed, verdict=verdict, message=msg, urgency=urgency))  # type: ignore[arg-type]
    for f in found:  # a symptom this finding explains and that makes it urgent (SfE 2016: symptomatic hypocalcaemia)
        fd = ref.findings[f.code]
        if any(s.symptom in fd.urgent_with and (f.code in s.explained_by or (fd.urgent_at_any_level and _can_cause(fd, s.symptom)))
               for s in out):
            f.urgency = "urgent"
    return out


def _can_cause(fd: FindingDef, sid: str) -> bool:
    """Can the finding cause this symptom at some level?"""
    return sid in fd.explains


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _join_or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def panel_urgency(found: list[Finding], assessed: list[SymptomAssessment], results: Sequence[Result] = ()) -> str:
    """The one rule: the highest urgency of any result, finding or symptom."""
    levels = [r.urgency for r in results] + [f.urgency for f in found] + [s.urgency for s in assessed]
    return max_urgency("none", *levels)


def advice(ref: ReferenceData, found: list[Finding], assessed: list[SymptomAssessment], urgency: str, results: Sequence[Result] = ()) -> str:
    """What to do, in words (sentences.toml), for the panel's urgency: emergencies first; red-flag symptoms with
    unremarkable results get the neurological wording; symptoms the results do not explain are named in the banner even
    when results are normal."""
    ADVICE = ref.sentences.advice  # noqa: N806
    if any(s.red_flag == "emergency" for s in assessed):
        return ADVICE["emergency"]
    from_results = max_urgency("none", *[f.urgency for f in found], *[r.urgency for r in results],
                               *[s.urgency for s in assessed if s.explained_by and not s.red_flag])
    if urgency == "urgent" and from_results != "urgent":
        return ADVICE["urgent_neurological"]
    unexplained = [s for s in assessed if not s.explained_by and s.urgency == urgency]
    if urgency in ("prompt", "routine") and unexplained and from_results != urgency:
        return ADVICE[f"{urgency}_symptoms"]
    return ADVICE[urgency]


def next_steps(found: list[Finding], assessed: list[SymptomAssessment], results: Sequence[Result] = ()) -> list[str]:
    """What to ask for next, true to this panel: each step is chosen by the findings and symptoms it speaks of."""
    by_code = {f.code: f for f in found}
    codes = set(by_code)
    reported = {s.symptom for s in assessed}
    measured = {r.analyte for r in results}
    steps: list[str] = []
    neuro = [s for s in assessed if s.red_flag == "neurological" and not s.explained_by]
    if neuro:
        steps.append(f"Ask your doctor about a neurological assessment: {_join([s.label for s in neuro])} "
                     f"{'is' if len(neuro) == 1 else 'are'} not explained by these results (NICE NG42: refer without delay).")
    if "calcium_discordant" in codes:
        when = "urgently" if by_code["calcium_discordant"].urgency == "urgent" else "within days"
        steps.append(f"Ask for calcium to be repeated {when}, ideally as ionized calcium on a sample taken without a tight "
                     "tourniquet and tested promptly, and ask whether a paraprotein (for example myeloma) or the handling of the sample explains the difference.")
    missing = [s for s in assessed if s.symptom in TETANY_SYMPTOMS | {"twitching", "cramps", "seizures"} and not s.explained_by]
    if missing and not measured & set(CALCIUM_MEASURES):
        labels = _join(sorted({s.label.split(" (")[0] for s in missing}))
        steps.append(f"Ask for calcium (ideally ionized calcium), magnesium and albumin to be measured: {labels} can come from low calcium or magnesium.")
    elif missing and "magnesium" not in measured:
        steps.append("Ask for magnesium to be measured too: low magnesium causes the same symptoms as low calcium.")
    tetany = reported & TETANY_SYMPTOMS or codes & {"hypocalcemia", "hypomagnesemia"}
    if tetany and "hypercalcemia" not in codes:
        steps.append("A doctor can look for hidden tetany: tapping the cheek in front of the ear (Chvostek's sign) or "
                     "inflating a blood-pressure cuff on the upper arm for three minutes (Trousseau's sign) makes the face or hand "
                     "twitch or cramp when calcium or magnesium is low. Trousseau's sign is the more reliable of the two (WikEM).")
    heart = [c for c in ("hypocalcemia", "hypomagnesemia", "hypermagnesemia", "hypercalcemia")
             if c in by_code and (SEVERITY_ORDER[by_code[c].severity] >= 2 or by_code[c].urgency == "urgent")]
    if heart:
        steps.append("Ask for an ECG (heart tracing): calcium or magnesium at this level can change the heart rhythm "
                     "(a long QT interval with low calcium or magnesium, MSD Manual).")
    if "hypomagnesemia" in codes:
        steps.append("Ask for potassium to be checked too: low magnesium often comes with low potassium, which does not "
                     "correct until magnesium does (CMDT).")
    if "magnesium_limits_calcium_correction" in codes:
        steps.append("Low magnesium is usually corrected first: calcium does not recover while magnesium stays low.")
    if codes & {"hypocalcemia", "hypercalcemia", "hypomagnesemia", "hypermagnesemia"}:
        steps.append("Ask for a repeat test of calcium (ideally ionized calcium), magnesium, albumin, PTH and kidney function.")
    if codes & {"primary_hyperparathyroidism"}:
        steps.append("Ask about referral to a hormone specialist (endocrinologist) to confirm overactive parathyroid glands (NICE NG132).")
    if codes & {"hypoparathyroidism", "pth_response_to_low_calcium", "pth_independent_hypercalcemia"}:
        steps.append("Ask for kidney function (creatinine, eGFR) and, if not done, magnesium and vitamin D, which the cause of these results depends on.")
    if codes & {"vitamin_d_deficiency", "vitamin_d_insufficiency"}:
        steps += [
            "Diet: fatty fish (salmon, mackerel, tuna), egg yolks, fortified dairy and mushrooms add vitamin D.",
            "Sun: short, regular exposure of face, arms and legs (about 5-30 minutes, depending on skin and place) without burning.",
            "Supplements: take them as your doctor advises; high doses to correct a deficiency need medical supervision.",
            "Retest after about three months of treatment: levels take weeks to months to recover.",
        ]
    if "osteomalacia_pattern" in codes:
        steps.append("Ask whether osteomalacia (soft bones) is the cause: alkaline phosphatase and PTH help confirm it, and it is treated with vitamin D and calcium.")
    if codes & {"vitamin_d_excess", "vitamin_d_toxicity"}:
        steps.append("Stop any vitamin D supplements until you have spoken to a doctor, and ask for your calcium to be checked.")
    if "jerks" in reported:
        steps.append(f"About myoclonus (sudden jerks): NINDS, {NINDS_MYOCLONUS}")
    watch = [w for sid, w in WATCH.items() if sid not in reported]
    if assessed and not neuro and watch:
        steps.append(f"See a doctor without delay if {_join_or(watch)} appear, or if symptoms keep getting worse.")
    return steps
