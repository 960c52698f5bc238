"""What a data scientist would write with pandas: read the whole CSV, classify the vitamin D, calcium and magnesium
rows with vectorised comparisons (Endocrine Society 2011 vitamin D bands, MSD calcium and magnesium ranges, each in
the unit of the row), and write the CSV with a `category` column. Exit 3 when pandas is not installed.

Usage: python pandas_classify.py FILE SHAPE  (SHAPE: synthea, mimic, nhanes or dense; CSV on stdout)
"""

import sys

try:
    import numpy as np
    import pandas as pd
except ImportError:
    sys.stderr.write("pandas not installed: pip install pandas\n")
    sys.exit(3)

# analyte -> unit -> (cut-offs, categories): a value below cut-off i gets category i, at or above the last the last.
# "up_to" bands (<= 100 ng/mL sufficient) are written as the next float above the limit.
RULES = {
    "vitamin_d": {
        "ng/mL": ([20, 30, np.nextafter(100, 101), np.nextafter(150, 151)],
                  ["deficient", "insufficient", "sufficient", "high", "toxic"]),
        "nmol/L": ([50, 75, np.nextafter(250, 251), np.nextafter(375, 376)],
                   ["deficient", "insufficient", "sufficient", "high", "toxic"]),
    },
    "calcium": {
        "mg/dL": ([8.8, np.nextafter(10.4, 11)], ["hypocalcemia", "normal", "hypercalcemia"]),
        "mmol/L": ([2.2, np.nextafter(2.6, 3)], ["hypocalcemia", "normal", "hypercalcemia"]),
    },
    "magnesium": {
        "mg/dL": ([1.8, np.nextafter(2.6, 3)], ["hypomagnesemia", "normal", "hypermagnesemia"]),
        "mmol/L": ([0.70, np.nextafter(1.05, 2)], ["hypomagnesemia", "normal", "hypermagnesemia"]),
    },
}
# shape -> (code column, {code: analyte}, value column, unit column)
SHAPES = {
    "synthea": ("CODE", {"62292-8": "vitamin_d", "1989-3": "vitamin_d", "17861-6": "calcium", "19123-9": "magnesium"},
                "VALUE", "UNITS"),
    "mimic": ("ITEMID", {50853: "vitamin_d", 50893: "calcium", 50960: "magnesium"}, "VALUENUM", "VALUEUOM"),
    "dense": ("test_name", {"VITAMIN D, 25-HYDROXY": "vitamin_d", "CALCIUM": "calcium", "MAGNESIUM": "magnesium"}, "result",
              "units"),
}


def classify(analyte: "pd.Series", value: "pd.Series", unit: "pd.Series") -> "pd.Series":
    category = pd.Series("", index=value.index, dtype=object)
    for name, by_unit in RULES.items():
        for unit_name, (cuts, labels) in by_unit.items():
            rows = (analyte == name) & (unit == unit_name) & value.notna()
            if rows.any():
                category[rows] = np.asarray(labels, dtype=object)[np.searchsorted(cuts, value[rows].to_numpy(), side="right")]
    return category


def main(path: str, shape: str) -> None:
    frame = pd.read_csv(path, low_memory=False)
    if shape == "nhanes":  # wide: one column is vitamin D in nmol/L (NHANES documents the unit, the file does not)
        value = frame["LBXVIDMS"]
        frame["category"] = classify(pd.Series("vitamin_d", index=frame.index), value, pd.Series("nmol/L", index=frame.index))
    else:
        code_column, codes, value_column, unit_column = SHAPES[shape]
        value = pd.to_numeric(frame[value_column], errors="coerce")
        frame["category"] = classify(frame[code_column].map(codes), value, frame[unit_column])
    frame.to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[2] not in ("synthea", "mimic", "nhanes", "dense"):
        sys.exit(__doc__.strip().splitlines()[-1])
    main(sys.argv[1], sys.argv[2])
