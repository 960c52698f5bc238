"""The part both row writers (CSV/TSV and NDJSON) share: rows are collected as text and written in batches."""

from __future__ import annotations

from typing import TextIO


class BufferedWriter:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.parts: list[str] = []  # written out by drain() (the caller drains every few thousand rows)
        self.write_text = self.parts.append

    def drain(self) -> None:
        if self.parts:
            self.out.write("".join(self.parts))
            self.parts.clear()

    def close(self) -> None:
        self.drain()
        self.out.flush()
