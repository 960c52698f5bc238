"""Defaults a lab can set once: vitd's configuration files (docs/config.md).

Where settings come from, first wins for each key:

1. the command line (the CLI decides which options were given: cli/configured.py);
2. `--config FILE`, else the file named by $VITD_CONFIG;
3. the project file: from the working directory upwards, the nearest folder with a `vitd.toml`, or a `pyproject.toml`
   holding a `[tool.vitd]` table (in one folder `vitd.toml` wins). The search stops at the folder holding `.git` (a
   folder, or the file of a worktree or submodule: the repository's root is searched, its parents are not) or at the
   filesystem root. A `pyproject.toml` without `[tool.vitd]` is passed over, as ruff does;
4. the user file, $XDG_CONFIG_HOME/vitd/config.toml (~/.config/vitd/config.toml; %APPDATA%\\vitd\\config.toml on
   Windows);
5. the built-in defaults.

`--no-config` or VITD_NO_CONFIG=1 reads none of 2-4 (a `--config FILE` given with it is still read: "this file only").

Keys: guideline, schemes, ranges, tests_map, panel_window, date_order, format. Relative paths are relative to the
folder of the file that names them. This module checks each key's type and the values only it knows (date_order); the
names checked elsewhere (a guideline, a scheme, a format, a duration) are checked by the code that checks the options
(cli/configured.py), which says the value came from a file. Imports only the standard library and errors (tomllib only when a
file is read): a run without a config file costs a few stat calls.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any, NamedTuple

from .errors import VitdError

KEYS = ("guideline", "schemes", "ranges", "tests_map", "panel_window", "date_order", "format")
DATE_ORDERS = ("auto", "dayfirst", "monthfirst")
DEFAULTS: dict[str, Any] = {"guideline": None, "schemes": {}, "ranges": [], "tests_map": None, "panel_window": "24h",
                            "date_order": "auto", "format": None}
PROJECT_FILE = "vitd.toml"
PYPROJECT_FILE = "pyproject.toml"
ENV_FILE = "VITD_CONFIG"
ENV_OFF = "VITD_NO_CONFIG"
_EXAMPLES = {"guideline": 'guideline = "iom-2011"', "schemes": 'schemes = { calcium = "statpearls" }',
             "ranges": 'ranges = ["lab_ranges.toml"]', "tests_map": 'tests_map = "our_tests.csv"',
             "panel_window": 'panel_window = "24h"', "date_order": 'date_order = "dayfirst"', "format": 'format = "json"'}


class Source(NamedTuple):
    """Where a setting came from. kind: default, option (the command line), config (--config), env ($VITD_CONFIG),
    project (vitd.toml), pyproject ([tool.vitd]) or user (the user file); path: the file, absolute."""

    kind: str
    path: str | None = None
    given_as: str | None = None  # --config's and $VITD_CONFIG's path as written (errors name the file so)

    @property
    def label(self) -> str:
        """For `vitd config`: default, command line, or the file (absolute) and how it was found."""
        if self.kind == "default":
            return "default"
        if self.kind == "option":
            return "command line"
        return {"config": f"--config {self.path}", "env": f"${ENV_FILE} {self.path}", "pyproject": f"{self.path} [tool.vitd]",
                "user": f"{self.path} (user file)"}.get(self.kind, str(self.path))

    @property
    def where(self) -> str:
        """For an error line: the file as the user knows it (relative to the working directory when inside it)."""
        if self.given_as is not None:
            name = self.given_as
        else:
            name = str(self.path)
            with suppress(OSError, ValueError):
                name = os.path.relpath(name) if Path(name).is_relative_to(Path.cwd()) else name
        return f"{name} [tool.vitd]" if self.kind == "pyproject" else name


DEFAULT = Source("default")


class Looked(NamedTuple):
    """A file vitd looked for: its role (--config, $VITD_CONFIG, project, user), path and what came of it."""

    role: str
    path: str | None
    status: str  # read, not found, no [tool.vitd], not read (...), not set, ignored (...)


class Config:
    """The settings in effect (before the command line), where each came from, and the files looked for.
    (Plain classes and named tuples, not dataclasses: this module is imported on every run.)"""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {k: _copy(v) for k, v in DEFAULTS.items()}
        self.sources: dict[str, Source] = dict.fromkeys(KEYS, DEFAULT)
        self.looked: list[Looked] = []
        self.searched = ""  # how the project file was searched for ("" when it was not)
        self.ignored: str | None = None  # "--no-config" or "VITD_NO_CONFIG=1": no file was read (but --config's)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def given(self, key: str) -> bool:
        """The key was set by a file (not the built-in default)."""
        return self.sources[key].kind != "default"

    def where(self, key: str) -> str:
        return self.sources[key].where


def _copy(value: Any) -> Any:
    return dict(value) if isinstance(value, dict) else list(value) if isinstance(value, list) else value


def _truthy(text: str | None) -> bool:
    return (text or "").strip().lower() not in ("", "0", "false", "no", "off")


def user_file(env: Mapping[str, str] | None = None) -> Path | None:
    """$XDG_CONFIG_HOME/vitd/config.toml (an unset, empty or relative XDG_CONFIG_HOME means ~/.config, as the XDG
    spec says); %APPDATA%\\vitd\\config.toml on Windows. None when there is no home folder to speak of."""
    env = os.environ if env is None else env
    base = env.get("XDG_CONFIG_HOME", "")
    if not (base and os.path.isabs(base)):
        if os.name == "nt" and env.get("APPDATA"):
            base = env["APPDATA"]
        else:
            try:
                base = str(Path.home() / ".config")
            except (RuntimeError, KeyError):
                return None
    return Path(base) / "vitd" / "config.toml"


def load(config_file: str | None = None, no_config: bool = False, *, cwd: str | Path | None = None,
         env: Mapping[str, str] | None = None) -> Config:
    """The settings of the files in effect, layered (first wins for each key); a VitdError naming the file for an
    unreadable file, invalid TOML, an unknown key, a wrong type or an unknown date_order."""
    env = os.environ if env is None else env
    try:
        start: Path | None = Path(cwd) if cwd is not None else Path.cwd()
    except OSError:  # the working directory was removed: no project file to speak of
        start = None
    cfg = Config()
    if no_config or _truthy(env.get(ENV_OFF)):
        cfg.ignored = "--no-config" if no_config else f"{ENV_OFF}={env.get(ENV_OFF)}"
    layers: list[tuple[Source, dict[str, Any]]] = []
    here = start or Path(os.sep)
    if config_file is not None:
        path = _absolute(config_file, here)
        source = Source("config", str(path), config_file)
        layers.append((source, _read(path, source, explicit="--config")))
        cfg.looked.append(Looked("--config", str(path), "read"))
    elif env.get(ENV_FILE):
        path = _absolute(env[ENV_FILE], here)
        if cfg.ignored:
            cfg.looked.append(Looked(f"${ENV_FILE}", str(path), f"ignored ({cfg.ignored})"))
        else:
            source = Source("env", str(path), env[ENV_FILE])
            layers.append((source, _read(path, source, explicit=f"${ENV_FILE}")))
            cfg.looked.append(Looked(f"${ENV_FILE}", str(path), "read"))
    else:
        cfg.looked.append(Looked("--config / $VITD_CONFIG", None, "not set"))
    if not cfg.ignored:
        found = _find_project(start if start.is_absolute() else start.absolute(), cfg) if start is not None else None
        if start is None:
            cfg.looked.append(Looked("project", None, "not looked for: the working directory is gone"))
        if found is not None:
            layers.append(found)
        user = user_file(env)
        if user is None:
            cfg.looked.append(Looked("user", None, "no home folder"))
        elif _is_file(user):
            source = Source("user", str(user))
            layers.append((source, _read(user, source)))
            cfg.looked.append(Looked("user", str(user), "read"))
        else:
            cfg.looked.append(Looked("user", str(user), "not found"))
    for source, table in reversed(layers):  # the lowest first: each layer above overwrites what it sets
        for key, value in table.items():
            cfg.values[key] = value
            cfg.sources[key] = source
    return cfg


def _is_file(path: Path) -> bool:
    """A stat that never raises (a folder vitd may not enter holds no file for it)."""
    try:
        return path.is_file()
    except OSError:
        return False


def _absolute(path: str, start: Path) -> Path:
    p = Path(os.path.expanduser(path))
    return p if p.is_absolute() else start / p


def _find_project(start: Path, cfg: Config) -> tuple[Source, dict[str, Any]] | None:
    """The nearest vitd.toml or pyproject.toml [tool.vitd], from `start` up to the folder holding .git or the root."""
    folder = start
    while True:
        project, pyproject = folder / PROJECT_FILE, folder / PYPROJECT_FILE
        if _is_file(project):
            source = Source("project", str(project))
            table = _read(project, source)
            cfg.looked.append(Looked("project", str(project), "read"))
            if _is_file(pyproject):
                cfg.looked.append(Looked("project", str(pyproject), f"not read ({PROJECT_FILE} in the same folder wins)"))
            cfg.searched = _searched(start, folder, "found")
            return source, table
        if _is_file(pyproject):
            source = Source("pyproject", str(pyproject))
            tool = _pyproject(pyproject, source)
            if tool is not None:
                cfg.looked.append(Looked("project", str(pyproject), "read"))
                cfg.searched = _searched(start, folder, "found")
                return source, tool
            cfg.looked.append(Looked("project", str(pyproject), "no [tool.vitd]"))
        if os.path.exists(folder / ".git"):
            cfg.searched = _searched(start, folder, "holds .git")
            return None
        if folder.parent == folder:
            cfg.searched = _searched(start, folder, "the filesystem root")
            return None
        folder = folder.parent


def _searched(start: Path, end: Path, why: str) -> str:
    where = f"in {start}" if start == end else f"from {start} up to {end}"
    return f"{PROJECT_FILE}, else {PYPROJECT_FILE} [tool.vitd], {where} ({why})"


def _toml(path: Path, source: Source, explicit: str | None = None) -> dict[str, Any]:
    import tomllib

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        hint = f"give the path of an existing file to {explicit}" if explicit else "check the file"
        raise VitdError("config-missing", f"{source.where}: no such configuration file", hint) from None
    except OSError as exc:
        raise VitdError("config-unreadable", f"{source.where}: cannot read the configuration file: {exc.strerror or exc}",
                        "check the file and its permissions") from None
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise VitdError("config-invalid", f"{source.where}: not UTF-8 text", "save it as UTF-8 (TOML files are)") from None
    except tomllib.TOMLDecodeError as exc:
        raise VitdError("config-invalid", f"{source.where}: not valid TOML: {exc}", "see docs/config.md for an example") from None


def _read(path: Path, source: Source, explicit: str | None = None) -> dict[str, Any]:
    """A vitd.toml, user or --config file: its top-level table is vitd's (a [tool.vitd] table is read too, so that
    --config pyproject.toml works)."""
    doc = _toml(path, source, explicit)
    if path.name == PYPROJECT_FILE or (set(doc) == {"tool"} and isinstance(doc["tool"], dict) and "vitd" in doc["tool"]):
        table = _tool_vitd(doc, Source("pyproject", source.path, source.given_as))
        if table is None:
            raise VitdError("config-invalid", f"{source.where}: no [tool.vitd] table", "add one, or give a vitd.toml")
        return table
    return _checked(doc, source, Path(path).parent)


def _pyproject(path: Path, source: Source) -> dict[str, Any] | None:
    """[tool.vitd] of a pyproject.toml, or None. A file without the word vitd is not parsed (most are not vitd's)."""
    try:
        with open(path, "rb") as f:
            if b"vitd" not in f.read():
                return None
    except OSError:
        pass  # (_toml says what is wrong)
    return _tool_vitd(_toml(path, source), source)


def _tool_vitd(doc: dict[str, Any], source: Source) -> dict[str, Any] | None:
    tool = doc.get("tool")
    if not isinstance(tool, dict) or "vitd" not in tool:
        return None
    if not isinstance(tool["vitd"], dict):
        raise VitdError("config-invalid", f"{source.where}: tool.vitd must be a table", "write [tool.vitd] and the keys under it")
    return _checked(tool["vitd"], source, Path(str(source.path)).parent)


def _kind(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list",
            dict: "a table"}.get(type(value), f"a {type(value).__name__}")


def _checked(table: dict[str, Any], source: Source, folder: Path) -> dict[str, Any]:
    """The table's keys checked, its paths made absolute (relative to `folder`)."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        if key not in KEYS:
            import difflib  # (on an error only)

            close = difflib.get_close_matches(key.replace("-", "_"), KEYS, n=1, cutoff=0.6)
            mean = f"did you mean {close[0]!r}?; " if close else ""
            raise VitdError("config-key-unknown", f"{source.where}: unknown key {key!r}", f"{mean}keys: {', '.join(KEYS)}")
        out[key] = _value(key, value, source, folder)
    return out


def _wrong(key: str, what: str, value: Any, source: Source) -> VitdError:
    return VitdError("config-type", f"{source.where}: {key} must be {what}, not {_kind(value)}", f"e.g. {_EXAMPLES[key]}")


def _value(key: str, value: Any, source: Source, folder: Path) -> Any:
    if key == "schemes":
        if not isinstance(value, dict):
            raise _wrong(key, "a table of ANALYTE = \"SCHEME\"", value, source)
        for analyte, scheme in value.items():
            if not isinstance(scheme, str) or not scheme.strip():
                raise VitdError("config-type", f"{source.where}: schemes.{analyte} must be a scheme's name (a string), not {_kind(scheme)}",
                                f"e.g. {_EXAMPLES[key]}")
        return {str(a).strip(): s.strip() for a, s in value.items()}
    if key == "ranges":
        if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
            raise _wrong(key, "a list of paths", value, source)
        return [str(_absolute(p, folder)) for p in value]
    if not isinstance(value, str) or not value.strip():
        raise _wrong(key, "a path (a string)" if key == "tests_map" else "a non-empty string", value, source)
    if key == "tests_map":
        return str(_absolute(value, folder))
    if key == "date_order" and value not in DATE_ORDERS:
        raise VitdError("config-value", f"{source.where}: unknown date_order {value!r}", f"use one of {', '.join(DATE_ORDERS)}")
    return value.strip()
