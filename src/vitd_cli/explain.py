"""Panel-level meaning: findings from the classified results, how they relate to the symptoms given, urgency,
advice and next steps. Pure functions over reference data; the words for people are ours."""

from __future__ import annotations

from .models import URGENCY_ORDER, Finding, Result, SymptomAssessment
from .reference import ReferenceData

# Which calcium measure decides hypo-/hypercalcemia, best first (ionized is the gold standard, clinical-facts.md §2.4).
CALCIUM_MEASURES = ("ionized_calcium", "corrected_calcium", "calcium")
CALCIUM_FINDINGS = {"hypocalcemia", "hypercalcemia"}
SEVERITY_ORDER = {None: 0, "mild": 1, "moderate": 2, "severe": 3}
NINDS_MYOCLONUS = "https://www.ninds.nih.gov/health-information/disorders/myoclonus"

ADVICE = {
    "urgent": "Seek medical care today. If there are seizures, trouble breathing, chest symptoms or spasms that do not stop, call emergency services.",
    "urgent_neurological": (
        "See a doctor without delay about these symptoms, and ask whether you need a neurologist (NICE NG42 advises "
        "referral without delay when motor neurone disease is possible). Call emergency services for trouble breathing or choking."
    ),
    "prompt": "See a doctor within the next few days to discuss these results.",
    "routine": "Discuss these results with your doctor at a routine appointment.",
    "none": "These results are within the ranges used. Nothing here needs action on its own.",
}
DISCLAIMER = "This is not a diagnosis. vitd explains what lab results mean against published ranges; a doctor who knows you must interpret them."


def max_urgency(*levels: str) -> str:
    return max(levels, key=URGENCY_ORDER.__getitem__, default="none")


def _calcium_result(results: dict[str, Result]) -> Result | None:
    return next((results[a] for a in CALCIUM_MEASURES if a in results), None)


def findings(ref: ReferenceData, results: list[Result], symptoms: list[str]) -> list[Finding]:
    by_analyte = {r.analyte: r for r in results}
    calcium = _calcium_result(by_analyte)
    out: dict[str, Finding] = {}

    def add(code: str, result: Result | None, based_on: list[str], severity: str | None, urgency: str, summary: str) -> None:
        d = ref.findings[code]
        if any(s in d.urgent_with for s in symptoms):
            urgency = "urgent"
        old = out.get(code)
        if old and SEVERITY_ORDER[old.severity] >= SEVERITY_ORDER[severity]:
            return
        explains = [s for s in d.explains]
        out[code] = Finding(code=code, title=d.title, severity=severity, urgency=urgency, summary=summary,  # type: ignore[arg-type]
                            meaning=d.meaning, symptoms=explains, based_on=based_on, source=d.source)

    for r in results:
        code = r.finding
        if not code:
            continue
        if code in CALCIUM_FINDINGS and r is not calcium:
            continue  # a better calcium measure decides
        add(code, r, [r.analyte], r.severity, r.urgency, _summary(r))

    pth, vitd, mg = by_analyte.get("pth"), by_analyte.get("vitamin_d"), by_analyte.get("magnesium")
    if pth and vitd and pth.flag == "high" and vitd.flag == "low" and not (calcium and calcium.flag == "high"):
        out.pop("elevated_pth", None)
        add("secondary_hyperparathyroidism", pth, ["pth", "vitamin_d"], None, "routine",
            f"PTH {_shown(pth)} is high while vitamin D {_shown(vitd)} is {vitd.label}")
    if mg and calcium and mg.flag == "low" and calcium.flag == "low":
        add("magnesium_limits_calcium_correction", mg, ["magnesium", calcium.analyte], mg.severity,
            max_urgency(out["hypomagnesemia"].urgency if "hypomagnesemia" in out else "routine", "prompt"),
            f"magnesium {_shown(mg)} is low together with {calcium.name.lower()} {_shown(calcium)}")
    return sorted(out.values(), key=lambda f: (-URGENCY_ORDER[f.urgency], -SEVERITY_ORDER[f.severity]))


def _shown(r: Result) -> str:
    """The value as the user gave it; a calculated value in the unit it was calculated in."""
    if not r.estimate:
        return r.reported
    q = (r.value, r.unit) if r.reported_unit == r.unit else (r.conventional.value, r.conventional.unit)
    return f"{q[0]:.2f} {q[1]}"


def _summary(r: Result) -> str:
    text = f"{r.name} {_shown(r)} is {r.label} (normal {r.range.text}; {r.range.scheme})"
    return text + (" - an estimate" if r.estimate else "")


def assess_symptoms(ref: ReferenceData, found: list[Finding], symptoms: list[tuple[str, str]]) -> list[SymptomAssessment]:
    """For each (symptom id, as typed): can these results explain it, and is it a red flag?"""
    out = []
    any_abnormal = bool(found)
    for sid, typed in symptoms:
        d = ref.symptoms[sid]
        explained = [f.code for f in found if sid in ref.findings[f.code].explains]
        contributed = [f.code for f in found if sid in ref.findings[f.code].contributes and f.code not in explained]
        titles = lambda codes: " and ".join(ref.findings[c].title.lower() for c in codes)  # noqa: E731
        if d.red_flag == "emergency":
            verdict, msg = "red_flag", f"{d.label.capitalize()} need emergency care whatever the results."
        elif d.red_flag == "neurological":
            verdict = "red_flag"
            msg = (f"{d.label.capitalize()} is a warning sign that lab results like these do not account for. "
                   "See a doctor promptly; progressive weakness, wasting or trouble speaking, swallowing or breathing "
                   "need a neurologist's assessment (NICE NG42).")
            if explained:
                msg += f" ({titles(explained).capitalize()} can cause it too, but do not rule out other causes.)"
        elif explained:
            verdict, msg = "explained", f"{titles(explained).capitalize()} can cause {d.label}."
        elif contributed:
            verdict, msg = "possibly_related", f"{titles(contributed).capitalize()} may contribute to {d.label}, but rarely causes it alone."
        else:
            verdict = "not_explained"
            msg = f"These results do not explain {d.label}."
            if not any_abnormal and d.benign_note:
                msg += " " + d.benign_note + " Watch for weakness, wasting, or trouble speaking, swallowing or breathing."
        out.append(SymptomAssessment(symptom=sid, label=d.label, reported=typed, red_flag=d.red_flag, explained_by=explained,
                                     contributed_by=contributed, verdict=verdict, message=msg))  # type: ignore[arg-type]
    return out


def panel_urgency(found: list[Finding], assessed: list[SymptomAssessment]) -> str:
    levels = [f.urgency for f in found] + ["urgent" for s in assessed if s.red_flag]
    return max_urgency("none", *levels)


def advice(found: list[Finding], assessed: list[SymptomAssessment], urgency: str) -> str:
    """What to do, in words: red-flag symptoms with unremarkable labs get the neurological wording."""
    labs_urgent = any(f.urgency == "urgent" for f in found) or any(s.red_flag == "emergency" for s in assessed)
    if urgency == "urgent" and not labs_urgent:
        return ADVICE["urgent_neurological"]
    return ADVICE[urgency]


def next_steps(found: list[Finding], assessed: list[SymptomAssessment]) -> list[str]:
    codes = {f.code for f in found}
    steps: list[str] = []
    if any(s.red_flag == "neurological" for s in assessed):
        steps.append("Ask your doctor about a neurological assessment: weakness, wasting, or trouble speaking, swallowing or breathing are not explained by these minerals.")
    if "magnesium_limits_calcium_correction" in codes:
        steps.append("Low magnesium is usually corrected first: calcium does not recover while magnesium stays low.")
    if codes & {"hypocalcemia", "hypercalcemia", "hypomagnesemia", "hypermagnesemia"}:
        steps.append("Ask for a repeat test of calcium (ideally ionized calcium), magnesium, albumin, PTH and kidney function.")
    if codes & {"vitamin_d_deficiency", "vitamin_d_insufficiency"}:
        steps += [
            "Diet: fatty fish (salmon, mackerel, tuna), egg yolks, fortified dairy and mushrooms add vitamin D.",
            "Sun: short, regular exposure of face, arms and legs (about 5-30 minutes, depending on skin and place) without burning.",
            "Supplements: take them as your doctor advises; high doses to correct a deficiency need medical supervision.",
            "Retest after about three months of treatment: levels take weeks to months to recover, and symptoms from low calcium usually ease as levels are corrected.",
        ]
    if "vitamin_d_excess" in codes:
        steps.append("Stop any vitamin D supplements until you have spoken to a doctor, and ask for your calcium to be checked.")
    if "jerks" in {s.symptom for s in assessed}:
        steps.append(f"About myoclonus (sudden jerks): NINDS, {NINDS_MYOCLONUS}")
    if not codes and not any(s.red_flag for s in assessed):
        steps.append("If twitches or cramps go on, see a doctor, and sooner if weakness, wasting, or trouble speaking, swallowing or breathing appear.")
    return steps
