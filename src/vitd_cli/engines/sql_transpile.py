"""The DuckDB query written in another dialect by sqlglot (imported here only), with the changes each dialect needs
(listed in sql_command.py's docstring), and the panel steps' vitd_epoch_ms(x) written as each dialect's milliseconds
since 1970 (resolve_epoch). Used by `vitd sql` (sql_command.py) and by the panel and findings queries."""

from __future__ import annotations

import re

from .sql_columns import DIALECTS
from .sqltext import EPOCH_MS

_BACKREF = re.compile(r"\\([0-9\\])")


def transpile(sql: str, dialect: str, *, view: str | None = None, pretty: bool = True) -> str:
    """The DuckDB query in another dialect (with the changes of this module's docstring); CREATE VIEW view AS ... when
    a view name is given."""
    import sqlglot
    from sqlglot import exp

    if dialect not in DIALECTS:
        from ..errors import VitdError

        raise VitdError("option-invalid", f"unknown dialect {dialect!r}", f"use one of {', '.join(DIALECTS)}")
    tree = sqlglot.parse_one(sql, read="duckdb")

    def fix(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.RegexpReplace) and dialect in ("bigquery", "spark", "snowflake"):
            node.set("modifiers", None)
            rep = node.args.get("replacement")
            if dialect == "spark" and isinstance(rep, exp.Literal) and "\\" in rep.this:  # Java writes a group as $1, not \1
                node.set("replacement", exp.Literal.string(_BACKREF.sub(lambda g: "\\\\" if g[1] == "\\" else "$" + g[1], rep.this.replace("$", "\\$"))))
        elif isinstance(node, exp.RegexpExtract) and dialect == "postgres":
            group = node.args.get("group") or exp.Literal.number(1)
            return exp.Anonymous(this="REGEXP_SUBSTR", expressions=[node.this, node.expression, exp.Literal.number(1),
                                                                    exp.Literal.number(1), exp.Literal.string(""), group])
        elif isinstance(node, exp.CTE) and dialect in ("sqlite", "postgres"):
            node.set("materialized", True)  # else both inline the steps into each other and the expressions grow exponentially
        elif isinstance(node, exp.RegexpLike) and dialect == "snowflake":
            return exp.GT(this=exp.Anonymous(this="REGEXP_INSTR", expressions=[node.this, node.expression]), expression=exp.Literal.number(0))
        return node

    tree = tree.transform(fix)
    if view:
        tree = exp.Create(this=exp.to_table(view), kind="VIEW", expression=tree, replace=dialect != "sqlite")
    return tree.sql(dialect=dialect, pretty=pretty) + ";\n"


_EPOCH_MS = {  # the milliseconds since 1970 of a TIMESTAMP {x} in each dialect (the panel steps: resolve_epoch)
    "duckdb": "epoch_ms(CAST({x} AS TIMESTAMP))",
    "sqlite": "CAST(ROUND((julianday({x}) - 2440587.5) * 86400000.0) AS INTEGER)",
    "spark": "unix_millis(CAST({x} AS TIMESTAMP))",
    "postgres": "CAST(ROUND(EXTRACT(EPOCH FROM CAST({x} AS TIMESTAMP)) * 1000) AS BIGINT)",
    "bigquery": "UNIX_MILLIS(TIMESTAMP({x}))",
    "snowflake": "DATE_PART(epoch_millisecond, CAST({x} AS TIMESTAMP_NTZ))",
}


def resolve_epoch(sql: str, dialect: str, *, pretty: bool = True) -> str:
    """A transpiled query with each vitd_epoch_ms(x) written as the dialect's milliseconds since 1970 of x."""
    import sqlglot
    from sqlglot import exp

    tree = sqlglot.parse_one(sql, read=dialect)

    def epoch(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Anonymous) and str(node.this).lower() == EPOCH_MS:
            x = node.expressions[0].sql(dialect=dialect)
            return sqlglot.parse_one(_EPOCH_MS[dialect].format(x=x), read=dialect)  # type: ignore[return-value]
        return node

    return tree.transform(epoch).sql(dialect=dialect, pretty=pretty) + ";\n"
