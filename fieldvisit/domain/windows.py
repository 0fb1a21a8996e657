"""Appointment windows: one-off intervals and weekly recurring availability.

All times are in the debtor's own IANA zone; a window knows its zone so a day can be expanded
correctly across DST changes and when the collector sits in another zone.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import WEEKLY, rrule

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class Place(enum.StrEnum):
    ANY = ""
    HOME = "home"
    WORK = "work"


@dataclass(frozen=True, slots=True)
class Window:
    """A time the debtor agreed to, or is known to be, available.

    ``start``/``end`` are set for a one-off window (timezone-aware); ``weekdays`` with
    ``start_time``/``end_time`` for a weekly one (0 = Monday).
    """

    tz: str
    start: datetime | None = None
    end: datetime | None = None
    weekdays: tuple[int, ...] = ()
    start_time: time | None = None
    end_time: time | None = None
    place: Place = Place.ANY
    text: str = ""
    inconvenient: bool = False  # a time (or place) the customer said not to come

    @property
    def recurring(self) -> bool:
        return self.start is None

    @staticmethod
    def once(start: datetime, end: datetime, *, place: Place = Place.ANY, text: str = "") -> Window:
        if start.tzinfo is None or end.tzinfo is None:
            raise ValueError("window times must be timezone-aware")
        if end <= start:
            raise ValueError("a window must end after it starts")
        tz = getattr(start.tzinfo, "key", None) or "UTC"
        return Window(tz=tz, start=start, end=end, place=place, text=text)

    @staticmethod
    def weekly(weekdays: tuple[int, ...], start_time: time, end_time: time, tz: str, *,
               place: Place = Place.ANY, text: str = "") -> Window:
        if not weekdays or any(d not in range(7) for d in weekdays):
            raise ValueError("weekdays must be 0..6")
        if end_time <= start_time and end_time != time(0):
            raise ValueError("a window must end after it starts")
        return Window(tz=tz, weekdays=tuple(sorted(set(weekdays))), start_time=start_time,
                      end_time=end_time, place=place, text=text)

    def on(self, day: date) -> list[tuple[datetime, datetime]]:
        """The intervals of this window that start on ``day`` (in the debtor's zone)."""
        zone = ZoneInfo(self.tz)
        if not self.recurring:
            assert self.start is not None and self.end is not None
            return [(self.start, self.end)] if self.start.astimezone(zone).date() == day else []
        assert self.start_time is not None and self.end_time is not None
        start_of_day = datetime.combine(day, time(0))
        hits = rrule(WEEKLY, byweekday=self.weekdays, dtstart=start_of_day, until=start_of_day)
        out = []
        for occurrence in hits:
            start = datetime.combine(occurrence.date(), self.start_time, zone)
            end_day = occurrence.date() + (timedelta(days=1) if self.end_time == time(0) else timedelta())
            out.append((start, datetime.combine(end_day, self.end_time, zone)))
        return out

    def describe(self) -> str:
        """Short human text: ``Tue 24 Nov 14:00–16:00`` or ``Mon–Fri 18:00–20:00``."""
        if not self.recurring:
            assert self.start is not None and self.end is not None
            s = self.start.astimezone(ZoneInfo(self.tz))
            e = self.end.astimezone(ZoneInfo(self.tz))
            return f"{s:%a %d %b %H:%M}–{e:%H:%M}"
        days = self.weekdays
        if days == (0, 1, 2, 3, 4):
            label = "Mon–Fri"
        elif days == tuple(range(7)):
            label = "daily"
        else:
            label = ",".join(WEEKDAY_NAMES[d] for d in days)
        return f"{label} {self.start_time:%H:%M}–{self.end_time:%H:%M}"
