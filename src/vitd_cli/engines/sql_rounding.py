"""Exact rounding in SQL: Python's round(x, 3) and units.clean (12 significant digits) done on doubles with the exact
product error (Dekker's two-product), so that ties round as Python rounds them."""

from __future__ import annotations

from .sqltext import num

_SPLIT = 134217729.0  # 2**27 + 1: Dekker's splitter for doubles
_CLEAN_DECADES = range(-4, 6)  # clean() (12 significant digits) is applied to SI values from 1e-4 to 1e6; outside it cannot matter


def _round_int(x: str, p: str, ph: str, pl: str) -> str:
    """The integer nearest to the exact product x * p (ties to even), as Python's round and '%.12g' give it: the
    double product y, its exact error e (Dekker), and e deciding a product that lands on .5."""
    y = f"({x} * {p})"
    t = f"({num(_SPLIT)} * {x})"
    xh = f"({t} - ({t} - {x}))"
    xl = f"({x} - {xh})"
    e = f"(((({xh} * {ph}) - {y}) + {xh} * {pl}) + {xl} * {ph}) + {xl} * {pl}"
    fl = f"floor({y})"
    f = f"({y} - {fl})"
    return (f"CASE WHEN {f} > 0.5e0 THEN {fl} + 1 WHEN {f} < 0.5e0 THEN {fl} WHEN {e} > 0 THEN {fl} + 1 WHEN {e} < 0 THEN {fl} "
            f"WHEN floor({fl} / 2e0) * 2e0 = {fl} THEN {fl} ELSE {fl} + 1 END")


def _split(p: float) -> tuple[float, float]:
    t = _SPLIT * p
    hi = t - (t - p)
    return hi, p - hi


def _clean_scale(x: str) -> tuple[str, str, str]:
    """(p, p_hi, p_lo) for units.clean: p = 10**(11 - decimal exponent of x), within _CLEAN_DECADES; else NULL."""
    branches = [(k, 10.0 ** (11 - k)) for k in sorted(_CLEAN_DECADES, reverse=True)]

    def case(pick) -> str:  # type: ignore[no-untyped-def]
        parts = " ".join(f"WHEN {x} >= {num(10.0 ** k)} THEN {num(pick(p))}" for k, p in branches)
        return f"CASE WHEN {x} >= {num(10.0 ** (max(_CLEAN_DECADES) + 1))} THEN NULL {parts} ELSE NULL END"

    return case(lambda p: p), case(lambda p: _split(p)[0]), case(lambda p: _split(p)[1])

