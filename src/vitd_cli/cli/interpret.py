"""vitd interpret: its options gathered into their groups (both forms, the typed values, the FILE), the options that
contradict each other refused, the configuration applied, and the one form asked for run: interpret_typed or
interpret_file, each one call to the library."""

from __future__ import annotations

import sys

import typer

from ..errors import VitdError
from . import configured
from . import options as opt
from .interpret_file import FileInput, interpret_file
from .interpret_typed import TypedInput, interpret_typed
from .option_values import pairs
from .typer_app import EXIT_CODES_HELP

FILE_HELP = (
    "FILE: a lab export (CSV or TSV, optionally .gz; FHIR R4 JSON/NDJSON or HL7 v2, docs/interop.md; - reads stdin), one result a row (long: Synthea, MIMIC, lab portals) "
    "or one subject a row (wide: NHANES, spreadsheets). Output --format: rich (default when stdout is a terminal), json, "
    "ndjson (one object per result), csv or tsv (the input rows, cells untouched, vitd_* columns appended; the default "
    "when stdout is not a terminal, in the input's own delimiter), parquet (with -o). A big file (48 MB or more) or a "
    "Parquet file is read by DuckDB, with the same output (--engine, docs/engines.md). Row counts go to stderr; see "
    "docs/exports.md."
)

EPILOG = (EXIT_CODES_HELP + "\n\n" + FILE_HELP + "\n\nExamples:\n\n"
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
    file: opt.File = None,
    vitd: opt.Vitd = None,
    calcium: opt.Calcium = None,
    ionized_calcium: opt.IonizedCalcium = None,
    albumin: opt.Albumin = None,
    magnesium: opt.Magnesium = None,
    pth: opt.Pth = None,
    phosphate: opt.Phosphate = None,
    corrected_calcium: opt.CorrectedCalcium = None,
    value: opt.Value = None,
    symptom: opt.Symptom = None,
    guideline: opt.Guideline = None,
    scheme: opt.Scheme = None,
    ranges: opt.Ranges = None,
    age: opt.Age = None,
    output_format: opt.InterpretFormat = None,
    check: opt.Check = False,
    example: opt.Example = False,
    map_: opt.Map = None,
    columns: opt.Columns = None,
    dictionary: opt.Dictionary = None,
    delimiter: opt.Delimiter = None,
    encoding: opt.Encoding = None,
    summary: opt.Summary = False,
    strict: opt.Strict = False,
    sanitize: opt.Sanitize = False,
    output: opt.Output = None,
    panel_window: opt.PanelWindow = opt.PANEL_WINDOW,
    dayfirst: opt.Dayfirst = False,
    monthfirst: opt.Monthfirst = False,
    quiet: opt.Quiet = False,
    verbose: opt.Verbose = 0,
    engine: opt.Engine = "auto",
    spark_master: opt.SparkMaster = None,
    partition_by: opt.PartitionBy = None,
    redact: opt.Redact = False,
    redact_salt: opt.RedactSalt = None,
    subject: opt.Subject = None,
    tests_map: opt.TestsMap = None,
    tests: opt.Tests = False,
    all_subjects: opt.AllSubjects = False,
    ask: opt.Ask = False,
    config_file: opt.ConfigFile = None,
    no_config: opt.NoConfig = False,
) -> int:
    """Interpret typed lab values (and symptoms), or a lab export FILE. Defaults for --guideline, --scheme, --ranges,
    --tests-map, --panel-window, --dayfirst/--monthfirst and --format can be set in a vitd.toml (vitd config)."""
    typed = TypedInput(analytes={"vitamin_d": vitd, "calcium": calcium, "ionized_calcium": ionized_calcium, "albumin": albumin,
                                 "magnesium": magnesium, "pth": pth, "phosphate": phosphate, "corrected_calcium": corrected_calcium},
                       value=list(value or []), symptoms=list(symptom or []), example=example, ask=ask)
    for_file = FileInput(maps=list(map_ or []), columns=list(columns or []), dictionary=dictionary, delimiter=delimiter, encoding=encoding,
                         summary=summary, strict=strict, sanitize=sanitize, redact=redact, redact_salt=redact_salt, subjects=list(subject or []),
                         engine=engine, spark_master=spark_master, partition_by=list(partition_by or []), panel_window=panel_window,
                         panel_window_given=configured.given(ctx, "panel_window"), tests_map=tests_map, tests=tests, dayfirst=dayfirst,
                         monthfirst=monthfirst, all_subjects=all_subjects, verbose=verbose)
    _refuse_contradictions(typed, for_file, quiet)
    cfg = configured.load_config(config_file, no_config)
    rng = configured.ranges(ctx, cfg, ranges, "ranges")
    configured.check_config(cfg, rng)
    guideline, schemes = configured.schemes(cfg, guideline, pairs(scheme, "--scheme"), rng)
    shared = opt.Shared(cfg=cfg, guideline=guideline, schemes=schemes, ranges=rng, age=age, fmt=output_format, output=output,
                        check=check, quiet=quiet)
    if file is not None:
        typed_given = typed.given()
        if typed_given:
            raise VitdError("option-conflict", f"a FILE and typed values ({', '.join(typed_given)}) cannot be interpreted together",
                            "give either a FILE or the values")
        return interpret_file(file, shared, for_file)
    unused = for_file.given()
    if unused:
        raise VitdError("option-conflict", f"{', '.join(unused)} only appl{'y' if len(unused) > 1 else 'ies'} to a FILE",
                        "give a lab export, e.g. vitd interpret labs.csv")
    return interpret_typed(shared, typed)


def _refuse_contradictions(typed: TypedInput, for_file: FileInput, quiet: bool) -> None:
    """Options that cannot go together, refused before anything is read."""
    configured.refuse_both_orders(for_file.dayfirst, for_file.monthfirst, "file")
    if quiet and for_file.verbose:
        raise VitdError("option-conflict", "--quiet and --verbose were both given", "give --quiet for no notes, or -v for every note")
    if for_file.redact_salt is not None and not for_file.redact:
        raise VitdError("option-conflict", "--redact-salt was given without --redact: nothing would be redacted", "add --redact")
    if typed.ask and not sys.stdin.isatty():
        raise VitdError("ask-no-terminal", "--ask needs a terminal; give values as options")
