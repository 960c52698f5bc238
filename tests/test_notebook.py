"""The notebook API: vitd_cli.interpret_frame on pandas and Polars DataFrames (the CSV engine's columns), a Report's
table in Jupyter, and that neither pandas nor Polars is imported by `import vitd_cli` or the CLI."""

from __future__ import annotations

import csv
import io
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

import vitd_cli
from vitd_cli.errors import VitdError
from vitd_cli.files import FileOptions, interpret_file
from vitd_cli.render.table_out import LONG_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "notebook.md"
ROWS = {
    "id": ["1", "1", "2", "2", "3", "3"],
    "test": ["vitamin_d", "calcium", "sodium", "vitamin_d", "Vitamin D", "magnesium"],
    "result": ["18", "8.1", "140", "", "<5", "0.62"],
    "units": ["ng/mL", "mg/dL", "mmol/L", "ng/mL", "ng/mL", "mmol/L"],
    "when": ["2024-01-01", "2024-01-01", "2024-01-02", "2024-01-02", "2024-01-03", "2024-01-03"],
}


def _csv_columns(tmp_path: Path) -> list[dict[str, str]]:
    """What `vitd interpret FILE --format csv` appends for ROWS."""
    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(list(ROWS))
        w.writerows(zip(*ROWS.values()))
    out = io.StringIO()
    interpret_file(str(path), FileOptions(fmt="csv", quiet=True, columns=["value=result,unit=units,analyte=test,subject=id,date=when"]),
                   stdout=out, stderr=io.StringIO())
    return [{c: row[c] for c in LONG_COLUMNS} for row in csv.DictReader(io.StringIO(out.getvalue()))]


def _same_as_csv(got: list[dict[str, object]], expected: list[dict[str, str]]) -> None:
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        for c in LONG_COLUMNS:
            v = g[c]
            if c == "vitd_value_si":
                assert isinstance(v, float)
                want = float(e[c].lstrip("<>")) if e[c] else math.nan
                assert (math.isnan(v) and math.isnan(want)) or v == want, (c, v, e[c])
            else:
                missing = v is None or (isinstance(v, float) and math.isnan(v))
                assert (e[c] == "" and missing) or v == e[c], (c, v, e[c])


def test_pandas_frame_gets_the_csv_columns(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install 'vitd[pandas]')")
    df = pd.DataFrame({**ROWS, "id": [1, 1, 2, 2, 3, 3], "when": pd.to_datetime(ROWS["when"])}, index=[10, 11, 12, 13, 14, 15])
    df["result"] = df["result"].replace("", None)
    before = df.copy()
    out = vitd_cli.interpret_frame(df, value="result", unit="units", analyte="test", subject="id", date="when")
    assert list(out.columns) == [*df.columns, *LONG_COLUMNS]
    assert list(out.index) == list(df.index)
    assert out["vitd_value_si"].dtype == "float64"
    assert (out[list(df.columns)].dtypes == df.dtypes).all()
    pd.testing.assert_frame_equal(df, before)  # the frame given is not changed
    _same_as_csv(out[list(LONG_COLUMNS)].to_dict("records"), _csv_columns(tmp_path))
    assert out.loc[12, "vitd_status"] == "other_test" and out.loc[13, "vitd_status"] == "skipped"
    assert out.loc[14, "vitd_note"] == "reported as <5: classified on the bound"


def test_polars_frame_gets_the_csv_columns(tmp_path: Path) -> None:
    pl = pytest.importorskip("polars", reason="polars is not installed (pip install 'vitd[polars]')")
    df = pl.DataFrame({**ROWS, "id": [1, 1, 2, 2, 3, 3]}).with_columns(
        pl.col("when").str.to_date(), pl.when(pl.col("result") == "").then(None).otherwise(pl.col("result")).alias("result"))
    out = vitd_cli.interpret_frame(df, value="result", unit="units", analyte="test", subject="id", date="when")
    assert isinstance(out, pl.DataFrame)
    assert out.columns == [*df.columns, *LONG_COLUMNS]
    assert out.schema["vitd_value_si"] == pl.Float64 and out.schema["id"] == pl.Int64 and out.schema["when"] == pl.Date
    _same_as_csv(out.select(LONG_COLUMNS).with_columns(pl.col("vitd_value_si").fill_null(float("nan"))).to_dicts(), _csv_columns(tmp_path))


def test_numbers_and_one_analyte_for_every_row() -> None:
    pl = pytest.importorskip("polars", reason="polars is not installed (pip install 'vitd[polars]')")
    df = pl.DataFrame({"SEQN": [1, 2, 3], "LBXVIDMS": [28.4, None, 81.2]})
    out = vitd_cli.interpret_frame(df, value="LBXVIDMS", unit="nmol/L", analyte="vitamin_d", subject="SEQN")
    assert out["vitd_status"].to_list() == ["interpreted", "skipped", "interpreted"]
    assert out["vitd_value_si"].to_list()[0] == 28.4 and out["vitd_value_si"].to_list()[1] is None
    assert out["vitd_flag"].to_list() == ["low", None, "normal"]


def test_loinc_codes_and_options() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install 'vitd[pandas]')")
    df = pd.DataFrame({"loinc": ["62292-8", "17861-6"], "v": [45.0, 2.3], "u": ["nmol/L", "mmol/L"]})
    out = vitd_cli.interpret_frame(df, value="v", unit="u", code="loinc", guideline="iom-2011")
    assert list(out["vitd_analyte"]) == ["vitamin_d", "calcium"]
    assert "iom-2011" in out.loc[0, "vitd_range"]


def test_errors_are_vitd_errors() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install 'vitd[pandas]')")
    df = pd.DataFrame({"v": ["18 ng/mL"]})
    with pytest.raises(VitdError, match="no column 'nope'"):
        vitd_cli.interpret_frame(df, value="nope", analyte="vitamin_d")
    with pytest.raises(VitdError, match="analyte= or code="):
        vitd_cli.interpret_frame(df, value="v")
    with pytest.raises(VitdError, match="scheme"):
        vitd_cli.interpret_frame(df, value="v", analyte="vitamin_d", guideline="nonsense")
    with pytest.raises(TypeError):
        vitd_cli.interpret_frame([{"v": 1}], value="v", analyte="vitamin_d")


def test_report_shows_itself_as_a_table() -> None:
    rep = vitd_cli.interpret({"vitamin_d": "18 ng/mL", "calcium": "8.1 mg/dL"}, ["twitching"])
    rep.panels[0].subject = "<b>x</b>"
    html = rep._repr_html_()
    assert html.count("<tr>") == 3  # the header and two results
    assert "Vitamin D deficiency" in html and "18 ng/mL" in html and "&lt;b&gt;x&lt;/b&gt;" in html
    assert "<script" not in html


def test_the_docs_example_runs() -> None:
    pytest.importorskip("pandas", reason="pandas is not installed (pip install 'vitd[pandas]')")
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1
    exec(compile(blocks[0], str(DOC), "exec"), {"__name__": "notebook_example"})


def test_pandas_and_polars_are_not_imported_by_the_cli() -> None:
    code = ("import sys, io, contextlib\n"
            "import vitd_cli\n"
            "assert not {'pandas', 'polars'} & set(sys.modules), 'import vitd_cli'\n"
            "from vitd_cli.cli import main\n"
            "buf = io.StringIO()\n"
            "with contextlib.redirect_stdout(buf):\n"
            "    try:\n"
            "        main(['interpret', '--vitd', '18 ng/mL', '--calcium', '8.1 mg/dL', '-s', 'twitching', '--format', 'json'])\n"
            "    except SystemExit as exc:\n"
            "        assert exc.code == 0, exc.code\n"
            "    try:\n"
            "        main(['interpret', '--vitd', '18 ng/mL'])\n"
            "    except SystemExit as exc:\n"
            "        assert exc.code == 0, exc.code\n"
            "loaded = {'pandas', 'polars', 'vitd_cli.notebook'} & set(sys.modules)\n"
            "assert not loaded, loaded\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_interpret_frame_writes_nothing_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The frame's lab data is read from memory: no temporary file, even one removed afterwards (docs/safety.md)."""
    pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install 'vitd[pandas]')")
    import builtins
    import tempfile

    real_open = builtins.open
    written: list[str] = []

    def watched(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if any(c in mode for c in "wax+"):
            written.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watched)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = vitd_cli.interpret_frame(pd.DataFrame(ROWS), value="result", unit="units", analyte="test", subject="id", date="when")
    assert list(out["vitd_status"])[:2] == ["interpreted", "interpreted"]
    assert written == [] and list(tmp_path.iterdir()) == []
