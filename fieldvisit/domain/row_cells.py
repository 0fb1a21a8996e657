"""Readings of the cells a case file's rows repeat (``30`` days past due, ``ES``, ``weekdays
18:00-20:00``), made once per distinct cell and shared by :mod:`fieldvisit.domain.case_rows`: each
cache is keyed on everything its answer depends on, and its answers are immutable (errors are not
cached: they are raised again)."""

from __future__ import annotations

from datetime import date, time
from functools import lru_cache

from fieldvisit.domain.cases import due_date_from_days
from fieldvisit.domain.cells import MAX_DAYS_PAST_DUE, days_count
from fieldvisit.domain.countries import country_code
from fieldvisit.domain.date_order import past_appointment
from fieldvisit.domain.lawful_windows import within_lawful
from fieldvisit.domain.limits import CELL_CHARS, DEFAULT_FIELD_CHARS
from fieldvisit.domain.rules import VisitingDays
from fieldvisit.domain.window_parser import DEFAULT_LAWFUL, parse_windows

#: :func:`country_code` of a country cell (``ES``, ``Spain``): an ISO code, or CountryError
country_of_cell = lru_cache(maxsize=1024)(country_code)


@lru_cache(maxsize=4096)  # files repeat "30", "120" (errors are not cached)
def days_and_due(cell: str, as_of: date) -> tuple[int, date]:
    """A days-past-due cell's days and the due date they give on ``as_of``; ValueError saying
    what is wrong with it."""
    days = days_count(cell)
    if days < 0:
        raise ValueError("days past due cannot be negative")
    if days > MAX_DAYS_PAST_DUE:
        raise ValueError(f"{days} days past due is more than 100 years; check the column")
    return days, due_date_from_days(days, as_of)


@lru_cache(maxsize=8192)
def windows_of(text: str, tz: str, dayfirst: bool, today: date, lawful: tuple[time, time] = DEFAULT_LAWFUL,
               days: VisitingDays | None = None) -> tuple[tuple, tuple[str, ...], tuple[str, ...], date | None]:
    """parse_windows once per distinct text, zone, lawful hours and visiting days (files repeat
    "weekdays 18:00-20:00"); windows are immutable, so sharing them is safe. Returns the windows,
    the review messages, the notes of windows clipped to the lawful hours or days and the day of a
    window long past on ``today`` (:func:`past_appointment`), else None."""
    parsed = parse_windows(text, tz, dayfirst=dayfirst, today=today, lawful=lawful)
    clipped: list[str] = []
    windows, outside = within_lawful(parsed.windows, lawful, clipped, days=days)  # kept lawful, or review
    windows = tuple(windows)
    return windows, tuple(parsed.errors) + tuple(outside), tuple(clipped), past_appointment(windows, today)


_CELL_LIMITS: dict[tuple[str, ...], tuple[int, ...]] = {}


def cell_limits(columns: tuple[str, ...]) -> tuple[int, ...]:
    """Each column's character limit, looked up once per column set (every row of a file)."""
    found = _CELL_LIMITS.get(columns)
    if found is None:
        found = _CELL_LIMITS[columns] = tuple(CELL_CHARS.get(k, DEFAULT_FIELD_CHARS) for k in columns)
    return found
