"""FHIR input: an Observation, a DiagnosticReport (with contained Observations), a Bundle of any type (nested Bundles
too), or an NDJSON bulk-export file with one resource a line.

Parsed with the json module into LabRecords: only the parts vitd reads are looked at, and no FHIR model library is
imported (fhir.resources costs ~150-190 ms to import; this reads Bundle-ghp.json, 181 kB, in a few ms).

What is read from an Observation (R4; R5 resources read the same):
- code.coding: every coding with the LOINC system, in any position (other systems are ignored); name: code.text,
  else a coding's display;
- valueQuantity (UCUM system+code, else the free unit; comparator), valueString ('<5 ng/mL'), valueInteger;
  other value types and dataAbsentReason give a record without a value (absent_reason says why);
- referenceRange[0] (text, or low/high), interpretation (the lab's flag), specimen, status;
- effectiveDateTime / effectivePeriod.start / effectiveInstant, else issued; subject.
An Observation without its own subject, time or specimen takes them from the DiagnosticReport that lists it in
`result`, or the panel Observation that lists it in `hasMember` (references resolved inside the same Bundle, or '#id'
for contained resources). NDJSON lines are read one by one (bulk exports are large): references across lines are not
resolved.

The parts: fhir_json (the JSON read strictly: depth, duplicate keys, lone surrogates), fhir_walk (Bundles, reports,
contained resources and the references between them), fhir_observation (one Observation to a LabRecord) and
fhir_values (value[x], reference range, interpretation).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from itertools import chain
from typing import Any

from ..errors import VitdError
from .fhir_json import loads, parse_int
from .fhir_walk import walk_documents
from .records import LabRecord, Skipped

MAX_BYTES = 64 * 1024 * 1024  # one JSON document
MAX_LINE_BYTES = 16 * 1024 * 1024  # one NDJSON line


def read_fhir(stream: Any) -> Iterator[LabRecord | Skipped]:
    """Records from a FHIR JSON document or an NDJSON file (binary or text stream). Raises VitdError when unreadable."""
    head = _read(stream, 65536)
    while True:  # the whole first line and the start of the next, to tell NDJSON from one JSON document
        stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        nl = stripped.find(b"\n")
        if (nl != -1 and stripped[nl:].strip()) or len(head) > MAX_LINE_BYTES:
            break
        more = _read(stream, 1 << 20)
        if not more:
            break
        head += more
    if not stripped:
        raise VitdError("fhir-empty", "the FHIR input is empty", "give an Observation, a Bundle, a DiagnosticReport or NDJSON")
    if not stripped.startswith((b"{", b"[")):
        raise VitdError("fhir-invalid-json", "not JSON: the input does not start with '{' or '['", "a FHIR JSON resource starts with '{'")
    if _is_ndjson(stripped):
        return _read_ndjson(head, stream)
    rest = _read(stream, MAX_BYTES + 1 - len(head))
    data = head + rest
    if len(data) > MAX_BYTES:
        raise VitdError("fhir-too-large", f"the FHIR document is larger than {MAX_BYTES // 2**20} MiB",
                        "split it, or export it as NDJSON (one resource a line), which is read line by line")
    try:
        doc, duplicates = loads(data, "the FHIR document")
    except VitdError as exc:
        if exc.code == "fhir-invalid-json" and "Extra data" in exc.message and b"\n{" in data.strip():
            return _read_ndjson(data, iter(()))  # NDJSON whose first line did not end where we looked
        raise
    return walk_documents([(doc, _top_location(doc))], duplicates=duplicates)


def _read(stream: Any, n: int) -> bytes:
    data = stream.read(n) if n > 0 else b""
    return data.encode("utf-8") if isinstance(data, str) else (data or b"")


def _is_ndjson(text: bytes) -> bool:
    first, nl, rest = text.partition(b"\n")
    first = first.strip()
    return bool(nl) and first.startswith(b"{") and first.endswith(b"}") and rest.lstrip().startswith(b"{") and _complete(first)


def _complete(line: bytes) -> bool:
    try:
        json.loads(line, parse_int=parse_int)
    except ValueError:
        return False
    return True


def _read_ndjson(head: bytes, stream: Any) -> Iterator[LabRecord | Skipped]:
    counter = [0]
    for number, line in enumerate(_lines(head, stream), 1):
        if len(line) > MAX_LINE_BYTES:
            raise VitdError("fhir-too-large", f"NDJSON line {number} is larger than {MAX_LINE_BYTES // 2**20} MiB", "one resource a line")
        if not line.strip():
            continue
        doc, duplicates = loads(line, f"NDJSON line {number}")
        yield from walk_documents([(doc, f"line {number}")], counter, duplicates)


def _lines(head: bytes, stream: Any) -> Iterator[bytes]:
    tail = b""
    for line in chain(io.BytesIO(head), stream):  # head a line at a time too (it can be a whole document): no list of its lines
        chunk = line.encode("utf-8") if isinstance(line, str) else line
        if tail:
            chunk, tail = tail + chunk, b""
        if chunk.endswith(b"\n"):
            yield chunk[:-1]
        else:
            tail = chunk
    if tail:
        yield tail


def _top_location(doc: Any) -> str:
    if isinstance(doc, dict):
        return str(doc.get("resourceType") or "resource")
    return "input"
