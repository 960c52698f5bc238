"""atheris target: arbitrary bytes as a lab file (CSV/TSV, gzip, FHIR JSON/NDJSON, HL7 v2) through vitd interpret FILE.

The only exception allowed out of the readers is VitdError (a clear one-line message, exit 2); anything else is a
crash. The file is written to a temporary path so that sniffing, gzip and the size guards all run as for a real file.
Run: python fuzz/run.py --target readers --minutes 10   (or directly: python fuzz/fuzz_readers.py CORPUS_DIR)
"""

from __future__ import annotations

import io
import os
import re
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    from vitd_cli.errors import VitdError
    from vitd_cli.files import FileOptions, interpret_file
    from vitd_cli.readers import fhir, hl7, interop, source  # noqa: F401 - instrumented

_DIR = tempfile.mkdtemp(prefix="vitd-fuzz-")
_SUFFIXES = (".csv", ".tsv", ".json", ".ndjson", ".hl7", ".csv.gz")
_FORMATS = ("csv", "json", "ndjson", "tsv")
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def TestOneInput(data: bytes) -> None:  # noqa: N802 - atheris' name
    if not data:
        return
    choice = data[0]
    body = data[1:]
    path = os.path.join(_DIR, "input" + _SUFFIXES[choice % len(_SUFFIXES)])
    with open(path, "wb") as fh:
        fh.write(body)
    opts = FileOptions(fmt=_FORMATS[(choice >> 3) % len(_FORMATS)], quiet=False, progress=False)
    err = io.StringIO()
    try:
        interpret_file(path, opts, stdout=io.StringIO(), stderr=err)
    except VitdError as exc:  # the CLI prints it on one line (cli._error folds any newline a quoted cell brought in)
        if not " ".join(str(exc).split()):
            raise AssertionError("empty error message") from None
    # what reaches a terminal: no raw control character (ESC, CSI, BEL, ...) but the line breaks between notes
    if _CONTROL.search(err.getvalue()):
        raise AssertionError(f"a raw control character on stderr: {err.getvalue()!r}")


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
