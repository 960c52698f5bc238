"""The reference data as the small relations the classification query reads: the unit spellings and sizes, the
analytes' names, LOINC codes and properties, the excluded codes and names, the bands, and per (analyte, unit) the
cut-off each band is compared in with the conversion factors to it (classify._cut_unit, units.convert). Written as
CTEs of literal rows (_relation), or registered as temp tables by the DuckDB engine."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..classify.bands import _cut_unit, normal_range
from ..models import Scheme
from ..reference import ReferenceData
from ..reference.units import FACTORS, _per_mole, unit_index
from .sql_columns import Rules
from .sqltext import num, q


def _relation(name: str, columns: Sequence[str], rows: Sequence[Sequence[object]], types: Sequence[str]) -> str:
    """A CTE of literal rows: SELECT ... UNION ALL SELECT ... (every dialect reads it; VALUES lists are not portable)."""

    def lit(v: object, t: str) -> str:
        if v is None:
            return f"CAST(NULL AS {t})"
        if t == "DOUBLE":
            return num(float(v))  # type: ignore[arg-type]
        if t == "INTEGER":
            return str(int(v))  # type: ignore[call-overload]
        return q(str(v))

    if not rows:
        body = "SELECT " + ", ".join(f"CAST(NULL AS {t}) AS {c}" for c, t in zip(columns, types)) + " WHERE 1 = 0"
    else:
        first = "SELECT " + ", ".join(f"{lit(v, t)} AS {c}" for v, c, t in zip(rows[0], columns, types))
        rest = ["SELECT " + ", ".join(lit(v, t) for v, t in zip(r, types)) for r in rows[1:]]
        body = "\n    UNION ALL ".join([first, *rest])
    return f"{name} AS (\n    {body}\n)"


def _conversion(ref: ReferenceData, analyte: str, src: str, dst: str) -> tuple[float, float, float, float]:
    """units.convert as four factors applied in its order: ((value * fs) / dv) * ml / fd."""
    a = ref.analytes[analyte]
    ks, kd = ref.units[src].kind, ref.units[dst].kind
    dv = ml = 1.0
    if ks != kd:
        if ks != "molar":
            dv = _per_mole(a, ks)
        if kd != "molar":
            ml = _per_mole(a, kd)
    return FACTORS[src], dv, ml, FACTORS[dst]


def plausible_sql(si: str, lo: str = "plausible_lo", hi: str = "plausible_hi") -> str:
    """normalise/values._plausible in SQL: the SI value `si` within the analyte's plausible range, a bound given as
    '<'/'<=' (or '>'/'>=') reaching past it (the row's comparator: column cmp)."""
    return f"(({si} >= {lo} OR cmp IN ('<', '<=')) AND ({si} <= {hi} OR cmp IN ('>', '>=')))"


def _convertible(ref: ReferenceData, analyte: str, src: str, dst: str) -> bool:
    try:
        _conversion(ref, analyte, src, dst)
    except Exception:  # noqa: BLE001 - an analyte without molar mass or valence
        return False
    return True


@dataclass
class Relations:
    """The reference data as rows: what the query's CTEs hold (exposed for tests and docs)."""

    ref: ReferenceData
    schemes: dict[str, str]  # analyte -> scheme id
    rules: Rules

    def scheme(self, analyte: str) -> Scheme:
        return self.ref.scheme(analyte, self.schemes.get(analyte))

    @property
    def max_cuts(self) -> int:
        return max(len(self.scheme(a).bands) - 1 for a in self.ref.analytes)

    def unit_spellings(self) -> list[tuple[str, str]]:
        return sorted(unit_index(self.ref.units).items())

    def unit_factors(self) -> list[tuple[str, str, float]]:
        return [(k, u.kind, FACTORS[k]) for k, u in self.ref.units.items()]

    def analyte_names(self) -> list[tuple[str, str]]:
        return sorted(self.ref.name_index.items())

    def analyte_loinc(self) -> list[tuple[str, str, str | None]]:
        return sorted((code, aid, self.ref.analytes[aid].loinc_kind.get(code)) for code, aid in self.ref.loinc_index.items())

    def excluded(self) -> list[tuple[str, str, str, str]]:
        """(by 'loinc' | 'name', key, reason, kind)."""
        from ..row_counts import _other_kind

        rows = [("loinc", c, r, _other_kind(r)) for c, r in self.ref.excluded_loinc.items()]
        rows += [("name", n, r, _other_kind(r)) for n, r in self.ref.excluded_names.items()]
        return sorted(rows)

    def analyte_props(self) -> list[tuple]:
        out = []
        for aid, a in self.ref.analytes.items():
            s = self.scheme(aid)
            info = normal_range(s, a, self.ref.units)
            out.append((aid, a.name, a.si_unit, a.conventional_unit, a.molar_mass, a.valence, a.plausible[0], a.plausible[1], s.id,
                        f"{info.text} ({info.scheme})"))
        return out

    def bands(self) -> list[tuple]:
        """One row per band of the scheme used: (analyte, scheme, band_index, category, flag, severity, finding, op,
        published cut-offs as 'value unit; ...')."""
        out = []
        for aid in self.ref.analytes:
            s = self.scheme(aid)
            for i, b in enumerate(s.bands):
                op = "below" if b.below is not None else "up_to" if b.up_to is not None else None
                cuts = "; ".join(f"{v!r} {u}" for u, v in (b.limit or {}).items()) or None
                out.append((aid, s.id, i, b.category, b.flag, b.severity, b.finding, op, cuts))
        return out

    def cutoffs(self) -> list[tuple]:
        """One row per (analyte, unit it accepts): the conversion to the SI unit, the last band's index, and for each
        band but the last the cut-off it is compared in (classify._cut_unit), below (1) or up_to (0), whether that is
        the input unit (no conversion, no snapping), and the conversion factors to it."""
        out = []
        n = self.max_cuts
        for aid, a in self.ref.analytes.items():
            s = self.scheme(aid)
            for unit in a.units:
                if not _convertible(self.ref, aid, unit, a.si_unit):
                    continue
                row: list[object] = [aid, unit, self.ref.units[unit].kind, 1 if unit == a.si_unit else 0,
                                     *_conversion(self.ref, aid, unit, a.si_unit), len(s.bands) - 1]
                for i in range(n):
                    if i < len(s.bands) - 1:
                        b = s.bands[i]
                        limit = b.limit
                        assert limit is not None
                        cu = _cut_unit(unit, limit, self.ref.units)
                        row += [cu, limit[cu], 1 if b.below is not None else 0, 1 if cu == unit else 0, *_conversion(self.ref, aid, unit, cu)]
                    else:
                        row += [None] * 8
                out.append(tuple(row))
        return out

    def cutoff_columns(self) -> tuple[list[str], list[str]]:
        cols = ["analyte", "unit", "kind", "si_same", "si_fs", "si_dv", "si_ml", "si_fd", "last_band"]
        types = ["VARCHAR", "VARCHAR", "VARCHAR", "INTEGER", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE", "INTEGER"]
        for i in range(self.max_cuts):
            cols += [f"cut_unit_{i}", f"cut_{i}", f"below_{i}", f"same_{i}", f"fs_{i}", f"dv_{i}", f"ml_{i}", f"fd_{i}"]
            types += ["VARCHAR", "DOUBLE", "INTEGER", "INTEGER", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE"]
        return cols, types
