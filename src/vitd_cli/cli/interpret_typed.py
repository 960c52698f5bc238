"""vitd interpret without a FILE: the values and symptoms typed (or --example, or asked one at a time), interpreted
by the library in one call, and the report written in the format asked."""

from __future__ import annotations

import sys
from typing import NamedTuple

from ..errors import ExitCode, VitdError
from ..pipeline.safe_io import output_file
from .configured import config_format
from .option_values import TYPED_FORMATS, check_format
from .options import Shared

ANALYTE_OPTIONS = {"vitamin_d": "--vitd", "calcium": "--calcium", "ionized_calcium": "--ionized-calcium", "albumin": "--albumin",
                   "magnesium": "--magnesium", "pth": "--pth", "phosphate": "--phosphate", "corrected_calcium": "--corrected-calcium"}


class TypedInput(NamedTuple):
    """The typed-value form's options as given: each analyte's option (by analyte id, in ANALYTE_OPTIONS' order),
    --value NAME=VALUE, --symptom, --example and --ask."""

    analytes: dict[str, str | None]
    value: list[str]
    symptoms: list[str]
    example: bool
    ask: bool

    def given(self) -> list[str]:
        """The options given, named as on the command line (a FILE takes none of them)."""
        named = [ANALYTE_OPTIONS[a] for a, v in self.analytes.items() if v]
        return named + [name for name, v in (("--value", self.value), ("--symptom", self.symptoms), ("--example", self.example),
                                             ("--ask", self.ask)) if v]


def interpret_typed(shared: Shared, typed: TypedInput) -> int:
    """The typed values' report; exit 1 with --check when a result is outside its range."""
    from ..interpret import interpret

    values, symptoms = _values_and_symptoms(typed, shared.ranges)
    fmt = check_format(config_format(shared.cfg, shared.fmt, TYPED_FORMATS, shared.output) or "rich", TYPED_FORMATS)
    report = interpret(values, symptoms, guideline=shared.guideline, schemes=shared.schemes, ranges=shared.ranges, age=shared.age)
    with output_file(shared.output, shared.ranges) as written:
        _render(report, fmt, written, shared.ranges)
    abnormal = any(r.flag != "normal" for p in report.panels for r in p.results)
    return ExitCode.ABNORMAL if shared.check and abnormal else ExitCode.OK


def _values_and_symptoms(typed: TypedInput, ranges: list[str]) -> tuple[dict[str, str], list[str]]:
    """(values by name, symptoms): the options', --example's, or the answers to --ask (also with nothing typed on a
    terminal)."""
    values: dict[str, str] = {k: v for k, v in typed.analytes.items() if v is not None}
    for item in typed.value:
        name, sep, text = item.partition("=")
        if not sep or not name.strip() or not text.strip():
            raise VitdError("option-invalid", f"--value {item!r} is not NAME=VALUE", "e.g. --value 'pth=120 pg/mL'")
        values[name.strip()] = text.strip()
    symptoms = list(typed.symptoms)
    if typed.example:
        from ..examples import EXAMPLE_SYMPTOMS, EXAMPLE_VALUES

        if values:
            raise VitdError("option-conflict", "--example cannot be combined with typed values", "drop --example or the values")
        values, symptoms = dict(EXAMPLE_VALUES), symptoms or list(EXAMPLE_SYMPTOMS)
    if typed.ask or (not values and not symptoms and sys.stdin.isatty() and sys.stdout.isatty()):
        if values or symptoms:
            raise VitdError("option-conflict", "--ask cannot be combined with typed values, symptoms or --example", "drop --ask or the values")
        from ..reference import load
        from ..tools.guided import ask_terminal

        values, symptoms = ask_terminal(load(tuple(ranges)))
    return values, symptoms


def _render(report, fmt: str, path: str | None, ranges: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The typed values' report in `fmt`, to stdout or to `path` (UTF-8)."""
    out = open(path, "w", encoding="utf-8") if path else sys.stdout  # noqa: SIM115 - closed below
    try:
        if fmt == "json":
            from ..render.json_out import render_json

            render_json(report, out)
        elif fmt == "html":
            from ..render.html_out import render_html

            render_html(report, out, all_bands=True)
        elif fmt == "fhir":
            from ..render.fhir_out import render_fhir

            render_fhir(report, out)
        else:
            from ..render.terminal import render_rich

            render_rich(report, out)
    finally:
        if out is not sys.stdout:
            out.close()
