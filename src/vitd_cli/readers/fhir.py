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
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from itertools import accumulate, chain
from typing import Any

from ..errors import VitdError
from ..textsafe import Note
from .records import LabRecord, Skipped

MAX_BYTES = 64 * 1024 * 1024  # one JSON document
MAX_LINE_BYTES = 16 * 1024 * 1024  # one NDJSON line
MAX_DEPTH = 100  # JSON nesting; real FHIR resources stay under ~20
MAX_BUNDLE_NESTING = 8  # Bundles inside Bundles (and contained resources)

LOINC_SYSTEMS = {"http://loinc.org", "https://loinc.org", "urn:oid:2.16.840.1.113883.6.1", "loinc", "ln"}
UCUM = "http://unitsofmeasure.org"
SKIP_STATUSES = {
    "entered-in-error": "status entered-in-error: the result was recorded in error",
    "cancelled": "status cancelled: the test was not done",
    "registered": "status registered: no result yet",
}
KNOWN_STATUSES = {"registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"}
_TOKEN = re.compile(rb'["\[\]{}]')  # what the exact depth scan stops at
_CHUNK = 1 << 18  # bytes counted at a time by the quick depth check
_STEP = {ord("{"): 1, ord("["): 1, ord("}"): -1, ord("]"): -1}
_NOT_BRACKETS = bytes(c for c in range(256) if c not in _STEP)


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
        doc, duplicates = _loads(data, "the FHIR document")
    except VitdError as exc:
        if exc.code == "fhir-invalid-json" and "Extra data" in exc.message and b"\n{" in data.strip():
            return _read_ndjson(data, iter(()))  # NDJSON whose first line did not end where we looked
        raise
    return _records([(doc, _top_location(doc))], duplicates=duplicates)


def _read(stream: Any, n: int) -> bytes:
    data = stream.read(n) if n > 0 else b""
    return data.encode("utf-8") if isinstance(data, str) else (data or b"")


def _is_ndjson(text: bytes) -> bool:
    first, nl, rest = text.partition(b"\n")
    first = first.strip()
    return bool(nl) and first.startswith(b"{") and first.endswith(b"}") and rest.lstrip().startswith(b"{") and _complete(first)


def _complete(line: bytes) -> bool:
    try:
        json.loads(line, parse_int=_int)
    except ValueError:
        return False
    return True


def _loads(data: bytes, what: str) -> tuple[Any, bool]:
    """The parsed document, and whether a JSON object in it has a key twice."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise VitdError("fhir-encoding", f"{what} is not UTF-8 (byte {exc.start})", "FHIR JSON is always UTF-8") from None
    _check_depth(data, what)
    try:
        pairs = _Pairs()
        doc = json.loads(text, object_pairs_hook=pairs, parse_int=_int)
        if _SURROGATE_ESCAPE.search(text):  # a '\\ud800' escape: maybe a lone surrogate (pairs decode to one character)
            doc = _clean(doc)
        return doc, pairs.found
    except json.JSONDecodeError as exc:
        raise VitdError("fhir-invalid-json", f"{what} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                        "check the file is complete and not cut off") from None
    except RecursionError:
        raise VitdError("fhir-too-deep", f"{what} is nested too deeply", f"FHIR resources are nested at most {MAX_DEPTH} levels") from None


class _Object(dict):
    """A JSON object that was given a key twice (json.loads would keep the last value silently): `duplicate` is the key."""

    duplicate: str | None = None


class _Pairs:
    """object_pairs_hook for json.loads: plain dicts, or an _Object where a key is repeated (and `found` set)."""

    def __init__(self) -> None:
        self.found = False

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict:
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        self.found = True
        marked = _Object(obj)
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                marked.duplicate = key
                break
            seen.add(key)
        return marked


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _clean(x: Any) -> Any:
    """`x` with lone surrogates ('\\ud800' escapes, which no UTF-8 output can write) in its strings replaced by U+FFFD;
    objects and arrays are cleaned in place (an _Object stays one)."""
    if isinstance(x, str):
        return _SURROGATE.sub("\ufffd", x) if _SURROGATE.search(x) else x
    if isinstance(x, dict):
        for key in list(x):
            value = _clean(x.pop(key)) if _SURROGATE.search(key) else _clean(x[key])
            x[_clean(key)] = value
    elif isinstance(x, list):
        x[:] = [_clean(v) for v in x]
    return x


def _int(text: str) -> int | float:
    """An integer; one longer than Python converts (4300 digits) is read as a float, far beyond any lab value."""
    try:
        return int(text)
    except ValueError:
        return float(text)


def _duplicate(obj: Any) -> str | None:
    """The first key given twice in this JSON object or any object or array inside it."""
    if isinstance(obj, _Object) and obj.duplicate is not None:
        return obj.duplicate
    children = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, list) else ()
    for child in children:
        if isinstance(child, (dict, list)):
            found = _duplicate(child)
            if found is not None:
                return found
    return None


def _check_depth(data: bytes, what: str) -> None:
    """Refuse JSON nested deeper than MAX_DEPTH, with O(1) extra memory. Brackets are first counted in C, a chunk at a
    time (bytes.translate); only a document that looks too deep is scanned again, skipping its strings (whose brackets
    do not count) with bytes.find rather than copying them out."""
    depth = peak = 0
    for at in range(0, len(data), _CHUNK):
        steps = data[at:at + _CHUNK].translate(None, _NOT_BRACKETS)
        if steps:
            peak = max(peak, max(accumulate(map(_STEP.__getitem__, steps), initial=depth)))
            depth += 2 * (steps.count(b"{") + steps.count(b"[")) - len(steps)
    if peak <= MAX_DEPTH:
        return
    depth, pos, search, find = 0, 0, _TOKEN.search, data.find
    while (m := search(data, pos)) is not None:
        c, pos = data[m.start()], m.end()
        if c == 0x22:  # a string: on to its closing quote, one not escaped by an odd run of backslashes
            while True:
                q = find(b'"', pos)
                if q < 0:
                    return  # cut off: json.loads says so
                k = q
                while k > pos and data[k - 1] == 0x5C:
                    k -= 1
                pos = q + 1
                if (q - k) % 2 == 0:
                    break
        elif c in (0x5B, 0x7B):
            depth += 1
            if depth > MAX_DEPTH:
                raise VitdError("fhir-too-deep", f"{what} is nested more than {MAX_DEPTH} levels deep", "this is not a FHIR resource vitd can read")
        else:
            depth -= 1


def _read_ndjson(head: bytes, stream: Any) -> Iterator[LabRecord | Skipped]:
    counter = [0]
    for number, line in enumerate(_lines(head, stream), 1):
        if len(line) > MAX_LINE_BYTES:
            raise VitdError("fhir-too-large", f"NDJSON line {number} is larger than {MAX_LINE_BYTES // 2**20} MiB", "one resource a line")
        if not line.strip():
            continue
        doc, duplicates = _loads(line, f"NDJSON line {number}")
        yield from _records([(doc, f"line {number}")], counter, duplicates)


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


# ---------------------------------------------------------------- walking resources


class _Scope:
    """The resources one Bundle (or one top-level resource) holds, by the references that can point at them."""

    def __init__(self, parent: _Scope | None = None) -> None:
        self.index: dict[str, dict] = {}
        self.parent = parent
        self._contained: dict[int, tuple[dict, dict[str, dict]]] = {}  # id(container) -> (container, its contained by id)

    def add(self, resource: dict, full_url: str | None) -> None:
        rt, rid = resource.get("resourceType"), resource.get("id")
        if isinstance(full_url, str) and full_url:
            self.index[full_url] = resource
        if isinstance(rt, str) and isinstance(rid, str):
            self.index[f"{rt}/{rid}"] = resource

    def resolve(self, ref: Any, container: dict | None) -> dict | None:
        if not isinstance(ref, dict):
            return None
        target = ref.get("reference")
        if not isinstance(target, str) or not target:
            return None
        if target.startswith("#"):
            return self._contained_by_id(container).get(target[1:]) if container else None
        target = target.split("/_history/")[0]
        scope: _Scope | None = self
        while scope is not None:
            hit = scope.index.get(target)
            if hit is None and "://" in target:
                hit = scope.index.get("/".join(target.rstrip("/").split("/")[-2:]))
            if hit is not None:
                return hit
            scope = scope.parent
        return None


    def _contained_by_id(self, container: dict) -> dict[str, dict]:
        """The contained resources of `container` by id (the first of a duplicated id wins), built once: a report
        listing n contained results is resolved in O(n), not O(n^2)."""
        cached = self._contained.get(id(container))
        if cached is not None and cached[0] is container:
            return cached[1]
        by_id: dict[str, dict] = {}
        for c in _list(container.get("contained")):
            if isinstance(c, dict) and isinstance(c.get("id"), str):
                by_id.setdefault(c["id"], c)
        self._contained[id(container)] = (container, by_id)
        return by_id


class _Walk:
    def __init__(self, counter: list[int], duplicates: bool = False) -> None:
        self.counter = counter
        self.duplicates = duplicates  # some JSON object of the input has a key twice: look for it in each Observation
        self.parents: dict[int, dict] = {}  # id(Observation) -> the DiagnosticReport or panel Observation listing it
        self.containers: dict[int, dict] = {}  # id(contained resource) -> the resource containing it

    def records(self, doc: Any, location: str, scope: _Scope, depth: int = 0) -> Iterator[LabRecord | Skipped]:
        if not isinstance(doc, dict):
            raise VitdError("fhir-invalid", f"{location}: expected a FHIR resource (a JSON object), found {type(doc).__name__}",
                            "give an Observation, a Bundle or a DiagnosticReport")
        rt = doc.get("resourceType")
        if not isinstance(rt, str):
            raise VitdError("fhir-invalid", f"{location}: not a FHIR resource (no resourceType)", "FHIR JSON resources carry \"resourceType\"")
        if depth > MAX_BUNDLE_NESTING:
            raise VitdError("fhir-too-deep", f"{location}: Bundles nested more than {MAX_BUNDLE_NESTING} deep", "flatten the Bundle")
        if rt == "Bundle":
            yield from self._bundle(doc, location, scope, depth)
            return
        if rt == "OperationOutcome" and depth == 0:
            # Its diagnostics are free text (they can name the patient): only the issue codes (IssueType) are named.
            codes = [i.get("code") for i in _list(doc.get("issue")) if isinstance(i, dict)]
            detail = ", ".join(dict.fromkeys(c for c in codes if isinstance(c, str) and _ISSUE_CODE.fullmatch(c))) or "no issue code"
            raise VitdError("fhir-operation-outcome", f"the input is an OperationOutcome (a server's error report): {detail}",
                            "fetch the Observations or the Bundle itself")
        if depth == 0:
            scope.add(doc, None)
            self._link(doc, scope)
        yield from self._resource(doc, location, scope)

    def _bundle(self, bundle: dict, location: str, outer: _Scope, depth: int) -> Iterator[LabRecord | Skipped]:
        if isinstance(bundle, _Object) and bundle.duplicate is not None:
            raise VitdError("fhir-duplicate-key", f"{location}: the Bundle has the key {bundle.duplicate!r} twice",
                            "a JSON object has each key once; check how the file was exported or merged")
        scope = _Scope(outer)
        entries = []
        prefix = "" if depth == 0 and location == "Bundle" else f"{location}."
        if depth > 0:
            prefix = f"{location}.resource."
        for i, entry in enumerate(_list(bundle.get("entry"))):
            if not isinstance(entry, dict):
                continue
            res = entry.get("resource")
            if isinstance(res, dict):
                scope.add(res, entry.get("fullUrl"))
                entries.append((res, f"{prefix}entry[{i}]"))
            elif isinstance(res, list):  # not FHIR (one resource an entry), but its resources are read, not dropped
                for j, r in enumerate(res):
                    if isinstance(r, dict):
                        scope.add(r, None)
                        entries.append((r, f"{prefix}entry[{i}].resource[{j}]"))
        for res, _ in entries:
            self._link(res, scope)
        for res, loc in entries:
            if res.get("resourceType") == "Bundle":
                yield from self.records(res, loc, scope, depth + 1)
            else:
                yield from self._resource(res, loc, scope)

    def _link(self, res: dict, scope: _Scope) -> None:
        """Remember which report or panel lists each Observation, and which resource contains each contained one."""
        for c in _list(res.get("contained")):
            if isinstance(c, dict):
                self.containers[id(c)] = res
        rt = res.get("resourceType")
        refs = res.get("result") if rt == "DiagnosticReport" else res.get("hasMember") if rt == "Observation" else None
        for ref in _list(refs):
            target = scope.resolve(ref, res)
            if target is not None and target is not res:
                self.parents.setdefault(id(target), res)

    def _resource(self, res: dict, location: str, scope: _Scope) -> Iterator[LabRecord | Skipped]:
        rt = res.get("resourceType")
        rid = res.get("id")
        if not isinstance(rid, str):
            where = location if location == rt else f"{location} {rt}"
        else:
            where = f"{rt}/{rid}" if location == rt else f"{location} {rt}/{rid}"
        if rt == "Observation":
            yield self._observation(res, where, scope)
        yield from self._contained(res, location, scope)

    def _contained(self, res: dict, location: str, scope: _Scope, depth: int = 0) -> Iterator[LabRecord | Skipped]:
        """The contained Observations, and those contained in contained resources (not FHIR, but not dropped)."""
        for i, c in enumerate(_list(res.get("contained"))):
            if not isinstance(c, dict):
                continue
            here = f"{location}.contained[{i}]"
            if c.get("resourceType") == "Observation":
                cid = c.get("id")
                yield self._observation(c, here + (f" #{cid}" if isinstance(cid, str) else ""), scope)
            if c.get("contained") is not None:
                if depth >= MAX_BUNDLE_NESTING:
                    raise VitdError("fhir-too-deep", f"{here}: contained resources nested more than {MAX_BUNDLE_NESTING} deep", "flatten the resource")
                for cc in _list(c.get("contained")):
                    if isinstance(cc, dict):
                        self.containers[id(cc)] = c
                yield from self._contained(c, here, scope, depth + 1)

    # ------------------------------------------------------------ one Observation

    def _observation(self, obs: dict, location: str, scope: _Scope) -> LabRecord | Skipped:
        index = self.counter[0]
        self.counter[0] += 1
        try:
            return self._read_observation(obs, location, scope, index)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:  # malformed content: account for it, go on
            return Skipped(Note(f"malformed Observation ({type(exc).__name__}: {exc})", f"malformed Observation ({type(exc).__name__})"),
                           index, location, raw=obs, source_format="fhir")

    def _chain(self, obs: dict) -> list[dict]:
        chain, seen = [obs], {id(obs)}
        node = obs
        for _ in range(MAX_BUNDLE_NESTING):
            parent = self.parents.get(id(node)) or self.containers.get(id(node))
            if parent is None or id(parent) in seen:
                break
            chain.append(parent)
            seen.add(id(parent))
            node = parent
        return chain

    def _read_observation(self, obs: dict, location: str, scope: _Scope, index: int) -> LabRecord | Skipped:
        code = _dict(obs.get("code"))
        codings = [c for c in _list(code.get("coding")) if isinstance(c, dict)]
        loincs = tuple(str(c["code"]).strip() for c in codings
                       if str(c.get("system", "")).strip().lower().rstrip("/") in LOINC_SYSTEMS and c.get("code"))
        name = _text(code) or next((c.get("display") for c in codings if c.get("display")), None)
        if not name:
            name = next((str(c.get("code")) for c in codings if c.get("code")), None)
        loinc = loincs[0] if loincs else None
        status = obs.get("status")
        status = status.strip().lower() if isinstance(status, str) else None
        chain = self._chain(obs)
        notes: list[str] = []

        def skipped(reason: str) -> Skipped:
            return Skipped(reason, index, location, name, loinc, obs, "fhir")

        twice = _duplicate(obs) if self.duplicates else None
        if twice is not None:
            return skipped(f"duplicate key {twice!r}: which value is meant is not known")
        for parent in chain[1:]:
            if isinstance(parent, _Object) and parent.duplicate is not None:
                return skipped(f"its {parent.get('resourceType')} has the key {parent.duplicate!r} twice: which value is meant is not known")
        if status in SKIP_STATUSES:
            return skipped(SKIP_STATUSES[status])
        for parent in chain[1:]:
            if parent.get("resourceType") == "DiagnosticReport" and parent.get("status") in ("entered-in-error", "cancelled"):
                return skipped(f"its DiagnosticReport has status {parent.get('status')}")
        if status not in KNOWN_STATUSES:
            notes.append(Note(f"status {obs.get('status')!r} is not an Observation status: read as unknown",
                              "its status is not an Observation status: read as unknown"))
            status = "unknown"

        members = _list(obs.get("hasMember"))
        if members and not any(k.startswith("value") for k in obs):
            return skipped(f"a panel: its {len(members)} members are read one by one")
        value_text, unit, unit_alt, absent = _value(obs)

        date, date_note = _date(chain)
        if date_note:
            notes.append(date_note)
        subject = next((s for s in (_subject(r.get("subject"), scope) for r in chain) if s), None)
        specimen = _specimen(chain, scope, self.containers)
        rr = _reference_range(obs.get("referenceRange"))
        flag = _flag(obs.get("interpretation"))
        return LabRecord(subject=subject, date=date, name=name, loinc=loinc, value_text=value_text, unit=unit, specimen=specimen,
                         reference_range=rr, lab_flag=flag, status=status, source_index=index, raw=obs, location=location,
                         loinc_codes=loincs, unit_alt=unit_alt, absent_reason=absent, notes=notes, source_format="fhir")


# ---------------------------------------------------------------- the parts of an Observation


def _dict(x: Any) -> dict:
    return x if isinstance(x, dict) else {}


def _list(x: Any) -> list:
    if isinstance(x, list):
        return x
    return [x] if isinstance(x, dict) else []


def _text(concept: Any) -> str | None:
    c = _dict(concept)
    if isinstance(c.get("text"), str) and c["text"].strip():
        return c["text"].strip()
    for coding in _list(c.get("coding")):
        if isinstance(coding, dict) and isinstance(coding.get("display"), str) and coding["display"].strip():
            return coding["display"].strip()
    return None


def _str(x: Any) -> str | None:
    return x.strip() if isinstance(x, str) and x.strip() else None


def _number(x: Any) -> str | None:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    return repr(x) if isinstance(x, float) else str(x)


def _value(obs: dict) -> tuple[str | None, str | None, str | None, str | None]:
    """(value text, unit, other unit spelling, why there is no value)."""
    if "valueQuantity" in obs:
        q = _dict(obs["valueQuantity"])
        number = _number(q.get("value"))
        if number is None:
            if "value" in q:
                return None, None, None, f"valueQuantity.value {q.get('value')!r} is not a number"
            return None, None, None, _absent(obs) or "valueQuantity has no value"
        comparator = q.get("comparator") if q.get("comparator") in ("<", "<=", ">=", ">") else None
        if q.get("comparator") and not comparator:
            return None, None, None, f"comparator {q.get('comparator')!r} is not one of <, <=, >=, >"
        unit_text, code = _str(q.get("unit")), _str(q.get("code"))
        ucum = str(q.get("system", "")).rstrip("/") == UCUM
        unit: str | None
        alt: str | None
        if code and (ucum or not unit_text):
            unit, alt = code, unit_text if unit_text != code else None
        else:
            unit, alt = unit_text, code if code != unit_text else None
        return (comparator or "") + number, unit, alt, None
    if "valueString" in obs:
        s = obs["valueString"]
        if isinstance(s, str) and s.strip():
            return s.strip(), None, None, None
        return None, None, None, "valueString is empty"
    if "valueInteger" in obs:
        number = _number(obs["valueInteger"])
        return (number, None, None, None) if number is not None else (None, None, None, "valueInteger is not a number")
    absent = _absent(obs)
    if absent:
        return None, None, None, absent
    for key in obs:
        if key.startswith("value"):
            shown = _text(obs[key]) if key == "valueCodeableConcept" else None
            return None, None, None, f"{key} is not a number" + (f" ({shown!r})" if shown else "")
    if _list(obs.get("component")):
        return None, None, None, "only components, no value of its own"
    return None, None, None, "no value"


def _absent(obs: dict) -> str | None:
    dar = obs.get("dataAbsentReason")
    if dar is None:
        return None
    codes = [c.get("code") for c in _list(_dict(dar).get("coding")) if isinstance(c, dict) and c.get("code")]
    text = _text(dar)
    what = " / ".join(dict.fromkeys(x for x in (*codes, text) if x)) or "given without a reason"
    return f"dataAbsentReason {what}"


_ISSUE_CODE = re.compile(r"[a-z][a-z-]{0,39}")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$")


def _effective(res: dict) -> str | None:
    for key in ("effectiveDateTime", "effectiveInstant"):
        v = res.get(key)
        if isinstance(v, str) and v.strip():
            return v.strip()
    period = _dict(res.get("effectivePeriod"))
    for key in ("start", "end"):
        v = period.get(key)
        if isinstance(v, str) and v.strip():
            return v.strip()
    return None


def _date(chain: list[dict]) -> tuple[str | None, str | None]:
    for res in chain:
        when = _effective(res)
        if when:
            return when, None if _DATE.match(when) else Note(f"date {when!r} is not a FHIR dateTime", "its date is not a FHIR dateTime")
    for res in chain:
        issued = res.get("issued")
        if isinstance(issued, str) and issued.strip():
            return issued.strip(), "no collection time (effective[x]): the issue time is used"
    return None, None


def _subject(ref: Any, scope: _Scope) -> str | None:
    """The subject as a key for grouping: the identifier of a Patient in the same Bundle, else the reference, else
    the identifier or display given."""
    r = _dict(ref)
    if isinstance(r.get("reference"), str) and r["reference"].strip():
        target = scope.resolve(r, None)
        for ident in _list(target.get("identifier")) if target else ():
            if isinstance(ident, dict) and isinstance(ident.get("value"), str) and ident["value"].strip():
                return ident["value"].strip()
        return r["reference"].strip()
    ident = _dict(r.get("identifier"))
    if isinstance(ident.get("value"), (str, int)) and str(ident["value"]).strip():
        return str(ident["value"]).strip()
    if isinstance(r.get("display"), str) and r["display"].strip():
        return r["display"].strip()
    return None


def _specimen(chain: list[dict], scope: _Scope, containers: dict[int, dict]) -> str | None:
    for res in chain:
        refs = _list(res.get("specimen"))
        if res.get("resourceType") == "DiagnosticReport" and len(refs) != 1:
            continue  # several specimens (serum, blood, urine): not known which this result used
        for ref in refs[:1]:
            target = scope.resolve(ref, containers.get(id(res)) or res)
            if target is not None:
                kind = _text(target.get("type"))
                if kind:
                    return kind
            shown = _dict(ref).get("display")
            if isinstance(shown, str) and shown.strip():
                return shown.strip()
    return None


def _quantity_text(q: Any) -> tuple[str | None, str | None]:
    q = _dict(q)
    number = _number(q.get("value"))
    unit = q.get("unit") or q.get("code")
    return number, unit if isinstance(unit, str) else None


def _reference_range(ranges: Any) -> str | None:
    for rr in _list(ranges):
        if not isinstance(rr, dict):
            continue
        if isinstance(rr.get("text"), str) and rr["text"].strip():
            return rr["text"].strip()
        (low, lu), (high, hu) = _quantity_text(rr.get("low")), _quantity_text(rr.get("high"))
        unit = f" {lu or hu}" if (lu or hu) else ""
        if low and high:
            return f"{low}-{high}{unit}"
        if low:
            return f">={low}{unit}"
        if high:
            return f"<={high}{unit}"
    return None


def _flag(interpretation: Any) -> str | None:
    for concept in _list(interpretation):
        for coding in _list(_dict(concept).get("coding")):
            if isinstance(coding, dict) and isinstance(coding.get("code"), str):
                return coding["code"]
        text = _text(concept)
        if text:
            return text
    return None


def _records(docs: list[tuple[Any, str]], counter: list[int] | None = None, duplicates: bool = False) -> Iterator[LabRecord | Skipped]:
    walk = _Walk(counter if counter is not None else [0], duplicates)
    for doc, location in docs:
        yield from walk.records(doc, location, _Scope())
