"""A test dictionary given with --dictionary: a lab's own test ids mapped to a name, a LOINC code and a specimen
(MIMIC's D_LABITEMS: ITEMID, LABEL, FLUID, CATEGORY, LOINC_CODE). Its header names are in columns.toml [dictionary]."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import VitdError
from .columns import DICTIONARY_ROLES, ColumnRules, recognise_roles
from .source import open_table


@dataclass(frozen=True)
class Entry:
    label: str
    code: str
    specimen: str


@dataclass
class Dictionary:
    name: str
    entries: dict[str, Entry]

    def get(self, key: str) -> Entry | None:
        e = self.entries.get(key)
        if e is None and key.endswith(".0"):  # ids written as floats ('50893.0')
            e = self.entries.get(key[:-2])
        return e


def load_dictionary(path: str, rules: ColumnRules, encoding: str | None = None) -> Dictionary:
    table = open_table(path, encoding=encoding)
    try:
        cols = recognise_roles(table.header, rules.dictionary, DICTIONARY_ROLES)
        if "key" not in cols or not ({"label", "code"} & set(cols)):
            raise VitdError("dictionary-columns", f"--dictionary {path}: cannot find a test id and a name or LOINC column (header: {', '.join(table.header)})",
                            "a dictionary needs e.g. ITEMID and LABEL (and FLUID, LOINC_CODE), as MIMIC's D_LABITEMS.csv")
        k, lab, code, spec = (cols.get(r) for r in ("key", "label", "code", "specimen"))
        entries: dict[str, Entry] = {}
        for cells, _ in table.records:
            if k is None or len(cells) <= k or not cells[k].strip():
                continue

            def cell(i: int | None, cells: list[str] = cells) -> str:
                return cells[i].strip() if i is not None and i < len(cells) else ""

            entries[cells[k].strip()] = Entry(cell(lab), cell(code), cell(spec))
    finally:
        table.close()
    return Dictionary(Path(path).name if path != "-" else "<stdin>", entries)


def find_dictionary(data_path: str) -> str | None:
    """D_LABITEMS.csv(.gz) next to a MIMIC LABEVENTS file, when no --dictionary was given."""
    if data_path == "-":
        return None
    folder = Path(data_path).resolve().parent
    for name in ("D_LABITEMS.csv", "D_LABITEMS.csv.gz", "d_labitems.csv", "d_labitems.csv.gz"):
        if (folder / name).is_file():
            return str(folder / name)
    return None
