"""`vitd interpret FILE` for FHIR (JSON, NDJSON) and HL7 v2 inputs: the same outputs and row accounting as CSV.

    sniff (readers.interop) -> records (readers.fhir / readers.hl7) -> rows of batch.Engine (readers.record_rows,
    interop_records) -> interpret_records (a report) or stream_records (rows, --summary) -> render

The rows' vitd_* cells and --summary are the lab exports' (render.table_out.range_cell, render.summary).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import hmac
import json
import os
import secrets
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO

from ..batch.collector import REPORT_RESULTS
from ..config import DEFAULTS
from ..errors import ExitCode, VitdError
from ..interpret import settings as make_settings
from ..readers import streams
from ..readers.interop import read_records, sniff
from ..readers.own_columns import LONG_COLUMNS
from ..readers.records import Accounting, LabRecord, Outcome, Skipped
from ..readers.values import parse_window
from ..textsafe import NoteTally, public, write_notes
from .interop_records import interpret_records
from .record_stream import stream_records
from .runs import FileRun
from .safe_io import open_text

GZIP_MAGIC = b"\x1f\x8b"
FORMATS = ("rich", "json", "ndjson", "csv", "tsv", "fhir", "html")
RESULT_COLUMNS = ("vitd_value_si", "vitd_unit_si", "vitd_flag", "vitd_category", "vitd_severity")
# the lab exports' vitd_* columns (readers.own_columns.LONG_COLUMNS) a FHIR/HL7 row did not have: appended after
# vitd_note, so that every column keeps its place (docs/interop.md)
ADDED_COLUMNS = tuple(c for c in LONG_COLUMNS if c not in ("vitd_status", "vitd_analyte", "vitd_note", *RESULT_COLUMNS))


def sniff_path(path: str) -> str | None:
    """'fhir-json' | 'fhir-ndjson' | 'hl7' when the input is one of those, else None (a CSV/TSV table). Stdin and pipes
    are peeked at (readers.streams.peek), never read past: the reader still gets every byte."""
    head = streams.peek(path, 4096)
    if head.startswith(GZIP_MAGIC):  # look inside: a gzipped FHIR/HL7 stream is still FHIR/HL7
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
        except zlib.error:
            return None  # damaged gzip: the table reader gives the clear error
    return sniff(head) if head else None


def pseudonym(subject: str | None, salt: bytes) -> str | None:
    """A subject identifier replaced by a keyed hash: the same subject and salt always give the same pseudonym."""
    if subject is None:
        return None
    return "anon-" + hmac.new(salt, subject.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:16]


def redaction_salt(given: str | bytes | None = None) -> bytes:
    """The salt for --redact: given, else $VITD_REDACT_SALT (stable across runs), else random (stable within one run)."""
    salt = given if given else os.environ.get("VITD_REDACT_SALT")
    if not salt:
        return secrets.token_bytes(16)
    return salt.encode("utf-8") if isinstance(salt, str) else salt


def redact_records(records: Iterable[LabRecord | Skipped], salt: bytes) -> Iterator[LabRecord | Skipped]:
    """Records with the subject pseudonymised and the source resource/segment dropped (it may carry names, identifiers,
    performers, free-text notes): outputs are then built from the interpreted result alone."""
    for item in records:
        if isinstance(item, LabRecord):
            item.subject = pseudonym(item.subject, salt)
        item.raw = None
        yield item


def _open(path: str) -> BinaryIO:
    raw: BinaryIO = streams.stdin() if path == "-" else streams.open_file(path)  # type: ignore[assignment]  # closed by the caller
    if streams.peek(path, 2) == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
    return raw


def check_interop_options(kind: str, opts: Any) -> None:
    """The options of a CSV/TSV table that a FHIR or HL7 v2 input cannot take."""
    if opts.subjects:
        raise VitdError("option-conflict", f"--subject names a CSV/TSV column; a {kind} input says whose each result is itself",
                        "drop --subject (--redact hashes its subjects)")


def interpret_interop(path: str, kind: str, opts: Any, stdout: TextIO | None = None, stderr: TextIO | None = None,
                      settings: Any = None) -> Any:
    """Interpret a FHIR or HL7 v2 input with the options of `vitd interpret FILE` (plan.FileOptions); `settings`: the
    plan's, else made from the options."""

    err = stderr or sys.stderr
    check_interop_options(kind, opts)
    s = settings or make_settings(opts.guideline, opts.schemes, opts.ranges, opts.age, opts.tests_map)
    out_tty = (stdout or sys.stdout).isatty() and not opts.output
    fmt = opts.fmt or ("rich" if out_tty else "json")
    if fmt not in FORMATS:
        raise VitdError("format-unknown", f"unknown format {fmt!r} for {kind} input", f"use one of {', '.join(FORMATS)}")
    see = {"csv": "see vitd_note", "tsv": "see vitd_note", "ndjson": "--format csv shows each", "json": "see rows.outcomes"}.get(fmt, "")
    whole = fmt in ("json", "html", "rich", "fhir") and not opts.summary and opts.render
    window = parse_window(opts.panel_window or DEFAULTS["panel_window"])
    if opts.summary:  # the lab exports' summary, in their formats: without --format, TSV (Rich on a terminal)
        return _interpret_streaming(path, kind, opts, opts.fmt or ("rich" if out_tty else "tsv"), s, stdout, err, "", window)
    if fmt in ("csv", "tsv", "ndjson"):
        return _interpret_streaming(path, kind, opts, fmt, s, stdout, err, see, window)
    stream = _open(path)
    try:
        records: Iterable[LabRecord | Skipped] = read_records(stream, kind)  # type: ignore[arg-type]
        if opts.redact:
            records = redact_records(records, redaction_salt(opts.redact_salt))
        report, acc = interpret_records(records, s, limit=REPORT_RESULTS if whole else None, fmt=fmt, window=window)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _unreadable(path, kind, exc) from None
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise _gzip_error(path, exc) from None
    finally:
        if path != "-":
            stream.close()
    out, owned = (open_text(opts.output), True) if opts.output else (stdout or sys.stdout, False)
    try:
        _render(fmt, report, acc, out, s, opts.all_subjects)
        out.flush()
    finally:
        if owned:
            out.close()
    counts = acc.counts()
    if not opts.quiet:
        tally = NoteTally()
        tally.extend(acc.notes)
        write_notes(err, tally.lines(see), acc.summary(), opts.verbose)
    if opts.strict and counts["skipped"]:
        first = next(o for o in acc.outcomes if o.status == "skipped")
        raise _strict_error(counts["skipped"], first)
    run = FileRun(counts=None, warnings=list(report.warnings))  # type: ignore[arg-type]
    abnormal = any(r.flag != "normal" for p in report.panels for r in p.results)
    run.exit_code = ExitCode.ABNORMAL if opts.check and abnormal else ExitCode.OK
    return run


def _unreadable(path: str, kind: str, exc: Exception) -> VitdError:
    return VitdError("input-unreadable", f"{path}: not readable as {kind}: {exc}", "check the file")


def _gzip_error(path: str, exc: Exception) -> VitdError:
    return VitdError("file-gzip", f"{path}: the gzip data is damaged or cut short ({exc})",
                     "check the download, or decompress it with gunzip to see how far it goes")


def _strict_error(skipped: int, first: Outcome) -> VitdError:
    return VitdError("rows-skipped", f"{skipped} observation(s) skipped and --strict was given (first: {first.place}: {public(first.reason or 'skipped')})",
                     "fix or remove them, or drop --strict")


def _interpret_streaming(path: str, kind: str, opts: Any, fmt: str, s: Any, stdout: TextIO | None, err: TextIO, see: str,
                         window: Any) -> Any:
    """csv, tsv, ndjson and --summary: each observation is written as soon as its window of observations is complete
    (record_stream.stream_records), so memory stays bounded whatever the size of the input. --summary is the lab
    exports' (render.summary.render_summary: the same columns, in the format --format asks for)."""

    out, owned = (open_text(opts.output), True) if opts.output else (stdout or sys.stdout, False)
    try:
        stream = _open(path)
        try:
            records: Iterable[LabRecord | Skipped] = read_records(stream, kind)  # type: ignore[arg-type]
            if opts.redact:
                records = redact_records(records, redaction_salt(opts.redact_salt))
            done = stream_records(records, s, None if opts.summary else _RowWriter(fmt, out), window)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _unreadable(path, kind, exc) from None
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise _gzip_error(path, exc) from None
        finally:
            if path != "-":
                stream.close()
        if opts.summary:
            from ..render.summary import render_summary

            reader = done.reader
            reader.counts.lab_disagreements = reader.engine.lab_disagreements
            render_summary(reader.counts, reader.engine, fmt, out, None if opts.redact else path)
        out.flush()
    finally:
        if owned:
            out.close()
    lines = done.notes.lines(see)
    if not opts.quiet:
        write_notes(err, lines, done.summary(), opts.verbose)
    if opts.strict and done.counts["skipped"]:
        assert done.first_skipped is not None
        raise _strict_error(done.counts["skipped"], done.first_skipped)
    run = FileRun(counts=None, warnings=[*s.warnings, *lines])  # type: ignore[arg-type]
    run.exit_code = ExitCode.ABNORMAL if opts.check and done.abnormal else ExitCode.OK
    return run


class _RowWriter:
    """Writes each observation's row (csv/tsv: every observation; ndjson: the interpreted ones) as it comes."""

    def __init__(self, fmt: str, out: TextIO) -> None:
        self.fmt = fmt
        self.out = out
        self.writer: Any = None

    def __call__(self, o: Outcome) -> None:
        row = _row(o)
        if self.fmt == "ndjson":
            if row["vitd_status"] == "interpreted":
                self.out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            return
        from ..render.table_out import neutralise

        if self.writer is None:
            self.writer = csv.DictWriter(self.out, fieldnames=list(row), delimiter="\t" if self.fmt == "tsv" else ",", lineterminator="\n")
            self.writer.writeheader()
        self.writer.writerow({k: neutralise(v) if isinstance(v, str) else v for k, v in row.items()})


def range_cell(info: Any) -> str:
    from ..render.table_out import range_cell as cell

    return cell(info)


def _row(o: Outcome) -> dict[str, Any]:
    """The output row of one observation, with its interpretation when it was interpreted (o.result: the cells a lab
    export's row takes from its result; o.panel_row: its panel's number, the row of the panel's first record)."""
    from ..render.table_out import note

    row: dict[str, Any] = {"source_index": o.source_index, "location": o.location, "vitd_status": o.status,
                           "name": o.name or "", "loinc": o.loinc or "", "vitd_analyte": o.analyte or ""}
    rec = o.record
    row.update(subject=(rec.subject or "") if rec else "", date=(rec.date or "") if rec else "",
               reported=(rec.value_text or "") if rec else "", unit=(rec.unit or "") if rec else "")
    for col in RESULT_COLUMNS:
        row[col] = ""
    result = o.result if o.status == "interpreted" else None
    if result is not None:
        row.update(vitd_value_si=result.value, vitd_unit_si=result.unit, vitd_flag=result.flag,
                   vitd_category=result.category, vitd_severity=result.severity or "")
    own = [note(result.item, result.row)] if result is not None else []  # a lab export's note of the result (lab checks, panel)
    row["vitd_note"] = "; ".join([*([o.reason] if o.reason else []), *o.warnings, *(n for n in own if n)])
    row["vitd_range"] = range_cell(result.range) if result is not None else ""
    row["vitd_findings"] = " ".join(o.findings) if result is not None else ""
    row["vitd_panel"] = str(o.panel_row) if result is not None and o.panel_row is not None else ""
    return row


def _render(fmt: str, report: Any, acc: Accounting, out: TextIO, s: Any, all_subjects: bool = False) -> None:
    if fmt == "json":
        doc = report.model_dump()
        doc["rows"] = acc.to_dict()
        out.write(json.dumps(doc, indent=2, ensure_ascii=False, default=str) + "\n")
    elif fmt == "rich":
        from ..render.terminal import render_rich

        render_rich(report, out)
    elif fmt == "fhir":
        from ..render.fhir_out import render_fhir

        render_fhir(report, out, acc)
    elif fmt == "html":
        from ..render.html_out import render_html

        render_html(report, out, all_bands=True, all_subjects=all_subjects)
    else:  # csv, tsv, ndjson of a whole interpretation (the CLI streams these: _interpret_streaming)
        write = _RowWriter(fmt, out)
        for o in acc.outcomes:
            write(o)
