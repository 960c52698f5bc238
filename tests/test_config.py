"""Defaults a lab can set once (issue 17, item 9; docs/config.md): vitd.toml, pyproject.toml [tool.vitd], --config and
$VITD_CONFIG, the user file, their order, each key's effect on the output, the errors of a bad file, `vitd config`
and --no-config. In-process through tests/cli_runner.run_cli, in folders of tmp_path (monkeypatch.chdir); the suite's
own isolation from a developer's configuration is in conftest.py (_no_developer_config)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_runner import run_cli
from lab_ranges import LAB_RANGES

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test: its own user configuration folder (empty), a project folder with .git (the search stops there) as
    the working directory, no $VITD_CONFIG."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("VITD_CONFIG", raising=False)
    monkeypatch.delenv("VITD_NO_CONFIG", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("VITD_DEBUG", raising=False)
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    monkeypatch.chdir(project)
    return project


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _user(tmp_path: Path, text: str) -> Path:
    return _write(tmp_path / "xdg" / "vitd" / "config.toml", text)


def _settings(*options: str) -> dict[str, dict[str, object]]:
    code, out, err = run_cli(["config", "-f", "json", *options])
    assert code == 0, err
    return json.loads(out)["settings"]  # type: ignore[no-any-return]


def _vitd_category(*options: str, value: str = "15 ng/mL") -> str:
    code, out, err = run_cli(["interpret", "--vitd", value, "-f", "json", *options])
    assert code == 0, err
    return json.loads(out)["panels"][0]["results"][0]["category"]  # type: ignore[no-any-return]


def _one_line_error(argv: list[str]) -> str:
    code, out, err = run_cli(argv)
    assert code == 2, (code, out, err)
    assert err.startswith("vitd: error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


# ---------------------------------------------------------------- where settings come from, and in which order


def test_the_repository_itself_configures_nothing() -> None:
    """The suite runs from the repository: it must hold no vitd.toml and no [tool.vitd] (else every test would use it)."""
    import tomllib

    assert not (REPO / "vitd.toml").exists()
    assert "vitd" not in tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8")).get("tool", {})
    assert os.environ.get("VITD_CONFIG") is None and os.environ.get("VITD_NO_CONFIG") is None


def test_precedence_option_config_env_project_pyproject_user_default(tmp_path: Path, _home: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert _settings()["guideline"] == {"value": "endocrine-society-2011", "source": "default", "kind": "default", "path": None}
    user = _user(tmp_path, 'guideline = "uk-nos-2013"\npanel_window = "1h"\ndate_order = "dayfirst"\nformat = "json"\n'
                           'tests_map = "user_map.csv"\n')
    _write(user.parent / "user_map.csv", "name,analyte\n")
    got = _settings()
    assert got["guideline"]["value"] == "uk-nos-2013" and got["guideline"]["kind"] == "user" and got["guideline"]["path"] == str(user)
    assert got["tests_map"]["value"] == str(user.parent / "user_map.csv")  # relative to the user file's folder
    # a pyproject.toml with [tool.vitd] in a parent folder (the search goes up to the folder holding .git)
    pyproject = _write(_home / "pyproject.toml", '[project]\nname = "x"\n[tool.vitd]\nguideline = "uk-2016"\npanel_window = "2h"\n'
                                                 'date_order = "monthfirst"\n')
    sub = _home / "analysis"
    sub.mkdir()
    monkeypatch.chdir(sub)
    got = _settings()
    assert (got["guideline"]["value"], got["guideline"]["kind"]) == ("uk-2016", "pyproject")
    assert got["guideline"]["source"] == f"{pyproject} [tool.vitd]"
    assert (got["format"]["value"], got["format"]["kind"]) == ("json", "user")  # keys the project does not set
    # a vitd.toml nearer than the pyproject.toml wins (the pyproject.toml is then not read at all)
    project = _write(sub / "vitd.toml", 'guideline = "iom-2011"\npanel_window = "3h"\n')
    got = _settings()
    assert (got["guideline"]["value"], got["guideline"]["path"]) == ("iom-2011", str(project))
    assert (got["date_order"]["value"], got["date_order"]["kind"]) == ("dayfirst", "user")
    # $VITD_CONFIG wins over the project file
    env_file = _write(tmp_path / "env.toml", 'guideline = "uk-2016"\n')
    monkeypatch.setenv("VITD_CONFIG", str(env_file))
    got = _settings()
    assert (got["guideline"]["value"], got["guideline"]["kind"]) == ("uk-2016", "env")
    assert got["panel_window"]["value"] == "3h"
    # --config wins over $VITD_CONFIG (which is then not read)
    option_file = _write(tmp_path / "option.toml", 'guideline = "endocrine-society-2011"\n')
    got = _settings("--config", str(option_file))
    assert (got["guideline"]["value"], got["guideline"]["kind"]) == ("endocrine-society-2011", "config")
    # and what the command line gives wins over every file
    assert _vitd_category("--config", str(option_file)) == "deficient"
    assert _vitd_category() == "insufficient"  # uk-2016 from $VITD_CONFIG
    assert _vitd_category("--guideline", "iom-2011") == "at_risk_of_inadequacy"
    assert _vitd_category("--scheme", "vitamin_d=iom-2011") == "at_risk_of_inadequacy"  # names vitamin D: wins over the guideline


def test_a_vitd_toml_beats_the_pyproject_toml_of_its_own_folder(_home: Path) -> None:
    _write(_home / "pyproject.toml", '[tool.vitd]\nguideline = "uk-2016"\nformat = "json"\n')
    _write(_home / "vitd.toml", 'guideline = "iom-2011"\n')
    got = _settings()
    assert got["guideline"]["kind"] == "project" and got["format"]["kind"] == "default"
    code, out, _ = run_cli(["config"])
    assert code == 0 and "pyproject.toml (not read (vitd.toml in the same folder wins))" in out


def test_the_search_stops_at_the_folder_holding_git(tmp_path: Path, _home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "vitd.toml", 'guideline = "iom-2011"\n')  # above the repository: not read
    assert _settings()["guideline"]["kind"] == "default"
    (_home / ".git").rmdir()
    assert _settings()["guideline"]["kind"] == "project"
    (_home / ".git").write_text("gitdir: elsewhere\n", encoding="utf-8")  # a worktree's .git is a file: it stops too
    assert _settings()["guideline"]["kind"] == "default"


def test_a_pyproject_without_tool_vitd_is_passed_over(tmp_path: Path, _home: Path) -> None:
    _write(_home / "pyproject.toml", '[project]\nname = "vitd-analysis"\n[tool.ruff]\nline-length = 100\n')
    _user(tmp_path, 'guideline = "iom-2011"\n')
    assert _settings()["guideline"]["kind"] == "user"
    code, out, _ = run_cli(["config", "-f", "json"])
    files = json.loads(out)["files"]
    assert {"role": "project", "path": str(_home / "pyproject.toml"), "status": "no [tool.vitd]"} in files


def test_no_config_reads_no_file_but_the_one_given(tmp_path: Path, _home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(_home / "vitd.toml", 'guideline = "iom-2011"\n')
    _user(tmp_path, 'format = "json"\n')
    assert _vitd_category() == "at_risk_of_inadequacy"
    assert _vitd_category("--no-config") == "deficient"
    assert all(s["kind"] == "default" for s in _settings("--no-config").values())
    monkeypatch.setenv("VITD_NO_CONFIG", "1")
    assert _vitd_category() == "deficient"
    monkeypatch.setenv("VITD_CONFIG", str(_home / "vitd.toml"))  # ignored as well
    assert _vitd_category() == "deficient"
    code, out, _ = run_cli(["config"])
    assert code == 0 and "ignored: VITD_NO_CONFIG=1" in out
    monkeypatch.setenv("VITD_NO_CONFIG", "0")  # 0 is off
    assert _vitd_category() == "at_risk_of_inadequacy"
    monkeypatch.delenv("VITD_NO_CONFIG")
    monkeypatch.delenv("VITD_CONFIG")
    only = _write(tmp_path / "only.toml", 'guideline = "uk-2016"\n')
    got = _settings("--no-config", "--config", str(only))  # this file only: not the project's, not the user's
    assert got["guideline"]["kind"] == "config" and got["format"]["kind"] == "default"


# ---------------------------------------------------------------- each key changes the output


def test_guideline_changes_a_classification(_home: Path) -> None:
    assert _vitd_category() == "deficient"
    _write(_home / "vitd.toml", 'guideline = "iom-2011"\n')
    assert _vitd_category() == "at_risk_of_inadequacy"
    assert _vitd_category("--guideline", "endocrine-society-2011") == "deficient"


def test_schemes_choose_an_analytes_scheme_and_merge_with_the_options(_home: Path) -> None:
    def calcium(*options: str) -> str:
        code, out, err = run_cli(["interpret", "--calcium", "8.7 mg/dL", "--vitd", "15 ng/mL", "-f", "json", *options])
        assert code == 0, err
        results = {r["analyte"]: r for p in json.loads(out)["panels"] for r in p["results"]}
        return f"{results['calcium']['flag']}/{results['vitamin_d']['category']}"

    assert calcium() == "low/deficient"
    _write(_home / "vitd.toml", '[schemes]\ncalcium = "statpearls"\n')
    assert calcium() == "normal/deficient"
    assert calcium("--scheme", "vitamin_d=iom-2011") == "normal/at_risk_of_inadequacy"  # merged: both apply
    assert calcium("--scheme", "calcium=msd") == "low/deficient"  # the option names calcium: it wins


def test_ranges_and_schemes_of_a_lab_relative_to_the_config_file(tmp_path: Path, _home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(_home / "lab" / "ranges.toml", LAB_RANGES)
    _write(_home / "vitd.toml", 'ranges = ["lab/ranges.toml"]\nschemes = { vitamin_d = "our-lab" }\n')
    sub = _home / "deep" / "er"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)  # the path is the config file's folder's, not the working directory's
    assert _vitd_category(value="24.9 ng/mL") == "low"
    assert _vitd_category(value="25 ng/mL") == "ok"
    code, out, _ = run_cli(["ranges", "--analyte", "vitamin_d", "-f", "json"])
    assert code == 0 and "our-lab" in out
    assert _vitd_category("--no-config", value="24.9 ng/mL") == "insufficient"
    # --ranges given replaces the configuration's files (which then lack the scheme the configuration names)
    other = _write(tmp_path / "other.toml", LAB_RANGES.replace("our-lab", "their-lab"))
    err = _one_line_error(["interpret", "--vitd", "20 ng/mL", "--ranges", str(other)])
    assert "vitd.toml: schemes: unknown scheme 'our-lab' for vitamin_d" in err


def _labs(folder: Path) -> Path:
    return _write(folder / "labs.csv", "Patient,Test,Result,Unit,Collected\n1,Calcium,8.1,mg/dL,12/04/2024 08:00\n"
                                       "1,Albumin,3.0,g/dL,12/04/2024 11:00\n")


def _panels(path: Path, *options: str) -> list[list[str]]:
    code, out, err = run_cli(["interpret", str(path), "-f", "json", *options])
    assert code == 0, err
    return [sorted(r["analyte"] for r in p["results"]) for p in json.loads(out)["panels"]]


def test_panel_window_from_the_file_loses_to_the_option_even_at_its_default(_home: Path) -> None:
    labs = _labs(_home)
    assert _panels(labs) == [["albumin", "calcium", "corrected_calcium"]]
    _write(_home / "vitd.toml", 'panel_window = "1h"\n')
    assert _panels(labs) == [["calcium"], ["albumin"]] or _panels(labs) == [["albumin"], ["calcium"]]
    assert _panels(labs, "--panel-window", "24h") == [["albumin", "calcium", "corrected_calcium"]]  # given: wins
    code, out, err = run_cli(["interpret", "--vitd", "18 ng/mL", "-f", "json"])  # a FILE's key: typed values ignore it
    assert code == 0 and err == ""


def test_date_order(_home: Path) -> None:
    labs = _labs(_home)
    code, _, err = run_cli(["interpret", str(labs), "-f", "csv"])
    assert code == 0 and "day-first and month-first" in err  # undecided: assumed, and said
    _write(_home / "vitd.toml", 'date_order = "dayfirst"\n')
    code, out, err = run_cli(["interpret", str(labs), "-f", "json"])
    assert code == 0 and "day-first and month-first" not in err
    assert json.loads(out)["panels"][0]["date"] == "12/04/2024 08:00"
    code, _, err = run_cli(["interpret", str(labs), "-f", "csv", "--monthfirst"])  # the option wins (and is not a conflict)
    assert code == 0 and "day-first" not in err
    _write(_home / "vitd.toml", 'date_order = "auto"\n')
    assert "day-first and month-first" in run_cli(["interpret", str(labs), "-f", "csv"])[2]


def test_format(_home: Path) -> None:
    labs = _labs(_home)
    _write(_home / "vitd.toml", 'format = "json"\n')
    code, out, _ = run_cli(["interpret", "--vitd", "18 ng/mL"])
    assert code == 0 and json.loads(out)["panels"]
    code, out, _ = run_cli(["interpret", str(labs)])
    assert code == 0 and json.loads(out)["panels"]
    code, out, _ = run_cli(["interpret", str(labs), "--tests"])  # the tests listing takes json too
    assert code == 0 and json.loads(out)
    code, out, _ = run_cli(["interpret", "--vitd", "18 ng/mL", "-f", "rich"])
    assert code == 0 and not out.lstrip().startswith("{")
    _write(_home / "vitd.toml", 'format = "ndjson"\n')
    code, out, _ = run_cli(["interpret", str(labs)])
    assert code == 0 and len(out.splitlines()) == 3 and all(json.loads(line) for line in out.splitlines())  # (+ corrected calcium)
    code, out, _ = run_cli(["interpret", "--vitd", "18 ng/mL"])  # typed values cannot be ndjson: their own default
    assert code == 0 and "Vitamin D" in out and not out.lstrip().startswith("{")


def test_tests_map(_home: Path) -> None:
    labs = _write(_home / "labs.csv", "Patient ID,Test Name,Result,Units\nP1,Ca Xyz local,8.1,mg/dL\n")
    code, out, _ = run_cli(["interpret", str(labs), "-f", "csv"])
    assert [r["vitd_analyte"] for r in csv.DictReader(io.StringIO(out))] == [""]
    _write(_home / "maps" / "names.csv", "name,analyte\nCa Xyz local,calcium\n")
    _write(_home / "vitd.toml", 'tests_map = "maps/names.csv"\n')
    code, out, err = run_cli(["interpret", str(labs), "-f", "csv"])
    assert code == 0, err
    assert [r["vitd_analyte"] for r in csv.DictReader(io.StringIO(out))] == ["calcium"]


def test_sql_takes_the_guideline_and_ranges(_home: Path) -> None:
    plain = run_cli(["sql"])[1]
    _write(_home / "vitd.toml", 'guideline = "iom-2011"\n')
    code, configured, err = run_cli(["sql"])
    assert code == 0 and configured != plain, err
    assert run_cli(["sql", "--no-config"])[1] == plain
    assert run_cli(["sql", "--guideline", "endocrine-society-2011"])[1] == plain


def test_sql_takes_the_panel_window(_home: Path) -> None:
    """vitd sql --panel-window (the window in milliseconds in the panel steps), the configuration's panel_window
    where the option was not given, and a bad duration refused as vitd interpret refuses it."""
    cols = ["--columns", "value=v,analyte=t,subject=s,date=d"]
    plain = run_cli(["sql", *cols])[1]
    assert "86400000" in plain
    code, two, err = run_cli(["sql", *cols, "--panel-window", "2h"])
    assert code == 0 and "7200000" in two and "86400000" not in two, err
    assert run_cli(["sql", "--panel-window", "2h"])[1] == run_cli(["sql"])[1]  # no panels without subject= and date=
    _write(_home / "vitd.toml", 'panel_window = "2h"\n')
    assert run_cli(["sql", *cols])[1] == two
    assert run_cli(["sql", *cols, "--panel-window", "24h"])[1] == plain
    code, _, err = run_cli(["sql", *cols, "--panel-window", "a day"])
    assert code == 2 and "--panel-window 'a day' is not a duration" in err


# ---------------------------------------------------------------- a bad file: one line, exit 2


@pytest.mark.parametrize("text, words", [
    ('guidline = "iom-2011"\n', ["vitd.toml: unknown key 'guidline'", "did you mean 'guideline'?", "keys: guideline, schemes, ranges"]),
    ('panel-window = "6h"\n', ["unknown key 'panel-window'", "did you mean 'panel_window'?"]),
    ("guideline = 2011\n", ["vitd.toml: guideline must be a non-empty string, not an integer", 'e.g. guideline = "iom-2011"']),
    ('ranges = "lab.toml"\n', ["vitd.toml: ranges must be a list of paths, not a string"]),
    ('schemes = "statpearls"\n', ["vitd.toml: schemes must be a table"]),
    ("[schemes]\ncalcium = 1\n", ["schemes.calcium must be a scheme's name"]),
    ('date_order = "yearfirst"\n', ["vitd.toml: unknown date_order 'yearfirst'", "auto, dayfirst, monthfirst"]),
    ('format = "xml"\n', ["vitd.toml: format: unknown format 'xml'", "use one of rich, json"]),
    ('guideline = "iom"\n', ["vitd.toml: guideline: unknown scheme 'iom' for vitamin_d", "iom-2011"]),
    ('[schemes]\ncalcum = "msd"\n', ["vitd.toml: schemes:", "calcum"]),
    ('panel_window = "a day"\n', ["vitd.toml: panel_window 'a day' is not a duration", "24h"]),
    ('ranges = ["missing.toml"]\n', ["vitd.toml: ranges: cannot read", "missing.toml"]),
    ('guideline = "iom-2011\n', ["vitd.toml: not valid TOML"]),
])
def test_a_bad_file_is_one_line_and_exit_2(_home: Path, text: str, words: list[str]) -> None:
    _write(_home / "vitd.toml", text)
    for argv in (["interpret", "--vitd", "18 ng/mL"], ["config"]):
        err = _one_line_error(argv)
        assert all(w in err for w in words), err
        assert "18 ng/mL" not in err
    assert run_cli(["interpret", "--vitd", "18 ng/mL", "--no-config"])[0] == 0  # the way out


def test_errors_name_the_file_they_came_from(tmp_path: Path, _home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(_home / "pyproject.toml", '[tool.vitd]\nguidline = "x"\n')
    assert "vitd: error: pyproject.toml [tool.vitd]: unknown key 'guidline'" in _one_line_error(["config"])
    (_home / "pyproject.toml").unlink()
    user = _user(tmp_path, 'format = "yaml"\n')
    assert f"vitd: error: {user}: format: unknown format 'yaml'" in _one_line_error(["config"])
    user.unlink()
    assert "missing.toml: no such configuration file" in _one_line_error(["config", "--config", "missing.toml"])
    monkeypatch.setenv("VITD_CONFIG", "gone.toml")
    assert "gone.toml: no such configuration file" in _one_line_error(["interpret", "--vitd", "18 ng/mL"])
    monkeypatch.delenv("VITD_CONFIG")
    (_home / "vitd.toml").write_bytes(b"guideline = '\xff'\n")
    assert "vitd.toml: not UTF-8 text" in _one_line_error(["config"])


def test_a_format_from_the_file_that_the_output_cannot_take_says_where_it_came_from(_home: Path) -> None:
    labs = _labs(_home)
    _write(_home / "vitd.toml", 'format = "parquet"\n')
    err = _one_line_error(["interpret", str(labs), "--engine", "python"])
    assert err.startswith("vitd: error: vitd.toml: format parquet is written by the DuckDB and Spark engines"), err


# ---------------------------------------------------------------- vitd config


def test_vitd_config_shows_every_key_its_value_and_source(tmp_path: Path, _home: Path) -> None:
    _write(_home / "vitd.toml", 'guideline = "iom-2011"\n[schemes]\ncalcium = "statpearls"\n')
    _user(tmp_path, 'panel_window = "6h"\n')
    code, out, err = run_cli(["config"])
    assert code == 0 and err == ""
    lines = out.splitlines()
    keys = {"guideline", "schemes", "ranges", "tests_map", "panel_window", "date_order", "format"}
    row = {line.split()[0]: line for line in lines if line.startswith("  ") and line.split()[0] in keys}
    assert set(row) == keys
    assert "iom-2011" in row["guideline"] and row["guideline"].endswith(str(_home / "vitd.toml"))
    assert "calcium=statpearls" in row["schemes"]
    assert "6h" in row["panel_window"] and row["panel_window"].endswith("config.toml (user file)")
    assert row["date_order"].split()[1:] == ["auto", "default"]
    assert f"project: {_home / 'vitd.toml'} (read)" in out and "--config / $VITD_CONFIG: (not set)" in out
    assert f"up to {_home}" in out or f"in {_home}" in out
    doc = json.loads(run_cli(["config", "--format", "json"])[1])
    assert doc["settings"]["schemes"]["value"] == {"calcium": "statpearls"} and doc["ignored"] is None
    assert doc["files"][-1] == {"role": "user", "path": str(tmp_path / "xdg" / "vitd" / "config.toml"), "status": "read"}


def test_vitd_config_writes_no_control_characters(_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    odd = _home / "lab\x1b[31m"
    _write(odd / "vitd.toml", 'tests_map = "map\x1b]0;x\x07.csv"\n'.replace("\x1b", "\\u001b").replace("\x07", "\\u0007"))
    _write(odd / "map\x1b]0;x\x07.csv", "name,analyte\n")
    monkeypatch.chdir(odd)
    code, out, err = run_cli(["config"])
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out and "\\x1b" in out


def test_config_in_a_subprocess_is_isolated_and_sees_the_project(_home: Path) -> None:
    """The installed entry point reads the same files (and the suite's XDG_CONFIG_HOME reaches subprocesses)."""
    _write(_home / "vitd.toml", 'guideline = "iom-2011"\n')
    env = {**os.environ, "PYTHONPATH": str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run([sys.executable, "-m", "vitd_cli", "config", "-f", "json"], capture_output=True, text=True,
                          cwd=_home, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["settings"]["guideline"]["kind"] == "project"
    assert doc["files"][-1]["status"] == "not found"


def test_the_library_reads_without_the_cli(tmp_path: Path) -> None:
    """config.load() alone (no typer): cwd and env are arguments, a handy seam for other front ends."""
    from vitd_cli import config

    _write(tmp_path / "elsewhere" / "vitd.toml", 'ranges = ["r.toml"]\n')
    cfg = config.load(cwd=tmp_path / "elsewhere", env={"XDG_CONFIG_HOME": str(tmp_path / "none")})
    assert cfg["ranges"] == [str(tmp_path / "elsewhere" / "r.toml")] and cfg.given("ranges") and not cfg.given("format")
    assert config.user_file({"XDG_CONFIG_HOME": "relative/path", "HOME": str(tmp_path)}) != Path("relative/path/vitd/config.toml")
