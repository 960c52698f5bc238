"""Which test a row is of, for the classification query: for the engines, each distinct test (its name, code, test
id and specimen cells) identified in Python by the streaming engine's own rules (batch.Engine._identify) into the rows
of a tests table; for plain `vitd sql`, the stages that identify it in SQL (the recogniser of sql_identify.py, then the
specimen words of columns.toml)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from ..reference import ReferenceData
from .sql_columns import _KEY, ROLES, TEST_ROLES, Columns, Rules, test_keys
from .sql_identify import NameSQL, other_kind_sql
from .sqltext import in_sql as _in
from .sqltext import q
from .sqltext import strip_sql as _strip


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


def specimen_sql(rules: Rules, s: str) -> tuple[str, str]:
    """(label of the first not-serum word found, or NULL; whether a serum word is there) for a specimen text,
    as ColumnRules.specimen_verdict reads it (whole words, not-serum first)."""
    words = _strip(f"regexp_replace(lower({s}), '[^a-z0-9]+', ' ', 'g')")
    padded = f"(' ' || {words} || ' ')"
    not_serum = " ".join(f"WHEN {padded} LIKE {q('% ' + w + ' %')} THEN {q(label)}" for w, label in rules.not_serum.items())
    label = f"CASE {not_serum} ELSE CAST(NULL AS VARCHAR) END" if not_serum else "CAST(NULL AS VARCHAR)"
    single = [w for w in rules.serum if " " not in w]
    serum = " OR ".join([_in(words, rules.serum), *(f"{padded} LIKE {q('% ' + w + ' %')}" for w in single)])
    return label, f"({serum})"


def identify_stages(ref: ReferenceData, rules: Rules, cols: Columns, tests_map: Mapping[str, str | None] | None,
                    k: Callable[[str], str]) -> list[str]:
    """batch.Engine._identify_text in SQL, for the distinct tests of vitd_in: analytes.identify by the one recogniser
    compiled to SQL (sql_identify.py: the code, then the name by tests.toml's rules), then the specimen column as
    ColumnRules.specimen_verdict reads it; the verdicts joined back to vitd_in as a tests table is."""
    roles = cols.roles()
    keys = [_KEY[r] for r in TEST_ROLES if r in roles]
    st = [f"vitd_t0 AS (\n    SELECT DISTINCT {', '.join(keys)}\n    FROM vitd_in\n)",
          f"vitd_t1 AS (\n    SELECT vitd_t0.*, {_strip(k('analyte'))} AS label, {_strip(k('code'))} AS code, {_strip(k('specimen'))} AS s_\n"
          "    FROM vitd_t0\n)"]
    ctes, last = NameSQL(ref, tests_map=tests_map).ctes("vitd_t1")
    st += ctes
    not_serum, serum = specimen_sql(rules, "s_")
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
