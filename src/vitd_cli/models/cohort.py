"""The whole file at a glance (vitd_cli/cohort.py builds it): subjects per urgency, each analyte's counts and
histogram, and the flagged subjects."""

from __future__ import annotations

from dataclasses import dataclass

from .dump import Dump
from .terms import Flag, Urgency


@dataclass(slots=True, kw_only=True)
class CategoryCount(Dump):
    category: str
    label: str
    flag: Flag
    count: int


@dataclass(slots=True, kw_only=True)
class HistogramBin(Dump):
    """Results from `low` (inclusive) to `high` (exclusive), in the analyte's SI unit; None: an open end (the bin
    of the few results beyond the central 98%, or below/above every cut-off shown)."""

    low: float | None
    high: float | None
    count: int


@dataclass(slots=True, kw_only=True)
class AnalyteSummary(Dump):
    """One analyte over the whole file: results per flag and per category, and a histogram of the SI values with the
    cut-offs of the scheme most of its results were classified with."""

    analyte: str
    name: str
    unit: str  # the SI unit of `bins` and `cutoffs`
    results: int
    low: int
    normal: int
    high: int
    categories: list[CategoryCount]
    bins: list[HistogramBin]
    cutoffs: list[float]  # band limits of `scheme`, in `unit`, lowest first
    scheme: str | None = None


@dataclass(slots=True, kw_only=True)
class FlaggedSubject(Dump):
    subject: str | None  # None: results without a subject id (each such panel counts as one subject)
    urgency: Urgency
    panels: int
    outside: list[str]  # "analyte:category" of each result outside its normal band, first seen first, once each
    findings: list[str]  # finding codes


@dataclass(slots=True, kw_only=True)
class Cohort(Dump):
    """The whole file at a glance (vitd_cli/cohort.py): subjects per urgency, each analyte's counts and histogram, and
    every flagged subject (a result outside its normal band, or a finding), most urgent first. The HTML report of a
    file of more than `threshold` subjects opens with it and lists the first flagged subjects only."""

    subjects: int
    panels: int
    results: int
    threshold: int
    urgency: dict[str, int]  # subjects per urgency (the most urgent of their panels): urgent, prompt, routine, none
    analytes: list[AnalyteSummary]
    flagged_count: int
    flagged: list[FlaggedSubject]
