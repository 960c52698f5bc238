"""The Spark engine: the SQL of sql_classify.py and sql_wired.py, transpiled to Spark SQL, over a Spark DataFrame or
over CSV/Parquet files and folders read by PySpark (local mode by default, a cluster with --spark-master). Needs
`pip install 'vitd[spark]'`.

Two entry points:

- classify_dataframe(df, value_col=..., unit_col=..., analyte_col=..., code_col=..., subject_col=..., date_col=...):
  for people who already have a DataFrame. The tests are identified in Python by the one recogniser; with a subject
  and a date, the rows' panels and findings too (the roles of `vitd sql --columns`).
- run_spark(paths, output, ...): `vitd interpret FILE --engine spark`. The columns are recognised as the streaming
  engine recognises them (columns.toml, --columns, --dictionary); the distinct tests are identified with the streaming
  engine's own rules in Python (few); the rows, numbered in input order, go through the query of `vitd sql` with
  subject=, date= and row= (sql_wired.py), run a step at a time (spark_steps.py): every row's vitd_* cells are those
  the streaming engine writes, panels, findings, corrected calcium and the lab-flag comparison included. Output: a
  folder of Parquet or CSV part files (Spark's partitioned output; `partition_by` adds Hive-style folders, e.g. by
  vitd_analyte). Row order is Spark's, not the input's.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TextIO

from ..errors import VitdError
from ..pipeline.runs import FileRun
from ..row_counts import Counts, skipped_where
from ..textsafe import write_notes
from .spark_steps import Steps, run_steps
from .sql_classify import QueryBuilder
from .sql_columns import _KEY, KIND_COLUMN, LAB_ROLES, OUTPUT_COLUMNS, ROLES, TESTS_COLUMNS, Columns, Rules, dedupe_names, test_keys
from .sql_tests import identify_distinct, identify_tests
from .sql_wired import PANEL_WINDOW, wired_query

INSTALL_HINT = "pip install 'vitd[spark]' (PySpark and a Java 17+ runtime), or use --engine duckdb"


def _pyspark():  # type: ignore[no-untyped-def]
    try:
        import pyspark  # noqa: F401
        from pyspark.sql import SparkSession
    except ImportError:
        raise VitdError("engine-unavailable", "the Spark engine needs PySpark, which is not installed", INSTALL_HINT) from None
    return SparkSession


def get_spark(master: str | None = None, app_name: str = "vitd"):  # type: ignore[no-untyped-def]
    """The active SparkSession, or a new one: local[*] unless `master` (or SPARK_MASTER) names a cluster."""
    SparkSession = _pyspark()
    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        return active
    url = master or os.environ.get("SPARK_MASTER") or "local[*]"
    builder = (SparkSession.builder.appName(app_name).master(url)
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "8")
               .config("spark.sql.analyzer.maxIterations", "1000")  # the query's ~60 steps pass Spark's default of 100 analyzer rounds
               .config("spark.log.level", "ERROR")  # from the start, not only after setLogLevel
               .config("spark.driver.extraJavaOptions", f"-Dlog4j.configurationFile={os.path.join(os.path.dirname(__file__), 'log4j2.properties')}"
                       " -Xss16m")  # (a deep query plan: Spark's analyser recurses once per step)
               .config("spark.driver.memory", os.environ.get("VITD_SPARK_DRIVER_MEMORY", "1g")))
    if url.startswith("local") and not os.environ.get("PYSPARK_PYTHON"):  # the wide layout's workers run vitd: this Python
        os.environ["PYSPARK_PYTHON"] = sys.executable  # (PySpark reads the variable, not spark.pyspark.python, and else runs python3)
    if url.startswith("local") and "SPARK_LOCAL_IP" not in os.environ:
        os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"  # local mode stays on loopback (and Spark says nothing about the hostname)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # PySpark's note about the pandas version, which vitd does not use here
        spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_sql(qb: QueryBuilder, sql: str | None = None) -> str:
    """A query of the builder (its classification by default) in Spark SQL."""
    from .sql_command import transpile

    return transpile(sql or qb.classification(), "spark", pretty=False).rstrip().rstrip(";")


def register_relations(spark, qb: QueryBuilder) -> None:  # type: ignore[no-untyped-def]
    """The reference relations as small temp views (Catalyst plans a few local relations far faster than CTEs of
    hundreds of UNION ALL branches), marked for broadcast: Spark cannot size a DataFrame made from Python rows, and would
    otherwise shuffle and sort both sides of every lookup."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import DoubleType, IntegerType, StringType, StructField, StructType

    types = {"VARCHAR": StringType(), "DOUBLE": DoubleType(), "INTEGER": IntegerType()}
    for name, cols, sql_types, rows in qb.relation_tables():
        schema = StructType([StructField(c, types[t]) for c, t in zip(cols, sql_types)])
        fixed = [tuple(None if v is None else float(v) if t == "DOUBLE" else int(v) if t == "INTEGER" else str(v)
                       for v, t in zip(row, sql_types)) for row in rows]
        F.broadcast(spark.createDataFrame(fixed, schema).coalesce(1)).createOrReplaceTempView(name)


def _settings(guideline: str | None, schemes: Mapping[str, str] | None, ranges: Iterable[str], tests_map: str | None = None):  # type: ignore[no-untyped-def]
    from ..interpret import settings

    return settings(guideline, dict(schemes or {}), list(ranges), tests_map=tests_map)


def classify_dataframe(df, value_col: str = "value", unit_col: str | None = "unit", analyte_col: str | None = "test",  # type: ignore[no-untyped-def]
                       code_col: str | None = None, specimen_col: str | None = None, value_numeric_col: str | None = None, *,
                       guideline: str | None = None, schemes: Mapping[str, str] | None = None, ranges: Iterable[str] = (),
                       kind: bool = False, flag_col: str | None = None, range_col: str | None = None, subject_col: str | None = None,
                       date_col: str | None = None, row_col: str | None = None, window: timedelta = PANEL_WINDOW,
                       date_order: str | None = None):
    """The DataFrame with vitd_status ... vitd_note appended (and vitd_kind when `kind`), classified by the reference
    ranges (the default schemes, or `guideline` for vitamin D and `schemes` per analyte). Its distinct tests are
    collected and identified first by vitd's one recogniser (reference/identify.py), as `vitd interpret` does.
    The roles are those of `vitd sql --columns`: flag_col, range_col: the lab's own flag and reference range, compared
    with vitd's verdict (a disagreement is noted in vitd_note, as `vitd interpret` notes it). subject_col and date_col
    (both): each subject's results grouped into panels (within `window`, the default --panel-window) with their
    findings, the albumin-corrected calcium and the panel's notes, as `vitd interpret` gives them (sql_wired.py, run a
    step at a time: spark_steps.py; the steps are computed when this is called). row_col: a column of unique integers
    giving the input order (panels are then formed of runs of a subject's consecutive rows, as in a file, and
    vitd_panel is the row_col value of the panel's first row); without it the rows are numbered by subject and date
    (column vitd_row) and each subject's rows are grouped together. Without subject_col and date_col each row is
    classified on its own (vitd_panel empty, vitd_findings the result's own finding). Dates that are not ISO 8601
    (03/01/2024, 1.3.2024, HL7, 01-Mar-2024, offsets) are read as the streaming engine reads them (spark_dates.py),
    in the order decided from the column's first rows, or `date_order` ('dayfirst', 'monthfirst')."""
    from ..config import DATE_ORDERS

    if date_order not in (None, *DATE_ORDERS):
        raise VitdError("option-invalid", f"classify_dataframe: unknown date_order {date_order!r}", f"use one of {', '.join(DATE_ORDERS)}")
    date_order = None if date_order == "auto" else date_order
    s = _settings(guideline, schemes, ranges)
    cols = Columns(value=value_col, unit=unit_col, analyte=analyte_col, code=code_col, specimen=specimen_col, value_numeric=value_numeric_col,
                   flag=flag_col, reference_range=range_col, subject=subject_col, date=date_col, row=row_col)
    present = set(df.columns)
    given = {**cols.roles(), **cols.lab_roles(), **{r: c for r, c in (("subject", subject_col), ("date", date_col), ("row", row_col)) if c}}
    for role, name in given.items():
        if name not in present:
            raise VitdError("column-missing", f"classify_dataframe: no column {name!r} for {role}", f"the columns are: {', '.join(df.columns)}")
    view = f"vitd_input_{abs(hash((id(df), value_col))) % 10**9}"
    source = df
    if cols.panels():  # the dates the SQL does not read (not ISO 8601), read as the streaming engine reads them
        from .spark_dates import frame_reader, read_dates

        source = read_dates(df.sparkSession, df, date_col, frame_reader(df, date_col, date_order), into=DATE)  # type: ignore[arg-type]
        cols = replace(cols, date=DATE)
    source.createOrReplaceTempView(view)
    # the DataFrame's distinct tests (few rows), identified in Python by the one recogniser, as a tests table
    named = [n for r, n in cols.roles().items() if r in ("analyte", "code", "specimen")]
    rows = identify_distinct(s, cols, (tuple(r) for r in df.select(*named).distinct().collect())) if named else []
    qb = QueryBuilder(s.ref, s.schemes, Rules.shipped(), cols, view, tests_table=f"vitd_tests_{view[len('vitd_input_'):]}",  # (its own:
                      tests_rows=rows, inline_relations=False)  # Spark reads a view when the result is collected, not now)
    register_relations(df.sparkSession, qb)
    if cols.panels():  # the panels and their findings: the wired query, one step at a time (spark_steps.py)
        return run_steps(df.sparkSession, Steps.of(wired_query(qb, kind=kind, window=window)), first="vitd_out").result.drop(DATE)
    return df.sparkSession.sql(spark_sql(qb, qb.query(kind=kind)))


# ---------------------------------------------------------------- files and folders


def _first_file(path: str) -> str | None:
    if os.path.isdir(path):
        for root, _, files in sorted(os.walk(path)):
            for f in sorted(files):
                if not f.startswith((".", "_")):
                    return os.path.join(root, f)
        return None
    return path


def _plain_subfolders(paths: Sequence[str]) -> bool:
    """Whether a folder among `paths` has sub-folders that are not Hive-style partitions (`name=value`): Spark's
    partition discovery would skip their files, or fail, so such folders are read with recursiveFileLookup."""
    for path in paths:
        if os.path.isdir(path):
            for _, dirs, _ in os.walk(path):
                if any("=" not in d and not d.startswith((".", "_")) for d in dirs):
                    return True
    return False


def run_spark(paths: str | Sequence[str], output: str, fmt: str = "parquet", *, master: str | None = None, opts=None,  # type: ignore[no-untyped-def]
              partition_by: Sequence[str] = (), stderr: TextIO | None = None, spark=None, settings=None, rules=None) -> Counts:
    """`vitd interpret FILE --engine spark`: CSV/TSV or Parquet files (or folders of them) classified by Spark and written
    to the folder `output` as Parquet or CSV part files. Returns the row counts (written to stderr unless opts.quiet).
    `settings` and `rules`: the plan's (plan.build_plan), else made from the options. (spark_file_run: the same, with
    whether a result is abnormal and where the first skipped row is, for --check and --strict.)"""
    return spark_file_run(paths, output, fmt, master=master, opts=opts, partition_by=partition_by, stderr=stderr, spark=spark,
                          settings=settings, rules=rules).counts


def spark_file_run(paths: str | Sequence[str], output: str, fmt: str = "parquet", *, master: str | None = None, opts=None,  # type: ignore[no-untyped-def]
                   partition_by: Sequence[str] = (), stderr: TextIO | None = None, spark=None, settings=None, rules=None) -> FileRun:
    """run_spark, returning the FileRun: its counts (counts.first_skipped set when opts.strict and a row was skipped)
    and `abnormal` (some result outside its normal band). --strict and --check are the caller's (runners.Spark)."""
    from ..pipeline.plan import FileOptions, dictionary_for, file_columns
    from ..readers.columns import LongLayout, WideLayout, detect_layout, load_columns, parse_map_option
    from ..readers.delimiters import delimiter_from_option
    from ..readers.own_columns import find_own_columns
    from ..readers.source import open_table
    from ..readers.streams import open_file
    from ..readers.values import parse_window

    opts = opts or FileOptions()
    err = stderr or sys.stderr
    if fmt not in ("parquet", "csv"):
        raise VitdError("format-unknown", f"the Spark engine writes parquet or csv, not {fmt}", "give --format parquet or csv, with -o FOLDER")
    if not output:
        raise VitdError("output-missing", "the Spark engine writes a folder of part files", "give it with -o FOLDER (and --format parquet or csv)")
    path_list = [paths] if isinstance(paths, str) else list(paths)
    first = _first_file(path_list[0])
    if first is None:
        raise VitdError("file-missing", f"{path_list[0]}: no files", "give CSV or Parquet files, or folders of them")
    with open_file(first) as fh:
        parquet = fh.read(4) == b"PAR1"
    s = settings or _settings(opts.guideline, opts.schemes, opts.ranges, tests_map=opts.tests_map)
    rules = rules or load_columns()
    spark = spark or get_spark(master)
    if parquet:  # Hive-style folders (name=value) become columns, as Spark writes them (partition_by)
        df = spark.read.option("recursiveFileLookup", _plain_subfolders(path_list)).parquet(*path_list)
        df = df.select([df[c].cast("string").alias(c) for c in df.columns])
        header = list(df.columns)
        delimiter = ","
    else:
        table = open_table(first, encoding=opts.encoding, delimiter=delimiter_from_option(opts.delimiter))
        header, delimiter, encoding = table.header, table.delimiter, table.encoding
        table.close()
        df = (spark.read.option("header", True).option("sep", delimiter).option("quote", '"').option("escape", '"')
              .option("multiLine", True).option("encoding", "UTF-8" if encoding.startswith("utf-8") else encoding)
              .option("inferSchema", False).option("mode", "FAILFAST").option("recursiveFileLookup", True).csv(path_list))
        if len(df.columns) != len(header):
            raise VitdError("file-ragged", f"Spark read {len(df.columns)} columns where the header has {len(header)}", "check the delimiter")
    all_names = [f"c{i}" for i in range(len(header))]
    own = find_own_columns(header, s.ref.analytes)  # vitd's output read again: its vitd_* columns are dropped, then written anew
    names = [all_names[i] for i in own.keep(len(header))] if own is not None else all_names
    header = own.strip(list(header)) if own is not None else header
    at = min(own.at, len(header)) if own is not None else len(header)
    layout = detect_layout(header, rules, s.ref, file_columns(opts), parse_map_option(opts.maps, s.ref), name=first)
    notes: list[str] = [own.note()] if own is not None else []
    dictionary = dictionary_for(first, opts, layout, rules, notes)
    from pyspark.sql import functions as F

    if isinstance(layout, WideLayout):
        if own is not None:
            raise VitdError("engine-unsupported", "the Spark engine does not read a wide layout holding vitd's own columns (its output read again)",
                            "use --engine python for that file")
        return _write_wide(spark, df.toDF(*all_names), names, header, layout, (s, rules, dictionary), opts, first, parquet, output, fmt,
                           delimiter, partition_by, notes, err)
    assert isinstance(layout, LongLayout)
    from ..batch.rows import Engine

    engine = Engine(s, rules, layout, dictionary)  # the streaming engine's, for what Python reads: tests, dates, a row
    src, cols = _with_order(df.toDF(*all_names), names, {r: names[i] for r, i in layout.cols.items()})
    if "date" in layout.cols:  # the dates the SQL does not read (not ISO 8601), read by the streaming engine's reader
        from .spark_dates import date_order, read_dates

        engine.set_date_order(date_order(df.toDF(*all_names), names, layout, rules, opts, first, parquet, own))
        src = read_dates(spark, src, DATE, engine.when)
        notes += engine.warnings
    qb = QueryBuilder(s.ref, s.schemes, Rules.shipped(), cols, "vitd_src", tests_table="vitd_tests", quote_columns=False,
                      inline_relations=False)  # (its distinct cells from the table: the wired steps need the verdicts' extra columns)
    keys = qb.key_columns()
    register_relations(spark, qb)
    src.createOrReplaceTempView("vitd_src")
    keyed = src.select(*[F.coalesce(F.col(c).cast("string"), F.lit("")).alias(_KEY[r]) for r, c in qb.keyed_roles().items()])
    key_counts = keyed.groupBy(*keys).count().withColumnRenamed("count", "n").localCheckpoint(eager=True)  # (the row accounting)
    _identify_tests(spark, key_counts, keys, engine)
    window = parse_window(opts.panel_window)
    try:
        made = run_steps(spark, Steps.of(wired_query(qb, kind=True, window=window)), first="vitd_out")
    finally:
        for view in ("vitd_src", "vitd_tests"):
            spark.catalog.dropTempView(view)
    counts, abnormal = _counts(made.cut["vitd_out"], key_counts, keys)
    originals = [F.col(n).alias(h) for n, h in zip(names, dedupe_names(header))]
    vitd = [F.expr(f"NULLIF({c}, '')").alias(c) for c in OUTPUT_COLUMNS]
    out = made.result.select(*originals[:at], *vitd, *originals[at:])
    _write(out, output, fmt, delimiter, partition_by)
    if opts.strict and counts.skipped:
        counts.first_skipped = first_skipped(made.result, ROW, "vitd_status", KIND_COLUMN, names, engine)
    made.release()
    key_counts.unpersist()
    if not opts.quiet:
        write_notes(err, notes, counts.line(), opts.verbose)
    return FileRun(counts, notes, abnormal=abnormal)


def _write(out, output: str, fmt: str, delimiter: str, partition_by: Sequence[str]) -> None:  # type: ignore[no-untyped-def]
    writer = out.write.mode("overwrite")
    if partition_by:
        writer = writer.partitionBy(*partition_by)
    if fmt == "parquet":
        writer.parquet(output)
    else:
        (writer.option("header", True).option("sep", delimiter if delimiter != "\t" else ",").option("quote", '"').option("escape", '"')
         .option("ignoreLeadingWhiteSpace", False).option("ignoreTrailingWhiteSpace", False).csv(output))  # (Spark trims cells by default)


def _write_wide(spark, df, names: list[str], header: list[str], layout, engine_parts, opts, first: str, parquet: bool,  # type: ignore[no-untyped-def]
                output: str, fmt: str, delimiter: str, partition_by: Sequence[str], notes: list[str], err: TextIO) -> FileRun:
    """run_spark on the wide layout (spark_wide.py): the streaming engine's own code in the workers, a row at a time."""
    from pyspark.sql import functions as F

    from ..readers.values import parse_window
    from ..render.table_out import appended_columns
    from .spark_dates import date_order
    from .spark_wide import KIND, STATUS, interpret_wide, wide_bundle

    s, rules, dictionary = engine_parts
    src = _numbered(df, names, {})
    bundle = wide_bundle(s, rules, layout, dictionary, parse_window(opts.panel_window), date_order(df, names, layout, rules, opts, first, parquet))
    made, counts, abnormal = interpret_wide(spark, src, names, ROW, layout, bundle)
    originals = [F.col(n).alias(h) for n, h in zip(names, dedupe_names(header))]
    vitd = [F.expr(f"NULLIF(`{c}`, '')").alias(c) for c in appended_columns(layout)]
    _write(made.select(*originals, *vitd), output, fmt, delimiter, partition_by)
    if opts.strict and counts.skipped:
        from ..batch.rows import Engine

        counts.first_skipped = first_skipped(made, ROW, STATUS, KIND, names, Engine(s, rules, layout, dictionary))
    made.unpersist()
    if not opts.quiet:
        write_notes(err, notes, counts.line(), opts.verbose)
    return FileRun(counts, notes, abnormal=abnormal)


ROW = "vitd_input_row"  # the row number in input order the panels follow (a column of the query's table only)
SUBJECT, DATE = "vitd_input_subject", "vitd_input_date"  # the subject and date the query reads


def _numbered(df, names: Sequence[str], role: Mapping[str, str]):  # type: ignore[no-untyped-def]
    """The columns `names` of the input and what the panels read: each row's number in input order (files in path
    order, then their rows), and the subject and date ('' when the file has no such column: all rows one subject,
    undated, as the streaming engine reads such a file). With several files, the subject is one per file (a file's
    panels are its own). `role`: role -> column.

    The number needs no sort: a CSV file is one partition (multiLine), its rows in order; a Parquet file's splits come
    in order too. One pass counts each partition's rows and finds its file; a row's number is its partition's offset
    plus its place in the partition (monotonically_increasing_id's lower 33 bits)."""
    from pyspark.sql import functions as F

    subject = F.coalesce(F.col(role["subject"]).cast("string"), F.lit("")) if "subject" in role else F.lit("")
    date = F.col(role["date"]).cast("string") if "date" in role else F.lit("")
    base = df.select(*names, F.spark_partition_id().alias("vitd_p"), F.monotonically_increasing_id().alias("vitd_m"),
                     F.input_file_name().alias("vitd_f"))
    parts = sorted((f or "", p, n) for p, n, f in base.groupBy("vitd_p").agg(F.count("*"), F.min("vitd_f")).collect())
    offsets, at = [], 1
    for _, p, n in parts:
        offsets += [F.lit(p), F.lit(at - (p << 33))]
        at += n
    files = {f: i for i, f in enumerate(sorted({f for f, _, _ in parts}))}
    if len(files) > 1:  # (a file's rank, not its path, before the subject: the query reads the subject stripped)
        rank = F.create_map(*[x for f, i in files.items() for x in (F.lit(f), F.lit(f"{i}\x1f"))])
        subject = F.concat(rank[F.col("vitd_f")], subject)
    row = F.create_map(*offsets)[F.col("vitd_p")] + F.col("vitd_m") if offsets else F.col("vitd_m")
    return base.select(*names, subject.alias(SUBJECT), date.alias(DATE), row.alias(ROW))


def _with_order(df, names: Sequence[str], role: Mapping[str, str]):  # type: ignore[no-untyped-def]
    """_numbered, and the query's Columns (`role`: role -> column)."""
    src = _numbered(df, names, role)
    given = {r: role[r] for r in (*ROLES, *LAB_ROLES) if r in role}
    return src, Columns(**given, subject=SUBJECT, date=DATE, row=ROW)  # type: ignore[arg-type]


def _identify_tests(spark, key_counts, keys: list[str], engine) -> None:  # type: ignore[no-untyped-def]
    """vitd_tests: the distinct tests of the data, identified in Python by the streaming engine's rules (few rows)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    named = test_keys(keys)
    rows = identify_tests(engine, named, (tuple(r) for r in key_counts.select(*named).distinct().collect()))
    schema = StructType([StructField(c, StringType()) for c in (*named, *TESTS_COLUMNS)])
    F.broadcast(spark.createDataFrame(rows, schema).coalesce(1)).createOrReplaceTempView("vitd_tests")


def _counts(cls, key_counts, keys: list[str]) -> tuple[Counts, bool]:  # type: ignore[no-untyped-def]
    """The row accounting, and whether some result is outside its normal band (--check)."""
    counts, abnormal = Counts(), False
    got = cls.join(key_counts, on=keys).groupBy("vitd_status", KIND_COLUMN, "vitd_flag").sum("n").collect()
    for status, kind, flag, n in got:
        counts.add_group(status, kind, int(n))
        abnormal = abnormal or (status == "interpreted" and flag != "normal")
    return counts, abnormal


def first_skipped(df, row: str, status: str, kind: str, names: Sequence[str], engine) -> str:  # type: ignore[no-untyped-def]
    """'row 12: implausible value for calcium' (row_counts.skipped_where): the first skipped row of the output (by
    input row number), its reason kind, and its analyte as the streaming engine's `engine` reads the row's cells."""
    from pyspark.sql import functions as F

    got = df.where(F.col(status) == "skipped").orderBy(row).select(row, kind, *names).limit(1).collect()
    if not got:
        return ""
    number, why, *cells = got[0]
    o = engine.outcome(["" if c is None else str(c) for c in cells], "", int(number))
    return skipped_where(int(number), o, why)
