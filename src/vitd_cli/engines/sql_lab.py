"""The lab's own verdict beside vitd's, in SQL (the stages vitd_l0 .. vitd_lab): batch/lab.py's LabChecks._lab and
_lab_range compiled into the classification query, for the distinct (test, value, unit, flag, range) keys, when the
table has the lab's flag or reference-range column (Columns.flag, Columns.reference_range).

  vitd_l0, l1  the flag as printed (the flag column, else the mark read from the value cell: '8.1 H'), the range text
               stripped of its brackets (readers/values.split_range), and vitd's band (flag, label, normal range as
               the streaming engine writes them)
  vitd_l2, l3  the range read: 'lo-hi' (-, en or em dash, to, bis, à, a) or a bound ('<', '<=', '>=', 'less than',
               'up to', ...), and the unit written after it
  vitd_l4, l5  each bound's number as normalise.parse_number reads it (decimal comma, thousands separators); the
               range's unit: its own, looked up in the unit spellings, else the row's unit
  vitd_l6..l9  the unit checked for the analyte (vitd_cutoffs holds the units an analyte accepts), the flag's meaning
               (the [flags] of columns.toml as a relation), the bounds in the SI unit as units.convert converts them
               (exact factors, then clean)
  vitd_l10     the lab's meaning: the range's when it reads (within 1e-9 of a bound; a censored value is never below
               its own bound), else the flag's
  vitd_lab     the note, when the lab's meaning and vitd's band disagree

The note goes after the value's own notes (vitd_note0 of vitd_out), as table_out writes it: "the lab's range 8.6-10.3
makes it low; vitd: normal (normal 8.8-10.4 mg/dL (2.2-2.6 mmol/L), msd)". The functions are those the value stages
use (regexp_matches, regexp_extract, regexp_replace, replace, substr, length, lower), so the query runs wherever they
run (SQLite: with the functions of sql_command.register_sqlite_functions)."""

from __future__ import annotations

from ..classify.bands import normal_range
from ..readers.values import _UPPER, MAX_RANGE_CHARS
from .sql_columns import _KEY, Columns, Rules
from .sql_reference import Relations
from .sql_rounding import _clean_scale, _round_int
from .sqltext import WS, num, q
from .sqltext import strip_sql as _strip

NL = "[^\n]"  # what Python's regex dot matches
_NUMBER = "[0-9][0-9.,]*"  # readers/values._RANGE's \d[\d.,]*
_SEPARATORS = "-|–|—|to|bis|à|À|a"  # À: SQLite's lower() folds ASCII letters only
_BOUNDS = "<=|>=|=<|=>|<|>|≤|≥|less than|greater than|more than|up to|under|below|above|over"  # in _BOUND's order
_PAIR = f"^{WS}*({_NUMBER}){WS}*(?:{_SEPARATORS}){WS}*({_NUMBER}){WS}*({NL}*)$"
_BOUND = f"^{WS}*({_BOUNDS}){WS}*({_NUMBER}){WS}*({NL}*)$"
_MAX = "1.7976931348623157e308"
FLAG_WORDS = "vitd_flag_words"  # relation: (mark, meaning), the [flags] table of columns.toml
LAB_BANDS = "vitd_lab_bands"  # relation: (analyte, band_index, flag, label, normal_text) of the schemes used


def has_lab(cols: Columns) -> bool:
    """Whether the query compares with the lab's own verdict: the table has its flag or its reference range."""
    return bool(cols.flag or cols.reference_range)


def lab_relations(rel: Relations, rules: Rules) -> list[tuple[str, list[str], list[str], list[tuple]]]:
    """The relations the lab stages read besides vitd_units and vitd_cutoffs: (name, columns, SQL types, rows)."""
    words = sorted((mark, meaning) for mark, meaning in rules.flag_meaning.items())
    bands = []
    for aid, a in rel.ref.analytes.items():
        s = rel.scheme(aid)
        r = normal_range(s, a, rel.ref.units)
        bands += [(aid, i, b.flag, b.label, f"normal {r.text}, {r.scheme}") for i, b in enumerate(s.bands)]
    return [(FLAG_WORDS, ["mark", "meaning"], ["VARCHAR", "VARCHAR"], words),
            (LAB_BANDS, ["analyte", "band_index", "flag", "label", "normal_text"], ["VARCHAR", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR"], bands)]


def _number_columns(p: str) -> str:
    """The columns vitd_l2 reads the bound text {p}_text with: separators counted and the text around the last ones."""
    t = f"{p}_text"
    return (f"length({t}) - length(replace({t}, ',', '')) AS {p}_commas, length({t}) - length(replace({t}, '.', '')) AS {p}_points,\n"
            f"        regexp_matches({t}, ',[^.]*$') AS {p}_comma_last,\n"
            f"        COALESCE(regexp_extract({t}, '^(.*),', 1), '') AS {p}_hc, COALESCE(regexp_extract({t}, ',([^,]*)$', 1), '') AS {p}_tc,\n"
            f"        COALESCE(regexp_extract({t}, '^(.*)\\.', 1), '') AS {p}_hp, COALESCE(regexp_extract({t}, '\\.([^.]*)$', 1), '') AS {p}_tp")


def _number(p: str) -> str:
    """normalise.parse_number of a bound text ({p}_text: digits, commas and points, a digit first): {p}_ok whether it
    reads, {p}_x the number (its first reading: '1,234' is 1.234, as parse_number(...)[0])."""
    t, c, pt, last = f"{p}_text", f"{p}_commas", f"{p}_points", f"{p}_comma_last"
    hc, tc, hp, tp = f"{p}_hc", f"{p}_tc", f"{p}_hp", f"{p}_tp"
    ok = (f"CASE WHEN {c} > 0 AND {pt} > 0 AND {last} THEN regexp_matches({hc}, '^[0-9]{{1,3}}(?:\\.[0-9]{{3}})*$')\n"
          f"             WHEN {c} > 0 AND {pt} > 0 THEN regexp_matches({hp}, '^[0-9]{{1,3}}(?:,[0-9]{{3}})*$')\n"
          f"             WHEN {c} > 1 THEN regexp_matches({t}, '^[0-9]{{1,3}}(?:,[0-9]{{3}})+$')\n"
          f"             WHEN {pt} > 1 AND {c} = 0 THEN regexp_matches({t}, '^[0-9]{{1,3}}(?:\\.[0-9]{{3}})+$')\n"
          "             ELSE TRUE END")
    text = (f"CASE WHEN {c} > 0 AND {pt} > 0 AND {last} THEN replace({hc}, '.', '') || '.' || {tc}\n"
            f"             WHEN {c} > 0 AND {pt} > 0 THEN replace({hp}, ',', '') || '.' || {tp}\n"
            f"             WHEN {c} > 1 THEN replace({t}, ',', '')\n"
            f"             WHEN {c} = 1 THEN replace({t}, ',', '.')\n"
            f"             WHEN {pt} > 1 THEN replace({t}, '.', '')\n"
            f"             ELSE {t} END")
    return f"{ok} AS {p}_ok,\n        {text} AS {p}_s"


def lab_stages(cols: Columns, src: str) -> tuple[list[str], str]:
    """The stages from `src` (a stage with the band: a, interpreted, band_index, value_si, cmp, unit, v, lead_mark,
    tail_keep and the key cells) to the one that adds lab_note (NULL: nothing to say); returns (stages, its name)."""
    flag = _strip(_KEY["flag"]) if cols.flag else "''"
    rng = _strip(_KEY["reference_range"]) if cols.reference_range else "''"
    paren = f"'^\\({WS}*|{WS}*\\)$'"
    mark = (f"CASE WHEN lead_mark <> '' THEN regexp_replace({_strip('substr(v, 1, length(lead_mark))')}, {paren}, '', 'g')\n"
            f"             WHEN tail_keep <> '' THEN regexp_replace({_strip('substr(v, length(tail_keep) + 1)')}, {paren}, '', 'g')\n"
            "             ELSE '' END")
    st = [f"""vitd_l0 AS (
    SELECT {src}.*, {flag} AS lab_flag, {rng} AS lab_rng, {mark} AS lab_mark,
        lb.flag AS lab_ours, lb.label AS lab_label, lb.normal_text AS lab_normal
    FROM {src} LEFT JOIN {LAB_BANDS} AS lb ON lb.analyte = {src}.a AND lb.band_index = {src}.band_index
)"""]
    brackets = "'^[\\[\\]()]+|[\\[\\]()]+$'"
    st.append(f"""vitd_l1 AS (
    SELECT vitd_l0.*, lower({_strip(f"regexp_replace(lab_rng, {brackets}, '', 'g')")}) AS lab_rl,
        CASE WHEN lab_flag <> '' THEN lab_flag ELSE lab_mark END AS lab_printed
    FROM vitd_l0
)""")
    upper = ", ".join(q(w) for w in sorted(_UPPER))
    st.append(f"""vitd_l2 AS (
    SELECT vitd_l1.*,
        lab_rl <> '' AND length(lab_rl) <= {MAX_RANGE_CHARS} AND regexp_matches(lab_rl, {q(_PAIR)}) AS lab_pair,
        lab_rl <> '' AND length(lab_rl) <= {MAX_RANGE_CHARS} AND regexp_matches(lab_rl, {q(_BOUND)}) AS lab_bound,
        COALESCE(regexp_extract(lab_rl, {q(_BOUND)}, 1), '') AS lab_cmp
    FROM vitd_l1
)""")
    st.append(f"""vitd_l3 AS (
    SELECT vitd_l2.*,
        CASE WHEN lab_pair THEN regexp_extract(lab_rl, {q(_PAIR)}, 1) WHEN lab_bound AND lab_cmp NOT IN ({upper}) THEN regexp_extract(lab_rl, {q(_BOUND)}, 2) END AS lo_text,
        CASE WHEN lab_pair THEN regexp_extract(lab_rl, {q(_PAIR)}, 2) WHEN lab_bound AND lab_cmp IN ({upper}) THEN regexp_extract(lab_rl, {q(_BOUND)}, 2) END AS hi_text,
        CASE WHEN lab_pair THEN regexp_extract(lab_rl, {q(_PAIR)}, 3) WHEN lab_bound THEN regexp_extract(lab_rl, {q(_BOUND)}, 3) ELSE '' END AS lab_unit_text
    FROM vitd_l2
)""")
    st.append(f"""vitd_l4 AS (
    SELECT vitd_l3.*, {_number_columns('lo')},
        {_number_columns('hi')}
    FROM vitd_l3
)""")
    norm_unit = ("replace(replace(replace(" + f"regexp_replace(lower(lab_unit_text), '{WS}+', '', 'g')" + ", 'µ', 'u'), 'μ', 'u'), 'mcg', 'ug')")
    st.append(f"""vitd_l5 AS (
    SELECT vitd_l4.*, {_number('lo')},
        {_number('hi')},
        CASE WHEN lab_unit_text = '' THEN vitd_l4.unit ELSE lu.unit END AS lab_unit
    FROM vitd_l4 LEFT JOIN vitd_units AS lu ON lu.spelling = {norm_unit}
)""")
    number = "CASE WHEN {p}_text IS NOT NULL AND {p}_ok THEN CAST(CASE WHEN {p}_s LIKE '%.' THEN {p}_s || '0' ELSE {p}_s END AS DOUBLE) END"
    st.append(f"""vitd_l6 AS (
    SELECT vitd_l5.*, {number.format(p="lo")} AS lo_x, {number.format(p="hi")} AS hi_x, fw.meaning AS lab_word,
        lc.analyte AS lab_unit_ok, lc.si_same AS lab_same, lc.si_fs AS lab_fs, lc.si_dv AS lab_dv, lc.si_ml AS lab_ml, lc.si_fd AS lab_fd
    FROM vitd_l5
    LEFT JOIN vitd_cutoffs AS lc ON lc.analyte = vitd_l5.a AND lc.unit = vitd_l5.lab_unit
    LEFT JOIN {FLAG_WORDS} AS fw ON fw.mark = lower(vitd_l5.lab_printed)
)""")
    raw = "(({p}_x * lab_fs) / lab_dv) * lab_ml / lab_fd"
    st.append(f"""vitd_l7 AS (
    SELECT vitd_l6.*, {raw.format(p='lo')} AS lo_raw, {raw.format(p='hi')} AS hi_raw
    FROM vitd_l6
)""")
    lp, lph, lpl = _clean_scale("lo_raw")
    hp, hph, hpl = _clean_scale("hi_raw")
    st.append(f"""vitd_l8 AS (
    SELECT vitd_l7.*, {lp} AS lo_p, {lph} AS lo_ph, {lpl} AS lo_pl, {hp} AS hi_p, {hph} AS hi_ph, {hpl} AS hi_pl
    FROM vitd_l7
)""")

    def si(p: str) -> str:  # units.convert: the value itself in its own unit, else the product cleaned to 12 digits
        return (f"CASE WHEN lab_same = 1 THEN {p}_x WHEN {p}_p IS NULL THEN {p}_raw "
                f"ELSE ({_round_int(f'{p}_raw', f'{p}_p', f'{p}_ph', f'{p}_pl')}) / {p}_p END")

    finite = f"(lab_same = 1 OR ((lo_raw IS NULL OR abs(lo_raw) <= {_MAX}) AND (hi_raw IS NULL OR abs(hi_raw) <= {_MAX})))"
    readable = f"(lab_pair OR lab_bound) AND lab_unit_ok IS NOT NULL AND (lo_text IS NULL OR lo_ok) AND (hi_text IS NULL OR hi_ok) AND {finite}"
    st.append(f"""vitd_l9 AS (
    SELECT vitd_l8.*, {si('lo')} AS lo_si, {si('hi')} AS hi_si, COALESCE({readable}, FALSE) AS lab_readable,
        CASE WHEN abs(value_si) > 1 THEN {num(1e-9)} * abs(value_si) ELSE {num(1e-9)} END AS lab_tol
    FROM vitd_l8
)""")
    has_flag = "TRUE" if cols.flag else "FALSE"
    meaning0 = f"CASE WHEN lab_printed <> '' THEN lab_word WHEN {has_flag} THEN 'normal' END"
    st.append(f"""vitd_l10 AS (
    SELECT vitd_l9.*, CASE
            WHEN lab_readable AND lo_si IS NOT NULL AND value_si < lo_si - lab_tol AND cmp NOT IN ('>', '>=') THEN 'low'
            WHEN lab_readable AND hi_si IS NOT NULL AND value_si > hi_si + lab_tol AND cmp NOT IN ('<', '<=') THEN 'high'
            WHEN lab_readable AND COALESCE({meaning0}, '') NOT IN ('low', 'high', 'abnormal') THEN 'normal'
            ELSE {meaning0} END AS lab_meaning
    FROM vitd_l9
)""")
    said = """CASE WHEN lab_readable THEN 'the lab''s range ' || lab_rng || ' makes it ' || lab_meaning
                 WHEN lab_printed <> '' AND lower(lab_printed) = lab_meaning THEN 'the lab flagged it ' || lab_meaning
                 WHEN lab_printed <> '' THEN 'the lab flagged it ''' || lab_printed || ''' (' || lab_meaning || ')'
                 ELSE 'the lab did not flag it' END"""
    st.append(f"""vitd_lab AS (
    SELECT vitd_l10.*, CASE WHEN NOT interpreted OR lab_meaning IS NULL OR lab_meaning = 'ignore' OR lab_meaning = lab_ours
                OR (lab_meaning = 'abnormal' AND lab_ours <> 'normal') THEN NULL
            ELSE {said} || '; vitd: ' || lab_label || ' (' || lab_normal || ')' END AS lab_note
    FROM vitd_l10
)""")
    return st, "vitd_lab"


def with_lab_note(note: str) -> str:
    """vitd_note0 with the lab's note after the value's own notes ('; ' between, as table_out joins them)."""
    return f"CASE WHEN lab_note IS NULL THEN {note} WHEN ({note}) = '' THEN lab_note ELSE ({note}) || '; ' || lab_note END"
