"""The import structure of src/vitd_cli, read from the code (AST): no import cycle, counting imports inside functions
(the lazy ones too) and leaving out those under `if TYPE_CHECKING:` (annotations only); and the layers in one
direction (read -> normalise -> classify -> explain -> render, the CLI and engines on top). No allow-list."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "vitd_cli"

# what each kind of module may not import (the prefixes are module names under vitd_cli)
FORBIDDEN = {
    "models": ("",),  # the types import nothing of the package
    "errors": ("",),
    "textsafe": ("",),
    "version": ("",),
    "config": ("reference", "readers", "normalise", "classify", "explain", "interpret", "batch", "render", "engines", "cli",
               "pipeline", "files", "tools", "notebook"),  # the standard library and errors only
    # reference/: the loader, the unit sizes and the recogniser of test names, over models and errors only
    "reference": ("readers", "normalise", "classify", "explain", "interpret", "batch", "render", "engines", "cli", "pipeline",
                  "files", "tools", "notebook", "cohort", "display"),
    "readers": ("normalise", "classify", "explain", "interpret", "batch", "render", "engines", "cli", "pipeline", "files",
                "tools", "notebook"),
    "normalise": ("classify", "explain", "interpret", "batch", "render", "engines", "cli", "pipeline", "files",
                  "tools", "notebook"),
    "classify": ("readers", "normalise", "explain", "interpret", "batch", "render", "engines", "cli", "pipeline", "files",
                 "tools", "notebook"),
    "explain": ("readers", "normalise", "interpret", "batch", "render", "engines", "cli", "pipeline", "files",
                "tools", "notebook"),
    "interpret": ("readers", "batch", "render", "engines", "cli", "pipeline", "files", "tools", "notebook"),
    # what a row of a lab export becomes (Outcome, Item) and the row accounting (Counts): types over the models, below
    # batch/ that makes them and render/ that writes them
    "outcomes": ("reference", "readers", "normalise", "classify", "explain", "interpret", "batch", "render", "engines", "cli",
                 "pipeline", "files", "tools", "notebook", "row_counts"),
    "row_counts": ("reference", "readers", "normalise", "classify", "explain", "interpret", "batch", "render", "engines", "cli",
                   "pipeline", "files", "tools", "notebook"),
    # render/ draws what the Report carries (Report.scheme_views, Result.converted) or the rows (outcomes, row_counts, and
    # what render/row_facts.py asks of the engine): never the reference data, units, normalise, classify nor the engine
    "render": ("engines", "cli", "pipeline", "files", "tools", "notebook", "interpret", "reference", "classify", "normalise", "batch"),
    # batch/: a row's test, value, date, lab flag and panels; below the pipeline that runs it and the writers' callers
    "batch": ("render", "pipeline", "files", "engines", "tools", "cli", "notebook"),
    # pipeline/: the plan and the streaming engine of a file (lab exports, FHIR, HL7), over batch/ and render/
    "pipeline": ("files", "engines", "tools", "cli", "notebook"),
    # files.py: the library call for files, over the pipeline (the engines and the CLI build on the pipeline, not on it)
    "files": ("engines", "tools", "cli", "notebook"),
    "interop_records": ("engines", "tools", "cli", "notebook", "files"),  # the earlier home of interpret_records, kept
    "engines": ("tools", "cli", "notebook", "files"),
    # tools/: the library side of the helper commands (convert, identify --explain, tests, guided entry)
    "tools": ("engines", "cli", "notebook", "files"),
    "notebook": ("engines", "tools", "cli", "files"),
}


def _modules() -> dict[str, Path]:
    mods = {}
    for p in SRC.rglob("*.py"):
        parts = p.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        mods[name] = p
    return mods


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return skip


def imports(annotations: bool = False) -> dict[str, set[str]]:
    """module -> the package's modules it imports at run time ('' is the package itself)."""
    mods = _modules()
    out: dict[str, set[str]] = {}
    for name, path in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = set() if annotations else _type_checking_nodes(tree)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".") if package else []
                    base = base[:len(base) - node.level + 1]
                    target = ".".join([*base, *([node.module] if node.module else [])])
                elif (node.module or "").startswith("vitd_cli"):
                    target = (node.module or "").removeprefix("vitd_cli").lstrip(".")
                else:
                    continue
                subs = [f"{target}.{a.name}".lstrip(".") for a in node.names]
                # `from . import mod` imports the module, as `from .mod import x` does, not what the package defines
                whole = node.module is None and all(s in mods for s in subs)
                for cand in subs if whole else [target, *subs]:
                    if cand in mods and cand != name:
                        found.add(cand)
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.startswith("vitd_cli."):
                        cand = a.name.removeprefix("vitd_cli.")
                        if cand in mods and cand != name:
                            found.add(cand)
        out[name] = found
    return out


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_is_read() -> None:
    graph = imports()
    assert len(graph) > 40
    assert "readers.columns" in graph["batch.rows"] and "models" in graph["classify.bands"]  # (the reader finds real edges)
    assert "interpret" in graph["cli.interpret_typed"] and _kind("cli.interpret_typed") == "cli"  # (cli/ is one layer, the CLI)


def test_no_import_cycle() -> None:
    """No cycle, counting the imports under `if TYPE_CHECKING:` too: a type named across two modules that import each
    other is a cycle of the design, even when Python never runs it."""
    cycles = _cycles(imports(annotations=True))
    assert not cycles, "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)


def _kind(module: str) -> str:
    return module.split(".")[0]


@pytest.mark.parametrize("kind", sorted(FORBIDDEN))
def test_each_layer_imports_only_below_it(kind: str) -> None:
    graph = imports()
    wrong = []
    for module, targets in graph.items():
        if _kind(module) != kind:
            continue
        for t in targets:
            if any(t == p or t.startswith(p + ".") or p == "" for p in FORBIDDEN[kind]) and _kind(t) != kind:
                wrong.append(f"{module} -> {t}")
    assert not wrong, f"imports against the layer order: {wrong}"
