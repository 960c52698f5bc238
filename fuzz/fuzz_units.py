"""atheris target: arbitrary text as a value, a unit, or both, for every analyte (normalise, parse_unit, convert).

Only VitdError may come out, and a value that is read must convert to every unit of its analyte and back to itself.
Units are looked up, never evaluated: '1/0', 'meter**1000' or '__import__' are unknown units, nothing more.
Run: python fuzz/run.py --target units --minutes 10   (or directly: python fuzz/fuzz_units.py CORPUS_DIR)
"""

from __future__ import annotations

import math
import sys

import atheris

with atheris.instrument_imports():
    from vitd_cli import normalise as _normalise_mod  # noqa: F401 - instrumented
    from vitd_cli import units as _units_mod  # noqa: F401 - instrumented
    from vitd_cli.errors import VitdError
    from vitd_cli.normalise import normalise, split_value
    from vitd_cli.reference import load
    from vitd_cli.units import convert, parse_unit

REF = load()
ANALYTES = sorted(REF.analytes)


def TestOneInput(data: bytes) -> None:  # noqa: N802 - atheris' name
    fdp = atheris.FuzzedDataProvider(data)
    analyte = REF.analytes[ANALYTES[fdp.ConsumeIntInRange(0, len(ANALYTES) - 1)]]
    mode = fdp.ConsumeIntInRange(0, 3)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 200))
    unit = fdp.ConsumeUnicodeNoSurrogates(40) if mode == 1 else None
    try:
        if mode == 2:
            key = parse_unit(text, analyte, REF.units)
            assert key in analyte.units, key
            return
        if mode == 3:
            split_value(text)
            return
        m = normalise(REF, analyte.id, text, unit)
    except VitdError as exc:
        assert str(exc) and "\n" not in str(exc), repr(str(exc))  # user text is quoted with repr()
        return
    assert math.isfinite(m.value) and m.value >= 0, m
    for other in analyte.units:
        try:
            there = convert(m.value, m.unit, other, analyte, REF.units)
        except VitdError:
            continue  # e.g. no molar mass for this analyte
        back = convert(there, other, m.unit, analyte, REF.units)
        assert math.isclose(back, m.value, rel_tol=1e-9, abs_tol=1e-300), (m.value, m.unit, other, there, back)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
