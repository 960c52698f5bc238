"""The closed vocabularies the reference data and the output share: a result's flag, a band's severity, an urgency
(and their order), a unit's kind."""

from __future__ import annotations

from typing import Literal

Flag = Literal["low", "normal", "high"]
Severity = Literal["mild", "moderate", "severe"]
Urgency = Literal["none", "routine", "prompt", "urgent"]
UnitKind = Literal["mass", "molar", "equivalent"]
URGENCY_ORDER: dict[str, int] = {"none": 0, "routine": 1, "prompt": 2, "urgent": 3}
