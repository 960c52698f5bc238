"""vitd interpret FILE: the FILE form's options with the configuration applied, turned into the library's FileOptions,
and the file interpreted by the engine chosen (or, with --tests, its distinct tests listed)."""

from __future__ import annotations

import sys
from typing import NamedTuple

from ..errors import ExitCode
from ..pipeline.safe_io import output_file
from .configured import config_format, config_path, date_order, from_config
from .option_values import INTERPRET_FORMATS, check_format
from .options import PANEL_WINDOW, Shared


class FileInput(NamedTuple):
    """The FILE form's options as given (the configuration is applied in interpret_file)."""

    maps: list[str]
    columns: list[str]
    dictionary: str | None
    delimiter: str | None
    encoding: str | None
    summary: bool
    strict: bool
    sanitize: bool
    redact: bool
    redact_salt: str | None
    subjects: list[str]
    engine: str
    spark_master: str | None
    partition_by: list[str]
    panel_window: str
    panel_window_given: bool  # on the command line (else the configuration's panel_window applies)
    tests_map: str | None
    tests: bool
    dayfirst: bool
    monthfirst: bool
    all_subjects: bool
    verbose: int

    def given(self) -> list[str]:
        """The FILE-only options given, named as on the command line (typed values take none of them; -v is let pass:
        they write no notes)."""
        options = {"--map": self.maps, "--columns": self.columns, "--dictionary": self.dictionary, "--delimiter": self.delimiter,
                   "--encoding": self.encoding, "--summary": self.summary, "--strict": self.strict, "--sanitize": self.sanitize,
                   "--redact": self.redact, "--redact-salt": self.redact_salt, "--subject": self.subjects,
                   "--engine": self.engine != "auto", "--spark-master": self.spark_master, "--partition-by": self.partition_by,
                   "--panel-window": self.panel_window != PANEL_WINDOW, "--tests-map": self.tests_map, "--tests": self.tests,
                   "--dayfirst": self.dayfirst, "--monthfirst": self.monthfirst, "--all-subjects": self.all_subjects}
        return [name for name, v in options.items() if v]


def interpret_file(file: str, shared: Shared, options: FileInput) -> int:
    """The file interpreted (its exit code: 1 with --check when a result is outside its range, 2 with --strict when a
    row was skipped), or with --tests its distinct tests."""
    from ..engines import interpret_file_with_engine
    from ..pipeline.plan import FileOptions

    cfg = shared.cfg
    tests_map = config_path(cfg, options.tests_map, "tests_map")
    if options.tests:
        from ..tools.tests_audit import FORMATS as TESTS_FORMATS

        return _tests_audit(file, FileOptions(maps=options.maps, columns=options.columns, dictionary=options.dictionary,
                                              delimiter=options.delimiter, encoding=options.encoding, guideline=shared.guideline,
                                              schemes=shared.schemes, subjects=options.subjects, ranges=shared.ranges, tests_map=tests_map),
                            config_format(cfg, shared.fmt, TESTS_FORMATS, shared.output), shared.output)
    panel_window = cfg["panel_window"] if not options.panel_window_given and cfg.given("panel_window") else options.panel_window
    order = date_order(cfg, options.dayfirst, options.monthfirst, "file")
    fmt = config_format(cfg, shared.fmt, INTERPRET_FORMATS, shared.output)
    with from_config(cfg, "format", only=("format-unknown",) if fmt is not None and shared.fmt is None else ()):
        run = interpret_file_with_engine(file, FileOptions(
            fmt=fmt, maps=options.maps, columns=options.columns, dictionary=options.dictionary, delimiter=options.delimiter,
            encoding=options.encoding, summary=options.summary, strict=options.strict, sanitize=options.sanitize, panel_window=panel_window,
            quiet=shared.quiet, verbose=options.verbose, date_order=order, output=shared.output, check=shared.check,
            guideline=shared.guideline, schemes=shared.schemes, redact=options.redact, redact_salt=options.redact_salt,
            subjects=options.subjects, ranges=shared.ranges, age=shared.age, tests_map=tests_map, all_subjects=options.all_subjects),
            engine=options.engine, spark_master=options.spark_master, partition_by=options.partition_by)
    return int(run.exit_code)


def _tests_audit(file: str, opts, fmt: str | None, output: str | None) -> int:  # type: ignore[no-untyped-def]
    """vitd interpret FILE --tests: the distinct tests and how each was identified."""
    from ..tools.tests_audit import FORMATS, audit, write_audit

    fmt = check_format(fmt or "text", FORMATS)
    lines = audit(file, opts)
    with output_file(output, [file, opts.dictionary, opts.tests_map, *opts.ranges]) as written:
        out = open(written, "w", encoding="utf-8", newline="") if written else sys.stdout  # noqa: SIM115 - closed below
        try:
            write_audit(lines, fmt, out)
        finally:
            if out is not sys.stdout:
                out.close()
    return ExitCode.OK
