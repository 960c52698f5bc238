"""--summary: counts per analyte and category, like a lab's QC sheet (streamed: only counters are kept). The columns
(SUMMARY_COLUMNS) and the per-analyte rows (analyte_rows) are those of every input: a FHIR/HL7 input's records are
counted as a lab export's rows (pipeline.interop_records.RecordReader) and summarised by render_summary too."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from ..row_counts import Counts
from ..textsafe import visible
from .row_facts import RowFacts

if TYPE_CHECKING:
    from ..outcomes import AnalyteFacts

SUMMARY_COLUMNS = ("analyte", "unit", "scheme", "category", "flag", "count", "percent", "min", "mean", "max")


def summary_rows(counts: Counts, engine: RowFacts) -> list[dict[str, Any]]:
    """One dict per analyte: n, unit, min/mean/max (SI) and the count of each category, in the scheme's band order."""
    return analyte_rows(counts.per_analyte, counts.stats, engine.facts)


def analyte_rows(per_analyte: dict[str, Any], stats: dict[str, list[float]],
                 facts: Callable[[str], AnalyteFacts]) -> list[dict[str, Any]]:
    """summary_rows from the tallies themselves (analyte -> (category, flag) -> n; analyte -> [n, sum, min, max] in SI)
    and what is printed of each analyte (its AnalyteFacts)."""
    out = []
    for analyte, cats in per_analyte.items():
        n, total, lo, hi = stats[analyte]
        a = facts(analyte)
        order = list(a.bands)
        order += [k for k in cats if k not in order]
        out.append({
            "analyte": analyte, "name": a.name, "unit": a.si_unit, "scheme": a.scheme, "results": n,
            "min": round(lo, 3), "mean": round(total / n, 3), "max": round(hi, 3),
            "low": sum(c for (_, f), c in cats.items() if f == "low"), "normal": sum(c for (_, f), c in cats.items() if f == "normal"),
            "high": sum(c for (_, f), c in cats.items() if f == "high"),
            "categories": [{"category": cat, "flag": flag, "count": cats.get((cat, flag), 0),
                            "percent": round(100.0 * cats.get((cat, flag), 0) / n, 1)} for cat, flag in order],
        })
    return out


def render_summary(counts: Counts, engine: RowFacts, fmt: str, out: TextIO, name: str | None) -> None:
    rows = summary_rows(counts, engine)
    if fmt in ("json", "ndjson"):
        if fmt == "json":
            out.write(json.dumps({"input": name, "rows": counts.model().model_dump(), "analytes": rows}, indent=2, ensure_ascii=False) + "\n")
        else:
            for r in rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    if fmt in ("csv", "tsv"):
        w = csv.writer(out, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
        w.writerow(SUMMARY_COLUMNS)
        for r in rows:
            w.writerow([r["analyte"], r["unit"], r["scheme"], "all", "", r["results"], 100.0, r["min"], r["mean"], r["max"]])
            for c in r["categories"]:
                w.writerow([r["analyte"], r["unit"], r["scheme"], c["category"], c["flag"], c["count"], c["percent"], "", "", ""])
        return
    from rich import box
    from rich.table import Table

    from .terminal import make_console

    console = make_console(out)
    console.print(f"vitd summary{' of ' + visible(name) if name else ''}: {counts.line()}")
    table = Table(box=box.SIMPLE_HEAVY, show_edge=False, pad_edge=False)
    for col, just in (("analyte", "left"), ("results", "right"), ("low", "right"), ("normal", "right"), ("high", "right"),
                      ("min", "right"), ("mean", "right"), ("max", "right"), ("unit", "left"), ("categories", "left")):
        table.add_column(col, justify=just)  # type: ignore[arg-type]
    for r in rows:
        cats = ", ".join(f"{c['category']} {c['count']:,}" for c in r["categories"] if c["count"])
        table.add_row(engine.facts(r["analyte"]).short, f"{r['results']:,}", f"{r['low']:,}", f"{r['normal']:,}", f"{r['high']:,}",
                      f"{r['min']:g}", f"{r['mean']:g}", f"{r['max']:g}", r["unit"], cats)
    if rows:
        console.print(table)
    else:
        console.print("No results of vitd's analytes were found.")
    if counts.reasons:
        console.print("Not interpreted or skipped: " + ", ".join(f"{k} {n:,}" for k, n in counts.reasons.most_common()))
