"""Open a lab export as a table of text cells: a path, '-' for stdin, gzip-compressed or not.

- Encoding: a byte-order mark decides (UTF-8, UTF-16); otherwise the first 64 KiB are tried as strict UTF-8, and if
  they are not UTF-8 the file is read as cp1252 (Windows Latin-1, what spreadsheets write). No encoding detector is
  trusted. A later byte that is not UTF-8 in a file that began as UTF-8 is read as cp1252 and counted.
  `encoding=` overrides all of this (then invalid bytes are an error).
- Delimiter: comma, semicolon, tab or pipe, sniffed from the first lines (the one that splits the header into the
  most columns and the rows into as many), or given. Excel's `sep=;` first line is honoured and kept.
- Guards: binary data (NUL bytes), zip/Excel workbooks, and lines longer than MAX_LINE_BYTES are clear errors, found
  while streaming (never by loading the file), so a 1 GB single line stops after MAX_LINE_BYTES.

The parts: streams (opening, stdin, peeking, the guard on the bytes), encodings, delimiters, table (the Table type).
Records are yielded with the raw text they were read from, so writers can copy the input byte for byte.
"""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import os
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import VitdError
from .delimiters import sniff_delimiter
from .encodings import Fallback, choose_encoding
from .streams import NUL, Guarded, binary_error, open_file, stdin
from .table import Table

MAX_LINE_BYTES = 8 << 20  # a physical line longer than this is not a lab export
SAMPLE_BYTES = 1 << 16
SNIFF_LINES = 50
GZIP_MAGIC = b"\x1f\x8b"
_NOT_TEXT = {b"PK\x03\x04": "a zip archive (an .xlsx workbook is one)", b"\xd0\xcf\x11\xe0": "an old Excel/Office file (.xls)",
             b"%PDF": "a PDF document", b"BZh": "a bzip2 file", b"\xfd7zXZ": "an xz file", b"\x89PNG": "a PNG image"}

csv.field_size_limit(MAX_LINE_BYTES)


def _read_some(f: BinaryIO, n: int) -> bytes:
    """Up to n bytes, or fewer once SNIFF_LINES lines are in (a slow pipe is not waited on for all n)."""
    read = getattr(f, "read1", f.read)
    parts, got, lines = [], 0, 0
    while got < n and lines <= SNIFF_LINES:
        chunk = read(n - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
        lines += chunk.count(b"\n")
    return b"".join(parts)


def open_table(path: str, *, encoding: str | None = None, delimiter: str | None = None, max_line: int = MAX_LINE_BYTES,
               data: BinaryIO | None = None) -> Table:
    """Open `path` ('-' for stdin; or read `data`, which `path` then names) and read its header. Raises VitdError for
    anything that is not a text table."""
    name = "<stdin>" if path == "-" else path
    size: int | None = None
    if data is not None:  # bytes in memory (notebook.interpret_frame): nothing on disk
        raw: BinaryIO = data
    elif path == "-":
        raw = stdin()  # type: ignore[assignment]
    else:
        raw = open_file(path)  # closed by Table.close
        try:
            size = os.fstat(raw.fileno()).st_size or None
        except OSError:
            size = None
    outer = raw
    head = _read_some(raw, SAMPLE_BYTES)
    gzipped = head.startswith(GZIP_MAGIC)
    stream: BinaryIO = raw
    prefix = head
    if gzipped:
        if raw.seekable():
            raw.seek(0)
            inner = raw
        else:
            inner = io.BufferedReader(Guarded(raw, name, head, check_nul=False, max_line=1 << 62))  # type: ignore[arg-type]
        stream = gzip.GzipFile(fileobj=inner, mode="rb")  # type: ignore[assignment]
        try:
            head = _read_some(stream, SAMPLE_BYTES)
        except (EOFError, OSError, zlib.error) as exc:
            raise VitdError("file-gzip", f"{name}: not readable as gzip ({exc})", "check the file; vitd reads plain or .gz CSV/TSV") from None
        prefix = head
    elif raw.seekable():
        raw.seek(0)
        prefix = b""
    for magic, what in _NOT_TEXT.items():
        if head.startswith(magic):
            raise VitdError("file-not-text", f"{name} is {what}, not a CSV/TSV text file", "save or export the results as CSV (comma- or semicolon-separated) or TSV")
    if not head.strip(b" \t\r\n\xef\xbb\xbf"):
        raise VitdError("file-empty", f"{name} is empty: no header and no rows", "give a CSV/TSV export with a header line")
    codec, errors, bom = choose_encoding(head, encoding)
    check_nul = not codec.startswith("utf-16") and not codec.startswith("utf_16") and not codec.startswith("utf-32")
    if check_nul and NUL in head:
        raise binary_error(name, head.index(NUL))
    fallback_start = Fallback.count
    guard = Guarded(stream, name, prefix, check_nul=check_nul, max_line=max_line)
    text = io.TextIOWrapper(io.BufferedReader(guard, buffer_size=1 << 16), encoding=codec, errors=errors, newline="")

    def progress() -> float | None:
        if not size:
            return None
        try:
            return min(1.0, outer.tell() / size) if gzipped else min(1.0, guard.bytes_read / size)
        except (OSError, ValueError):
            return None

    def close() -> None:
        if path != "-":
            outer.close()

    try:
        sample_lines: list[str] = []
        got = 0
        while len(sample_lines) < SNIFF_LINES and got < SAMPLE_BYTES:
            line = text.readline()
            if not line:
                break
            sample_lines.append(line)
            got += len(line)
    except UnicodeDecodeError as exc:
        raise VitdError("file-encoding", f"{name} is not valid {codec}: {exc.reason} at byte {exc.start}", "give the right --encoding (e.g. cp1252, latin-1, utf-8)") from None
    except UnicodeError as exc:  # e.g. utf-16 without a byte-order mark
        raise VitdError("file-encoding", f"{name} is not readable as {codec}: {exc}", "give the right --encoding (e.g. utf-16-le, cp1252, utf-8)") from None
    preamble: list[str] = []
    forced = delimiter
    if sample_lines and sample_lines[0].strip().lower().startswith("sep=") and len(sample_lines[0].strip()) == 5:
        forced = forced or sample_lines[0].strip()[4]
        preamble.append(sample_lines.pop(0))
    hint = "\t" if path.lower().removesuffix(".gz").endswith((".tsv", ".tab")) else None
    delim = forced or sniff_delimiter("".join(sample_lines), hint)
    buf: list[str] = []

    def lines() -> Iterator[str]:
        """The physical lines for the csv reader (`buf` keeps them as read). A U+FEFF byte-order mark that concatenated
        exports leave at the start of a line or a cell is not part of the text: it is dropped, so '\ufeffCalcium' is
        Calcium."""
        append = buf.append
        size = 0  # the record's text so far: a quoted field keeps a record going over many lines
        for line in itertools.chain(sample_lines, text):
            if buf:
                size += len(line)
                if size > max_line:
                    raise VitdError("file-record-too-long", f"{name}: a record is longer than {max_line >> 20} MiB (from line {reader.line_num + 1 - len(buf):,}): "
                                    "not a line-by-line CSV/TSV export", "check the quoting: a double quote that is never closed makes the rest of the file one field")
            else:
                size = len(line)
            append(line)
            if "\ufeff" in line:
                line = line.removeprefix("\ufeff").replace(delim + "\ufeff", delim)
            yield line

    reader = csv.reader(lines(), delimiter=delim, quotechar='"', doublequote=True, strict=False)

    def translate(exc: Exception) -> VitdError:
        if isinstance(exc, UnicodeDecodeError):
            return VitdError("file-encoding", f"{name}, line {reader.line_num + 1}: not valid {codec} ({exc.reason})",
                             "give the right --encoding (e.g. cp1252, latin-1, utf-8)")
        return VitdError("file-malformed", f"{name}, line {reader.line_num}: {exc}", "check the quoting near that line, or the --delimiter")

    def records() -> Iterator[tuple[list[str], str]]:
        try:
            for cells in reader:
                raw_text = buf[0] if len(buf) == 1 else "".join(buf)
                buf.clear()
                yield cells, raw_text
        except (csv.Error, UnicodeDecodeError) as exc:
            raise translate(exc) from None

    it = records()
    header: list[str] | None = None
    header_raw = ""
    for cells, raw_text in it:
        if any(c.strip() for c in cells):
            header, header_raw = cells, raw_text
            break
        preamble.append(raw_text)
    if header is None:
        raise VitdError("file-empty", f"{name} has no header line", "give a CSV/TSV export with a header line")
    header = [h.strip().lstrip("\ufeff") for h in header]
    newline = "\r\n" if header_raw.endswith("\r\n") else "\r" if header_raw.endswith("\r") else "\n"
    return Table(fallback_start=fallback_start, name=name, header=header, records=it, delimiter=delim, encoding=codec, bom=bom, newline=newline,
                 header_raw=header_raw, preamble=preamble, gzipped=gzipped, progress=progress, close=close,
                 line=lambda: reader.line_num, reader=reader, buf=buf, translate=translate)
