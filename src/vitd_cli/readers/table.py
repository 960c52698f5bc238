"""Table: an opened lab export, its header and then its records (cells and raw text), with what was learnt opening it
(delimiter, encoding, line ending) and the reading ahead the date order is decided from (prefetch)."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..errors import VitdError
from .encodings import Fallback
from .own_columns import OwnColumns


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
    # For the fastest loop (pipeline/row_loop.py): iterate `reader` (csv cells); `buf` then holds the raw lines of the record just
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
        return Fallback.count - self.fallback_start
