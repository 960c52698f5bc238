"""What the classification query reads and writes: which column of the table plays which role (Columns), the
columns.toml words it needs (Rules), the key columns the distinct role cells are named by (k_v, k_u, ...), the columns
of a tests table, and the columns vitd appends; the dialects `vitd sql` writes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..readers.own_columns import LONG_COLUMNS

DIALECTS = ("duckdb", "postgres", "spark", "bigquery", "snowflake", "sqlite")
OUTPUT_COLUMNS = LONG_COLUMNS  # the columns vitd appends to a long file, as the streaming engine writes them
KIND_COLUMN = "vitd_kind"  # why a row was not interpreted (the reason kinds of batch.py), for the row accounting
ROLES = ("value", "value_numeric", "unit", "analyte", "code", "specimen", "item")
_KEY = {"value": "k_v", "value_numeric": "k_vn", "unit": "k_u", "analyte": "k_n", "code": "k_c", "specimen": "k_s", "item": "k_i"}
TEST_ROLES = ("analyte", "code", "item", "specimen")  # the cells that identify the test (the engines identify them in Python)


@dataclass(frozen=True)
class Columns:
    """Which column of the table plays which role (None: the table has no such column). `value` is required."""

    value: str
    unit: str | None = None
    analyte: str | None = None  # the test's name as printed
    code: str | None = None  # LOINC
    specimen: str | None = None
    value_numeric: str | None = None  # read when value is empty (MIMIC's VALUENUM)
    item: str | None = None  # a lab's own test id: only with a tests table (the engines look it up in a dictionary)

    def roles(self) -> dict[str, str]:
        return {r: getattr(self, r) for r in ROLES if getattr(self, r)}


@dataclass
class Rules:
    """What the query needs besides the reference data: the columns.toml words (missing values, flag marks, specimens)."""

    missing: Sequence[str] = ()
    flags: Sequence[str] = ()
    serum: Sequence[str] = ()
    not_serum: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def shipped(cls) -> Rules:
        from ..readers.columns import load_columns

        r = load_columns()
        return cls(sorted(r.missing), sorted(r.flags), sorted(r.serum), dict(r.not_serum))


TESTS_COLUMNS = ("analyte", "reason", "kind", "label")  # what a tests table says of each test (QueryBuilder(tests_table=...))


def test_keys(keys: Sequence[str]) -> list[str]:
    """The key columns (of QueryBuilder.key_columns()) that name the test: name, code, test id, specimen."""
    named = {_KEY[r] for r in TEST_ROLES}
    return [k for k in keys if k in named]


def dedupe_names(names: Sequence[str]) -> list[str]:
    """Column names made unique for Parquet: a repeated name gets _2, _3, ..."""
    seen: dict[str, int] = {}
    out = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n}_{seen[n]}")
    return out
