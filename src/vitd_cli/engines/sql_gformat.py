"""A non-negative double written as Python's format(x, '.{p}g') writes it, in SQL that every dialect runs (no printf, no
log10, no power: comparisons, arithmetic, substr, rtrim). The implausible-value sentence needs it (sql_reasons.py:
the value in the SI unit as :.4g, the value as :g).

Six small stages over the rows that need it (`when`): the decimal exponent k of x (x >= 10**k, a ladder of
literals); the scale 10**(p-1-k) or the divisor 10**(k-p+1) (the text '1e<n>' read as a double: exact); the scale's
Dekker split; the p-digit integer M nearest to x * scale (ties to even on the exact product, as
sql_rounding._round_int; a divided x has its tie checked exactly); where M reached 10**p (9999.5 -> 10000), the
exponent one up and M = 10**(p-1); then the text from M's digits: fixed notation for -4 <= k < p, else scientific
('4.493e+04'), trailing zeros dropped, as %g drops them. tests/test_sql_gformat.py compares thousands of numbers.

Outside 1e-15 .. 1e25 (no such lab value is plausible, nor its SI reading) the text is the dialect's own CAST."""

from __future__ import annotations

from collections.abc import Mapping

from .sql_rounding import _SPLIT, _round_int
from .sqltext import num

DECADES = range(25, -16, -1)  # the exponents the ladder knows, highest first


def g_stages(src: str, when: str, numbers: Mapping[str, tuple[str, int, str]], name: str = "vitd_g") -> tuple[list[str], str]:
    """The stages after `src` that give each number of `numbers` (prefix -> (column, p, negative)) the column
    {prefix}_text, the column as format(column, '.{p}g') writes it, on the rows where `when` holds (else NULL);
    `negative`: SQL that holds when a zero is -0.0 (SQL cannot tell the two zeros apart; Python writes '-0'). Returns
    the stages and the name of the last. (Small steps, each reading the one before: Spark plans one long expression
    badly.)"""
    cols: dict[int, list[str]] = {n: [] for n in range(6)}
    for pre, (col, p, negative) in numbers.items():
        ladder = "CASE " + " ".join(f"WHEN {col} >= {num(10.0 ** k)} THEN {k}" for k in DECADES) + " END"
        cols[0].append(f"CASE WHEN {when} THEN {ladder} END AS {pre}_k0")
        cols[1] += [f"CASE WHEN {pre}_k0 <= {p - 1} THEN {_pow10(f'{p - 1} - {pre}_k0')} ELSE 1e0 END AS {pre}_s",
                    f"CASE WHEN {pre}_k0 > {p - 1} THEN {_pow10(f'{pre}_k0 - {p - 1}')} ELSE 1e0 END AS {pre}_dv"]
        t = f"({num(_SPLIT)} * {pre}_s)"
        cols[2].append(f"({t} - ({t} - {pre}_s)) AS {pre}_sh")
        y = f"({col} / {pre}_dv)"
        fl = f"floor({y})"
        divided = (f"CASE WHEN {y} - {fl} = 0.5e0 AND ({fl} + 0.5e0) * {pre}_dv = {col} "
                   f"THEN CASE WHEN floor({fl} / 2e0) * 2e0 = {fl} THEN {fl} ELSE {fl} + 1 END "
                   f"WHEN {y} - {fl} >= 0.5e0 THEN {fl} + 1 ELSE {fl} END")
        rounded = _round_int(col, f"{pre}_s", f"{pre}_sh", f"({pre}_s - {pre}_sh)")
        cols[3].append(f"CASE WHEN {pre}_k0 IS NULL THEN NULL WHEN {pre}_dv > 1 THEN {divided} ELSE {rounded} END AS {pre}_m")
        top = num(10.0 ** p)
        cols[4] += [f"{pre}_k0 + CASE WHEN {pre}_m >= {top} THEN 1 ELSE 0 END AS {pre}_k",
                    f"CAST(CAST(CASE WHEN {pre}_m >= {top} THEN {num(10.0 ** (p - 1))} ELSE {pre}_m END AS BIGINT) AS VARCHAR) AS {pre}_d"]
        cols[5].append(f"CASE WHEN {when} THEN {_text(pre, col, p, negative)} END AS {pre}_text")
    stages, before = [], src
    for n in range(6):
        stages.append(f"{name}{n} AS (\n    SELECT {before}.*, {', '.join(cols[n])}\n    FROM {before}\n)")
        before = f"{name}{n}"
    return stages, before


def _pow10(n: str) -> str:
    """10.0 ** n for an integer expression n from 0 to 22, exactly: the text '1e<n>' read as a double (every dialect
    reads a number's text to the nearest double, and these powers of ten are doubles)."""
    return f"CAST('1e' || CAST({n} AS VARCHAR) AS DOUBLE)"


def _text(pre: str, col: str, p: int, negative: str) -> str:
    """The SQL text of format(col, '.{p}g') from the columns {pre}_k and {pre}_d."""
    k, d = f"{pre}_k", f"{pre}_d"

    def tail(at: str) -> str:  # '.' and the digits of d from `at` on without trailing zeros, or nothing
        rest = f"rtrim(substr({d}, {at}), '0')"
        return f"CASE WHEN {rest} = '' THEN '' ELSE '.' || {rest} END"

    fixed_big = f"substr({d}, 1, {k} + 1) || {tail(f'{k} + 2')}"  # 0 <= k < p
    fixed_small = f"'0.' || substr('000', 1, -1 - {k}) || rtrim({d}, '0')"  # -4 <= k < 0
    exponent = f"CASE WHEN {k} < 0 THEN '-' ELSE '+' END || CASE WHEN abs({k}) < 10 THEN '0' ELSE '' END || CAST(abs({k}) AS VARCHAR)"
    scientific = f"substr({d}, 1, 1) || {tail('2')} || 'e' || {exponent}"
    return (f"CASE WHEN {col} = 0 THEN CASE WHEN {negative} THEN '-0' ELSE '0' END WHEN {k} IS NULL THEN CAST({col} AS VARCHAR) "
            f"WHEN {k} >= 0 AND {k} < {p} THEN {fixed_big} WHEN {k} < 0 AND {k} >= -4 THEN {fixed_small} ELSE {scientific} END")
