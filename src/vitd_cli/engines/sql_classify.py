"""The classification rules of reference_ranges/ compiled into one SQL query.

The query is written once, in DuckDB's dialect, from the reference data: small relations (CTEs built as
`SELECT ... UNION ALL SELECT ...`, which every dialect reads) hold the unit spellings, the analyte names and LOINC codes,
the excluded codes and names, the analytes' properties, the bands, and per (analyte, unit) the cut-off each band is
compared in with the conversion factors to it; the steps of the Python engine follow as CTEs over the *distinct*
(test, value, unit) cells of the table, whose verdicts are joined back to every row:

  vitd_in     the distinct role cells (value, numeric value, unit, test name, LOINC code, specimen, test id)
  vitd_id     which analyte: LOINC code first (excluded codes win), then the normalised name (excluded names win),
              then the specimen words of columns.toml; or, for the engines, a join to a table of identified tests
  vitd_v1..   the value as readers/values.strip_marks and readers/values.split_value/parse_number read it: missing-value
              words, flag marks ('8.1 H', '(L) 2.0'), comparators and their words, decimal comma, thousands
              separators and the '1,234' ambiguity, exponents; the unit from the text or the unit column (conflict,
              unknown, wrong for the analyte, inferred from infer_units); plausibility in the SI unit
  vitd_c..    the band: each cut-off compared in the unit classify._cut_unit chooses (worked out here, in Python, per
              band and input unit), after the exact conversion of units.convert, with the isclose snapping and the
              censored-value semantics of classify._inside
  vitd_out    the appended columns of render/table_out.py (vitd_status ... vitd_note) and the reason kind

Floating point follows the Python engine operation by operation: the same factors (as float literals that parse to
the same doubles), the same order of multiplications and divisions, `clean` (12 significant digits) and `round(x, 3)`
done with an exact product error (Dekker's two-product), so ties round as Python rounds them, and the SI value printed
from integers, not from a dialect's float-to-text.

Scope: each row is classified on its own. The panel-level steps of the Python engine (panels, cross-analyte findings
such as secondary hyperparathyroidism, albumin-corrected calcium, the notes about a better calcium measure) are not in
SQL: vitd_findings holds the result's own finding and vitd_panel is empty. The lab's own flag and range, when the
columns are given, are compared per row (sql_lab.py: the stages vitd_l0 .. vitd_lab before vitd_out).

What the query draws on: sql_columns.py (the roles, key and output columns), sql_reference.py (the reference
relations), sql_tests.py (which test: a tests table, or the vitd_id stages in SQL), sql_values.py (the vitd_v stages),
sql_rounding.py (exact rounding), sql_lab.py (the lab's flag and range); the SI, band and output stages are here. `vitd sql` transpiles the query with sqlglot
(imported only there): see sql_command.py and docs/engines.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..reference import ReferenceData, norm_name
from .sql_columns import _KEY, KIND_COLUMN, OUTPUT_COLUMNS, ROLES, TEST_ROLES, TESTS_COLUMNS, Columns, Rules, test_keys
from .sql_identify import CODES, MAP, NameSQL
from .sql_lab import has_lab, lab_relations, lab_stages, with_lab_note
from .sql_reasons import implausible_stages, reason_sql
from .sql_reference import Relations, _relation, plausible_sql
from .sql_rounding import _clean_scale, _round_int, _split
from .sql_tests import identify_stages
from .sql_values import value_stages
from .sqltext import ident, num, q


class QueryBuilder:
    """Builds the classification query over `table` (a table or view name, or a parenthesised subquery).

    tests_table: None, and the query identifies tests itself (LOINC, names, specimen words); or the name of a table
    with the columns k_n, k_c, k_i, k_s (those of the roles given, '' for none), analyte (NULL: not ours), reason, kind
    and label, one row per distinct test, as the engines build it with the Python rules (dictionary, qualified names).
    """

    def __init__(self, ref: ReferenceData, schemes: Mapping[str, str], rules: Rules, cols: Columns, table: str,
                 tests_table: str | None = None, quote_columns: bool = True, keys_table: str | None = None,
                 inline_relations: bool = True, tests_rows: Sequence[Sequence[object]] | None = None,
                 tests_map: Mapping[str, str | None] | None = None) -> None:
        self.rel = Relations(ref, dict(schemes), rules)
        self.schemes = dict(schemes)
        self.tests_map = tests_map  # --tests-map, for the names the query identifies itself (no tests table)
        self.ref = ref
        self.rules = rules
        self.cols = cols
        self.table = table
        self.tests_table = tests_table
        self.quote = quote_columns
        self.keys_table = keys_table  # a table of the distinct key cells (k_v, k_u, ...) to classify instead of `table`'s
        self.inline_relations = inline_relations  # False: the relations are tables the caller registers (relation_tables)
        self.tests_rows = tests_rows  # the tests table's rows, written into the query (vitd sql --names), or None
        if cols.item and not tests_table:
            raise ValueError("an item (test id) column needs a tests table: the SQL cannot read a dictionary")

    def col(self, name: str) -> str:
        return ident(name) if self.quote else name

    def keyed_roles(self) -> dict[str, str]:
        """role -> column of every cell the distinct keys are made of: the reading's roles, then the lab's flag and range."""
        return {**self.cols.roles(), **self.cols.lab_roles()}

    # ------------------------------------------------------------ pieces

    def relation_tables(self) -> list[tuple[str, list[str], list[str], list[tuple]]]:
        """The relations the query reads: (name, columns, SQL types, rows)."""
        r = self.rel
        out: list[tuple[str, list[str], list[str], list[tuple]]] = [
            ("vitd_units", ["spelling", "unit"], ["VARCHAR", "VARCHAR"], r.unit_spellings())]
        if self.tests_table and self.tests_rows is not None:  # the distinct tests, identified in Python (identify_tests)
            cols = [*test_keys([_KEY[role] for role in ROLES if role in self.cols.roles()]), *TESTS_COLUMNS]
            out.append((self.tests_table, cols, ["VARCHAR"] * len(cols), [tuple(row) for row in self.tests_rows]))
        if not self.tests_table:
            names = NameSQL(self.ref, tests_map=self.tests_map)
            for (name, cols, types), rows in ((CODES, names.relation_rows()), (MAP, names.map_rows())):
                out.append((name, cols, types, rows))
            out.append(("vitd_excluded", ["by_what", "key", "reason", "kind"], ["VARCHAR"] * 4, r.excluded()))
        out.append(("vitd_analytes", ["analyte", "name", "si_unit", "conventional_unit", "molar_mass", "valence", "plausible_lo",
                                      "plausible_hi", "scheme", "range_text"],
                    ["VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DOUBLE", "INTEGER", "DOUBLE", "DOUBLE", "VARCHAR", "VARCHAR"], r.analyte_props()))
        out.append(("vitd_bands", ["analyte", "scheme", "band_index", "category", "flag", "severity", "finding", "op", "cutoffs"],
                    ["VARCHAR", "VARCHAR", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR"], r.bands()))
        cols, types = r.cutoff_columns()
        out.append(("vitd_cutoffs", cols, types, r.cutoffs()))
        if has_lab(self.cols):
            out += lab_relations(r, self.rules)
        return out

    def relations(self) -> list[str]:
        """The relations as CTEs (none when inline_relations is off: the caller registers relation_tables())."""
        if not self.inline_relations:
            return []
        return [_relation(name, cols, rows, types) for name, cols, types, rows in self.relation_tables()]

    def _infer_unit(self, analyte: str, x: str) -> str:
        whens = [f"WHEN {analyte} = {q(aid)} AND {x} >= {num(lo)} AND {x} <= {num(hi)} THEN {q(u)}"
                 for aid, a in self.ref.analytes.items() for u, lo, hi in a.infer_units]
        return f"CASE {' '.join(whens)} ELSE CAST(NULL AS VARCHAR) END" if whens else "CAST(NULL AS VARCHAR)"

    # ------------------------------------------------------------ stages

    def stages(self) -> list[str]:
        roles = self.cols.roles()
        keys = self.key_columns()

        def k(role: str) -> str:
            return _KEY[role] if role in roles else "''"

        if self.keys_table:
            st = [f"vitd_in AS (\n    SELECT {', '.join(keys)}\n    FROM {self.keys_table}\n)"]
        else:
            src = ", ".join(f"COALESCE(CAST({self.col(c)} AS VARCHAR), '') AS {_KEY[r]}" for r, c in self.keyed_roles().items())
            st = [f"vitd_in AS (\n    SELECT DISTINCT {src}\n    FROM {self.table}\n)"]

        # identification
        if self.tests_table:
            test_keys = [_KEY[r] for r in TEST_ROLES if r in roles]
            on = " AND ".join(f"t.{c} = i.{c}" for c in test_keys) or "1 = 1"
            st.append("vitd_id AS (\n    SELECT i.*, t.analyte AS a, t.reason AS why, t.kind AS why_kind, t.label AS label\n"
                      f"    FROM vitd_in AS i LEFT JOIN {self.tests_table} AS t ON {on}\n)")
        else:
            st += identify_stages(self.ref, self.rules, self.cols, self.tests_map, k)
        st += value_stages(self.rules, k, self._infer_unit("a", "x"))
        return st + self._si_stages() + self._band_stages(keys)

    def _si_stages(self) -> list[str]:
        """vitd_s0 .. vitd_s6: the value in the SI unit (and its other reading), plausibility, and why a row is not
        interpreted (its reason kind); vitd_g0 .. vitd_gf: what the implausible-value sentence prints."""
        st: list[str] = []
        # the value in the SI unit (units.convert: exact factors, then clean), for the value and its other reading
        cut_cols = ", ".join(f"cu.cut_{i}, cu.below_{i}, cu.same_{i}, cu.fs_{i}, cu.dv_{i}, cu.ml_{i}, cu.fd_{i}" for i in range(self.rel.max_cuts))
        st.append(f"""vitd_s0 AS (
    SELECT vitd_v14.*, cu.analyte AS unit_ok, cu.si_same, cu.si_fs, cu.si_dv, cu.si_ml, cu.si_fd, cu.last_band, {cut_cols},
        ((x * cu.si_fs) / cu.si_dv) * cu.si_ml / cu.si_fd AS si_raw,
        ((alt_x * cu.si_fs) / cu.si_dv) * cu.si_ml / cu.si_fd AS alt_si_raw,
        p.plausible_lo, p.plausible_hi, p.si_unit, p.range_text
    FROM vitd_v14
    LEFT JOIN vitd_cutoffs AS cu ON cu.analyte = vitd_v14.a AND cu.unit = vitd_v14.unit
    LEFT JOIN vitd_analytes AS p ON p.analyte = vitd_v14.a
)""")
        p1, ph1, pl1 = _clean_scale("si_raw")
        p2, ph2, pl2 = _clean_scale("alt_si_raw")
        st.append(f"""vitd_s1 AS (
    SELECT vitd_s0.*, {p1} AS cp, {ph1} AS cph, {pl1} AS cpl, {p2} AS ap, {ph2} AS aph, {pl2} AS apl
    FROM vitd_s0
)""")
        st.append(f"""vitd_s2 AS (
    SELECT vitd_s1.*,
        CASE WHEN si_same = 1 THEN x WHEN cp IS NULL THEN si_raw ELSE ({_round_int('si_raw', 'cp', 'cph', 'cpl')}) / cp END AS si,
        CASE WHEN si_same = 1 THEN alt_x WHEN ap IS NULL THEN alt_si_raw ELSE ({_round_int('alt_si_raw', 'ap', 'aph', 'apl')}) / ap END AS alt_si
    FROM vitd_s1
)""")

        st.append(f"""vitd_s3 AS (
    SELECT vitd_s2.*, {plausible_sql('si')} AS plausible, alt_x IS NOT NULL AND {plausible_sql('alt_si')} AS alt_plausible
    FROM vitd_s2
)""")
        st.append("""vitd_s4 AS (
    SELECT vitd_s3.*,
        CASE WHEN alt_plausible AND NOT plausible THEN alt_x ELSE x END AS value,
        CASE WHEN alt_plausible AND NOT plausible THEN alt_si ELSE si END AS value_si
    FROM vitd_s3
)""")
        kinds = """CASE WHEN a IS NULL THEN why_kind
             WHEN is_empty THEN 'empty value'
             WHEN is_nan THEN 'not a number'
             WHEN NOT parsed THEN 'text result'
             WHEN unit_conflict THEN 'unit conflict'
             WHEN x > 1.7976931348623157e308 THEN 'not a number'
             WHEN negative_sign AND x > 0 THEN 'negative value'
             WHEN unit_given <> '' AND unit_key IS NULL THEN 'unknown unit'
             WHEN unit_given <> '' AND unit_ok IS NULL THEN 'wrong unit'
             WHEN unit IS NULL OR unit_ok IS NULL THEN 'no unit'
             WHEN alt_plausible AND plausible THEN 'unreadable value'
             WHEN NOT (plausible OR alt_plausible) THEN 'implausible value'
             END"""
        st.append(f"""vitd_s5 AS (
    SELECT vitd_s4.*, {kinds} AS kind
    FROM vitd_s4
)""")
        st.append("""vitd_s6 AS (
    SELECT vitd_s5.*, a IS NOT NULL AND kind IS NULL AS interpreted
    FROM vitd_s5
)""")
        # the implausible-value sentence's numbers as Python's :.4g and :g write them (sql_gformat.py)
        return st + implausible_stages(self.ref, "vitd_s6")[0]

    def _band_stages(self, keys: Sequence[str]) -> list[str]:
        """vitd_c0 .. vitd_out: the band, the SI value printed as round(si, 3) prints it, and the appended columns."""
        st: list[str] = []
        # the band: each cut-off in the unit _cut_unit chose, snapped when a conversion lands on it (math.isclose)
        n = self.rel.max_cuts
        xs = ",\n        ".join(f"CASE WHEN same_{i} = 1 THEN value ELSE ((value * fs_{i}) / dv_{i}) * ml_{i} / fd_{i} END AS x{i}" for i in range(n))
        st.append(f"""vitd_c0 AS (
    SELECT vitd_gf.*, {xs}
    FROM vitd_gf
)""")

        def inside(i: int) -> str:
            snapped = (f"CASE WHEN same_{i} = 0 AND (abs(x{i} - cut_{i}) <= abs(1e-9 * cut_{i}) OR abs(x{i} - cut_{i}) <= abs(1e-9 * x{i})) "
                       f"THEN cut_{i} ELSE x{i} END")
            return (f"CASE WHEN cmp = '<' THEN {snapped} <= cut_{i} WHEN cmp = '>' THEN {snapped} < cut_{i} "
                    f"WHEN below_{i} = 1 THEN {snapped} < cut_{i} ELSE {snapped} <= cut_{i} END")

        pick = "\n            ".join(f"WHEN {inside(i)} THEN {i}" for i in range(n))
        st.append(f"""vitd_band AS (
    SELECT vitd_c0.*, CASE WHEN NOT interpreted THEN NULL
            {pick}
            ELSE last_band END AS band_index
    FROM vitd_c0
)""")
        # SI value as Python prints round(si, 3): an integer number of thousandths, written out digit by digit
        st.append(f"""vitd_r0 AS (
    SELECT vitd_band.*, CASE WHEN interpreted THEN {_round_int('value_si', '1000.0e0', num(_split(1000.0)[0]), num(_split(1000.0)[1]))} END AS milli
    FROM vitd_band
)""")
        st.append("""vitd_r1 AS (
    SELECT vitd_r0.*, floor(milli / 1000.0e0) AS whole, milli - floor(milli / 1000.0e0) * 1000.0e0 AS frac
    FROM vitd_r0
)""")
        st.append("""vitd_r2 AS (
    SELECT vitd_r1.*, CASE WHEN frac < 10 THEN '00' WHEN frac < 100 THEN '0' ELSE '' END || CAST(CAST(frac AS BIGINT) AS VARCHAR) AS frac3
    FROM vitd_r1
)""")
        note = ("CASE WHEN interpreted THEN CASE WHEN cmp <> '' THEN 'reported as ' || v2 || ': classified on the bound' ELSE '' END "
                "WHEN a IS NULL THEN COALESCE(why, '') WHEN kind = 'empty value' THEN label || ': empty value' "
                f"ELSE label || ': ' || {reason_sql(self.ref)} END")
        st.append(f"""vitd_n AS (
    SELECT vitd_r2.*, {note} AS vitd_note_value
    FROM vitd_r2
)""")  # (the value's own note once, as a column: the lab comparison and the panels read it again)
        src, own = "vitd_n", "vitd_note_value"
        note = own
        if has_lab(self.cols):  # the lab's own flag and range beside vitd's band: a disagreement is noted after the value's notes
            lab, src = lab_stages(self.cols, src)
            st += lab
            note = with_lab_note(note)
        wired = ""
        if self.cols.panels() and not self.keys_table:  # what the panel and findings steps read (sql_wired.py)
            lab_note = "lab_note" if has_lab(self.cols) else "CAST(NULL AS VARCHAR)"
            wired = (f"\n        {own} AS vitd_note_own, {lab_note} AS vitd_note_lab, CASE WHEN interpreted THEN value END AS vitd_w_value,"
                     f"\n        cmp AS vitd_w_cmp, value_si AS vitd_w_si, {src}.band_index AS vitd_w_band,")
        st.append(f"""vitd_out AS (
    SELECT {', '.join(keys)},{wired}
        CASE WHEN a IS NULL THEN 'other_test' WHEN interpreted THEN 'interpreted' ELSE 'skipped' END AS vitd_status,
        CASE WHEN interpreted THEN a ELSE '' END AS vitd_analyte,
        CASE WHEN interpreted THEN cmp || CAST(CAST(whole AS BIGINT) AS VARCHAR)
            || CASE WHEN frac = 0 THEN '' WHEN substr(frac3, 2, 2) = '00' THEN '.' || substr(frac3, 1, 1)
                    WHEN substr(frac3, 3, 1) = '0' THEN '.' || substr(frac3, 1, 2) ELSE '.' || frac3 END
            ELSE '' END AS vitd_value_si,
        CASE WHEN interpreted THEN si_unit ELSE '' END AS vitd_unit_si,
        CASE WHEN interpreted THEN b.flag ELSE '' END AS vitd_flag,
        CASE WHEN interpreted THEN b.category ELSE '' END AS vitd_category,
        CASE WHEN interpreted THEN COALESCE(b.severity, '') ELSE '' END AS vitd_severity,
        CASE WHEN interpreted THEN range_text ELSE '' END AS vitd_range,
        CASE WHEN interpreted THEN COALESCE(b.finding, '') ELSE '' END AS vitd_findings,
        '' AS vitd_panel,
        {note} AS vitd_note0,
        COALESCE(kind, '') AS {KIND_COLUMN},
        CASE WHEN interpreted THEN unit END AS vitd_unit_key
    FROM {src} LEFT JOIN vitd_bands AS b ON b.analyte = {src}.a AND b.band_index = {src}.band_index
)""")
        return st

    # ------------------------------------------------------------ the whole query

    def key_columns(self) -> list[str]:
        """The key columns (k_v, k_u, ... and k_f, k_r for the lab's flag and range) of the roles given, in the order
        vitd_in has them."""
        return [_KEY[r] for r in self.keyed_roles()]

    def key_expressions(self, alias: str = "t") -> dict[str, str]:
        """key column -> the expression that computes it from a row of the table."""
        return {_KEY[r]: f"COALESCE(CAST({alias}.{self.col(c)} AS VARCHAR), '')" for r, c in self.keyed_roles().items()}

    def classification(self) -> str:
        """The verdict of every distinct key (vitd_out): the key columns, the vitd columns (vitd_note0 not yet made
        spreadsheet-safe) and vitd_kind."""
        return "WITH " + ",\n".join([*self.relations(), *self.stages()]) + "\nSELECT * FROM vitd_out"

    def query(self, *, select: str = "t.*", order_by: str | None = None, kind: bool = False, sanitize_columns: Sequence[str] = ()) -> str:
        """The query: every row of the table (`select` of alias t) with the vitd columns appended (and vitd_kind), each
        row classified on its own. With subject= and date=, sql_wired.table_query adds the rows' panels and findings."""
        on = " AND ".join(f"COALESCE(CAST(t.{self.col(c)} AS VARCHAR), '') = o.{_KEY[r]}" for r, c in self.keyed_roles().items())
        risky = f"substr(o.vitd_note0, 1, 1) IN ('=', '+', '-', '@', {q(chr(9))}, {q(chr(13))})"
        note = f"CASE WHEN {risky} THEN '''' || o.vitd_note0 ELSE o.vitd_note0 END"
        out = [f"o.{c}" for c in OUTPUT_COLUMNS if c != "vitd_note"] + [f"{note} AS vitd_note"]
        if kind:
            out.append(f"o.{KIND_COLUMN}")
        del sanitize_columns
        body = "WITH " + ",\n".join([*self.relations(), *self.stages()])
        sql = f"{body}\nSELECT {select}, {', '.join(out)}\nFROM {self.table} AS t LEFT JOIN vitd_out AS o ON {on}"
        if order_by:
            sql += f"\nORDER BY {order_by}"
        return sql


def build_query(ref: ReferenceData, schemes: Mapping[str, str], cols: Columns, table: str, *, rules: Rules | None = None,
                tests_table: str | None = None, kind: bool = False, select: str = "t.*", order_by: str | None = None) -> str:
    """The canonical (DuckDB) classification query over `table`."""
    b = QueryBuilder(ref, schemes, rules or Rules.shipped(), cols, table, tests_table)
    return b.query(kind=kind, select=select, order_by=order_by)


def norm_name_sql_check(text: str) -> str:
    """What the SQL's name normalisation must give (reference.norm_name), for tests."""
    return norm_name(text)
