"""Which of our tests a lab's test name (and code, unit, specimen) is: one recogniser for every reader and engine.

The rules are data (reference_ranges/tests.toml, documented at its top): a name is folded, rewritten (chemical
notations, NPU prefixes), split into words, and each word covered by the longest known phrase. It is ours only when
exactly one of our analytes is named, nothing vetoes it and every other word is known; otherwise the Identification
says which word stopped it. A LOINC code decides before the name (analytes.toml).

    identify("VITAMIN D,25-OH,TOTAL,IA")        -> vitamin_d, decided by the words 25oh / vitamin d / total / ia
    identify("Albumin/Globulin [Mass Ratio]")    -> None: 'globulin' vetoes it (another protein)
    identify("Calcium Xyz")                      -> None: unknown word 'xyz' (close: an analyte was named)
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReferenceDataError
from .loader import _read_toml, data_dir, load

ANALYTE, MODIFIER, SERUM, BLOOD, IGNORE, VETO = "analyte", "modifier", "serum", "blood", "ignore", "veto"
_WORD = re.compile(r"[a-z0-9_]+")
_REWRITTEN = re.compile(r"[0-9+(\[/;\u2013\u2014-]|caion")  # what tests.toml's rewrites can change (checked by a test)
RATIO = ("/", VETO, "a ratio, a clearance or an index")  # the word a '/' between two parts that each name a substance adds
BOTH_FORMS, BOTH_GIVES = frozenset({"d2", "d3"}), "total"  # both vitamin D forms named: the total


@dataclass(frozen=True)
class Identification:
    """What a test name is, and why: the analyte (None: not ours), the words that decided it with their roles."""

    analyte: str | None
    decided_by: str = "name"  # "code" | "name" | "map" | "none"
    words: tuple[tuple[str, str, str], ...] = ()  # (phrase as read, role, what it means), in order
    reason: str | None = None  # why not ours (None when ours, or when nothing of ours was named at all)
    stop: str | None = None  # the word that stopped it
    close: bool = False  # an analyte was named, but an unknown word stopped it: worth telling the user
    specimen: str | None = None  # "blood" for whole blood (serum and plasma: None)
    note: str | None = None  # e.g. 25-hydroxyvitamin D3 only

    def explain(self) -> str:
        """One line: the analyte (or none) and the words that decided it."""
        parts = [f"{w} ({role}{': ' + what if what else ''})" for w, role, what in self.words]
        head = self.analyte or "not one of vitd's tests"
        why = f"; {self.reason}" if self.reason else ""
        return f"{head} [{self.decided_by}]{why}" + (f" — words: {', '.join(parts)}" if parts else "")


@dataclass
class Lexicon:
    """tests.toml, compiled: the rewrites, and every phrase (as a tuple of words) with its role and meaning."""

    rewrites: list[tuple[re.Pattern[str], str]]
    phrases: dict[tuple[str, ...], tuple[str, str]]  # words -> (role, meaning: analyte id, modifier, veto reason)
    combine: dict[tuple[str, str], tuple[str, str | None, tuple[str, ...]]]  # (analyte, modifier) -> (analyte, note, requires)
    companions: dict[str, frozenset[str]]
    blood_ok: frozenset[str]
    lookalikes: frozenset[str]  # veto reasons that explain a name even when it names none of ours
    longest: int = 1
    cache: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)


def fold(text: str, keep_underscores: bool = False) -> str:
    """Lower case, compatibility form, accents dropped (é -> e, ä -> a, ø -> o, ß -> ss), dashes as '-', '_' as a space
    (a name's `Calcium_Total`; tests.toml's own words such as `specimen_serum` keep theirs)."""
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("æ", "ae"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower() if keep_underscores else text.lower().replace("_", " ")
    return text.replace("\u2014", "-").replace("\u2013", "-").replace("\u2212", "-").replace("\ufeff", "")


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """reference_ranges/tests.toml (or another file of its syntax), checked: a phrase has one role only."""
    p = Path(path) if path else data_dir() / "tests.toml"
    raw: dict[str, Any] = _read_toml(p)
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}

    try:
        rewrites = [(re.compile(pat), rep) for pat, rep in raw.get("rewrites", [])]
    except (re.error, ValueError, TypeError) as exc:
        raise ReferenceDataError("ranges-invalid", f"{p.name}: rewrites: {exc}") from None

    def add(words: list[str], role: str, meaning: str) -> None:
        for text in words:
            folded = fold(text, keep_underscores=True)
            if _REWRITTEN.search(folded):  # a phrase is read as a name is (the rewrites only touch these characters)
                folded = _rewrite(folded, rewrites, guarded=False)
            key = tuple(_WORD.findall(folded))
            if not key:
                continue
            old = phrases.get(key)
            if old is not None and old != (role, meaning) and not (old[0] == ANALYTE and role == ANALYTE and old[1] == meaning):
                raise ReferenceDataError("ranges-invalid", f"{p.name}: the phrase {text!r} is both {old[0]} {old[1]!r} and {role} {meaning!r}")
            phrases[key] = (role, meaning)

    companions = {}
    for mod, words in raw.get("modifiers", {}).items():
        add(words, MODIFIER, mod)
    modifier_words = {k[0] for k, (role, _m) in phrases.items() if role == MODIFIER and len(k) == 1}
    aliases = {aid: a.aliases for aid, a in load().analytes.items()}  # (already read: the reference data's cache)
    for aid, table in raw.get("analytes", {}).items():
        # its id, its phrases, and analytes.toml's aliases but those holding a modifier ("25-OH vitamin D3"): their
        # words read them, and as one phrase they would hide the modifier ("D3 alone") from the rules
        extra = [a for a in aliases.get(aid, []) if not set(_WORD.findall(_rewrite(fold(a), rewrites, guarded=False))) & modifier_words]
        add([aid, *table.get("phrases", []), *extra], ANALYTE, aid)
        companions[aid] = frozenset(table.get("companions", []))
    specimens = raw.get("specimens", {})
    add(specimens.get("serum", []), SERUM, "serum or plasma")
    add(specimens.get("blood", []), BLOOD, "whole blood")
    add(raw.get("ignore", {}).get("words", []), IGNORE, "")
    for reason, words in [*raw.get("veto", {}).items(), *raw.get("lookalikes", {}).items()]:
        add(words, VETO, reason)
    combine = {(c["base"], c["modifier"]): (c["gives"], c.get("note"), tuple(c.get("requires", ()))) for c in raw.get("combine", [])}
    return Lexicon(rewrites, phrases, combine, companions, frozenset(specimens.get("blood_ok", [])), frozenset(raw.get("lookalikes", {})),
                   max((len(k) for k in phrases), default=1))


@lru_cache(maxsize=4)
def loinc_codes(path: str | None = None) -> dict[str, tuple[str | None, str]]:
    """reference_ranges/loinc.toml: LOINC code -> (analyte or None, its name or why it is not ours), the whole file (the
    SQL generator and the tests; the recogniser looks codes up one by one with loinc_code)."""
    p = Path(path) if path else data_dir() / "loinc.toml"
    return {code: _loinc_entry(code, entry) for code, entry in _read_toml(p).get("codes", {}).items()}


def _loinc_entry(code: str, entry: dict[str, Any]) -> tuple[str | None, str]:
    aid = entry.get("analyte")
    return (None, f"LOINC {code} is {entry.get('reason') or entry.get('name')}") if aid in (None, "none") else (aid, entry.get("name", ""))


def loinc_code(code: str) -> tuple[str | None, str] | None:
    """One code of the shipped loinc.toml (None: not there), the first time a code that analytes.toml does not list is
    looked up. The file (~130 KB, ~400 tables) is not parsed whole: its `[codes."CODE"]` headers are found once and a
    code's own table is parsed when it is asked for (a test holds this to loinc_codes() for every code)."""
    text, spans = _loinc_index()
    span = spans.get(code)
    if span is None:
        return None
    try:
        entry = tomllib.loads(text[span[0]:span[1]])["codes"][code]
    except (tomllib.TOMLDecodeError, KeyError):
        return loinc_codes().get(code)  # a table written otherwise: the whole file decides
    return _loinc_entry(code, entry)


_LOINC_TABLE = re.compile(r'^\[codes\."([^"\n]+)"\][ \t]*$', re.MULTILINE)


@lru_cache(maxsize=1)
def _loinc_index() -> tuple[str, dict[str, tuple[int, int]]]:
    p = data_dir() / "loinc.toml"
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        _read_toml(p)  # its one-line error
        raise
    heads = list(_LOINC_TABLE.finditer(text))
    ends = [m.start() for m in heads[1:]] + [len(text)]
    return text, {m.group(1): (m.start(), end) for m, end in zip(heads, ends)}


def _rewrite(text: str, rewrites: list[tuple[re.Pattern[str], str]], guarded: bool = True) -> str:
    """The rewrites in order. Once a file has shown more than GUARD_AFTER distinct names, a pattern none of whose
    needles (_needles) is in the text is not run (it cannot match): the same result, without scanning each of hundreds
    of names 60 times. Reading the needles costs about as much as compiling the patterns, so a run that identifies a
    few names (and the lexicon's own phrases: guarded=False) runs every pattern."""
    guards = _GUARDS.get(id(rewrites))
    if guards is None or guards[0] is not rewrites:
        n = _RUNS[id(rewrites)] = _RUNS.get(id(rewrites), 0) + guarded
        if n <= GUARD_AFTER:
            for pattern, rep in rewrites:
                text = pattern.sub(rep, text)
            return text
    every, per = _guards(rewrites)
    present: set[str] | None = None
    for (pattern, rep), needles in zip(rewrites, per):
        if needles is not None:
            if present is None:
                present = {n for n in every if n in text}
            if needles.isdisjoint(present):
                continue
        new = pattern.sub(rep, text)
        if new != text:
            text, present = new, None
    return text


_GUARDS: dict[int, tuple[list, tuple[str, ...], list[frozenset[str] | None]]] = {}  # type: ignore[type-arg]
_RUNS: dict[int, int] = {}  # names rewritten per rewrites list before its needles are read
GUARD_AFTER = 64


def _guards(rewrites: list[tuple[re.Pattern[str], str]]) -> tuple[tuple[str, ...], list[frozenset[str] | None]]:
    """Every needle of the rewrites, and each rewrite's needles (None: always run), worked out once per rewrites list."""
    hit = _GUARDS.get(id(rewrites))
    if hit is not None and hit[0] is rewrites:
        return hit[1], hit[2]
    per = [_needles(pattern) for pattern, _rep in rewrites]
    every = tuple(sorted(set().union(*(n for n in per if n))))
    _GUARDS[id(rewrites)] = (rewrites, every, per)
    return every, per


def _needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of the pattern holds (e.g. ('without', 'w', 'ohne', ...) or ('ca',)), read from
    its parsed form; None when no such set is found (the pattern is always run)."""
    import re._parser as sre  # (once per pattern, at the first name)

    if pattern.flags & re.IGNORECASE:
        return None
    try:
        best = _best(_sequence_needles(list(sre.parse(pattern.pattern, pattern.flags & ~re.UNICODE).data)))
    except (re.error, TypeError, ValueError, AttributeError, IndexError):
        return None
    return best or None


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The candidate needle set that rules out most: its shortest needle the longest, then the fewest needles."""
    return max(candidates, key=lambda c: (min(len(n) for n in c), -len(c)), default=None)


def _sequence_needles(items: list) -> list[frozenset[str]]:  # type: ignore[type-arg]
    """Candidate needle sets of a sequence of parsed items: each run of literal characters, and the needles of each
    item that must match (a group, a branch whose every branch has needles, a repeat of at least one, a small class)."""
    from re._constants import BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN  # type: ignore[attr-defined]

    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(frozenset(["".join(run)]))
            run = []
        if op is SUBPATTERN:
            out += _sequence_needles(list(av[-1]))
        elif op is BRANCH:
            per = [_best(_sequence_needles(list(b))) for b in av[1]]
            if per and all(per):
                out.append(frozenset().union(*per))  # type: ignore[arg-type]
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
            out += _sequence_needles(list(av[2]))
        elif op is IN and av and all(o is LITERAL for o, _ in av) and len(av) <= 8:
            out.append(frozenset(chr(c) for _, c in av))
    return out


def read_words(name: str, lex: Lexicon) -> tuple[tuple[str, str, str], ...]:
    """The name's words, each covered by the longest phrase that matches there: (phrase, role, meaning); a word no
    phrase covers has the role 'unknown'. A '/' between two parts that each name a substance is read as a ratio."""
    cached = lex.cache.get(name)
    if cached is not None:
        return cached
    text = _rewrite(fold(name), lex.rewrites)
    out: list[tuple[str, str, str]] = []
    parts = text.split("/")
    named = 0
    for part in parts:
        words = _WORD.findall(part)
        found = _cover(words, lex)
        if any(role in (ANALYTE, VETO) for _, role, _m in found):
            named += 1
        out.extend(found)
    if named > 1:
        out.append(RATIO)
    result = tuple(out)
    if len(lex.cache) < 100_000:
        lex.cache[name] = result
    return result


def _cover(words: list[str], lex: Lexicon) -> list[tuple[str, str, str]]:
    found = []
    i = 0
    while i < len(words):
        for n in range(min(lex.longest, len(words) - i), 0, -1):
            hit = lex.phrases.get(tuple(words[i:i + n]))
            if hit is not None:
                found.append((" ".join(words[i:i + n]), hit[0], hit[1]))
                i += n
                break
        else:
            found.append((words[i], "unknown", ""))
            i += 1
    return found


def identify_name(name: str, lex: Lexicon | None = None) -> Identification:
    """The analyte a test name names, by the rules of tests.toml (no code, no map)."""
    lex = lex or load_lexicon()
    words = read_words(name, lex)
    if not words:
        return Identification(None, "none", words)
    analytes = [m for _, role, m in words if role == ANALYTE]
    if not analytes:  # none of ours is named: another test, nothing to explain unless it is a look-alike of ours itself
        hit = next(((w, m) for w, role, m in words if role == VETO and m in lex.lookalikes), None)
        return Identification(None, "name", words, f"'{hit[0]}': {hit[1]}" if hit else None, hit[0] if hit else None)
    for w, role, meaning in words:
        if role == VETO:
            return Identification(None, "name", words, f"'{w}': {meaning}", w)
    modifiers = {m for _, role, m in words if role == MODIFIER}
    if modifiers >= BOTH_FORMS:  # "25-OH D3 + 25-OH D2": both forms, the total
        modifiers = (modifiers - BOTH_FORMS) | {BOTH_GIVES}
    unknown = [w for w, role, _ in words if role == "unknown"]
    if unknown:
        return Identification(None, "name", words, f"unknown word {unknown[0]!r}", unknown[0], close=True)
    def fits(aid: str, mod: str) -> tuple[str, str | None] | None:
        hit = lex.combine.get((aid, mod))
        if hit is None or (hit[2] and not any(r in w for w, _r, _m in words for r in hit[2])):
            return None
        return hit[0], hit[1]

    named: set[str] = set()
    note = None
    for aid in dict.fromkeys(analytes):
        result = aid
        for _ in range(len(modifiers)):  # a modifier may turn calcium into ionized calcium, which another then keeps
            for mod in sorted(modifiers):
                fit = fits(result, mod)
                if fit:
                    result, note = fit[0], note or fit[1]
        named.add(result)
    if len(named) > 1:
        named = {a for a in named if not any(a in lex.companions.get(b, ()) for b in named)}
    if len(named) > 1:
        return Identification(None, "name", words, f"names more than one test ({', '.join(sorted(named))})", None)
    (aid,) = named
    for mod in sorted(modifiers):  # every modifier must fit the analyte named: ionized magnesium is not ours
        if fits(aid, mod) is None:
            return Identification(None, "name", words, f"'{mod}' {aid.replace('_', ' ')} is not one of vitd's tests", mod)
    specimen = "blood" if any(role == BLOOD for _, role, _m in words) else None
    if specimen and aid not in lex.blood_ok:
        return Identification(None, "name", words, f"{aid.replace('_', ' ')} in whole blood is not read against serum ranges", "blood")
    return Identification(aid, "name", words, specimen=specimen, note=note)


def map_key(name: str) -> str:
    """How a --tests-map name is matched: folded (case, accents) and its spaces collapsed."""
    return " ".join(fold(name).split())


def load_tests_map(path: str, analytes: tuple[str, ...]) -> dict[str, str | None]:
    """A lab's own names (--tests-map FILE): a CSV `name,analyte` (with that header) or a TOML table [tests] of
    "name" = "analyte". `none` (or an empty analyte) says a name is not one of ours. Wins over tests.toml's rules."""
    import csv
    import tomllib

    where = Path(path).name
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceDataError("tests-map-unreadable", f"cannot read --tests-map {where}: {getattr(exc, 'strerror', None) or exc}",
                                 "give a UTF-8 CSV with the header name,analyte, or a TOML file with a [tests] table") from None
    pairs: list[tuple[str, str, str]] = []  # (name, analyte, where in the file)
    if path.lower().endswith(".toml"):
        try:
            table = tomllib.loads(text).get("tests")
        except tomllib.TOMLDecodeError as exc:
            raise ReferenceDataError("tests-map-invalid", f"--tests-map {where}: not valid TOML: {exc}", "see docs/tests.md") from None
        if not isinstance(table, dict):
            raise ReferenceDataError("tests-map-invalid", f"--tests-map {where}: no [tests] table", 'write [tests] then "Local name" = "calcium" lines')
        pairs = [(str(k), str(v), f"key {k!r}") for k, v in table.items()]
    else:
        rows = list(csv.reader(text.splitlines()))
        if not rows or [c.strip().lower() for c in rows[0][:2]] != ["name", "analyte"]:
            raise ReferenceDataError("tests-map-invalid", f"--tests-map {where}: the first line must be the header name,analyte",
                                     "e.g. name,analyte then 'Ca Arsenazo (serum),calcium'")
        for i, row in enumerate(rows[1:], start=2):
            if not row or not any(c.strip() for c in row):
                continue
            if len(row) != 2:
                raise ReferenceDataError("tests-map-invalid", f"--tests-map {where}: line {i} has {len(row)} fields, not 2",
                                         "quote a name that holds a comma")
            pairs.append((row[0], row[1], f"line {i}"))
    out: dict[str, str | None] = {}
    for name, analyte, at in pairs:
        aid = analyte.strip().lower()
        if aid not in analytes and aid not in ("none", ""):
            raise ReferenceDataError("tests-map-invalid", f"--tests-map {where}: {at}: unknown analyte {analyte!r}",
                                     f"use one of {', '.join(analytes)}, or none")
        if not name.strip():
            raise ReferenceDataError("tests-map-invalid", f"--tests-map {where}: {at}: an empty name", "give the name as the lab prints it")
        out[map_key(name)] = None if aid in ("none", "") else aid
    return out

