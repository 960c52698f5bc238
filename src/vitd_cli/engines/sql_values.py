"""How the classification query reads a value, in SQL (the stages vitd_v0 .. vitd_v14): as readers/values.strip_marks
and readers/values.split_value/parse_number read it: the numeric column when the value is empty or a missing-value word,
flag marks ('8.1 H', '(L) 2.0'), comparators and their words, decimal comma, thousands separators and the '1,234'
ambiguity, exponents; then the unit, from the text or the unit column (conflict, unknown, or inferred)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..readers.values import _COMPARATORS, _GROUP_SEPARATORS, _WORD_COMPARATORS, COMPARATOR_RE, NUMERIC_WORDS
from .sql_columns import Rules
from .sqltext import WS, q
from .sqltext import in_sql as _in
from .sqltext import strip_sql as _strip

GROUP_SEPARATORS = "".join(_GROUP_SEPARATORS)  # in readers/values' order
COMPARATORS = {**_COMPARATORS, **_WORD_COMPARATORS}  # every comparator text (lower case) -> its sign
_NUM_RE = "[+-]?(?:[0-9][0-9,.\u00a0\u202f'' ]*[0-9]\\.?|[0-9]\\.?|[.,][0-9]+)(?:e[+-]?[0-9]+)?"  # (written for a SQL literal: '' is ')
_WORD_END = "(?:[^a-z0-9_]|$)"  # Python's \b after a word (Postgres reads \b as a backspace)
_STARTS_NUMERIC = f"^{WS}*(?:[<>≤≥=]|[+-]?[0-9.,]|(?:{'|'.join(NUMERIC_WORDS)}){_WORD_END})"  # readers.values._STARTS_NUMERIC
NL = "[^\n]"  # what Python's regex dot matches


def _rstrip(x: str) -> str:
    return f"regexp_replace({x}, '{WS}+$', '', 'g')"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace("\\ ", " ") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def value_stages(rules: Rules, k: Callable[[str], str], infer_unit: str) -> list[str]:
    """The stages from vitd_id (the key cells, k(role) naming each) to vitd_v14 (the value x, its other reading alt_x,
    the comparator and the unit); infer_unit: the SQL of the unit a unitless value is inferred in (from `a` and `x`)."""
    st: list[str] = []
    missing = rules.missing

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
    flags = _alt(rules.flags)
    glued = _alt(f for f in rules.flags if re.fullmatch(r"[*!]+|[hl]{1,2}", f))
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
    SELECT vitd_v12.*, un.unit AS unit_key, {infer_unit} AS unit_inferred
    FROM vitd_v12 LEFT JOIN vitd_units AS un ON un.spelling = {norm_unit}
)""")
    st.append("""vitd_v14 AS (
    SELECT vitd_v13.*, CASE WHEN unit_given <> '' THEN unit_key ELSE unit_inferred END AS unit
    FROM vitd_v13
)""")
    return st
