"""The pure-Python limit for a streaming CSV tool: read each row with csv.reader, parse one column as a number
(failures become empty), append it as a column and write the row with csv.writer. vitd's streaming engine does at
least this much work per row, so its rows/s are compared with this script's.

Usage: python passthrough.py FILE VALUE_COLUMN  (CSV on stdout)
"""

import csv
import sys


def main(path: str, column: str) -> None:
    with open(path, newline="", encoding="utf-8") as source, \
            open(sys.stdout.fileno(), "w", newline="", encoding="utf-8", buffering=1 << 16, closefd=False) as out:
        reader = csv.reader(source)
        writer = csv.writer(out, lineterminator="\n")
        header = next(reader)
        index = header.index(column)
        writer.writerow([*header, "value_number"])
        for row in reader:
            try:
                row.append(repr(float(row[index])))
            except (ValueError, IndexError):
                row.append("")
            writer.writerow(row)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    main(sys.argv[1], sys.argv[2])
