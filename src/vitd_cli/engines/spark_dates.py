"""The Spark engine's date column: the order its day-month dates are read in, decided as the streaming engine decides
it, and the dates the generated SQL does not read (it reads ISO 8601 only: sql_wired.date_sql) read on the driver.

The SQL reads `YYYY-MM-DD[ HH:MM[:SS[.ffffff]]][Z]`; a file may hold `03/01/2024 08:00`, `1.3.2024`, HL7's
`20240301083000`, `01-Mar-2024` or an ISO time with an offset. Their distinct texts (few next to the rows: a file's
dates repeat) are collected and read once each by the streaming engine's own reader (batch.Engine.when, in the
column's order), and the query gets each such row's date as ISO text (the naive UTC time the streaming engine reads),
by a broadcast join. A text neither reads stays as it is: the query says in vitd_note that it was not read, as the
streaming engine says it. The notes the reader makes (the order decided, dates that fit only the other order) go to
stderr as the streaming engine's do."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from .sql_wired import _ISO

MAX_DISTINCT = 2_000_000  # distinct non-ISO date texts read on the driver at most (more: a message, before any output)


def date_order(df, names: Sequence[str], layout, rules, opts, first: str, parquet: bool, own=None):  # type: ignore[no-untyped-def]
    """The date column's order, decided as the streaming engine decides it (pipeline/streaming.decide_file_dates,
    from the first file): a Parquet input's first rows read by Spark. None when the layout has no date column."""
    from ..pipeline.streaming import decide_file_dates

    index = layout.cols.get("date")
    sample = None
    if parquet and index is not None:
        def sample(n: int) -> list[str]:
            return [r[0] or "" for r in df.select(names[index]).limit(n).collect()]
    return decide_file_dates(first, layout, rules, opts, sample, own)


def frame_reader(df, column: str, forced: str | None):  # type: ignore[no-untyped-def]
    """The streaming engine's date reader (Engine.when's parse) for a DataFrame's date column: its order decided from
    the column's first rows as the streaming engine decides it (or `forced`: 'dayfirst', 'monthfirst')."""
    from functools import partial

    from ..readers.columns import load_columns
    from ..readers.dates import SAMPLE_ROWS, decide
    from ..readers.values import parse_when

    values = () if forced else (str(r[0]) for r in df.select(column).limit(SAMPLE_ROWS).collect() if r[0] is not None)
    order = decide(values, column, forced, load_columns().dayfirst_headers)
    return partial(parse_when, order=order.order)


def read_dates(spark, src, column: str, when: Callable[[str], datetime | None], into: str | None = None):  # type: ignore[no-untyped-def]
    """`src` with its `column` (date texts) given as ISO text where the SQL would not read it and `when` (the
    streaming engine's reader: batch.Engine.when, the column's order set) does; into `into`, a column added, else in
    place."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    from ..errors import VitdError

    text = F.col(column).cast("string")
    other = src.select(text).where(text.isNotNull() & ~F.trim(text).rlike(_ISO)).distinct()
    texts = [r[0] for r in other.limit(MAX_DISTINCT + 1).collect()]
    if len(texts) > MAX_DISTINCT:
        raise VitdError("engine-unsupported", f"the date column holds more than {MAX_DISTINCT:,} distinct texts that are not ISO 8601",
                        "use --engine duckdb or python for this file, or give the dates as ISO 8601 (2024-03-01 08:00)")
    pairs = []
    for cell in texts:
        d = when(cell)
        if d is not None:
            pairs.append((cell, d.isoformat(sep=" ")))
    if not pairs:
        return src if into is None else src.withColumn(into, text)
    schema = StructType([StructField("vitd_d_text", StringType()), StructField("vitd_d_iso", StringType())])
    read = F.broadcast(spark.createDataFrame(pairs, schema))
    joined = src.join(read, text == read["vitd_d_text"], "left")
    read_text = F.coalesce(F.col("vitd_d_iso"), text)
    if into is not None:
        return joined.select(*[src[c] for c in src.columns], read_text.alias(into))
    return joined.select(*[read_text.alias(column) if c == column else src[c] for c in src.columns])
