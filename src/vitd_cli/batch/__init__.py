"""Interpret a lab export row by row: each row becomes an Outcome (interpreted, other_test or skipped, with a reason),
the results of one subject and one collection window form panels (so cross-analyte findings work on files), and
every row is counted. What a row becomes (Outcome, Item: vitd_cli/outcomes.py) and the row accounting (Counts:
vitd_cli/row_counts.py) are types below this package, which the renderers take too.

    rows.py       Engine: a row's test identified, its value, date, long and wide rows
    lab.py        the lab's own flag and range beside vitd's verdict (mixed into Engine)
    panels.py     a subject's results grouped into panels and their findings (mixed into Engine)
    panel_rule.py the panel rule (group_by_time): a subject's results by time and analyte into panels
    streamer.py   Streamer: a subject's rows held until its panels are complete (BUFFER_LIMIT, BUFFER_BYTES)
    collector.py  Collector: the whole file's results for a report; series; input_info

Speed: the per-row path uses normalise + classify (plain dataclasses) directly, with the test identification cached
per (name, code, item, specimen) and every distinct (analyte, value text, unit) read once. Full Results and Panels
(interpret.interpret_measurements) are built only where they are needed: for JSON and Rich output, and for panels
whose analytes can raise a cross-analyte finding (calcium with albumin, PTH with vitamin D, magnesium with calcium,
two calcium measures).

The package's modules import what they use from the module that owns it; the names below are re-exported for users
of `vitd_cli.batch`. BUFFER_LIMIT is not: it is read from batch.streamer at run time, so that is where it is set.
"""

from ..outcomes import INTERPRETED, OTHER, SKIPPED, VALUE_CACHE_LIMIT, Item, Outcome
from ..row_counts import Counts, skipped_where, strict_error
from .collector import REPORT_RESULTS, Collector, input_info, series
from .rows import Engine
from .streamer import Streamer

__all__ = ["INTERPRETED", "OTHER", "REPORT_RESULTS", "SKIPPED", "VALUE_CACHE_LIMIT", "Collector", "Counts", "Engine", "Item",
           "Outcome", "Streamer", "input_info", "series", "skipped_where", "strict_error"]
