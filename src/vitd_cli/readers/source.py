"""Open a lab export as a table of text cells: a path, '-' for stdin, gzip-compressed or not.

- Encoding: a byte-order mark decides (UTF-8, UTF-16); otherwise the first 64 KiB are tried as strict UTF-8, and if
  they are not UTF-8 the file is read as cp1252 (Windows Latin-1, what spreadsheets write). No encoding detector is
  trusted. A later byte that is not UTF-8 in a file that began as UTF-8 is read as cp1252 and counted.
  `encoding=` overrides all of this (then invalid bytes are an error).
- Delimiter: comma, semicolon, tab or pipe, sniffed from the first lines (the one that splits the header into the
  most columns and the rows into as many), or given. Excel's `sep=;` first line is honoured and kept.
- Guards: binary data (NUL bytes), zip/Excel workbooks, and lines longer than MAX_LINE_BYTES are clear errors, found
  while streaming (never by loading the file), so a 1 GB single line stops after MAX_LINE_BYTES.

Records are yielded with the raw text they were read from, so writers can copy the input byte for byte.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import itertools
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from ..errors import VitdError
from .own_columns import OwnColumns

MAX_LINE_BYTES = 8 << 20  # a physical line longer than this is not a lab export
SAMPLE_BYTES = 1 << 16
SNIFF_LINES = 50
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|", "|": "|", ",": ",", ";": ";", "\t": "\t"}
GZIP_MAGIC = b"\x1f\x8b"
_NOT_TEXT = {b"PK\x03\x04": "a zip archive (an .xlsx workbook is one)", b"\xd0\xcf\x11\xe0": "an old Excel/Office file (.xls)",
             b"%PDF": "a PDF document", b"BZh": "a bzip2 file", b"\xfd7zXZ": "an xz file", b"\x89PNG": "a PNG image"}

_NUL = b"\x00"

csv.field_size_limit(MAX_LINE_BYTES)


def _binary(name: str, at: int) -> VitdError:
    return VitdError("file-binary", f"{name} holds binary data (a NUL byte near byte {at:,}), not CSV/TSV text", "export the results as CSV or TSV text")


class _Fallback:
    """Codec error handlers: bytes that are not UTF-8 are read as cp1252 (and latin-1 for cp1252's five holes)."""

    count = 0

    @staticmethod
    def table() -> list[str]:
        out = []
        for b in range(256):
            try:
                out.append(bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(bytes([b]).decode("latin-1"))
        return out


_CP1252 = _Fallback.table()


def _utf8_else_cp1252(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _Fallback.count += 1
    return "".join(_CP1252[b] for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error("vitd-cp1252", _utf8_else_cp1252)


class _Guarded(io.RawIOBase):
    """The bytes of the input, checked as they stream past: no NUL bytes (binary data), no endless line."""

    def __init__(self, raw: BinaryIO, name: str, prefix: bytes = b"", check_nul: bool = True, max_line: int = MAX_LINE_BYTES) -> None:
        self._raw = raw
        self._name = name
        self._prefix = prefix
        self._check_nul = check_nul
        self._max_line = max_line
        self._since_newline = 0
        self.bytes_read = 0
        self._read = getattr(raw, "read1", raw.read)  # read1: what is there, so a slow pipe streams through

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        want = len(buffer)
        if self._prefix:
            data, self._prefix = self._prefix[:want], self._prefix[want:]
        else:
            try:
                data = self._read(want)
            except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
                raise VitdError("file-gzip", f"{self._name}: the gzip data is damaged or cut short ({exc})",
                                "check the download, or decompress it with gunzip to see how far it goes") from None
        n = len(data)
        if not n:
            return 0
        if self._check_nul and _NUL in data:
            raise _binary(self._name, self.bytes_read + data.index(_NUL))
        cut = max(data.rfind(b"\n"), data.rfind(b"\r"))  # a lone CR ends a line too (old Mac exports)
        self._since_newline = n - cut - 1 if cut >= 0 else self._since_newline + n
        if self._since_newline > self._max_line:
            raise VitdError("file-line-too-long", f"{self._name}: a line is longer than {self._max_line >> 20} MiB (near byte {self.bytes_read + n:,}): not a line-by-line CSV/TSV export",
                            "check that this is the right file; a lab export has one result or one subject a line")
        buffer[:n] = data
        self.bytes_read += n
        return n


@dataclass
class Table:
    """An opened export: its header, then (cells, raw text) for every record, in order."""

    name: str
    header: list[str]
    records: Iterator[tuple[list[str], str]]
    delimiter: str
    encoding: str
    bom: bool
    newline: str  # the header's line ending, used for lines vitd writes itself
    header_raw: str
    preamble: list[str] = field(default_factory=list)  # raw lines before the header (Excel's sep=;)
    gzipped: bool = False
    progress: Callable[[], float | None] = lambda: None  # fraction of the input read, when its size is known
    close: Callable[[], None] = lambda: None
    line: Callable[[], int] = lambda: 0  # the physical line the reader is at (for messages)
    # For the fastest loop (files.py): iterate `reader` (csv cells); `buf` then holds the raw lines of the record just
    # read (join them, then clear it); wrap the loop in `except (csv.Error, UnicodeDecodeError)` and raise translate(exc).
    reader: Iterator[list[str]] = iter(())
    buf: list[str] = field(default_factory=list)
    translate: Callable[[Exception], VitdError] = lambda exc: VitdError("file-malformed", str(exc))

    fallback_start: int = 0
    own: OwnColumns | None = None  # vitd's own output columns, dropped from header and reader (drop_own_columns)

    def drop_own_columns(self, own: OwnColumns) -> None:
        """An input vitd wrote: its vitd_* columns are left out of the header and of every record `reader` yields (the
        raw text keeps them: a writer writes such records from their cells)."""
        self.header = own.strip(list(self.header))
        self.reader = own.strip_rows(self.reader)
        self.own = own

    def prefetch(self, rows: int, max_bytes: int) -> list[list[str]]:
        """Read up to `rows` records (or `max_bytes` of their text) ahead, and return their cells; `reader`, `buf` and
        `line` then give them again, in order, before the rest (a malformed record met ahead is raised in its turn).
        The date order is decided from them (readers/dates.py) before a row is interpreted."""
        reader, buf, line = self.reader, self.buf, self.line
        got: list[tuple[list[str], str, int]] = []
        error: Exception | None = None
        size = 0
        try:
            for cells in reader:
                raw = buf[0] if len(buf) == 1 else "".join(buf)
                buf.clear()
                got.append((cells, raw, line()))
                size += len(raw)
                if len(got) >= rows or size >= max_bytes:
                    break
        except (csv.Error, UnicodeDecodeError) as exc:
            error = exc
        at: list[int | None] = [None]

        def again() -> Iterator[list[str]]:
            for cells, raw, n in got:
                buf.append(raw)
                at[0] = n
                yield cells
            got.clear()
            at[0] = None
            if error is not None:
                raise error

        # the rows after those read ahead come straight from the reader (itertools.chain: no Python frame per row);
        # after a malformed record nothing more is read, as before
        self.reader = again() if error is not None else itertools.chain(again(), reader)
        self.line = lambda: at[0] if at[0] is not None else line()
        return [cells for cells, _, _ in got]

    @property
    def fallback_bytes(self) -> int:
        """Byte sequences that were not UTF-8 and were read as cp1252 since this table was opened."""
        return _Fallback.count - self.fallback_start


def delimiter_from_option(text: str | None) -> str | None:
    if text is None:
        return None
    d = DELIMITER_NAMES.get(text) or DELIMITER_NAMES.get(text.lower())
    if d is None:
        raise VitdError("option-invalid", f"--delimiter {text!r} is not a delimiter", "use comma, semicolon, tab or pipe (or the character itself)")
    return d


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


def _choose_encoding(head: bytes, forced: str | None) -> tuple[str, str, bool]:
    """(codec for TextIOWrapper, errors handler, had a BOM)."""
    if forced:
        try:
            name = codecs.lookup(forced).name
        except LookupError:
            raise VitdError("option-invalid", f"--encoding {forced!r} is not an encoding Python knows", "e.g. utf-8, cp1252, latin-1, utf-16") from None
        try:
            io.TextIOWrapper(io.BytesIO(), encoding=name)  # rot13, base64, zlib ... are codecs but not text encodings
        except LookupError:
            raise VitdError("option-invalid", f"--encoding {forced!r} is not a text encoding", "e.g. utf-8, cp1252, latin-1, utf-16") from None
        if name == "utf-8" and head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig", "strict", True
        return name, "strict", False
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", "vitd-cp1252", True
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00 starts with FF FE
        return "utf-32", "strict", True
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", "strict", True
    utf16 = _utf16_without_bom(head)
    if utf16:
        return utf16, "strict", False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8", "vitd-cp1252", False
    except UnicodeDecodeError:
        return "cp1252", "vitd-cp1252", False


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the bytes are UTF-16 text without a byte-order mark: mostly Latin text, so every
    other byte is NUL (the high byte of each character) and the bytes between them are not."""
    even, odd = head[0:len(head) & ~1:2], head[1:len(head) & ~1:2]
    if len(odd) < 2:
        return None
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.05 * len(other):
            return name
    return None


def _sniff(sample: str, hint: str | None) -> str:
    """The delimiter that splits the header into the most columns and the following rows into as many."""
    best, best_score = hint or ",", (-1.0, 0.0)
    complete = sample if sample.endswith("\n") else sample[: sample.rfind("\n") + 1] or sample
    for d in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(complete), delimiter=d) if r]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        if width < 2:
            continue
        same = sum(1 for r in rows[1:] if len(r) == width) / max(1, len(rows) - 1) if len(rows) > 1 else 1.0
        score = (same, width + (0.5 if d == hint else 0))
        if score > best_score:
            best, best_score = d, score
    return best


class Lookahead(io.RawIOBase):
    """A stream that cannot seek back (stdin, a named pipe, bash's <(...)) with look-ahead: peek(n) reads until it has
    n bytes or the input ends (a slow writer is waited for), and what was peeked is read again. So the format can be
    sniffed from the first bytes and the reader still gets every byte."""

    def __init__(self, raw: BinaryIO, close_raw: bool = True) -> None:
        self._raw = raw
        self._buf = b""
        self._close_raw = close_raw
        self._read = getattr(raw, "read1", raw.read)

    @property
    def raw(self) -> BinaryIO:
        return self._raw

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._raw.fileno()

    def peek(self, n: int = 1) -> bytes:
        while len(self._buf) < n:
            chunk = self._read(max(n - len(self._buf), 1 << 16))
            if not chunk:
                break
            self._buf += chunk
        return self._buf

    def read1(self, n: int = -1) -> bytes:
        if self._buf:
            n = len(self._buf) if n is None or n < 0 else n
            data, self._buf = self._buf[:n], self._buf[n:]
            return data
        return self._read(1 << 16 if n is None or n < 0 else n) or b""

    def read(self, n: int | None = -1) -> bytes:
        """n bytes, fewer only at the end of the input (as a buffered file reads)."""
        if n is None or n < 0:
            return self.readall()
        parts, got = [], 0
        while got < n:
            chunk = self.read1(n - got)
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
        return b"".join(parts)

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        data = self.read1(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed and self._close_raw:
            self._raw.close()
        super().close()


_streams: dict[str, Lookahead] = {}  # inputs that can be read once, by path: the sniffers and the reader share them


def _lookahead(path: str, opener: Callable[[], BinaryIO], close_raw: bool = True, raw: BinaryIO | None = None) -> Lookahead:
    stream = _streams.get(path)
    if stream is None or stream.closed or (raw is not None and stream.raw is not raw):
        stream = _streams[path] = Lookahead(opener(), close_raw)
    return stream


def stdin() -> Lookahead:
    """Standard input, with look-ahead (one shared stream, renewed if sys.stdin is replaced)."""
    return _lookahead("-", lambda: sys.stdin.buffer, close_raw=False, raw=sys.stdin.buffer)


def peek(path: str, n: int) -> bytes:
    """The first n bytes of the input (fewer if it is shorter), without using them up when it cannot be read twice;
    b"" when it cannot be opened (the reader gives the clear error)."""
    if path == "-":
        return stdin().peek(n)[:n]
    try:
        fh = open_file(path)
    except VitdError:
        return b""
    if isinstance(fh, Lookahead):  # shared with the reader, which closes it
        return fh.peek(n)[:n]
    try:
        return fh.read(n)
    except OSError:
        return b""
    finally:
        fh.close()


def open_file(path: str) -> BinaryIO:
    """The file at `path`, opened for reading bytes; VitdError (file-missing, file-unreadable) when it cannot be.
    A named pipe or <(...) is opened once and shared (a Lookahead): peek() it, and close it when done."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode) and not os.path.isdir(path):
            return _lookahead(path, lambda: open(path, "rb", buffering=0))  # type: ignore[return-value]
        return open(path, "rb")  # noqa: SIM115 - closed by the caller
    except FileNotFoundError:
        raise VitdError("file-missing", f"cannot read {path!r}: no such file", "give the path of an existing file, or - for stdin") from None
    except IsADirectoryError:
        raise VitdError("file-missing", f"cannot read {path!r}: it is a directory", "give the path of a CSV/TSV file") from None
    except OSError as exc:
        raise VitdError("file-unreadable", f"cannot read {path!r}: {exc.strerror}", "check the path and its permissions") from None


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
            inner = io.BufferedReader(_Guarded(raw, name, head, check_nul=False, max_line=1 << 62))  # type: ignore[arg-type]
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
    codec, errors, bom = _choose_encoding(head, encoding)
    check_nul = not codec.startswith("utf-16") and not codec.startswith("utf_16") and not codec.startswith("utf-32")
    if check_nul and _NUL in head:
        raise _binary(name, head.index(_NUL))
    fallback_start = _Fallback.count
    guard = _Guarded(stream, name, prefix, check_nul=check_nul, max_line=max_line)
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
    delim = forced or _sniff("".join(sample_lines), hint)
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
