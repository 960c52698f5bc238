"""The encoding of a lab export: a byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise UTF-16 without one is
recognised by its NUL bytes, and the first bytes are tried as strict UTF-8, else read as cp1252 (Windows Latin-1, what
spreadsheets write). No encoding detector is trusted. A later byte that is not UTF-8 in a file that began as UTF-8 is
read as cp1252 and counted (Fallback.count, the "vitd-cp1252" codec error handler). `--encoding` overrides all of this
(then invalid bytes are an error)."""

from __future__ import annotations

import codecs
import io

from ..errors import VitdError


class Fallback:
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


_CP1252 = Fallback.table()


def _utf8_else_cp1252(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    Fallback.count += 1
    return "".join(_CP1252[b] for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error("vitd-cp1252", _utf8_else_cp1252)


def choose_encoding(head: bytes, forced: str | None) -> tuple[str, str, bool]:
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
