"""The working days a week plan covers: weekdays that are not public holidays, plus the weekend
days the country made official working days (China's 调休 make-up Saturdays and Sundays)."""

from __future__ import annotations

from datetime import date, timedelta

WORKING_WEEKDAYS = (0, 1, 2, 3, 4)  # Monday to Friday


def working_days(start: date, count: int, holidays: frozenset[date] | set[date] = frozenset(),
                 weekdays: tuple[int, ...] = WORKING_WEEKDAYS,
                 workdays: frozenset[date] | set[date] = frozenset()) -> list[date]:
    """The first ``count`` working days from ``start`` (included), skipping weekends (days not in
    ``weekdays``, 0 = Monday, unless listed in ``workdays``) and ``holidays``. Raises ValueError for
    a count outside 1..60."""
    if not 1 <= count <= 60:
        raise ValueError("count must be between 1 and 60 working days")
    out: list[date] = []
    day = start
    while len(out) < count:
        if (day.weekday() in weekdays or day in workdays) and day not in holidays:
            out.append(day)
        day += timedelta(days=1)
    return out


def skipped_holidays(start: date, last: date, holidays: frozenset[date] | set[date],
                     weekdays: tuple[int, ...] = WORKING_WEEKDAYS) -> list[date]:
    """Holidays on working weekdays between ``start`` and ``last`` (both included)."""
    return sorted(d for d in holidays if start <= d <= last and d.weekday() in weekdays)
