"""A panel's findings in SQL: from interpreted rows that carry a panel id, the cells the streaming engine writes per
result (batch/panels.py): `vitd_findings` (the codes of the panel's findings that involve the result, in the order
explain.findings sorts them), the albumin-corrected calcium of a panel with calcium and albumin (interpret.
corrected_calcium, classified with the calcium scheme) and the panel's notes on total calcium (its part of vitd_note).

Input: a relation (FindingsInput) of one row per interpreted result: row id, panel id, analyte, the value as read
(normalise's Measurement.value) with its unit key and comparator, the SI value before rounding, and the index of its
band in the scheme used: what the classification query has per row (sql_classify.QueryBuilder's vitd_band stage;
classified_rows() selects them).

The steps, as CTEs after the reference relation vitd_fbands (each band's flag, severity, urgency, finding and label):
  vitd_f0 .. f3   per result: its band, its own finding (explain.findings: a result's own finding unless a calcium one),
                  and whether it is past a finding's level (explain.meets, the osteomalacia level)
  vitd_fp         on each result, its panel's analytes: their bands, one column each (a panel holds an analyte once)
  vitd_fk0 .. fk  the panel's albumin-corrected calcium (sql_corrected.py)
  vitd_fm, fw     the panel's calcium measures (measured or estimated) and the most dangerous low and high one
                  (explain._rank), the calcium findings and explain._discordance
  vitd_fq         the panel's findings (PATTERNS mirrors explain._patterns), as the analytes it is based on, its
                  sort key (urgency, then severity) and the findings a pattern takes away (out.pop)
  vitd_fr .. fs   per result: the findings that involve it, sorted as explain.findings sorts (stable: by urgency
                  and severity, then in the order they were added), joined with spaces; one row per result
Every step reads the one before it once (no joins back to the rows), so Spark's plan stays small. The result: per (row id, analyte) the columns OUTPUT.
Every cut-off, factor and band comes from the reference data, and so do the sentences
(reference_ranges/sentences.toml [notes], as the streaming engine fills them in: sql_corrected.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..explain import CALCIUM_FINDINGS, CALCIUM_MEASURES, SEVERITY_ORDER
from ..models import URGENCY_ORDER
from ..reference import ReferenceData
from .sql_corrected import Corrected
from .sql_reference import _relation
from .sqltext import q

LEVELLED = ("osteomalacia_pattern", "vitamin_d")  # the pattern with a level, and the result explain.meets reads for it
PANEL_ANALYTES = (*CALCIUM_MEASURES, "albumin", "pth", "vitamin_d", "magnesium", "phosphate")  # what the patterns read
LW, HW = "lw", "hw"  # the most dangerous low / high calcium measure of a panel (ca_low, ca_high of explain._patterns)
OUTPUT = ("vitd_findings", "vitd_panel_note", "vitd_corrected_value_si", "vitd_corrected_unit_si", "vitd_corrected_value",
          "vitd_corrected_unit", "vitd_corrected_flag", "vitd_corrected_category", "vitd_corrected_severity")


@dataclass(frozen=True)
class Rule:
    """One pattern of explain._patterns: the finding `code` when `when` holds (SQL over the panel's columns fl_<analyte>,
    lw, hw, lvl), based on those analytes (LW/HW: the calcium measure), with its urgency and severity (SQL giving a rank),
    taking away the findings `pops` (when `pop_when` holds too)."""

    code: str
    when: str
    based_on: tuple[str, ...]
    urgency: str
    severity: str = "0"
    pops: tuple[str, ...] = ()
    pop_when: str = "1 = 1"


def _u(name: str) -> str:
    return str(URGENCY_ORDER[name])


def _max(a: str, b: str) -> str:
    return f"(CASE WHEN {a} > {b} THEN {a} ELSE {b} END)"


# explain._patterns, one rule per add() in its order (the comments name its lines)
PATTERNS = (
    # pth high and vitamin D low, calcium not high
    Rule("secondary_hyperparathyroidism", "fl_pth = 'high' AND fl_vitamin_d = 'low' AND hw = ''", ("pth", "vitamin_d"),
         _u("routine"), pops=("elevated_pth",)),
    # ca_high and PTH high or normal
    Rule("primary_hyperparathyroidism", "hw <> '' AND fl_pth IN ('high', 'normal')", (HW, "pth"), _u("routine"), pops=("elevated_pth",)),
    # ca_high and PTH low: with vitamin D high, toxicity; else PTH-independent
    Rule("vitamin_d_toxicity", "hw <> '' AND fl_pth = 'low' AND fl_vitamin_d = 'high'", (HW, "pth", "vitamin_d"), _u("prompt"),
         pops=("low_pth",)),
    Rule("pth_independent_hypercalcemia", "hw <> '' AND fl_pth = 'low' AND fl_vitamin_d <> 'high'", (HW, "pth"), _u("prompt"),
         pops=("low_pth",)),
    # ca_low and PTH low or normal, unless magnesium is low (said by magnesium_limits_calcium_correction)
    Rule("hypoparathyroidism", "lw <> '' AND fl_pth IN ('low', 'normal') AND fl_magnesium <> 'low'", (LW, "pth"), _u("prompt"),
         pops=("low_pth",)),
    # ca_low and PTH high, vitamin D not low
    Rule("pth_response_to_low_calcium", "lw <> '' AND fl_pth = 'high' AND fl_vitamin_d <> 'low'", (LW, "pth"), _u("prompt"),
         pops=("elevated_pth",)),
    # magnesium low with ca_low: as urgent as hypomagnesemia, at least prompt; PTH not raised is taken away
    Rule("magnesium_limits_calcium_correction", "fl_magnesium = 'low' AND lw <> ''", ("magnesium", LW),
         _max(f"COALESCE(hm_u, {_u('routine')})", _u("prompt")), severity="sv_magnesium", pops=("low_pth",),
         pop_when="fl_pth <> '' AND fl_pth <> 'high'"),
    # vitamin D past the finding's level, phosphate low
    Rule("osteomalacia_pattern", "fl_vitamin_d <> '' AND fl_phosphate = 'low' AND lvl = 1", ("vitamin_d", "phosphate"), _u("prompt")),
)
CALCIUM_CODES = ("hypocalcemia", "hypercalcemia")  # explain.findings adds them in this order (low, then high)
DISCORDANT = "calcium_discordant"


@dataclass(frozen=True)
class FindingsInput:
    """The relation of interpreted results the findings are worked out from, and its column names."""

    table: str
    row: str = "vitd_row"  # a row id (one result per row id and analyte)
    panel: str = "vitd_panel"
    analyte: str = "a"
    value: str = "value"  # the value as read (DOUBLE)
    unit: str = "unit"  # its unit key
    cmp: str = "cmp"  # '' or <, <=, >, >=
    value_si: str = "value_si"  # the SI value before rounding (DOUBLE)
    band_index: str = "band_index"


class FindingsBuilder:
    """The findings query over a FindingsInput, for the schemes given (analyte -> scheme id)."""

    def __init__(self, ref: ReferenceData, schemes: Mapping[str, str], source: FindingsInput) -> None:
        self.ref = ref
        self.schemes = dict(schemes)
        self.src = source
        self.cc = Corrected(ref, self.schemes)
        self._check()

    def scheme(self, analyte: str):  # type: ignore[no-untyped-def]
        return self.ref.scheme(analyte, self.schemes.get(analyte))

    def _check(self) -> None:
        """The SQL reads a finding's based_on from the rules here: a band whose finding is a pattern's, or a finding two
        analytes share (explain.findings would keep one of them), would need more than it does."""
        owners: dict[str, str] = {}
        patterned = {r.code for r in PATTERNS} | {DISCORDANT}
        for a in self.ref.analytes:
            for b in self.scheme(a).bands:
                if b.finding in patterned or (b.finding and b.finding not in CALCIUM_FINDINGS and owners.setdefault(b.finding, a) != a):
                    raise ValueError(f"band {a}/{b.category}: finding {b.finding!r} is not one the findings SQL can place")

    # ------------------------------------------------------------ reference relations

    def band_rows(self) -> list[tuple]:
        """(analyte, band_index, flag, category, severity, severity rank, urgency rank, finding, label, own finding, its
        urgency rank, its sort key) for every band of the schemes used."""
        rows = []
        for a in self.ref.analytes:
            for i, b in enumerate(self.scheme(a).bands):
                sv, u = SEVERITY_ORDER[b.severity], URGENCY_ORDER[b.effective_urgency]
                own = b.finding if b.finding and b.finding not in CALCIUM_FINDINGS else None
                own_u = max(u, URGENCY_ORDER[self.ref.findings[own].urgency or "none"]) if own else None
                rows.append((a, i, b.flag, b.category, b.severity or "", sv, u, b.finding or "", b.label, own, own_u,
                             None if own_u is None else own_u * 4 + sv))
        return rows

    def relations(self) -> list[str]:
        cols = ["analyte", "band_index", "flag", "category", "severity", "sv", "u", "finding", "label", "own", "own_u", "own_k"]
        types = ["VARCHAR", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR",
                 "INTEGER", "INTEGER"]
        return [_relation("vitd_fbands", cols, self.band_rows(), types)]

    def _d(self, code: str) -> str:
        """The urgency rank findings.toml gives a finding (explain.findings' add() raises to it)."""
        return _u(self.ref.findings[code].urgency or "none")

    # ------------------------------------------------------------ per result

    def _row_stages(self) -> list[str]:
        s = self.src
        level = self.ref.findings[LEVELLED[0]].level
        past = self.cc.level_stages(level, LEVELLED[1]) if level is not None else None
        st = [f"""vitd_f0 AS (
    SELECT s.{s.row} AS f_row, s.{s.panel} AS f_panel, s.{s.analyte} AS f_an, s.{s.value} AS f_x, s.{s.unit} AS f_unit,
        COALESCE(s.{s.cmp}, '') AS f_cmp, s.{s.value_si} AS f_si, b.flag AS f_fl, b.sv AS f_sv, b.u AS f_u, b.finding AS f_fd,
        b.label AS f_lb, b.own AS f_own, b.own_u AS f_own_u, b.own_k AS f_own_k
    FROM {s.table} AS s JOIN vitd_fbands AS b ON b.analyte = s.{s.analyte} AND b.band_index = s.{s.band_index}
)"""]
        if past is None:
            return [*st, "vitd_f3 AS (\n    SELECT vitd_f0.*, 0 AS f_lvl\n    FROM vitd_f0\n)"]
        return st + past

    def _panel_stage(self) -> str:
        """vitd_fp: on each result, its panel's analytes (window aggregates over the panel: no join, so every step reads
        the one before it once, which keeps Spark's plan small)."""
        over = " OVER (PARTITION BY f_panel)"
        cols = []
        for a in PANEL_ANALYTES:
            on = f"f_an = {q(a)}"
            cols += [f"MAX(CASE WHEN {on} THEN 1 ELSE 0 END){over} AS h_{a}", f"COALESCE(MAX(CASE WHEN {on} THEN f_fl END){over}, '') AS fl_{a}",
                     f"COALESCE(MAX(CASE WHEN {on} THEN f_fd END){over}, '') AS fd_{a}",
                     f"COALESCE(MAX(CASE WHEN {on} THEN f_sv END){over}, 0) AS sv_{a}",
                     f"COALESCE(MAX(CASE WHEN {on} THEN f_u END){over}, 0) AS u_{a}", f"MAX(CASE WHEN {on} THEN f_lb END){over} AS lb_{a}"]
        for a in ("calcium", "albumin"):
            cols += [f"MAX(CASE WHEN f_an = {q(a)} THEN f_{c} END){over} AS {c}_{a}" for c in ("x", "unit", "cmp")]
        cols.append(f"MAX(CASE WHEN f_an = {q(LEVELLED[1])} THEN f_lvl END){over} AS lvl")
        cols.append(f"MAX(CASE WHEN f_own = 'hypomagnesemia' THEN f_own_u END){over} AS hm_u")
        body = ",\n        ".join(cols)
        return f"vitd_fp AS (\n    SELECT vitd_f3.*,\n        {body}\n    FROM vitd_f3\n)"

    # ------------------------------------------------------------ per panel: the calcium measures

    def _measure_stages(self) -> list[str]:
        """vitd_fm: each calcium measure as explain.findings sees it (the corrected one measured, or else the estimate),
        its rank (explain._rank) and whether it is low or high with its calcium finding; vitd_fw: the worst of each."""
        cols = []
        for a in CALCIUM_MEASURES:
            better = len(CALCIUM_MEASURES) - CALCIUM_MEASURES.index(a)
            if a == "corrected_calcium":
                est = "CASE WHEN h_corrected_calcium = 0 AND k_bi IS NOT NULL THEN 1 ELSE 0 END"
                pick = {c: f"CASE WHEN h_corrected_calcium = 1 THEN {c}_{a} ELSE COALESCE(kb_{k}, {d}) END"
                        for c, k, d in (("fl", "flag", "''"), ("fd", "finding", "''"), ("sv", "sv", "0"), ("u", "u", "0"), ("lb", "label", "NULL"))}
            else:
                est, pick = "0", {c: f"{c}_{a}" for c in ("fl", "fd", "sv", "u", "lb")}
            cols += [f"{pick[c]} AS m_{c}_{a}" for c in pick] + [f"{est} AS m_est_{a}", f"{better} AS m_better_{a}"]
        # the estimate's band, by its index (a CASE, not a join on a computed key: Spark would push the key's whole
        # expression down through every step before it)
        names = ("flag", "category", "severity", "sv", "u", "finding", "label")
        bands = [r for r in self.band_rows() if r[0] == "corrected_calcium"]
        attrs = [f"CASE k_bi {' '.join(f'WHEN {r[1]} THEN {_lit(r[2 + j])}' for r in bands)} END AS kb_{name}" for j, name in enumerate(names)]
        st = [f"vitd_fkb AS (\n    SELECT vitd_fk.*, {', '.join(attrs)}\n    FROM vitd_fk\n)",
              f"vitd_fm0 AS (\n    SELECT vitd_fkb.*, {', '.join(cols)}\n    FROM vitd_fkb\n)"]
        ranks = [f"CASE WHEN m_fl_{a} <> '' THEN m_u_{a} * 1000 + m_sv_{a} * 100 + (1 - m_est_{a}) * 10 + m_better_{a} ELSE -1 END AS rk_{a}"
                 for a in CALCIUM_MEASURES]
        groups = [f"CASE WHEN m_fl_{a} = '{flag}' AND m_fd_{a} = '{code}' THEN 1 ELSE 0 END AS {g}_{a}"
                  for a in CALCIUM_MEASURES for g, flag, code in (("lo", "low", CALCIUM_CODES[0]), ("hi", "high", CALCIUM_CODES[1]))]
        st.append(f"vitd_fm AS (\n    SELECT vitd_fm0.*, {', '.join(ranks + groups)}\n    FROM vitd_fm0\n)")
        # explain._discordance: measured ionized calcium against each other measured calcium measure of another flag
        ion, others = CALCIUM_MEASURES[0], CALCIUM_MEASURES[1:]
        pairs = [f"CASE WHEN m_fl_{ion} <> '' AND m_est_{a} = 0 AND m_fl_{a} <> '' AND m_fl_{a} <> m_fl_{ion} THEN 1 ELSE 0 END AS pr_{a}"
                 for a in others]
        worst = [f"{_argmax([(a, f'CASE WHEN {g}_{a} = 1 THEN rk_{a} ELSE -1 END') for a in CALCIUM_MEASURES])} AS {w}"
                 for g, w in (("lo", LW), ("hi", HW))]
        st.append(f"vitd_fw0 AS (\n    SELECT vitd_fm.*, {', '.join(pairs + worst)}\n    FROM vitd_fm\n)")
        any_pair = " OR ".join(f"pr_{a} = 1" for a in others)
        dw = _argmax([(ion, f"CASE WHEN {any_pair} THEN rk_{ion} ELSE -1 END"),
                      *[(a, f"CASE WHEN pr_{a} = 1 THEN rk_{a} ELSE -1 END") for a in others]])
        st.append(f"vitd_fw AS (\n    SELECT vitd_fw0.*, {dw} AS dw\n    FROM vitd_fw0\n)")
        return st

    # ------------------------------------------------------------ per panel: the findings

    def _codes_stage(self) -> str:
        """on_<code>: ',a,b,' the analytes a finding is based on ('' when the panel does not raise it); k_<code>: its sort
        key (urgency rank * 4 + severity rank); pop_<code>: a pattern takes that result's own finding away."""

        def of(who: str, col: str) -> str:  # a column of the measure named by the value of `who` (lw, hw, dw)
            return "CASE " + " ".join(f"WHEN {who} = {q(a)} THEN m_{col}_{a}" for a in CALCIUM_MEASURES) + " ELSE 0 END"

        cols = []
        for code, g, w in ((CALCIUM_CODES[0], "lo", LW), (CALCIUM_CODES[1], "hi", HW)):
            members = " || ".join(f"CASE WHEN {g}_{a} = 1 THEN {q(a + ',')} ELSE '' END" for a in CALCIUM_MEASURES)
            cols += [f"CASE WHEN {w} <> '' THEN ',' || {members} ELSE '' END AS on_{code}",
                     f"{_max(of(w, 'u'), self._d(code))} * 4 + {of(w, 'sv')} AS k_{code}"]
        ion = CALCIUM_MEASURES[0]
        members = " || ".join(f"CASE WHEN pr_{a} = 1 THEN {q(a + ',')} ELSE '' END" for a in CALCIUM_MEASURES[1:])
        cols += [f"CASE WHEN dw <> '' THEN {q(',' + ion + ',')} || {members} ELSE '' END AS on_{DISCORDANT}",
                 f"{_max(of('dw', 'u'), self._d(DISCORDANT))} * 4 + {of('dw', 'sv')} AS k_{DISCORDANT}"]
        pops: dict[str, list[str]] = {}
        for r in PATTERNS:
            based = " || ".join(f"{w} || ','" if w in (LW, HW) else q(w + ",") for w in r.based_on)
            cols += [f"CASE WHEN {r.when} THEN ',' || {based} ELSE '' END AS on_{r.code}",
                     f"{_max(r.urgency, self._d(r.code))} * 4 + {r.severity} AS k_{r.code}"]
            for p in r.pops:
                pops.setdefault(p, []).append(f"({r.when} AND {r.pop_when})")
        cols += [f"CASE WHEN {' OR '.join(conds)} THEN 1 ELSE 0 END AS pop_{p}" for p, conds in pops.items()]
        self._popped = tuple(pops)
        return f"vitd_fq AS (\n    SELECT vitd_fw.*,\n        {(',' + chr(10) + '        ').join(cols)}\n    FROM vitd_fw\n)"

    def codes(self) -> list[str]:
        """The findings after a result's own, in the order explain.findings adds them."""
        return [*CALCIUM_CODES, DISCORDANT, *[r.code for r in PATTERNS]]

    # ------------------------------------------------------------ per result: its findings, sorted and joined

    def _result_stages(self) -> list[str]:
        """vitd_fr: which findings involve the result, and its output cells; vitd_fo: each finding's place in the
        result's list, counted by comparing it with the others (explain.findings' stable sort: urgency and severity,
        then the order they were added), so no row is multiplied; vitd_fs: per result, the codes in their places."""
        codes = self.codes()
        popped = " OR ".join(f"(f_own = {q(p)} AND pop_{p} = 1)" for p in self._popped) or "1 = 0"
        inv = [f"CASE WHEN strpos(on_{c}, ',' || f_an || ',') > 0 OR (f_an = 'calcium' AND strpos(on_{c}, ',corrected_calcium,') > 0) "
               f"THEN 1 ELSE 0 END AS i_{c}" for c in codes]
        ca = "f_an = 'calcium' AND k_bi IS NOT NULL"
        out = [f"{self.cc.panel_note()} AS o_note", f"CASE WHEN {ca} THEN k_si END AS o_si", f"CASE WHEN {ca} THEN k_conv END AS o_conv",
               f"CASE WHEN {ca} THEN m_fl_corrected_calcium END AS o_flag", f"CASE WHEN {ca} THEN kb_category END AS o_category",
               f"CASE WHEN {ca} THEN kb_severity END AS o_severity"]
        st = [f"""vitd_fr AS (
    SELECT vitd_fq.*, CASE WHEN f_own IS NOT NULL AND NOT ({popped}) THEN 1 ELSE 0 END AS i_own,
        {(',' + chr(10) + '        ').join(inv + out)}
    FROM vitd_fq
)"""]
        slots = [("i_own", "f_own", "f_own_k"), *[(f"i_{c}", q(c), f"k_{c}") for c in codes]]
        kept = ("o_note", "o_si", "o_conv", "o_flag", "o_category", "o_severity")
        places = []
        for n, (i, _, k) in enumerate(slots):  # 1 + the findings of the result before this one
            before = " + ".join(f"CASE WHEN {j} = 1 AND {kj} {'>=' if m < n else '>'} {k} THEN 1 ELSE 0 END"
                                for m, (j, _, kj) in enumerate(slots) if m != n)
            places.append(f"CASE WHEN {i} = 1 THEN 1 + {before} END AS u_{n}")
        st.append(f"vitd_fo AS (\n    SELECT f_row, f_an, f_own, {', '.join(kept)},\n        {(',' + chr(10) + '        ').join(places)}\n"
                  "    FROM vitd_fr\n)")
        picks = ", ".join("CASE " + " ".join(f"WHEN u_{n} = {p} THEN {c}" for n, (_, c, _) in enumerate(slots)) + f" END AS c{p}"
                          for p in range(1, len(slots) + 1))
        st.append(f"vitd_fs AS (\n    SELECT f_row, f_an, {picks}, {', '.join(kept)}\n    FROM vitd_fo\n)")
        return st

    # ------------------------------------------------------------ the whole query

    def stages(self) -> list[str]:
        """The CTEs. DuckDB is left to inline or materialize them itself: since 1.4 it plans the chain in a second or two
        (marked MATERIALIZED, every step was held in memory to the end: ~2 GB at 1M rows, and 20% slower; measured
        2026-12-04, docs/engines.md). transpile() makes SQLite's and Postgres's materialized; Spark does not merge steps
        that would repeat an expression."""
        return [*self._row_stages(), self._panel_stage(), *self.cc.stages(), *self._measure_stages(), self._codes_stage(),
                *self._result_stages()]

    def outputs(self) -> list[str]:
        """The first two columns of OUTPUT as expressions over vitd_fs (after stages()): vitd_findings, vitd_panel_note."""
        n = len(self.codes()) + 1
        joined = " || ".join(["COALESCE(c1, '')", *[f"COALESCE(' ' || c{i}, '')" for i in range(2, n + 1)]])
        return [f"{joined} AS vitd_findings", "o_note AS vitd_panel_note"]

    def query(self, with_relations: bool = True) -> str:
        """Per result (row id, analyte): OUTPUT. The corrected calcium and the panel note are on the total calcium's row."""
        body = [*(self.relations() if with_relations else []), *self.stages()]
        out = [*self.outputs()[:2], "o_si AS vitd_corrected_value_si",
               f"CASE WHEN o_si IS NOT NULL THEN {q(self.cc.si_unit)} END AS vitd_corrected_unit_si", "o_conv AS vitd_corrected_value",
               f"CASE WHEN o_si IS NOT NULL THEN {q(self.cc.conventional_unit)} END AS vitd_corrected_unit",
               "o_flag AS vitd_corrected_flag", "o_category AS vitd_corrected_category", "o_severity AS vitd_corrected_severity"]
        return ("WITH " + ",\n".join(body) + f"\nSELECT f_row AS {self.src.row}, f_an AS {self.src.analyte}, " + ", ".join(out)
                + "\nFROM vitd_fs")


def findings_sql(ref: ReferenceData, schemes: Mapping[str, str], source: FindingsInput, dialect: str = "duckdb") -> str:
    """The findings query in a dialect of sql_columns.DIALECTS (transpiled from DuckDB's with sql_command.transpile)."""
    sql = FindingsBuilder(ref, schemes, source).query()
    if dialect == "duckdb":
        return sql + ";\n"
    from .sql_transpile import transpile

    return transpile(sql, dialect)


def _lit(v: object) -> str:
    return str(v) if isinstance(v, int) else q(str(v))


def _argmax(candidates: list[tuple[str, str]]) -> str:
    """The name whose rank (an SQL expression, -1 for none) is highest ('' when all are -1); ranks are distinct."""
    whens = []
    for i, (name, rank) in enumerate(candidates):
        beats = [f"({rank}) >= ({other})" for _, other in candidates[i + 1:]]
        whens.append(f"WHEN {' AND '.join([*beats, f'({rank}) >= 0'])} THEN {q(name)}")
    return "CASE " + " ".join(whens) + " ELSE '' END"


def classified_rows(builder, row: str) -> str:  # type: ignore[no-untyped-def]
    """The findings' input from the classification query (sql_classify.QueryBuilder over its table): per interpreted
    row of the table, the row id (column `row` of the table), analyte, value, unit, comparator, SI value and band index."""
    on = " AND ".join(f"{expr} = b.{k}" for k, expr in builder.key_expressions("t").items())
    body = "WITH " + ",\n".join([*builder.relations(), *builder.stages()])
    return (f"{body}\nSELECT t.{builder.col(row)} AS vitd_row, b.a, b.value, b.unit, b.cmp, b.value_si, b.band_index\n"
            f"FROM {builder.table} AS t JOIN vitd_band AS b ON {on}\nWHERE b.interpreted")
