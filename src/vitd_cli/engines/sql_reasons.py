"""Why a value of one of our tests was not read, in SQL: the reason the streaming engine writes in vitd_note after the
test's label (batch/rows.py: '{label}: {error}', the VitdError of normalise/values.py, readers/values.py or
reference/units.py with its hint in parentheses), for the reason kinds the classification query knows (sql_classify's
`kind`). The sentences are written here as those functions write them; tests/test_sql_wired.py (test_reasons) holds
them to the streaming engine's on the boundary corpus, so a sentence changed there fails until it is changed here.

Not written (the kind alone, UNWRITTEN; docs/engines.md: Notes): 'implausible value' (its sentence prints the value in
the SI unit to 4 significant digits, :.4g, and lists the units in which the value would be plausible).
"""

from __future__ import annotations

from collections.abc import Callable

from ..models import AnalyteDef
from ..reference import ReferenceData
from .sqltext import py_repr, q

UNWRITTEN = ("implausible value",)  # reason kinds whose vitd_note is the kind alone ('{label}: {kind}')
# readers/values.split_value's hints: a text that is no number, and a number whose separators do not read
_LONG = " (write a value like '18', '18.5', '18,5', '<5' or '18 ng/mL')"
_SHORT = " (write a value like '18', '18.5', '18,5' or '<5')"


def _cat(*parts: str) -> str:
    return "(" + " || ".join(parts) + ")"


def _per_analyte(ref: ReferenceData, make: Callable[[AnalyteDef], str]) -> str:
    """An SQL CASE on the row's analyte (column a): each analyte's text."""
    return "CASE " + " ".join(f"WHEN a = {q(a.id)} THEN {make(a)}" for a in ref.analytes.values()) + " END"


def _g(whole: str, frac: str) -> str:
    """{x:g} of a number written as digits `whole` (leading zeros allowed) and `frac` (a decimal part, '' for none),
    for numbers below 1e6 whose digits are at most six significant ones (the '1,234'-like readings)."""
    f = f"rtrim({frac}, '0')"
    return f"CAST(CAST({whole} AS BIGINT) AS VARCHAR) || CASE WHEN {f} = '' THEN '' ELSE '.' || {f} END"


def reason_sql(ref: ReferenceData) -> str:
    """The SQL of the reason a value was not read (what follows '{label}: '), from the value stages' columns
    (sql_values.py: v2, the value with flag marks gone; unit_text, the unit in it, in lower case; u_col, the unit column;
    is_number, head_comma, tail_comma, alt_text) and `kind`; the kind itself for the kinds not written here."""
    v = py_repr("v2")
    unit = "substr(v2, length(v2) - length(unit_text) + 1)"  # the unit as written in the value
    given = py_repr(f"CASE WHEN unit_text <> '' THEN {unit} ELSE u_col END")
    accepted = {a.id: ", ".join(a.units) for a in ref.analytes.values()}
    value, alt = _g("head_comma", "tail_comma"), _g("alt_text", "''")
    ambiguous = _per_analyte(ref, lambda a: _cat(q(f"{a.id} "), v, "' could be '", value, "' (decimal comma) or '", alt,
                                                 "' (thousands separator) (write it as '", value, "' or '", alt, "')'"))
    no_unit = _per_analyte(ref, lambda a: _cat(q(f"{a.id} value "), v, "' has no unit and the number fits more than one (add the unit as "
                                                                     "printed on the report, e.g. '", py_repr(f"v2 || {q(' ' + a.conventional_unit)}"),
                                               q(f"; accepted: {accepted[a.id]})")))
    return f"""CASE kind WHEN 'unit conflict' THEN {_cat(v, "' carries unit '", py_repr(unit), "' but '", py_repr('u_col'), "' was given too (give the unit once)'")}
             WHEN 'not a number' THEN {_cat(v, "' is not a finite number (give a measured value such as ''18 ng/mL'')'")}
             WHEN 'text result' THEN {_cat("'cannot read a number in '", v, f"CASE WHEN is_number THEN {q(_SHORT)} ELSE {q(_LONG)} END")}
             WHEN 'negative value' THEN {_per_analyte(ref, lambda a: _cat(q(f"{a.id} cannot be negative ("), v, "') (give the value as printed on the report)'"))}
             WHEN 'unknown unit' THEN {_per_analyte(ref, lambda a: _cat("'unknown unit '", given, q(f" for {a.id} (use one of {accepted[a.id]})")))}
             WHEN 'wrong unit' THEN {_per_analyte(ref, lambda a: _cat(given, q(f" is not a unit for {a.id} (use one of {accepted[a.id]})")))}
             WHEN 'no unit' THEN {no_unit}
             WHEN 'unreadable value' THEN {ambiguous}
             ELSE kind END"""
