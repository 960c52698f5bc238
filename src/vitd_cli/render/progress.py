"""A one-line progress bar on stderr for long files (only on a terminal; never in pipes). Plain text, no Rich."""

from __future__ import annotations

import time
from typing import TextIO

from ..textsafe import visible


class Progress:
    def __init__(self, err: TextIO, name: str, delay: float = 1.0) -> None:
        self.err = err
        self.name = visible(name)  # a path as typed: shown, its control characters not obeyed
        self.start = time.monotonic()
        self.delay = delay  # nothing is drawn for files read faster than this
        self.drawn = False

    def update(self, fraction: float | None, rows: int) -> None:
        elapsed = time.monotonic() - self.start
        if elapsed < self.delay:
            return
        rate = rows / elapsed if elapsed else 0.0
        if fraction is not None:
            width = 24
            done = int(width * fraction)
            bar = "#" * done + "-" * (width - done)
            text = f"vitd: {self.name} [{bar}] {fraction:4.0%}  {rows:,} rows  {rate:,.0f} rows/s"
        else:
            text = f"vitd: {self.name}  {rows:,} rows  {rate:,.0f} rows/s"
        self.err.write("\r" + text[:119] + "\x1b[K")
        self.err.flush()
        self.drawn = True

    def done(self) -> None:
        if self.drawn:
            self.err.write("\r\x1b[K")
            self.err.flush()
