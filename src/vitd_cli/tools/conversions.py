"""`vitd convert`: one value to other units, with the basis of the conversion said."""

from __future__ import annotations

from ..errors import VitdError
from ..readers.values import split_value
from ..reference import load
from ..reference.identify import resolve_analyte_id
from ..reference.units import convert, parse_unit


def convert_text(quantity: str, analyte_text: str, to: str | None = None) -> dict:
    ref = load()
    analyte = ref.analytes[resolve_analyte_id(ref, analyte_text)]
    comparator, value, _, unit_text = split_value(quantity)
    if not unit_text:
        raise VitdError("unit-missing", f"{quantity!r} has no unit", f"give one, e.g. '{quantity} {analyte.conventional_unit}'")
    if value < 0:
        raise VitdError("value-negative", f"{quantity!r} is negative", "give a measured value")
    src = parse_unit(unit_text, analyte, ref.units)
    targets = [parse_unit(to, analyte, ref.units)] if to else [u for u in analyte.units if u != src]
    basis = []
    kinds = {ref.units[u].kind for u in (src, *targets)}
    if "mass" in kinds and len(kinds) > 1:
        basis.append(f"molar mass {analyte.molar_mass:g} g/mol")
    if "equivalent" in kinds:
        basis.append(f"valence {analyte.valence}")
    return {
        "analyte": analyte.id,
        "from": {"value": value, "unit": src, "comparator": comparator},
        "to": [{"value": round(convert(value, src, t, analyte, ref.units), 6), "unit": t} for t in targets],
        "basis": ", ".join(basis) or "unit identity",
    }
