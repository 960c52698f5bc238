"""The small commands, each options in, one call to the library, its output written: vitd convert, identify, ranges,
sql and config."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ExitCode, VitdError
from . import configured
from .option_values import check_format, pairs
from .options import PANEL_WINDOW, ConfigFile, NoConfig, Ranges, SqlPanelWindow, TextFormat

CONVERT_EPILOG = "Examples:\n\n  vitd convert '50 nmol/L' --analyte vitamin_d --to ng/mL\n\n  vitd convert '8.1 mg/dL' --analyte calcium"


def convert(
    quantity: Annotated[str, typer.Argument(help="A value with its unit, e.g. '50 nmol/L'.")],
    analyte: Annotated[str, typer.Option("--analyte", "-a", help="vitamin_d, calcium, ionized_calcium, albumin, magnesium, pth, phosphate.", metavar="ANALYTE")],
    to: Annotated[Optional[str], typer.Option("--to", help="Target unit; default: every unit of the analyte.", metavar="UNIT")] = None,
    output_format: TextFormat = "text",
) -> int:
    """Convert a value between the units labs use (exact molar masses from reference_ranges/)."""
    from ..tools.conversions import convert_text

    fmt = check_format(output_format, ("text", "json"))
    result = convert_text(quantity, analyte, to)
    if fmt == "json":
        import json

        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        src = result["from"]
        cmp = src["comparator"] or ""
        targets = ", ".join(f"{cmp}{_rounded(t['value'])} {t['unit']}" for t in result["to"])
        given = f"{cmp}{src['value']:g} {src['unit']}"
        sys.stdout.write(f"{given} = {targets}  ({result['analyte']}; {result['basis']})\n")
    return ExitCode.OK


def _rounded(x: float) -> str:
    """A converted value for people: two decimals (three significant figures below 1), never in exponent form."""
    if x == 0 or abs(x) >= 1:
        return f"{round(x, 2):.2f}".rstrip("0").rstrip(".")
    return f"{float(f'{x:.3g}'):.10f}".rstrip("0").rstrip(".")


IDENTIFY_EPILOG = ("Examples:\n\n  vitd identify 'VITAMIN D,25-OH,TOTAL,IA'\n\n  vitd identify 'Calcium SerPl-mCnc'\n\n"
                   "  vitd identify 'Albumin/Globulin [Mass Ratio] in Serum or Plasma'\n\n  vitd identify Calcium --code 2004-0\n\n"
                   "  vitd identify 'Ca++' --unit mmol/L --format json")


def identify(
    name: Annotated[str, typer.Argument(help="A test name as a lab, an EHR, LOINC or an analyser prints it.")],
    code: Annotated[Optional[str], typer.Option("--code", help="Its LOINC code, which decides before the name.", metavar="CODE")] = None,
    unit: Annotated[Optional[str], typer.Option("--unit", help="Its unit: checked against the analyte's units.", metavar="UNIT")] = None,
    output_format: TextFormat = "text",
) -> int:
    """Say which of vitd's tests a name (and code) is, and which words decided it (the rules: reference_ranges/tests.toml)."""
    from ..tools.identify_explain import explain_identification

    fmt = check_format(output_format, ("text", "json"))
    sys.stdout.write(explain_identification(name, code, unit, fmt))
    return ExitCode.OK


RANGES_EPILOG = "Examples:\n\n  vitd ranges\n\n  vitd ranges --analyte vitamin_d --format json"


def ranges(
    ctx: typer.Context,
    analyte: Annotated[Optional[str], typer.Option("--analyte", "-a", help="Only this analyte.", metavar="ANALYTE")] = None,
    ranges_file: Annotated[Optional[list[Path]], typer.Option("--ranges", help="Also show a lab's own ranges file.", metavar="FILE")] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="rich or json.", metavar="rich|json")] = "rich",
    config_file: ConfigFile = None,
    no_config: NoConfig = False,
) -> int:
    """Show the reference ranges and schemes in use, with their sources (with a configuration's ranges files)."""
    from ..reference import load
    from ..reference.identify import resolve_analyte_id

    fmt = check_format(output_format, ("rich", "json"))
    ref = load(tuple(configured.ranges(ctx, configured.load_config(config_file, no_config), ranges_file, "ranges_file")))
    wanted = [resolve_analyte_id(ref, analyte)] if analyte else [a for a in ref.analytes if a != "corrected_calcium"]
    if fmt == "json":
        import json

        doc = {a: {"default": ref.defaults[a], "schemes": [s.model_dump() for s in ref.schemes[a].values()]} for a in wanted}
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
    else:
        from ..render.ranges import render_ranges

        render_ranges(ref, wanted, sys.stdout)
    return ExitCode.OK


SQL_EPILOG = ("Examples:\n\n  vitd sql --dialect duckdb\n\n  vitd sql --dialect postgres --table labs --columns value=result,unit=units,analyte=test_name,code=loinc\n\n"
              "  vitd sql --dialect sqlite --view vitd_labs\n\n"
              "  vitd sql --dialect duckdb --columns value=result,unit=units,analyte=test_name,subject=patient_id,date=collected,row=row_id"
              "   # panels and findings too\n\n"
              "  vitd sql --columns value=result,unit=units,analyte=test_name,code=,subject=patient_id,date=collected --dayfirst"
              "   # dates such as 12/04/2024 read as 12 April\n\n"
              "  vitd sql --dialect postgres --names distinct_tests.csv   # the table's test names identified by vitd first")


def sql(
    ctx: typer.Context,
    dialect: Annotated[str, typer.Option("--dialect", help="duckdb, postgres, spark, bigquery, snowflake or sqlite.", metavar="DIALECT")] = "duckdb",
    table: Annotated[str, typer.Option("--table", help="The lab table to classify in place.", metavar="TABLE")] = "labs",
    columns: Annotated[Optional[list[str]], typer.Option("--columns", help="ROLE=COLUMN,... for value, value_numeric, unit, analyte, code, specimen; the lab's own flag= and range= (rows the lab judges differently say so in vitd_note); subject= and date= together group each subject's rows into panels (vitd_panel) and add the panel findings and notes (albumin-corrected calcium ...) to vitd_findings and vitd_note (dates as ISO 8601 text or a DATE/TIMESTAMP column, and with --dayfirst or --monthfirst dates such as 12/04/2024; other texts are undated); row= a column of unique row ids giving the input order (without it the query numbers the rows by subject, date and the test's cells, in a vitd_row column). Without it the table's columns are taken to be value, unit, test (analyte) and loinc (code); ROLE= with no column says the table has none (e.g. code=). With --names, the analyte, code and specimen columns must be headers of that CSV.", metavar="ROLE=COLUMN,...")] = None,
    view: Annotated[Optional[str], typer.Option("--view", help="Write CREATE VIEW NAME AS ... instead of a query.", metavar="NAME")] = None,
    guideline: Annotated[Optional[str], typer.Option(help="Vitamin D scheme (see vitd ranges).", metavar="SCHEME")] = None,
    scheme: Annotated[Optional[list[str]], typer.Option("--scheme", help="ANALYTE=SCHEME. Repeatable.", metavar="ANALYTE=SCHEME")] = None,
    ranges: Ranges = None,
    names: Annotated[Optional[str], typer.Option("--names", help="A CSV of the table's distinct tests (header: its analyte, code and specimen columns, e.g. from SELECT DISTINCT test_name, loinc FROM labs): identified by vitd's recogniser and written into the query, so the warehouse reads every name as vitd interpret does.", metavar="FILE")] = None,
    tests_map: Annotated[Optional[str], typer.Option("--tests-map", help="A lab's own names (CSV name,analyte or TOML [tests]): applied to the --names given, or written into the query.", metavar="FILE")] = None,
    panel_window: SqlPanelWindow = PANEL_WINDOW,
    dayfirst: Annotated[bool, typer.Option("--dayfirst", help="With date=: the date column's texts written day and month first (12/04/2024, 12.04.24 08:00) are day first (12 April) and are read too; without it (or --monthfirst) the query reads ISO 8601 text or a DATE/TIMESTAMP column, and any other date is undated (vitd_note says so).")] = False,
    monthfirst: Annotated[bool, typer.Option("--monthfirst", help="With date=: such dates are month first (04/12/2024 is April 12) and are read too.")] = False,
    config_file: ConfigFile = None,
    no_config: NoConfig = False,
) -> int:
    """Print SQL that classifies a lab table in place, generated from reference_ranges/ and transpiled with sqlglot
    (a configuration's guideline, schemes, ranges, tests_map, panel_window and date_order apply: vitd config)."""
    from ..engines.sql_columns import DIALECTS
    from ..engines.sql_command import generate_sql, parse_columns, read_names

    if dialect not in DIALECTS:
        raise VitdError("dialect-unknown", f"unknown dialect {dialect!r}", f"use one of {', '.join(DIALECTS)}")
    cfg = configured.load_config(config_file, no_config)
    rng = configured.ranges(ctx, cfg, ranges, "ranges")
    configured.check_config(cfg, rng)
    guideline, schemes = configured.schemes(cfg, guideline, pairs(scheme, "--scheme"), rng)
    cols = parse_columns(columns) or None
    if not configured.given(ctx, "panel_window") and cfg.given("panel_window"):
        panel_window = cfg["panel_window"]
    date_order = configured.date_order(cfg, dayfirst, monthfirst, "table")
    if (dayfirst or monthfirst) and not (cols and "subject" in cols and "date" in cols):
        raise VitdError("option-invalid", f"--{date_order} says how the date column writes its dates, and the query reads dates only for panels",
                        "give subject= and date= in --columns too, or leave the option out")
    sys.stdout.write(generate_sql(dialect, table, cols, view=view, guideline=guideline, schemes=schemes, ranges=rng,
                                  names=read_names(names, cols) if names else None,
                                  tests_map=configured.config_path(cfg, tests_map, "tests_map"), panel_window=panel_window,
                                  date_order=date_order))
    return ExitCode.OK


CONFIG_EPILOG = ("Examples:\n\n  vitd config\n\n  vitd config --format json\n\n  vitd config --config lab.toml\n\n"
                 "Files, first wins for each key (options given on the command line win over all): --config FILE or $VITD_CONFIG; "
                 "the nearest vitd.toml, else pyproject.toml [tool.vitd], from the working directory up to the folder holding .git; "
                 "$XDG_CONFIG_HOME/vitd/config.toml (~/.config/vitd/config.toml). Keys: guideline, schemes, ranges, tests_map, "
                 "panel_window, date_order, format (docs/config.md).")


def config_command(
    config_file: ConfigFile = None,
    no_config: NoConfig = False,
    output_format: TextFormat = "text",
) -> int:
    """Show the settings in effect: each key's value and where it came from, and the configuration files looked for."""
    fmt = check_format(output_format, ("text", "json"))
    cfg = configured.load_config(config_file, no_config)
    rng = [configured.config_readable(cfg, "ranges", p) for p in cfg["ranges"]]
    configured.check_config(cfg, rng)
    if cfg.given("tests_map"):
        configured.config_readable(cfg, "tests_map", cfg["tests_map"])
    from ..config import KEYS

    values = {key: cfg[key] for key in KEYS}
    if values["guideline"] is None:
        from ..reference import load

        values["guideline"] = load(tuple(rng)).defaults["vitamin_d"]
    if fmt == "json":
        import json

        doc = {"settings": {k: {"value": values[k], "source": cfg.sources[k].label, "kind": cfg.sources[k].kind,
                                "path": cfg.sources[k].path} for k in KEYS},
               "files": [{"role": f.role, "path": f.path, "status": f.status} for f in cfg.looked],
               "searched": cfg.searched or None, "ignored": cfg.ignored}
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
        return ExitCode.OK
    from ..textsafe import visible

    def shown(key: str, value: object) -> str:
        if isinstance(value, dict):
            return ", ".join(f"{a}={b}" for a, b in value.items()) or "- (vitd ranges: each analyte's default)"
        if isinstance(value, list):
            return ", ".join(value) or "-"
        if value is None:
            return "auto (rich on a terminal; for FILE else its csv/tsv)" if key == "format" else "-"
        return str(value)

    rows = [(k, visible(shown(k, values[k])), visible(cfg.sources[k].label)) for k in KEYS]
    width = max(len(r[1]) for r in rows)
    lines = ["Settings in effect (first wins for each key; options given on the command line win over all):"]
    lines += [f"  {k:<13} {v:<{width}}  {src}" for k, v, src in rows]
    lines.append("Configuration files:" if not cfg.ignored else f"Configuration files (ignored: {cfg.ignored}):")
    lines += [f"  {f.role}: {visible(f.path) + ' ' if f.path else ''}({f.status})" for f in cfg.looked]
    if cfg.searched:
        lines.append(f"Searched for {visible(cfg.searched)}.")
    sys.stdout.write("\n".join(lines) + "\n")
    return ExitCode.OK
