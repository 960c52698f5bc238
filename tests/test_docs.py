"""The documentation is true: the committed JSON Schema is current and the output validates against it, and every
command shown in the README runs with the exit code it should have."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from vitd_cli import interpret

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SCHEMA = ROOT / "docs" / "report.schema.json"
GEN_SCHEMA = ROOT / "scripts" / "gen_schema.py"
BIN = Path(sys.executable).parent


# ---------------------------------------------------------------- the JSON Schema


def _gen_schema_module() -> Any:
    spec = importlib.util.spec_from_file_location("gen_schema", GEN_SCHEMA)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_schema_is_current() -> None:
    assert SCHEMA.is_file(), "docs/report.schema.json is missing: run python scripts/gen_schema.py"
    fresh = _gen_schema_module().render()
    committed = SCHEMA.read_text(encoding="utf-8")
    assert json.loads(committed) == json.loads(fresh), "docs/report.schema.json is out of date: run python scripts/gen_schema.py"
    assert committed == fresh, "docs/report.schema.json is not formatted as generated: run python scripts/gen_schema.py"


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/"), ref
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part]
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def _type_ok(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, _TYPES[name])


def check(value: Any, schema: dict[str, Any], root: dict[str, Any], path: str = "$") -> list[str]:
    """A small JSON Schema check (type, enum, const, required, properties, additionalProperties, items, anyOf,
    prefixItems), used when the jsonschema package is not installed; returns the problems found."""
    schema = _resolve(schema, root)
    if "anyOf" in schema or "oneOf" in schema:
        options = schema.get("anyOf") or schema.get("oneOf")
        if not any(not check(value, option, root, path) for option in options):
            return [f"{path}: {value!r} matches none of anyOf/oneOf"]
    problems: list[str] = []
    kinds = schema.get("type")
    if kinds is not None:
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if not any(_type_ok(value, k) for k in kinds):
            return [f"{path}: {value!r} is not of type {kinds}"]
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{path}: {value!r} not in {schema['enum']}")
    if "const" in schema and value != schema["const"]:
        problems.append(f"{path}: {value!r} != {schema['const']!r}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                problems.append(f"{path}: missing required key {key!r}")
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in props:
                problems += check(item, props[key], root, f"{path}.{key}")
            elif extra is False:
                problems.append(f"{path}: unexpected key {key!r}")
            elif isinstance(extra, dict):
                problems += check(item, extra, root, f"{path}.{key}")
    if isinstance(value, list):
        prefix = schema.get("prefixItems", [])
        for i, item in enumerate(value):
            if i < len(prefix):
                problems += check(item, prefix[i], root, f"{path}[{i}]")
            elif isinstance(schema.get("items"), dict):
                problems += check(item, schema["items"], root, f"{path}[{i}]")
    return problems


def validate(doc: Any, schema: dict[str, Any]) -> None:
    problems = check(doc, schema, schema)
    assert not problems, "\n".join(problems[:20])
    try:
        import jsonschema
    except ImportError:
        return
    jsonschema.validate(doc, schema)


SCHEMA_INPUTS = {
    "example": (["interpret", "--example"], None),
    "deficient": (["interpret", "--vitd", "18 ng/mL", "--calcium", "8.1 mg/dL", "--symptom", "twitching"], None),
    "iom": (["interpret", "--vitd", "45 nmol/L", "--guideline", "iom-2011"], None),
    "red flags": (["interpret", "--calcium", "9.4 mg/dL", "--symptom", "weakness", "--symptom", "swallowing"], None),
    "censored": (["interpret", "--vitd", "<5 ng/mL"], None),
    "pth and phosphate": (["interpret", "--vitd", "12 ng/mL", "--pth", "120 pg/mL", "--phosphate", "2.2 mg/dL"], None),
    "ionized": (["interpret", "--ionized-calcium", "0.85 mmol/L", "--calcium", "2.0 mmol/L", "--albumin", "30 g/L"], None),
    "child": (["interpret", "--vitd", "18 ng/mL", "--age", "10"], None),
    "symptoms only": (["interpret", "--symptom", "twitching"], None),
}


@pytest.mark.parametrize("args", [a for a, _ in SCHEMA_INPUTS.values()], ids=list(SCHEMA_INPUTS))
def test_json_output_validates_against_schema(args: list[str]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    proc = subprocess.run([sys.executable, "-m", "vitd_cli", *args, "--format", "json"], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    validate(json.loads(proc.stdout), schema)


def test_schema_requires_the_contract_keys() -> None:
    """Keys the README promises are in the schema (so the schema documents them)."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    defs = schema["$defs"]
    assert {"panels", "guideline", "warnings", "disclaimer"} <= set(schema["properties"])
    assert {"analyte", "value", "unit", "conventional", "reported", "flag", "category", "severity", "range"} <= set(
        defs["Result"]["properties"])
    assert {"code", "severity", "summary", "symptoms"} <= set(defs["Finding"]["properties"])
    assert "source" in defs["RangeInfo"]["required"]


def test_validator_catches_problems() -> None:
    """The fallback validator is not a no-op."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    doc = json.loads(interpret({"vitamin_d": "18 ng/mL"}).model_dump_json())
    assert not check(doc, schema, schema)
    broken = json.loads(json.dumps(doc))
    del broken["panels"][0]["results"][0]["range"]["source"]
    broken["panels"][0]["results"][0]["flag"] = "purple"
    problems = check(broken, schema, schema)
    assert any("source" in p for p in problems) and any("purple" in p for p in problems)


# ---------------------------------------------------------------- README examples

PLACEHOLDER = re.compile(r"<[A-Za-z][A-Za-z0-9 _.\-]*>")  # <file>, <your value>; not '<5 ng/mL'
DOCUMENTED_CODE = re.compile(r"#.*?\bexit(?:s)?(?: with)?(?: code)?\s*(?:=\s*)?(\d+)", re.IGNORECASE)
SHELL_OPERATORS = re.compile(r"\s(\||\|\||&&|;|>|>>|2>)\s")


def readme_commands() -> list[tuple[int, str]]:
    """(line number, command) for every `vitd ...` / `$ vitd ...` / `python -m vitd_cli ...` line in ``` blocks."""
    if not README.is_file():
        return []
    out: list[tuple[int, str]] = []
    fenced = False
    pending: tuple[int, str] | None = None
    for number, raw in enumerate(README.read_text(encoding="utf-8").splitlines(), 1):
        stripped = raw.strip()
        if stripped.startswith("```"):
            fenced, pending = not fenced, None
            continue
        if not fenced:
            continue
        if pending is not None:  # a continued line (trailing backslash)
            start, text = pending
            text = text + " " + stripped.rstrip("\\").strip()
            pending = (start, text) if stripped.endswith("\\") else None
            if pending is None:
                out.append((start, text))
            continue
        line = stripped[2:] if stripped.startswith("$ ") else stripped
        if line.startswith(("vitd ", "python -m vitd_cli")) or line == "vitd":
            if line.endswith("\\"):
                pending = (number, line.rstrip("\\").strip())
            else:
                out.append((number, line))
    return out


COMMANDS = readme_commands()


def _expected_codes(command: str) -> set[int]:
    found = DOCUMENTED_CODE.search(command)
    if found:
        return {int(found.group(1))}
    if "--check" in command.split("#")[0].split():
        return {0, 1}  # --check: 1 means "some result is outside its range", documented beside the option
    return {0}


def _skip_reason(command: str) -> str | None:
    code = command.split(" #")[0]
    if PLACEHOLDER.search(code):
        return f"has a placeholder ({PLACEHOLDER.search(code).group(0)})"  # type: ignore[union-attr]
    if SHELL_OPERATORS.search(f" {code} "):
        for segment in re.split(r"\|\|?|&&|;", code)[1:]:
            words = shlex.split(segment.replace(">", " "))
            tool = words[0] if words else ""
            if tool and tool not in ("vitd", "python") and shutil.which(tool) is None:
                return f"pipes to {tool}, which is not installed"
    return None


@pytest.mark.skipif(not README.is_file(), reason="README.md is absent")
def test_readme_has_commands() -> None:
    assert COMMANDS, "no `vitd ...` lines found in README.md code blocks"
    assert any(c.startswith("vitd interpret") for _, c in COMMANDS)


@pytest.mark.parametrize("number, command", COMMANDS, ids=[f"README:{n}" for n, _ in COMMANDS])
def test_readme_command_runs(number: int, command: str) -> None:
    reason = _skip_reason(command)
    if reason:
        pytest.skip(f"README line {number} {reason}")
    if "--engine spark" in command:
        from conftest import skip_or_fail_without_spark

        skip_or_fail_without_spark()
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1", "COLUMNS": "80"}
    env.pop("VITD_DEBUG", None)
    if command.startswith("python "):
        command = shlex.quote(sys.executable) + command[len("python"):]
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    expected = _expected_codes(command)
    assert proc.returncode in expected, (
        f"README line {number}: `{command}` exited {proc.returncode}, expected {sorted(expected)}\n{proc.stderr}")
    assert "Traceback" not in proc.stderr
    if proc.returncode == 0 and "--format json" in command and " -o " not in command and not SHELL_OPERATORS.search(f" {command} "):
        json.loads(proc.stdout)


def _python_blocks() -> list[tuple[int, str]]:
    if not README.is_file():
        return []
    blocks, current, start = [], None, 0
    for number, line in enumerate(README.read_text(encoding="utf-8").splitlines(), 1):
        if current is None and line.strip() in ("```python", "```py"):
            current, start = [], number
        elif current is not None and line.strip() == "```":
            blocks.append((start, "\n".join(current)))
            current = None
        elif current is not None:
            current.append(line)
    return [(n, code) for n, code in blocks if "vitd_cli" in code]


@pytest.mark.parametrize("number, code", _python_blocks(), ids=[f"README:{n}" for n, _ in _python_blocks()])
def test_readme_python_runs(number: int, code: str) -> None:
    if PLACEHOLDER.search(code):
        pytest.skip(f"README line {number} has a placeholder")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, f"README python block at line {number} failed:\n{proc.stderr}"


def test_readme_parser_handles_prompts_and_continuations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "README.md"
    fake.write_text("text\n```\n$ vitd ranges\nvitd convert '50 nmol/L' \\\n  --analyte vitamin_d\npip install .\n```\n"
                    "vitd outside a block\n```json\n{\"vitd \": 1}\n```\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "README", fake)
    assert readme_commands() == [(3, "vitd ranges"), (4, "vitd convert '50 nmol/L' --analyte vitamin_d")]
    assert _expected_codes("vitd interpret --vitd '18 ng/mL' --check  # exits 1") == {1}
    assert _expected_codes("vitd interpret --vitd '18 furlongs'  # exit code 2") == {2}
    assert _skip_reason("vitd interpret <file>") is not None
    assert _skip_reason("vitd interpret --vitd '<5 ng/mL'") is None
