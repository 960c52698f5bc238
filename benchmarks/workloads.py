"""Benchmark inputs: seeded, so every machine gets the same bytes, and shaped like the real files in ../shared/data/.

Three shapes, each a function that writes `rows` data rows (plus a header) to a path:
- synthea: long CSV, one observation a row (`DATE,PATIENT,ENCOUNTER,CATEGORY,CODE,DESCRIPTION,VALUE,UNITS,TYPE`),
  our analytes (LOINC) about 30% of the rows among vital signs, other labs and a text survey answer;
- mimic: long CSV like MIMIC-III LABEVENTS, real ITEMIDs of D_LABITEMS.csv, MIMIC's quoting, `.95`-style VALUENUM,
  text results (`<1.0`, `LESS THAN 1.0`, `ART`), non-serum fluids, empty HADM_ID for outpatient draws;
- nhanes: wide CSV like NHANES VID_J.csv (`SEQN,LBXVIDMS,...`), float SEQN, below-LOD imputation flags, empty rows;
- dense: a vitamin D study's extract, every row one of our analytes (issue 18): a lab export's columns
  (`patient_id,collected,test_name,result,units,reference_range,abnormal_flag`), several results a subject and day
  (a bone profile: calcium with albumin, vitamin D, PTH, magnesium, phosphate, now and then ionized calcium and a
  repeat draw the same day), the lab's own range and flag on every row.
Each patient's rows are contiguous. Files go to benchmarks/work/ (git-ignored) and are reused when the manifest there
says the same shape, size, seed and generator version made them.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import math
import random
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

GENERATOR_VERSION = 1  # bump when a generator changes its output: cached files are then remade
HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
MANIFEST = WORK / "manifest.json"
REAL_DICTIONARY = HERE.parent.parent / "shared" / "data" / "mimic-iii-demo" / "D_LABITEMS.csv"

Sampler = Callable[[random.Random], str]


# ---------------------------------------------------------------- value samplers (each returns the text of a value)

def normal(mean: float, sd: float, decimals: int, tail: float = 0.0, tail_sd: float = 0.0, low: float = 0.0) -> Sampler:
    """A normal value; with probability `tail`, drawn from a wider normal instead (the out-of-range results)."""
    def sample(rng: random.Random) -> str:
        spread = tail_sd if tail and rng.random() < tail else sd
        return f"{max(low, rng.gauss(mean, spread)):.{decimals}f}"
    return sample


def lognormal(median: float, sigma: float, decimals: int) -> Sampler:
    """A right-skewed value (vitamin D, PTH, creatinine, glucose...)."""
    mu = math.log(median)
    return lambda rng: f"{rng.lognormvariate(mu, sigma):.{decimals}f}"


def censored(sampler: Sampler, probability: float, texts: tuple[str, ...]) -> Sampler:
    """Now and then a censored or unusable result as a lab prints it (`<5`, `LESS THAN 1.0`) instead of a number."""
    return lambda rng: rng.choice(texts) if rng.random() < probability else sampler(rng)


def one_of(*texts: str) -> Sampler:
    return lambda rng: rng.choice(texts)


# ---------------------------------------------------------------- synthea

@dataclass(frozen=True)
class SyntheaTest:
    code: str
    description: str
    units: str
    sample: Sampler
    weight: float
    category: str = "laboratory"
    type: str = "numeric"


SYNTHEA_HEADER = ["DATE", "PATIENT", "ENCOUNTER", "CATEGORY", "CODE", "DESCRIPTION", "VALUE", "UNITS", "TYPE"]
SYNTHEA_OURS = [  # weights sum to 30: ~30% of rows
    SyntheaTest("62292-8", "25-Hydroxyvitamin D2+25-Hydroxyvitamin D3 [Mass/volume] in Serum or Plasma", "ng/mL",
                censored(lognormal(26, 0.5, 1), 0.006, ("<5", "<5", ">150")), 6),
    SyntheaTest("1989-3", "25-Hydroxyvitamin D3 [Mass/volume] in Serum or Plasma", "ng/mL",
                censored(lognormal(24, 0.5, 1), 0.005, ("<5",)), 3),
    SyntheaTest("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", normal(9.4, 0.45, 1, 0.06, 1.2, 4.0), 7),
    SyntheaTest("19123-9", "Magnesium [Mass/volume] in Serum or Plasma", "mg/dL", normal(2.0, 0.22, 1, 0.06, 0.5, 0.4), 4),
    SyntheaTest("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL",
                censored(normal(4.1, 0.4, 1, 0.08, 0.9, 1.0), 0.001, ("<1.0",)), 4),
    SyntheaTest("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "mg/dL", normal(3.5, 0.6, 1, 0.05, 1.5, 0.5), 3),
    SyntheaTest("1995-0", "Calcium.ionized [Moles/volume] in Serum or Plasma", "mmol/L", normal(1.2, 0.06, 2, 0.05, 0.15, 0.5), 2),
    SyntheaTest("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "pg/mL",
                censored(lognormal(45, 0.45, 0), 0.005, ("<3",)), 1),
]
SYNTHEA_OTHERS = [  # weights sum to 70
    SyntheaTest("8302-2", "Body Height", "cm", normal(170, 10, 1), 4, "vital-signs"),
    SyntheaTest("29463-7", "Body Weight", "kg", normal(78, 15, 1, low=3), 4, "vital-signs"),
    SyntheaTest("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", normal(27, 5, 1, low=12), 4, "vital-signs"),
    SyntheaTest("8480-6", "Systolic Blood Pressure", "mm[Hg]", normal(125, 15, 0), 4, "vital-signs"),
    SyntheaTest("8462-4", "Diastolic Blood Pressure", "mm[Hg]", normal(80, 10, 0), 4, "vital-signs"),
    SyntheaTest("8867-4", "Heart rate", "/min", normal(75, 12, 0), 3, "vital-signs"),
    SyntheaTest("2339-0", "Glucose [Mass/volume] in Blood", "mg/dL", lognormal(100, 0.25, 0), 5),
    SyntheaTest("6299-2", "Urea nitrogen [Mass/volume] in Blood", "mg/dL", lognormal(15, 0.35, 0), 4),
    SyntheaTest("38483-4", "Creatinine [Mass/volume] in Blood", "mg/dL", lognormal(1.0, 0.3, 2), 4),
    SyntheaTest("2947-0", "Sodium [Moles/volume] in Blood", "mmol/L", normal(140, 3, 0), 4),
    SyntheaTest("6298-4", "Potassium [Moles/volume] in Blood", "mmol/L", normal(4.2, 0.4, 1), 4),
    SyntheaTest("2069-3", "Chloride [Moles/volume] in Blood", "mmol/L", normal(103, 3, 0), 4),
    SyntheaTest("20565-8", "Carbon dioxide, total [Moles/volume] in Blood", "mmol/L", normal(25, 3, 0), 3),
    SyntheaTest("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", normal(14, 1.6, 1), 3),
    SyntheaTest("4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count", "%", normal(42, 4.5, 1), 3),
    SyntheaTest("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", lognormal(7, 0.35, 1), 3),
    SyntheaTest("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", normal(250, 60, 0, low=5), 3),
    SyntheaTest("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", normal(5.7, 0.8, 1, low=3.5), 2),
    SyntheaTest("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", normal(190, 35, 0, low=80), 2),
    SyntheaTest("33914-3", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood "
                "by Creatinine-based formula (MDRD)", "mL/min/{1.73_m2}", normal(85, 20, 1, low=5), 2),
    SyntheaTest("72166-2", "Tobacco smoking status", "",
                one_of("Never smoked tobacco (finding)", "Ex-smoker (finding)", "Smokes tobacco daily (finding)"), 1,
                "survey", "text"),
]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def write_synthea(path: Path, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    tests = SYNTHEA_OURS + SYNTHEA_OTHERS
    cum_weights = list(itertools.accumulate(t.weight for t in tests))
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(SYNTHEA_HEADER)
        left = rows
        while left > 0:
            patient = _uuid(rng)
            day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(3000))
            for _ in range(rng.randint(1, 8)):
                day += dt.timedelta(days=rng.randint(7, 400))
                stamp = f"{day.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"
                encounter = _uuid(rng)
                drawn = rng.choices(tests, cum_weights=cum_weights, k=min(left, rng.randint(4, 14)))
                out.writerows([stamp, patient, encounter, t.category, t.code, t.description, t.sample(rng), t.units, t.type]
                              for t in drawn)
                left -= len(drawn)
                if not left:
                    break


# ---------------------------------------------------------------- mimic

@dataclass(frozen=True)
class MimicItem:
    itemid: int
    unit: str
    sample: Sampler
    weight: float
    normal_range: tuple[float, float] | None = None  # outside it FLAG is "abnormal"


MIMIC_HEADER = '"ROW_ID","SUBJECT_ID","HADM_ID","ITEMID","CHARTTIME","VALUE","VALUENUM","VALUEUOM","FLAG"\n'
MIMIC_OURS = [  # weights sum to 30
    MimicItem(50893, "mg/dL", censored(normal(8.5, 0.6, 1, 0.08, 1.4, 4.0), 0.001, ("UNABLE TO REPORT DUE TO CONTAMINATION",)),
              8, (8.4, 10.3)),
    MimicItem(50960, "mg/dL", normal(2.0, 0.3, 1, 0.05, 0.7, 0.3), 8, (1.6, 2.6)),
    MimicItem(50970, "mg/dL", normal(3.5, 1.0, 1, 0.05, 2.5, 0.5), 7, (2.7, 4.5)),
    MimicItem(50862, "g/dL", censored(normal(3.1, 0.6, 1, low=1.0), 0.002, ("<1.0", "LESS THAN 1.0")), 2, (3.4, 5.4)),
    MimicItem(50808, "mmol/L", normal(1.12, 0.08, 2, 0.05, 0.2, 0.4), 3, (1.12, 1.32)),
    MimicItem(50965, "pg/mL", lognormal(60, 0.5, 0), 1, (15, 65)),
    MimicItem(50853, "ng/mL", censored(lognormal(24, 0.55, 0), 0.005, ("<5",)), 1, (30, 100)),
]
MIMIC_OTHERS = [
    MimicItem(51221, "%", normal(30, 5, 1, low=8), 4, (34, 45)),
    MimicItem(50971, "mEq/L", normal(4.1, 0.5, 1, low=1.5), 4, (3.3, 5.1)),
    MimicItem(50983, "mEq/L", normal(139, 4, 0), 4, (133, 145)),
    MimicItem(50912, "mg/dL", lognormal(1.0, 0.5, 1), 4, (0.5, 1.2)),
    MimicItem(50902, "mEq/L", normal(104, 5, 0), 4, (96, 108)),
    MimicItem(51006, "mg/dL", lognormal(24, 0.6, 0), 4, (6, 20)),
    MimicItem(50882, "mEq/L", normal(25, 4, 0, low=5), 4, (22, 32)),
    MimicItem(50868, "mEq/L", normal(13, 3, 0, low=3), 4, (8, 20)),
    MimicItem(50931, "mg/dL", lognormal(120, 0.3, 0), 4, (70, 105)),
    MimicItem(51265, "K/uL", lognormal(190, 0.5, 0), 3, (150, 440)),
    MimicItem(51222, "g/dL", normal(9.9, 1.7, 1, low=4), 3, (12, 16)),
    MimicItem(51301, "K/uL", lognormal(8.5, 0.5, 1), 3, (4, 11)),
    MimicItem(51249, "%", normal(33.5, 1.3, 1), 3, (31, 35)),
    MimicItem(51248, "pg", normal(29.5, 2, 1), 3, (27, 32)),
    MimicItem(51250, "fL", normal(88, 6, 0), 3, (82, 98)),
    MimicItem(51279, "m/uL", normal(3.4, 0.6, 2, low=1.5), 3, (4.2, 5.4)),
    MimicItem(51277, "%", normal(16, 2, 1, low=11), 3, (10.5, 15.5)),
    MimicItem(51275, "sec", lognormal(37, 0.3, 1), 2, (22, 35)),
    MimicItem(51237, "", lognormal(1.4, 0.3, 1), 2, (0.9, 1.1)),
    MimicItem(50820, "units", normal(7.4, 0.06, 2), 2, (7.35, 7.45)),
    MimicItem(50800, "", one_of("ART", "ART", "VEN", "MIX"), 2),
    MimicItem(50818, "mm Hg", normal(41, 8, 0, low=10), 1, (35, 45)),
    MimicItem(50821, "mm Hg", lognormal(100, 0.5, 0), 1, (85, 105)),
    # non-serum fluids that share our analytes' names: a reader must not take them for serum albumin or phosphate
    MimicItem(50835, "g/dL", censored(normal(1.5, 0.6, 1, low=0.2), 0.2, ("<1.0", "LESS THAN 1.0")), 0.3),
    MimicItem(51069, "mg/dL", lognormal(5, 1.0, 1), 0.2),
    MimicItem(51095, "mg/dL", lognormal(40, 0.6, 0), 0.2),
    MimicItem(51466, "", one_of("NEG", "NEG", "TR", "1+"), 0.3),
    MimicItem(51076, "", censored(lognormal(20, 0.5, 0), 0.5, ("LESS THAN 5",)), 0.3),
]
# The D_LABITEMS.csv rows of the items above, for machines without ../shared (then written to benchmarks/work/).
DICTIONARY_HEADER = '"ROW_ID","ITEMID","LABEL","FLUID","CATEGORY","LOINC_CODE"\n'
DICTIONARY_ROWS = [
    (1, 50800, "SPECIMEN TYPE", "BLOOD", "BLOOD GAS", ""), (9, 50808, "Free Calcium", "Blood", "Blood Gas", "1994-3"),
    (19, 50818, "pCO2", "Blood", "Blood Gas", "11557-6"), (21, 50820, "pH", "Blood", "Blood Gas", "11558-4"),
    (22, 50821, "pO2", "Blood", "Blood Gas", "11556-8"), (36, 50835, "Albumin, Ascites", "Ascites", "Chemistry", "1749-1"),
    (54, 50853, "25-OH Vitamin D", "Blood", "Chemistry", ""), (63, 50862, "Albumin", "Blood", "Chemistry", "1751-7"),
    (69, 50868, "Anion Gap", "Blood", "Chemistry", "1863-0"), (83, 50882, "Bicarbonate", "Blood", "Chemistry", "1963-8"),
    (94, 50893, "Calcium, Total", "Blood", "Chemistry", "2000-8"), (103, 50902, "Chloride", "Blood", "Chemistry", "2075-0"),
    (113, 50912, "Creatinine", "Blood", "Chemistry", "2160-0"), (132, 50931, "Glucose", "Blood", "Chemistry", "2345-7"),
    (161, 50960, "Magnesium", "Blood", "Chemistry", "2601-3"),
    (166, 50965, "Parathyroid Hormone", "Blood", "Chemistry", "2731-8"),
    (171, 50970, "Phosphate", "Blood", "Chemistry", "2777-1"), (172, 50971, "Potassium", "Blood", "Chemistry", "2823-3"),
    (184, 50983, "Sodium", "Blood", "Chemistry", "2951-2"), (206, 51006, "Urea Nitrogen", "Blood", "Chemistry", "3094-0"),
    (269, 51069, "Albumin, Urine", "Urine", "Chemistry", "1754-1"),
    (276, 51076, "Bicarbonate, Urine", "Urine", "Chemistry", "1964-6"),
    (295, 51095, "Phosphate, Urine", "Urine", "Chemistry", "2778-9"),
    (421, 51221, "Hematocrit", "Blood", "Hematology", "4544-3"), (422, 51222, "Hemoglobin", "Blood", "Hematology", "718-7"),
    (437, 51237, "INR(PT)", "Blood", "Hematology", "5895-7"), (448, 51248, "MCH", "Blood", "Hematology", "785-6"),
    (449, 51249, "MCHC", "Blood", "Hematology", "786-4"), (450, 51250, "MCV", "Blood", "Hematology", "787-2"),
    (465, 51265, "Platelet Count", "Blood", "Hematology", "777-3"), (474, 51274, "PT", "Blood", "Hematology", "5902-2"),
    (475, 51275, "PTT", "Blood", "Hematology", "3173-2"), (477, 51277, "RDW", "Blood", "Hematology", "788-0"),
    (479, 51279, "Red Blood Cells", "Blood", "Hematology", "789-8"),
    (501, 51301, "White Blood Cells", "Blood", "Hematology", "804-5"), (666, 51466, "Blood", "Urine", "Hematology", "5794-3"),
]


def _mimic_number(text: str) -> str:
    """VALUENUM as MIMIC writes it: `.95`, `37` (for "37.0"), empty when the VALUE is not a number."""
    try:
        number = f"{float(text):g}"
    except ValueError:
        return ""
    return number[1:] if number.startswith("0.") else number


def _mimic_flag(item: MimicItem, text: str, rng: random.Random) -> str:
    if item.normal_range:
        try:
            value = float(text)
        except ValueError:
            return '"abnormal"'
        if not item.normal_range[0] <= value <= item.normal_range[1]:
            return '"abnormal"'
    return '"delta"' if rng.random() < 0.003 else ""


def write_mimic(path: Path, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    items = MIMIC_OURS + MIMIC_OTHERS
    cum_weights = list(itertools.accumulate(i.weight for i in items))
    row_id, subject = 1, 10000
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(MIMIC_HEADER)
        left = rows
        while left > 0:
            subject += rng.randint(1, 40)
            moment = dt.datetime(2100, 1, 1) + dt.timedelta(days=rng.randrange(36000))
            for _ in range(rng.randint(1, 4)):  # admissions (empty HADM_ID: outpatient draws)
                hadm = "" if rng.random() < 0.19 else str(rng.randint(100000, 199999))
                for _ in range(rng.randint(1, 12)):  # blood draws
                    moment += dt.timedelta(minutes=rng.randint(30, 4000))
                    charttime = moment.strftime("%Y-%m-%d %H:%M:00")
                    lines = []
                    for item in rng.choices(items, cum_weights=cum_weights, k=min(left, rng.randint(3, 12))):
                        text = item.sample(rng)
                        unit = f'"{item.unit}"' if item.unit else ""
                        lines.append(f'{row_id},{subject},{hadm},{item.itemid},{charttime},"{text}",{_mimic_number(text)},'
                                     f"{unit},{_mimic_flag(item, text, rng)}\n")
                        row_id += 1
                    f.writelines(lines)
                    left -= len(lines)
                    if not left:
                        return


def mimic_dictionary() -> Path:
    """The real D_LABITEMS.csv when ../shared is there, else the rows this generator uses (same format)."""
    if REAL_DICTIONARY.is_file():
        return REAL_DICTIONARY
    path = WORK / "D_LABITEMS_subset.csv"
    if not path.is_file():
        WORK.mkdir(parents=True, exist_ok=True)
        lines = [f'{r},{i},"{label}","{fluid}","{cat}","{loinc}"\n' for r, i, label, fluid, cat, loinc in DICTIONARY_ROWS]
        path.write_text(DICTIONARY_HEADER + "".join(lines), encoding="utf-8")
    return path


# ---------------------------------------------------------------- nhanes

NHANES_HEADER = "SEQN,LBXVIDMS,LBDVIDLC,LBXVD2MS,LBDVD2LC,LBXVD3MS,LBDVD3LC,LBXVE3MS,LBDVE3LC\n"
D2_LOD, EPI_LOD = 1.45, 1.16  # below-LOD values are imputed as LOD/sqrt(2), with the comment code 1.0


def _nhanes_row(seqn: int, rng: random.Random) -> str:
    if rng.random() < 0.114:  # 957 of 8,366 participants have no result at all
        return f"{seqn}.0,,,,,,,,\n"
    total = max(9.96, rng.lognormvariate(math.log(63.7), 0.42))
    d2 = D2_LOD if rng.random() < 0.74 else round(rng.lognormvariate(math.log(5), 0.8), 2)
    d2 = min(d2, round(total / 2, 2))
    epi = EPI_LOD if rng.random() < 0.1 else round(rng.lognormvariate(math.log(3.5), 0.5), 2)
    d2_flag = "1.0" if d2 == D2_LOD else "0.0"
    epi_flag = "1.0" if epi == EPI_LOD else "0.0"
    return (f"{seqn}.0,{round(total, 1)},0.0,{d2},{d2_flag},{round(total - d2, 1)},0.0,{epi},{epi_flag}\n")


def write_nhanes(path: Path, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(NHANES_HEADER)
        for start in range(0, rows, 10_000):
            f.writelines(_nhanes_row(93703 + n, rng) for n in range(start, min(rows, start + 10_000)))


# ---------------------------------------------------------------- dense (every row one of ours)

@dataclass(frozen=True)
class DenseTest:
    name: str  # as a hospital lab export prints it
    unit: str
    sample: Sampler
    lab_range: tuple[float, float]


DENSE_HEADER = "patient_id,collected,test_name,result,units,reference_range,abnormal_flag\n"
DENSE_PROFILE = [  # the bone profile, in the order a lab prints it; each drawn with its probability
    (DenseTest("CALCIUM", "mg/dL", normal(9.3, 0.5, 1, 0.08, 1.3, 4.0), (8.6, 10.3)), 0.95),
    (DenseTest("ALBUMIN", "g/dL", censored(normal(3.9, 0.45, 1, 0.08, 0.9, 1.0), 0.002, ("<1.0",)), (3.5, 5.2)), 0.85),
    (DenseTest("VITAMIN D, 25-HYDROXY", "ng/mL", censored(lognormal(24, 0.55, 1), 0.01, ("<5.0", ">150")), (30, 100)), 0.8),
    (DenseTest("PTH, INTACT", "pg/mL", censored(lognormal(55, 0.5, 0), 0.005, ("<3",)), (15, 65)), 0.5),
    (DenseTest("MAGNESIUM", "mg/dL", normal(2.0, 0.25, 1, 0.06, 0.6, 0.4), (1.7, 2.4)), 0.6),
    (DenseTest("PHOSPHORUS", "mg/dL", normal(3.5, 0.7, 1, 0.05, 1.6, 0.5), (2.5, 4.5)), 0.5),
    (DenseTest("CALCIUM, IONIZED", "mmol/L", normal(1.2, 0.07, 2, 0.05, 0.16, 0.5), (1.12, 1.32)), 0.15),
]


def _dense_flag(test: DenseTest, text: str) -> str:
    try:
        value = float(text)
    except ValueError:
        return "L" if text.startswith("<") else "H"
    return "L" if value < test.lab_range[0] else "H" if value > test.lab_range[1] else ""


def write_dense(path: Path, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(DENSE_HEADER)
        left, patient = rows, 200000
        while left > 0:
            patient += rng.randint(1, 9)
            day = dt.datetime(2018, 1, 1, 7) + dt.timedelta(days=rng.randrange(2500))
            for _ in range(rng.randint(1, 6)):  # visit days
                day += dt.timedelta(days=rng.randint(1, 120))
                draws = sorted(rng.randrange(600) for _ in range(2 if rng.random() < 0.15 else 1))  # now and then a repeat
                for minutes in draws:
                    stamp = day + dt.timedelta(minutes=minutes)
                    lines = []
                    for test, p in DENSE_PROFILE:
                        if rng.random() < p:
                            text = test.sample(rng)
                            low, high = test.lab_range
                            name = f'"{test.name}"' if "," in test.name else test.name
                            lines.append(f"{patient},{stamp:%Y-%m-%d %H:%M},{name},{text},{test.unit},"
                                         f"{low:g}-{high:g},{_dense_flag(test, text)}\n")
                    lines = lines[:left]
                    f.writelines(lines)
                    left -= len(lines)
                    if not left:
                        return


# ---------------------------------------------------------------- shapes and the cache

@dataclass(frozen=True)
class Shape:
    name: str
    write: Callable[[Path, int, int], None]
    value_column: str  # the column the pass-through comparator parses as a number

    def vitd_args(self) -> list[str]:
        """What vitd needs besides the file to read this shape."""
        if self.name == "mimic":
            return ["--dictionary", str(mimic_dictionary())]
        if self.name == "nhanes":
            return ["--map", "LBXVIDMS=vitamin_d:nmol/L"]
        return []


SHAPES = {
    "synthea": Shape("synthea", write_synthea, "VALUE"),
    "mimic": Shape("mimic", write_mimic, "VALUE"),
    "nhanes": Shape("nhanes", write_nhanes, "LBXVIDMS"),
    "dense": Shape("dense", write_dense, "result"),
}


def _read_manifest() -> dict:
    try:
        return json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def ensure(shape: Shape, rows: int, seed: int, log: Callable[[str], None] = print) -> Path:
    """The workload file for (shape, rows, seed): reused when the manifest matches, else written afresh."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"{shape.name}-{rows}-seed{seed}.csv"
    wanted = {"shape": shape.name, "rows": rows, "seed": seed, "generator": GENERATOR_VERSION}
    manifest = _read_manifest()
    entry = manifest.get(path.name, {})
    if path.is_file() and {k: entry.get(k) for k in wanted} == wanted and entry.get("bytes") == path.stat().st_size:
        log(f"reusing {path.name}")
        return path
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    shape.write(partial, rows, seed)
    partial.replace(path)
    manifest = _read_manifest()  # re-read: keep entries another run may have added meanwhile
    manifest[path.name] = {**wanted, "bytes": path.stat().st_size}
    MANIFEST.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    log(f"generated {path.name} ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s")
    return path


def each(sizes: list[int], shapes: list[str], seed: int = 1, log: Callable[[str], None] = print) -> Iterator[tuple[int, Shape, Path]]:
    """(rows, shape, its file) for every size, then every shape of it, each file made by ensure."""
    for rows in sizes:
        for name in shapes:
            shape = SHAPES[name]
            yield rows, shape, ensure(shape, rows, seed, log=log)
