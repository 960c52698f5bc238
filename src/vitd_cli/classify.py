"""Pure classification: which band of a scheme a value falls in, compared in the unit the guideline published."""

from __future__ import annotations

from dataclasses import dataclass

from .models import AnalyteDef, Band, RangeInfo, Scheme, UnitDef
from .units import convert


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


def classify(value: float, unit: str, comparator: str | None, scheme: Scheme, analyte: AnalyteDef, units: dict[str, UnitDef]) -> Verdict:
    """The band holding value (in unit key `unit`), each cut-off compared in the input unit when it was published in
    it, otherwise after exact conversion to the cut-off's first published unit."""
    for band in scheme.bands[:-1]:
        limit = band.limit
        assert limit is not None
        cut_unit = unit if unit in limit else next(iter(limit))
        x = value if cut_unit == unit else convert(value, unit, cut_unit, analyte, units)
        if _inside(x, limit[cut_unit], band, comparator):
            return Verdict(scheme, band, cut_unit)
    published = [u for b in scheme.bands[:-1] for u in (b.limit or {})]
    return Verdict(scheme, scheme.bands[-1], unit if unit in published else published[0])


def _limit_in(limit: dict[str, float] | None, unit: str, analyte: AnalyteDef, units: dict[str, UnitDef]) -> float | None:
    if limit is None:
        return None
    if unit in limit:
        return limit[unit]
    src = next(iter(limit))
    return convert(limit[src], src, unit, analyte, units)


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
