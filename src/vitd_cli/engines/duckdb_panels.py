"""The panel pass of the DuckDB engine: the interpreted rows, fetched in input order, grouped into panels by the
streaming engine's rules (or replayed through batch.Streamer itself), and the side file a line per input row of what
vitd appends to it."""

from __future__ import annotations

from ..batch import streamer as batch_streamer
from ..batch.panels import CORRECTED, NO_VERDICT, OWN, group_by_time
from ..batch.streamer import Streamer
from ..outcomes import INTERPRETED, VALUE_CACHE_LIMIT, Item, Outcome
from ..render.table_out import cell, neutralise, note
from .duckdb_input import EngineUnsupported
from .duckdb_keys import PANEL_BATCH, _Verdicts
from .sql_columns import OUTPUT_COLUMNS


class _Side:
    """A line of the side file: for the raw-line path (delim given), '1' and chr(1) then the text appended to the
    input line; for the cell path (delim None), '1' then the eleven vitd cells, separated by chr(1). '0' stands for the
    cells of a plain row of another test (`other`)."""

    def __init__(self, verdicts: _Verdicts, delim: str | None) -> None:
        self.delim = delim
        values = verdicts.values
        sep = delim if delim is not None else "\x01"
        self.other = sep + sep.join(["other_test"] + [""] * (len(OUTPUT_COLUMNS) - 1))
        self.prefix = {code: sep.join(self._cell(x) for x in values[code][:8]) for code in verdicts.items}
        lead = delim or ""
        self.special = {code: "1\x01" + lead + sep.join(self._cell(x) for x in values[code]) + "\n"
                        for code in range(len(verdicts.items), verdicts.special)}

    def _cell(self, text: str) -> str:
        return _check(cell(self.delim, text) if self.delim is not None else neutralise(text))

    def around(self, code: int, findings: str, text: str) -> tuple[str, str]:
        """An interpreted row's line, before and after its panel number."""
        sep = self.delim if self.delim is not None else "\x01"
        lead = sep if self.delim is not None else ""
        return f"1\x01{lead}{self.prefix[code]}{sep}{findings}{sep}", f"{sep}{self._cell(text)}\n"


def _check(text: str) -> str:
    if "\x01" in text or "\n" in text or "\r" in text:
        raise EngineUnsupported("a note or cell vitd writes holds a line break (the streaming engine writes it quoted)")
    return text


def _panels(cur, engine, verdicts: _Verdicts, fmt: _Side, side: str, records: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The panels of the interpreted rows, as the streaming engine forms them, from the rows (row number, key, subject,
    date) that are not plain rows of other tests, fetched in input order. Writes `side`, a line per input row (_Side).
    Returns the Streamer's notes.

    A run of one subject's interpreted rows (consecutive, the rows of other tests aside) whose results are all dated,
    with no part the Streamer holds reaching BUFFER_LIMIT rows, is grouped here the way batch.Streamer groups such a
    run (batch.panel_rule.group_by_time, part by part), with the panel's findings from batch.Engine (verdict_of,
    light_verdict: remembered per panel shape, as the streaming engine does) and each row's line remembered per key
    and verdict (close); any other run is replayed through batch.Streamer itself. The equivalence tests hold both to
    the streaming engine's output."""

    templates = verdicts.items
    interpreted = len(templates)
    special = fmt.special

    def item(code: int) -> Item:
        analyte, m, band, compared_in, si, vkey, lab_flag, lab_range, notes = templates[code]
        return Item(analyte, m, band, compared_in, si, None, lab_flag, lab_range, list(notes) if notes else None,
                    None, None, None, None, None, vkey)

    alone = Outcome(0, INTERPRETED, "", None)
    analyte_of = {code: t[0] for code, t in templates.items()}
    shared = {code: item(code) for code in templates}  # read only (_cross reads their bands)
    own = {code: fmt.around(code, it.band.finding or "", note(it, alone)) for code, it in shared.items()}
    parts: list[str] = []
    written = 0
    done: list[tuple[int, str]] = []  # the lines of the run being finished

    def emit(o: Outcome) -> None:  # a row the Streamer hands on
        it = o.items[0]  # type: ignore[index]
        before, after = fmt.around(it_code[o.row], " ".join(it.findings) if it.findings else "", note(it, o))
        done.append((o.row, before + str(it.panel or "") + after))

    it_code: dict[int, int] = {}
    streamer = Streamer(engine, emit)
    window, limit = engine.window, batch_streamer.BUFFER_LIMIT

    lines: dict[tuple, tuple] = {}  # (key code, its verdict entry's id, corrected note) -> (entry, line before, after)

    def close(panel: list[tuple[int, int]]) -> None:
        """A panel's lines: its verdict from batch.Engine (verdict_of, light_verdict: remembered per panel shape, as
        the streaming engine does), each row's line remembered per key code and the verdict's entry for its analyte
        (the entry kept alive beside the line, so that its id is not another's while remembered)."""
        pid = str(min(rn for rn, _ in panel))  # vitd_panel: the input row number of the panel's first row
        verdict = engine.verdict_of([shared[k] for _, k in panel])
        if verdict is OWN:
            for rn, k in panel:
                before, after = own[k]
                done.append((rn, before + pid + after))
            return
        corrected = corrected_note = None
        if verdict is CORRECTED:
            verdict, corrected, corrected_note = engine.light_verdict({analyte_of[k]: shared[k] for _, k in panel})
        for rn, k in panel:
            a = analyte_of[k]
            entry = verdict.get(a, NO_VERDICT)  # type: ignore[attr-defined]
            cnote = corrected_note if a == "calcium" and corrected is not None else None
            key = (k, id(entry), cnote)
            hit = lines.get(key)
            if hit is None:
                it = item(k)
                it.findings, it.panel_notes = entry
                if cnote is not None:
                    it.corrected, it.corrected_note = corrected, cnote
                if len(lines) >= VALUE_CACHE_LIMIT:
                    lines.clear()
                hit = lines[key] = (entry, *fmt.around(k, " ".join(it.findings) if it.findings else "", note(it, alone)))
            done.append((rn, hit[1] + pid + hit[2]))

    def lean(run: list[tuple]) -> bool:
        """The run grouped here; False (nothing done) when it needs the Streamer (an undated result, or a part reaching
        BUFFER_LIMIT rows). The run is cut into parts where a result comes the window or more after every earlier one
        (where the Streamer hands its panels on); each part is grouped by batch.panel_rule.group_by_time, or is one panel
        when it holds each analyte once within the window of its earliest."""
        parts: list[tuple[list[tuple], bool]] = []
        part: list[tuple] = []
        start = top = None
        first = 0
        simple, opened = True, set()  # type: ignore[var-annotated]
        for row in run:
            rn, k, _date, w, _gap = row
            if w is None or (part and rn - first + 1 >= limit):
                return False
            a = analyte_of[k]
            if top is None or (w > top and w - top >= window):
                if part:
                    parts.append((part, simple))
                part, start, top, first, simple, opened = [], w, w, rn, True, set()
            else:
                start, top = min(start, w), max(top, w)
                if simple and (a in opened or (top != start and top - start >= window)):
                    simple = False
            part.append(row)
            opened.add(a)
        parts.append((part, simple))
        for part, simple in parts:
            if simple:
                close([(rn, k) for rn, k, *_ in part])
                continue
            for group in group_by_time([r[3] for r in part], [analyte_of[r[1]] for r in part], window):
                close([(part[i][0], part[i][1]) for i in group])
        return True

    def finish(subject: str, run: list[tuple], specials: list[tuple[int, str]]) -> None:
        nonlocal written
        if lean(run):
            if not streamer.seen.add(subject):  # as Streamer.push notes a subject seen before
                streamer.regrouped += 1
        else:
            streamer.subject = None  # the run starts afresh, as after a change of subject
            for rn, k, date, w, gap in run:
                if gap:
                    streamer.push_gap(gap)
                it_code[rn] = k
                streamer.push(Outcome(rn, INTERPRETED, "", None, None, None, [item(k)], subject, date or None, w))
            streamer.flush()
            it_code.clear()
        done.extend(specials)
        done.sort()  # panels come part by part, oldest first: the side file goes in input order
        for rn, line in done:
            if rn - written > 1:
                parts.append("0\n" * (rn - written - 1))
            parts.append(line)
            written = rn
        done.clear()

    out = open(side, "w", encoding="utf-8", newline="")  # noqa: SIM115
    try:
        when = engine.when
        run: list[tuple] = []
        specials: list[tuple[int, str]] = []
        subject: str | None = None
        last = seen = 0
        last_date, last_when = "", None
        while True:
            rows = cur.fetchmany(PANEL_BATCH)
            if not rows:
                break
            for rn, k, subj, date in rows:
                if rn <= seen:
                    raise EngineUnsupported("DuckDB returned the rows out of order")  # (never seen; nothing is written yet)
                seen = rn
                if k >= interpreted:  # a skipped row, or another test with a reason: its cells are its key's
                    if run:
                        specials.append((rn, special[k]))
                    else:
                        if rn - written > 1:
                            parts.append("0\n" * (rn - written - 1))
                        parts.append(special[k])
                        written = rn
                    continue
                subj = subj.strip() if subj else ""
                if subj != subject:
                    if run:
                        finish(subject, run, specials)  # type: ignore[arg-type]
                        run, specials = [], []
                    subject = subj
                date = date.strip() if date else ""
                if date != last_date:  # a panel's rows mostly share their date cell: read once
                    last_date, last_when = date, when(date) if date else None
                run.append((rn, k, date, last_when, rn - last - 1))
                last = rn
            if len(parts) > 4096:
                out.write("".join(parts))
                parts.clear()
        if run:
            finish(subject, run, specials)  # type: ignore[arg-type]
        if records > written:
            parts.append("0\n" * (records - written))
        out.write("".join(parts))
    finally:
        out.close()
    return streamer.notes()
