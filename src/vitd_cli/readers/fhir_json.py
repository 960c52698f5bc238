"""FHIR JSON read strictly: a document nested too deeply is refused before it is parsed (in O(1) extra memory), an
object that has a key twice is marked (json.loads would keep the last value silently), lone surrogates are replaced,
and integers too long for Python are read as floats. Also the two shapes every part of a resource is read through
(as_dict, as_list)."""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

from ..errors import VitdError

MAX_DEPTH = 100  # JSON nesting; real FHIR resources stay under ~20
_TOKEN = re.compile(rb'["\[\]{}]')  # what the exact depth scan stops at
_CHUNK = 1 << 18  # bytes counted at a time by the quick depth check
_STEP = {ord("{"): 1, ord("["): 1, ord("}"): -1, ord("]"): -1}
_NOT_BRACKETS = bytes(c for c in range(256) if c not in _STEP)


def loads(data: bytes, what: str) -> tuple[Any, bool]:
    """The parsed document, and whether a JSON object in it has a key twice."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise VitdError("fhir-encoding", f"{what} is not UTF-8 (byte {exc.start})", "FHIR JSON is always UTF-8") from None
    check_depth(data, what)
    try:
        pairs = _Pairs()
        doc = json.loads(text, object_pairs_hook=pairs, parse_int=parse_int)
        if _SURROGATE_ESCAPE.search(text):  # a '\\ud800' escape: maybe a lone surrogate (pairs decode to one character)
            doc = _clean(doc)
        return doc, pairs.found
    except json.JSONDecodeError as exc:
        raise VitdError("fhir-invalid-json", f"{what} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                        "check the file is complete and not cut off") from None
    except RecursionError:
        raise VitdError("fhir-too-deep", f"{what} is nested too deeply", f"FHIR resources are nested at most {MAX_DEPTH} levels") from None


class JsonObject(dict):
    """A JSON object that was given a key twice (json.loads would keep the last value silently): `duplicate` is the key."""

    duplicate: str | None = None


class _Pairs:
    """object_pairs_hook for json.loads: plain dicts, or an JsonObject where a key is repeated (and `found` set)."""

    def __init__(self) -> None:
        self.found = False

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict:
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        self.found = True
        marked = JsonObject(obj)
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
    objects and arrays are cleaned in place (an JsonObject stays one)."""
    if isinstance(x, str):
        return _SURROGATE.sub("\ufffd", x) if _SURROGATE.search(x) else x
    if isinstance(x, dict):
        for key in list(x):
            value = _clean(x.pop(key)) if _SURROGATE.search(key) else _clean(x[key])
            x[_clean(key)] = value
    elif isinstance(x, list):
        x[:] = [_clean(v) for v in x]
    return x


def parse_int(text: str) -> int | float:
    """An integer; one longer than Python converts (4300 digits) is read as a float, far beyond any lab value."""
    try:
        return int(text)
    except ValueError:
        return float(text)


def duplicate_key(obj: Any) -> str | None:
    """The first key given twice in this JSON object or any object or array inside it."""
    if isinstance(obj, JsonObject) and obj.duplicate is not None:
        return obj.duplicate
    children = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, list) else ()
    for child in children:
        if isinstance(child, (dict, list)):
            found = duplicate_key(child)
            if found is not None:
                return found
    return None


def check_depth(data: bytes, what: str) -> None:
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


def as_dict(x: Any) -> dict:
    return x if isinstance(x, dict) else {}


def as_list(x: Any) -> list:
    if isinstance(x, list):
        return x
    return [x] if isinstance(x, dict) else []
