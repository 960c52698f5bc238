"""The numbers and sentences of a panel's findings in SQL (for sql_findings.py): the albumin-corrected calcium of a
panel (interpret.corrected_calcium: the formula of analytes.toml in the unit system the calcium came in, rounded to 6
decimals, classified with the calcium scheme as classify.classify does, and printed as the streaming engine
prints it: sentences.toml [notes.corrected_calcium]), whether a result is past a finding's level (explain.meets), and the panel notes on total calcium.

Floating point follows the Python engine as the classification query does (sql_classify.py): units.convert as four
factors in its order, units.clean and round() done exactly (sql_rounding.py), a cut-off compared after the conversion
with the isclose snapping of classify. Sentences are not written here: they are reference_ranges/sentences.toml's [notes],
which the streaming engine fills in too (interpret.corrected_calcium_note, interpret.total_calcium_note)."""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter

from ..explain import CALCIUM_MEASURES
from ..models import Level
from ..reference import ReferenceData
from .sql_columns import Rules
from .sql_reference import Relations, _conversion
from .sql_rounding import _clean_scale, _round_int, _split
from .sqltext import num, q


def _sentence(template: str, slots: Mapping[str, str], words: Mapping[str, str]) -> str:
    """A sentence of sentences.toml as SQL: its text and the `words` it is filled with as literals, each other {field}
    the SQL expression of `slots` (a number's text as :g prints it)."""
    parts: list[tuple[bool, str]] = []  # (is SQL, text)

    def add(is_sql: bool, text: str) -> None:
        if parts and not is_sql and not parts[-1][0]:
            parts[-1] = (False, parts[-1][1] + text)
        elif is_sql or text:
            parts.append((is_sql, text))

    for text, name, spec, _ in Formatter().parse(template):
        add(False, text)
        if name is not None:
            if spec not in ("", "g"):
                raise ValueError(f"the SQL prints numbers as :g, not :{spec}")
            add(name in slots, slots[name] if name in slots else words[name])
    return "(" + " || ".join(t if is_sql else q(t) for is_sql, t in parts) + ")"


def convert_sql(ref: ReferenceData, analyte: str, x: str, src: str, dst: str) -> str:
    """units.convert before clean(): ((x * fs) / dv) * ml / fd (x itself when the units are the same)."""
    if src == dst:
        return x
    fs, dv, ml, fd = _conversion(ref, analyte, src, dst)
    return f"((({x} * {num(fs)}) / {num(dv)}) * {num(ml)} / {num(fd)})"


def _scales(raw: str, name: str) -> str:
    """The columns units.clean scales |raw| by (NULL outside the decades it can change)."""
    p, ph, pl = _clean_scale(f"abs({raw})")
    return f"{p} AS {name}_p, {ph} AS {name}_ph, {pl} AS {name}_pl"


def _cleaned(raw: str, same: str, name: str) -> str:
    """units.convert's result: raw when no conversion was made, else clean(raw) (12 significant digits, either sign)."""
    r = _round_int(f"abs({raw})", f"{name}_p", f"{name}_ph", f"{name}_pl")
    return (f"CASE WHEN {same} = 1 OR {name}_p IS NULL THEN {raw} "
            f"ELSE (CASE WHEN {raw} < 0 THEN -1.0e0 ELSE 1.0e0 END) * ({r}) / {name}_p END")


def _round(x: str, digits: int) -> str:
    """Python's round(x, digits), exactly (the nearest double to the correctly rounded decimal)."""
    p = 10.0 ** digits
    hi, lo = _split(p)
    return f"({_round_int(x, num(p), num(hi), num(lo))}) / {num(p)}"


def _milli(x: str) -> str:
    """round(|x|, 3) * 1000, an integer (as a double)."""
    hi, lo = _split(1000.0)
    return _round_int(f"abs({x})", num(1000.0), num(hi), num(lo))


class Corrected:
    """The albumin-corrected calcium, the level of a finding, and the panel notes, as SQL stages and expressions."""

    def __init__(self, ref: ReferenceData, schemes: Mapping[str, str]) -> None:
        self.ref = ref
        self.rel = Relations(ref, dict(schemes), Rules())
        cc = ref.analytes["corrected_calcium"]
        self.si_unit, self.conventional_unit = cc.si_unit, cc.conventional_unit
        cols, _ = self.rel.cutoff_columns()
        self.cutoffs = {(r[0], r[1]): dict(zip(cols, r)) for r in self.rel.cutoffs()}

    # ------------------------------------------------------------ the corrected calcium, per panel

    def _form(self, ca_unit: str):  # type: ignore[no-untyped-def]
        """interpret.corrected_calcium's formula for a calcium unit: SI unless the calcium came in mass units."""
        corr = self.ref.correction
        return corr.si if self.ref.units[ca_unit].kind != "mass" else corr.conventional

    def _band(self, x: str, unit: str) -> str:
        """classify.classify of x (no comparator) in unit with the corrected calcium's scheme, as vitd_band does."""
        row = self.cutoffs[("corrected_calcium", unit)]
        whens = []
        for i in range(row["last_band"]):
            cut = num(row[f"cut_{i}"])
            if row[f"same_{i}"]:
                v = x
            else:
                xi = convert_sql(self.ref, "corrected_calcium", x, unit, row[f"cut_unit_{i}"])
                v = f"(CASE WHEN abs({xi} - {cut}) <= abs({num(1e-9)} * {cut}) OR abs({xi} - {cut}) <= abs({num(1e-9)} * {xi}) THEN {cut} ELSE {xi} END)"
            whens.append(f"WHEN {v} {'<' if row[f'below_{i}'] else '<='} {cut} THEN {i}")
        return f"CASE {' '.join(whens)} ELSE {row['last_band']} END"

    def stages(self) -> list[str]:
        """vitd_fk0 .. vitd_fk, on each result of a panel (vitd_fp): for a panel with calcium and albumin (no measured
        corrected calcium, no censored value) k_bi (the band; NULL for other panels), k_neg (a negative value), k_si and k_conv (round(x, 3) in the SI and conventional units) and
        their texts as :g prints them."""
        ref, ca_units, alb_units = self.ref, self.ref.analytes["calcium"].units, self.ref.analytes["albumin"].units
        forms = {u: self._form(u) for u in ca_units}
        si = ref.correction.si

        def by_unit(col: str, cases: Mapping[str, str]) -> str:
            return "CASE " + " ".join(f"WHEN {col} = {q(u)} THEN {e}" for u, e in cases.items()) + " END"

        def alb(pick) -> str:  # type: ignore[no-untyped-def]
            return f"CASE WHEN k_form = 1 THEN {by_unit('unit_albumin', {u: pick(u, si) for u in alb_units})} " \
                   f"ELSE {by_unit('unit_albumin', {u: pick(u, ref.correction.conventional) for u in alb_units})} END"

        ca_raw = by_unit("unit_calcium", {u: convert_sql(ref, "calcium", "x_calcium", u, f.calcium_unit) for u, f in forms.items()})
        ca_same = by_unit("unit_calcium", {u: str(int(u == f.calcium_unit)) for u, f in forms.items()})
        alb_raw = alb(lambda u, f: convert_sql(ref, "albumin", "x_albumin", u, f.albumin_unit))
        alb_same = alb(lambda u, f: str(int(u == f.albumin_unit)))
        form = by_unit("unit_calcium", {u: str(int(f is si)) for u, f in forms.items()})
        ok = "h_calcium = 1 AND h_albumin = 1 AND h_corrected_calcium = 0 AND cmp_calcium = '' AND cmp_albumin = ''"
        st = [f"""vitd_fk0 AS (
    SELECT vitd_fp.*, {form} AS k_form, CASE WHEN {ok} THEN 1 ELSE 0 END AS k_ok
    FROM vitd_fp
)""", f"""vitd_fk1 AS (
    SELECT vitd_fk0.*, {ca_raw} AS ca_raw, {ca_same} AS ca_same, {alb_raw} AS alb_raw, {alb_same} AS alb_same
    FROM vitd_fk0
)""", f"vitd_fk2 AS (\n    SELECT vitd_fk1.*, {_scales('ca_raw', 'ca')}, {_scales('alb_raw', 'alb')}\n    FROM vitd_fk1\n)",
              f"vitd_fk3 AS (\n    SELECT vitd_fk2.*, {_cleaned('ca_raw', 'ca_same', 'ca')} AS ca_v, {_cleaned('alb_raw', 'alb_same', 'alb')} AS alb_v\n"
              "    FROM vitd_fk2\n)"]
        conv = ref.correction.conventional
        raw = (f"CASE WHEN k_form = 1 THEN ca_v + {num(si.slope)} * ({num(si.reference_albumin)} - alb_v) "
               f"ELSE ca_v + {num(conv.slope)} * ({num(conv.reference_albumin)} - alb_v) END")
        st.append(f"vitd_fk4 AS (\n    SELECT vitd_fk3.*, {raw} AS cc_raw\n    FROM vitd_fk3\n)")
        st.append(f"vitd_fk5 AS (\n    SELECT vitd_fk4.*, {_round('cc_raw', 6)} AS k_val, CASE WHEN cc_raw < 0 THEN 1 ELSE 0 END AS k_neg\n    FROM vitd_fk4\n)")

        def per_form(make) -> str:  # type: ignore[no-untyped-def]
            return f"CASE WHEN k_form = 1 THEN {make(si.calcium_unit)} ELSE {make(conv.calcium_unit)} END"

        outs = [(name, unit) for name, unit in (("si", self.si_unit), ("conv", self.conventional_unit))]
        cols = [f"CASE WHEN k_ok = 1 THEN {per_form(lambda u: self._band('k_val', u))} END AS k_bi"]
        for name, unit in outs:
            cols += [f"{per_form(lambda u, unit=unit: convert_sql(ref, 'corrected_calcium', 'k_val', u, unit))} AS {name}_raw",
                     f"{per_form(lambda u, unit=unit: str(int(u == unit)))} AS {name}_same"]
        st.append(f"vitd_fk6 AS (\n    SELECT vitd_fk5.*, {', '.join(cols)}\n    FROM vitd_fk5\n)")
        st.append(f"vitd_fk7 AS (\n    SELECT vitd_fk6.*, {', '.join(_scales(f'{n}_raw', n) for n, _ in outs)}\n    FROM vitd_fk6\n)")
        cleaned = ", ".join(_cleaned(n + "_raw", n + "_same", n) + f" AS {n}_c" for n, _ in outs)
        st.append(f"vitd_fk8 AS (\n    SELECT vitd_fk7.*, {cleaned}\n    FROM vitd_fk7\n)")
        cols = [f"(CASE WHEN {n}_c < 0 THEN -1.0e0 ELSE 1.0e0 END) * {_round(f'abs({n}_c)', 3)} AS k_{n}" for n, _ in outs]
        cols += [f"{_milli(f'{n}_c')} AS {n}_m" for n, _ in outs]
        st.append(f"vitd_fk9 AS (\n    SELECT vitd_fk8.*, {', '.join(cols)}\n    FROM vitd_fk8\n)")
        cols = [f"floor({n}_m / 1000.0e0) AS {n}_w, CASE WHEN {n}_m - floor({n}_m / 1000.0e0) * 1000.0e0 < 10 THEN '00' "
                f"WHEN {n}_m - floor({n}_m / 1000.0e0) * 1000.0e0 < 100 THEN '0' ELSE '' END "
                f"|| CAST(CAST({n}_m - floor({n}_m / 1000.0e0) * 1000.0e0 AS BIGINT) AS VARCHAR) AS {n}_f3" for n, _ in outs]
        st.append(f"vitd_fk10 AS (\n    SELECT vitd_fk9.*, {', '.join(cols)}\n    FROM vitd_fk9\n)")
        texts = [f"CASE WHEN k_neg = 1 THEN '-' ELSE '' END || CAST(CAST({n}_w AS BIGINT) AS VARCHAR) || CASE WHEN {n}_f3 = '000' THEN '' "
                 f"WHEN substr({n}_f3, 2, 2) = '00' THEN '.' || substr({n}_f3, 1, 1) WHEN substr({n}_f3, 3, 1) = '0' "
                 f"THEN '.' || substr({n}_f3, 1, 2) ELSE '.' || {n}_f3 END AS k_{n}_text" for n, _ in outs]
        st.append(f"vitd_fk AS (\n    SELECT vitd_fk10.*, {', '.join(texts)}\n    FROM vitd_fk10\n)")
        return st

    # ------------------------------------------------------------ a finding's level, per result

    def level_stages(self, level: Level, analyte: str) -> list[str]:
        """vitd_f1 .. vitd_f3 after vitd_f0: f_lvl, 1 when the result of `analyte` is past the level (explain.meets,
        explain._past: compared in the unit it came in when the level was published in it, else in the SI unit, else
        the conventional unit, each as its Result holds it: round(x, 3))."""
        a = self.ref.analytes[analyte]
        conv_raw = "CASE " + " ".join(f"WHEN f_unit = {q(u)} THEN {convert_sql(self.ref, analyte, 'f_x', u, a.conventional_unit)}"
                                      for u in a.units) + " END"
        st = [f"""vitd_f1 AS (
    SELECT vitd_f0.*, CASE WHEN f_an = {q(analyte)} THEN {conv_raw} END AS l_raw,
        CASE WHEN f_unit = {q(a.conventional_unit)} THEN 1 ELSE 0 END AS l_same
    FROM vitd_f0
)""", f"vitd_f2 AS (\n    SELECT vitd_f1.*, {_scales('l_raw', 'l')}\n    FROM vitd_f1\n)",
              f"vitd_f2c AS (\n    SELECT vitd_f2.*, {_cleaned('l_raw', 'l_same', 'l')} AS l_conv\n    FROM vitd_f2\n)"]
        tests = []
        for limits, below in ((level.below, True), (level.above, False)):
            limit = limits.get(analyte)
            if not limit:
                continue
            whens = []
            for u in a.units:
                if u in limit and u in (a.si_unit, a.conventional_unit):
                    cu = u
                else:
                    cu = next((x for x in (a.si_unit, a.conventional_unit) if x in limit), None)  # type: ignore[assignment]
                    if cu is None:
                        raise ValueError(f"a level of {analyte} published in neither {a.si_unit} nor {a.conventional_unit}")
                x = _round("f_si", 3) if cu == a.si_unit else _round("l_conv", 3)
                cut = num(limit[cu])
                test = f"{x} < {cut} OR (f_cmp IN ('<', '<=') AND {x} <= {cut})" if below else f"{x} >= {cut}"
                whens.append(f"WHEN f_unit = {q(u)} THEN CASE WHEN {test} THEN 1 ELSE 0 END")
            tests.append(f"CASE {' '.join(whens)} ELSE 0 END = 1")
        past = " OR ".join(tests) or "1 = 0"
        st.append(f"vitd_f3 AS (\n    SELECT vitd_f2c.*, CASE WHEN f_an = {q(analyte)} AND ({past}) THEN 1 ELSE 0 END AS f_lvl\n    FROM vitd_f2c\n)")
        return st

    # ------------------------------------------------------------ the notes on the total calcium's row

    def panel_note(self) -> str:
        """The calcium row's panel notes, as table_out writes them after the row's own: the corrected calcium, then the
        note on total calcium (sentences.toml [notes]); NULL for other rows and panels without them."""
        notes = self.ref.sentences.notes
        cc = _sentence(notes["corrected_calcium"]["text"], {"conventional": "k_conv_text", "si": "k_si_text", "label": "m_lb_corrected_calcium"},
                       {"conventional_unit": self.conventional_unit, "si_unit": self.si_unit})
        ion, est = CALCIUM_MEASURES[0], CALCIUM_MEASURES[1]
        total = notes["total_calcium"]
        whens = []
        for better in (ion, est):
            for flag in ("low", "high"):
                cause = total["low_albumin"] if better == "corrected_calcium" and flag == "low" else ""
                text = _sentence(total["text"], {"label": "lb_calcium"}, {"better": total[better], "cause": cause})
                pick = f"h_{ion} = 1" if better == ion else f"h_{ion} = 0"
                whens.append(f"WHEN {pick} AND m_fl_{better} = 'normal' AND fl_calcium = {q(flag)} THEN {text}")
        total_note = f"CASE {' '.join(whens)} END"
        on_ca = "f_an = 'calcium'"
        cc_part = f"CASE WHEN {on_ca} AND k_bi IS NOT NULL THEN {cc} END"
        tc_part = f"CASE WHEN {on_ca} THEN {total_note} END"
        return f"COALESCE({cc_part} || '; ' || {tc_part}, {cc_part}, {tc_part})"
