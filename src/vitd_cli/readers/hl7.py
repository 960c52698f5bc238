"""HL7 v2 input: ORU^R01 and OUL^R22 messages (versions 2.3 to 2.5.1), one or many in a file.

A small parser of our own rather than a library: python-hl7 neither splits LF or CRLF segment ends nor unescapes
field values by itself, and hl7apy is a large validating library that is slow to import and strict about versions;
what vitd needs (MSH separators, PID-3, OBR-7/15, SPM-4/17, OBX) is about 200 lines.

Tolerated: MLLP framing (0x0B ... 0x1C 0x0D), CR, LF or CRLF segment ends, blank lines, several messages per file,
batch headers (FHS/BHS/BTS/FTS), any separators declared in MSH. Escape sequences are decoded: \\F\\ \\S\\ \\T\\ \\R\\ \\E\\,
\\Xhh..\\ (hex bytes), \\Zhhhh\\ (a local hex escape for a Unicode code point, as in \\Z03BC\\ for µ), \\.br\\; \\H\\ \\N\\
and other formatting escapes are dropped.

What is read from an OBX: OBX-2 value type (NM, SN, ST, TX, FT; coded types give no value), OBX-3 (the LOINC code in
either the identifier or the alternate identifier, system LN), OBX-5 (first repetition; SN '<^5' -> '<5'), OBX-6 unit,
OBX-7 reference range, OBX-8 abnormal flags, OBX-11 result status, OBX-14 time. The time is OBX-14, else OBR-7,
else SPM-17; the subject PID-3 (first identifier); the specimen SPM-4 or OBR-15.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import VitdError
from ..textsafe import Note, detail
from .hl7_text import Encoding, Message, Segment, pick_codec, split_lines, to_segments
from .records import LabRecord, Skipped

MAX_BYTES = 64 * 1024 * 1024
GROUP_LIMIT = 20_000  # OBX of one OBR group held for the SPM segments that may follow them
GROUP_NOTE = Note(f"its OBR group has more than {GROUP_LIMIT:,} OBX: it was read in parts, an SPM segment applying to the OBX of its part",
                  f"its OBR group has more than {GROUP_LIMIT:,} OBX: it was read in parts, an SPM segment applying to the OBX of its part")
LOINC_SYSTEMS = {"LN", "LOINC", "HTTP://LOINC.ORG", "2.16.840.1.113883.6.1"}
RESULT_MESSAGES = {"ORU", "OUL"}
TESTED_VERSIONS = ("2.3", "2.3.1", "2.4", "2.5", "2.5.1")
# OBX-11 (HL7 table 0085) -> FHIR Observation.status, or a reason to skip.
STATUS = {"F": "final", "C": "corrected", "A": "amended", "U": "final", "P": "preliminary", "R": "preliminary", "S": "preliminary"}
# (U is a final result: a detail, -v; R and S are warnings, stderr says them by default)
STATUS_NOTE = {"R": "result status R: entered, not yet verified", "S": "result status S: partial result",
               "U": detail("result status U: changed to final")}
SKIP = {
    "X": "result status X: the test was cancelled (cannot be done)",
    "D": "result status D: the result was deleted",
    "W": "result status W: the result was posted in error (wrong)",
    "N": "result status N: not asked, no result",
    "I": "result status I: specimen in lab, no result yet",
    "O": "result status O: order detail only, no result",
}
NUMERIC_TYPES = {"NM", "SN", "ST", "TX", "FT", ""}
_TS = re.compile(r"^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\.\d{1,4})?([+-]\d{4})?$")


def read_hl7(stream: Any) -> Iterator[LabRecord | Skipped]:
    """Records from every OBX of the HL7 v2 messages in a stream (binary or text). Raises VitdError when unreadable.

    The input (at most MAX_BYTES) is held as read; its segments are decoded, split and turned into records a chunk and a
    message at a time, so a message's records are yielded before the next message is parsed (an invalid segment further
    on is an error when it is reached)."""
    data = stream.read(MAX_BYTES + 1)
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise VitdError("hl7-too-large", f"the HL7 input is larger than {MAX_BYTES // 2**20} MiB", "split it into smaller files")
        start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        codec, note = pick_codec(data, start)
    else:
        data, start, codec, note = data or "", 0, None, None
        if len(data) > MAX_BYTES:
            raise VitdError("hl7-too-large", f"the HL7 input is larger than {MAX_BYTES // 2**20} MiB", "split it into smaller files")
    return _read_messages(to_segments(split_lines(data, start, codec)), note)


def _read_messages(segments: Iterator[Message | Segment], note: str | None) -> Iterator[LabRecord | Skipped]:
    reader: _MessageReader | None = None
    for seg in segments:
        if isinstance(seg, Message):
            if reader is not None:
                yield from reader.close()
            reader = _MessageReader(seg, reader.index if reader is not None else 0, note)
        else:
            yield from reader.segment(seg)  # type: ignore[union-attr]  # (to_segments starts with a message)
    if reader is not None:
        yield from reader.close()


def hl7_datetime(text: str) -> str | None:
    """An HL7 TS/DTM ('20240305083000+0100') as ISO 8601 ('2024-03-05T08:30:00+01:00'); None when not a time."""
    m = _TS.match(text.strip())
    if not m:
        return None
    y, mo, d, h, mi, s, frac, tz = m.groups()
    out = y + (f"-{mo}" if mo else "") + (f"-{d}" if mo and d else "")
    if d and h:
        out += f"T{h}:{mi or '00'}:{s or '00'}" + (frac or "")
        if tz:
            out += f"{tz[:3]}:{tz[3:]}"
    return out


@dataclass(slots=True)
class _Context:
    subject: str | None = None
    obr_date: str | None = None
    obr_specimen: str | None = None
    spm_specimen: str | None = None
    spm_date: str | None = None
    records: list[LabRecord] = field(default_factory=list)  # OBX of the current OBR, to give them a later SPM
    spms: list[tuple[int, str | None, str | None]] = field(default_factory=list)  # (len(records) then, specimen, time) per SPM

    def close(self) -> None:
        """ORU^R01 2.5+: the SPM segments that followed OBX give them their specimen (the last SPM that names one wins)
        and, when they have none, a time (the first SPM that has one). Applied once per OBR, not at every SPM (which
        was quadratic in a message of many OBX and SPM)."""
        spms, records = self.spms, self.records
        if not spms:
            return
        named = next((n for n, specimen, _ in reversed(spms) if specimen), 0)  # records before it take the last named specimen
        last = next((specimen for _, specimen, _ in reversed(spms) if specimen), None)
        when: str | None = None
        for k in range(len(spms) - 1, -1, -1):  # records between SPM k-1 and SPM k take the first time from SPM k on
            n, _, w = spms[k]
            when = w or when
            for rec in records[spms[k - 1][0] if k else 0:n]:
                rec.date = rec.date or when
        for rec in records[:named]:
            rec.specimen = last or rec.specimen


class _MessageReader:
    """The records of one message, segment by segment. A record is handed on when its OBR group ends (a PID, OBR or MSH
    segment, or the end), since an SPM segment after the OBX gives them their specimen and time (ctx.close()); a group
    of more than GROUP_LIMIT OBX is handed on in parts of that many (an SPM then applies to the OBX of its part)."""

    def __init__(self, msg: Message, start: int, file_note: str | None) -> None:
        self.msg = msg
        self.enc = enc = msg.enc
        msh = msg.segments[0]
        msg_type = enc.components(msh.get(9))
        self.kind = "^".join(x for x in msg_type[:2] if x)
        control = enc.components(msh.get(10))[0]
        version = enc.components(msh.get(12))[0]
        self.label = f"message {msg.number}" + (f" ({control})" if control else "")
        self.notes = [file_note] if file_note else []
        if version and version not in TESTED_VERSIONS:
            self.notes.append(Note(f"HL7 version {version} is outside the versions vitd was tested with (2.3-2.5.1)",
                                   "its HL7 version (MSH-12) is outside the versions vitd was tested with (2.3-2.5.1)"))
        self.result_message = (msg_type[0] if msg_type else "") in RESULT_MESSAGES
        self.oul = msg_type[:1] == ["OUL"]
        self.ctx = _Context()
        self.spm_for_next: tuple[str | None, str | None] = (None, None)
        self.out: list[LabRecord | Skipped] = []
        self.index = start  # the source_index of the next OBX
        self.cut = False  # an OBR group was handed on in parts

    def close(self) -> list[LabRecord | Skipped]:
        """The records held, given the SPM segments that followed them."""
        self.ctx.close()
        out, self.out = self.out, []
        return out

    def segment(self, seg: Segment) -> list[LabRecord | Skipped]:
        enc, ctx = self.enc, self.ctx
        if seg.name == "PID":
            done = self.close()
            self.ctx = _Context(subject=_pid(seg, enc))
            return done
        if seg.name == "OBR":
            done = self.close()
            self.ctx = _Context(subject=ctx.subject, obr_date=hl7_datetime(enc.components(seg.get(7))[0]) or None,
                                obr_specimen=_specimen_text(seg.get(15), enc), spm_specimen=self.spm_for_next[0],
                                spm_date=self.spm_for_next[1])
            return done
        if seg.name == "SPM":
            specimen = _specimen_text(seg.get(4), enc)
            when = hl7_datetime(enc.components(seg.get(17))[0]) or None
            if self.oul:
                self.spm_for_next = (specimen, when)  # OUL^R22: SPM comes before the OBR groups it holds
            else:
                ctx.spm_specimen, ctx.spm_date = specimen, when  # ORU^R01 2.5+: SPM follows the OBX of its OBR
                ctx.spms.append((len(ctx.records), specimen, when))  # given to those OBX by ctx.close()
            return []
        if seg.name != "OBX":
            return []
        index = self.index
        self.index += 1
        location = f"{self.label} OBX {seg.get(1) or '?'} (line {seg.line})"
        place = f"message {self.msg.number}, OBX at line {seg.line}"  # positions only (MSH-10 and OBX-1 are input text)
        if not self.result_message:
            self.out.append(Skipped(Note(f"message type {self.kind or '(none)'} is not a lab result message (ORU^R01, OUL^R22)",
                                         "its message type is not a lab result message (ORU^R01, OUL^R22)"), index, location,
                                    raw=enc.field.join(seg.fields), source_format="hl7", place=place))
        else:
            notes = self.notes + [GROUP_NOTE] if self.cut else self.notes
            try:
                item = _obx(seg, enc, ctx, index, location, notes)
            except (ValueError, IndexError, TypeError) as exc:  # a safety net: account for it, go on
                item = Skipped(Note(f"malformed OBX ({type(exc).__name__}: {exc})", f"malformed OBX ({type(exc).__name__})"), index, location,
                               raw=enc.field.join(seg.fields), source_format="hl7")
            item.place = place
            self.out.append(item)
            if isinstance(item, LabRecord):
                ctx.records.append(item)
        if len(self.out) >= GROUP_LIMIT:  # hand on the part read so far: the group goes on with the same context
            done = self.close()
            self.ctx = _Context(subject=ctx.subject, obr_date=ctx.obr_date, obr_specimen=ctx.obr_specimen,
                                spm_specimen=ctx.spm_specimen, spm_date=ctx.spm_date)
            self.cut = True
            return done
        return []


def _pid(seg: Segment, enc: Encoding) -> str | None:
    for n in (3, 2, 4):
        ident = enc.components(seg.get(n))[0]
        if ident:
            return ident
    return None


def _specimen_text(value: str, enc: Encoding) -> str | None:
    """SPM-4 (CWE: code^text^system) or OBR-15 (SPS, whose first component is code&text&system): code and text."""
    first = value.split(enc.repetition, 1)[0] if enc.repetition else value
    comps = first.split(enc.component)
    parts = comps[0].split(enc.subcomponent) if enc.subcomponent and enc.subcomponent in comps[0] else comps
    words = [enc.unescape(p).strip() for p in parts[:2]]
    return " ".join(dict.fromkeys(w for w in words if w)) or None


def _obx(seg: Segment, enc: Encoding, ctx: _Context, index: int, location: str, notes: list[str]) -> LabRecord | Skipped:
    raw = enc.field.join(seg.fields)
    ident = enc.components(seg.get(3)) + [""] * 6
    loincs = tuple(dict.fromkeys(code for code, system in ((ident[0], ident[2]), (ident[3], ident[5]))
                                 if code and system.strip().upper() in LOINC_SYSTEMS))
    name = ident[1] or ident[4] or ident[0] or ident[3] or None
    loinc = loincs[0] if loincs else None
    status_code = enc.components(seg.get(11))[0].strip().upper()
    if status_code in SKIP:
        return Skipped(SKIP[status_code], index, location, name, loinc, raw, "hl7")
    record_notes = list(notes)
    status = STATUS.get(status_code)
    if status is None:
        status = "unknown"
        record_notes.append(Note(f"result status {status_code!r} is not an HL7 result status", "its result status (OBX-11) is not an HL7 result status")
                            if status_code else "no result status (OBX-11)")
    elif status_code in STATUS_NOTE:
        record_notes.append(STATUS_NOTE[status_code])
    value_type = enc.components(seg.get(2))[0].strip().upper()
    value_text, absent = _value(seg.get(5), value_type, enc)
    if seg.get(5) and enc.repetition and enc.repetition in seg.get(5) and value_text:
        record_notes.append("OBX-5 repeats: the first value is read")
    units = enc.components(seg.get(6)) + ["", ""]
    unit = units[0] or units[1] or None
    unit_alt = units[1] if units[1] and units[1] != unit else None
    rr = enc.unescape(seg.get(7).split(enc.repetition, 1)[0] if enc.repetition else seg.get(7)).strip() or None
    flags = [enc.unescape(f).strip() for f in (seg.get(8).split(enc.repetition) if enc.repetition else [seg.get(8)])]
    flag = ",".join(f for f in flags if f) or None
    obx_time = enc.components(seg.get(14))[0]
    date = hl7_datetime(obx_time) if obx_time else None
    if obx_time and date is None:
        record_notes.append(Note(f"OBX-14 {obx_time!r} is not an HL7 time", "its OBX-14 is not an HL7 time"))
    date = date or ctx.obr_date or ctx.spm_date
    specimen = ctx.spm_specimen or ctx.obr_specimen
    return LabRecord(subject=ctx.subject, date=date, name=name, loinc=loinc, value_text=value_text, unit=unit, specimen=specimen,
                     reference_range=rr, lab_flag=flag, status=status, source_index=index, raw=raw, location=location,
                     loinc_codes=loincs, unit_alt=unit_alt, absent_reason=absent, notes=record_notes, source_format="hl7")


def _value(field_text: str, value_type: str, enc: Encoding) -> tuple[str | None, str | None]:
    """(value text, why there is none)."""
    comps = enc.components(field_text)
    if not any(comps):
        return None, "OBX-5 is empty"
    if value_type == "SN":
        cmp_, num1, sep, num2 = (comps + ["", "", "", ""])[:4]
        if sep or num2:
            return None, f"SN value {cmp_}{num1}{sep}{num2!s} is a ratio or a range, not one number"
        if cmp_ not in ("", "=", "<", ">", "<=", ">="):
            return None, f"SN comparator {cmp_!r} is not one of <, >, <=, >=, ="
        return f"{'' if cmp_ == '=' else cmp_}{num1}", None
    if value_type in NUMERIC_TYPES:
        return enc.component.join(comps).strip() or None, None
    shown = (comps + [""])[1] or comps[0]
    return None, f"value type {value_type} is not a number" + (f" ({shown!r})" if shown else "")
