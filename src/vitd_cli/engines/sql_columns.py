"""What the classification query reads and writes: which column of the table plays which role (Columns: the roles that
decide a row's reading, the lab's own flag and range, and the subject, date and row id the panels read), the columns.toml
words and flag meanings it needs (Rules), the key columns the distinct role cells are named by (k_v, k_u, ...), the columns
of a tests table, and the columns vitd appends; the dialects `vitd sql` writes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..readers.own_columns import LONG_COLUMNS

DIALECTS = ("duckdb", "postgres", "spark", "bigquery", "snowflake", "sqlite")
OUTPUT_COLUMNS = LONG_COLUMNS  # the columns vitd appends to a long file, as the streaming engine writes them
KIND_COLUMN = "vitd_kind"  # why a row was not interpreted (the reason kinds of batch.py), for the row accounting
ROLES = ("value", "value_numeric", "unit", "analyte", "code", "specimen", "item")
LAB_ROLES = ("flag", "reference_range")  # the lab's own verdict: compared with vitd's when given (sql_lab.py)
CARRIED_ROLES = ("subject", "date", "row")  # read by the panel and findings steps (sql_wired.py); no per-row verdict reads them
_KEY = {"value": "k_v", "value_numeric": "k_vn", "unit": "k_u", "analyte": "k_n", "code": "k_c", "specimen": "k_s", "item": "k_i",
        "flag": "k_f", "reference_range": "k_r"}
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
    flag: str | None = None  # the lab's own flag (H, L, abnormal ...): compared with vitd's band
    reference_range: str | None = None  # the lab's own reference range as printed ('8.6-10.3', '<30 ng/mL')
    subject: str | None = None  # who the result is of: with date, the query forms panels (sql_wired.py)
    date: str | None = None  # when it was collected (ISO 8601 text, DATE or TIMESTAMP): with subject, panels
    row: str | None = None  # a row id giving the input order (unique integers): panels follow it, as a file's rows

    def panels(self) -> bool:
        """Whether the query forms panels and their findings (sql_wired.py): subject and date are both given."""
        return bool(self.subject and self.date)

    def roles(self) -> dict[str, str]:
        """The roles that decide a row's reading (ROLES): those every engine keys its distinct cells by."""
        return {r: getattr(self, r) for r in ROLES if getattr(self, r)}

    def lab_roles(self) -> dict[str, str]:
        """The lab's flag and range columns given (LAB_ROLES): they join the key when the query compares with them."""
        return {r: getattr(self, r) for r in LAB_ROLES if getattr(self, r)}


@dataclass
class Rules:
    """What the query needs besides the reference data: the columns.toml words (missing values, flag marks, specimens)."""

    missing: Sequence[str] = ()
    flags: Sequence[str] = ()
    serum: Sequence[str] = ()
    not_serum: Mapping[str, str] = field(default_factory=dict)
    flag_meaning: Mapping[str, str] = field(default_factory=dict)  # [flags]: mark -> low, high, abnormal, normal or ignore

    @classmethod
    def shipped(cls) -> Rules:
        from ..readers.columns import load_columns

        r = load_columns()
        return cls(sorted(r.missing), sorted(r.flags), sorted(r.serum), dict(r.not_serum), dict(r.flags))


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
