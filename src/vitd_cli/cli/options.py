"""The options, declared once (their names, help and metavar as `vitd --help` shows them): those several commands
share, and vitd interpret's, in three groups: both forms, the typed-value form and the FILE form. `Shared` is what
both forms of interpret take once the configuration is applied."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NamedTuple, Optional

import typer

from ..config import DEFAULTS

if TYPE_CHECKING:
    from ..config import Config

# Shared by commands
ConfigFile = Annotated[Optional[str], typer.Option("--config", help="A configuration file (TOML) whose settings win over vitd.toml, pyproject.toml [tool.vitd] and the user file (default: $VITD_CONFIG); options given still win over it (docs/config.md).", metavar="FILE", show_default=False)]
NoConfig = Annotated[bool, typer.Option("--no-config", help="Read no configuration file (but a --config FILE given): the options and the built-in defaults, for reproducible scripts; VITD_NO_CONFIG=1 does the same.")]
Ranges = Annotated[Optional[list[Path]], typer.Option("--ranges", help="A lab's own reference ranges (TOML, format of reference_ranges/). Repeatable.", exists=False, metavar="FILE")]
TextFormat = Annotated[str, typer.Option("--format", "-f", help="text or json.", metavar="text|json")]

# vitd interpret, both forms
Guideline = Annotated[Optional[str], typer.Option("--guideline", help="Vitamin D scheme: endocrine-society-2011 (default), iom-2011, uk-2016, uk-nos-2013 (see vitd ranges).", metavar="SCHEME")]
Scheme = Annotated[Optional[list[str]], typer.Option("--scheme", help="Another scheme for an analyte, ANALYTE=SCHEME, e.g. calcium=statpearls. Repeatable.", metavar="ANALYTE=SCHEME")]
Age = Annotated[Optional[float], typer.Option("--age", help="Age in years: ranges are adult ranges, and a warning is given under 18.", metavar="YEARS")]
InterpretFormat = Annotated[Optional[str], typer.Option("--format", "-f", help="Output: rich (for people), json, html (a self-contained report; use -o), fhir (an R4 Bundle); for FILE also ndjson, csv, tsv, parquet (with -o). Default: rich, or for FILE when stdout is not a terminal the input's own csv/tsv (json for FHIR/HL7 input).", metavar="rich|json|html|fhir|ndjson|csv|tsv|parquet", show_default=False)]
Check = Annotated[bool, typer.Option("--check", help="Exit 1 when any result is outside its normal range.")]
Output = Annotated[Optional[str], typer.Option("--output", "-o", help="Write to this file instead of stdout (.gz compresses).", metavar="FILE")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No row counts or notes on stderr (typed values write none anyway).")]

# vitd interpret, the typed-value form
Vitd = Annotated[Optional[str], typer.Option("--vitd", "--vitamin-d", help="25-hydroxyvitamin D, e.g. '18 ng/mL' or '45 nmol/L'.", metavar="VALUE")]
Calcium = Annotated[Optional[str], typer.Option("--calcium", help="Total serum calcium, e.g. '8.1 mg/dL' or '2.02 mmol/L'.", metavar="VALUE")]
IonizedCalcium = Annotated[Optional[str], typer.Option("--ionized-calcium", help="Ionized calcium, e.g. '1.05 mmol/L'.", metavar="VALUE")]
Albumin = Annotated[Optional[str], typer.Option("--albumin", help="Serum albumin, e.g. '3.2 g/dL' or '32 g/L'.", metavar="VALUE")]
Magnesium = Annotated[Optional[str], typer.Option("--magnesium", help="Serum magnesium, e.g. '0.62 mmol/L' or '1.5 mg/dL'.", metavar="VALUE")]
Pth = Annotated[Optional[str], typer.Option("--pth", help="Intact PTH, e.g. '120 pg/mL' or '12.7 pmol/L'.", metavar="VALUE")]
Phosphate = Annotated[Optional[str], typer.Option("--phosphate", help="Serum phosphate, e.g. '2.2 mg/dL'.", metavar="VALUE")]
CorrectedCalcium = Annotated[Optional[str], typer.Option("--corrected-calcium", help="Albumin-corrected calcium as printed by a lab.", metavar="VALUE")]
Value = Annotated[Optional[list[str]], typer.Option("--value", help="Any analyte as NAME=VALUE, e.g. --value 'Vitamin D, 25-Hydroxy=18 ng/mL'. Repeatable.", metavar="NAME=VALUE")]
Symptom = Annotated[Optional[list[str]], typer.Option("--symptom", "-s", help="A symptom: twitching, cramps, spasms, jerks, numbness, tingling, weakness, wasting, swallowing, speech, breathing, progression, fatigue, bone-pain, seizures ... Repeatable.", metavar="SYMPTOM")]
Example = Annotated[bool, typer.Option("--example", help="Interpret a built-in example.")]
Ask = Annotated[bool, typer.Option("--ask", help="Ask for each value and the symptoms, one question at a time (needs a terminal). vitd interpret with no values on a terminal does this too.")]

# vitd interpret, the FILE form
File = Annotated[Optional[str], typer.Argument(help="A lab export to interpret (CSV/TSV, .gz too; Parquet; FHIR R4 JSON or NDJSON; HL7 v2 ORU/OUL; - for stdin; a folder with --engine spark). Without it, the typed values are interpreted.", metavar="[FILE]", show_default=False)]
Map = Annotated[Optional[list[str]], typer.Option("--map", help="FILE, wide layout: COLUMN=analyte:unit, e.g. LBXVIDMS=vitamin_d:nmol/L (unit optional when the header or cells carry it). Repeatable.", metavar="COLUMN=ANALYTE:UNIT")]
Columns = Annotated[Optional[list[str]], typer.Option("--columns", help="FILE, long layout: which header is which, ROLE=HEADER,... with roles value, unit, analyte, code, item, date, subject, reference_range, flag, specimen, value_numeric.", metavar="ROLE=COLUMN,...")]
Dictionary = Annotated[Optional[str], typer.Option("--dictionary", help="FILE's test ids (e.g. MIMIC ITEMID) looked up in this dictionary (e.g. D_LABITEMS.csv).", metavar="FILE")]
Delimiter = Annotated[Optional[str], typer.Option("--delimiter", help="FILE's delimiter: comma, semicolon, tab, pipe (default: sniffed).", metavar="CHAR")]
Encoding = Annotated[Optional[str], typer.Option("--encoding", help="FILE's encoding (default: BOM, else UTF-8 if valid, else cp1252).", metavar="CODEC")]
Summary = Annotated[bool, typer.Option("--summary", help="FILE: counts per analyte and category (a QC sheet) instead of the rows.")]
Strict = Annotated[bool, typer.Option("--strict", help="FILE: exit 2 when any row is skipped.")]
Sanitize = Annotated[bool, typer.Option("--sanitize", help="FILE, csv/tsv output: also neutralise original cells starting with = + - @ (vitd's own columns always are).")]
# the panel rule (docs/engines.md: The rule), shared by vitd interpret FILE and vitd sql, with the configuration's default
_WINDOW = "results of one subject spanning less than this time form a panel, each test once (24h, 6h, 30min, 0 = same time; the rule: docs/engines.md)"
PANEL_WINDOW = DEFAULTS["panel_window"]
PanelWindow = Annotated[str, typer.Option("--panel-window", help=f"FILE: {_WINDOW}.", metavar="DURATION")]
SqlPanelWindow = Annotated[str, typer.Option("--panel-window", help=f"With subject= and date=: {_WINDOW}, as in vitd interpret.", metavar="DURATION")]
Dayfirst = Annotated[bool, typer.Option("--dayfirst", help="FILE: dates such as 12/04/2024 are day first (12 April). Without it (or --monthfirst) the order is decided once for the date column from its values, else its name, and stderr says when it was assumed (docs/dates.md).")]
Monthfirst = Annotated[bool, typer.Option("--monthfirst", help="FILE: dates such as 04/12/2024 are month first (April 12).")]
Verbose = Annotated[int, typer.Option("--verbose", "-v", count=True, help="FILE: stderr shows every note, the details too (such as a lab's reference range that differs from vitd's); without it, the warnings, the count line and how many notes were held back (docs/exports.md).")]
Engine = Annotated[str, typer.Option("--engine", help="FILE: auto (the default: DuckDB for a CSV/TSV file of 48 MB or more, or any Parquet file, written as csv, tsv or parquet; the streaming engine otherwise: same output), python (the streaming engine), duckdb, or spark (pip install vitd[spark]; writes a folder).", metavar="auto|python|duckdb|spark")]
SparkMaster = Annotated[Optional[str], typer.Option("--spark-master", help="FILE, --engine spark: the Spark master URL (default local mode).", metavar="URL")]
PartitionBy = Annotated[Optional[list[str]], typer.Option("--partition-by", help="FILE, --engine spark: write Hive-style sub-folders by this output column, e.g. vitd_analyte. Repeatable.", metavar="COLUMN")]
Redact = Annotated[bool, typer.Option("--redact", help="FILE: replace every identifier (the subject column and every column reference_ranges/columns.toml knows as a name, MRN, date of birth ...; FHIR/HL7 subjects) with a stable salted hash in every output, and leave the file name out (salt: --redact-salt, else $VITD_REDACT_SALT, else random per run). A CSV/TSV without such a column is refused: name it with --subject.")]
RedactSalt = Annotated[Optional[str], typer.Option("--redact-salt", help="FILE, with --redact (required): the salt, so pseudonyms stay the same across runs.", metavar="SALT")]
Subject = Annotated[Optional[list[str]], typer.Option("--subject", help="FILE, CSV/TSV: a column that identifies the subject. The first one groups results by subject (as --columns subject=COLUMN, which wins when given); with --redact every one is hashed too. Repeatable.", metavar="COLUMN")]
TestsMap = Annotated[Optional[str], typer.Option("--tests-map", help="FILE: a lab's own test names and what they are, a CSV name,analyte (analyte none: not ours) or a TOML [tests] table; wins over the rules of reference_ranges/tests.toml.", metavar="FILE")]
Tests = Annotated[bool, typer.Option("--tests", help="FILE: list its distinct tests with their row counts and how each was identified (or why not), instead of interpreting it (--format text, csv or json).")]
AllSubjects = Annotated[bool, typer.Option("--all-subjects", help="FILE, --format html: list every subject, even in a report of more than 50 subjects (which otherwise shows the cohort summary and the first 200 flagged subjects; docs/html.md).")]


class Shared(NamedTuple):
    """What both forms of vitd interpret take: the configuration, and the options with it applied (--guideline,
    --scheme, --ranges), the others as given."""

    cfg: Config
    guideline: str | None
    schemes: dict[str, str]
    ranges: list[str]
    age: float | None
    fmt: str | None  # --format as given (None: the configuration's, else the output's own default)
    output: str | None
    check: bool
    quiet: bool
