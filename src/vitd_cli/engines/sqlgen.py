"""The classification rules of reference_ranges/ compiled into one SQL query.

The query is written once, in DuckDB's dialect, from the reference data: small relations (CTEs built as
`SELECT ... UNION ALL SELECT ...`, which every dialect reads) hold the unit spellings, the analyte names and LOINC codes,
the excluded codes and names, the analytes' properties, the bands, and per (analyte, unit) the cut-off each band is
compared in with the conversion factors to it; the steps of the Python engine follow as CTEs over the *distinct*
(test, value, unit) cells of the table, whose verdicts are joined back to every row:

  vitd_in     the distinct role cells (value, numeric value, unit, test name, LOINC code, specimen, test id)
  vitd_id     which analyte: LOINC code first (excluded codes win), then the normalised name (excluded names win),
              then the specimen words of columns.toml; or, for the engines, a join to a table of identified tests
  vitd_v1..   the value as readers/values.strip_marks and normalise.split_value/parse_number read it: missing-value
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
such as secondary hyperparathyroidism, albumin-corrected calcium, the notes about a better calcium measure, the lab's
own flag and range) are not in SQL: vitd_findings holds the result's own finding and vitd_panel is empty.

`vitd sql` transpiles the query with sqlglot (imported only there): see `transpile()` and docs/engines.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..batch.rows import QUALIFIER_PUNCT
from ..classify import _cut_unit, normal_range
from ..models import Scheme
from ..normalise import _COMPARATORS, _GROUP_SEPARATORS, _WORD_COMPARATORS, COMPARATOR_RE
from ..readers.own_columns import LONG_COLUMNS
from ..readers.values import NUMBER, NUMERIC_WORDS
from ..reference import ReferenceData, norm_name
from ..render.table_out import RISKY
from ..units import FACTORS, _per_mole, unit_index
from .sql_identify import CODES, MAP, NameSQL, other_kind_sql
from .sqltext import WS, q
from .sqltext import in_sql as _in
from .sqltext import strip_sql as _strip

DIALECTS = ("duckdb", "postgres", "spark", "bigquery", "snowflake", "sqlite")
OUTPUT_COLUMNS = LONG_COLUMNS  # the columns vitd appends to a long file, as the streaming engine writes them
KIND_COLUMN = "vitd_kind"  # why a row was not interpreted (the reason kinds of batch/counts.py), for the row accounting
ROLES = ("value", "value_numeric", "unit", "analyte", "code", "specimen", "item")
_KEY = {"value": "k_v", "value_numeric": "k_vn", "unit": "k_u", "analyte": "k_n", "code": "k_c", "specimen": "k_s", "item": "k_i"}
TEST_ROLES = ("analyte", "code", "item", "specimen")  # the cells that identify the test (the engines identify them in Python)

GROUP_SEPARATORS = "".join(_GROUP_SEPARATORS)  # in normalise's order
COMPARATORS = {**_COMPARATORS, **_WORD_COMPARATORS}  # every comparator text (lower case) -> its sign
_NUM_RE = "[+-]?(?:[0-9][0-9,.\u00a0\u202f'' ]*[0-9]\\.?|[0-9]\\.?|[.,][0-9]+)(?:e[+-]?[0-9]+)?"  # (written for a SQL literal: '' is ')
_WORD_END = "(?:[^a-z0-9_]|$)"  # Python's \b after a word (Postgres reads \b as a backspace)
_STARTS_NUMERIC = f"^{WS}*(?:[<>≤≥=]|[+-]?[0-9.,]|(?:{'|'.join(NUMERIC_WORDS)}){_WORD_END})"  # readers.values._STARTS_NUMERIC
NL = "[^\n]"  # what Python's regex dot matches
_PUNCT = f"[{QUALIFIER_PUNCT}]"  # what batch.rows.Engine._qualified strips from a name's head
_SPLIT = 134217729.0  # 2**27 + 1: Dekker's splitter for doubles
_CLEAN_DECADES = range(-4, 6)  # clean() (12 significant digits) is applied to SI values from 1e-4 to 1e6; outside it cannot matter


@dataclass(frozen=True)
class Columns:
    """Which column of the table plays which role (None: the table has no such column). `value` is required."""

    value: str
    unit: str | None = None
    analyte: str | None = None  # the test's name as printed
    code: str | None = None  # LOINC
    specimen: str | None = None
    value_numeric: str | None = None  # read when value is empty (MIMIC's VALUENUM)
    item: str | None = None  # a lab's own test id: only with a tests table (the engines look it up in a dictionary)

    def roles(self) -> dict[str, str]:
        return {r: getattr(self, r) for r in ROLES if getattr(self, r)}


@dataclass
class Rules:
    """What the query needs besides the reference data: the columns.toml words (missing values, flag marks, specimens)."""

    missing: Sequence[str] = ()
    flags: Sequence[str] = ()
    serum: Sequence[str] = ()
    not_serum: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def shipped(cls) -> Rules:
        from ..readers.columns import load_columns

        r = load_columns()
        return cls(sorted(r.missing), sorted(r.flags), sorted(r.serum), dict(r.not_serum))


# ---------------------------------------------------------------- SQL text helpers


def neutralised(col: str, dialect: str = "duckdb") -> str:
    """render.table_out.neutralise in SQL (DuckDB's, or Spark's): a cell a spreadsheet would run as a formula gets a
    leading single quote, unless it is a plain number."""
    number = q(f"^{WS}*(?:{NUMBER.pattern}){WS}*$")
    plain = f"{col} RLIKE {number}" if dialect == "spark" else f"regexp_matches({col}, {number})"
    firsts = ", ".join(q(c) for c in RISKY)
    return f"CASE WHEN substr({col}, 1, 1) IN ({firsts}) AND NOT {plain} THEN '''' || {col} ELSE {col} END"


def num(x: float) -> str:
    """A float literal that every dialect reads as a double (DuckDB and Spark read 0.001 as a DECIMAL)."""
    r = repr(float(x))
    return r if "e" in r else r + "e0"


def ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _rstrip(x: str) -> str:
    return f"regexp_replace({x}, '{WS}+$', '', 'g')"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace("\\ ", " ") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _relation(name: str, columns: Sequence[str], rows: Sequence[Sequence[object]], types: Sequence[str]) -> str:
    """A CTE of literal rows: SELECT ... UNION ALL SELECT ... (every dialect reads it; VALUES lists are not portable)."""

    def lit(v: object, t: str) -> str:
        if v is None:
            return f"CAST(NULL AS {t})"
        if t == "DOUBLE":
            return num(float(v))  # type: ignore[arg-type]
        if t == "INTEGER":
            return str(int(v))  # type: ignore[call-overload]
        return q(str(v))

    if not rows:
        body = "SELECT " + ", ".join(f"CAST(NULL AS {t}) AS {c}" for c, t in zip(columns, types)) + " WHERE 1 = 0"
    else:
        first = "SELECT " + ", ".join(f"{lit(v, t)} AS {c}" for v, c, t in zip(rows[0], columns, types))
        rest = ["SELECT " + ", ".join(lit(v, t) for v, t in zip(r, types)) for r in rows[1:]]
        body = "\n    UNION ALL ".join([first, *rest])
    return f"{name} AS (\n    {body}\n)"


# ---------------------------------------------------------------- the relations, from the reference data


def _conversion(ref: ReferenceData, analyte: str, src: str, dst: str) -> tuple[float, float, float, float]:
    """units.convert as four factors applied in its order: ((value * fs) / dv) * ml / fd."""
    a = ref.analytes[analyte]
    ks, kd = ref.units[src].kind, ref.units[dst].kind
    dv = ml = 1.0
    if ks != kd:
        if ks != "molar":
            dv = _per_mole(a, ks)
        if kd != "molar":
            ml = _per_mole(a, kd)
    return FACTORS[src], dv, ml, FACTORS[dst]


def _convertible(ref: ReferenceData, analyte: str, src: str, dst: str) -> bool:
    try:
        _conversion(ref, analyte, src, dst)
    except Exception:  # noqa: BLE001 - an analyte without molar mass or valence
        return False
    return True


@dataclass
class Relations:
    """The reference data as rows: what the query's CTEs hold (exposed for tests and docs)."""

    ref: ReferenceData
    schemes: dict[str, str]  # analyte -> scheme id
    rules: Rules

    def scheme(self, analyte: str) -> Scheme:
        return self.ref.scheme(analyte, self.schemes.get(analyte))

    @property
    def max_cuts(self) -> int:
        return max(len(self.scheme(a).bands) - 1 for a in self.ref.analytes)

    def unit_spellings(self) -> list[tuple[str, str]]:
        return sorted(unit_index(self.ref.units).items())

    def unit_factors(self) -> list[tuple[str, str, float]]:
        return [(k, u.kind, FACTORS[k]) for k, u in self.ref.units.items()]

    def analyte_names(self) -> list[tuple[str, str]]:
        return sorted(self.ref.name_index.items())

    def analyte_loinc(self) -> list[tuple[str, str, str | None]]:
        return sorted((code, aid, self.ref.analytes[aid].loinc_kind.get(code)) for code, aid in self.ref.loinc_index.items())

    def excluded(self) -> list[tuple[str, str, str, str]]:
        """(by 'loinc' | 'name', key, reason, kind)."""
        from ..batch.counts import _other_kind

        rows = [("loinc", c, r, _other_kind(r)) for c, r in self.ref.excluded_loinc.items()]
        rows += [("name", n, r, _other_kind(r)) for n, r in self.ref.excluded_names.items()]
        return sorted(rows)

    def analyte_props(self) -> list[tuple]:
        out = []
        for aid, a in self.ref.analytes.items():
            s = self.scheme(aid)
            info = normal_range(s, a, self.ref.units)
            out.append((aid, a.name, a.si_unit, a.conventional_unit, a.molar_mass, a.valence, a.plausible[0], a.plausible[1], s.id,
                        f"{info.text} ({info.scheme})"))
        return out

    def bands(self) -> list[tuple]:
        """One row per band of the scheme used: (analyte, scheme, band_index, category, flag, severity, finding, op,
        published cut-offs as 'value unit; ...')."""
        out = []
        for aid in self.ref.analytes:
            s = self.scheme(aid)
            for i, b in enumerate(s.bands):
                op = "below" if b.below is not None else "up_to" if b.up_to is not None else None
                cuts = "; ".join(f"{v!r} {u}" for u, v in (b.limit or {}).items()) or None
                out.append((aid, s.id, i, b.category, b.flag, b.severity, b.finding, op, cuts))
        return out

    def cutoffs(self) -> list[tuple]:
        """One row per (analyte, unit it accepts): the conversion to the SI unit, the last band's index, and for each
        band but the last the cut-off it is compared in (classify._cut_unit), below (1) or up_to (0), whether that is
        the input unit (no conversion, no snapping), and the conversion factors to it."""
        out = []
        n = self.max_cuts
        for aid, a in self.ref.analytes.items():
            s = self.scheme(aid)
            for unit in a.units:
                if not _convertible(self.ref, aid, unit, a.si_unit):
                    continue
                row: list[object] = [aid, unit, self.ref.units[unit].kind, 1 if unit == a.si_unit else 0,
                                     *_conversion(self.ref, aid, unit, a.si_unit), len(s.bands) - 1]
                for i in range(n):
                    if i < len(s.bands) - 1:
                        b = s.bands[i]
                        limit = b.limit
                        assert limit is not None
                        cu = _cut_unit(unit, limit, self.ref.units)
                        row += [cu, limit[cu], 1 if b.below is not None else 0, 1 if cu == unit else 0, *_conversion(self.ref, aid, unit, cu)]
                    else:
                        row += [None] * 8
                out.append(tuple(row))
        return out

    def cutoff_columns(self) -> tuple[list[str], list[str]]:
        cols = ["analyte", "unit", "kind", "si_same", "si_fs", "si_dv", "si_ml", "si_fd", "last_band"]
        types = ["VARCHAR", "VARCHAR", "VARCHAR", "INTEGER", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE", "INTEGER"]
        for i in range(self.max_cuts):
            cols += [f"cut_unit_{i}", f"cut_{i}", f"below_{i}", f"same_{i}", f"fs_{i}", f"dv_{i}", f"ml_{i}", f"fd_{i}"]
            types += ["VARCHAR", "DOUBLE", "INTEGER", "INTEGER", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE"]
        return cols, types


# ---------------------------------------------------------------- exact rounding in SQL


def _round_int(x: str, p: str, ph: str, pl: str) -> str:
    """The integer nearest to the exact product x * p (ties to even), as Python's round and '%.12g' give it: the
    double product y, its exact error e (Dekker), and e deciding a product that lands on .5."""
    y = f"({x} * {p})"
    t = f"({num(_SPLIT)} * {x})"
    xh = f"({t} - ({t} - {x}))"
    xl = f"({x} - {xh})"
    e = f"(((({xh} * {ph}) - {y}) + {xh} * {pl}) + {xl} * {ph}) + {xl} * {pl}"
    fl = f"floor({y})"
    f = f"({y} - {fl})"
    return (f"CASE WHEN {f} > 0.5e0 THEN {fl} + 1 WHEN {f} < 0.5e0 THEN {fl} WHEN {e} > 0 THEN {fl} + 1 WHEN {e} < 0 THEN {fl} "
            f"WHEN floor({fl} / 2e0) * 2e0 = {fl} THEN {fl} ELSE {fl} + 1 END")


def _split(p: float) -> tuple[float, float]:
    t = _SPLIT * p
    hi = t - (t - p)
    return hi, p - hi


def _clean_scale(x: str) -> tuple[str, str, str]:
    """(p, p_hi, p_lo) for units.clean: p = 10**(11 - decimal exponent of x), within _CLEAN_DECADES; else NULL."""
    branches = [(k, 10.0 ** (11 - k)) for k in sorted(_CLEAN_DECADES, reverse=True)]

    def case(pick) -> str:  # type: ignore[no-untyped-def]
        parts = " ".join(f"WHEN {x} >= {num(10.0 ** k)} THEN {num(pick(p))}" for k, p in branches)
        return f"CASE WHEN {x} >= {num(10.0 ** (max(_CLEAN_DECADES) + 1))} THEN NULL {parts} ELSE NULL END"

    return case(lambda p: p), case(lambda p: _split(p)[0]), case(lambda p: _split(p)[1])


# ---------------------------------------------------------------- the query


TESTS_COLUMNS = ("analyte", "reason", "kind", "label")  # what a tests table says of each test (QueryBuilder(tests_table=...))


def test_keys(keys: Sequence[str]) -> list[str]:
    """The key columns (of QueryBuilder.key_columns()) that name the test: name, code, test id, specimen."""
    named = {_KEY[r] for r in TEST_ROLES}
    return [k for k in keys if k in named]


def identify_tests(engine, keys: Sequence[str], distinct: Iterable[Sequence[str]]) -> list[tuple]:  # type: ignore[no-untyped-def]
    """The rows of a tests table for the engines: each distinct test (its cells of `keys`, from test_keys()) and what
    the streaming engine's own rules (batch.Engine._identify: dictionary, LOINC, names, qualified names, specimens) say
    of it, as TESTS_COLUMNS."""
    role = {_KEY[r]: r for r in TEST_ROLES}
    rows = []
    for cells in distinct:
        got = {role[k]: c for k, c in zip(keys, cells)}
        ident = engine._identify(tuple(cells), *(got.get(r, "") for r in TEST_ROLES))
        rows.append((*cells, ident.analyte, ident.reason, ident.kind, ident.label))
    return rows


def identify_distinct(s, cols: Columns, distinct: Iterable[Sequence[object]]) -> list[tuple]:  # type: ignore[no-untyped-def]
    """The tests table's rows for a table whose distinct tests are known (their cells of the analyte, code and specimen
    columns given, in that order): each identified by the one recogniser, as the streaming engine identifies it."""
    from ..batch.rows import Engine
    from ..readers.columns import LongLayout, load_columns

    roles = cols.roles()
    engine = Engine(s, load_columns(), LongLayout(list(roles.values()), {r: i for i, r in enumerate(roles)}))
    keys = test_keys([_KEY[r] for r in ROLES if r in roles])
    return identify_tests(engine, keys, dict.fromkeys(tuple("" if x is None else str(x) for x in row) for row in distinct))


def dedupe_names(names: Sequence[str]) -> list[str]:
    """Column names made unique for Parquet: a repeated name gets _2, _3, ..."""
    seen: dict[str, int] = {}
    out = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n}_{seen[n]}")
    return out


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

    def _specimen(self, s: str) -> tuple[str, str]:
        """(label of the first not-serum word found, or NULL; whether a serum word is there) for a specimen text,
        as ColumnRules.specimen_verdict reads it (whole words, not-serum first)."""
        words = _strip(f"regexp_replace(lower({s}), '[^a-z0-9]+', ' ', 'g')")
        padded = f"(' ' || {words} || ' ')"
        not_serum = " ".join(f"WHEN {padded} LIKE {q('% ' + w + ' %')} THEN {q(label)}" for w, label in self.rules.not_serum.items())
        label = f"CASE {not_serum} ELSE CAST(NULL AS VARCHAR) END" if not_serum else "CAST(NULL AS VARCHAR)"
        single = [w for w in self.rules.serum if " " not in w]
        serum = " OR ".join([_in(words, self.rules.serum), *(f"{padded} LIKE {q('% ' + w + ' %')}" for w in single)])
        return label, f"({serum})"

    # ------------------------------------------------------------ stages

    def stages(self) -> list[str]:
        roles = self.cols.roles()
        keys = [_KEY[r] for r in ROLES if r in roles]

        def k(role: str) -> str:
            return _KEY[role] if role in roles else "''"

        if self.keys_table:
            st = [f"vitd_in AS (\n    SELECT {', '.join(keys)}\n    FROM {self.keys_table}\n)"]
        else:
            src = ", ".join(f"COALESCE(CAST({self.col(roles[r])} AS VARCHAR), '') AS {_KEY[r]}" for r in ROLES if r in roles)
            st = [f"vitd_in AS (\n    SELECT DISTINCT {src}\n    FROM {self.table}\n)"]
        missing = self.rules.missing

        # identification
        if self.tests_table:
            test_keys = [_KEY[r] for r in TEST_ROLES if r in roles]
            on = " AND ".join(f"t.{c} = i.{c}" for c in test_keys) or "1 = 1"
            st.append("vitd_id AS (\n    SELECT i.*, t.analyte AS a, t.reason AS why, t.kind AS why_kind, t.label AS label\n"
                      f"    FROM vitd_in AS i LEFT JOIN {self.tests_table} AS t ON {on}\n)")
        else:
            st += self._identify_sql(k)

        # the value text: the numeric column when the value is empty or a missing-value word; flag marks stripped
        v0, vn0 = _strip(k("value")), _strip(k("value_numeric"))
        st.append(f"""vitd_v0 AS (
    SELECT vitd_id.*, {v0} AS v0, {vn0} AS vn0, {_strip(k('unit'))} AS u_col
    FROM vitd_id
)""")
        st.append(f"""vitd_v1 AS (
    SELECT vitd_v0.*, CASE WHEN v0 = '' OR {_in('lower(v0)', missing)} THEN vn0 ELSE v0 END AS v
    FROM vitd_v0
)""")
        flags = _alt(self.rules.flags)
        glued = _alt(f for f in self.rules.flags if re.fullmatch(r"[*!]+|[hl]{1,2}", f))
        ns = _STARTS_NUMERIC
        st.append(f"""vitd_v2 AS (
    SELECT vitd_v1.*, lower(v) AS lv,
        v = '' OR {_in('lower(v)', missing)} AS is_empty,
        COALESCE(regexp_extract(lower(v), '^(\\({WS}*(?:{flags}){WS}*\\){WS}*)(?:{ns[1:]}){NL}*$', 1), '') AS lead_paren,
        COALESCE(regexp_extract(lower(v), '^((?:{flags}){WS}+)(?:{ns[1:]}){NL}*$', 1), '') AS lead_word,
        COALESCE(regexp_extract(lower(v), '^({NL}+)\\({WS}*(?:{flags}){WS}*\\)$', 1), '') AS tail_paren,
        COALESCE(regexp_extract(lower(v), '^({NL}+){WS}+(?:{flags})$', 1), '') AS tail_word,
        COALESCE(regexp_extract(lower(v), '^({NL}*[0-9]){WS}*(?:{glued})$', 1), '') AS tail_glued
    FROM vitd_v1
)""")
        tails = " ".join(f"WHEN {t} <> '' AND regexp_matches({t}, '{ns}') THEN {t}" for t in ("tail_paren", "tail_word", "tail_glued"))
        st.append(f"""vitd_v3 AS (
    SELECT vitd_v2.*, CASE WHEN lead_paren <> '' THEN lead_paren WHEN lead_word <> '' THEN lead_word ELSE '' END AS lead_mark,
        CASE {tails} ELSE '' END AS tail_keep
    FROM vitd_v2
)""")
        st.append(f"""vitd_v4 AS (
    SELECT vitd_v3.*, CASE WHEN lead_mark <> '' THEN {_strip('substr(v, length(lead_mark) + 1)')}
        WHEN tail_keep <> '' THEN {_strip('substr(v, 1, length(tail_keep))')} ELSE v END AS v2
    FROM vitd_v3
)""")
        head = f"^(?:{COMPARATOR_RE})?{WS}*"
        st.append(f"""vitd_v5 AS (
    SELECT vitd_v4.*,
        regexp_matches(lower(v2), '^[+-]?(?:nan|inf|infinity){_WORD_END}') AS is_nan,
        regexp_matches(lower(v2), '{head}(?:{_NUM_RE}){NL}*$') AS is_number,
        COALESCE(regexp_extract(lower(v2), '^({COMPARATOR_RE})?{WS}*(?:{_NUM_RE})', 1), '') AS cmp_text,
        COALESCE(regexp_extract(lower(v2), '{head}({_NUM_RE})', 1), '') AS num_text,
        {_rstrip(f"COALESCE(regexp_extract(lower(v2), '{head}(?:{_NUM_RE}){WS}*({NL}*)$', 1), '')")} AS unit_text
    FROM vitd_v4
)""")
        g = "[" + GROUP_SEPARATORS.replace("'", "''") + "]"
        n_types = " + ".join(f"CASE WHEN strpos(body, {q(c)}) > 0 THEN 1 ELSE 0 END" for c in GROUP_SEPARATORS)
        st.append(f"""vitd_v6 AS (
    SELECT vitd_v5.*, CASE {' '.join(f"WHEN cmp_text = {q(w)} THEN {q(c)}" for w, c in COMPARATORS.items())} ELSE '' END AS cmp,
        num_text LIKE '-%' AS negative_sign,
        regexp_replace(num_text, '^[+-]', '') AS body
    FROM vitd_v5
)""")
        st.append(f"""vitd_v7 AS (
    SELECT vitd_v6.*, COALESCE(regexp_extract(body, '^([^,.]*)', 1), '') AS int_part, regexp_matches(body, '{g}') AS grouped,
        {n_types} AS separator_kinds
    FROM vitd_v6
)""")
        st.append(f"""vitd_v8 AS (
    SELECT vitd_v7.*,
        NOT grouped OR (separator_kinds = 1 AND regexp_matches(int_part, '^[0-9]{{1,3}}(?:{g}[0-9]{{3}})*$')) AS groups_ok,
        CASE WHEN grouped THEN regexp_replace(int_part, '{g}', '', 'g') || substr(body, length(int_part) + 1) ELSE body END AS b2
    FROM vitd_v7
)""")
        st.append("""vitd_v9 AS (
    SELECT vitd_v8.*, length(b2) - length(replace(b2, ',', '')) AS commas, length(b2) - length(replace(b2, '.', '')) AS points,
        regexp_matches(b2, ',[^.]*$') AS comma_last,
        COALESCE(regexp_extract(b2, '^(.*),', 1), '') AS head_comma, COALESCE(regexp_extract(b2, ',([^,]*)$', 1), '') AS tail_comma,
        COALESCE(regexp_extract(b2, '^(.*)\\.', 1), '') AS head_point, COALESCE(regexp_extract(b2, '\\.([^.]*)$', 1), '') AS tail_point
    FROM vitd_v8
)""")
        st.append("""vitd_v10 AS (
    SELECT vitd_v9.*,
        CASE WHEN commas > 0 AND points > 0 AND comma_last THEN regexp_matches(head_comma, '^[0-9]{1,3}(?:\\.[0-9]{3})*$')
             WHEN commas > 0 AND points > 0 THEN regexp_matches(head_point, '^[0-9]{1,3}(?:,[0-9]{3})*$')
             WHEN commas > 1 THEN regexp_matches(b2, '^[0-9]{1,3}(?:,[0-9]{3})+$')
             WHEN commas = 1 THEN TRUE
             WHEN points > 1 THEN regexp_matches(b2, '^[0-9]{1,3}(?:\\.[0-9]{3})+$')
             ELSE TRUE END AS thousands_ok,
        CASE WHEN commas > 0 AND points > 0 AND comma_last THEN replace(head_comma, '.', '') || '.' || tail_comma
             WHEN commas > 0 AND points > 0 THEN replace(head_point, ',', '') || '.' || tail_point
             WHEN commas > 1 THEN replace(b2, ',', '')
             WHEN commas = 1 THEN replace(b2, ',', '.')
             WHEN points > 1 THEN replace(b2, '.', '')
             ELSE b2 END AS s1,
        CASE WHEN commas = 1 AND points = 0 AND length(tail_comma) = 3 AND length(head_comma) BETWEEN 1 AND 3 AND head_comma <> '0'
             THEN head_comma || tail_comma END AS alt_text
    FROM vitd_v9
)""")
        float_re = "^(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:e[+-]?[0-9]+)?$"
        st.append(f"""vitd_v11 AS (
    SELECT vitd_v10.*, is_number AND groups_ok AND thousands_ok AND regexp_matches(s1, '{float_re}') AS parsed,
        replace(CASE WHEN s1 LIKE '.%' THEN '0' || s1 ELSE s1 END, '.e', '.0e') AS s2
    FROM vitd_v10
)""")
        st.append("""vitd_v12 AS (
    SELECT vitd_v11.*,
        CASE WHEN parsed AND NOT is_nan AND NOT is_empty AND a IS NOT NULL
             THEN CAST(CASE WHEN s2 LIKE '%.' THEN s2 || '0' ELSE s2 END AS DOUBLE) END AS x,
        CASE WHEN parsed AND NOT is_nan AND NOT is_empty AND a IS NOT NULL AND alt_text IS NOT NULL
             THEN CAST(alt_text AS DOUBLE) END AS alt_x,
        unit_text <> '' AND u_col <> '' AND unit_text <> lower(u_col) AS unit_conflict,
        CASE WHEN unit_text <> '' THEN unit_text ELSE u_col END AS unit_given
    FROM vitd_v11
)""")
        norm_unit = ("replace(replace(replace(" + f"regexp_replace(lower(unit_given), '{WS}+', '', 'g')" + ", 'µ', 'u'), 'μ', 'u'), 'mcg', 'ug')")
        st.append(f"""vitd_v13 AS (
    SELECT vitd_v12.*, un.unit AS unit_key, {self._infer_unit('a', 'x')} AS unit_inferred
    FROM vitd_v12 LEFT JOIN vitd_units AS un ON un.spelling = {norm_unit}
)""")
        st.append("""vitd_v14 AS (
    SELECT vitd_v13.*, CASE WHEN unit_given <> '' THEN unit_key ELSE unit_inferred END AS unit
    FROM vitd_v13
)""")
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

        def plausible(si: str) -> str:
            return (f"(({si} >= plausible_lo OR cmp IN ('<', '<=')) AND ({si} <= plausible_hi OR cmp IN ('>', '>=')))")

        st.append(f"""vitd_s3 AS (
    SELECT vitd_s2.*, {plausible('si')} AS plausible, alt_x IS NOT NULL AND {plausible('alt_si')} AS alt_plausible
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
        # the band: each cut-off in the unit _cut_unit chose, snapped when a conversion lands on it (math.isclose)
        n = self.rel.max_cuts
        xs = ",\n        ".join(f"CASE WHEN same_{i} = 1 THEN value ELSE ((value * fs_{i}) / dv_{i}) * ml_{i} / fd_{i} END AS x{i}" for i in range(n))
        st.append(f"""vitd_c0 AS (
    SELECT vitd_s6.*, {xs}
    FROM vitd_s6
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
                "WHEN a IS NULL THEN COALESCE(why, '') WHEN kind = 'empty value' THEN label || ': empty value' ELSE label || ': ' || kind END")
        st.append(f"""vitd_out AS (
    SELECT {', '.join(keys)},
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
    FROM vitd_r2 LEFT JOIN vitd_bands AS b ON b.analyte = vitd_r2.a AND b.band_index = vitd_r2.band_index
)""")
        return st

    def _identify_sql(self, k) -> list[str]:  # type: ignore[no-untyped-def]
        """batch.Engine._identify_text in SQL, for the distinct tests of vitd_in: analytes.identify by the one recogniser
        compiled to SQL (sql_identify.py: the code, then the name by tests.toml's rules), then the specimen column as
        ColumnRules.specimen_verdict reads it; the verdicts joined back to vitd_in as a tests table is."""
        roles = self.cols.roles()
        keys = [_KEY[r] for r in TEST_ROLES if r in roles]
        st = [f"vitd_t0 AS (\n    SELECT DISTINCT {', '.join(keys)}\n    FROM vitd_in\n)",
              f"vitd_t1 AS (\n    SELECT vitd_t0.*, {_strip(k('analyte'))} AS label, {_strip(k('code'))} AS code, {_strip(k('specimen'))} AS s_\n"
              "    FROM vitd_t0\n)"]
        ctes, last = NameSQL(self.ref, tests_map=self.tests_map).ctes("vitd_t1")
        st += ctes
        not_serum, serum = self._specimen("s_")
        st.append(f"vitd_t2 AS (\n    SELECT {last}.*, {not_serum} AS not_serum, {serum} AS serum,\n"
                  f"        CASE WHEN label <> '' THEN label ELSE code END AS lc\n    FROM {last}\n)")
        bad = "(s_ <> '' AND NOT (not_serum IS NULL AND serum))"
        unknown = "lc || ': specimen ''' || s_ || ''' is not known to be serum or plasma, so vitd does not classify it'"
        st.append(f"""vitd_tests_sql AS (
    SELECT {', '.join(keys)},
        CASE WHEN id_close OR id_reason IS NOT NULL OR {bad} THEN NULL ELSE id_analyte END AS analyte,
        CASE WHEN id_close THEN label || ': not recognised (' || id_reason || '); map it with --tests-map'
             WHEN id_reason IS NOT NULL THEN lc || ': ' || id_reason || '; never classified against serum ranges'
             WHEN id_analyte IS NULL THEN NULL
             WHEN {bad} AND not_serum IS NOT NULL THEN lc || ' is ' || not_serum || ', not serum: never classified against serum ranges'
             WHEN {bad} THEN {unknown}
             END AS reason,
        CASE WHEN id_close THEN 'not recognised'
             WHEN id_reason IS NOT NULL THEN {other_kind_sql('id_reason')}
             WHEN id_analyte IS NULL THEN NULL
             WHEN {bad} AND not_serum IS NOT NULL THEN 'non-serum specimen'
             WHEN {bad} THEN 'unknown specimen'
             END AS kind,
        lc AS label
    FROM vitd_t2
)""")
        on = " AND ".join(f"t.{c} = i.{c}" for c in keys) or "1 = 1"
        st.append("vitd_id AS (\n    SELECT i.*, t.analyte AS a, t.reason AS why, t.kind AS why_kind, t.label AS label\n"
                  f"    FROM vitd_in AS i LEFT JOIN vitd_tests_sql AS t ON {on}\n)")
        return st

    # ------------------------------------------------------------ the whole query

    def key_columns(self) -> list[str]:
        """The key columns (k_v, k_u, ...) of the roles given, in the order vitd_in has them."""
        roles = self.cols.roles()
        return [_KEY[r] for r in ROLES if r in roles]

    def key_expressions(self, alias: str = "t") -> dict[str, str]:
        """key column -> the expression that computes it from a row of the table."""
        return {_KEY[r]: f"COALESCE(CAST({alias}.{self.col(c)} AS VARCHAR), '')" for r, c in self.cols.roles().items()}

    def classification(self) -> str:
        """The verdict of every distinct key (vitd_out): the key columns, the vitd columns (vitd_note0 not yet made
        spreadsheet-safe) and vitd_kind."""
        return "WITH " + ",\n".join([*self.relations(), *self.stages()]) + "\nSELECT * FROM vitd_out"

    def query(self, *, select: str = "t.*", order_by: str | None = None, kind: bool = False, sanitize_columns: Sequence[str] = ()) -> str:
        """The query: every row of the table (`select` of alias t) with the vitd columns appended (and vitd_kind)."""
        roles = self.cols.roles()
        on = " AND ".join(f"COALESCE(CAST(t.{self.col(c)} AS VARCHAR), '') = o.{_KEY[r]}" for r, c in roles.items())
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
