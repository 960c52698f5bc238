"""Pure classification: which band of a scheme a value falls in, compared in the unit the guideline published."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..models import AnalyteDef, Band, RangeInfo, Scheme, UnitDef
from ..reference.units import convert


@dataclass(frozen=True)
class Verdict:
    scheme: Scheme
    band: Band
    compared_in: str


def _inside(x: float, cut: float, band: Band, comparator: str | None) -> bool:
    """Is x inside a band that ends at cut? A censored value ('<5', '>150') is classified on its bound."""
    if comparator == "<":  # the true value is just under x
        return x <= cut
    if comparator == ">":  # the true value is just over x
        return x < cut
    return x < cut if band.below is not None else x <= cut


def _cut_unit(unit: str, limit: dict[str, float], units: dict[str, UnitDef]) -> str:
    """The unit a cut-off is compared in: the input unit when the cut-off was published in it; else a published unit
    of the same kind (pmol/L -> nmol/L, pg/mL -> ng/mL, mEq/L -> mmol/L: scaling only, no molar mass, so 49950 pmol/L
    and 49.95 nmol/L are read alike); else the first unit listed."""
    if unit in limit:
        return unit
    kind = units[unit].kind
    kinds = (kind, "molar") if kind == "equivalent" else (kind,)
    return next((u for want in kinds for u in limit if units[u].kind == want), next(iter(limit)))


def classify(value: float, unit: str, comparator: str | None, scheme: Scheme, analyte: AnalyteDef, units: dict[str, UnitDef]) -> Verdict:
    """The band holding value (in unit key `unit`), each cut-off compared in the input unit when it was published in
    it, otherwise after exact conversion to a published unit (_cut_unit)."""
    for band in scheme.bands[:-1]:
        limit = band.limit
        assert limit is not None
        cut_unit = _cut_unit(unit, limit, units)
        x = value if cut_unit == unit else convert(value, unit, cut_unit, analyte, units)
        if cut_unit != unit and math.isclose(x, limit[cut_unit], rel_tol=1e-9):
            x = limit[cut_unit]  # on the cut-off up to the last digits of a conversion: on it
        if _inside(x, limit[cut_unit], band, comparator):
            return Verdict(scheme, band, cut_unit)
    last = scheme.bands[-2].limit if len(scheme.bands) > 1 else None
    return Verdict(scheme, scheme.bands[-1], _cut_unit(unit, last, units) if last else unit)


def _digits(x: float) -> int:
    """The significant digits a published cut-off was written with: 2.2 -> 2, 1.875 -> 4, 375 -> 3; the trailing zeros
    of a whole number are not counted (50 -> 1, 150 -> 2)."""
    text = f"{abs(x):.10g}".replace(".", "").lstrip("0")
    if "e" in text:
        text = text.split("e")[0]
    if float(x) == int(x):
        text = text.rstrip("0")
    return max(1, len(text))


def published_precision(x: float, published: float) -> float:
    """A cut-off converted from the value its source published, rounded to the precision it was published with (at
    least two significant digits): 50 nmol/L -> 20 ng/mL (not 20.032), 2.68 mg/dL -> 1.10 mmol/L."""
    if x == 0 or not math.isfinite(x):
        return x
    digits = max(2, _digits(published))
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def _limit_in(limit: dict[str, float] | None, unit: str, analyte: AnalyteDef, units: dict[str, UnitDef]) -> float | None:
    """A band's cut-off in `unit`: as published when it was published in that unit, else converted from the unit
    it was published in (one of the same kind first, as classify compares) and rounded to its published precision."""
    if limit is None:
        return None
    if unit in limit:
        return limit[unit]
    src = _cut_unit(unit, limit, units) if unit in units else next(iter(limit))
    return published_precision(convert(limit[src], src, unit, analyte, units), limit[src])


def normal_range(scheme: Scheme, analyte: AnalyteDef, units: dict[str, UnitDef]) -> RangeInfo:
    """The normal band's limits in SI and conventional units, and a text in the units the guideline published."""
    idx = next(i for i, b in enumerate(scheme.bands) if b.flag == "normal")
    low_limit = scheme.bands[idx - 1].limit if idx > 0 else None
    high_limit = scheme.bands[idx].limit
    si, conv = analyte.si_unit, analyte.conventional_unit

    def r(x: float | None, d: int = 3) -> float | None:
        return None if x is None else round(x, d)

    published = list(dict.fromkeys([*(low_limit or {}), *(high_limit or {})]))
    parts = []
    for u in published:
        lo = _limit_in(low_limit, u, analyte, units)
        hi = _limit_in(high_limit, u, analyte, units)
        if lo is not None and hi is not None:
            parts.append(f"{lo:g}-{hi:g} {u}")
        elif lo is not None:
            parts.append(f">= {lo:g} {u}")
        elif hi is not None:
            parts.append(f"<= {hi:g} {u}")
    text = parts[0] + (f" ({', '.join(parts[1:])})" if len(parts) > 1 else "")
    return RangeInfo(
        low=r(_limit_in(low_limit, si, analyte, units)),
        high=r(_limit_in(high_limit, si, analyte, units)),
        unit=si,
        conventional_low=r(_limit_in(low_limit, conv, analyte, units)),
        conventional_high=r(_limit_in(high_limit, conv, analyte, units)),
        conventional_unit=conv,
        text=text,
        scheme=scheme.id,
        scheme_name=scheme.name,
        source=scheme.source,
        adult=scheme.adult,
    )
