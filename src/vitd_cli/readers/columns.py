"""Which column of a lab export holds what: header-name recognition (reference_ranges/columns.toml), --columns and
--map, and the choice between long (one result a row) and wide (one subject a row, a column per analyte) layouts."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import ReferenceDataError, VitdError
from ..reference import ReferenceData, data_dir
from ..reference.identify import identify, resolve_analyte_id
from ..reference.units import norm_unit, parse_unit, unit_index

ROLES = ("value", "value_numeric", "unit", "analyte", "code", "item", "date", "subject", "reference_range", "flag", "specimen")
DICTIONARY_ROLES = ("key", "label", "code", "specimen")
FLAG_MEANINGS = ("low", "high", "abnormal", "normal", "ignore")


def norm_header(text: str) -> str:
    """How header names are compared: case, surrounding spaces and quotes ignored; '_', '-' and '.' read as spaces."""
    out = text.strip().strip("\ufeff\"'").lower()
    for ch in "_-.":
        out = out.replace(ch, " ")
    return " ".join(out.split())


@dataclass(frozen=True)
class KnownColumn:
    analyte: str
    unit: str
    source: str
    below_lod: str | None = None


@dataclass(frozen=True)
class ColumnRules:
    """reference_ranges/columns.toml, loaded and checked."""

    roles: dict[str, tuple[str, ...]]
    dictionary: dict[str, tuple[str, ...]]
    serum: frozenset[str]
    not_serum: dict[str, str]
    flags: dict[str, str]
    known: dict[str, KnownColumn]  # upper-case header -> column
    missing: frozenset[str] = frozenset()  # lower-case cell texts that mean no value
    identifiers: frozenset[str] = frozenset()  # header names of columns identifying a person ([identifiers]; --redact)
    dayfirst_headers: tuple[str, ...] = ()  # date-column header words that suggest day-first dates ([dates]; readers/dates.py)

    def specimen_verdict(self, text: str) -> tuple[bool, str | None]:
        """(is serum/plasma/blood, what it is when not). Words of the specimen text are matched whole."""
        words = re.findall(r"[a-z0-9]+", text.lower())
        joined = " ".join(words)
        padded = f" {joined} "
        for word, label in self.not_serum.items():
            if f" {word} " in padded:
                return False, label
        if joined in self.serum or any(w in self.serum for w in words):
            return True, None
        return False, None


@lru_cache(maxsize=4)
def load_columns(path: str | None = None) -> ColumnRules:
    """Load reference_ranges/columns.toml (or another file of its syntax), with a message naming what is wrong."""
    p = Path(path) if path else data_dir() / "columns.toml"
    try:
        with p.open("rb") as fh:
            raw = tomllib.load(fh)
    except OSError as exc:
        raise ReferenceDataError("ranges-unreadable", f"cannot read {p}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ReferenceDataError("ranges-invalid", f"{p.name}: not valid TOML: {exc}") from None

    def names(table: dict, allowed: tuple[str, ...], where: str) -> dict[str, tuple[str, ...]]:
        unknown = set(table) - set(allowed)
        if unknown:
            raise ReferenceDataError("ranges-invalid", f"{p.name}: [{where}] has unknown roles {sorted(unknown)}", f"use {', '.join(allowed)}")
        out = {}
        for role in allowed:
            got = table.get(role, {}).get("names", [])
            if not isinstance(got, list) or not all(isinstance(n, str) and n.strip() for n in got):
                raise ReferenceDataError("ranges-invalid", f"{p.name}: [{where}.{role}] names must be a list of non-empty strings")
            out[role] = tuple(dict.fromkeys(norm_header(n) for n in got))
        return out

    roles = names(raw.get("roles", {}), ROLES, "roles")
    dictionary = names(raw.get("dictionary", {}), DICTIONARY_ROLES, "dictionary")
    spec = raw.get("specimens", {})
    serum = frozenset(" ".join(re.findall(r"[a-z0-9]+", s.lower())) for s in spec.get("serum", []))
    not_serum = {" ".join(re.findall(r"[a-z0-9]+", k.lower())): v for k, v in spec.get("not_serum", {}).items()}
    flags = {str(k).strip().lower(): v for k, v in raw.get("flags", {}).items()}
    bad = {k: v for k, v in flags.items() if v not in FLAG_MEANINGS}
    if bad:
        raise ReferenceDataError("ranges-invalid", f"{p.name}: [flags] {bad}: meanings must be one of {', '.join(FLAG_MEANINGS)}")
    known = {}
    for col, d in raw.get("wide", {}).get("known", {}).items():
        try:
            known[col.strip().upper()] = KnownColumn(**d)
        except TypeError as exc:
            raise ReferenceDataError("ranges-invalid", f"{p.name}: [wide.known.{col}]: {exc}") from None
    missing = frozenset(str(m).strip().lower() for m in raw.get("values", {}).get("missing", []))
    ident = raw.get("identifiers", {}).get("names", [])
    if not isinstance(ident, list) or not all(isinstance(n, str) and n.strip() for n in ident):
        raise ReferenceDataError("ranges-invalid", f"{p.name}: [identifiers] names must be a list of non-empty strings")
    dayfirst = raw.get("dates", {}).get("dayfirst_headers", [])
    if not isinstance(dayfirst, list) or not all(isinstance(n, str) and n.strip() for n in dayfirst):
        raise ReferenceDataError("ranges-invalid", f"{p.name}: [dates] dayfirst_headers must be a list of non-empty strings")
    return ColumnRules(roles, dictionary, serum, not_serum, flags, known, missing, frozenset(norm_header(n) for n in ident),
                       tuple(dict.fromkeys(norm_header(n) for n in dayfirst)))


# ---------------------------------------------------------------- options


def parse_columns_option(items: list[str] | None) -> dict[str, str]:
    """--columns value=Result,unit=Units,analyte=Test Name (repeatable), for vitd interpret."""
    return role_pairs(items, ROLES, "HEADER")


def role_pairs(items: Iterable[str] | None, roles: Sequence[str], what: str, empty_ok: bool = False) -> dict[str, str]:
    """--columns ROLE=NAME,ROLE=NAME (repeatable) -> {role: name}. A name holding a comma is fine: a comma only
    separates pairs when a role name and '=' follow it. With empty_ok, ROLE= gives the role '' (vitd sql: no such
    column)."""
    out: dict[str, str] = {}
    split = re.compile(r",\s*(?=(?:" + "|".join(roles) + r")\s*=)")
    for item in items or []:
        for part in split.split(item):
            role, sep, name = part.partition("=")
            role = role.strip().lower().replace("-", "_")
            if not sep or not (name.strip() or empty_ok):
                raise VitdError("option-invalid", f"--columns {part!r} is not ROLE={what}", f"e.g. --columns value=Result,unit=Units; roles: {', '.join(roles)}")
            if role not in roles:
                raise VitdError("option-invalid", f"--columns: unknown role {role!r}", f"use one of {', '.join(roles)}")
            out[role] = name.strip()
    return out


@dataclass(frozen=True)
class MapSpec:
    column: str
    analyte: str
    unit: str | None


def parse_map_option(items: list[str] | None, ref: ReferenceData) -> list[MapSpec]:
    """--map COLUMN=analyte:unit (repeatable); the unit may be left out when the header or the cells carry it."""
    out = []
    for item in items or []:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip() or not target.strip():
            raise VitdError("option-invalid", f"--map {item!r} is not COLUMN=analyte:unit", "e.g. --map LBXVIDMS=vitamin_d:nmol/L")
        analyte_text, _, unit_text = target.partition(":")
        aid = resolve_analyte_id(ref, analyte_text.strip())
        unit = parse_unit(unit_text.strip(), ref.analytes[aid], ref.units) if unit_text.strip() else None
        out.append(MapSpec(column.strip(), aid, unit))
    return out


# ---------------------------------------------------------------- layouts


@dataclass
class LongLayout:
    header: list[str]
    cols: dict[str, int]  # role -> column index
    how: dict[str, str] = field(default_factory=dict)  # role -> "given" | "recognised"

    kind = "long"

    def describe(self) -> dict[str, str]:
        return {role: self.header[i] for role, i in self.cols.items()}


@dataclass
class WideColumn:
    index: int
    header: str
    analyte: str
    unit: str | None  # unit key; None: the cells carry it (or it is inferred)
    how: str  # "map" | "known" | "header"
    lod_index: int | None = None  # NHANES-style below-detection flag column
    primary: bool = True  # False: a second column of an analyte already read (checked against the first)


@dataclass
class WideLayout:
    header: list[str]
    columns: list[WideColumn]
    cols: dict[str, int]  # subject, date (optional)
    excluded: list[tuple[str, str]] = field(default_factory=list)  # (header, reason): columns never classified

    kind = "wide"

    @property
    def analytes(self) -> list[str]:
        return list(dict.fromkeys(c.analyte for c in self.columns if c.primary))

    def describe(self) -> dict[str, str]:
        out = {role: self.header[i] for role, i in self.cols.items()}
        for c in self.columns:
            out[c.header] = f"{c.analyte}:{c.unit or '?'}" + ("" if c.primary else " (checked against the first)")
        return out


def _find(header: list[str], wanted: str, option: str) -> int:
    for i, h in enumerate(header):
        if h == wanted:
            return i
    key = norm_header(wanted)
    for i, h in enumerate(header):
        if norm_header(h) == key:
            return i
    if wanted.isdigit() and 1 <= int(wanted) <= len(header):
        return int(wanted) - 1
    there = f"the columns are: {_header_text(header)}" if not _looks_like_data(header) else "the first line looks like data, not a header"
    raise VitdError("column-missing", f"{option}: no column {wanted!r} in the header", there)


def find_column(header: list[str], wanted: str, option: str) -> int:
    """The index of a column named on the command line (exactly, by its normalised name, or by number), else an error
    naming the option and the columns there are."""
    return _find(header, wanted, option)


def identifier_columns(layout: LongLayout | WideLayout, rules: ColumnRules, named: Sequence[str] = ()) -> list[int]:
    """The columns --redact hashes: the subject column, every column whose header columns.toml lists under
    [roles.subject] or [identifiers] that no other role takes, and the columns named with --subject."""
    header = layout.header
    subject = layout.cols.get("subject")
    taken = {i for role, i in layout.cols.items() if role != "subject"}
    if isinstance(layout, WideLayout):
        taken |= {i for c in layout.columns for i in (c.index, c.lod_index) if i is not None}
    names = set(rules.roles.get("subject", ())) | rules.identifiers
    out = {i for i, h in enumerate(header) if i == subject or (i not in taken and norm_header(h) in names)}
    out |= {find_column(header, h, "--subject") for h in named}
    return sorted(out)


def recognise_roles(header: list[str], names: dict[str, tuple[str, ...]], roles: tuple[str, ...], given: dict[str, int] | None = None) -> dict[str, int]:
    """role -> column index, by header name: roles in order, each taking the best-listed name still free."""
    cols = dict(given or {})
    taken = set(cols.values())
    normed = [norm_header(h) for h in header]
    for role in roles:
        if role in cols:
            continue
        for name in names.get(role, ()):
            hit = next((i for i, h in enumerate(normed) if h == name and i not in taken), None)
            if hit is not None:
                cols[role] = hit
                taken.add(hit)
                break
    return cols


_BRACKETED = re.compile(r"^(?P<name>.*?)\s*[\(\[]\s*(?P<unit>[^()\[\]]+?)\s*[\)\]]\s*$")


def split_header(header: str, ref: ReferenceData) -> tuple[str, str | None]:
    """'Vitamin D (ng/mL)' -> ('Vitamin D', 'ng/mL'); 'calcium_mg_dl' -> ('calcium', 'mg/dl'); 'Calcium' -> ('Calcium', None).
    The unit part must be a spelling in units.toml."""
    spellings = unit_index(ref.units)
    m = _BRACKETED.match(header)
    if m and m.group("name").strip() and norm_unit(m.group("unit")) in spellings:
        return m.group("name").strip(" ,;:-"), m.group("unit")
    tokens = [t for t in re.split(r"[\s_]+", header.strip()) if t]
    for k in (3, 2, 1):
        if len(tokens) <= k:
            continue
        tail = tokens[-k:]
        candidates = [" ".join(tail), "/".join(tail), "".join(tail)]
        if k == 1:
            t = tail[0]
            candidates += [t[:i] + "/" + t[i:] for i in range(1, len(t))]
        for c in candidates:
            if norm_unit(c) in spellings:
                return " ".join(tokens[:-k]).strip(" ,;:-"), c
    return header.strip(), None


def detect_layout(header: list[str], rules: ColumnRules, ref: ReferenceData, columns: dict[str, str] | None = None,
                  maps: list[MapSpec] | None = None, has_dictionary: bool = False, name: str = "the file") -> LongLayout | WideLayout:
    """Long when a value column and a test name, code or item column are found (or given); otherwise wide when at least one
    column is an analyte (by --map, a known dataset column, or a header such as 'Vitamin D (ng/mL)'); otherwise an error."""
    columns = columns or {}
    maps = maps or []
    given = {role: _find(header, h, f"--columns {role}") for role, h in columns.items()}
    cols = recognise_roles(header, rules.roles, ROLES, given)
    has_test = any(r in cols for r in ("analyte", "code", "item"))
    if not maps and ("value" in cols or "value_numeric" in cols) and has_test:
        return LongLayout(header, cols, {r: ("given" if r in given else "recognised") for r in cols})
    wide = _wide(header, rules, ref, maps, given)
    if wide.columns:
        return wide
    dict_cols = recognise_roles(header, rules.dictionary, DICTIONARY_ROLES)
    if "key" in dict_cols and "label" in dict_cols and "value" not in cols:
        raise VitdError("file-is-dictionary", f"{name} looks like a test dictionary ({', '.join(header)}), not results",
                        "give it with --dictionary next to the results file, e.g. vitd interpret LABEVENTS.csv --dictionary D_LABITEMS.csv")
    found = ", ".join(f"{r}={header[i]}" for r, i in cols.items()) or "none"
    if "value" in cols or "value_numeric" in cols:
        hint = "say which column names the test: --columns analyte=HEADER (or code=HEADER for LOINC codes)"
    else:
        hint = "name the columns: --columns value=HEADER,unit=HEADER,analyte=HEADER (one result a row), or --map COLUMN=analyte:unit (a column per analyte)"
    if _looks_like_data(header):  # a file without a header line: its first row is a result, which no message repeats
        raise VitdError("columns-unknown", f"cannot tell which columns of {name} hold lab results: its first line looks like data "
                        f"(numbers, dates, identifiers or free text where column names belong), not a header",
                        "add a header line naming the columns, e.g. subject,date,analyte,value,unit")
    raise VitdError("columns-unknown", f"cannot tell which columns of {name} hold lab results (header: {_header_text(header)}; "
                    f"recognised: {found})", hint)


HEADER_CELLS_SHOWN = 12


_DATA_LIKE = re.compile(r"\d{3}|[@{}\"]")  # an id, a date or a big number (3 digits in a row), an e-mail, JSON


def _looks_like_data(header: list[str]) -> bool:
    """A first line with a number, a date, an identifier-like run of digits or free text in it is a row of data rather
    than column names: an error message does not repeat it (column names such as 'LBXVIDMS' or '25-OH D' are named)."""
    from .values import NUMBER, parse_when

    return any(NUMBER.fullmatch(c.strip()) or len(c) > 60 or _DATA_LIKE.search(c)
               or (any(ch.isdigit() for ch in c) and parse_when(c) is not None)
               for c in header if c.strip())


def _header_text(header: list[str]) -> str:
    """The header's cells for a message: the first HEADER_CELLS_SHOWN, each at most 40 characters."""
    shown = [c if len(c) <= 40 else c[:39] + "…" for c in header[:HEADER_CELLS_SHOWN]]
    more = len(header) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more else "")


def _wide(header: list[str], rules: ColumnRules, ref: ReferenceData, maps: list[MapSpec], given: dict[str, int]) -> WideLayout:
    cols = recognise_roles(header, rules.roles, ("date", "subject"), {r: i for r, i in given.items() if r in ("date", "subject")})
    if "subject" not in cols:  # a spreadsheet's "Name" or "MRN" column: one subject a row, named by it (not "row 1")
        taken = set(cols.values())
        subject = next((i for i, h in enumerate(header) if norm_header(h) in rules.identifiers and i not in taken
                        and not any(w in norm_header(h) for w in ("birth", "dob", "age", "phone", "mail", "address"))), None)
        if subject is not None:
            cols["subject"] = subject
    mapped: dict[int, WideColumn] = {}
    for m in maps:
        i = _find(header, m.column, "--map")
        mapped[i] = WideColumn(i, header[i], m.analyte, m.unit, "map")
    out: list[WideColumn] = []
    excluded: list[tuple[str, str]] = []
    role_cols = set(cols.values())
    for i, h in enumerate(header):
        if i in mapped:
            out.append(mapped[i])
            continue
        if i in role_cols or not h.strip():
            continue
        known = rules.known.get(h.strip().upper())
        if known is not None and known.analyte in ref.analytes:
            out.append(WideColumn(i, h, known.analyte, known.unit, "known"))
            continue
        alias, unit_text = split_header(h, ref)
        found = identify(ref, name=alias)
        if found.analyte is None and unit_text is not None:
            whole = identify(ref, name=h)
            if whole.analyte or whole.reason:
                found, unit_text = whole, None
        if found.reason:
            excluded.append((h, found.reason))
            continue
        if found.analyte is None:
            continue
        unit = None
        if unit_text is not None:
            try:
                unit = parse_unit(unit_text, ref.analytes[found.analyte], ref.units)
            except VitdError:
                continue  # 'Calcium (U/L)': not a unit of calcium, so not this analyte
        out.append(WideColumn(i, h, found.analyte, unit, "header"))
    upper = {h.strip().upper(): i for i, h in enumerate(header)}
    seen: set[str] = set()
    for c in out:
        known = rules.known.get(c.header.strip().upper())
        if known is not None and known.below_lod and known.below_lod.upper() in upper and known.analyte == c.analyte:
            c.lod_index = upper[known.below_lod.upper()]
        c.primary = c.analyte not in seen
        seen.add(c.analyte)
    return WideLayout(header, out, cols, excluded)
