"""Walking FHIR resources: Bundles (nested ones too), DiagnosticReports and panel Observations, contained resources,
and the references between them (Scope), so that an Observation without its own subject, time or specimen takes them
from the report or panel that lists it. Each Observation found is read by fhir_observation, counted in input order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import VitdError
from ..textsafe import Note
from .fhir_json import JsonObject, as_list
from .fhir_observation import read_observation
from .fhir_scope import Scope
from .records import LabRecord, Skipped

MAX_BUNDLE_NESTING = 8  # Bundles inside Bundles (and contained resources)
_ISSUE_CODE = re.compile(r"[a-z][a-z-]{0,39}")


class _Walk:
    """One input's walk: the Observations it has read (`counter`, shared by the lines of an NDJSON file), which report
    or panel lists each, and which resource contains each contained one."""

    def __init__(self, counter: list[int], duplicates: bool = False) -> None:
        self.counter = counter
        self.duplicates = duplicates  # some JSON object of the input has a key twice: look for it in each Observation
        self.parents: dict[int, dict] = {}  # id(Observation) -> the DiagnosticReport or panel Observation listing it
        self.containers: dict[int, dict] = {}  # id(contained resource) -> the resource containing it

    def records(self, doc: Any, location: str, scope: Scope, depth: int = 0) -> Iterator[LabRecord | Skipped]:
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
            codes = [i.get("code") for i in as_list(doc.get("issue")) if isinstance(i, dict)]
            detail = ", ".join(dict.fromkeys(c for c in codes if isinstance(c, str) and _ISSUE_CODE.fullmatch(c))) or "no issue code"
            raise VitdError("fhir-operation-outcome", f"the input is an OperationOutcome (a server's error report): {detail}",
                            "fetch the Observations or the Bundle itself")
        if depth == 0:
            scope.add(doc, None)
            self._link(doc, scope)
        yield from self._resource(doc, location, scope)

    def _bundle(self, bundle: dict, location: str, outer: Scope, depth: int) -> Iterator[LabRecord | Skipped]:
        if isinstance(bundle, JsonObject) and bundle.duplicate is not None:
            raise VitdError("fhir-duplicate-key", f"{location}: the Bundle has the key {bundle.duplicate!r} twice",
                            "a JSON object has each key once; check how the file was exported or merged")
        scope = Scope(outer)
        entries = []
        prefix = "" if depth == 0 and location == "Bundle" else f"{location}."
        if depth > 0:
            prefix = f"{location}.resource."
        for i, entry in enumerate(as_list(bundle.get("entry"))):
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

    def _link(self, res: dict, scope: Scope) -> None:
        """Remember which report or panel lists each Observation, and which resource contains each contained one."""
        for c in as_list(res.get("contained")):
            if isinstance(c, dict):
                self.containers[id(c)] = res
        rt = res.get("resourceType")
        refs = res.get("result") if rt == "DiagnosticReport" else res.get("hasMember") if rt == "Observation" else None
        for ref in as_list(refs):
            target = scope.resolve(ref, res)
            if target is not None and target is not res:
                self.parents.setdefault(id(target), res)

    def _resource(self, res: dict, location: str, scope: Scope) -> Iterator[LabRecord | Skipped]:
        rt = res.get("resourceType")
        rid = res.get("id")
        if not isinstance(rid, str):
            where = location if location == rt else f"{location} {rt}"
        else:
            where = f"{rt}/{rid}" if location == rt else f"{location} {rt}/{rid}"
        if rt == "Observation":
            yield self._observation(res, where, scope)
        yield from self._contained(res, location, scope)

    def _contained(self, res: dict, location: str, scope: Scope, depth: int = 0) -> Iterator[LabRecord | Skipped]:
        """The contained Observations, and those contained in contained resources (not FHIR, but not dropped)."""
        for i, c in enumerate(as_list(res.get("contained"))):
            if not isinstance(c, dict):
                continue
            here = f"{location}.contained[{i}]"
            if c.get("resourceType") == "Observation":
                cid = c.get("id")
                yield self._observation(c, here + (f" #{cid}" if isinstance(cid, str) else ""), scope)
            if c.get("contained") is not None:
                if depth >= MAX_BUNDLE_NESTING:
                    raise VitdError("fhir-too-deep", f"{here}: contained resources nested more than {MAX_BUNDLE_NESTING} deep", "flatten the resource")
                for cc in as_list(c.get("contained")):
                    if isinstance(cc, dict):
                        self.containers[id(cc)] = c
                yield from self._contained(c, here, scope, depth + 1)

    # ------------------------------------------------------------ one Observation

    def _observation(self, obs: dict, location: str, scope: Scope) -> LabRecord | Skipped:
        index = self.counter[0]
        self.counter[0] += 1
        try:
            return read_observation(obs, location, index, self._chain(obs), scope, self.containers, self.duplicates)
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


def walk_documents(docs: list[tuple[Any, str]], counter: list[int] | None = None, duplicates: bool = False) -> Iterator[LabRecord | Skipped]:
    """The records of parsed FHIR documents, each with where it was read (its location), in input order."""
    walk = _Walk(counter if counter is not None else [0], duplicates)
    for doc, location in docs:
        yield from walk.records(doc, location, Scope())
