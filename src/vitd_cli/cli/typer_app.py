"""The Typer app: its name, help and exit codes as `vitd --help` shows them, and --version (the commands are
registered on it in vitd_cli/cli/__init__.py, in the order the help lists them)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

EXIT_CODES_HELP = (
    "Exit codes: 0 interpreted; 1 with --check, some result is outside its range; "
    "2 usage or input error (bad unit, unknown analyte, symptom, guideline or format, unparseable, negative, NaN "
    "or impossible value); 130/143 interrupted (SIGINT/SIGTERM; an existing -o is kept)."
)

app = typer.Typer(
    name="vitd",
    help="Interpret vitamin D, calcium and magnesium lab results, and how they relate to muscle symptoms.\n\n" + EXIT_CODES_HELP,
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from ..version import __version__

        sys.stdout.write(f"vitd {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _app(version: Annotated[bool, typer.Option("--version", "-V", help="Print vitd's version and exit.", callback=_version,
                                               is_eager=True)] = False) -> None:
    """Interpret vitamin D, calcium and magnesium lab results, and how they relate to muscle symptoms."""
