"""The resources a FHIR Bundle (or one top-level resource) holds, by the references that can point at them: what the
walk over a Bundle (fhir_walk) fills and an Observation's reader (fhir_observation) resolves its subject and specimen
with."""

from __future__ import annotations

from typing import Any

from .fhir_json import as_list


class Scope:
    """The resources one Bundle (or one top-level resource) holds, by the references that can point at them."""

    def __init__(self, parent: Scope | None = None) -> None:
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
        scope: Scope | None = self
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
        for c in as_list(container.get("contained")):
            if isinstance(c, dict) and isinstance(c.get("id"), str):
                by_id.setdefault(c["id"], c)
        self._contained[id(container)] = (container, by_id)
        return by_id
