"""docs/cli.md lists every command, option, environment variable, config key and exit code, generated from the CLI's
own help texts; the README uses only options the commands have (issue 17)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import typer

from vitd_cli.cli import app
from vitd_cli.errors import ExitCode

ROOT = Path(__file__).resolve().parents[1]
GEN = ROOT / "scripts" / "gen_cli_doc.py"
DOC = ROOT / "docs" / "cli.md"
README = ROOT / "README.md"


def _gen() -> Any:
    spec = importlib.util.spec_from_file_location("gen_cli_doc", GEN)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _options() -> dict[str, set[str]]:
    """Per command (and '' for vitd itself): its option names."""
    group = typer.main.get_command(app)
    out = {"": {"-h", "--help", *(o for p in group.params for o in (*p.opts, *p.secondary_opts))}}
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        out[name] = {"-h", "--help", *(o for p in cmd.params if p.param_type_name == "option" for o in (*p.opts, *p.secondary_opts))}
    return out


def test_docs_cli_md_is_current() -> None:
    assert DOC.is_file(), "docs/cli.md is missing: run python scripts/gen_cli_doc.py"
    assert DOC.read_text(encoding="utf-8") == _gen().render(), "docs/cli.md is out of date: run python scripts/gen_cli_doc.py"


def test_docs_cli_md_lists_every_command_option_and_exit_code() -> None:
    text = DOC.read_text(encoding="utf-8")
    for command, names in _options().items():
        if command:
            assert f"## vitd {command}" in text
        for name in names - {"-h", "--help"}:
            assert f"`{name}`" in text, f"{name} of vitd {command} is not in docs/cli.md"
    codes = {c for c, _m in _gen().EXIT_CODES}
    assert {int(c) for c in ExitCode} <= codes, "an exit code of errors.ExitCode is not documented"
    assert {130, 143} <= codes


def _env_read_by_source() -> set[str]:
    names: set[str] = set()
    pattern = re.compile(r"""(?:environ(?:\.get)?\(\s*|environ\[\s*|getenv\(\s*|in os\.environ)["']?([A-Z][A-Z0-9_]+)""")
    pattern2 = re.compile(r"""["']([A-Z][A-Z0-9_]+)["']\s+(?:not\s+)?in\s+os\.environ|["'](VITD_[A-Z0-9_]+)["']""")
    for path in (ROOT / "src" / "vitd_cli").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names.update(pattern.findall(text))
        names.update(n for pair in pattern2.findall(text) for n in pair if n)
    return names


def test_every_environment_variable_the_source_reads_is_documented() -> None:
    documented = {name for name, _what in _gen().ENVIRONMENT}
    read = _env_read_by_source()
    assert "VITD_DEBUG" in read and "NO_COLOR" in read  # the scan finds what it should
    missing = read - documented
    assert not missing, f"environment variables read by src/ but not in scripts/gen_cli_doc.py ENVIRONMENT: {sorted(missing)}"
    # the documented ones are read by vitd, or by the library named in their text
    unread = {name for name, what in _gen().ENVIRONMENT if name not in read and "Read by" not in what}
    assert not unread, f"documented but never read: {sorted(unread)}"


def _readme_invocations(text: str) -> list[tuple[str, list[str]]]:
    """(command, option tokens) of every `vitd COMMAND ...` in the README, up to a pipe, `;`, `&&`, a backtick or the
    end of the line."""
    out = []
    for m in re.finditer(r"(?<![\w/.-])vitd ([a-z]+)\b([^|;`&\n]*)", text):
        out.append((m.group(1), re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", m.group(2))))
    return out


def test_readme_uses_only_options_the_commands_have() -> None:
    options = _options()
    text = README.read_text(encoding="utf-8")
    invocations = [(c, o) for c, o in _readme_invocations(text) if c in options]
    assert len(invocations) > 20, "the README's vitd commands were not found"
    wrong = [(c, o) for c, opts in invocations for o in opts if o not in options[c] and o not in options[""]]
    assert not wrong, f"README uses options its commands do not have: {wrong}"
    every = set().union(*options.values())
    for m in re.finditer(r"(?<![\w-])(--[a-z][a-z0-9-]*)", text):
        if m.group(1) not in every:  # another program's option: its command is just before it (a line may wrap)
            before = text[max(0, m.start() - 80):m.start()]
            assert re.search(r"\bpython3? |\bpip |\bpytest\b", before), f"README: {m.group(1)} is not an option of vitd: ...{before}"


def test_the_readme_check_can_fail() -> None:
    options = _options()
    found = _readme_invocations("run `vitd interpret labs.csv --formt csv | head` then `vitd ranges --analyte vitamin_d`")
    assert found == [("interpret", ["--formt"]), ("ranges", ["--analyte"])]
    assert "--formt" not in options["interpret"] and "--analyte" in options["ranges"]
