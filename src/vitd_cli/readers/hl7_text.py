"""HL7 v2 text, below the meaning of any segment: the bytes decoded (the MSH-18 character set, else UTF-8, else
cp1252), split into segments at CR, LF or CRLF (MLLP framing and batch headers tolerated) a chunk at a time, each
segment's fields, components and repetitions under the separators its message's MSH declares, and the escape
sequences decoded. readers/hl7.py reads the results out of them."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import VitdError

_CHUNK = 1 << 20  # decoded and split at a time
_SEGMENT_END = re.compile(r"\r\n|\r|\n")
_MLLP_END = re.compile(r"([\r\n]?)\x1c\r?\n?")
_MLLP_START = re.compile(r"([\r\n]?)\x0b")
_ORDINARY = re.compile("[^\r\n\x1c\x0b]{2}")
_ORDINARY_BYTES = re.compile(b"[^\r\n\x1c\x0b]{2}")
_SEGMENT_ID = re.compile(r"^[A-Z][A-Z0-9]{2}$")


@dataclass(slots=True)
class Encoding:
    field: str = "|"
    component: str = "^"
    repetition: str = "~"
    escape: str = "\\"
    subcomponent: str = "&"
    truncation: str = ""
    _pattern: re.Pattern[str] | None = None

    def unescape(self, text: str) -> str:
        esc = self.escape
        if not esc or esc not in text:
            return text
        if self._pattern is None:
            self._pattern = re.compile(re.escape(esc) + r"([^" + re.escape(esc) + r"\r\n]{1,64})" + re.escape(esc))
        return self._pattern.sub(self._escape, text)

    def _escape(self, m: re.Match[str]) -> str:
        code = m.group(1)
        simple = {"F": self.field, "S": self.component, "T": self.subcomponent, "R": self.repetition, "E": self.escape, "P": self.truncation}
        if code in simple:
            return simple[code]
        if code == ".br":
            return "\n"
        head, body = code[0], code[1:]
        if head == "X" and body and len(body) % 2 == 0 and _is_hex(body):
            raw = bytes.fromhex(body)
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                return raw.decode("latin-1")
        if head == "Z" and 2 <= len(body) <= 6 and _is_hex(body):
            try:
                return chr(int(body, 16))
            except ValueError:
                return ""
        return ""  # \H\ \N\ highlighting, \Cxxyy\ \Mxxyyzz\ character-set switches, .sp .in .ti .sk .ce formatting

    def components(self, value: str) -> list[str]:
        """The components of the first repetition, unescaped (subcomponents kept, joined by a space)."""
        first = value.split(self.repetition, 1)[0] if self.repetition else value
        out = []
        for comp in first.split(self.component):
            subs = comp.split(self.subcomponent) if self.subcomponent else [comp]
            out.append(" ".join(self.unescape(s) for s in subs if s).strip())
        return out


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in text)


@dataclass(slots=True)
class Segment:
    name: str
    fields: list[str]  # fields[n] is SEG-n (for MSH too: fields[1] is MSH-1, the field separator)
    line: int

    def get(self, n: int) -> str:
        return self.fields[n] if n < len(self.fields) else ""


@dataclass(slots=True)
class Message:
    number: int
    enc: Encoding
    segments: list[Segment] = field(default_factory=list)


def pick_codec(data: bytes, start: int) -> tuple[str, str | None]:
    """UTF-8 when the whole input is (checked a chunk at a time: no decoded copy is kept), else ISO 8859-1, with a note."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for pos in range(start, len(data), _CHUNK):
            decoder.decode(view[pos:pos + _CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "latin-1", "the file is not UTF-8: read as ISO 8859-1"
    finally:
        view.release()
    return "utf-8", None


def split_lines(data: bytes | str, start: int, codec: str | None) -> Iterator[str]:
    """The input's lines (segments), decoded with `codec` (bytes) and with the MLLP framing dropped, one chunk of about
    _CHUNK at a time. A chunk ends between two characters that are neither CR, LF, FS nor VT, so no MLLP frame or CRLF is
    cut in two (each is made of those alone): the result is that of splitting the whole text at once."""
    ordinary: Any = _ORDINARY_BYTES if isinstance(data, bytes) else _ORDINARY
    decoder = codecs.getincrementaldecoder(codec)() if codec else None
    n = len(data)
    pos = start
    carry = ""
    first = True
    while pos < n:
        cut = pos + _CHUNK
        if cut >= n:
            cut = n
        else:  # the next place between two characters that are neither CR, LF, FS nor VT
            m = ordinary.search(data, cut - 1)
            cut = m.start() + 1 if m else n
        piece = data[pos:cut]
        text: str = decoder.decode(piece, final=cut >= n) if decoder is not None else piece  # type: ignore[assignment, arg-type]
        pos = cut
        text = _MLLP_END.sub(lambda m: m.group(1) or "\r", text)
        text = _MLLP_START.sub(lambda m, at_start=first: m.group(1) or ("\r" if m.start() or not at_start else ""), text)  # type: ignore[misc]
        first = False
        lines = _SEGMENT_END.split(text)
        lines[0] = carry + lines[0]
        carry = lines.pop()
        yield from lines
    yield carry


def to_segments(lines: Iterator[str]) -> Iterator[Message | Segment]:
    """The segments of the input in order, each MSH as the Message it starts (holding only its MSH segment)."""
    count = 0
    enc = Encoding()
    current: Message | None = None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        line = line.lstrip("\ufeff \t")
        name = line[:3]
        if name == "MSH":
            enc = encoding_of(line, number)
            count += 1
            current = Message(count, enc)
            current.segments.append(Segment("MSH", ["MSH", *line[3:].split(enc.field)], number))
            yield current
            continue
        if not _SEGMENT_ID.match(name) or (len(line) > 3 and line[3] != enc.field):
            where = f"message {current.number}, line {number}" if current else f"line {number}"
            raise VitdError("hl7-invalid", f"{where} is not an HL7 v2 segment",
                            "segments start with a three-character id and the field separator, e.g. 'OBX|'; a wrapped long line breaks this")
        if name in ("FHS", "BHS", "BTS", "FTS"):
            continue
        if current is None:
            raise VitdError("hl7-invalid", f"line {number}: segment {name} before any MSH segment", "every HL7 v2 message starts with MSH")
        yield Segment(name, line.split(enc.field), number)
    if current is None:
        raise VitdError("hl7-invalid", "no MSH segment: this is not an HL7 v2 message", "an HL7 v2 message starts with 'MSH|^~\\&|'")


def encoding_of(line: str, number: int) -> Encoding:
    if len(line) < 8:
        raise VitdError("hl7-invalid", f"line {number}: the MSH segment is too short to declare its separators", "it starts 'MSH|^~\\&|'")
    fs = line[3]
    chars = line[4:].split(fs, 1)[0]
    if fs.isalnum() or fs.isspace() or len(chars) < 2 or len(set(chars + fs)) != len(chars) + 1:
        raise VitdError("hl7-invalid", f"line {number}: MSH declares invalid separators {line[3:9]!r}", "the usual declaration is 'MSH|^~\\&|'")
    enc = Encoding(field=fs, component=chars[0], repetition=chars[1])
    enc.escape = chars[2] if len(chars) > 2 else ""
    enc.subcomponent = chars[3] if len(chars) > 3 else ""
    enc.truncation = chars[4] if len(chars) > 4 else ""
    return enc
