"""engines/sql_gformat.py: numbers written in SQL as Python's format(x, '.4g') and format(x, 'g') write them (the
implausible-value sentence of `vitd sql` and the Spark engine), in DuckDB and SQLite, on edge numbers (ties to even,
rounding up into the next decade, the switch between fixed and scientific notation, negative zero) and on thousands of
random ones over 30 decades."""

from __future__ import annotations

import random
import sqlite3

import pytest

from vitd_cli.engines.sql_command import transpile
from vitd_cli.engines.sql_gformat import g_stages

EDGES = [0.0, -0.0, 1.0, 9999.5, 99999.5, 12345.0, 1234.5, 1234.25, 0.00012345, 0.0001, 0.00009995, 0.001, 1e-5, 123456.0, 1e6,
         999999.5, 9999995.0, 45000.0, 2.5, 0.5, 18.0, 44.928, 1e24, 3.3e-12, 0.1, 0.15, 1.2345e7, 98765.4321, 44928.0, 22.4625]


def _numbers() -> list[float]:
    rng = random.Random(7)
    out = list(EDGES)
    out += [rng.uniform(0, 10) * 10 ** rng.randint(-12, 22) for _ in range(2000)]
    out += [round(rng.uniform(0, 1000), rng.randint(0, 4)) for _ in range(2000)]
    out += [rng.randint(1, 10**7) / 2 for _ in range(1000)]  # many ties at .5
    return out


@pytest.mark.parametrize("dialect", ["duckdb", "sqlite"])
def test_g_format_as_python(dialect: str) -> None:
    numbers = _numbers()
    stages, last = g_stages("t", "x IS NOT NULL", {"g4": ("x", 4, "neg"), "g6": ("x", 6, "neg")})
    sql = transpile("WITH " + ", ".join(stages) + f" SELECT i, g4_text, g6_text FROM {last} ORDER BY i", dialect, pretty=False)
    rows = [(i, x, str(x).startswith("-")) for i, x in enumerate(numbers)]
    if dialect == "duckdb":
        import duckdb

        con = duckdb.connect()
        con.execute("CREATE TABLE t (i INTEGER, x DOUBLE, neg BOOLEAN)")
    else:
        con = sqlite3.connect(":memory:")  # type: ignore[assignment]
        con.execute("CREATE TABLE t (i INTEGER, x REAL, neg BOOLEAN)")
    con.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
    got = con.execute(sql).fetchall()
    assert len(got) == len(numbers)
    wrong = [(numbers[i], a, b) for i, a, b in got if (a, b) != (format(numbers[i], ".4g"), format(numbers[i], "g"))]
    assert not wrong, f"{len(wrong)} numbers written otherwise than Python writes them, e.g. {wrong[:5]}"
    assert {"-0", "1e+04", "4.493e+04", "1e+06"} <= {a for _, a, _ in got}
