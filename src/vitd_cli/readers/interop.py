"""FHIR and HL7 v2 inputs: the kind of an input from its first bytes (sniff) and its records (read_records), parsed by
readers/fhir.py and readers/hl7.py into the types of readers/records.py. Parsing only: what the records mean is decided
in pipeline/interop_records.py.

Imports are kept light (no interpret/reference at import time) so that parsing alone stays in the millisecond range.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .records import (
    CALCULATED_IONIZED,
    INTERPRETED_STATUSES,
    WARNED_STATUSES,
    Accounting,
    InputKind,
    LabRecord,
    Outcome,
    OutcomeStatus,
    Skipped,
    public_place,
)

__all__ = ["CALCULATED_IONIZED", "INTERPRETED_STATUSES", "WARNED_STATUSES", "Accounting", "InputKind", "LabRecord", "Outcome",
           "OutcomeStatus", "Skipped", "public_place", "read_records", "sniff"]


def sniff(head: bytes) -> InputKind | None:
    """The kind of an input from its first bytes (give at least 4 KiB): FHIR JSON, FHIR NDJSON, HL7 v2, or None."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith((b"\x0b", b"MSH", b"FHS", b"BHS")):
        return "hl7"
    if not text.startswith(b"{"):
        return None
    if b'"resourceType"' not in text:
        return None
    first, nl, rest = text.partition(b"\n")
    first = first.rstrip(b"\r \t")
    if nl and first.endswith(b"}") and b'"resourceType"' in first and rest.lstrip(b" \t\r\n").startswith(b"{"):
        return "fhir-ndjson"
    return "fhir-json"


def read_records(stream: Any, kind: InputKind | None = None) -> Iterator[LabRecord | Skipped]:
    """Read a FHIR (JSON or NDJSON) or HL7 v2 input, sniffing which when `kind` is None."""
    from ..errors import VitdError

    if kind is None:
        head = _peek(stream)
        kind = sniff(head) if head else None
        if kind is None:
            raise VitdError("input-format-unknown", "cannot tell whether the input is FHIR JSON, FHIR NDJSON or HL7 v2",
                            "FHIR starts with '{' and a resourceType, HL7 v2 with an MSH segment")
    if kind == "hl7":
        from .hl7 import read_hl7

        return read_hl7(stream)
    from .fhir import read_fhir

    return read_fhir(stream)


def _peek(stream: Any, n: int = 4096) -> bytes:
    """The first bytes of a stream without consuming them (buffered binary streams peek; others must seek)."""
    peek = getattr(stream, "peek", None)
    if peek is not None:
        head = peek(n)[:n]
    elif stream.seekable():
        pos = stream.tell()
        head = stream.read(n)
        stream.seek(pos)
    else:
        from ..errors import VitdError

        raise VitdError("input-format-unknown", "cannot look ahead in this input to tell its format", "give the format explicitly")
    return head.encode("utf-8", "replace") if isinstance(head, str) else head


# ---------------------------------------------------------------- interpretation
