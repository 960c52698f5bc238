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


# What a value that cannot be read is told, by error code: (message, hint) templates. normalise/values.py,
# readers/values.py and reference/units.py raise them with value_error(); engines/sql_reasons.py builds the same
# sentences in SQL from these templates (vitd sql's vitd_note), so the two are written once. Fields: {text}, {unit},
# {unit_text}, {example}: texts as given (shown quoted, !r); {analyte}: an analyte id; {accepted}: its units;
# {value}, {alt}: numbers (:g).
_IMPLAUSIBLE = "{analyte} {text!r} is {si:.4g} {si_unit}, outside the plausible {lo:g}-{hi:g} {si_unit}: likely a unit mix-up"
VALUE_MESSAGES: dict[str, tuple[str, str]] = {
    "unit-conflict": ("{text!r} carries unit {unit_text!r} but {unit!r} was given too", "give the unit once"),
    "value-nan": ("{text!r} is not a finite number", "give a measured value such as '18 ng/mL'"),
    "value-unparseable": ("cannot read a number in {text!r}", "write a value like '18', '18.5', '18,5', '<5' or '18 ng/mL'"),
    "value-unparseable-number": ("cannot read a number in {text!r}", "write a value like '18', '18.5', '18,5' or '<5'"),
    "value-negative": ("{analyte} cannot be negative ({text!r})", "give the value as printed on the report"),
    "unit-unknown": ("unknown unit {unit!r} for {analyte}", "use one of {accepted}"),
    "unit-wrong": ("{unit!r} is not a unit for {analyte}", "use one of {accepted}"),
    "unit-missing": ("{analyte} value {text!r} has no unit and the number fits more than one",
                     "add the unit as printed on the report, e.g. {example!r}; accepted: {accepted}"),
    "value-ambiguous": ("{analyte} {text!r} could be {value:g} (decimal comma) or {alt:g} (thousands separator)",
                        "write it as {value:g} or {alt:g}"),
    "value-implausible": (_IMPLAUSIBLE, "did you mean {value:g} {units}?"),  # units: those in which the value is plausible
    "value-implausible-unfit": (_IMPLAUSIBLE, "check the value and its unit"),  # (no such unit)
}


def value_error(code: str, template: str | None = None, **fields: object) -> VitdError:
    """The VitdError `code` with its VALUE_MESSAGES sentence (`template`: another entry's words) filled in."""
    message, hint = VALUE_MESSAGES[template or code]
    return VitdError(code, message.format(**fields), hint.format(**fields))
