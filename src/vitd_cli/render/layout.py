"""Tables that fit a width without breaking a word, for the Rich reports (issue 17, item 5).

Rich, left to itself, folds a cell inside a word when the columns do not fit ('endocrine-socie' / 'ty-2011',
'Converte' / 'd') and sizes a table to its content while panels span the console. Here the column widths are
worked out before Rich sees the table:

- each column needs at least its longest word (a wrapping column), its longest phrase (a column whose lines may
  break only before a parenthesis: an analyte's name) or its longest line (a column of short tokens: a value with
  its unit, a range, a sparkline), and wants its longest line;
- if the minimums fit, every column gets its minimum, the spare width goes to the columns in priority order up to
  what each wants, and what is left to the last column, so the table (and its header rule) spans the content width
  exactly as the panels do;
- if the minimums do not fit, the rows are stacked: each row's first cell as a title, then 'Header  value' lines,
  which wrap between words down to very narrow terminals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, NamedTuple

from rich import box
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

MAX_WIDTH = 100  # prose wider than this is hard to read: every part of a report is at most this wide
GAP = 2  # between two columns: a column's right padding and the (blank) divider of box.SIMPLE_HEAD

Cell = Text | str
_PAREN = re.compile(r" (?=\()")


class Col(NamedTuple):  # a NamedTuple, not a dataclass: cheaper to define at start-up
    header: str
    justify: Literal["left", "right"] = "left"
    wrap: bool = True  # False: a cell's lines are never broken (short tokens: '44.9 nmol/L', '2024-01-10', '▁▅█')
    inline: bool = False  # stacked, the cell goes on the title line ('Vitamin D: n 5, low 3'), not a line of its own
    keep: bool = False  # a line breaks only before a parenthesis ('Corrected calcium' / '(est.)'), else stack the rows
    priority: int = 9  # spare width goes to lower numbers first, each column up to its longest line


def content_width(width: int) -> int:
    """The width every part of a report is laid out to: the terminal's, at most MAX_WIDTH."""
    return max(1, min(width, MAX_WIDTH))


def _plain(cell: Cell) -> str:
    return cell.plain if isinstance(cell, Text) else cell


def _longest_word(texts: Sequence[str]) -> int:
    return max((cell_len(w) for t in texts for w in t.split()), default=1)


def _longest_phrase(texts: Sequence[str]) -> int:
    return max((cell_len(p) for t in texts for line in t.split("\n") for p in _PAREN.split(line)), default=1)


def _longest_line(texts: Sequence[str]) -> int:
    return max((cell_len(line) for t in texts for line in t.split("\n")), default=1)


def _lines(text: str, width: int) -> int:
    """How many lines `text` takes wrapped greedily between words at `width` (as Rich wraps a cell)."""
    count = 0
    for line in text.split("\n"):
        count += 1
        used = -1
        for word in line.split():
            n = cell_len(word)
            if used >= 0 and used + 1 + n > width:
                count += 1
                used = n
            else:
                used += 1 + n
    return count


def column_widths(cols: Sequence[Col], rows: Sequence[Sequence[Cell]], width: int) -> list[int] | None:
    """Each column's width (without the gaps) so that the table is exactly `width` wide and breaks no word; None when
    no such widths exist (the table would have to break words: stack the rows instead).

    From the minimums, the spare width goes step by step where it saves the most lines per column of width (ties:
    the lower priority number), then to the columns by priority up to their longest line, then to the last column.
    Headers wrap between words."""
    n = len(cols)
    texts = [[col.header, *(_plain(row[i]) for row in rows)] for i, col in enumerate(cols)]  # the header as row 0
    mins, wants = [], []
    for col, (header, *cells) in zip(cols, texts):
        need = _longest_line if not col.wrap else _longest_phrase if col.keep else _longest_word
        mins.append(max(_longest_word([header]), need(cells)))
        wants.append(max(mins[-1], _longest_line([header, *cells])))
    spare = width - GAP * (n - 1) - sum(mins)
    if spare < 0:
        return None
    widths = list(mins)
    at: list[dict[int, list[int]]] = [{} for _ in cols]  # each column's lines per cell at a width, worked out once

    def lines_at(i: int, w: int) -> list[int]:
        if w not in at[i]:
            at[i][w] = [_lines(t, w) for t in texts[i]]
        return at[i][w]

    heights = [lines_at(i, w) for i, w in enumerate(widths)]

    def lines(hs: list[list[int]]) -> int:
        """Lines the table takes (counted 4 times) and lines its cells take: a column widened that shortens no row yet
        (the row's other cells are as tall) still counts, so two columns can grow together."""
        return 4 * sum(max(h[r] for h in hs) for r in range(len(rows) + 1)) + sum(map(sum, hs))

    while spare > 0:
        now, best = lines(heights), None
        for i in range(n):
            for w in range(widths[i] + 1, min(wants[i], widths[i] + spare) + 1):
                h = lines_at(i, w)
                if h == heights[i]:
                    continue
                saved = now - lines([*heights[:i], h, *heights[i + 1:]])
                key = (saved / (w - widths[i]), -cols[i].priority, -i)
                if saved > 0 and (best is None or key > best[0]):
                    best = (key, i, w, h)
        if best is None:
            break
        _, i, w, heights[i] = best
        spare -= w - widths[i]
        widths[i] = w
    for i in sorted(range(n), key=lambda i: (cols[i].priority, i)):  # lines no shorter, but whole where they can be
        add = min(spare, wants[i] - widths[i])
        widths[i] += add
        spare -= add
    widths[-1] += spare  # the table spans the content width: its header rule is as wide as the panels
    return widths


def fitted_table(cols: Sequence[Col], rows: Sequence[Sequence[Cell]], width: int) -> RenderableType:
    """A table `width` wide that wraps only between words, or, when it cannot fit, the rows stacked."""
    widths = column_widths(cols, rows, width)
    if widths is None:
        return stacked(cols, rows, width)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False, padding=(0, 1, 0, 0))
    for col, w in zip(cols, widths):
        table.add_column(col.header, justify=col.justify, width=w, no_wrap=not col.wrap, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def stacked(cols: Sequence[Col], rows: Sequence[Sequence[Cell]], width: int = 80) -> RenderableType:
    """The narrow form of a table: per row, the first cell as a title (with the inline columns: 'Vitamin D: n 5,
    low 3'), then one 'Header  value' line per other non-empty cell, values wrapping under themselves; where even
    that leaves a value's longest word no room, each header on a line of its own with its value indented below."""
    shown = [i for i, col in enumerate(cols) if i and not col.inline]
    key = max((cell_len(cols[i].header) for i in shown), default=0)
    longest = max((_longest_word([_plain(row[i])]) for row in rows for i in shown), default=0)
    beside = 2 + key + 2 + longest <= width
    parts: list[RenderableType] = []
    for row in rows:
        title = Text(" ").join((row[0] if isinstance(row[0], Text) else Text(row[0])).split("\n"))
        title.stylize("bold")
        inline = [f"{col.header.lower() if col.header[1:].islower() else col.header} {_plain(cell)}"
                  for col, cell in zip(cols[1:], row[1:]) if col.inline and _plain(cell).strip()]
        if inline:
            title.append(": " + ", ".join(inline))
        parts.append(title)
        grid = Table.grid(padding=(0, 2, 0, 0))
        grid.add_column(overflow="fold")
        if beside:
            grid.add_column(overflow="fold")
        for i in shown:
            if _plain(row[i]).strip():
                if beside:
                    grid.add_row(cols[i].header, row[i])
                else:
                    grid.add_row(cols[i].header)
                    grid.add_row(Padding(row[i], (0, 0, 0, 2)))
        parts.append(Padding(grid, (0, 0, 0, 2)))
    return Group(*parts)
