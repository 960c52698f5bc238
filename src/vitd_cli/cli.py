"""The command line: a thin layer over the library (one call per command), errors mapped to exit codes here."""

from __future__ import annotations

import io
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, TextIO

import typer

try:  # typer >= 0.22 ships its own copy of click
    from typer._click import exceptions as click_exc
except ImportError:  # pragma: no cover - older typer depends on click
    from click import exceptions as click_exc  # type: ignore[no-redef]

from .errors import ExitCode, Interrupted, VitdError
from .safe_io import interrupted_by, output_file, signals_caught
from .textsafe import one_line

if TYPE_CHECKING:
    from .config import Config

EXIT_CODES_HELP = (
    "Exit codes: 0 interpreted; 1 with --check, some result is outside its range; "
    "2 usage or input error (bad unit, unknown analyte, symptom, guideline or format, unparseable, negative, NaN "
    "or impossible value); 130/143 interrupted (SIGINT/SIGTERM; an existing -o is kept)."
)

app = typer.Typer(
    name="vitd",
    help="Interpret vitamin D, calcium and magnesium lab results, and how they relate to muscle symptoms.\n\n" + EXIT_CODES_HELP,
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

Format = Annotated[str, typer.Option("--format", "-f", help="Output: rich (for people) or json (for scripts).", metavar="rich|json")]
ConfigFile = Annotated[Optional[str], typer.Option("--config", help="A configuration file (TOML) whose settings win over vitd.toml, pyproject.toml [tool.vitd] and the user file (default: $VITD_CONFIG); options given still win over it (docs/config.md).", metavar="FILE", show_default=False)]
NoConfig = Annotated[bool, typer.Option("--no-config", help="Read no configuration file (but a --config FILE given): the options and the built-in defaults, for reproducible scripts; VITD_NO_CONFIG=1 does the same.")]


def _version(value: bool) -> None:
    if value:
        from .version import __version__

        sys.stdout.write(f"vitd {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _app(version: Annotated[bool, typer.Option("--version", "-V", help="Print vitd's version and exit.", callback=_version,
                                               is_eager=True)] = False) -> None:
    """Interpret vitamin D, calcium and magnesium lab results, and how they relate to muscle symptoms."""


def _out() -> object:
    return sys.stdout


FILE_HELP = (
    "FILE: a lab export (CSV or TSV, optionally .gz; FHIR R4 JSON/NDJSON or HL7 v2, docs/interop.md; - reads stdin), one result a row (long: Synthea, MIMIC, lab portals) "
    "or one subject a row (wide: NHANES, spreadsheets). Output --format: rich (default when stdout is a terminal), json, "
    "ndjson (one object per result), csv or tsv (the input rows, cells untouched, vitd_* columns appended; the default "
    "when stdout is not a terminal, in the input's own delimiter), parquet (with -o). A big file (48 MB or more) or a "
    "Parquet file is read by DuckDB, with the same output (--engine, docs/engines.md). Row counts go to stderr; see "
    "docs/exports.md."
)


@app.command(epilog=EXIT_CODES_HELP + "\n\n" + FILE_HELP + "\n\nExamples:\n\n"
             "  vitd interpret --vitd '18 ng/mL' --calcium '8.1 mg/dL' --symptom twitching\n\n"
             "  vitd interpret --vitd '45 nmol/L' --guideline iom-2011 --format json\n\n  vitd interpret --example\n\n"
             "  vitd interpret labs.csv\n\n  cat labs.csv | vitd interpret - --format csv > out.csv\n\n"
             "  vitd interpret labs.csv --format ndjson | jq 'select(.flag==\"low\")'\n\n"
             "  vitd interpret VID_J.csv --map LBXVIDMS=vitamin_d:nmol/L --format json\n\n"
             "  vitd interpret LABEVENTS.csv --dictionary D_LABITEMS.csv --format csv\n\n  vitd interpret labs.csv --summary\n\n"
             "  vitd interpret hospital_labs.csv.gz --format parquet -o flagged.parquet\n\n"
             "  vitd interpret labs/ --engine spark --format parquet --partition-by vitd_analyte -o flagged/")
def interpret(
    ctx: typer.Context,
    file: Annotated[Optional[str], typer.Argument(help="A lab export to interpret (CSV/TSV, .gz too; Parquet; FHIR R4 JSON or NDJSON; HL7 v2 ORU/OUL; - for stdin; a folder with --engine spark). Without it, the typed values are interpreted.", metavar="[FILE]", show_default=False)] = None,
    vitd: Annotated[Optional[str], typer.Option("--vitd", "--vitamin-d", help="25-hydroxyvitamin D, e.g. '18 ng/mL' or '45 nmol/L'.", metavar="VALUE")] = None,
    calcium: Annotated[Optional[str], typer.Option(help="Total serum calcium, e.g. '8.1 mg/dL' or '2.02 mmol/L'.", metavar="VALUE")] = None,
    ionized_calcium: Annotated[Optional[str], typer.Option("--ionized-calcium", help="Ionized calcium, e.g. '1.05 mmol/L'.", metavar="VALUE")] = None,
    albumin: Annotated[Optional[str], typer.Option(help="Serum albumin, e.g. '3.2 g/dL' or '32 g/L'.", metavar="VALUE")] = None,
    magnesium: Annotated[Optional[str], typer.Option(help="Serum magnesium, e.g. '0.62 mmol/L' or '1.5 mg/dL'.", metavar="VALUE")] = None,
    pth: Annotated[Optional[str], typer.Option(help="Intact PTH, e.g. '120 pg/mL' or '12.7 pmol/L'.", metavar="VALUE")] = None,
    phosphate: Annotated[Optional[str], typer.Option(help="Serum phosphate, e.g. '2.2 mg/dL'.", metavar="VALUE")] = None,
    corrected_calcium: Annotated[Optional[str], typer.Option("--corrected-calcium", help="Albumin-corrected calcium as printed by a lab.", metavar="VALUE")] = None,
    value: Annotated[Optional[list[str]], typer.Option("--value", help="Any analyte as NAME=VALUE, e.g. --value 'Vitamin D, 25-Hydroxy=18 ng/mL'. Repeatable.", metavar="NAME=VALUE")] = None,
    symptom: Annotated[Optional[list[str]], typer.Option("--symptom", "-s", help="A symptom: twitching, cramps, spasms, jerks, numbness, tingling, weakness, wasting, swallowing, speech, breathing, progression, fatigue, bone-pain, seizures ... Repeatable.", metavar="SYMPTOM")] = None,
    guideline: Annotated[Optional[str], typer.Option(help="Vitamin D scheme: endocrine-society-2011 (default), iom-2011, uk-2016, uk-nos-2013 (see vitd ranges).", metavar="SCHEME")] = None,
    scheme: Annotated[Optional[list[str]], typer.Option("--scheme", help="Another scheme for an analyte, ANALYTE=SCHEME, e.g. calcium=statpearls. Repeatable.", metavar="ANALYTE=SCHEME")] = None,
    ranges: Annotated[Optional[list[Path]], typer.Option("--ranges", help="A lab's own reference ranges (TOML, format of reference_ranges/). Repeatable.", exists=False, metavar="FILE")] = None,
    age: Annotated[Optional[float], typer.Option(help="Age in years: ranges are adult ranges, and a warning is given under 18.", metavar="YEARS")] = None,
    output_format: Annotated[Optional[str], typer.Option("--format", "-f", help="Output: rich (for people), json, html (a self-contained report; use -o), fhir (an R4 Bundle); for FILE also ndjson, csv, tsv, parquet (with -o). Default: rich, or for FILE when stdout is not a terminal the input's own csv/tsv (json for FHIR/HL7 input).", metavar="rich|json|html|fhir|ndjson|csv|tsv|parquet", show_default=False)] = None,
    check: Annotated[bool, typer.Option("--check", help="Exit 1 when any result is outside its normal range.")] = False,
    example: Annotated[bool, typer.Option("--example", help="Interpret a built-in example.")] = False,
    map_: Annotated[Optional[list[str]], typer.Option("--map", help="FILE, wide layout: COLUMN=analyte:unit, e.g. LBXVIDMS=vitamin_d:nmol/L (unit optional when the header or cells carry it). Repeatable.", metavar="COLUMN=ANALYTE:UNIT")] = None,
    columns: Annotated[Optional[list[str]], typer.Option("--columns", help="FILE, long layout: which header is which, ROLE=HEADER,... with roles value, unit, analyte, code, item, date, subject, reference_range, flag, specimen, value_numeric.", metavar="ROLE=COLUMN,...")] = None,
    dictionary: Annotated[Optional[str], typer.Option("--dictionary", help="FILE's test ids (e.g. MIMIC ITEMID) looked up in this dictionary (e.g. D_LABITEMS.csv).", metavar="FILE")] = None,
    delimiter: Annotated[Optional[str], typer.Option("--delimiter", help="FILE's delimiter: comma, semicolon, tab, pipe (default: sniffed).", metavar="CHAR")] = None,
    encoding: Annotated[Optional[str], typer.Option("--encoding", help="FILE's encoding (default: BOM, else UTF-8 if valid, else cp1252).", metavar="CODEC")] = None,
    summary: Annotated[bool, typer.Option("--summary", help="FILE: counts per analyte and category (a QC sheet) instead of the rows.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="FILE: exit 2 when any row is skipped.")] = False,
    sanitize: Annotated[bool, typer.Option("--sanitize", help="FILE, csv/tsv output: also neutralise original cells starting with = + - @ (vitd's own columns always are).")] = False,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write to this file instead of stdout (.gz compresses).", metavar="FILE")] = None,
    panel_window: Annotated[str, typer.Option("--panel-window", help="FILE: results of one subject collected within this time of the first form a panel (24h, 6h, 30min, 0 = same time).", metavar="DURATION")] = "24h",
    dayfirst: Annotated[bool, typer.Option("--dayfirst", help="FILE: dates such as 12/04/2024 are day first (12 April). Without it (or --monthfirst) the order is decided once for the date column from its values, else its name, and stderr says when it was assumed (docs/dates.md).")] = False,
    monthfirst: Annotated[bool, typer.Option("--monthfirst", help="FILE: dates such as 04/12/2024 are month first (April 12).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No row counts or notes on stderr (typed values write none anyway).")] = False,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="FILE: stderr shows every note, the details too (such as a lab's reference range that differs from vitd's); without it, the warnings, the count line and how many notes were held back (docs/exports.md).")] = 0,
    engine: Annotated[str, typer.Option("--engine", help="FILE: auto (the default: DuckDB for a CSV/TSV file of 48 MB or more, or any Parquet file, written as csv, tsv or parquet; the streaming engine otherwise: same output), python (the streaming engine), duckdb, or spark (pip install vitd[spark]; writes a folder).", metavar="auto|python|duckdb|spark")] = "auto",
    spark_master: Annotated[Optional[str], typer.Option("--spark-master", help="FILE, --engine spark: the Spark master URL (default local mode).", metavar="URL")] = None,
    partition_by: Annotated[Optional[list[str]], typer.Option("--partition-by", help="FILE, --engine spark: write Hive-style sub-folders by this output column, e.g. vitd_analyte. Repeatable.", metavar="COLUMN")] = None,
    redact: Annotated[bool, typer.Option("--redact", help="FILE: replace every identifier (the subject column and every column reference_ranges/columns.toml knows as a name, MRN, date of birth ...; FHIR/HL7 subjects) with a stable salted hash in every output, and leave the file name out (salt: --redact-salt, else $VITD_REDACT_SALT, else random per run). A CSV/TSV without such a column is refused: name it with --subject.")] = False,
    redact_salt: Annotated[Optional[str], typer.Option("--redact-salt", help="FILE, with --redact (required): the salt, so pseudonyms stay the same across runs.", metavar="SALT")] = None,
    subject: Annotated[Optional[list[str]], typer.Option("--subject", help="FILE, CSV/TSV: a column that identifies the subject. The first one groups results by subject (as --columns subject=COLUMN, which wins when given); with --redact every one is hashed too. Repeatable.", metavar="COLUMN")] = None,
    tests_map: Annotated[Optional[str], typer.Option("--tests-map", help="FILE: a lab's own test names and what they are, a CSV name,analyte (analyte none: not ours) or a TOML [tests] table; wins over the rules of reference_ranges/tests.toml.", metavar="FILE")] = None,
    tests: Annotated[bool, typer.Option("--tests", help="FILE: list its distinct tests with their row counts and how each was identified (or why not), instead of interpreting it (--format text, csv or json).")] = False,
    all_subjects: Annotated[bool, typer.Option("--all-subjects", help="FILE, --format html: list every subject, even in a report of more than 50 subjects (which otherwise shows the cohort summary and the first 200 flagged subjects; docs/html.md).")] = False,
    ask: Annotated[bool, typer.Option("--ask", help="Ask for each value and the symptoms, one question at a time (needs a terminal). vitd interpret with no values on a terminal does this too.")] = False,
    config_file: ConfigFile = None,
    no_config: NoConfig = False,
) -> int:
    """Interpret typed lab values (and symptoms), or a lab export FILE. Defaults for --guideline, --scheme, --ranges,
    --tests-map, --panel-window, --dayfirst/--monthfirst and --format can be set in a vitd.toml (vitd config)."""
    from .examples import EXAMPLE_SYMPTOMS, EXAMPLE_VALUES
    from .interpret import interpret as run_interpret

    file_options = {"--map": map_, "--columns": columns, "--dictionary": dictionary, "--delimiter": delimiter, "--encoding": encoding,
                    "--summary": summary, "--strict": strict, "--sanitize": sanitize, "--redact": redact,
                    "--redact-salt": redact_salt, "--subject": subject, "--engine": engine != "auto", "--spark-master": spark_master, "--partition-by": partition_by,
                    "--panel-window": panel_window != "24h", "--tests-map": tests_map, "--tests": tests,
                    "--dayfirst": dayfirst, "--monthfirst": monthfirst, "--all-subjects": all_subjects}
    if dayfirst and monthfirst:
        raise VitdError("option-conflict", "--dayfirst and --monthfirst were both given", "give the one that says how the file writes its dates")
    if quiet and verbose:
        raise VitdError("option-conflict", "--quiet and --verbose were both given", "give --quiet for no notes, or -v for every note")
    if redact_salt is not None and not redact:
        raise VitdError("option-conflict", "--redact-salt was given without --redact: nothing would be redacted", "add --redact")
    if ask and not sys.stdin.isatty():
        raise VitdError("ask-no-terminal", "--ask needs a terminal; give values as options")
    cfg = _load_config(config_file, no_config)
    rng = _ranges(ctx, cfg, ranges, "ranges")
    _check_config(cfg, rng)
    guideline, schemes = _schemes(cfg, guideline, _pairs(scheme, "--scheme"), rng)
    if file is not None:
        typed = [name for name, v in (("--vitd", vitd), ("--calcium", calcium), ("--ionized-calcium", ionized_calcium),
                                      ("--albumin", albumin), ("--magnesium", magnesium), ("--pth", pth), ("--phosphate", phosphate),
                                      ("--corrected-calcium", corrected_calcium), ("--value", value), ("--symptom", symptom),
                                      ("--example", example), ("--ask", ask)) if v]
        if typed:
            raise VitdError("option-conflict", f"a FILE and typed values ({', '.join(typed)}) cannot be interpreted together", "give either a FILE or the values")
        from .engines import interpret_file_with_engine
        from .files import FileOptions

        tests_map = _config_path(cfg, tests_map, "tests_map")
        if tests:
            from .tests_audit import FORMATS as TESTS_FORMATS

            return _tests_audit(file, FileOptions(maps=list(map_ or []), columns=list(columns or []), dictionary=dictionary,
                                                  delimiter=delimiter, encoding=encoding, guideline=guideline, schemes=schemes,
                                                  subjects=list(subject or []), ranges=rng, tests_map=tests_map),
                                _config_format(cfg, output_format, TESTS_FORMATS, output), output)
        if not _given(ctx, "panel_window") and cfg.given("panel_window"):
            panel_window = cfg["panel_window"]
        order = "dayfirst" if dayfirst else "monthfirst" if monthfirst else None
        if order is None and cfg["date_order"] != "auto":
            order = cfg["date_order"]
        fmt = _config_format(cfg, output_format, INTERPRET_FORMATS, output)
        with _from_config(cfg, "format", only=("format-unknown",) if fmt is not None and output_format is None else ()):
            run = interpret_file_with_engine(file, FileOptions(
                fmt=fmt, maps=list(map_ or []), columns=list(columns or []), dictionary=dictionary, delimiter=delimiter,
                encoding=encoding, summary=summary, strict=strict, sanitize=sanitize, panel_window=panel_window, quiet=quiet, verbose=verbose,
                date_order=order, output=output, check=check, guideline=guideline, schemes=schemes, redact=redact, redact_salt=redact_salt,
                subjects=list(subject or []), ranges=rng, age=age, tests_map=tests_map, all_subjects=all_subjects), engine=engine, spark_master=spark_master,
                partition_by=list(partition_by or []))
        return int(run.exit_code)
    unused = [name for name, v in file_options.items() if v]
    if unused:
        raise VitdError("option-conflict", f"{', '.join(unused)} only appl{'y' if len(unused) > 1 else 'ies'} to a FILE", "give a lab export, e.g. vitd interpret labs.csv")

    given = {"vitamin_d": vitd, "calcium": calcium, "ionized_calcium": ionized_calcium, "albumin": albumin,
             "magnesium": magnesium, "pth": pth, "phosphate": phosphate, "corrected_calcium": corrected_calcium}
    values: dict[str, str] = {k: v for k, v in given.items() if v is not None}
    for item in value or []:
        name, sep, text = item.partition("=")
        if not sep or not name.strip() or not text.strip():
            raise VitdError("option-invalid", f"--value {item!r} is not NAME=VALUE", "e.g. --value 'pth=120 pg/mL'")
        values[name.strip()] = text.strip()
    symptoms = list(symptom or [])
    if example:
        if values:
            raise VitdError("option-conflict", "--example cannot be combined with typed values", "drop --example or the values")
        values, symptoms = dict(EXAMPLE_VALUES), symptoms or list(EXAMPLE_SYMPTOMS)
    if ask or (not values and not symptoms and sys.stdin.isatty() and sys.stdout.isatty()):
        if values or symptoms:
            raise VitdError("option-conflict", "--ask cannot be combined with typed values, symptoms or --example", "drop --ask or the values")
        from .guided import ask_terminal
        from .reference import load

        values, symptoms = ask_terminal(load(tuple(rng)))
    fmt = _check_format(_config_format(cfg, output_format, TYPED_FORMATS, output) or "rich", TYPED_FORMATS)
    report = run_interpret(values, symptoms, guideline=guideline, schemes=schemes, ranges=rng, age=age)
    with output_file(output, rng) as written:
        _render_typed(report, fmt, written, rng)
    abnormal = any(r.flag != "normal" for p in report.panels for r in p.results)
    return ExitCode.ABNORMAL if check and abnormal else ExitCode.OK


@app.command(epilog="Examples:\n\n  vitd convert '50 nmol/L' --analyte vitamin_d --to ng/mL\n\n  vitd convert '8.1 mg/dL' --analyte calcium")
def convert(
    quantity: Annotated[str, typer.Argument(help="A value with its unit, e.g. '50 nmol/L'.")],
    analyte: Annotated[str, typer.Option("--analyte", "-a", help="vitamin_d, calcium, ionized_calcium, albumin, magnesium, pth, phosphate.", metavar="ANALYTE")],
    to: Annotated[Optional[str], typer.Option("--to", help="Target unit; default: every unit of the analyte.", metavar="UNIT")] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text or json.", metavar="text|json")] = "text",
) -> int:
    """Convert a value between the units labs use (exact molar masses from reference_ranges/)."""
    from .conversions import convert_text

    fmt = _check_format(output_format, ("text", "json"))
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


@app.command(epilog="Examples:\n\n  vitd identify 'VITAMIN D,25-OH,TOTAL,IA'\n\n  vitd identify 'Calcium SerPl-mCnc'\n\n"
             "  vitd identify 'Albumin/Globulin [Mass Ratio] in Serum or Plasma'\n\n  vitd identify Calcium --code 2004-0\n\n"
             "  vitd identify 'Ca++' --unit mmol/L --format json")
def identify(
    name: Annotated[str, typer.Argument(help="A test name as a lab, an EHR, LOINC or an analyser prints it.")],
    code: Annotated[Optional[str], typer.Option("--code", help="Its LOINC code, which decides before the name.", metavar="CODE")] = None,
    unit: Annotated[Optional[str], typer.Option("--unit", help="Its unit: checked against the analyte's units.", metavar="UNIT")] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text or json.", metavar="text|json")] = "text",
) -> int:
    """Say which of vitd's tests a name (and code) is, and which words decided it (the rules: reference_ranges/tests.toml)."""
    from .identify_explain import explain_identification

    fmt = _check_format(output_format, ("text", "json"))
    sys.stdout.write(explain_identification(name, code, unit, fmt))
    return ExitCode.OK


@app.command(epilog="Examples:\n\n  vitd ranges\n\n  vitd ranges --analyte vitamin_d --format json")
def ranges(
    ctx: typer.Context,
    analyte: Annotated[Optional[str], typer.Option("--analyte", "-a", help="Only this analyte.", metavar="ANALYTE")] = None,
    ranges_file: Annotated[Optional[list[Path]], typer.Option("--ranges", help="Also show a lab's own ranges file.", metavar="FILE")] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="rich or json.", metavar="rich|json")] = "rich",
    config_file: ConfigFile = None,
    no_config: NoConfig = False,
) -> int:
    """Show the reference ranges and schemes in use, with their sources (with a configuration's ranges files)."""
    from .reference import load
    from .reference.identify import resolve_analyte_id

    fmt = _check_format(output_format, ("rich", "json"))
    ref = load(tuple(_ranges(ctx, _load_config(config_file, no_config), ranges_file, "ranges_file")))
    wanted = [resolve_analyte_id(ref, analyte)] if analyte else [a for a in ref.analytes if a != "corrected_calcium"]
    if fmt == "json":
        import json

        doc = {a: {"default": ref.defaults[a], "schemes": [s.model_dump() for s in ref.schemes[a].values()]} for a in wanted}
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
    else:
        from .render.ranges import render_ranges

        render_ranges(ref, wanted, sys.stdout)
    return ExitCode.OK


def _rounded(x: float) -> str:
    """A converted value for people: two decimals (three significant figures below 1), never in exponent form."""
    if x == 0 or abs(x) >= 1:
        return f"{round(x, 2):.2f}".rstrip("0").rstrip(".")
    return f"{float(f'{x:.3g}'):.10f}".rstrip("0").rstrip(".")


@app.command(epilog="Examples:\n\n  vitd sql --dialect duckdb\n\n  vitd sql --dialect postgres --table labs --columns value=result,unit=units,analyte=test_name,code=loinc\n\n"
             "  vitd sql --dialect sqlite --view vitd_labs\n\n"
             "  vitd sql --dialect postgres --names distinct_tests.csv   # the table's test names identified by vitd first")
def sql(
    ctx: typer.Context,
    dialect: Annotated[str, typer.Option("--dialect", help="duckdb, postgres, spark, bigquery, snowflake or sqlite.", metavar="DIALECT")] = "duckdb",
    table: Annotated[str, typer.Option("--table", help="The lab table to classify in place.", metavar="TABLE")] = "labs",
    columns: Annotated[Optional[list[str]], typer.Option("--columns", help="ROLE=COLUMN,... for value, value_numeric, unit, analyte, code, specimen. Without it the table's columns are taken to be value, unit, test (analyte) and loinc (code); ROLE= with no column says the table has none (e.g. code=). With --names, the analyte, code and specimen columns must be headers of that CSV.", metavar="ROLE=COLUMN,...")] = None,
    view: Annotated[Optional[str], typer.Option("--view", help="Write CREATE VIEW NAME AS ... instead of a query.", metavar="NAME")] = None,
    guideline: Annotated[Optional[str], typer.Option(help="Vitamin D scheme (see vitd ranges).", metavar="SCHEME")] = None,
    scheme: Annotated[Optional[list[str]], typer.Option("--scheme", help="ANALYTE=SCHEME. Repeatable.", metavar="ANALYTE=SCHEME")] = None,
    ranges: Annotated[Optional[list[Path]], typer.Option("--ranges", help="A lab's own reference ranges (TOML, format of reference_ranges/). Repeatable.", exists=False, metavar="FILE")] = None,
    names: Annotated[Optional[str], typer.Option("--names", help="A CSV of the table's distinct tests (header: its analyte, code and specimen columns, e.g. from SELECT DISTINCT test_name, loinc FROM labs): identified by vitd's recogniser and written into the query, so the warehouse reads every name as vitd interpret does.", metavar="FILE")] = None,
    tests_map: Annotated[Optional[str], typer.Option("--tests-map", help="A lab's own names (CSV name,analyte or TOML [tests]): applied to the --names given, or written into the query.", metavar="FILE")] = None,
    config_file: ConfigFile = None,
    no_config: NoConfig = False,
) -> int:
    """Print SQL that classifies a lab table in place, generated from reference_ranges/ and transpiled with sqlglot
    (a configuration's guideline, schemes, ranges and tests_map apply: vitd config)."""
    from .engines.sql_columns import DIALECTS
    from .engines.sql_command import generate_sql, parse_columns, read_names

    if dialect not in DIALECTS:
        raise VitdError("dialect-unknown", f"unknown dialect {dialect!r}", f"use one of {', '.join(DIALECTS)}")
    cfg = _load_config(config_file, no_config)
    rng = _ranges(ctx, cfg, ranges, "ranges")
    _check_config(cfg, rng)
    guideline, schemes = _schemes(cfg, guideline, _pairs(scheme, "--scheme"), rng)
    cols = parse_columns(columns) or None
    sys.stdout.write(generate_sql(dialect, table, cols, view=view, guideline=guideline, schemes=schemes, ranges=rng,
                                  names=read_names(names, cols) if names else None,
                                  tests_map=_config_path(cfg, tests_map, "tests_map")))
    return ExitCode.OK


@app.command(name="config", epilog="Examples:\n\n  vitd config\n\n  vitd config --format json\n\n  vitd config --config lab.toml\n\n"
             "Files, first wins for each key (options given on the command line win over all): --config FILE or $VITD_CONFIG; "
             "the nearest vitd.toml, else pyproject.toml [tool.vitd], from the working directory up to the folder holding .git; "
             "$XDG_CONFIG_HOME/vitd/config.toml (~/.config/vitd/config.toml). Keys: guideline, schemes, ranges, tests_map, "
             "panel_window, date_order, format (docs/config.md).")
def config_command(
    config_file: ConfigFile = None,
    no_config: NoConfig = False,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text or json.", metavar="text|json")] = "text",
) -> int:
    """Show the settings in effect: each key's value and where it came from, and the configuration files looked for."""
    fmt = _check_format(output_format, ("text", "json"))
    cfg = _load_config(config_file, no_config)
    rng = [_config_readable(cfg, "ranges", p) for p in cfg["ranges"]]
    _check_config(cfg, rng)
    if cfg.given("tests_map"):
        _config_readable(cfg, "tests_map", cfg["tests_map"])
    from .config import KEYS

    values = {key: cfg[key] for key in KEYS}
    if values["guideline"] is None:
        from .reference import load

        values["guideline"] = load(tuple(rng)).defaults["vitamin_d"]
    if fmt == "json":
        import json

        doc = {"settings": {k: {"value": values[k], "source": cfg.sources[k].label, "kind": cfg.sources[k].kind,
                                "path": cfg.sources[k].path} for k in KEYS},
               "files": [{"role": f.role, "path": f.path, "status": f.status} for f in cfg.looked],
               "searched": cfg.searched or None, "ignored": cfg.ignored}
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
        return ExitCode.OK
    from .textsafe import visible

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


INTERPRET_FORMATS = ("rich", "json", "html", "fhir", "ndjson", "csv", "tsv", "parquet")  # vitd interpret --format, any input
TYPED_FORMATS = ("rich", "json", "html", "fhir")


def _load_config(config_file: str | None, no_config: bool) -> Config:
    from .config import load

    return load(config_file, no_config)


def _given(ctx: typer.Context, name: str) -> bool:
    """The option was on the command line (not left to its default), as click records it."""
    source = ctx.get_parameter_source(name)
    return source is not None and source.name not in ("DEFAULT", "DEFAULT_MAP")


@contextmanager
def _from_config(cfg: Config, key: str, only: tuple[str, ...] | None = None) -> Iterator[None]:
    """An error about a value a configuration file gave says so: 'vitd.toml: guideline: unknown scheme ...'.
    `only`: just errors of these codes (none: every error)."""
    try:
        yield
    except VitdError as exc:
        if only is not None and exc.code not in only:
            raise
        message = exc.message
        option = "--" + key.replace("_", "-")
        message = f"{key}{message[len(option):]}" if message.startswith(option + " ") else f"{key}: {message}"
        raise VitdError(exc.code, f"{cfg.where(key)}: {message}", exc.hint) from None


def _config_readable(cfg: Config, key: str, path: str) -> str:
    with _from_config(cfg, key):
        return _readable(Path(path))


def _ranges(ctx: typer.Context, cfg: Config, given: list[Path] | None, name: str) -> list[str]:
    """--ranges when given (they replace the configuration's), else the configuration's ranges files."""
    if _given(ctx, name) or not cfg.given("ranges"):
        return [_readable(p) for p in given or []]
    return [_config_readable(cfg, "ranges", p) for p in cfg["ranges"]]


def _config_path(cfg: Config, given: str | None, key: str) -> str | None:
    if given is not None or not cfg.given(key):
        return given
    return _config_readable(cfg, key, cfg[key])


def _check_config(cfg: Config, ranges: list[str]) -> None:
    """The names a configuration gives, checked by the code that checks the options (whether or not an option
    overrides them, and whatever the input: a file's mistake is said at once)."""
    if cfg.given("guideline") or cfg.given("schemes"):
        from .interpret import settings

        if cfg.given("guideline"):
            with _from_config(cfg, "guideline"):
                settings(cfg["guideline"], None, ranges)
        if cfg.given("schemes"):
            with _from_config(cfg, "schemes"):
                settings(None, cfg["schemes"], ranges)
    if cfg.given("format"):
        with _from_config(cfg, "format"):
            _check_format(cfg["format"], INTERPRET_FORMATS)
    if cfg.given("panel_window"):
        from .readers.values import parse_window

        with _from_config(cfg, "panel_window"):
            parse_window(cfg["panel_window"])


def _schemes(cfg: Config, guideline: str | None, given: dict[str, str], ranges: list[str]) -> tuple[str | None, dict[str, str]]:
    """(guideline, schemes): the configuration's, each analyte's scheme replaced by an option that names it
    (--guideline, or --scheme vitamin_d=..., wins over the configuration's guideline)."""
    if not (cfg.given("guideline") or cfg.given("schemes")):
        return guideline, given
    from .reference import load
    from .reference.identify import resolve_analyte_id

    ref = load(tuple(ranges))
    options = {resolve_analyte_id(ref, k): v for k, v in given.items()}
    merged = {**{resolve_analyte_id(ref, k): v for k, v in cfg["schemes"].items()}, **options}
    if guideline is None and "vitamin_d" not in options:
        guideline = cfg["guideline"]
    return guideline, merged


def _config_format(cfg: Config, given: str | None, here: tuple[str, ...], output: str | None) -> str | None:
    """--format when given, else the configuration's format where this output can take it (a typed value's report
    cannot be csv; -o NAME.parquet says its format), else None: the output's own default."""
    if given is not None or not cfg.given("format"):
        return given
    if cfg["format"] not in here or (output and output.lower().endswith(".parquet")):
        return None
    return str(cfg["format"])


def _tests_audit(file: str, opts, fmt: str | None, output: str | None) -> int:  # type: ignore[no-untyped-def]
    """vitd interpret FILE --tests: the distinct tests and how each was identified."""
    from .tests_audit import FORMATS, audit, write_audit

    fmt = _check_format(fmt or "text", FORMATS)
    lines = audit(file, opts)
    with output_file(output, [file, opts.dictionary, opts.tests_map, *opts.ranges]) as written:
        out = open(written, "w", encoding="utf-8", newline="") if written else sys.stdout  # noqa: SIM115 - closed below
        try:
            write_audit(lines, fmt, out)
        finally:
            if out is not sys.stdout:
                out.close()
    return ExitCode.OK


def _render_typed(report, fmt: str, path: str | None, ranges: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The typed values' report in `fmt`, to stdout or to `path` (UTF-8)."""
    out = open(path, "w", encoding="utf-8") if path else sys.stdout  # noqa: SIM115 - closed below
    try:
        if fmt == "json":
            from .render.json_out import render_json

            render_json(report, out)
        elif fmt == "html":
            from .reference import load
            from .render.html_out import render_html

            render_html(report, out, ref=load(tuple(ranges)))
        elif fmt == "fhir":
            from .render.fhir_out import render_fhir

            render_fhir(report, out)
        else:
            from .render.terminal import render_rich

            render_rich(report, out)
    finally:
        if out is not sys.stdout:
            out.close()


def _check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    if fmt not in allowed:
        raise VitdError("format-unknown", f"unknown format {fmt!r}", f"use one of {', '.join(allowed)}")
    return fmt


def _pairs(items: list[str] | None, option: str) -> dict[str, str]:
    out = {}
    for item in items or []:
        key, sep, val = item.partition("=")
        if not sep or not key.strip() or not val.strip():
            raise VitdError("option-invalid", f"{option} {item!r} is not NAME=VALUE", "e.g. --scheme calcium=statpearls")
        out[key.strip()] = val.strip()
    return out


def _readable(path: Path) -> str:
    if not path.is_file():
        raise VitdError("file-missing", f"cannot read {str(path)!r}: no such file", "give the path of an existing file")
    return str(path)


def _write_err(text: str) -> None:
    """stderr, which may be closed or full: a message that cannot be written does not change the exit code."""
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def _error(message: str) -> None:
    """One line, whatever the message holds (a cell with a newline, a library's multi-line text)."""
    _write_err(f"vitd: error: {one_line(message)}\n")


def _invoke(argv: list[str] | None) -> object:
    """Parse and run one command. Not click's own main(), which turns a closed pipe into exit 1 and a Ctrl-C into a
    silent 130: main() below gives every outcome its one meaning."""
    command = typer.main.get_command(app)
    args = sys.argv[1:] if argv is None else list(argv)
    with command.make_context("vitd", args) as ctx:
        return command.invoke(ctx)


def _quiet_stdout() -> None:
    """The reader of stdout went away (`| head -1`): drop whatever is still buffered, quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _interrupted(signum: int | None) -> int:
    _write_err("vitd: interrupted\n")
    return 128 + int(signum or signal.SIGINT)


def _unexpected(exc: Exception, debug: bool) -> int:
    """An OSError (the disk is full, the input vanished, a device error) is not a bug and gets no traceback; anything
    else is a bug: still one line, never a traceback, unless VITD_DEBUG asks."""
    if debug:
        raise exc
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        _error(f"input/output error{where}: {exc.strerror or exc} (check the disk, the --output path and the input)")
    elif isinstance(exc, UnicodeEncodeError) and not exc.encoding.replace("_", "-").lower().startswith("utf"):
        _error(f"the output has characters that stdout's encoding ({exc.encoding}) cannot write "
               "(set PYTHONIOENCODING=utf-8 or a UTF-8 locale, or give -o FILE, which is written as UTF-8)")
    else:
        _error(f"internal error: {type(exc).__name__}: {exc} (please report it; VITD_DEBUG=1 shows the traceback)")
    return ExitCode.INPUT_ERROR


class _Lenient(io.TextIOBase):
    """stderr as vitd writes it: a closed, full or broken stderr loses the message but never changes the outcome."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            if self._stream is not None:
                self._stream.write(text)
        except (OSError, ValueError, UnicodeError):
            pass
        return len(text)

    def flush(self) -> None:
        with suppress(OSError, ValueError, AttributeError):
            if self._stream is not None:
                self._stream.flush()

    def isatty(self) -> bool:
        try:
            return self._stream is not None and self._stream.isatty()
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        if self._stream is None:
            raise OSError("stderr is closed")
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", None) or "utf-8"


def _stdout_closed() -> VitdError:
    return VitdError("stdout-closed", "standard output is closed: there is nowhere to write the output", "give -o FILE, or redirect it to a file")


class _ClosedBuffer(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
        raise _stdout_closed()


class _ClosedStdout(io.TextIOWrapper):
    """Standard output when the shell closed it (`>&-`): the first write is a clear error; -o still works."""

    def __init__(self) -> None:
        super().__init__(io.BufferedWriter(_ClosedBuffer()), encoding="utf-8", write_through=True)

    def write(self, text: str) -> int:
        raise _stdout_closed()

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError("stdout is closed")


def _usage_message(exc: click_exc.UsageError, args: list[str]) -> str:
    """One line: what was wrong, a did-you-mean when click found close options, and the help of the command given."""
    import difflib  # (on an error only: start-up stays light)

    path = exc.ctx.command_path if exc.ctx else "vitd"
    command = next((a for a in args if not a.startswith("-")), None)
    if path == "vitd" and command in typer.main.get_command(app).commands:  # type: ignore[attr-defined]
        path = f"vitd {command}"  # (an option's missing value is reported from the group's context)
    option = getattr(exc, "option_name", None)
    if isinstance(exc, click_exc.NoSuchOption) and option:
        message = f"No such option: {option}"
        close = difflib.get_close_matches(option, exc.possibilities or [], n=2, cutoff=0.75)  # (click's 0.6 offers --columns for --bogus)
        if close:
            message += f" (did you mean {' or '.join(close)}?)"
    else:
        message = exc.format_message()
    return message.replace("\n", " ") + f" (see '{path} --help')"


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; every error becomes one line on stderr and an exit code (VITD_DEBUG=1 shows tracebacks):
    0 done, 1 --check found a result out of range, 2 usage or input error, 130 SIGINT, 143 SIGTERM (129 SIGHUP)."""
    debug = bool(os.environ.get("VITD_DEBUG"))
    saved = sys.stdout, sys.stderr
    sys.stderr = _Lenient(sys.stderr)
    if sys.stdout is None:
        sys.stdout = _ClosedStdout()
    try:
        with signals_caught():
            code = _invoke(argv)
    except VitdError as exc:
        if debug:
            raise
        if interrupted_by():
            code = _interrupted(interrupted_by())
        else:
            _error(str(exc))
            code = exc.exit_code
    except click_exc.NoArgsIsHelpError as exc:
        _write_err(exc.ctx.get_help() + "\n" if exc.ctx else "")
        code = ExitCode.INPUT_ERROR
    except click_exc.UsageError as exc:
        _error(_usage_message(exc, sys.argv[1:] if argv is None else list(argv)))
        code = ExitCode.INPUT_ERROR
    except typer.Exit as exc:
        code = exc.exit_code
    except (typer.Abort, KeyboardInterrupt, EOFError):
        code = _interrupted(signal.SIGINT)
    except Interrupted as exc:
        code = _interrupted(exc.signum)
    except BrokenPipeError:
        _quiet_stdout()
        code = ExitCode.OK
    except Exception as exc:
        if interrupted_by():  # what a library (DuckDB: "Query interrupted") raised once a signal arrived
            code = _interrupted(interrupted_by())
        else:
            code = _unexpected(exc, debug)
    code = int(code or 0) if isinstance(code, int) else 0
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    except (OSError, ValueError, VitdError):
        pass
    sys.stdout, sys.stderr = saved
    sys.exit(code)
