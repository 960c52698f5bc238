"""Every engine gives the same verdicts: the streaming Python engine, the DuckDB engine, and the generated SQL run in
DuckDB and in SQLite (Spark: test_engines_spark.py), row by row (status, analyte, SI value as printed, unit, flag,
category, severity) and in the row accounting (total, interpreted, other tests, skipped, and why), on:

- the boundary corpus (tests/boundary_corpus.py): every cut-off of every scheme in every unit and spelling, around it,
  censored, with decimal commas, plausible edges, rounding ties, marks, missing words, odd numbers, excluded, unknown
  and qualified test names, specimens; with the default schemes and with other guidelines;
- the real files of ../shared/data (MIMIC-III demo LABEVENTS subset and the whole gzip table, with D_LABITEMS);
- generated workloads shaped like Synthea and MIMIC exports (benchmarks/workloads.py).

When an engine disagrees, the generator is wrong, never this test (DESIGN.md).

The DuckDB engine writes the very bytes the streaming engine writes (assert_same_output): the panel-level columns
too (vitd_findings, vitd_panel, vitd_note: its panels go through the streaming engine's own Streamer), and the same
stderr (counts line and notes). The SQL of `vitd sql` classifies row by row (see docs/engines.md).
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import io
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import pytest

from boundary_corpus import COLUMNS as CORPUS_COLUMNS
from boundary_corpus import write_corpus
from vitd_cli.engines import choose_engine, interpret_file_with_engine
from vitd_cli.engines.sqltext import ident
from vitd_cli.errors import VitdError
from vitd_cli.files import FileOptions, interpret_file
from vitd_cli.interpret import settings

duckdb = pytest.importorskip("duckdb", reason="duckdb is a regular dependency of vitd: reinstall vitd")

REPO = Path(__file__).resolve().parents[1]
DATA = (REPO / ".." / "shared" / "data").resolve()
MIMIC = DATA / "mimic-iii-demo"
DICTIONARY = MIMIC / "D_LABITEMS.csv"
KEY_COLUMNS = ("vitd_status", "vitd_analyte", "vitd_value_si", "vitd_unit_si", "vitd_flag", "vitd_category", "vitd_severity")
MIMIC_SQL_COLUMNS = {"value": "VALUE", "value_numeric": "VALUENUM", "unit": "VALUEUOM", "analyte": "LABEL", "code": "LOINC_CODE",
                     "specimen": "FLUID"}


# ---------------------------------------------------------------- running the engines (shared with test_engines_spark.py)


def accounting(counts) -> tuple:  # type: ignore[no-untyped-def]
    """The row accounting of a batch.Counts, comparable across engines."""
    return counts.total, counts.interpreted, counts.other_test, counts.skipped, dict(sorted(counts.reasons.items()))


def accounting_of_rows(rows: list[dict]) -> tuple:
    """The same accounting worked out from rows carrying vitd_status and vitd_kind (the SQL engines)."""
    status = Counter(r["vitd_status"] for r in rows)
    reasons = Counter(r["vitd_kind"] for r in rows if r.get("vitd_kind"))
    return len(rows), status["interpreted"], status["other_test"], status["skipped"], dict(sorted(reasons.items()))


def csv_rows(text: str, delimiter: str = ",") -> list[dict]:
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def run_python(path: Path | str, **options) -> tuple[list[dict], tuple]:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    run = interpret_file(str(path), FileOptions(fmt="csv", quiet=True, **options), stdout=out, stderr=io.StringIO())
    return csv_rows(out.getvalue()), accounting(run.counts)


def run_duckdb_engine(path: Path | str, **options) -> tuple[list[dict], tuple]:  # type: ignore[no-untyped-def]
    from vitd_cli.engines.duckdb_engine import interpret_file_duckdb

    out = io.StringIO()
    run = interpret_file_duckdb(str(path), FileOptions(fmt="csv", quiet=True, **options), stdout=out, stderr=io.StringIO())
    return csv_rows(out.getvalue()), accounting(run.counts)


def _table_sql(path: Path | str, dictionary: Path | None) -> str:
    src = f"read_csv('{path}', all_varchar = true, header = true)"
    if dictionary is None:
        return f"SELECT * FROM {src}"
    return (f"SELECT e.*, d.LABEL, d.LOINC_CODE, d.FLUID FROM {src} AS e "
            f"LEFT JOIN read_csv('{dictionary}', all_varchar = true, header = true) AS d USING (ITEMID)")


def run_sql(dialect: str, path: Path | str, columns: dict[str, str], *, dictionary: Path | None = None, guideline: str | None = None,
            schemes: dict[str, str] | None = None, given_names: bool = True, panel_window: str = "24h",
            date_order: str | None = None) -> list[dict]:
    """`vitd sql --dialect D` run on the file loaded as a table `labs` (the dictionary joined in when given); rows in
    input order (a vitd_test_row column is added to keep it). given_names=False: plain `vitd sql`, whose query
    identifies the names itself (the recogniser compiled to SQL); panel_window, date_order: vitd sql --panel-window,
    --dayfirst/--monthfirst."""
    from vitd_cli.engines.sql_command import generate_sql, register_sqlite_functions

    con = duckdb.connect()
    con.execute(f"CREATE TABLE labs AS SELECT row_number() OVER () AS vitd_test_row, * FROM ({_table_sql(path, dictionary)})")
    # the table's distinct tests, identified by vitd first (vitd sql --names), as a warehouse user would give them
    test_cols = [columns[r] for r in ("analyte", "code", "specimen") if r in columns]
    names = con.execute(f"SELECT DISTINCT {', '.join(ident(c) for c in test_cols)} FROM labs").fetchall() if test_cols and given_names else None
    sql = generate_sql(dialect, "labs", columns, guideline=guideline, schemes=schemes, names=names, panel_window=panel_window,
                       date_order=date_order)
    if dialect == "duckdb":
        cur = con.execute(sql + "\nORDER BY vitd_test_row".replace(";", "") if False else sql.rstrip().rstrip(";") + " ORDER BY t.vitd_test_row")
        names = [d[0] for d in cur.description]
        return [{k: ("" if v is None else str(v)) for k, v in zip(names, r)} for r in cur.fetchall()]
    names = [d[0] for d in con.execute("SELECT * FROM labs LIMIT 0").description]
    data = con.execute("SELECT * FROM labs ORDER BY vitd_test_row").fetchall()
    lite = sqlite3.connect(":memory:")
    register_sqlite_functions(lite)
    lite.execute("CREATE TABLE labs (" + ", ".join(f'"{n}" TEXT' for n in names) + ")")
    lite.executemany(f"INSERT INTO labs VALUES ({', '.join('?' * len(names))})", data)
    cur = lite.execute(sql.rstrip().rstrip(";") + " ORDER BY CAST(t.vitd_test_row AS INTEGER)")
    cols = [d[0] for d in cur.description]
    return [{k: ("" if v is None else str(v)) for k, v in zip(cols, r)} for r in cur.fetchall()]


def run_both(path: Path | str, **options) -> tuple[tuple[str, str], tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(stdout, stderr) of the streaming engine and of the DuckDB engine for --format csv (or options['fmt'])."""
    from vitd_cli.engines.duckdb_engine import interpret_file_duckdb

    options.setdefault("fmt", "csv")
    got = []
    for run in (interpret_file, interpret_file_duckdb):
        out, err = io.StringIO(), io.StringIO()
        run(str(path), FileOptions(**options), stdout=out, stderr=err)
        got.append((out.getvalue(), err.getvalue()))
    return got[0], got[1]


def assert_same_output(path: Path | str, label: str, **options) -> str:  # type: ignore[no-untyped-def]
    """The DuckDB engine's output is the streaming engine's, byte for byte, and so is its stderr (the notes may come in
    another order). Returns the output."""
    (py_out, py_err), (dk_out, dk_err) = run_both(path, **options)
    if py_out != dk_out:
        a, b = py_out.splitlines(), dk_out.splitlines()
        bad = [(i, x, y) for i, (x, y) in enumerate(zip(a, b)) if x != y]
        raise AssertionError(f"{label}: {len(bad)} lines differ ({len(a)} and {len(b)} lines), e.g. {bad[:3]}")
    assert sorted(py_err.splitlines()) == sorted(dk_err.splitlines()), f"{label}: stderr differs:\n{py_err}\n---\n{dk_err}"
    assert py_err.splitlines()[-1:] == dk_err.splitlines()[-1:]
    return py_out


def assert_same(reference: list[dict], other: list[dict], label: str, key: str | None = None) -> None:
    """The key columns of two engines' rows, row by row (in order, or matched by `key`)."""
    assert len(reference) == len(other), f"{label}: {len(other)} rows, the streaming engine {len(reference)}"
    if key:
        by = {r[key]: r for r in other}
        other = [by[r[key]] for r in reference]
    bad = [(i, [a[c] for c in KEY_COLUMNS], [b[c] for c in KEY_COLUMNS]) for i, (a, b) in enumerate(zip(reference, other))
           if [a[c] for c in KEY_COLUMNS] != [b[c] for c in KEY_COLUMNS]]
    assert not bad, f"{label}: {len(bad)} rows differ, e.g. {bad[:3]}"


# ---------------------------------------------------------------- the boundary corpus

GUIDELINES = [(None, None), ("iom-2011", None), ("uk-2016", None), ("uk-nos-2013", {"calcium": "statpearls", "ionized_calcium": "statpearls"})]


@pytest.fixture(scope="module", params=GUIDELINES, ids=lambda g: g[0] or "defaults")
def corpus(request, tmp_path_factory):  # type: ignore[no-untyped-def]
    guideline, schemes = request.param
    s = settings(guideline, schemes or {})
    path = tmp_path_factory.mktemp("corpus") / "boundary.csv"
    write_corpus(str(path), s.ref, s.schemes)
    options = {"guideline": guideline, "schemes": schemes or {}}
    rows, counts = run_python(path, **options)
    return path, options, rows, counts


def test_corpus_is_broad(corpus) -> None:  # type: ignore[no-untyped-def]
    _, _, rows, counts = corpus
    assert len(rows) > 5000
    analytes = Counter(r["vitd_analyte"] for r in rows if r["vitd_status"] == "interpreted")
    assert set(analytes) == set(settings().ref.analytes)
    assert {"text result", "not a number", "negative value", "unknown unit", "wrong unit", "no unit", "unit conflict", "implausible value",
            "unreadable value", "empty value", "non-serum specimen", "unknown specimen"} <= set(counts[4])
    assert Counter(r["vitd_flag"] for r in rows)["low"] > 500 and Counter(r["vitd_flag"] for r in rows)["high"] > 500


def test_corpus_duckdb_engine(corpus) -> None:  # type: ignore[no-untyped-def]
    path, options, rows, counts = corpus
    got, got_counts = run_duckdb_engine(path, **options)
    assert_same(rows, got, "DuckDB engine")
    assert got_counts == counts
    assert [r["Row"] for r in got] == [r["Row"] for r in rows]  # input order kept
    assert_same_output(path, "DuckDB engine, whole output", guideline=options["guideline"], schemes=options["schemes"])


def test_corpus_sql_in_duckdb(corpus) -> None:  # type: ignore[no-untyped-def]
    path, options, rows, counts = corpus
    got = run_sql("duckdb", path, CORPUS_COLUMNS, guideline=options["guideline"], schemes=options["schemes"])
    assert_same(rows, got, "SQL in DuckDB")
    assert accounting_of_rows(got) == counts


def test_corpus_plain_sql_in_duckdb(corpus) -> None:  # type: ignore[no-untyped-def]
    """Plain `vitd sql` (no --names): the query's own identification gives every row the streaming engine's verdict."""
    path, options, rows, counts = corpus
    got = run_sql("duckdb", path, CORPUS_COLUMNS, guideline=options["guideline"], schemes=options["schemes"], given_names=False)
    assert_same(rows, got, "plain SQL in DuckDB")
    assert accounting_of_rows(got) == counts


def test_corpus_sql_in_sqlite(corpus) -> None:  # type: ignore[no-untyped-def]
    path, options, rows, counts = corpus
    if options["guideline"] is not None:
        pytest.skip("SQLite calls Python's regular expressions once per distinct value: the default schemes are enough")
    got = run_sql("sqlite", path, CORPUS_COLUMNS, guideline=options["guideline"], schemes=options["schemes"])
    assert_same(rows, got, "SQL in SQLite")
    assert accounting_of_rows(got) == counts


# ---------------------------------------------------------------- real files and generated workloads


def _need(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"{path} not found (../shared/data)")
    return path


@pytest.mark.parametrize("name", ["LABEVENTS_calcium_mg_vitd_subset.csv", "LABEVENTS.csv.gz"])
def test_mimic_real_files(name: str) -> None:
    path, dictionary = _need(MIMIC / name), _need(DICTIONARY)
    rows, counts = run_python(path, dictionary=str(dictionary))
    got, got_counts = run_duckdb_engine(path, dictionary=str(dictionary))
    assert_same(rows, got, "DuckDB engine")
    assert got_counts == counts
    assert_same_output(path, "DuckDB engine, whole output", dictionary=str(dictionary))
    sql = run_sql("duckdb", path, MIMIC_SQL_COLUMNS, dictionary=dictionary)
    assert_same(rows, sql, "SQL in DuckDB", key="ROW_ID")
    assert accounting_of_rows(sql) == counts
    if name.endswith(".csv"):
        lite = run_sql("sqlite", path, MIMIC_SQL_COLUMNS, dictionary=dictionary)
        assert_same(rows, lite, "SQL in SQLite", key="ROW_ID")


def _workloads():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("vitd_bench_workloads", REPO / "benchmarks" / "workloads.py")
    if spec is None or spec.loader is None:
        pytest.skip("benchmarks/workloads.py not found")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("shape", ["synthea", "mimic"])
def test_generated_workloads(shape: str, tmp_path: Path) -> None:
    w = _workloads()
    path = tmp_path / f"{shape}.csv"
    options: dict = {}
    if shape == "synthea":
        w.write_synthea(path, 20_000, 7)
        columns = {"value": "VALUE", "unit": "UNITS", "analyte": "DESCRIPTION", "code": "CODE"}
        dictionary = None
    else:
        w.write_mimic(path, 20_000, 7)
        dictionary = w.mimic_dictionary()
        options["dictionary"] = str(dictionary)
        columns = MIMIC_SQL_COLUMNS
    rows, counts = run_python(path, **options)
    got, got_counts = run_duckdb_engine(path, **options)
    assert_same(rows, got, "DuckDB engine")
    assert got_counts == counts
    assert_same_output(path, "DuckDB engine, whole output", **options)
    sql = run_sql("duckdb", path, columns, dictionary=dictionary)
    assert_same(rows, sql, "SQL in DuckDB")
    assert accounting_of_rows(sql) == counts


# ---------------------------------------------------------------- the DuckDB engine's inputs and outputs


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


SPREADSHEET = ("sep=;\r\nPatient;Test;Result;Unit;Note\r\n1;Vitamin D;18,5;ng/mL;\"a; b\"\r\n1;Calcium;8,8;mg/dL;=cmd\r\n"
               "2;Glucose;5,1;mmol/L;\r\n2;Vitamin D;<5;ng/mL;\r\n")


def test_spreadsheet_export(tmp_path: Path) -> None:
    """sep=; preamble, semicolons, decimal commas, CRLF, a BOM, a quoted delimiter: the same bytes as the streaming engine
    up to the vitd cells it alone fills (findings, panel, note)."""
    path = _write(tmp_path / "export.csv", "\ufeff" + SPREADSHEET)
    py_out, dk_out = io.StringIO(), io.StringIO()
    interpret_file(str(path), FileOptions(fmt="csv", quiet=True), stdout=py_out, stderr=io.StringIO())
    interpret_file_with_engine(str(path), FileOptions(fmt="csv", quiet=True), engine="duckdb", stdout=dk_out, stderr=io.StringIO())
    a, b = py_out.getvalue(), dk_out.getvalue()
    assert a.startswith("\ufeffsep=;\r\n") and b.startswith("\ufeffsep=;\r\n")
    strip = [line.split(";vitd_")[0] if ";vitd_" in line else line.rsplit(";", 3)[0] for line in a.split("\r\n")]
    strip_b = [line.split(";vitd_")[0] if ";vitd_" in line else line.rsplit(";", 3)[0] for line in b.split("\r\n")]
    assert strip == strip_b
    assert_same(csv_rows(a.split("\r\n", 1)[1].lstrip(), ";"), csv_rows(b.split("\r\n", 1)[1].lstrip(), ";"), "spreadsheet")
    assert_same_output(path, "spreadsheet, whole output")
    assert_same_output(path, "spreadsheet, --sanitize", sanitize=True)
    assert_same_output(path, "spreadsheet, tsv", fmt="tsv")


def test_sanitize_keeps_numbers_and_quotes_formulas_alike(tmp_path: Path) -> None:
    """--sanitize in SQL (sqltext.neutralised) and in Python (table_out.neutralise): numbers with a sign, padded or
    after a tab stay as they are, formulas get their leading quote."""
    cells = ["-5", "+1.5e3", "\t7", " -5 ", "-1,5", "=SUM(A1)", "@x", "-", "+", "\t=1", "-5 mg", "=5"]
    text = "Patient,Test,Result,Unit,Note\n" + "".join(f'1,Calcium,9,mg/dL,"{c}"\n' for c in cells)
    assert_same_output(_write(tmp_path / "risky.csv", text), "risky cells, --sanitize", sanitize=True)


@pytest.mark.parametrize("fmt", ["tsv", "parquet", "gz", "sanitize"])
def test_duckdb_outputs(fmt: str, tmp_path: Path) -> None:
    path = _need(MIMIC / "LABEVENTS_calcium_mg_vitd_subset.csv")
    rows, counts = run_python(path, dictionary=str(DICTIONARY))
    opts = FileOptions(quiet=True, dictionary=str(DICTIONARY))
    if fmt == "tsv":
        out = io.StringIO()
        opts.fmt = "tsv"
        interpret_file_with_engine(str(path), opts, engine="duckdb", stdout=out, stderr=io.StringIO())
        got = csv_rows(out.getvalue(), "\t")
    elif fmt == "parquet":
        opts.fmt, opts.output = "parquet", str(tmp_path / "out.parquet")
        interpret_file_with_engine(str(path), opts, engine="auto", stderr=io.StringIO())
        con = duckdb.connect()
        cur = con.execute(f"SELECT * FROM read_parquet('{opts.output}')")
        names = [d[0] for d in cur.description]
        got = [{k: "" if v is None else v for k, v in zip(names, r)} for r in cur.fetchall()]
        assert names[:9] == list(rows[0])[:9]
    elif fmt == "gz":
        opts.fmt, opts.output = "csv", str(tmp_path / "out.csv.gz")
        interpret_file_with_engine(str(path), opts, engine="duckdb", stderr=io.StringIO())
        with gzip.open(opts.output, "rt", encoding="utf-8", newline="") as fh:
            got = csv_rows(fh.read())
    else:
        out = io.StringIO()
        opts.fmt, opts.sanitize = "csv", True
        interpret_file_with_engine(str(path), opts, engine="duckdb", stdout=out, stderr=io.StringIO())
        got = csv_rows(out.getvalue())
    assert_same(rows, got, f"DuckDB engine, {fmt}")


def test_rows_with_extra_empty_fields(tmp_path: Path) -> None:
    """Extra empty fields at the end of a row are dropped by both engines (the row is written anew, not copied)."""
    path = _write(tmp_path / "extra.csv", "test,value,unit\nCalcium,8.1,mg/dL,,\nCalcium,9,mg/dL\n")
    a, b = io.StringIO(), io.StringIO()
    interpret_file(str(path), FileOptions(fmt="csv", quiet=True), stdout=a, stderr=io.StringIO())
    interpret_file_with_engine(str(path), FileOptions(fmt="csv", quiet=True), engine="duckdb", stdout=b, stderr=io.StringIO())
    assert [r[:3] for r in csv.reader(io.StringIO(a.getvalue()))] == [r[:3] for r in csv.reader(io.StringIO(b.getvalue()))]
    assert_same(csv_rows(a.getvalue()), csv_rows(b.getvalue()), "extra fields")


def test_record_spanning_lines(tmp_path: Path) -> None:
    """A quoted cell with a line break: the DuckDB engine writes cells (not raw lines), still in input order."""
    path = _write(tmp_path / "multi.csv", 'id,test,value,unit,comment\n1,Calcium,8.1,mg/dL,"two\nlines"\n2,Vitamin D,18,ng/mL,x\n'
                                          '3,Calcium,"9,1",mg/dL,"say ""hi"""\n')
    rows, counts = run_python(path)
    got, got_counts = run_duckdb_engine(path)
    assert_same(rows, got, "multi-line")
    assert got_counts == counts and [r["comment"] for r in got] == ["two\nlines", "x", 'say "hi"']


@pytest.mark.parametrize("case", ["blank-lines", "cp1252", "short-row", "stdin", "json"])
def test_streaming_engine_takes_what_duckdb_would_read_differently(case: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """auto hands these inputs to the streaming engine (the same output as --engine python); --engine duckdb refuses
    them with a reason."""
    fmt = "csv"
    if case == "blank-lines":
        path = _write(tmp_path / "b.csv", "test,value,unit\nCalcium,8.1,mg/dL\n\nCalcium,9,mg/dL\n")
    elif case == "cp1252":
        path = _write(tmp_path / "c.csv", "test,value,unit,note\nCalcium,8.1,mg/dL,caf\u00e9\n", encoding="cp1252")
    elif case == "short-row":
        path = _write(tmp_path / "r.csv", "test,value,unit\nCalcium,8.1\nCalcium,9,mg/dL\n")
    elif case == "stdin":
        path = Path("-")
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"test,value,unit\nCalcium,8.1,mg/dL\n")))
    else:
        path, fmt = _write(tmp_path / "j.csv", "test,value,unit\nCalcium,8.1,mg/dL\n"), "json"
    monkeypatch.setattr("vitd_cli.engines.AUTO_DUCKDB_BYTES", 0)  # auto would pick DuckDB for these files if it could
    py_out, auto_out = io.StringIO(), io.StringIO()
    if case == "short-row":  # the streaming engine's error, whichever engine auto would have liked
        for run in (interpret_file, interpret_file_with_engine):
            with pytest.raises(VitdError, match="has 2 fields where the header has 3"):
                run(str(path), FileOptions(fmt=fmt, quiet=True), stdout=py_out, stderr=io.StringIO())
    elif case != "stdin":
        interpret_file(str(path), FileOptions(fmt=fmt, quiet=True), stdout=py_out, stderr=io.StringIO())
        interpret_file_with_engine(str(path), FileOptions(fmt=fmt, quiet=True), engine="auto", stdout=auto_out, stderr=io.StringIO())
        assert auto_out.getvalue() == py_out.getvalue()
    with pytest.raises(VitdError) as err:
        interpret_file_with_engine(str(path), FileOptions(fmt=fmt, quiet=True), engine="duckdb", stdout=io.StringIO(), stderr=io.StringIO())
    assert err.value.code == "engine-unsupported"


def test_choose_engine() -> None:
    big, small = 100 << 20, 1 << 20
    assert choose_engine("labs.csv", big, False) == "duckdb"
    assert choose_engine("labs.csv", small, False) == "python"
    assert choose_engine("-", None, True) == "python"
    assert choose_engine("labs.csv", big, True) == "python"
    assert choose_engine("labs.csv", big, False, fmt="json") == "python"
    assert choose_engine("labs.csv", big, False, summary=True) == "python"
    assert choose_engine("labs.csv", small, False, fmt="parquet") == "duckdb"
    for forced in ("python", "duckdb", "spark"):
        assert choose_engine("labs.csv", small, True, forced) == forced
    with pytest.raises(VitdError):
        choose_engine("labs.csv", big, False, "polars")


def test_auto_without_duckdb(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import vitd_cli.engines as engines

    monkeypatch.setattr(engines, "duckdb_installed", lambda: False)
    assert choose_engine("labs.csv", 100 << 20, False) == "python"
    path = _write(tmp_path / "a.csv", "test,value,unit\nCalcium,8.1,mg/dL\n")
    with pytest.raises(VitdError) as err:
        interpret_file_with_engine(str(path), FileOptions(fmt="csv", quiet=True), engine="duckdb", stdout=io.StringIO())
    assert "pip install" in err.value.hint


def test_counts_line_and_check(tmp_path: Path) -> None:
    """The stderr line and --check's exit code as the streaming engine gives them."""
    path = _need(MIMIC / "LABEVENTS_calcium_mg_vitd_subset.csv")
    errs = []
    for engine in ("python", "duckdb"):
        err = io.StringIO()
        run = interpret_file_with_engine(str(path), FileOptions(fmt="csv", dictionary=str(DICTIONARY), check=True), engine=engine,
                                         stdout=io.StringIO(), stderr=err)
        assert run.exit_code == 1
        errs.append(err.getvalue().splitlines()[-1])
    assert errs[0].split("; ")[:2] == errs[1].split("; ")[:2]  # the lab-disagreement count is the streaming engine's only


# ---------------------------------------------------------------- panels: the DuckDB engine = the streaming engine

PANEL_TESTS = [  # (test name, LOINC, unit, values around the bands, lab range)
    ("Calcium", "17861-6", "mg/dL", ["6.9", "7.5", "8.1", "8.7", "8.8", "9.4", "10.4", "10.5", "11.8", "12.5"], "8.6-10.2"),
    ("Albumin", "1751-7", "g/dL", ["2.1", "2.9", "3.4", "3.5", "4.2", "5.0", "5.3"], "3.5-5.2"),
    ("Vitamin D, 25-Hydroxy", "62292-8", "ng/mL", ["<5", "8", "11.9", "12", "18", "20", "29.9", "30", "45", "101", ">150"], "30-100"),
    ("PTH, Intact", "2731-8", "pg/mL", ["9", "14", "15", "40", "65", "66", "120"], "15-65"),
    ("Magnesium", "19123-9", "mg/dL", ["0.9", "1.2", "1.7", "1.8", "2.2", "2.7"], "1.6-2.6"),
    ("Calcium, Ionized", "1994-3", "mmol/L", ["0.9", "1.05", "1.12", "1.2", "1.33", "1.4"], "1.12-1.32"),
    ("Phosphate", "2777-1", "mg/dL", ["1.9", "2.5", "3.5", "4.6", "5.1"], "2.5-4.5"),
    ("Glucose", "2345-7", "mg/dL", ["90", "130"], "70-99"),
    ("Calcium, Urine", "", "mg/dL", ["12"], ""),
]
FLAGS = ["", "", "", "L", "H", "abnormal", "N", "LL", "*"]


def write_panel_corpus(path: Path, rows: int, seed: int, *, grouped: bool, chronological: bool = False) -> Path:
    """Subjects with results of every analyte of a panel at one time, in the next hours and days, undated and out of
    order; lab flags and ranges that agree and disagree; text results; subjects grouped (runs) or interleaved."""
    import random
    from datetime import datetime, timedelta

    rng = random.Random(seed)
    out = [["Patient ID", "Test Name", "LOINC", "Result", "Units", "Reference Range", "Flag", "Collected"]]
    start = datetime(2024, 1, 1, 8, 0)
    subjects = [f"P{i:04d}" for i in range(max(2, rows // 40))]
    while len(out) <= rows:
        subject = rng.choice(subjects)
        t = start + timedelta(hours=rng.choice([0, 1, 5, 23, 24, 25, 48, 24 * 30]) * rng.randint(0, 3))
        for _ in range(rng.randint(1, 8)):
            name, code, unit, values, lab_range = rng.choice(PANEL_TESTS)
            value = rng.choice(values + ["see note"] * (rng.random() < 0.02))
            when = "" if rng.random() < 0.05 else (t + timedelta(minutes=rng.choice([0, 0, 0, 30, -90]))).strftime("%Y-%m-%d %H:%M")
            out.append([subject, name, code if rng.random() < 0.8 else "", value, unit if rng.random() < 0.95 else "",
                        lab_range if rng.random() < 0.7 else "", rng.choice(FLAGS), when])
    body = out[1:rows + 1]
    if chronological:  # every result dated, each subject's in time order (the DuckDB engine's own panel loop)
        body = sorted((r for r in body if r[7]), key=lambda r: (r[0], r[7]))
    elif grouped:
        body.sort(key=lambda r: r[0])  # stable: each subject's rows keep their (not always chronological) order
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([out[0], *body])
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


@pytest.mark.parametrize("order", ["chronological", "grouped", "interleaved"])
def test_panels_same_output(order: str, tmp_path: Path) -> None:
    path = write_panel_corpus(tmp_path / "panels.csv", 6_000, 11, grouped=order == "grouped", chronological=order == "chronological")
    text = assert_same_output(path, "panels")
    rows = csv_rows(text)
    findings = Counter(f for r in rows for f in r["vitd_findings"].split())
    # the corpus raises the cross-analyte findings and notes, so the comparison means something
    assert findings["secondary_hyperparathyroidism"] > 0 and findings["hypocalcemia"] > 0
    assert any("albumin-corrected calcium" in r["vitd_note"] for r in rows)
    assert any("the lab" in r["vitd_note"] for r in rows)
    panels = Counter(r["vitd_panel"] for r in rows if r["vitd_panel"])
    assert max(panels.values()) >= 4 and len(panels) > 500
    assert_same_output(path, "panels, --check --guideline iom-2011", guideline="iom-2011", check=True)


def test_panels_split_at_the_buffer_limit(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A subject with more rows in a row than batch.streamer.BUFFER_LIMIT: both engines form its panels in the same parts."""
    from vitd_cli.batch import streamer

    monkeypatch.setattr(streamer, "BUFFER_LIMIT", 25)
    path = write_panel_corpus(tmp_path / "panels.csv", 600, 5, grouped=True)
    assert_same_output(path, "panels split")
    (_, err), _ = run_both(path, quiet=False)
    assert "its panels were formed in parts" in err


def test_lab_ranges_file_same_output(tmp_path: Path) -> None:
    """A lab's own --ranges file and --scheme, --panel-window and --check: the DuckDB engine still writes the streaming
    engine's bytes."""
    from lab_ranges import LAB_RANGES

    ranges = tmp_path / "lab.toml"
    ranges.write_text(LAB_RANGES, encoding="utf-8")
    path = write_panel_corpus(tmp_path / "panels.csv", 2_000, 3, grouped=True)
    text = assert_same_output(path, "lab ranges", ranges=[str(ranges)], schemes={"vitamin_d": "our-lab"}, panel_window="6h", check=True)
    assert "(our-lab)" in text


def test_strict_same_error(tmp_path: Path) -> None:
    """--strict: both engines refuse a file with skipped rows with the same message (the first skipped row named)."""
    from vitd_cli.engines.duckdb_engine import interpret_file_duckdb

    path = write_panel_corpus(tmp_path / "panels.csv", 1_500, 4, grouped=True)
    errors = []
    for run in (interpret_file, interpret_file_duckdb):
        with pytest.raises(VitdError) as exc:
            run(str(path), FileOptions(fmt="csv", quiet=True, strict=True), stdout=io.StringIO(), stderr=io.StringIO())
        errors.append(str(exc.value))
    assert errors[0] == errors[1] and "(first: row " in errors[0]


def test_parquet_cli_messages(tmp_path: Path) -> None:
    """--format parquet: from a pipe it says why not; into a file it round-trips (Parquet in goes to DuckDB too)."""
    from cli_runner import run_cli

    labs = REPO / "examples" / "labs.csv"
    code, _, err = run_cli(["interpret", "-", "--format", "parquet", "-o", str(tmp_path / "x.parquet")], stdin=labs.read_bytes())
    assert code == 2 and "reads files, not standard input" in err
    code, _, err = run_cli(["interpret", str(labs), "--format", "parquet", "-q"])
    assert code == 2 and "--format parquet needs a file to write" in err
    code, _, err = run_cli(["interpret", str(labs), "--format", "parquet", "-q", "-o", str(tmp_path / "x.parquet")])
    assert code == 0, err
    code, out, err = run_cli(["interpret", str(tmp_path / "x.parquet"), "--format", "csv", "-q"])
    assert code == 0, err
    rows = csv_rows(out)
    assert len(rows) == 17 and rows[0]["Test Name"] == "Vitamin D, 25-Hydroxy"
    code, _, err = run_cli(["interpret", str(tmp_path / "x.parquet"), "--format", "json"])
    assert code == 2 and "is a Parquet file" in err


def test_duckdb_failure_while_writing_is_an_error_not_a_second_output(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Once the DuckDB engine has begun writing, a DuckDB error is a one-line error: auto must not hand the file to
    the streaming engine, which would write the rows a second time."""
    from vitd_cli.engines import duckdb_write

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise duckdb.IOException("disk full")

    monkeypatch.setattr(duckdb_write, "_write_csv", broken)
    out = io.StringIO()
    with pytest.raises(VitdError) as exc:
        interpret_file_with_engine(str(REPO / "examples" / "labs.csv"), FileOptions(fmt="csv", quiet=True), engine="duckdb",
                                   stdout=out, stderr=io.StringIO())
    assert "DuckDB stopped while writing the output" in str(exc.value) and "disk full" in str(exc.value)
    assert exc.value.code == "engine-failed"


@pytest.mark.parametrize("engine", ["duckdb", "auto"])
def test_a_missing_file_or_a_folder_is_the_same_one_line_error_on_every_engine(engine: str, tmp_path: Path) -> None:
    from cli_runner import run_cli

    for path, said in ((tmp_path / "nope.csv", "no such file"), (tmp_path, "it is a directory")):
        code, out, err = run_cli(["interpret", str(path), "--engine", engine, "--format", "csv"])
        assert code == 2 and out == ""
        assert err == f"vitd: error: cannot read {str(path)!r}: {said} " + ("(give the path of an existing file, or - for stdin)\n"
                                                                          if said == "no such file" else "(give the path of a CSV/TSV file)\n")


# ---------------------------------------------------------------- vitd's own output read again (issue 17, item 1)


@pytest.mark.parametrize("where", ["end", "middle", "spreadsheet"])
def test_own_output_read_again_same_bytes_on_both_engines(where: str, tmp_path: Path) -> None:
    """A file vitd wrote, read again: both engines drop its vitd_* columns and write this run's where they were, the
    same bytes and the same one note; at the end (as vitd writes them) the output is the first run's, byte for byte."""
    source = REPO / "examples" / "labs.csv" if where != "spreadsheet" else _write(tmp_path / "export.csv", "\ufeff" + SPREADSHEET)
    first = io.StringIO()
    interpret_file(str(source), FileOptions(fmt="csv", quiet=True), stdout=first, stderr=io.StringIO())
    text = first.getvalue()
    if where == "middle":  # the vitd columns moved between the lab's (a spreadsheet user reordered them)
        rows = list(csv.reader(io.StringIO(text)))
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows([r[:2] + r[7:] + r[2:7] for r in rows])
        text = buf.getvalue()
    again = tmp_path / "again.csv"
    again.write_bytes(text.encode("utf-8"))
    out = assert_same_output(again, f"read again ({where})")
    (_, py_err), (_, dk_err) = run_both(again)
    for err in (py_err, dk_err):
        assert err.count("vitd's own output column") == 1 and "replaced by this run's, in the same place" in err
    header = out.lstrip("\ufeff").splitlines()[1 if where == "spreadsheet" else 0]
    assert header.count("vitd_status") == 1 and header.count("vitd_note") == 1
    if where != "middle":
        assert out == text
    else:
        assert header.split(",")[2:4] == ["vitd_status", "vitd_analyte"] and header.endswith("Collected")
    assert_same_output(again, f"read again ({where}), tsv", fmt="tsv", quiet=True)
    assert_same_output(again, f"read again ({where}), --sanitize", sanitize=True, quiet=True)


def test_own_output_read_again_from_parquet(tmp_path: Path) -> None:
    """The README's example: Parquet written by vitd, read back, gives the first run's CSV (no vitd_status_1)."""
    parquet = tmp_path / "in.parquet"
    interpret_file_with_engine(str(REPO / "examples" / "labs.csv"), FileOptions(fmt="parquet", quiet=True, output=str(parquet)),
                               engine="auto", stderr=io.StringIO())
    out, err = io.StringIO(), io.StringIO()
    interpret_file_with_engine(str(parquet), FileOptions(fmt="csv"), engine="auto", stdout=out, stderr=err)
    first = io.StringIO()
    interpret_file(str(REPO / "examples" / "labs.csv"), FileOptions(fmt="csv", quiet=True), stdout=first, stderr=io.StringIO())
    assert out.getvalue() == first.getvalue()
    assert err.getvalue().count("vitd's own output column") == 1
    again = tmp_path / "again.parquet"
    interpret_file_with_engine(str(parquet), FileOptions(fmt="parquet", quiet=True, output=str(again)), engine="auto", stderr=io.StringIO())
    names = [d[0] for d in duckdb.connect().execute(f"SELECT * FROM read_parquet('{again}')").description]
    assert not [n for n in names if n.endswith("_1")] and names.count("vitd_status") == 1 and len(names) == 7 + 11
