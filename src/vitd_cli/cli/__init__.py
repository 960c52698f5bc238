"""The command line: a thin layer over the library (one call per command), errors mapped to exit codes in one place.

typer_app (the Typer app, --version), run (main(): every outcome to an exit code and one line on stderr), streams
(stderr and a closed stdout as vitd writes them), options (the options' declarations, shared by the commands and by
both forms of interpret), option_values (a format, NAME=VALUE, a readable file), configured (vitd.toml and the other
configuration files applied where no option was given), interpret (the command: options in, the form asked run),
interpret_typed and interpret_file (its two forms, each one call to the library), commands (convert, identify,
ranges, sql, config).
"""

from __future__ import annotations

from . import commands, interpret
from .run import main
from .typer_app import app

__all__ = ["app", "main"]

# the commands, in the order `vitd --help` lists them
app.command(epilog=interpret.EPILOG)(interpret.interpret)
app.command(epilog=commands.CONVERT_EPILOG)(commands.convert)
app.command(epilog=commands.IDENTIFY_EPILOG)(commands.identify)
app.command(epilog=commands.RANGES_EPILOG)(commands.ranges)
app.command(epilog=commands.SQL_EPILOG)(commands.sql)
app.command(name="config", epilog=commands.CONFIG_EPILOG)(commands.config_command)
