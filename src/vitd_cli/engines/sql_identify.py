"""The one recogniser of test names (reference/lexicon.py, reference/identify.py) compiled into SQL, for `vitd sql` without --names.

Where the table's distinct names cannot be identified in Python first, the query reads them by the same rules, from
the same data (reference_ranges/tests.toml, analytes.toml, loinc.toml), step by step as reference/lexicon.py does:

  fold       lower(translate(...)): every character whose fold (identify.fold) is one ASCII character or none, as a
             TRANSLATE table made here from unicodedata; the commonest that fold to several (ß, æ, ligatures, roman
             numerals, squared units) by replace(). A name holding another character that folds to ASCII (ﬆ is done,
             ⑴ is not) is not read: not ours, with a reason that says so (never silently taken or dropped)
  rewrites   tests.toml's [[rewrites]] as regexp_replace, in order (written so that RE2, Java, PostgreSQL and Python
             read them alike: no look-around, \\s as Python's whitespace written out)
  words      every run of [a-z0-9_] followed by one space, '/' kept between parts
  cover      one regexp_replace whose alternatives are every phrase, longest (in words) first, then any one word:
             scanning left to right, the first alternative that matches at a word is the longest phrase there, as
             identify._cover takes it (a leftmost-longest engine, PostgreSQL's, picks the same: a longer phrase is a
             longer match). Each phrase read becomes <phrase>; no bound on the number of words
  features   regular expressions over the <...> units: which analytes and modifiers are named, the first veto, the
             first look-alike, the first unknown word, whole blood, the ratio '/', the words a [[combine]] requires
  decision   identify_name's steps as CASE expressions generated from the lexicon: both vitamin D forms, the
             [[combine]] passes, companions, modifiers that must fit, whole blood; then analytes.identify's order:
             the LOINC code (an excluded or look-alike code wins; a name that disagrees with a code stops it), the
             excluded names, the name

tests/test_sql_identify.py runs this SQL in DuckDB over every name of tests/names/ and generated combinations, and
holds it to analytes.identify's answer (analyte, reason, whether it came close) name by name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from ..reference import ReferenceData
from ..reference.lexicon import ANALYTE, BLOOD, BOTH_FORMS, BOTH_GIVES, MODIFIER, RATIO, VETO, Lexicon, fold, load_lexicon, loinc_codes
from ..row_counts import OTHER_KINDS
from .sqltext import WS, in_sql, norm_name_sql, q, strip_sql

WORD = "[a-z0-9_]"
# characters folding to several that the SQL folds too (by replace(); each is one nesting level of the query)
MULTI = ("ß", "æ", "ﬀ", "ﬁ", "ﬂ", "ﬃ", "ﬄ", "ﬅ", "ﬆ", "Ⅱ", "Ⅲ", "Ⅳ", "ⅱ", "ⅲ", "ⅳ", "…", "‥", "№", "℃", "™",
         "¼", "½", "¾", "㎎", "㎍", "㎖", "㎗", "㎕", "㎏", "㎜", "㎝", "㎞", "㎛", "㎘", "㏄")
NOT_FOLDED = "holds a character that vitd sql does not fold; give the table's distinct names with vitd sql --names"
# the code points fold_tables reads: all but the ideographs, Hangul syllables, Yi, surrogates, private use and the
# unassigned planes, none of which folds to an ASCII character or to nothing (a test reads them all to be sure)
SCANNED = ((0x80, 0x3400), (0x4DC0, 0x4E00), (0xA4D0, 0xAC00), (0xD7A4, 0xD800), (0xF900, 0x20000), (0xE0000, 0xF0000))
NEST = 20  # calls nested in one expression at most
CODES = ("vitd_codes", ["code", "analyte", "reason"], ["VARCHAR", "VARCHAR", "VARCHAR"])  # the relations the CTEs read
MAP = ("vitd_map", ["key", "analyte"], ["VARCHAR", "VARCHAR"])


# ---------------------------------------------------------------- folding


@lru_cache(maxsize=4)
def fold_tables(keep: frozenset[str] = frozenset()) -> tuple[str, str, tuple[tuple[str, str], ...], str]:
    """(TRANSLATE from, TRANSLATE to, replace() pairs, a regex class of the characters the SQL does not fold).

    Only characters whose fold holds an ASCII character (or is empty) matter to the rules: any other is a separator
    between words whatever a database's lower() makes of it, as in Python. `keep`: other characters a name must fold
    to exactly (those of the --tests-map keys). TRANSLATE is given the Basic Multilingual Plane only."""
    src, dst, gone, multi, odd = ["_"], [" "], [], [], []
    for cp in itertools.chain.from_iterable(range(a, b) for a, b in SCANNED):
        c = chr(cp)
        f = fold(c)
        if f == c or (f and not any(ord(ch) < 0x80 for ch in f) and not (len(f) == 1 and f in keep)):
            continue
        if c in MULTI:
            multi.append((c, f))
        elif cp > 0xFFFF or len(f) > 1:
            odd.append(cp)
        elif f:
            src.append(c)
            dst.append(f)
        else:
            gone.append(c)
    ranges, start = [], None
    for i, cp in enumerate(odd):
        start = cp if start is None else start
        if i + 1 == len(odd) or odd[i + 1] != cp + 1:
            ranges.append(chr(start) if start == cp else f"{chr(start)}-{chr(cp)}")
            start = None
    return "".join(src + gone), "".join(dst), tuple(multi), "[" + "".join(ranges) + "]"


def fold_calls(keep: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """identify.fold in SQL, as calls applied in turn, each (before the text, after it): replace() for the characters
    that fold to several, then TRANSLATE and lower()."""
    src, dst, multi, _odd = fold_tables(keep)
    return [*(("replace(", f", {q(c)}, {q(f)})") for c, f in multi), ("lower(translate(", f", {q(src)}, {q(dst)}))")]


# ---------------------------------------------------------------- regular expressions


def sql_regex(pattern: str) -> str:
    """A tests.toml pattern as every dialect reads it: \\s written out as Python's whitespace (RE2's and Java's \\s are
    ASCII only); anything whose meaning differs between the engines (look-around, \\b, \\d, \\w ...) is refused."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            nxt = pattern[i + 1]
            if nxt == "s":
                out.append(WS[1:-1] if in_class else WS)
            elif nxt.isalnum():
                raise ValueError(f"tests.toml rewrite {pattern!r}: \\{nxt} does not read the same in every SQL dialect")
            else:
                out.append(c + nxt)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class and pattern[i - 1] not in "[^":
            in_class = False
        elif c == "(" and not in_class and pattern.startswith(("(?=", "(?!", "(?<"), i):
            raise ValueError(f"tests.toml rewrite {pattern!r}: look-around is not read by RE2 (DuckDB, BigQuery)")
        out.append(c)
        i += 1
    return "".join(out)


def _alt(phrases: Iterable[str]) -> str:
    """An alternation of phrases (words and single spaces only: nothing to escape), longest in words first."""
    ordered = sorted(set(phrases), key=lambda p: (-p.count(" "), p))
    assert all(re.fullmatch(r"[a-z0-9_]+(?: [a-z0-9_]+)*", p) for p in ordered)
    return "|".join(ordered)


def other_kind_sql(reason: str) -> str:
    """row_counts._other_kind(reason) in SQL."""
    whens = " ".join(f"WHEN {' OR '.join(f'strpos(lower({reason}), {q(w)}) > 0' for w in words)} THEN {q(kind)}" for kind, words in OTHER_KINDS)
    return f"CASE {whens} ELSE 'other analyte' END"


def _acyclic(graph: dict[str, set[str]], what: str) -> None:
    def walk(a: str, path: tuple[str, ...]) -> None:
        for b in graph.get(a, ()):
            if b in path:
                raise ValueError(f"tests.toml: {what} lead from {b} back to {b}")
            walk(b, (*path, b))

    for a in graph:
        walk(a, (a,))


# ---------------------------------------------------------------- the recogniser


class NameSQL:
    """The CTEs that identify each row of a relation with the columns `label` (the name, stripped) and `code` (the
    LOINC code, stripped), adding id_analyte (NULL: not ours), id_reason (why not, when known) and id_close (an
    analyte's word beside an unknown one), as analytes.identify answers (with the --tests-map given). They read
    vitd_codes (relation_rows()), vitd_map (map_rows()) and sql_classify's vitd_excluded."""

    def __init__(self, ref: ReferenceData, lex: Lexicon | None = None, prefix: str = "vitd_nm",
                 tests_map: Mapping[str, str | None] | None = None) -> None:
        self.ref = ref
        self.tests_map = dict(tests_map or {})
        self.keep = frozenset("".join(self.tests_map))
        self.lex = lex = lex or load_lexicon()
        self.p = prefix
        self.by_role: dict[str, dict[str, list[str]]] = {}
        for words, (role, meaning) in lex.phrases.items():
            self.by_role.setdefault(role, {}).setdefault(meaning, []).append(" ".join(words))
        self.analytes = sorted(self.by_role.get(ANALYTE, {}))
        self.modifiers = sorted(self.by_role.get(MODIFIER, {}))
        for name in [*self.analytes, *self.modifiers]:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
                raise ValueError(f"tests.toml: {name!r} cannot name a column")
        # the steps of [[combine]] that change the analyte (the others keep it), and the companions: unrolled, so no loops
        self.steps = {m: sorted((b, g) for (b, mm), (g, _n, _r) in lex.combine.items() if mm == m and g != b) for m in self.modifiers}
        changes: dict[str, set[str]] = {}
        for pairs in self.steps.values():
            for b, g in pairs:
                changes.setdefault(b, set()).add(g)
        _acyclic(changes, "[[combine]] steps")
        _acyclic({a: set(c) for a, c in lex.companions.items()}, "companions")

        def depth(a: str) -> int:
            return max((1 + depth(g) for g in changes.get(a, ())), default=0)

        self.passes = max((depth(a) for a in self.analytes), default=0)  # a pass that changes nothing is the last

    def relation_rows(self) -> list[tuple[str, str | None, str | None]]:
        """vitd_codes: each LOINC code vitd knows, with its analyte or why it is not ours, in analytes.identify's order
        (analytes.toml's excluded codes, its codes, then loinc.toml)."""
        rows: dict[str, tuple[str, str | None, str | None]] = {}
        for code, (aid, why) in loinc_codes().items():
            rows[code] = (code, aid, None) if aid else (code, None, why)
        for code, aid in self.ref.loinc_index.items():
            rows[code] = (code, aid, None)
        for code, why in self.ref.excluded_loinc.items():
            rows[code] = (code, None, why)
        return sorted(rows.values())

    def map_rows(self) -> list[tuple[str, str | None]]:
        """vitd_map: the lab's own names (--tests-map), folded as identify.map_key folds them, with their analyte."""
        return sorted(self.tests_map.items())

    # ------------------------------------------------------------ pieces

    def _phrases(self, role: str, meanings: Iterable[str] | None = None) -> list[str]:
        table = self.by_role.get(role, {})
        wanted = set(table) if meanings is None else set(meanings)
        return [p for m, ps in table.items() if m in wanted for p in ps]

    @staticmethod
    def _has(phrases: Sequence[str]) -> str:
        return f"regexp_matches(cv, {q('<(?:' + _alt(phrases) + ')>')})" if phrases else "FALSE"

    @staticmethod
    def _first(phrases: Sequence[str]) -> str:
        """The first of these phrases read (the leftmost), or ''."""
        return f"COALESCE(regexp_extract(cv, {q('<(' + _alt(phrases) + ')>')}, 1), '')" if phrases else "''"

    def _veto_meaning(self, w: str) -> str:
        whens = " ".join(f"WHEN {in_sql(w, ps)} THEN {q(m)}" for m, ps in sorted(self.by_role.get(VETO, {}).items()))
        return f"CASE {whens} END"

    @staticmethod
    def _req(req: Sequence[str]) -> str:
        """A required text within a word read (identify_name: `r in w`); [a-z0-9_ ] cannot span two <units>."""
        assert all(re.fullmatch(r"[a-z0-9_]+(?: [a-z0-9_]+)*", r) for r in req)
        return "(" + " OR ".join(f"strpos(cv, {q(r)}) > 0" for r in req) + ")"

    def _fits(self, aid: str, mod: str) -> str:
        """identify_name's fits(aid, mod) is not None: a [[combine]] of (aid, mod) whose required words are there."""
        plain = [b for (b, m), (_g, _n, req) in self.lex.combine.items() if m == mod and not req]
        parts = [in_sql(aid, plain)]
        parts += [f"({self._req(req)} AND {aid} = {q(b)})" for (b, m), (_g, _n, req) in sorted(self.lex.combine.items()) if m == mod and req]
        return "(" + " OR ".join(parts) + ")"

    # ------------------------------------------------------------ the CTEs

    def ctes(self, src: str) -> tuple[list[str], str]:
        """The CTEs over `src`, and the name of the last one (src's columns and id_analyte, id_reason, id_close)."""
        p, lex = self.p, self.lex
        every = [" ".join(k) for k in lex.phrases]
        st: list[str] = []

        def step(name: str, cols: str, frm: str) -> str:
            st.append(f"{p}{name} AS (\n    SELECT {frm}.*, {cols}\n    FROM {frm}\n)")
            return f"{p}{name}"

        def chain(calls: list[tuple[str, str]], col: str, out: str, frm: str) -> str:
            """The calls applied in turn to col, NEST at a time per CTE (a deeper nesting overflows sqlglot's parser)."""
            for i in range(0, len(calls), NEST):
                text = col
                for before, after in calls[i:i + NEST]:
                    text = before + text + after
                col = f"{out}{i // NEST}"
                frm = step(f"_{col}", f"{text} AS {col}", frm)
            st[-1] = st[-1].replace(f"AS {col}", f"AS {out}")
            return frm

        # fold, rewrite, words (each followed by one space, ' / ' between parts), cover: <phrase> for each phrase read
        last = chain(fold_calls(self.keep), "label", "nf", src)
        rewrites = [("regexp_replace(", f", {q(sql_regex(pattern.pattern))}, {q(rep)}, 'g')") for pattern, rep in lex.rewrites]
        last = chain(rewrites, "nf", "nr", last)
        last = step("_words", "regexp_replace(replace(nr, '/', ' / '), '[^a-z0-9_/]+', ' ', 'g') || ' ' AS nw", last)
        last = step("_cover", f"regexp_replace(nw, {q(f'({_alt(every)}|{WORD}+) ')}, '<\\1>', 'g') AS cv", last)

        # what the words are: analytes and modifiers named, the first veto, look-alike and unknown word, ...
        odd = fold_tables(self.keep)[3]
        named = self._phrases(ANALYTE) + self._phrases(VETO)
        marks = f"regexp_replace(regexp_replace(cv, {q('<(?:' + _alt(named) + ')>')}, '@', 'g'), '[^@/]', '', 'g')"
        unknown = f"COALESCE(regexp_extract(regexp_replace(cv, {q('<(?:' + _alt(every) + ')>')}, '', 'g'), '<([^>]*)>', 1), '')"
        feats = [f"regexp_matches(label, {q(odd)}) AS odd" if odd != "[]" else "FALSE AS odd",
                 "strpos(cv, '<') > 0 AS any_word",
                 *(f"{self._has(self._phrases(ANALYTE, [a]))} AS an_{a}" for a in self.analytes),
                 *(f"{self._has(self._phrases(MODIFIER, [m]))} AS mr_{m}" for m in self.modifiers),
                 f"{self._has(self._phrases(BLOOD))} AS blood",
                 f"{self._first(self._phrases(VETO))} AS veto_w",
                 f"{self._first(self._phrases(VETO, lex.lookalikes))} AS look_w",
                 f"{unknown} AS unk_w",
                 f"regexp_matches({marks}, '@.*/.*@') AS ratio"]  # named in two parts of a '/'
        last = step("_words_are", ",\n        ".join(feats), last)

        # the modifiers (both vitamin D forms: the total), and how many
        both = " AND ".join(f"mr_{m}" for m in sorted(BOTH_FORMS)) if set(self.modifiers) >= BOTH_FORMS else "FALSE"
        mods = [f"mr_{m} AND NOT ({both}) AS m_{m}" if m in BOTH_FORMS else f"(mr_{m} OR ({both})) AS m_{m}" if m == BOTH_GIVES
                else f"mr_{m} AS m_{m}" for m in self.modifiers]
        last = step("_mods", ", ".join(mods), last)
        count = " + ".join(f"CASE WHEN m_{m} THEN 1 ELSE 0 END" for m in self.modifiers) or "0"
        last = step("_nmods", f"{count} AS nmods, {', '.join(f'{q(a)} AS f0_{a}' for a in self.analytes)}", last)

        # the [[combine]] passes: each over the modifiers in sorted order, a step only where it changes the analyte
        k = 0
        for t in range(self.passes):
            for m in self.modifiers:
                if not self.steps[m]:
                    continue
                cols = []
                for a in self.analytes:
                    f = f"f{k}_{a}"
                    whens = " ".join(f"WHEN {f} = {q(b)} AND {self._fits(f, m)} THEN {q(g)}" for b, g in self.steps[m])
                    cols.append(f"CASE WHEN m_{m} AND nmods > {t} THEN CASE {whens} ELSE {f} END ELSE {f} END AS f{k + 1}_{a}")
                last = step(f"_pass{k + 1}", ", ".join(cols), last)
                k += 1

        # the analytes named (each as its modifiers made it), companions dropped, the one left
        named_x = [f"({' OR '.join(f'(an_{a} AND f{k}_{a} = {q(x)})' for a in self.analytes)}) AS n_{x}" for x in self.analytes]
        last = step("_named", ", ".join(named_x), last)
        kept = []
        for x in self.analytes:
            by = [y for y in self.analytes if x in lex.companions.get(y, ())]
            kept.append(f"n_{x} AND NOT ({' OR '.join(f'n_{y}' for y in by)}) AS k_{x}" if by else f"n_{x} AS k_{x}")
        last = step("_kept", ", ".join(kept), last)
        one = "CASE " + " ".join(f"WHEN k_{x} THEN {q(x)}" for x in self.analytes) + " END"
        n_kept = " + ".join(f"CASE WHEN k_{x} THEN 1 ELSE 0 END" for x in self.analytes)
        listed = "substr(" + " || ".join(f"CASE WHEN k_{x} THEN {q(', ' + x)} ELSE '' END" for x in self.analytes) + ", 3)"
        any_an = " OR ".join(f"an_{a}" for a in self.analytes) or "FALSE"
        last = step("_one", f"{one} AS one, {n_kept} AS n_kept, {listed} AS listed, {any_an} AS any_an", last)
        bad = "CASE " + " ".join(f"WHEN m_{m} AND NOT {self._fits('one', m)} THEN {q(m)}" for m in self.modifiers) + " END"
        last = step("_fit", f"{bad} AS bad_mod, blood AND NOT {in_sql('one', lex.blood_ok)} AS blood_bad", last)

        # identify_name's verdict, in its order
        spaced = "replace(one, '_', ' ')"
        quote = "''''"
        reason = (f"CASE WHEN odd THEN {q(NOT_FOLDED)}\n"
                  "             WHEN NOT any_word THEN NULL\n"
                  f"             WHEN NOT any_an THEN CASE WHEN look_w <> '' THEN {quote} || look_w || ''': ' || {self._veto_meaning('look_w')} END\n"
                  f"             WHEN veto_w <> '' THEN {quote} || veto_w || ''': ' || {self._veto_meaning('veto_w')}\n"
                  f"             WHEN ratio THEN {q(repr(RATIO[0]) + ': ' + RATIO[2])}\n"
                  f"             WHEN unk_w <> '' THEN 'unknown word ''' || unk_w || {quote}\n"
                  "             WHEN n_kept > 1 THEN 'names more than one test (' || listed || ')'\n"
                  f"             WHEN bad_mod IS NOT NULL THEN {quote} || bad_mod || ''' ' || {spaced} || ' is not one of vitd''s tests'\n"
                  f"             WHEN blood_bad THEN {spaced} || ' in whole blood is not read against serum ranges'\n"
                  "             END AS nm_reason")
        # a word stopped it (a veto, a look-alike, a modifier that does not fit, whole blood); it came close
        stop = ("NOT odd AND any_word AND ((NOT any_an AND look_w <> '') OR (any_an AND (veto_w <> '' OR ratio "
                "OR (unk_w = '' AND n_kept = 1 AND (bad_mod IS NOT NULL OR blood_bad))))) AS nm_stop")
        close = "odd OR (any_word AND any_an AND veto_w = '' AND NOT ratio AND unk_w <> '') AS nm_close"
        last = step("_said", f"{reason},\n        {stop},\n        {close}", last)
        last = step("_name", "CASE WHEN nm_reason IS NULL AND any_word AND any_an THEN one END AS nm_analyte", last)

        # analytes.identify: the code first (a look-alike's code wins; a name that says otherwise stops it), then the
        # lab's own map (--tests-map: the name folded, its whitespace runs as one space), the excluded names of
        # analytes.toml, then the name
        mapped = "mp.key IS NOT NULL"
        disagree = "(n.label <> '' AND NOT nm_close AND (nm_stop OR (nm_analyte IS NOT NULL AND nm_analyte <> cd.analyte)))"
        says = ("'LOINC ' || n.code || ' is ' || replace(cd.analyte, '_', ' ') || ' but the name says ' "
                "|| COALESCE(nm_reason, 'it is ' || nm_analyte) || ': code and name disagree, so it is not read'")
        st.append(f"""{p} AS (
    SELECT n.*,
        CASE WHEN cd.analyte IS NOT NULL THEN CASE WHEN {disagree} THEN NULL ELSE cd.analyte END
             WHEN cd.code IS NOT NULL OR n.label = '' THEN NULL
             WHEN {mapped} THEN mp.analyte
             WHEN xn.reason IS NOT NULL THEN NULL
             ELSE nm_analyte END AS id_analyte,
        CASE WHEN cd.analyte IS NOT NULL THEN CASE WHEN {disagree} THEN {says} END
             WHEN cd.code IS NOT NULL THEN cd.reason
             WHEN n.label = '' THEN NULL
             WHEN {mapped} THEN CASE WHEN mp.analyte IS NULL THEN 'mapped to none by --tests-map' END
             WHEN xn.reason IS NOT NULL THEN xn.reason
             ELSE nm_reason END AS id_reason,
        cd.code IS NULL AND n.label <> '' AND NOT {mapped} AND xn.reason IS NULL AND nm_close AS id_close
    FROM {last} AS n
    LEFT JOIN vitd_codes AS cd ON cd.code = n.code AND n.code <> ''
    LEFT JOIN vitd_map AS mp ON mp.key = {strip_sql(f"regexp_replace(n.nf, '{WS}+', ' ', 'g')")} AND n.label <> ''
    LEFT JOIN vitd_excluded AS xn ON xn.by_what = 'name' AND xn.key = {norm_name_sql('n.label')} AND n.label <> ''
)""")
        return st, p
