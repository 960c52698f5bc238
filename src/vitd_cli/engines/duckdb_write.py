"""The last scan of the DuckDB engine: the input's lines (or cells) joined by position to the side file, written as
CSV/TSV (after the streaming engine's preamble, BOM and header; to a file, a gzip file or a stream) or as Parquet."""

from __future__ import annotations

import codecs
import gzip
import io
import os
import shutil
import sys
import threading
from collections.abc import Callable
from typing import IO, Any

from ..errors import VitdError
from ..pipeline.plan import FileOptions
from .duckdb_input import CSV_BUFFER, _duckdb_reason, _ident, _Input, _insert_at, _sql_str
from .sql_columns import OUTPUT_COLUMNS, dedupe_names
from .sqltext import neutralised


class _Sink:
    """Where the bytes go: a binary stream (stdout's buffer, a file, a gzip file), or a text stream (tests)."""

    def __init__(self, stream: IO[Any]) -> None:
        self.stream = stream
        self.binary = not isinstance(stream, io.TextIOBase) and "b" in getattr(stream, "mode", "b")
        self.decoder = None if self.binary else codecs.getincrementaldecoder("utf-8")()

    def write(self, data: bytes) -> None:
        if self.binary:
            self.stream.write(data)
        else:
            assert self.decoder is not None
            self.stream.write(self.decoder.decode(data))

    def flush(self) -> None:
        self.stream.flush()


def _pump(run: Callable[[str], None], sink: _Sink) -> None:
    """Run `run(path)` (a DuckDB COPY ... TO path) in a thread writing into a pipe, and copy the pipe into sink."""
    r, w = os.pipe()
    error: list[BaseException] = []

    def target() -> None:
        try:
            run(f"/dev/fd/{w}")
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            error.append(exc)
        finally:
            os.close(w)

    t = threading.Thread(target=target, daemon=True)
    t.start()
    try:
        while True:
            data = os.read(r, 1 << 20)
            if not data:
                break
            sink.write(data)
    finally:
        os.close(r)
        t.join()
    if error:
        raise error[0]


def _lines_select(path: str, src: _Input, names: list[str], side: str, other: str, free: str, exact_fields: bool) -> tuple[str, str]:
    """The last scan, when the output keeps the input's delimiter and each record is a line: each line as read (or
    written anew when it has extra empty fields) followed by its side-file text. Returns the query and COPY options."""
    side_src = (f"read_csv({_sql_str(side)}, header = false, auto_detect = false, columns = {{'m': 'VARCHAR', 's': 'VARCHAR'}}, "
                f"delim = chr(1), quote = '', escape = '', null_padding = true, strict_mode = true, buffer_size = {CSV_BUFFER})")
    lines = (f"read_csv({_sql_str(path)}, header = false, auto_detect = false, columns = {{'line': 'VARCHAR'}}, "
             f"delim = {_sql_str(free)}, quote = '', escape = '', skip = {len(src.preamble) + 1}, "
             f"compression = '{'gzip' if src.gzipped else 'none'}', strict_mode = true, buffer_size = {CSV_BUFFER})")
    line = "r.line" if exact_fields else _line_as_read(len(names), src.delimiter, names)
    select = (f"SELECT {line} || CASE WHEN t.m = '1' THEN t.s ELSE {_sql_str(other)} END FROM {lines} AS r "
              + ("" if exact_fields else "POSITIONAL JOIN vitd_src ") + f"POSITIONAL JOIN {side_src} AS t")
    return select, f"HEADER false, QUOTE '', ESCAPE '', DELIMITER {_sql_str(free)}"


def _cells_select(src: _Input, names: list[str], side: str, fmt: str, delim: str, sanitize: bool) -> tuple[str, str]:
    """The last scan otherwise (Parquet, another delimiter, --sanitize, records spanning lines): the input's cells and
    the eleven vitd cells of the side file. Returns the query and COPY options."""
    types = ", ".join(f"'{c}': 'VARCHAR'" for c in ("m", *OUTPUT_COLUMNS))
    side_src = (f"read_csv({_sql_str(side)}, header = false, auto_detect = false, columns = {{{types}}}, "
                f"delim = chr(1), quote = '', escape = '', null_padding = true, strict_mode = true, buffer_size = {CSV_BUFFER})")
    out_names = dedupe_names(src.header) if fmt == "parquet" else names
    originals = [(neutralised(n) if sanitize else n) + f" AS {_ident(o)}" for n, o in zip(names, out_names)]
    vitd = [f"CASE WHEN t.m = '1' THEN t.{c} ELSE {_sql_str('other_test') if c == 'vitd_status' else 'NULL'} END AS {c}"
            for c in OUTPUT_COLUMNS]
    at = _insert_at(src)
    select = f"SELECT {', '.join([*originals[:at], *vitd, *originals[at:]])} FROM vitd_src POSITIONAL JOIN {side_src} AS t"
    return select, f"HEADER false, DELIMITER {_sql_str(delim)}, QUOTE '\"', ESCAPE '\"'"


def _write(con, select: str, copy_options: str, src: _Input, fmt: str, delim: str, opts: FileOptions,  # type: ignore[no-untyped-def]
           stdout: IO[Any] | None, scratch: str, extra: list[str] | None = None) -> None:
    """The last scan: the output written as Parquet, or as CSV/TSV after the streaming engine's preamble and header
    (`extra`: the names of vitd's columns in it; the long layout's by default)."""
    import duckdb

    try:
        if fmt == "parquet":
            assert opts.output
            con.execute(f"COPY ({select}) TO {_sql_str(opts.output)} (FORMAT parquet)")
        else:
            _write_csv(con, select, copy_options, src, delim, opts, stdout, scratch, extra)
    except duckdb.Error as exc:  # output has begun: no handing over to the streaming engine now (it would write twice)
        raise VitdError("engine-failed", f"DuckDB stopped while writing the output ({_duckdb_reason(exc)})",
                        "run it again with --engine python") from None


def _line_as_read(width: int, delimiter: str, names: list[str]) -> str:
    """SQL: the record's line as read (r.line) when it holds exactly the header's fields; else (extra empty fields, which
    both engines drop) its cells written anew, as the streaming engine's csv.writer writes them."""
    d = _sql_str(delimiter)

    def fields(x: str) -> str:
        return f"(length({x}) - length(replace({x}, {d}, '')))"

    anew = f" || {d} || ".join(_csv_cell(f"COALESCE({n}, '')", delimiter) for n in names)
    unquoted = "regexp_replace(r.line, '\"[^\"]*\"', '', 'g')"
    # extra fields are empty (DuckDB refuses others), so only a line ending in the delimiter (or "") can have any
    return (f"(CASE WHEN NOT ends_with(r.line, {d}) AND NOT ends_with(r.line, '\"\"') THEN r.line "
            f"WHEN {fields('r.line')} = {width - 1} THEN r.line "
            f"WHEN strpos(r.line, '\"') > 0 AND {fields(unquoted)} = {width - 1} THEN r.line ELSE {anew} END)")


def _csv_cell(col: str, delim: str) -> str:
    """render/table_out.TableWriter._cell in SQL: quoted when it holds the delimiter, a quote or a line break."""
    return (f"CASE WHEN contains({col}, {_sql_str(delim)}) OR contains({col}, '\"') OR contains({col}, chr(10)) "
            f"OR contains({col}, chr(13)) THEN '\"' || replace({col}, '\"', '\"\"') || '\"' ELSE {col} END")


def _write_csv(con, select: str, copy_options: str, src: _Input, delim: str, opts: FileOptions,  # type: ignore[no-untyped-def]
               stdout: IO[Any] | None, scratch: str, extra: list[str] | None = None) -> None:
    """The preamble, BOM and header as the streaming engine writes them, then DuckDB's rows, into the output."""
    import csv

    extra = list(extra or OUTPUT_COLUMNS)
    if src.header_raw and delim == src.delimiter and not opts.sanitize and src.own is None:
        body = src.header_raw.rstrip("\r\n")
        header = body + delim + delim.join(extra) + (src.header_raw[len(body):] or src.newline)
    else:
        buf = io.StringIO()
        at = _insert_at(src)
        csv.writer(buf, delimiter=delim, lineterminator=src.newline).writerow([*src.header[:at], *extra, *src.header[at:]])
        header = buf.getvalue()
    prefix = ("\ufeff" if src.bom else "") + "".join(src.preamble) + header
    newline = "\\r\\n" if src.newline == "\r\n" else "\\n"
    gz = bool(opts.output and opts.output.endswith(".gz"))

    def copy(path: str) -> None:
        con.execute(f"COPY ({select}) TO {_sql_str(path)} (FORMAT csv, {copy_options}, NEW_LINE E'{newline}'{', COMPRESSION gzip' if gz else ''})")

    if opts.output:
        try:
            fh: IO[bytes] = open(opts.output, "wb")  # noqa: SIM115
        except OSError as exc:
            raise VitdError("output-unwritable", f"cannot write {opts.output!r}: {exc.strerror}", "check the path and its permissions") from None
        with fh:
            head = prefix.encode("utf-8")
            if not gz:
                fh.write(head)
                fh.flush()
                _pump(copy, _Sink(fh))
                return
            # DuckDB compresses only what it writes to a file: the rows go to a .gz in the run's scratch folder, and the
            # output is the header as a gzip member of its own followed by those rows (a gzip file may hold several)
            rows_gz = os.path.join(scratch, "rows.csv.gz")
            copy(rows_gz)
            fh.write(gzip.compress(head))
            with open(rows_gz, "rb") as rows:
                shutil.copyfileobj(rows, fh, 1 << 20)
        return
    out = stdout if stdout is not None else getattr(sys.stdout, "buffer", sys.stdout)
    sink = _Sink(out)
    sink.write(prefix.encode("utf-8"))
    sink.flush()
    try:
        _pump(copy, sink)
        sink.flush()
    except BrokenPipeError:
        pass
