"""SQL text helpers shared by the classification query (sql_classify.py and the modules it draws on), the recogniser in SQL
(sql_identify.py) and the engines: quoting, literals, str.strip() and the spreadsheet-safe cell."""

from __future__ import annotations

from collections.abc import Iterable

from ..readers.values import NUMBER
from ..render.table_out import RISKY

# Python's str.strip()/split() whitespace, written as the characters themselves: every regex dialect reads them so.
WS = "[\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"


EPOCH_MS = "vitd_epoch_ms"  # in the DuckDB query, each dialect's milliseconds since 1970 of a TIMESTAMP (sql_transpile.resolve_epoch)


def q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# the characters inside a value that Python's repr() escapes and the SQL escapes too: tabs, line breaks and the
# no-break spaces readers/values takes as thousands separators (SQLite's parser allows only so many nested calls)
REPR_ESCAPES = tuple((c, repr(c)[1:-1]) for c in "\t\n\r\xa0\u202f")


def py_repr(x: str) -> str:
    """Python's repr() of a text (SQL), for texts whose only non-printable characters are those of REPR_ESCAPES (tabs,
    line breaks, no-break spaces); other non-printable characters are written as they are, where repr() escapes them."""
    b = f"replace({x}, {q(chr(92))}, {q(chr(92) * 2)})"
    for c, escape in REPR_ESCAPES:
        b = f"replace({b}, {q(c)}, {q(escape)})"
    return (f"CASE WHEN strpos({x}, {q(chr(39))}) > 0 AND strpos({x}, '\"') = 0 THEN '\"' || {b} || '\"' "
            f"ELSE {q(chr(39))} || replace({b}, {q(chr(39))}, {q(chr(92) + chr(39))}) || {q(chr(39))} END")


def strip_sql(x: str) -> str:
    """str.strip() in SQL."""
    return f"regexp_replace({x}, '^{WS}+|{WS}+$', '', 'g')"


def in_sql(x: str, values: Iterable[str]) -> str:
    vals = sorted(set(values))
    return f"{x} IN ({', '.join(q(v) for v in vals)})" if vals else "FALSE"


def norm_name_sql(x: str) -> str:
    """reference.norm_name: stripped, lower case, '_' and '-' read as spaces, whitespace runs as one space, trailing , ; : dropped."""
    return strip_sql(f"regexp_replace(regexp_replace(replace(replace(lower({strip_sql(x)}), '_', ' '), '-', ' '), '{WS}+', ' ', 'g'), '[ ,;:]+$', '', 'g')")


def num(x: float) -> str:
    """A float literal that every dialect reads as a double (DuckDB and Spark read 0.001 as a DECIMAL)."""
    r = repr(float(x))
    return r if "e" in r else r + "e0"


def ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def neutralised(col: str, dialect: str = "duckdb") -> str:
    """render.table_out.neutralise in SQL (DuckDB's, or Spark's): a cell a spreadsheet would run as a formula gets a
    leading single quote, unless it is a plain number."""
    number = q(f"^{WS}*(?:{NUMBER.pattern}){WS}*$")
    plain = f"{col} RLIKE {number}" if dialect == "spark" else f"regexp_matches({col}, {number})"
    firsts = ", ".join(q(c) for c in RISKY)
    return f"CASE WHEN substr({col}, 1, 1) IN ({firsts}) AND NOT {plain} THEN '''' || {col} ELSE {col} END"

