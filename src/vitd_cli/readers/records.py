"""The record every FHIR and HL7 v2 reader yields (LabRecord, or Skipped when the reader itself set one aside), and
what became of each (Outcome, Accounting). Types only: the readers fill them (readers/fhir.py, readers/hl7.py), the
pipeline reads them (readers/record_rows.py makes each the row batch.Engine reads; pipeline/interop_records.py), the renderers show them (render/fhir_out.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

InputKind = Literal["fhir-json", "fhir-ndjson", "hl7"]
OutcomeStatus = Literal["interpreted", "other_test", "skipped"]

# Observation.status codes (FHIR R4); readers map HL7 OBX-11 onto them.
INTERPRETED_STATUSES = ("final", "amended", "corrected")
WARNED_STATUSES = ("preliminary", "unknown")

# LOINC codes that look like one of ours but are not read as it. Kept here rather than in analytes.toml [[excluded]]
# because the reason depends on the value (see docs/interop.md, "LOINC 13959-2").
CALCULATED_IONIZED = "13959-2"

SUPERSEDED = "superseded"  # the kind of a skip for a result given again for the same subject and time (pipeline/interop_records.py)

@dataclass(slots=True)
class LabRecord:
    """One Observation or OBX as read from a file: nothing identified, converted or classified yet."""

    subject: str | None  # FHIR subject reference/identifier; HL7 PID-3
    date: str | None  # collection time, ISO 8601 as given (FHIR) or converted (HL7)
    name: str | None  # the test's name as printed (code.text / OBX-3 text)
    loinc: str | None  # the first LOINC code given (any coding position); see loinc_codes
    value_text: str | None  # '18.5', '<5', '18 ng/mL'; None when there is no value (see absent_reason)
    unit: str | None  # UCUM code, or the unit as printed
    specimen: str | None
    reference_range: str | None  # the lab's own range, as text
    lab_flag: str | None  # the lab's flag: FHIR interpretation code or OBX-8 (H, L, HH, LL, N, A ...)
    status: str | None  # FHIR Observation.status vocabulary (HL7 OBX-11 mapped onto it)
    source_index: int  # 0-based position among the Observations/OBX of the input
    raw: Any = None  # the Observation dict (FHIR) or the OBX segment text (HL7)
    location: str = ""  # where in the input, for people: 'entry[17] Observation/o17', 'message 1 OBX 3 (line 7)'
    place: str = ""  # the same from positions only, for stderr: 'observation 18', 'message 1, OBX at line 7' (see public_place)
    loinc_codes: tuple[str, ...] = ()
    unit_alt: str | None = None  # the other spelling of the unit (FHIR: unit text when the UCUM code was used)
    absent_reason: str | None = None  # why there is no value: FHIR dataAbsentReason, a coded value ...
    notes: list[str] = field(default_factory=list)  # reading notes (date from 'issued', HL7 version ...)
    source_format: str = ""  # 'fhir' or 'hl7'


@dataclass(slots=True)
class Skipped:
    """An Observation or OBX that the reader itself set aside (cancelled, entered in error, a panel, malformed)."""

    reason: str
    source_index: int
    location: str = ""
    name: str | None = None
    loinc: str | None = None
    raw: Any = None
    source_format: str = ""
    place: str = ""


def public_place(item: LabRecord | Skipped) -> str:
    """Where a record is, from positions only (no id, no control id from the input): for stderr."""
    return item.place or f"observation {item.source_index + 1}"


@dataclass(slots=True)
class Outcome:
    """What became of one Observation/OBX: interpreted, another test (not one of ours), or skipped, and why."""

    source_index: int
    location: str
    status: OutcomeStatus
    reason: str | None = None
    name: str | None = None
    loinc: str | None = None
    analyte: str | None = None  # the analyte id it was read as
    panel: int | None = None  # index into Report.panels
    warnings: list[str] = field(default_factory=list)
    record: LabRecord | None = field(default=None, repr=False)
    place: str = ""  # public_place() of the record: what stderr names
    kind: str | None = None  # a skip's kind when its reason's words do not say it (SUPERSEDED): see skip_kind
    findings: list[str] = field(default_factory=list)  # the codes of its panel's findings it takes part in (vitd_findings)
    panel_row: int | None = None  # its panel's number as a lab export's (vitd_panel): the row of the panel's first record
    result: Any = field(default=None, repr=False)  # pipeline.interop_records.RowResult: the vitd_* cells of an interpreted record

    def to_dict(self) -> dict[str, Any]:
        return {"source_index": self.source_index, "location": self.location, "status": self.status, "reason": self.reason,
                "name": self.name, "loinc": self.loinc, "analyte": self.analyte, "panel": self.panel, "warnings": list(self.warnings)}


@dataclass(slots=True)
class Accounting:
    """Every Observation/OBX of the input, in input order, with its outcome."""

    outcomes: list[Outcome] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # the report's warnings as Notes: their public wording goes to stderr
    counts_of_rows: Any = None  # row_counts.Counts: the records counted as a lab export's rows (--summary's `rows`)

    def counts(self) -> dict[str, int]:
        out = {"interpreted": 0, "other_test": 0, "skipped": 0}
        for o in self.outcomes:
            out[o.status] += 1
        return out

    def summary(self) -> str:
        kinds = Counter(skip_kind(o) for o in self.outcomes if o.status == "skipped")
        return count_line(len(self.outcomes), self.counts(), kinds)

    def to_dict(self) -> dict[str, Any]:
        return {"counts": self.counts(), "outcomes": [o.to_dict() for o in self.outcomes]}


def skip_kind(o: Outcome) -> str:
    """The kind of a skip, for the count line: the kind given where it was skipped, else its reason's public wording
    (or vitd's own words) up to its first colon."""
    if o.kind:
        return o.kind
    text = str(getattr(o.reason, "public", o.reason) or "skipped")
    return text.split(":", 1)[0].strip()[:60] or "skipped"


def count_line(total: int, counts: dict[str, int], kinds: Counter[str]) -> str:
    """'8 observations read: 3 interpreted, 2 other tests, 3 skipped (2 no value, 1 cancelled)'."""
    other = counts["other_test"]
    line = (f"{total:,} observation{'s' if total != 1 else ''} read: {counts['interpreted']:,} interpreted, "
            f"{other:,} other test{'s' if other != 1 else ''}, {counts['skipped']:,} skipped")
    if kinds:
        line += " (" + ", ".join(f"{n:,} {k}" for k, n in kinds.most_common()) + ")"
    return line
