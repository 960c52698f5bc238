"""The explain stage: a panel's findings (each result's own and the patterns results make together), how they bear on
the symptoms given, the urgency and the advice (sentences from reference_ranges/sentences.toml)."""

from .panel import (
    CALCIUM_FINDINGS,
    CALCIUM_MEASURES,
    SEVERITY_ORDER,
    advice,
    assess_symptoms,
    finding_codes,
    findings,
    max_urgency,
    meets,
    next_steps,
    panel_urgency,
)

__all__ = ["CALCIUM_FINDINGS", "CALCIUM_MEASURES", "SEVERITY_ORDER", "advice", "assess_symptoms", "finding_codes", "findings",
           "max_urgency", "meets", "next_steps", "panel_urgency"]
