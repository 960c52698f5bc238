"""The recogniser compiled to SQL (engines/sql_identify.py, what `vitd sql` runs without --names) against the one in
Python (analytes.identify, identify_name): run in DuckDB over every name of tests/names/ (the corpus with its codes, the
LOINC names, the languages file), the names the other tests use and generated combinations of every analyte, modifier,
veto, unknown word, whole blood and '/', the two must give the same analyte, the same reason and the same 'came close'
for every name. Then the whole identification step of the query (specimen column, reasons and kinds as batch.Engine
writes them) against sql_tests.identify_distinct, which the engines and `vitd sql --names` use. pytest -s shows a summary."""

from __future__ import annotations

import csv
import itertools
import re
from pathlib import Path

import pytest

from vitd_cli.engines.sql_classify import QueryBuilder
from vitd_cli.engines.sql_columns import Columns, Rules
from vitd_cli.engines.sql_identify import CODES, MAP, NOT_FOLDED, SCANNED, NameSQL, fold_tables, sql_regex
from vitd_cli.engines.sql_reference import Relations, _relation
from vitd_cli.engines.sql_tests import identify_distinct
from vitd_cli.interpret import settings
from vitd_cli.reference.identify import identify
from vitd_cli.reference.lexicon import ANALYTE, BLOOD, MODIFIER, VETO, fold, load_lexicon, map_key

duckdb = pytest.importorskip("duckdb", reason="duckdb is a regular dependency of vitd: reinstall vitd")
NAMES = Path(__file__).parent / "names"
TESTS = Path(__file__).parent


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def real_names() -> list[tuple[str, str]]:
    """(name, code): every name of tests/names/, once without its code and once with it; and the quoted strings of the
    identification tests."""
    out: set[tuple[str, str]] = set()
    for r in _rows(NAMES / "corpus.csv"):
        out |= {(r["name"], ""), (r["name"], r["code"])}
    for r in _rows(NAMES / "loinc.csv"):
        for k in ("long_common_name", "short_name", "component"):
            if r[k]:
                out |= {(r[k], ""), (r[k], r["code"])}
    out |= {(r["name"], "") for r in _rows(NAMES / "languages.csv")}
    for test in ("test_identify.py", "test_engines_sql.py", "test_cases.py"):
        out |= {(m, "") for m in re.findall(r'"([^"\n]{2,80})"', (TESTS / test).read_text(encoding="utf-8"))}
    return sorted(out)


def generated_names() -> list[str]:
    """One phrase of each analyte and modifier, up to two analytes and two modifiers, with nothing, a required word
    (25-OH), whole blood, a veto, a look-alike, an unknown word, a second part after '/', and accents."""
    lex = load_lexicon()
    one: dict[tuple[str, str], str] = {}
    for words, (role, meaning) in sorted(lex.phrases.items(), key=lambda kv: (len(kv[0]), kv[0])):
        if role in (ANALYTE, MODIFIER) and "_" not in "".join(words):
            one.setdefault((role, meaning), " ".join(words))
    analytes = [p for (role, _m), p in one.items() if role == ANALYTE]
    modifiers = [p for (role, _m), p in one.items() if role == MODIFIER]
    extras = ["", "25-OH", "whole blood", "urine", "calcitriol", "xyz", "/ creatinine", "/ serum", "(Sérum)", "D2 + D3"]
    out = []
    for n_a, n_m in itertools.product((0, 1, 2), (0, 1, 2)):
        for a_set in itertools.combinations(analytes, n_a):
            for m_set in itertools.combinations(modifiers, n_m):
                for extra in extras:
                    out.append(" ".join([*m_set[:1], *a_set, *m_set[1:], extra]).strip())
    return sorted(set(out))


def _sql_answers(pairs: list[tuple[str, str]], tests_map: dict[str, str | None] | None = None) -> dict[tuple[str, str], tuple]:
    s = settings()
    ns = NameSQL(s.ref, tests_map=tests_map)
    ctes, last = ns.ctes("src")
    name, cols, types = CODES
    rel = Relations(s.ref, s.schemes, Rules.shipped())
    sql = "WITH " + ",\n".join([_relation(name, cols, ns.relation_rows(), types), _relation(*MAP[:2], ns.map_rows(), MAP[2]),
                                 _relation("vitd_excluded", ["by_what", "key", "reason", "kind"], rel.excluded(), ["VARCHAR"] * 4),
                                 "src AS (SELECT label, code FROM names)", *ctes])
    con = duckdb.connect()
    con.execute("CREATE TABLE names (label VARCHAR, code VARCHAR)")
    con.executemany("INSERT INTO names VALUES (?, ?)", pairs)
    got = con.execute(sql + f"\nSELECT label, code, id_analyte, id_reason, id_close FROM {last}").fetchall()
    return {(a, b): (c, d, bool(e)) for a, b, c, d, e in got}


def _python(name: str, code: str, tests_map: dict[str, str | None] | None = None) -> tuple:
    found = identify(settings().ref, name=name or None, loinc=code or None, tests_map=tests_map)
    return found.analyte, found.reason, found.close


def test_sql_and_python_read_every_name_alike() -> None:
    real = [(n.strip(), c.strip()) for n, c in real_names()]
    made = [(n, "") for n in generated_names()]
    pairs = sorted(set(real + made))
    got = _sql_answers(pairs)
    differ = [(n, c, got[(n, c)], _python(n, c)) for n, c in pairs if got[(n, c)] != _python(n, c)]
    ours = sum(1 for n, c in pairs if got[(n, c)][0])
    unfolded = sum(1 for n, c in pairs if got[(n, c)][1] == NOT_FOLDED)
    print(f"\nSQL recogniser vs Python: {len(pairs):,} (name, code) pairs ({len(set(real)):,} real, {len(made):,} generated); "
          f"{len(pairs) - len(differ):,} agree (analyte, reason, came close); {ours:,} ours; {unfolded} not folded by the SQL")
    assert not differ, differ[:10]
    assert unfolded == 0  # no real name holds a character the SQL leaves unfolded


def test_codes_decide_first() -> None:
    cases = [("Calcium", "17861-6"), ("Vitamin D", "62292-8"), ("Calcium", "1990-1"),  # an excluded code vetoes any name
             ("Calcium, urine", "17861-6"), ("Magnesium", "17861-6"),  # the name disagrees with the code: not read
             ("Calcium xyz", "17861-6"), ("", "17861-6"), ("Glucose", "2345-7"), ("Calcium", "99999-9"), ("25-OH vitamin D3", "62292-8")]
    got = _sql_answers(cases)
    for case in cases:
        assert got[case] == _python(*case), case
    assert got[("Calcium", "17861-6")][0] == "calcium" and got[("Calcium", "1990-1")][0] is None
    assert "disagree" in (got[("Magnesium", "17861-6")][1] or "")


def test_the_tests_map_in_sql() -> None:
    """--tests-map without --names: the lab's own names go into the query, matched as Python matches them (folded, spaces
    collapsed), after the code and before the rules; `none` says not ours."""
    tests_map = {map_key("Ca Arsenazo (serum)"): "calcium", map_key("Kalsium, fritt"): "ionized_calcium", map_key("Calcium"): None,
                 map_key("Ασβέστιο ολικό"): "calcium", map_key("Vit-D  Übersicht"): "vitamin_d"}
    names = [("Ca Arsenazo (serum)", ""), ("CA  ARSENAZO (SERUM)", ""), ("Kalsium, fritt", ""), ("Calcium", ""), ("calcium ", ""),
             ("Calcium", "17861-6"), ("ΑΣΒΈΣΤΙΟ ΟΛΙΚΌ", ""), ("Ασβέστιο ολικό", ""), ("vit-d übersicht", ""), ("Vitamin D", "")]
    got = _sql_answers(names, tests_map)
    for n, c in names:
        assert got[(n, c)] == _python(n, c, tests_map), (n, c)
    assert got[("CA  ARSENAZO (SERUM)", "")][0] == "calcium" and got[("Calcium", "")][1] == "mapped to none by --tests-map"


def test_the_identification_step_is_the_engines() -> None:
    """QueryBuilder's own identification (the CTEs up to vitd_tests_sql: reasons and kinds as batch.Engine writes them,
    the specimen column) gives the tests table identify_distinct gives the engines and `vitd sql --names`."""
    s = settings()
    cols = Columns(value="value", analyte="test", code="loinc", specimen="spec")
    rows = [(r["name"], r["code"], "") for r in _rows(NAMES / "corpus.csv")]
    rows += [(n, "", sp) for n in ("Calcium", "Vitamin D 25-OH", "Calcium xyz", "Urine calcium") for sp in ("", "Serum", "Urine", "Whatever")]
    rows = sorted(set(rows))
    qb = QueryBuilder(s.ref, s.schemes, Rules.shipped(), cols, "labs")
    body = ",\n".join([*qb.relations(), *qb.stages()])
    con = duckdb.connect()
    con.execute("CREATE TABLE labs (value VARCHAR, test VARCHAR, loinc VARCHAR, spec VARCHAR)")
    con.executemany("INSERT INTO labs VALUES ('1', ?, ?, ?)", rows)
    got = {tuple(r[:3]): tuple(r[3:]) for r in con.execute(f"WITH {body}\nSELECT k_n, k_c, k_s, analyte, reason, kind FROM vitd_tests_sql").fetchall()}
    want = {tuple(r[:3]): tuple(r[3:6]) for r in identify_distinct(s, cols, rows)}
    assert got.keys() == want.keys()
    differ = [(k, got[k], want[k]) for k in want if got[k] != want[k]]
    print(f"\nidentification step vs identify_distinct: {len(want):,} distinct tests, {len(want) - len(differ):,} agree")
    assert not differ, differ[:5]


def test_fold_in_sql_reads_every_character_as_python() -> None:
    """Between two letters, every character of the planes fold_tables reads folds (in DuckDB) to the words Python's
    fold gives, or is one the SQL does not fold (the name is then not read, with NOT_FOLDED); the planes it skips hold
    no character that folds to ASCII or to nothing."""
    src, dst, multi, odd = fold_tables()
    scanned = {cp for a, b in SCANNED for cp in range(a, b)}
    for cp in range(0x80, 0x110000):
        if cp not in scanned and not 0xD800 <= cp < 0xE000:
            f = fold(chr(cp))
            assert f == chr(cp) or not (f == "" or any(ord(c) < 0x80 for c in f)), hex(cp)
    texts = [f"a{chr(cp)}b" for cp in range(0x80, 0x10000) if not 0xD800 <= cp < 0xE000]
    s = settings()
    ctes, last = NameSQL(s.ref).ctes("src")
    fold_ctes = [c for c in ctes if c.startswith(("vitd_nm_nf",))]
    con = duckdb.connect()
    con.execute("CREATE TABLE t AS SELECT 'a' || chr(cp::INTEGER) || 'b' AS label FROM range(128, 65536) AS r(cp) "
                "WHERE cp < 55296 OR cp >= 57344")  # (inserting them one by one takes seconds)
    got = dict(con.execute("WITH src AS (SELECT label FROM t), " + ",\n".join(fold_ctes)
                           + f", x AS (SELECT label, regexp_matches(label, '{odd}') AS odd, nf FROM {fold_ctes[-1].split()[0]}) "
                           "SELECT label, CASE WHEN odd THEN NULL ELSE nf END FROM x").fetchall())
    wrong = [t for t in texts if got[t] is not None and re.findall("[a-z0-9_]+", got[t]) != re.findall("[a-z0-9_]+", fold(t))]
    assert not wrong, [(t, got[t], fold(t)) for t in wrong[:5]]
    assert all(len(fold(t[1])) > 1 for t in texts if got[t] is None)  # only those folding to several are left unfolded


def test_patterns_every_dialect_reads() -> None:
    ws_class = sql_regex(r"[\s,]")
    assert ws_class.startswith("[\t") and ws_class.endswith(",]")
    for bad in (r"a\b", r"(?![0-9])", r"(?<=a)b", r"\d"):
        with pytest.raises(ValueError):
            sql_regex(bad)
    for pattern, _rep in load_lexicon().rewrites:  # every rewrite of tests.toml is one
        sql_regex(pattern.pattern)


def test_roles_are_all_read() -> None:
    """Every role of the lexicon the decision needs has a regular expression in the SQL (a new role would not)."""
    roles = {role for role, _m in load_lexicon().phrases.values()}
    assert roles <= {ANALYTE, MODIFIER, VETO, BLOOD, "serum", "ignore"}


def test_sqlite_reads_the_names_as_duckdb() -> None:
    """The SQLite form of `vitd sql` (transpiled; Python's re behind regexp_replace, translate() registered) gives every
    corpus name the verdict the DuckDB form gives: the transpiled replacement groups and TRANSLATE hold."""
    import sqlite3

    from vitd_cli.engines.sql_command import generate_sql, register_sqlite_functions

    rows = sorted({(r["name"], r["code"]) for r in _rows(NAMES / "corpus.csv")})

    def run(con, sql: str) -> dict:  # type: ignore[no-untyped-def]
        cur = con.execute("".join(x for x in sql.splitlines(keepends=True) if not x.startswith("--")).rstrip().rstrip(";"))
        names = [d[0] for d in cur.description]
        return {(r["test"], r["loinc"]): (r["vitd_status"], r["vitd_note"], r["vitd_kind"]) for r in (dict(zip(names, x)) for x in cur.fetchall())}

    lite = sqlite3.connect(":memory:")
    register_sqlite_functions(lite)
    lite.execute("CREATE TABLE labs (test TEXT, value TEXT, unit TEXT, loinc TEXT)")
    lite.executemany("INSERT INTO labs VALUES (?, '1', '', ?)", rows)
    duck = duckdb.connect()
    duck.execute("CREATE TABLE labs (test VARCHAR, value VARCHAR, unit VARCHAR, loinc VARCHAR)")
    duck.executemany("INSERT INTO labs VALUES (?, '1', '', ?)", rows)
    got, want = run(lite, generate_sql("sqlite")), run(duck, generate_sql("duckdb"))
    assert got == want and {"interpreted", "other_test"} <= {v[0] for v in want.values()}
