"""The query with panels and findings (sql_wired.wired_query) run by Spark one step at a time.

Spark plans a query's CTEs by inlining each at every place it is read: the wired query's panel steps read earlier
steps several times each, so its plan grows until the driver runs out of heap, even on two rows. Here the same
generated query, transpiled to Spark SQL (sql_transpile), is cut into its steps by sqlglot; each step becomes a temp
view of the DataFrame Spark makes of it, and a step that later steps read more than once (or that ends a stretch of
steps: CUT_AFTER) is computed and its lineage cut (localCheckpoint) first, so that no plan holds more than a few steps.
The rules are the generated SQL's; nothing here restates them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# steps computed whatever their readers: the per-key verdicts (the end of the classification steps), the rows the
# panels are formed of, each row's panel, the findings' input, the findings' per-panel columns and their per-row result
CUT_AFTER = frozenset({"vitd_out", "vitd_w_t", "vitd_w_in", "vitd_w_panel", "vitd_w_fin", "vitd_fp", "vitd_fw", "vitd_fs", "vitd_w_f"})
BROADCAST = frozenset({"vitd_out"})  # one row per distinct key: small, joined to every row


@dataclass(frozen=True)
class Steps:
    """A query cut into its steps: (name, SELECT) in Spark SQL, in order, and the final SELECT that reads them."""

    steps: list[tuple[str, str]]
    final: str
    readers: dict[str, int]  # how many times each step is read by the steps after it and the final SELECT

    @classmethod
    def of(cls, sql: str) -> Steps:
        """The steps of a query in DuckDB's dialect (a WITH and its SELECT), transpiled to Spark SQL."""
        import sqlglot
        from sqlglot import exp

        from .sql_transpile import resolve_epoch, transpile
        from .sqltext import EPOCH_MS

        text = transpile(sql, "spark", pretty=False)
        if EPOCH_MS in sql:
            text = resolve_epoch(text, "spark", pretty=False)
        tree = sqlglot.parse_one(text.rstrip().rstrip(";"), read="spark")
        with_ = next((v for v in tree.args.values() if isinstance(v, exp.With)), None)  # (its key: "with" or "with_")
        ctes = list(with_.expressions) if with_ is not None else []
        if with_ is not None:
            with_.pop()
        readers = {cte.alias: 0 for cte in ctes}
        for node in [*(cte.this for cte in ctes), tree]:
            for table in node.find_all(exp.Table):
                if table.name in readers:
                    readers[table.name] += 1
        return cls([(cte.alias, cte.this.sql(dialect="spark")) for cte in ctes], tree.sql(dialect="spark"), readers)


@dataclass
class Run:
    """The final SELECT as a DataFrame, and the steps computed on the way (name -> DataFrame), kept until release()."""

    result: Any
    cut: dict[str, Any]

    def release(self) -> None:
        """Frees the computed steps (once the result is written: it reads them)."""
        for df in self.cut.values():
            df.unpersist()


def run_steps(spark, steps: Steps, first: str | None = None) -> Run:  # type: ignore[no-untyped-def]
    """Each step registered as a temp view in turn (and all dropped at the end: a DataFrame's plan holds the views it
    read), then the final SELECT. first: the steps before it (the per-key classification, which Spark plans as one
    query) are left as views; from it on, a step read more than once, or named in CUT_AFTER, is computed and cut."""
    from pyspark.sql import functions as F

    cutting = first is None
    made: list[str] = []
    cut: dict[str, Any] = {}
    try:
        for name, body in steps.steps:
            cutting = cutting or name == first
            df = spark.sql(body)
            if cutting and (steps.readers[name] > 1 or name in CUT_AFTER):
                df = cut[name] = df.localCheckpoint(eager=True)
            (F.broadcast(df) if name in BROADCAST else df).createOrReplaceTempView(name)
            made.append(name)
        return Run(spark.sql(steps.final), cut)
    finally:
        for name in made:
            spark.catalog.dropTempView(name)
