"""Errors users see, and the exit codes they map to. Imports nothing from the package."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes (documented in --help and the README; scripts depend on them)."""

    OK = 0  # interpreted
    ABNORMAL = 1  # only with --check: at least one result outside its range
    INPUT_ERROR = 2  # usage or input error: bad unit, unknown analyte, unparseable or impossible value


class VitdError(Exception):
    """An error in what the user gave us: one line saying what was wrong and what is accepted."""

    exit_code = ExitCode.INPUT_ERROR

    def __init__(self, code: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ReferenceDataError(VitdError):
    """A reference-range file (shipped or given with --ranges) is invalid."""


class Interrupted(BaseException):
    """SIGTERM or SIGHUP arrived (SIGINT raises KeyboardInterrupt): a BaseException, so that no `except Exception`
    takes it for an error, and every `finally` (the old output kept, temporary files removed) still runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


# The kind of problem a VitdError about a value is, in words that quote nothing: counted on the stderr line, and named
# in stderr notes and --strict errors instead of the value itself.
PROBLEM_KINDS = {"value-unparseable": "text result", "value-nan": "not a number", "value-negative": "negative value",
                 "value-implausible": "implausible value", "unit-unknown": "unknown unit", "unit-wrong": "wrong unit",
                 "unit-missing": "no unit", "unit-conflict": "unit conflict", "value-too-long": "value too long"}
