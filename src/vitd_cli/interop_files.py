"""`vitd interpret FILE` for FHIR (JSON, NDJSON) and HL7 v2 inputs: the same outputs and row accounting as CSV.

    sniff (readers.interop) -> records (readers.fhir / readers.hl7) -> interpret_records -> render
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

from .batch import REPORT_RESULTS
from .errors import ExitCode, VitdError
from .interpret import settings
from .models import Report
from .readers import source
from .readers.interop import Accounting, LabRecord, Skipped, interpret_records, read_records, sniff
from .textsafe import public, write_notes

GZIP_MAGIC = b"\x1f\x8b"
FORMATS = ("rich", "json", "ndjson", "csv", "tsv", "fhir", "html")
RESULT_COLUMNS = ("vitd_value_si", "vitd_unit_si", "vitd_flag", "vitd_category", "vitd_severity")


def sniff_path(path: str) -> str | None:
    """'fhir-json' | 'fhir-ndjson' | 'hl7' when the input is one of those, else None (a CSV/TSV table). Stdin and pipes
    are peeked at (readers.source.peek), never read past: the reader still gets every byte."""
    head = source.peek(path, 4096)
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
    raw: BinaryIO = source.stdin() if path == "-" else source.open_file(path)  # type: ignore[assignment]  # closed by the caller
    if source.peek(path, 2) == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
    return raw


def interpret_interop(path: str, kind: str, opts: Any, stdout: TextIO | None = None, stderr: TextIO | None = None) -> Any:
    """Interpret a FHIR or HL7 v2 input with the options of `vitd interpret FILE` (files.FileOptions)."""
    from .files import FileRun

    err = stderr or sys.stderr
    if getattr(opts, "subjects", None):
        raise VitdError("option-conflict", f"--subject names a CSV/TSV column; a {kind} input says whose each result is itself",
                        "drop --subject (--redact hashes its subjects)")
    s = settings(opts.guideline, opts.schemes, opts.ranges, opts.age, opts.tests_map)
    out_tty = (stdout or sys.stdout).isatty() and not opts.output
    fmt = opts.fmt or ("rich" if out_tty else "json")
    if fmt not in FORMATS:
        raise VitdError("format-unknown", f"unknown format {fmt!r} for {kind} input", f"use one of {', '.join(FORMATS)}")
    stream = _open(path)
    try:
        records: Iterable[LabRecord | Skipped] = read_records(stream, kind)  # type: ignore[arg-type]
        if getattr(opts, "redact", False):  # FileOptions.redact / redact_salt, once the CLI has --redact
            records = redact_records(records, redaction_salt(getattr(opts, "redact_salt", None)))
        whole = fmt in ("json", "html", "rich", "fhir") and not opts.summary and getattr(opts, "render", True)
        report, acc = interpret_records(records, s, limit=REPORT_RESULTS if whole else None, fmt=fmt)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise VitdError("input-unreadable", f"{path}: not readable as {kind}: {exc}", "check the file") from None
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise VitdError("file-gzip", f"{path}: the gzip data is damaged or cut short ({exc})",
                        "check the download, or decompress it with gunzip to see how far it goes") from None
    finally:
        if path != "-":
            stream.close()
    out, owned = (open(opts.output, "w", encoding="utf-8", newline=""), True) if opts.output else (stdout or sys.stdout, False)  # noqa: SIM115
    try:
        if opts.summary:
            _summary(acc, report, out)
        else:
            _render(fmt, report, acc, out, s)
        out.flush()
    finally:
        if owned:
            out.close()
    counts = acc.counts()
    if not opts.quiet:
        write_notes(err, acc.notes, acc.summary())
    if opts.strict and counts["skipped"]:
        first = next(o for o in acc.outcomes if o.status == "skipped")
        raise VitdError("rows-skipped", f"{counts['skipped']} observation(s) skipped and --strict was given (first: {first.place}: {public(first.reason or 'skipped')})",
                        "fix or remove them, or drop --strict")
    run = FileRun(counts=None, warnings=list(report.warnings))  # type: ignore[arg-type]
    abnormal = any(r.flag != "normal" for p in report.panels for r in p.results)
    run.exit_code = ExitCode.ABNORMAL if opts.check and abnormal else ExitCode.OK
    return run


def _rows(report: Report, acc: Accounting) -> list[dict[str, Any]]:
    """One row per observation in input order, with its interpretation when it was interpreted."""
    rows = []
    for o in acc.outcomes:
        row: dict[str, Any] = {"source_index": o.source_index, "location": o.location, "vitd_status": o.status,
                               "name": o.name or "", "loinc": o.loinc or "", "vitd_analyte": o.analyte or ""}
        rec = o.record
        row.update(subject=(rec.subject or "") if rec else "", date=(rec.date or "") if rec else "",
                   reported=(rec.value_text or "") if rec else "", unit=(rec.unit or "") if rec else "")
        result = None
        if o.status == "interpreted" and o.panel is not None:
            result = next((r for r in report.panels[o.panel].results if r.analyte == o.analyte), None)
        for col in RESULT_COLUMNS:
            row[col] = ""
        if result is not None:
            row.update(vitd_value_si=result.value, vitd_unit_si=result.unit, vitd_flag=result.flag,
                       vitd_category=result.category, vitd_severity=result.severity or "")
        row["vitd_note"] = "; ".join([*([o.reason] if o.reason else []), *o.warnings])
        rows.append(row)
    return rows


def _render(fmt: str, report: Report, acc: Accounting, out: TextIO, s: Any) -> None:
    if fmt == "json":
        doc = report.model_dump()
        doc["rows"] = acc.to_dict()
        out.write(json.dumps(doc, indent=2, ensure_ascii=False, default=str) + "\n")
    elif fmt == "rich":
        from .render.terminal import render_rich

        render_rich(report, out)
    elif fmt == "fhir":
        from .render.fhir_out import render_fhir

        render_fhir(report, out, acc)
    elif fmt == "html":
        from .render.html_out import render_html

        render_html(report, out, ref=s.ref)
    elif fmt == "ndjson":
        for row in _rows(report, acc):
            if row["vitd_status"] == "interpreted":
                out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    else:
        rows = _rows(report, acc)
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["vitd_status"], delimiter="\t" if fmt == "tsv" else ",",
                                lineterminator="\n")
        writer.writeheader()
        from .render.table_out import neutralise

        for row in rows:
            writer.writerow({k: neutralise(v) if isinstance(v, str) else v for k, v in row.items()})


def _summary(acc: Accounting, report: Report, out: TextIO) -> None:
    counts: dict[tuple[str, str], int] = {}
    for p in report.panels:
        for r in p.results:
            counts[(r.analyte, r.category)] = counts.get((r.analyte, r.category), 0) + 1
    out.write("analyte\tcategory\tcount\n")
    for (analyte, category), n in sorted(counts.items()):
        out.write(f"{analyte}\t{category}\t{n}\n")
    c = acc.counts()
    out.write(f"# {acc.summary()} ({c})\n")
