"""Opening lab exports (readers/source.py): encodings, delimiters, line endings, quoting, gzip, stdin, and the guards
that turn binary data, workbooks, endless lines and ragged rows into clear errors."""

from __future__ import annotations

import codecs
import gzip
import io
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vitd_cli.errors import VitdError
from vitd_cli.files import FileOptions, interpret_file
from vitd_cli.readers.delimiters import delimiter_from_option
from vitd_cli.readers.source import open_table

LONG = "Patient ID,Test Name,Result,Units\nP1,Vitamin D,18.5,ng/mL\nP1,Calcium,8.1,mg/dL\n"


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(p)


def records(path: str, **kw: object) -> tuple[list[str], list[list[str]], list[str]]:
    t = open_table(path, **kw)  # type: ignore[arg-type]
    try:
        rows = list(t.records)
    finally:
        t.close()
    return t.header, [c for c, _ in rows], [r for _, r in rows]


def run(path: str, **kw: object) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    interpret_file(path, FileOptions(**{"fmt": "csv", **kw}), stdout=out, stderr=err)  # type: ignore[arg-type]
    return out.getvalue(), err.getvalue()


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(("data", "encoding", "bom"), [
    (LONG.encode("utf-8"), "utf-8", False),
    (codecs.BOM_UTF8 + LONG.encode("utf-8"), "utf-8-sig", True),
    (LONG.replace("Vitamin D", "Vitamin D (Müller)").encode("cp1252"), "cp1252", False),
    (codecs.BOM_UTF16_LE + LONG.encode("utf-16-le"), "utf-16", True),
])
def test_encoding_is_chosen_from_bom_then_strict_utf8_then_cp1252(tmp_path: Path, data: bytes, encoding: str, bom: bool) -> None:
    t = open_table(write(tmp_path, "x.csv", data))
    assert (t.encoding, t.bom) == (encoding, bom)
    assert t.header == ["Patient ID", "Test Name", "Result", "Units"]
    t.close()


def test_latin1_text_is_read_right(tmp_path: Path) -> None:
    data = "Patient\tTest\tResult\tUnit\nJäger\tVitamin D\t20\tµg/L\n".encode("cp1252")
    header, rows, _ = records(write(tmp_path, "x.tsv", data))
    assert rows == [["Jäger", "Vitamin D", "20", "µg/L"]]


def test_late_non_utf8_bytes_are_read_as_cp1252_and_counted(tmp_path: Path) -> None:
    head = "Patient,Test Name,Result,Units\n" + "P1,Calcium,9.1,mg/dL\n" * 5000  # more than the 64 KiB sample
    data = head.encode() + "Jäger,Vitamin D,20,µg/L\n".encode("cp1252")
    path = write(tmp_path, "x.csv", data)
    _, rows, _ = records(path)
    assert rows[-1] == ["Jäger", "Vitamin D", "20", "µg/L"]
    _, err = run(path)
    assert "were not UTF-8 and were read as cp1252" in err


def test_forced_encoding_is_strict(tmp_path: Path) -> None:
    path = write(tmp_path, "x.csv", LONG.replace("Vitamin D", "Vitamin D Müller").encode("cp1252"))
    with pytest.raises(VitdError, match="not valid utf-8"):
        records(path, encoding="utf-8")
    assert records(path, encoding="latin-1")[1][0][1] == "Vitamin D Müller"
    with pytest.raises(VitdError, match="not an encoding"):
        open_table(path, encoding="klingon")


# ---------------------------------------------------------------- delimiters, line ends, quoting


@pytest.mark.parametrize("delim", [",", ";", "\t", "|"])
def test_delimiter_is_sniffed(tmp_path: Path, delim: str) -> None:
    text = LONG.replace(",", delim)
    t = open_table(write(tmp_path, "x.txt", text))
    assert t.delimiter == delim
    t.close()


def test_semicolon_file_with_decimal_commas_is_not_mistaken_for_commas(tmp_path: Path) -> None:
    text = "Patient;Test;Result;Unit\nP1;Vitamin D;18,5;ng/mL\nP1;Calcium;8,1;mg/dL\nP1;Albumin;3,2;g/dL\n"
    t = open_table(write(tmp_path, "x.csv", text))
    assert t.delimiter == ";"
    t.close()


def test_delimiter_option_and_excel_sep_line(tmp_path: Path) -> None:
    assert delimiter_from_option("semicolon") == ";" and delimiter_from_option("tab") == "\t" and delimiter_from_option("\\t") == "\t"
    with pytest.raises(VitdError):
        delimiter_from_option("xx")
    path = write(tmp_path, "x.csv", "sep=;\r\nPatient;Test;Result;Unit\r\nP1;Calcium;9,1;mg/dL\r\n")
    t = open_table(path)
    assert t.delimiter == ";" and t.preamble == ["sep=;\r\n"] and t.header == ["Patient", "Test", "Result", "Unit"]
    t.close()
    out, _ = run(path)
    assert out.startswith("sep=;\r\nPatient;Test;Result;Unit;vitd_status")


def test_crlf_and_quoted_fields_with_newlines_and_delimiters(tmp_path: Path) -> None:
    text = 'Patient,Test Name,Result,Units,Comment\r\nP1,"Vitamin D, 25-Hydroxy",18.5,ng/mL,"line one\r\nline two, with ""quotes"""\r\nP1,Calcium,8.1,mg/dL,\r\n'
    path = write(tmp_path, "x.csv", text)
    _, rows, raws = records(path)
    assert rows[0][1] == "Vitamin D, 25-Hydroxy" and rows[0][4] == 'line one\r\nline two, with "quotes"'
    assert "".join(raws) == text.split("\r\n", 1)[1]  # raw records are the input's bytes
    out, _ = run(path)
    lines = out.split("\r\n")
    assert lines[1].startswith('P1,"Vitamin D, 25-Hydroxy",18.5,ng/mL,"line one') and lines[2].startswith('line two, with ""quotes""",interpreted')
    assert out.endswith("\r\n")


def test_last_line_without_newline(tmp_path: Path) -> None:
    out, _ = run(write(tmp_path, "x.csv", LONG.rstrip("\n")))
    assert out.count("\n") == 3 and out.endswith("\n")


# ---------------------------------------------------------------- gzip and stdin


def test_gzip_is_read_by_its_magic_not_its_name(tmp_path: Path) -> None:
    path = write(tmp_path, "labs.data", gzip.compress(LONG.encode()))
    header, rows, _ = records(path)
    assert header[0] == "Patient ID" and len(rows) == 2


def test_damaged_gzip_is_a_clear_error(tmp_path: Path) -> None:
    data = gzip.compress((LONG * 2000).encode())
    path = write(tmp_path, "x.csv.gz", data[: len(data) // 2])
    with pytest.raises(VitdError, match="gzip"):
        records(path)


def test_stdin_plain_and_gzip(tmp_path: Path) -> None:
    for data in (LONG.encode(), gzip.compress(LONG.encode())):
        proc = subprocess.run([sys.executable, "-m", "vitd_cli", "interpret", "-", "--format", "csv"], input=data,
                              capture_output=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.decode().splitlines()[1].startswith("P1,Vitamin D,18.5,ng/mL,interpreted,vitamin_d")
        assert b"2 rows: 2 interpreted" in proc.stderr


# ---------------------------------------------------------------- malformed input


def test_binary_data_is_refused(tmp_path: Path) -> None:
    with pytest.raises(VitdError, match="binary data"):
        open_table(write(tmp_path, "x.csv", b"Patient,Result\n\x00\x01\x02\x03"))


def test_binary_data_after_the_first_64k_is_refused_while_streaming(tmp_path: Path) -> None:
    data = ("Patient ID,Test Name,Result,Units\n" + "P1,Calcium,9.1,mg/dL\n" * 10000).encode() + b"\x00" * 100
    with pytest.raises(VitdError, match="binary data"):
        run(write(tmp_path, "x.csv", data))


@pytest.mark.parametrize(("magic", "what"), [(b"PK\x03\x04", "zip"), (b"\xd0\xcf\x11\xe0", "Excel"), (b"%PDF-1.4", "PDF")])
def test_workbooks_and_documents_are_refused(tmp_path: Path, magic: bytes, what: str) -> None:
    with pytest.raises(VitdError, match=what):
        open_table(write(tmp_path, "x.xlsx", magic + b"rest of it"))


def test_an_endless_line_stops_at_the_guard_not_at_the_end(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    with path.open("wb") as fh:  # 40 MB without a newline (a 1 GB line is refused the same way, after 8 MiB)
        chunk = b"x" * (1 << 20)
        for _ in range(40):
            fh.write(chunk)
    start = time.monotonic()
    with pytest.raises(VitdError, match="longer than"):
        records(str(path))
    assert time.monotonic() - start < 5


def test_long_line_guard_applies_to_data_rows(tmp_path: Path) -> None:
    path = write(tmp_path, "x.csv", LONG + "P1,Calcium," + "9" * 200_000 + ",mg/dL\n")
    with pytest.raises(VitdError, match="longer than"):
        records(path, max_line=100_000)


def test_empty_and_header_only_files(tmp_path: Path) -> None:
    with pytest.raises(VitdError, match="empty"):
        open_table(write(tmp_path, "a.csv", b""))
    with pytest.raises(VitdError, match="empty"):
        open_table(write(tmp_path, "b.csv", b"\r\n\r\n"))
    out, err = run(write(tmp_path, "c.csv", "Patient ID,Test Name,Result,Units\n"))
    assert out == "Patient ID,Test Name,Result,Units,vitd_status,vitd_analyte,vitd_value_si,vitd_unit_si,vitd_flag,vitd_category,vitd_severity,vitd_range,vitd_findings,vitd_panel,vitd_note\n"
    assert "0 rows" in err


def test_ragged_row_is_a_clear_error_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "x.csv", LONG + "P1,Calcium,8.1,mg/dL,extra,cells\n")
    with pytest.raises(VitdError, match=r"row 3 \(line 4\) has 6 fields where the header has 4"):
        run(path)


def test_trailing_empty_cells_and_blank_lines_are_accounted_for(tmp_path: Path) -> None:
    path = write(tmp_path, "x.csv", "Patient ID,Test Name,Result,Units\nP1,Calcium,8.1,mg/dL,,\n\nP1,Vitamin D,18,ng/mL\n")
    out, err = run(path)
    rows = out.splitlines()
    assert rows[1].startswith("P1,Calcium,8.1,mg/dL,interpreted")
    assert rows[2].startswith(",,,,skipped") and rows[2].endswith("empty row")
    assert "3 rows: 2 interpreted, 0 other tests, 1 skipped (1 empty row" in err


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(VitdError, match="no such file"):
        open_table(str(tmp_path / "nope.csv"))
    with pytest.raises(VitdError, match="directory"):
        open_table(str(tmp_path))
