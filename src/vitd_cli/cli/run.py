"""main(): parse and run one command, and the one place every outcome becomes an exit code and at most one line on
stderr (a VitdError, a usage error, an interrupt, a closed pipe or stdout, an unexpected exception)."""

from __future__ import annotations

import os
import signal
import sys

import typer

try:  # typer >= 0.22 ships its own copy of click
    from typer._click import exceptions as click_exc
except ImportError:  # pragma: no cover - older typer depends on click
    from click import exceptions as click_exc  # type: ignore[no-redef]

from ..errors import ExitCode, Interrupted, VitdError
from ..pipeline.safe_io import interrupted_by, signals_caught
from ..textsafe import one_line
from .streams import ClosedStdout, Lenient
from .typer_app import app


def _write_err(text: str) -> None:
    """stderr, which may be closed or full: a message that cannot be written does not change the exit code."""
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def _error(message: str) -> None:
    """One line, whatever the message holds (a cell with a newline, a library's multi-line text)."""
    _write_err(f"vitd: error: {one_line(message)}\n")


def _invoke(argv: list[str] | None) -> object:
    """Parse and run one command. Not click's own main(), which turns a closed pipe into exit 1 and a Ctrl-C into a
    silent 130: main() below gives every outcome its one meaning."""
    command = typer.main.get_command(app)
    args = sys.argv[1:] if argv is None else list(argv)
    with command.make_context("vitd", args) as ctx:
        return command.invoke(ctx)


def _quiet_stdout() -> None:
    """The reader of stdout went away (`| head -1`): drop whatever is still buffered, quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _interrupted(signum: int | None) -> int:
    _write_err("vitd: interrupted\n")
    return 128 + int(signum or signal.SIGINT)


def _unexpected(exc: Exception, debug: bool) -> int:
    """An OSError (the disk is full, the input vanished, a device error) is not a bug and gets no traceback; anything
    else is a bug: still one line, never a traceback, unless VITD_DEBUG asks."""
    if debug:
        raise exc
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        _error(f"input/output error{where}: {exc.strerror or exc} (check the disk, the --output path and the input)")
    elif isinstance(exc, UnicodeEncodeError) and not exc.encoding.replace("_", "-").lower().startswith("utf"):
        _error(f"the output has characters that stdout's encoding ({exc.encoding}) cannot write "
               "(set PYTHONIOENCODING=utf-8 or a UTF-8 locale, or give -o FILE, which is written as UTF-8)")
    else:
        _error(f"internal error: {type(exc).__name__}: {exc} (please report it; VITD_DEBUG=1 shows the traceback)")
    return ExitCode.INPUT_ERROR


def _usage_message(exc: click_exc.UsageError, args: list[str]) -> str:
    """One line: what was wrong, a did-you-mean when click found close options, and the help of the command given."""
    import difflib  # (on an error only: start-up stays light)

    path = exc.ctx.command_path if exc.ctx else "vitd"
    command = next((a for a in args if not a.startswith("-")), None)
    if path == "vitd" and command in typer.main.get_command(app).commands:  # type: ignore[attr-defined]
        path = f"vitd {command}"  # (an option's missing value is reported from the group's context)
    option = getattr(exc, "option_name", None)
    if isinstance(exc, click_exc.NoSuchOption) and option:
        message = f"No such option: {option}"
        close = difflib.get_close_matches(option, exc.possibilities or [], n=2, cutoff=0.75)  # (click's 0.6 offers --columns for --bogus)
        if close:
            message += f" (did you mean {' or '.join(close)}?)"
    else:
        message = exc.format_message()
    return message.replace("\n", " ") + f" (see '{path} --help')"


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; every error becomes one line on stderr and an exit code (VITD_DEBUG=1 shows tracebacks):
    0 done, 1 --check found a result out of range, 2 usage or input error, 130 SIGINT, 143 SIGTERM (129 SIGHUP)."""
    debug = bool(os.environ.get("VITD_DEBUG"))
    saved = sys.stdout, sys.stderr
    sys.stderr = Lenient(sys.stderr)
    if sys.stdout is None:
        sys.stdout = ClosedStdout()
    try:
        with signals_caught():
            code = _invoke(argv)
    except VitdError as exc:
        if debug:
            raise
        if interrupted_by():
            code = _interrupted(interrupted_by())
        else:
            _error(str(exc))
            code = exc.exit_code
    except click_exc.NoArgsIsHelpError as exc:
        _write_err(exc.ctx.get_help() + "\n" if exc.ctx else "")
        code = ExitCode.INPUT_ERROR
    except click_exc.UsageError as exc:
        _error(_usage_message(exc, sys.argv[1:] if argv is None else list(argv)))
        code = ExitCode.INPUT_ERROR
    except typer.Exit as exc:
        code = exc.exit_code
    except (typer.Abort, KeyboardInterrupt, EOFError):
        code = _interrupted(signal.SIGINT)
    except Interrupted as exc:
        code = _interrupted(exc.signum)
    except BrokenPipeError:
        _quiet_stdout()
        code = ExitCode.OK
    except Exception as exc:
        if interrupted_by():  # what a library (DuckDB: "Query interrupted") raised once a signal arrived
            code = _interrupted(interrupted_by())
        else:
            code = _unexpected(exc, debug)
    code = int(code or 0) if isinstance(code, int) else 0
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    except (OSError, ValueError, VitdError):
        pass
    sys.stdout, sys.stderr = saved
    sys.exit(code)
