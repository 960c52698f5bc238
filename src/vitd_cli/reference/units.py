"""Unit spellings and conversions.

pint is the source of truth for unit sizes, but it is not imported at run time: scripts/gen_unit_factors.py turns the
pint expressions in reference_ranges/units.toml into the factor table _unit_factors.py, and tests/test_units.py checks
both the table and every conversion against pint. Spellings are looked up, never evaluated.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import VitdError, value_error
from ._unit_factors import FACTORS

if TYPE_CHECKING:
    from ..models import AnalyteDef, UnitDef

def norm_unit(text: str) -> str:
    """Fold the spelling differences labs make: case, spaces, micro sign vs Greek mu vs 'mcg'."""
    out = "".join(text.split()).lower().replace("\u00b5", "u").replace("\u03bc", "u")
    return out.replace("mcg", "ug")


@lru_cache(maxsize=4)
def _index(units_id: int, units: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for key, spellings in units:
        for s in (key, *spellings):
            index[norm_unit(s)] = key
    return index


def unit_index(units: dict[str, UnitDef]) -> dict[str, str]:
    return _index(id(units), tuple((k, tuple(u.spellings)) for k, u in units.items()))


def parse_unit(text: str, analyte: AnalyteDef, units: dict[str, UnitDef]) -> str:
    """The unit key for a spelling, checked against the units this analyte accepts."""
    key = unit_index(units).get(norm_unit(text))
    accepted = ", ".join(analyte.units)
    if key is None:
        raise value_error("unit-unknown", unit=text, analyte=analyte.id, accepted=accepted)
    if key not in analyte.units:
        raise value_error("unit-wrong", unit=text, analyte=analyte.id, accepted=accepted)
    return key


def _per_mole(analyte: AnalyteDef, kind: str) -> float:
    """How many units of `kind` one mole of this analyte makes: its molar mass (g) or its valence (eq)."""
    attr = "molar_mass" if kind == "mass" else "valence"
    factor = getattr(analyte, attr)
    if not factor:
        what = "molar mass" if kind == "mass" else "valence"
        raise VitdError("unit-wrong", f"{analyte.id} has no {what} in the reference data, so it cannot be converted to or from {kind} units", f"use one of {', '.join(analyte.units)}")
    return float(factor)


def convert(value: float, src: str, dst: str, analyte: AnalyteDef, units: dict[str, UnitDef]) -> float:
    """Convert value from unit key src to unit key dst for this analyte, exactly (no rounded factors)."""
    if src == dst:
        return value
    base = value * FACTORS[src]  # in g/L, mol/L or eq/L
    kind_src, kind_dst = units[src].kind, units[dst].kind
    if kind_src != kind_dst:
        molar = base if kind_src == "molar" else base / _per_mole(analyte, kind_src)
        base = molar if kind_dst == "molar" else molar * _per_mole(analyte, kind_dst)
    out = clean(base / FACTORS[dst])
    if not math.isfinite(out):  # 1e308 ng/mL is not a measurement; never print 'inf'
        raise VitdError("value-implausible", f"{value:g} {src} is too large to convert to {dst}", "give a measured value as printed on the report")
    return out


def clean(x: float) -> float:
    """Drop binary floating-point noise (30000 * 0.001 -> 30.0) so values on a cut-off stay on it."""
    return float(f"{x:.12g}")
