"""A row's collection date read (a mixin of rows.Engine): in the column's order (readers/dates.py decides it once per
column), remembered per distinct text; a date that fits only the other order is counted in one stderr note, and an
order assumed past the rows that decided it is said once."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..outcomes import DATE_CACHE_LIMIT
from ..readers.dates import DateOrder
from ..readers.values import GUESS, day_month, parse_when


class DateReading:
    """Engine's reading of the date column (its state is set in Engine.__init__)."""

    date_order: DateOrder | None
    warnings: list[str]
    _order: str
    _dates: dict[str, datetime | None]
    _last_date: tuple[str, datetime | None]
    _said: set[str]
    _unread_dates: dict[str, str]
    _late_dates: int
    _late_at: int

    if TYPE_CHECKING:
        def say_once(self, key: str, text: str) -> None: ...

    def set_date_order(self, order: DateOrder | None) -> None:
        """Read the date column in this order (readers/dates.py decide); its notes go first among the warnings."""
        self.date_order = order
        self._order = order.order if order is not None else GUESS
        self._dates.clear()
        self._last_date = ("", None)
        if order is not None:
            self.warnings.extend(order.notes)

    def when(self, text: str) -> datetime | None:
        last = self._last_date
        if last[0] == text:
            d = last[1]
        else:
            try:
                d = self._dates[text]
            except KeyError:
                if len(self._dates) >= DATE_CACHE_LIMIT:
                    self._dates.clear()
                d = self._dates[text] = parse_when(text, self._order)
                order = self.date_order
                if d is not None and order is not None and order.source == "none" and "date order" not in self._said \
                        and not text.lstrip()[:4].isdigit() and day_month(text) is not None:  # (ISO and HL7 dates start with the year)
                    self.say_once("date order", order.assumed_later())  # past the rows that decide: said, not silent
            self._last_date = (text, d)
        if d is None and self.date_order is not None:
            self._date_not_read(text)
        return d

    def _date_not_read(self, text: str) -> None:
        """A date cell not read: when that is because it fits only the other order than its column's, it is counted
        (per row) in one stderr note."""
        order = self.date_order
        assert order is not None
        fits = self._unread_dates.get(text)
        if fits is None:
            if len(self._unread_dates) >= DATE_CACHE_LIMIT:
                self._unread_dates.clear()
            fits = self._unread_dates[text] = order.contradicts(text) or ""
        if not fits:
            return
        self._late_dates += 1
        if self._late_at < 0:
            self._late_at = len(self.warnings)
            self.warnings.append("")
        self.warnings[self._late_at] = order.later(self._late_dates, fits)
