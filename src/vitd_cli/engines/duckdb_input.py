"""The DuckDB engine's input: what the file is (the plan's header facts; a Parquet file's columns), a quick
byte scan for what DuckDB would read differently from the streaming engine (EngineUnsupported: the caller uses the
streaming engine), and the SQL that reads the file's records."""

from __future__ import annotations

import codecs
import gzip
import os
import re
from dataclasses import dataclass

from ..pipeline.plan import Header

SCAN_CHUNK = 1 << 22
CSV_BUFFER = 1 << 22  # bytes DuckDB reads a CSV by (its default, 32 MiB a thread, would take most of memory_limit)


class EngineUnsupported(Exception):
    """This input or these options need the streaming Python engine (the message says why)."""


# ---------------------------------------------------------------- what DuckDB reads differently: a quick byte scan


@dataclass
class Scan:
    """What a byte scan of the file found."""

    refuse: str | None  # why DuckDB would read this file differently from the streaming engine (None: it would not)
    lines: int  # physical lines (a last line without its line break counted)
    free_byte: str | None  # a control character absent from the file (the raw-line reader's delimiter)
    present: frozenset[str] = frozenset()  # which of chr(1)..chr(4) the file holds
    delimiters: int = 0  # how many delimiter characters the file holds (quoted or not)


_FREE = [chr(c) for c in (1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20)]


def prescan(path: str, gzipped: bool, delimiter: str = ",") -> Scan:
    """NUL bytes (the streaming engine refuses them), the number of lines, and a control byte absent from the file.
    Blank lines and records spanning lines show later, as fewer records than lines (see blank_lines)."""
    lines, present, last, delimiters = 0, set(), b"", 0
    delim = delimiter.encode("utf-8")
    opener = gzip.open if gzipped else open
    with opener(path, "rb") as fh:  # type: ignore[operator]
        while True:
            chunk = fh.read(SCAN_CHUNK)
            if not chunk:
                break
            if b"\x00" in chunk:
                return Scan("the file holds NUL bytes", 0, None)
            seam = last + chunk  # a mark split across two chunks is seen too
            if seam.find(codecs.BOM_UTF8, 3 if not last and seam.startswith(codecs.BOM_UTF8) else 0) != -1:
                return Scan("a byte-order mark after the start of the file (concatenated exports), which the streaming engine drops", 0, None)
            lines += chunk.count(b"\n")
            delimiters += chunk.count(delim)
            for c in _FREE[:4]:
                if c not in present and c.encode() in chunk:
                    present.add(c)
            last = chunk[-2:]
    free = next((c for c in _FREE[:4] if c not in present), None)
    return Scan(None, lines + (bool(last) and not last.endswith(b"\n")), free, frozenset(present), delimiters)


def blank_lines(path: str, gzipped: bool) -> bool:
    """Does the file have a blank line (which DuckDB drops and the streaming engine counts as a skipped row)?"""
    import re

    pattern = re.compile(rb"\n\r?\n|\r\r")
    tail = b""
    opener = gzip.open if gzipped else open
    with opener(path, "rb") as fh:  # type: ignore[operator]
        while True:
            chunk = fh.read(SCAN_CHUNK)
            if not chunk:
                return False
            if pattern.search(tail + chunk):
                return True
            tail = chunk[-2:]


def _sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


_Input = Header  # the opened file's header facts (plan.Header: the plan reads a text table's once)


def parquet_header(path: str) -> Header:
    """A Parquet file's header facts (its columns, as DuckDB describes them)."""
    import duckdb

    con = duckdb.connect()
    try:
        header = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet({_sql_str(path)})").fetchall()]
    finally:
        con.close()
    return Header(os.path.basename(path), header, ",", "utf-8", False, "\n", "", [], False, True)


def _source(path: str, src: _Input, names: list[str]) -> str:
    """SQL: the input's records, every cell as VARCHAR, the columns named c0, c1, ..."""
    if src.parquet:
        cols = ", ".join(f"CAST({_ident(h)} AS VARCHAR) AS {n}" for h, n in zip(src.full_header or src.header, names))
        return f"(SELECT {cols} FROM read_parquet({_sql_str(path)}))"
    columns = "{" + ", ".join(f"'{n}': 'VARCHAR'" for n in names) + "}"
    return (f"read_csv({_sql_str(path)}, header = true, auto_detect = false, columns = {columns}, delim = {_sql_str(src.delimiter)}, "
            f"quote = '\"', escape = '\"', skip = {len(src.preamble)}, compression = '{'gzip' if src.gzipped else 'none'}', "
            f"strict_mode = true, null_padding = false, buffer_size = {CSV_BUFFER})")


def _insert_at(src: _Input) -> int:
    """Where vitd's columns go among the input's: after them all, or where vitd's own columns were (a file read again)."""
    return min(src.own.at, len(src.header)) if src.own is not None else len(src.header)


def _duckdb_reason(exc: Exception) -> str:
    """The first line of a DuckDB error, without what it quotes (a conversion error quotes the cell): it goes to stderr."""
    return _QUOTED.sub("'…'", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
