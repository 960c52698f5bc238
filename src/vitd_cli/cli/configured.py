"""The configuration applied to a command: vitd.toml, pyproject.toml [tool.vitd], the user file or --config FILE
(read and checked by vitd_cli.config) give a setting wherever its option was not given on the command line, and an
error about a value a file gave names the file and the key."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ..errors import VitdError
from .option_values import INTERPRET_FORMATS, check_format, readable

if TYPE_CHECKING:
    from ..config import Config


def load_config(config_file: str | None, no_config: bool) -> Config:
    from ..config import load

    return load(config_file, no_config)


def given(ctx: typer.Context, name: str) -> bool:
    """The option was on the command line (not left to its default), as click records it."""
    source = ctx.get_parameter_source(name)
    return source is not None and source.name not in ("DEFAULT", "DEFAULT_MAP")


@contextmanager
def from_config(cfg: Config, key: str, only: tuple[str, ...] | None = None) -> Iterator[None]:
    """An error about a value a configuration file gave says so: 'vitd.toml: guideline: unknown scheme ...'.
    `only`: just errors of these codes (none: every error)."""
    try:
        yield
    except VitdError as exc:
        if only is not None and exc.code not in only:
            raise
        message = exc.message
        option = "--" + key.replace("_", "-")
        message = f"{key}{message[len(option):]}" if message.startswith(option + " ") else f"{key}: {message}"
        raise VitdError(exc.code, f"{cfg.where(key)}: {message}", exc.hint) from None


def config_readable(cfg: Config, key: str, path: str) -> str:
    with from_config(cfg, key):
        return readable(Path(path))


def ranges(ctx: typer.Context, cfg: Config, option: list[Path] | None, name: str) -> list[str]:
    """--ranges when given (they replace the configuration's), else the configuration's ranges files."""
    if given(ctx, name) or not cfg.given("ranges"):
        return [readable(p) for p in option or []]
    return [config_readable(cfg, "ranges", p) for p in cfg["ranges"]]


def refuse_both_orders(dayfirst: bool, monthfirst: bool, what: str) -> None:
    """--dayfirst and --monthfirst together: refused (`what`: the file or the table whose dates they describe)."""
    if dayfirst and monthfirst:
        raise VitdError("option-conflict", "--dayfirst and --monthfirst were both given", f"give the one that says how the {what} writes its dates")


def date_order(cfg: Config, dayfirst: bool, monthfirst: bool, what: str) -> str | None:
    """The date order a command reads day-month dates in: --dayfirst or --monthfirst (not both), else a
    configuration's date_order ('auto': None, decided from the data where it can be)."""
    refuse_both_orders(dayfirst, monthfirst, what)
    if dayfirst or monthfirst:
        return "dayfirst" if dayfirst else "monthfirst"
    return None if cfg["date_order"] == "auto" else cfg["date_order"]


def config_path(cfg: Config, option: str | None, key: str) -> str | None:
    if option is not None or not cfg.given(key):
        return option
    return config_readable(cfg, key, cfg[key])


def check_config(cfg: Config, range_files: list[str]) -> None:
    """The names a configuration gives, checked by the code that checks the options (whether or not an option
    overrides them, and whatever the input: a file's mistake is said at once)."""
    if cfg.given("guideline") or cfg.given("schemes"):
        from ..interpret import settings

        if cfg.given("guideline"):
            with from_config(cfg, "guideline"):
                settings(cfg["guideline"], None, range_files)
        if cfg.given("schemes"):
            with from_config(cfg, "schemes"):
                settings(None, cfg["schemes"], range_files)
    if cfg.given("format"):
        with from_config(cfg, "format"):
            check_format(cfg["format"], INTERPRET_FORMATS)
    if cfg.given("panel_window"):
        from ..readers.values import parse_window

        with from_config(cfg, "panel_window"):
            parse_window(cfg["panel_window"])


def schemes(cfg: Config, guideline: str | None, options: dict[str, str], range_files: list[str]) -> tuple[str | None, dict[str, str]]:
    """(guideline, schemes): the configuration's, each analyte's scheme replaced by an option that names it
    (--guideline, or --scheme vitamin_d=..., wins over the configuration's guideline)."""
    if not (cfg.given("guideline") or cfg.given("schemes")):
        return guideline, options
    from ..reference import load
    from ..reference.identify import resolve_analyte_id

    ref = load(tuple(range_files))
    named = {resolve_analyte_id(ref, k): v for k, v in options.items()}
    merged = {**{resolve_analyte_id(ref, k): v for k, v in cfg["schemes"].items()}, **named}
    if guideline is None and "vitamin_d" not in named:
        guideline = cfg["guideline"]
    return guideline, merged


def config_format(cfg: Config, option: str | None, here: tuple[str, ...], output: str | None) -> str | None:
    """--format when given, else the configuration's format where this output can take it (a typed value's report
    cannot be csv; -o NAME.parquet says its format), else None: the output's own default."""
    if option is not None or not cfg.given("format"):
        return option
    if cfg["format"] not in here or (output and output.lower().endswith(".parquet")):
        return None
    return str(cfg["format"])
