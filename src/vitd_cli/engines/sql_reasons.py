"""Why a value of one of our tests was not read, in SQL: the reason the streaming engine writes in vitd_note after the
test's label (batch/rows.py: '{label}: {error}', the VitdError of normalise/values.py, readers/values.py or
reference/units.py with its hint in parentheses), for the reason kinds the classification query knows (sql_classify's
`kind`). Both are built from one template per error (errors.VALUE_MESSAGES): here each field becomes the SQL of the
text it names; tests/test_sql_wired.py (test_reasons) holds the two to the same text on the boundary corpus.

'implausible value' prints the value in the SI unit as :.4g and the value as :g (their digits worked out by
sql_gformat.py's stages: IMPLAUSIBLE_NUMBERS), and lists the other units in which the value would be plausible (each
unit's conversion to the SI unit, as literals per analyte).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from string import Formatter

from ..errors import VALUE_MESSAGES
from ..models import AnalyteDef
from ..reference import ReferenceData
from .sql_gformat import g_stages
from .sql_reference import _conversion, _convertible, plausible_sql
from .sqltext import num, py_repr, q

IMPLAUSIBLE_NUMBERS = {"g4": ("si", 4, "negative_sign"), "g6": ("x", 6, "negative_sign")}  # the SI value as :.4g, the value as :g (sql_gformat.g_stages)


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


def _error(code: str, fields: Mapping[str, str], template: str | None = None) -> str:
    """The SQL of str(errors.value_error(code, template, **fields)), 'message (hint)', from its VALUE_MESSAGES template:
    the words quoted, each field the SQL of its text (quoted as repr quotes it, for !r). A number's format (:g) is its
    SQL's own (_g)."""
    message, hint = VALUE_MESSAGES[template or code]
    return _fill(f"{message} ({hint})", fields)


def _fill(template: str, fields: Mapping[str, str]) -> str:
    """The SQL of template.format(**fields): its words quoted, each field the SQL of its text (quoted as repr quotes
    it, for !r)."""
    parts: list[str] = []
    words = ""
    for text, name, _spec, conversion in Formatter().parse(template):
        words += text
        if name is not None:
            if words:
                parts.append(q(words))
            words = ""
            parts.append(py_repr(fields[name]) if conversion == "r" else fields[name])
    if words:
        parts.append(q(words))
    return _cat(*parts)


def reason_sql(ref: ReferenceData) -> str:
    """The SQL of the reason a value was not read (what follows '{label}: '), from the value stages' columns
    (sql_values.py: v2, the value with flag marks gone; unit_text, the unit in it, in lower case; u_col, the unit column;
    is_number, head_comma, tail_comma, alt_text) and `kind` (the kind itself for a kind without a sentence: none now)."""
    unit = "substr(v2, length(v2) - length(unit_text) + 1)"  # the unit as written in the value
    given = f"CASE WHEN unit_text <> '' THEN {unit} ELSE u_col END"
    accepted = {a.id: q(", ".join(a.units)) for a in ref.analytes.values()}
    value, alt = _g("head_comma", "tail_comma"), _g("alt_text", "''")

    def per_analyte(code: str, **fields: str) -> str:
        return _per_analyte(ref, lambda a: _error(code, {"analyte": q(a.id), "accepted": accepted[a.id],
                                                         "example": f"v2 || {q(' ' + a.conventional_unit)}", **fields}))

    bounds = {"lo": _per_analyte(ref, lambda a: q(f"{a.plausible[0]:g}")), "hi": _per_analyte(ref, lambda a: q(f"{a.plausible[1]:g}"))}
    implausible = {"analyte": "a", "text": "v2", "si": "g4_text", "si_unit": "si_unit", **bounds, "value": "g6_text", "units": "g_fits"}
    return f"""CASE kind WHEN 'unit conflict' THEN {_error("unit-conflict", {"text": "v2", "unit_text": unit, "unit": "u_col"})}
             WHEN 'not a number' THEN {_error("value-nan", {"text": "v2"})}
             WHEN 'text result' THEN CASE WHEN is_number THEN {_error("value-unparseable", {"text": "v2"}, "value-unparseable-number")}
                                     ELSE {_error("value-unparseable", {"text": "v2"})} END
             WHEN 'negative value' THEN {per_analyte("value-negative", text="v2")}
             WHEN 'unknown unit' THEN {per_analyte("unit-unknown", unit=given)}
             WHEN 'wrong unit' THEN {per_analyte("unit-wrong", unit=given)}
             WHEN 'no unit' THEN {per_analyte("unit-missing", text="v2")}
             WHEN 'unreadable value' THEN {per_analyte("value-ambiguous", text="v2", value=value, alt=alt)}
             WHEN 'implausible value' THEN {_implausible(implausible)}
             ELSE kind END"""


def _implausible(fields: Mapping[str, str]) -> str:
    """The implausible value's sentence: its message once, then the hint of the units that would fit (g_fits), or of
    none (errors.VALUE_MESSAGES 'value-implausible' and 'value-implausible-unfit' share the message)."""
    message, fits = VALUE_MESSAGES["value-implausible"]
    unfit = VALUE_MESSAGES["value-implausible-unfit"][1]
    hint = f"CASE WHEN g_fits <> '' THEN {_fill(fits, fields)} ELSE {_fill(unfit, fields)} END"
    return _cat(_fill(message, fields), q(" ("), hint, q(")"))


def implausible_stages(ref: ReferenceData, src: str) -> tuple[list[str], str]:
    """The stages after `src` (the rows with their reason kind) that give an implausible value's row what its sentence
    prints: g4_text (the SI value as :.4g), g6_text (the value as :g) and g_fits (the units in which it would be
    plausible). Returns the stages and the name of the last."""
    stages, last = g_stages(src, "kind = 'implausible value'", IMPLAUSIBLE_NUMBERS)
    fits = _per_analyte(ref, lambda a: _fits(ref, a))
    stages.append(f"vitd_gf AS (\n    SELECT {last}.*, CASE WHEN kind = 'implausible value' THEN {fits} END AS g_fits\n    FROM {last}\n)")
    return stages, "vitd_gf"


def _fits(ref: ReferenceData, a: AnalyteDef) -> str:
    """The SQL of ' or '.join(the analyte's units, but the row's, in which the value x would be plausible), as
    normalise/values._check_plausible lists them: x converted to the SI unit by each unit's factors (sql_reference)."""
    lo, hi = a.plausible
    parts = []
    for u in a.units:
        if not _convertible(ref, a.id, u, a.si_unit):
            continue
        fs, dv, ml, fd = _conversion(ref, a.id, u, a.si_unit)
        si = f"(((x * {num(fs)}) / {num(dv)}) * {num(ml)} / {num(fd)})"
        ok = plausible_sql(si, num(lo), num(hi))
        parts.append(f"CASE WHEN unit <> {q(u)} AND {ok} THEN {q(' or ' + u)} ELSE '' END")
    if not parts:
        return "''"
    return f"substr({' || '.join(parts)}, 5)"
