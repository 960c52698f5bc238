"""A boundary corpus for the equivalence of the engines: every cut-off of every scheme in every unit and spelling,
just under, on and just over it, censored, with a decimal comma, the unit in the value or in its own column; the
plausible edges; values whose SI form ends on a rounding tie; flag marks, missing-value words, thousands separators,
words for comparators, numbers that are not numbers; excluded tests, unknown tests, specimens. Deterministic.

Rows are (Row, Test Name, LOINC, Specimen, Value, Unit, VALUENUM): write_corpus() writes them as a CSV that the
streaming engine reads as a long file (the same header names every engine is given).
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator, Mapping

from vitd_cli.reference import ReferenceData
from vitd_cli.reference.units import convert, unit_index

HEADER = ["Row", "Test Name", "LOINC", "Specimen", "Value", "Unit", "VALUENUM"]
COLUMNS = {"value": "Value", "unit": "Unit", "analyte": "Test Name", "code": "LOINC", "specimen": "Specimen", "value_numeric": "VALUENUM"}


def _texts(x: float) -> list[str]:
    """A number as labs could print it: repr, 6 and 4 significant digits, 1-3 decimals."""
    out = [repr(x), f"{x:.6g}", f"{x:.4g}", f"{x:.1f}", f"{x:.2f}", f"{x:.3f}"]
    return list(dict.fromkeys(t for t in out if "e" not in t and "inf" not in t and "nan" not in t))


def boundary_rows(ref: ReferenceData, schemes: Mapping[str, str] | None = None, seed: int = 1) -> Iterator[tuple[str, ...]]:
    rng = random.Random(seed)
    spellings: dict[str, list[str]] = {}
    for spelling, key in unit_index(ref.units).items():
        spellings.setdefault(key, []).append(spelling)
    for key, u in ref.units.items():
        spellings.setdefault(key, []).extend(s for s in u.spellings if s not in spellings[key])
    rows: list[tuple[str, str, str, str, str, str]] = []

    def add(name: str, code: str, spec: str, value: str, unit: str, valuenum: str = "") -> None:
        rows.append((name, code, spec, value, unit, valuenum))

    for aid, a in ref.analytes.items():
        names = [a.name, a.short, aid, *rng.sample(a.aliases, min(3, len(a.aliases)))] if a.aliases else [a.name, aid]
        codes = list(a.loinc)
        for sid, scheme in ref.schemes[aid].items():
            if schemes and schemes.get(aid) not in (None, sid) and sid != ref.defaults.get(aid):
                continue
            for band in scheme.bands[:-1]:
                for cut_unit, cut in (band.limit or {}).items():
                    for unit in a.units:
                        try:
                            x = convert(cut, cut_unit, unit, a, ref.units)
                        except Exception:  # noqa: BLE001 - no molar mass or valence for this pair
                            continue
                        for text in _texts(x):
                            sp = rng.choice(spellings[unit])
                            name = rng.choice(names)
                            add(name, "", "", text, sp)
                            add("", rng.choice(codes) if codes else "", "", text, sp)
                            add(name, "", "", f"{text} {sp}", "")
                            add(name, "", rng.choice(["Serum", "Plasma", "Blood", "serum/plasma"]), text.replace(".", ","), sp)
                        step = 10 ** -(len(repr(x).split(".")[1]) if "." in repr(x) else 0)
                        for y in (x - step, x + step, x * (1 - 1e-10), x * (1 + 1e-10), x * (1 - 1e-8), x * (1 + 1e-8)):
                            if y > 0:
                                add(rng.choice(names), "", "", repr(y), rng.choice(spellings[unit]))
                        for cmp in ("<", ">", "<=", ">=", "less than ", "greater than ", "LT", "> "):
                            add(rng.choice(names), "", "", f"{cmp}{x:.6g}", rng.choice(spellings[unit]))
        lo, hi = a.plausible
        for unit in a.units:
            try:
                edges = [convert(v, a.si_unit, unit, a, ref.units) for v in (lo, hi)]
            except Exception:  # noqa: BLE001
                continue
            for e in edges:
                for y in (e, e * (1 - 1e-12), e * (1 + 1e-12), e * 0.999, e * 1.001):
                    add(rng.choice(names), "", "", repr(y), unit)
                    add(rng.choice(names), "", "", f"<{y:.6g}", unit)
                    add(rng.choice(names), "", "", f">{y:.6g}", unit)
        # rounding ties of the printed SI value (round(x, 3) rounds half to even on the exact binary value)
        for unit in a.units:
            for base in ("0.8125", "1.0005", "2.0015", "1.0625", "50.0005", "2.4445", "0.0625", "4.0125"):
                add(rng.choice(names), "", "", base, unit)
                add(rng.choice(names), "", "", base.replace(".", ","), unit)
            for v in ("1.625", "1.627", "2.203", "0.8125", "3.1415"):
                add(rng.choice(names), "", "", v, unit)
        # no unit: read only when the number fits exactly one infer_units range
        for _unit, lo_i, hi_i in a.infer_units:
            for x in (lo_i, hi_i, (lo_i + hi_i) / 2, lo_i * 0.99, hi_i * 1.01):
                add(rng.choice(names), "", "", f"{x:g}", "")
        add(rng.choice(names), "", "", "12", "")
    name = "Calcium"
    odd = ["8.1 H", "8.1 L", "(H) 11.2", "(L)8.1", "8.1*", "8.1 (H)", "8.1!!", "8.1hh", "8.1 N", "H 11.2", "h11.2", "8.1 abnormal",
           "8.1 mg/dL H", "LESS THAN 1.0", "less than1", "<1.0", "> 15", "≤ 8", "≥ 11", "=< 8", "=> 11", "under 8", "below 8",
           "above 11", "over 11", "lt 8", "gt 11", "nan", "NaN", "inf", "-inf", "Infinity", "infinite", "-1", "-0", "+9", "1e999",
           "1e-999", "9e0", "0.9e1", "9.", ".9e1", "9.e0", "1,234", "1.234,5", "1,234.5", "1 234,5", "1'234.5", "1\u00a0234,5",
           "12..5", "5 5", "1,2,3", "1.2.3", "1,234,567", "1.234.567", "0,123", "01,234", "12,345", "123,456", "1234,567", ",5", ".5",
           "9,", "9 ", " 9 ", "\t9", "9\u00a0", "UNABLE TO REPORT", "ART", "see comment", "", "NA", "n/a", "-", "--", ".", "nd",
           "not done", "None", "null", "#N/A", "9 mg/dL", "9 mg / dl", "9 MG/DL", "9mg%", "2.2 mmol/L", "2.2 mM", "9 mcg/L",
           "9 µg/L", "9 μg/L", "9 furlongs", "9 ng/mL", "4.4 mEq/L", "9 mg/dL extra", "8.8 mg/dL", "<0", "<=0", "0", "0.0"]
    for v in odd:
        add(name, "", "", v, rng.choice(["mg/dL", "", "mmol/L"]))
        add("Vitamin D, 25-Hydroxy", "", "", v, "ng/mL")
    for v in ("1,234", "1,500", "2,000", "0,500", "4,700", "1.234,5", "12,345"):  # both readings plausible for PTH in pg/mL
        add("PTH", "", "", v, "pg/mL")
        add("Parathyroid hormone", "", "", v, "")
    for v, vn in (("", "8.8"), ("nan", "9.1"), ("NA", ""), ("", ""), ("<5", "5"), ("", "abc")):
        add(name, "", "", v, "mg/dL", vn)
    for ex in ref.excluded:
        for n in ex.names:
            add(n, "", "", "5", "ng/mL")
        for c in ex.loinc:
            add("", c, "", "5", "ng/mL")
            add("Calcium", c, "", "9", "mg/dL")
    for n, c in (("Glucose", "2345-7"), ("Sodium", ""), ("", "0000-0"), ("Calcium", "0000-0"), ("  calcium  ", ""), ("CALCIUM", ""),
                 ("Calcium_Total", ""), ("calcium-total", ""), ("Vitamin  D", ""), ("", " 1989-3 ")):
        add(n, c, "", "9", "mg/dL")
    for label in ("Calcium, Urine", "Vitamin D, 25-Hydroxy, Serum", "25-Hydroxyvitamin D, Serum", "Calcium (urine)", "Calcium [Serum]",
                  "Magnesium - Plasma", "Calcium/Urine", "Urine Calcium", "Plasma magnesium", "Calcium Blood", "Cholecalciferol, Serum",
                  "Glucose, Serum", "Calcium, Swab", "Calcium, Body Fluid", "Calcium, Total, Serum", "Albumin (Pleural)", "Ionized calcium, blood",
                  "PTH, Intact - Serum", "Phosphorus, Serum/Plasma", "Calcium ( urine )", "Calcium, ", " - Calcium", "(Serum) Calcium",
                  "Calcium,Urine", "Magnesium RBC", "Vitamin D3, Serum", "1,25-Dihydroxyvitamin D, Serum", "Calcium (Serum) (Urine)"):
        add(label, "", "", "9", "mg/dL")
        add(label, "", "Serum", "2", "mmol/L")
    for spec in ("Serum", "Urine", "Blood", "Red blood cells", "Swab", "24 hour urine", "CSF", "serum or plasma", "Whole Blood",
                 "Plasma (Li Hep)", "Ascites", "fluid", "", "SER/PLAS"):
        add("Calcium", "", spec, "9", "mg/dL")
        add("Magnesium", "", spec, "2", "mg/dL")
    for i, r in enumerate(rows, start=1):
        yield (str(i), *r)


def write_corpus(path: str, ref: ReferenceData, schemes: Mapping[str, str] | None = None, seed: int = 1) -> int:
    """Write the boundary corpus as a CSV (UTF-8, comma, quoted where needed); returns its row count."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for row in boundary_rows(ref, schemes, seed):
            w.writerow(row)
            n += 1
    return n
