"""stderr and stdout as the CLI writes them: a closed, full or broken stderr loses a message but never changes the
outcome, and a stdout the shell closed (`>&-`) is a clear error on its first write."""

from __future__ import annotations

import io
from contextlib import suppress
from typing import TextIO

from ..errors import VitdError


class Lenient(io.TextIOBase):
    """stderr as vitd writes it: a closed, full or broken stderr loses the message but never changes the outcome."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            if self._stream is not None:
                self._stream.write(text)
        except (OSError, ValueError, UnicodeError):
            pass
        return len(text)

    def flush(self) -> None:
        with suppress(OSError, ValueError, AttributeError):
            if self._stream is not None:
                self._stream.flush()

    def isatty(self) -> bool:
        try:
            return self._stream is not None and self._stream.isatty()
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        if self._stream is None:
            raise OSError("stderr is closed")
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", None) or "utf-8"


def _stdout_closed() -> VitdError:
    return VitdError("stdout-closed", "standard output is closed: there is nowhere to write the output", "give -o FILE, or redirect it to a file")


class _ClosedBuffer(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
        raise _stdout_closed()


class ClosedStdout(io.TextIOWrapper):
    """Standard output when the shell closed it (`>&-`): the first write is a clear error; -o still works."""

    def __init__(self) -> None:
        super().__init__(io.BufferedWriter(_ClosedBuffer()), encoding="utf-8", write_through=True)

    def write(self, text: str) -> int:
        raise _stdout_closed()

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError("stdout is closed")
