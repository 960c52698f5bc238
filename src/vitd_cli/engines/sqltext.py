"""SQL text helpers shared by the query generator (sqlgen.py) and the recogniser in SQL (sql_identify.py)."""

from __future__ import annotations

from collections.abc import Iterable

# Python's str.strip()/split() whitespace, written as the characters themselves: every regex dialect reads them so.
WS = "[\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"


def q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def strip_sql(x: str) -> str:
    """str.strip() in SQL."""
    return f"regexp_replace({x}, '^{WS}+|{WS}+$', '', 'g')"


def in_sql(x: str, values: Iterable[str]) -> str:
    vals = sorted(set(values))
    return f"{x} IN ({', '.join(q(v) for v in vals)})" if vals else "FALSE"


def norm_name_sql(x: str) -> str:
    """reference.norm_name: stripped, lower case, '_' and '-' read as spaces, whitespace runs as one space, trailing , ; : dropped."""
    return strip_sql(f"regexp_replace(regexp_replace(replace(replace(lower({strip_sql(x)}), '_', ' '), '-', ' '), '{WS}+', ' ', 'g'), '[ ,;:]+$', '', 'g')")
