"""The bytes of an input: a file opened (a named pipe or <(...) once, shared), stdin, peeked at without being used
up (Lookahead), and checked as they stream past (Guarded: no NUL bytes, no endless line, gzip damage named)."""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Callable
from typing import BinaryIO

from ..errors import VitdError

NUL = b"\x00"


def binary_error(name: str, at: int) -> VitdError:
    """The error for an input that holds a NUL byte at byte `at`."""
    return VitdError("file-binary", f"{name} holds binary data (a NUL byte near byte {at:,}), not CSV/TSV text", "export the results as CSV or TSV text")


class Guarded(io.RawIOBase):
    """The bytes of the input, checked as they stream past: no NUL bytes (binary data), no endless line."""

    def __init__(self, raw: BinaryIO, name: str, prefix: bytes = b"", check_nul: bool = True, *, max_line: int) -> None:
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
        if self._check_nul and NUL in data:
            raise binary_error(self._name, self.bytes_read + data.index(NUL))
        cut = max(data.rfind(b"\n"), data.rfind(b"\r"))  # a lone CR ends a line too (old Mac exports)
        self._since_newline = n - cut - 1 if cut >= 0 else self._since_newline + n
        if self._since_newline > self._max_line:
            raise VitdError("file-line-too-long", f"{self._name}: a line is longer than {self._max_line >> 20} MiB (near byte {self.bytes_read + n:,}): not a line-by-line CSV/TSV export",
                            "check that this is the right file; a lab export has one result or one subject a line")
        buffer[:n] = data
        self.bytes_read += n
        return n


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
