"""The Spark engine on the wide layout (one subject a row, a column per analyte: NHANES, spreadsheets).

A wide row is its own panel: what vitd appends to it (vitd_status, five cells per analyte, the corrected calcium,
vitd_findings, vitd_note) depends on that row's cells only. So Spark's Python workers run the streaming engine's own
code on each partition's rows (batch.Engine for the outcome and the row's panel, render.table_out.wide_cells for the
cells), with the streaming engine's memo: a row that repeats an earlier row's analyte cells gets that row's cells. The
cells are the streaming engine's by construction, not restated in SQL. On a cluster the workers need vitd installed
(`pip install vitd`), as for any Python library a PySpark job calls.

A CSV file is one partition (read whole: multiLine), so within a file the rows come in input order and the memo is
the streaming engine's. One rule of the streaming engine reaches across rows: a row whose cells are all empty is
skipped as "empty row", unless an earlier row with the same (empty) analyte cells was skipped as "no values" (then it
repeats that). Each partition applies it to its own rows; a row marked "empty row" after such a row of an earlier
partition (several files, or a Parquet file's splits) is corrected once all rows are in, by the input row numbers.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Sequence
from typing import Any

from ..outcomes import INTERPRETED, SKIPPED
from ..readers.columns import WideLayout
from ..render.table_out import appended_columns, neutralise, wide_analytes, wide_cells
from ..row_counts import Counts

STATUS, KIND, ITEMS, SIG, ABNORMAL = "vitd_w_status", "vitd_w_kind", "vitd_w_items", "vitd_w_sig", "vitd_w_abnormal"  # (dropped)
EMPTY_ROW, NO_VALUES = "empty row", "no values"


def wide_bundle(settings, rules, layout: WideLayout, dictionary, window, date_order) -> bytes:  # type: ignore[no-untyped-def]
    """What a worker needs to build the streaming engine's batch.Engine for this file, pickled once on the driver."""
    return pickle.dumps((settings, rules, layout, dictionary, window, date_order))


def interpret_partition(bundle: bytes, names: Sequence[str], row_column: str, rows: Iterator[Any]) -> Iterator[tuple]:  # type: ignore[type-arg]
    """A partition's rows (in order) with their appended cells: (the input cells..., row number, appended cells...,
    status, kind, results, signature key, abnormal: a result outside its normal band). The signature key is set on the rows the "empty row" rule reads: rows
    skipped as "empty row" and rows skipped as "no values"."""
    from ..batch.rows import Engine
    from ..pipeline.row_loop import repeated

    settings, rules, layout, dictionary, window, date_order = pickle.loads(bundle)
    engine = Engine(settings, rules, layout, dictionary, window)
    engine.set_date_order(date_order)
    analytes = wide_analytes(appended_columns(layout))
    index = [c.index for c in layout.columns] + [c.lod_index for c in layout.columns if c.lod_index is not None]
    at = [0]
    engine.line = lambda: at[0] + 1  # (the header is line 1)
    memo: dict[tuple[str, ...], tuple] = {}  # type: ignore[type-arg]
    for r in rows:
        given = [r[n] for n in names]
        cells = ["" if c is None else c for c in given]
        number = r[row_column]
        sig = tuple(cells[i] for i in index)
        hit = memo.get(sig)
        if hit is None:
            at[0] = number
            o = engine.outcome(cells, "", number)
            if o.items:
                engine.panels([(o, it) for it in o.items], o.subject)
            kind = o.kind or ""
            out = [neutralise(c) for c in wide_cells(o, engine, analytes)]
            items = o.items or () if o.status == INTERPRETED else ()
            hit = (out, o.status, kind, len(items), any(it.band.flag != "normal" for it in items))
            if repeated(o):
                memo[sig] = hit
        out, status, kind, items, abnormal = hit
        key = "\x1f".join(sig) if kind in (EMPTY_ROW, NO_VALUES) else None
        yield (*given, number, *out, status, kind, items, key, abnormal)


def interpret_wide(spark, src, names: Sequence[str], row_column: str, layout: WideLayout, bundle: bytes):  # type: ignore[no-untyped-def]
    """`src` (the input's columns `names` as text and each row's number in input order, row_column) with the wide
    layout's appended columns, interpreted by the streaming engine's code in the workers; materialised. Returns the
    DataFrame (with the run's own columns STATUS, KIND, ITEMS, SIG, ABNORMAL), the row counts and whether some result
    is outside its normal band (--check)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import BooleanType, IntegerType, LongType, StringType, StructField, StructType

    columns = appended_columns(layout)
    schema = StructType([*(StructField(n, StringType()) for n in names), StructField(row_column, LongType()),
                         *(StructField(c, StringType()) for c in columns), StructField(STATUS, StringType()),
                         StructField(KIND, StringType()), StructField(ITEMS, IntegerType()), StructField(SIG, StringType()),
                         StructField(ABNORMAL, BooleanType())])
    names, row_column = list(names), str(row_column)
    rdd = src.select(*names, row_column).rdd.mapPartitions(lambda rows: interpret_partition(bundle, names, row_column, rows))
    out = spark.createDataFrame(rdd, schema).localCheckpoint(eager=True)
    groups = _groups(out)
    if any(g[1] == EMPTY_ROW for g in groups) and any(g[1] == NO_VALUES for g in groups):
        first = out.filter(F.col(KIND) == NO_VALUES).groupBy(SIG).agg(F.min(row_column).alias("vitd_w_first"),
                                                                       *(F.first(c).alias(f"vitd_w_nv_{i}") for i, c in enumerate(columns)))
        joined = out.join(F.broadcast(first), on=SIG, how="left")
        late = (F.col(KIND) == EMPTY_ROW) & F.col("vitd_w_first").isNotNull() & (F.col(row_column) > F.col("vitd_w_first"))
        fixed = [F.when(late, F.col(f"vitd_w_nv_{i}")).otherwise(F.col(c)).alias(c) for i, c in enumerate(columns)]
        out = joined.select(*names, row_column, *fixed, F.when(late, F.lit(SKIPPED)).otherwise(F.col(STATUS)).alias(STATUS),
                            F.when(late, F.lit(NO_VALUES)).otherwise(F.col(KIND)).alias(KIND), ITEMS, SIG, ABNORMAL).localCheckpoint(eager=True)
        groups = _groups(out)
    counts, abnormal = Counts(), False
    for status, kind, n, items, abn in groups:
        counts.add_group(status, kind or None, n)
        abnormal = abnormal or bool(abn)
        if status == INTERPRETED:
            counts.results += items - n  # (add_group counts one result a row: a wide row holds several)
    return out, counts, abnormal


def _groups(out) -> list[tuple[str, str, int, int, bool]]:  # type: ignore[no-untyped-def]
    from pyspark.sql import functions as F

    rows = out.groupBy(STATUS, KIND).agg(F.count("*"), F.sum(ITEMS), F.max(ABNORMAL)).collect()
    return [(s, k, int(n), int(i or 0), bool(a)) for s, k, n, i, a in rows]
