"""What one run of `vitd interpret FILE` is to do, worked out once: the Plan every engine decides on and runs.

    options (FileOptions) -> build_plan: the input (path, kind, size, pipe), the settings, the column rules, --columns and
    --map, the panel window; for a text table the opened Table, its header facts (Header), its layout and its
    dictionary -> engines.choose_engine(plan) -> an engine's run(plan) -> FileRun

The streaming engine reads on from the Plan's open Table; the DuckDB engine takes the header facts, layout and
dictionary from it (and a Parquet file's from Plan.recognised); the Spark engine the settings and the column options.
So the set-up each engine did for itself (settings, columns, dictionary, the header read) is done once, and a hand-over
from DuckDB to the streaming engine reuses it. Nothing here imports duckdb or pyspark.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field, replace
from typing import IO, TYPE_CHECKING, Any, BinaryIO, TextIO

from ..config import DEFAULTS
from ..errors import VitdError
from ..readers.columns import (
    ColumnRules,
    LongLayout,
    WideLayout,
    detect_layout,
    find_column,
    load_columns,
    parse_columns_option,
    parse_map_option,
)
from ..readers.delimiters import delimiter_from_option
from ..readers.dictionary import Dictionary, find_dictionary, load_dictionary
from ..readers.own_columns import OwnColumns, find_own_columns
from ..readers.source import open_table
from ..readers.streams import peek
from ..readers.table import Table
from ..readers.values import parse_window

if TYPE_CHECKING:
    from ..interpret import Settings

INTEROP = ("fhir-json", "fhir-ndjson", "hl7")


@dataclass
class FileOptions:
    """Everything `vitd interpret FILE` can be told (the CLI options, one to one)."""

    fmt: str | None = None  # rich | json | ndjson | csv | tsv; None: rich on a terminal, else the input's own csv/tsv
    maps: list[str] = field(default_factory=list)  # COLUMN=analyte:unit
    columns: list[str] = field(default_factory=list)  # ROLE=HEADER,...
    dictionary: str | None = None
    delimiter: str | None = None
    encoding: str | None = None
    summary: bool = False
    strict: bool = False
    sanitize: bool = False
    panel_window: str = DEFAULTS["panel_window"]
    quiet: bool = False
    verbose: int = 0  # -v: stderr shows the notes that are details too (textsafe.DETAIL), not only their count
    output: str | None = None
    progress: bool | None = None  # None: on when stderr is a terminal and the input a file
    check: bool = False
    render: bool = True  # False: build the report without writing it (read_report)
    guideline: str | None = None
    schemes: dict[str, str] = field(default_factory=dict)
    ranges: list[str] = field(default_factory=list)
    age: float | None = None
    redact: bool = False  # subject identifiers replaced by a salted hash in every output
    redact_salt: str | None = None  # else $VITD_REDACT_SALT, else random per run
    tests_map: str | None = None  # a lab's own test names: CSV name,analyte or TOML [tests] (wins over tests.toml's rules)
    subjects: list[str] = field(default_factory=list)  # --subject: identifier columns (the first groups, as --columns subject=)
    all_subjects: bool = False  # --all-subjects: the HTML of a cohort (cohort.COHORT_SUBJECTS) lists every subject
    date_order: str | None = None  # --dayfirst / --monthfirst ("dayfirst", "monthfirst"); None: decided from the column (docs/dates.md)


@dataclass(frozen=True)
class Header:
    """The facts of an opened table's header, as every engine needs them (the DuckDB engine writes its output from them)."""

    name: str
    header: list[str]  # without vitd's own columns (an output read again)
    delimiter: str
    encoding: str
    bom: bool
    newline: str
    header_raw: str
    preamble: list[str]
    gzipped: bool
    parquet: bool
    full_header: list[str] | None = None  # the header as read, when vitd's own columns were left out of `header`
    own: OwnColumns | None = None  # vitd's own output columns in the input (its output read again)


@dataclass(frozen=True)
class Plan:
    """One run, decided once: the input, the options, what was read of it, the output, and the engine asked for."""

    path: str
    opts: FileOptions
    requested: str = "auto"  # --engine: auto | python | duckdb | spark (engines.choose_engine decides on the plan)
    kind: str = "table"  # table (CSV/TSV, .gz, stdin) | parquet | fhir-json | fhir-ndjson | hl7 | files (Spark's own reading)
    size: int | None = None  # bytes of a regular file
    is_pipe: bool = False  # stdin, a pipe or a terminal
    fmt: str | None = None  # the output format as the engines are asked for it (parquet by the -o name, rich on a terminal)
    settings: Settings | None = None
    rules: ColumnRules | None = None
    columns: dict[str, str] = field(default_factory=dict)  # --columns (and the first --subject)
    maps: Any = None  # --map, parsed
    window: Any = None  # --panel-window, parsed
    table: Table | None = None  # a text table, open after its header: the streaming engine reads on from it
    source: Header | None = None
    layout: LongLayout | WideLayout | None = None
    dictionary: Dictionary | None = None
    notes: tuple[str, ...] = ()  # what the set-up said (the dictionary found next to the file)
    stream: BinaryIO | None = None  # the CSV/TSV bytes to read instead of `path` (notebook.interpret_frame)
    stdout: IO[Any] | None = None
    stderr: TextIO | None = None
    spark_master: str | None = None
    partition_by: tuple[str, ...] = ()

    @property
    def interop(self) -> bool:
        return self.kind in INTEROP

    def close(self) -> None:
        if self.table is not None:
            self.table.close()

    def recognised(self, source: Header) -> Plan:
        """This plan with a header read by an engine itself (a Parquet file's): vitd's own columns, layout, dictionary."""
        assert self.settings is not None and self.rules is not None
        own = find_own_columns(source.header, self.settings.ref.analytes)
        if own is not None:
            source = replace(source, full_header=source.header, header=own.strip(list(source.header)), own=own)
        layout = _layout(self, source.header, source.name)
        notes: list[str] = []
        dictionary = dictionary_for(self.path, self.opts, layout, self.rules, notes)
        return replace(self, source=source, layout=layout, dictionary=dictionary, notes=tuple(notes))


def input_size(path: str) -> tuple[int | None, bool]:
    """(size in bytes of a regular file, or None; whether the input is a pipe, a terminal or stdin)."""
    if path == "-":
        return None, True
    try:
        st = os.stat(path)
    except OSError:
        return None, False
    if not stat.S_ISREG(st.st_mode):
        return None, True
    return st.st_size, False


def file_columns(opts: FileOptions) -> dict[str, str]:
    """--columns ROLE=HEADER, with the first --subject as the subject column unless --columns names one."""
    columns = parse_columns_option(opts.columns)
    if opts.subjects:
        columns.setdefault("subject", opts.subjects[0])
    return columns


def build_plan(path: str, opts: FileOptions | None = None, requested: str = "auto", *, stdout: IO[Any] | None = None,
               stderr: TextIO | None = None, stream: BinaryIO | None = None, spark_master: str | None = None,
               partition_by: list[str] | tuple[str, ...] | None = None) -> Plan:
    """The plan of `vitd interpret FILE`: everything read and decided before an engine runs, in the order the streaming
    engine always did it (so an input error is the same error whichever engine is asked for). Raises VitdError.
    A text table is left open after its header (close the plan when done)."""
    from ..interpret import settings as make_settings
    from .interop_files import check_interop_options, sniff_path

    opts = opts or FileOptions()
    size, is_pipe = (None, False) if stream is not None else input_size(path)
    fmt = opts.fmt
    if fmt is None and opts.output and opts.output.lower().endswith(".parquet"):
        fmt = "parquet"
    if fmt is None and requested in ("auto", "duckdb") and not opts.output and (stdout or sys.stdout).isatty():
        fmt = "rich"
    base = Plan(path, opts, requested, "table", size, is_pipe, fmt, stream=stream, stdout=stdout, stderr=stderr,
                spark_master=spark_master, partition_by=tuple(partition_by or ()))
    if requested == "spark":  # files or folders, read by Spark itself
        s = make_settings(opts.guideline, opts.schemes, opts.ranges, opts.age, opts.tests_map)
        return replace(base, kind="files", settings=s, rules=load_columns(), columns=file_columns(opts))
    kind = sniff_path(path) if stream is None else None
    if kind is not None:  # FHIR JSON/NDJSON or HL7 v2: the records say whose each result is
        check_interop_options(kind, opts)
        s = make_settings(opts.guideline, opts.schemes, opts.ranges, opts.age, opts.tests_map)
        return replace(base, kind=kind, settings=s)
    if stream is None and path != "-" and peek(path, 4) == b"PAR1":
        s = make_settings(opts.guideline, opts.schemes, opts.ranges, opts.age, opts.tests_map)
        return replace(base, kind="parquet", settings=s, rules=load_columns(), columns=file_columns(opts),
                       maps=parse_map_option(opts.maps, s.ref), window=parse_window(opts.panel_window))
    s = make_settings(opts.guideline, opts.schemes, opts.ranges, opts.age, opts.tests_map)
    rules = load_columns()
    plan = replace(base, settings=s, rules=rules, maps=parse_map_option(opts.maps, s.ref), columns=file_columns(opts),
                   window=parse_window(opts.panel_window))
    table = open_table(path, encoding=opts.encoding, delimiter=delimiter_from_option(opts.delimiter), data=stream)
    try:
        full = list(table.header)
        own = find_own_columns(table.header, s.ref.analytes)
        if own is not None:  # vitd's output read again: its vitd_* columns are replaced, not appended twice
            table.drop_own_columns(own)
        for h in opts.subjects:
            find_column(table.header, h, "--subject")  # (an unknown one is named as --subject, not as --columns subject=)
        layout = _layout(plan, table.header, table.name)
        if opts.redact:  # --redact: no identifier column at all is an error (it would silently hide nothing)
            from ..readers.columns import identifier_columns

            if not identifier_columns(layout, rules, opts.subjects):
                raise VitdError("redact-no-identifier", "--redact found no identifier column (subject, patient id, name, MRN, date of birth ...) "
                                "in the header, so it would hide nothing", "name the column(s) with --subject COLUMN, or drop --redact")
        notes: list[str] = []
        dictionary = dictionary_for(path, opts, layout, rules, notes)
    except BaseException:
        table.close()
        raise
    source = Header(table.name, table.header, table.delimiter, table.encoding, table.bom, table.newline, table.header_raw,
                    list(table.preamble), table.gzipped, False, full if own is not None else None, own)
    return replace(plan, table=table, source=source, layout=layout, dictionary=dictionary, notes=tuple(notes))


def _layout(plan: Plan, header: list[str], name: str) -> LongLayout | WideLayout:
    assert plan.settings is not None and plan.rules is not None
    return detect_layout(header, plan.rules, plan.settings.ref, plan.columns, plan.maps, name=name)


def dictionary_for(path: str, opts: FileOptions, layout: LongLayout | object, rules: ColumnRules, notes: list[str]) -> Dictionary | None:
    """The --dictionary of a layout with a test-id column (or the one found next to the file, said in `notes`)."""
    if not isinstance(layout, LongLayout) or "item" not in layout.cols:
        if opts.dictionary:
            raise VitdError("option-conflict", f"--dictionary was given, but {path} has no test-id column (such as ITEMID) to look up",
                            "name it with --columns item=HEADER, or drop --dictionary")
        return None
    dpath = opts.dictionary
    if dpath is None:
        dpath = find_dictionary(path)
        if dpath is not None:
            shown = os.path.basename(dpath) if opts.redact else dpath  # --redact: no path (it names the input's folder)
            notes.append(f"test ids looked up in {shown}, found next to the file (give --dictionary to choose another)")
    if dpath is None:
        if "analyte" in layout.cols or "code" in layout.cols:
            return None
        item = layout.header[layout.cols["item"]]
        raise VitdError("dictionary-missing", f"{path} names its tests by id ({item}) only: vitd needs the dictionary of those ids",
                        "give it with --dictionary, e.g. --dictionary D_LABITEMS.csv for MIMIC")
    return load_dictionary(dpath, rules, opts.encoding)
