"""One-off appointment days (a step of :mod:`fieldvisit.domain.window_parser`): ISO 8601 intervals,
relative days (today, mañana, 明天) and written dates whose weekday, when named, must agree."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from fieldvisit.domain.dates import DateError, parse_date
from fieldvisit.domain.text import msg
from fieldvisit.domain.window_days import spanish_m_unclear, without_day_names
from fieldvisit.domain.window_phrases import looks_like_a_day
from fieldvisit.domain.windows import Window

_RELATIVE = {"today": 0, "hoy": 0, "今天": 0, "今日": 0, "tomorrow": 1, "mañana": 1, "manana": 1,
             "明天": 1, "明日": 1, "后天": 2, "pasado mañana": 2, "pasado manana": 2}


class WindowParseError(ValueError):
    """One window text that cannot be read."""


def parse_iso_interval(s: str, zone: ZoneInfo, raw: str) -> Window:
    """``2026-11-24T14:00/2026-11-24T16:00`` (or ``/PT2H``, ``/16:00``) as a one-off window in ``zone``."""
    left, _, right = s.partition("/")
    try:
        start = datetime.fromisoformat(left.upper())
        if re.fullmatch(r"p(t(\d+h)?(\d+m)?)", right):
            hours = re.search(r"(\d+)h", right)
            minutes = re.search(r"(\d+)m", right)
            end = start + timedelta(hours=int(hours.group(1)) if hours else 0,
                                    minutes=int(minutes.group(1)) if minutes else 0)
        elif re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", right):
            end = datetime.combine(start.date(), time.fromisoformat(right), start.tzinfo)
        else:
            end = datetime.fromisoformat(right.upper())
    except ValueError as exc:
        raise WindowParseError(msg("not a valid ISO 8601 interval")) from exc
    start = start if start.tzinfo else start.replace(tzinfo=zone)
    end = end if end.tzinfo else end.replace(tzinfo=zone)
    start, end = start.astimezone(zone), end.astimezone(zone)
    if end <= start:
        raise WindowParseError(msg("the window ends before it starts"))
    return Window.once(start, end, text=raw)


def one_off_date(head: str, dayfirst: bool, today: date) -> date:
    """The day ``head`` names: today/mañana/明天, or a date (its weekday, if named, must agree).
    Raises WindowParseError with the reason."""
    head = head.strip()
    if head in _RELATIVE:
        return today + timedelta(days=_RELATIVE[head])
    if looks_like_a_day(head):
        # "el martes 24 de noviembre": the date decides, and the weekday must agree with it
        plain, named = without_day_names(head)
        try:
            day = parse_date(plain, dayfirst=dayfirst, default=today) if plain.strip(" ,.") else None
        except DateError:
            day = None
        if day is None or not re.search(r"\d", plain):
            raise WindowParseError(msg("cannot read the days {head}; write e.g. Tue and Thu, Mon-Fri",
                                       head=repr(head)))
        if named and day.weekday() not in named:
            raise WindowParseError(msg("{date} is not a {weekday}; check the day and the date", date=day.isoformat(), weekday=head.split()[0]))
        return day
    if spanish_m_unclear(head):
        raise WindowParseError(msg("M could be martes or miércoles; write X (or Mi) for miércoles, e.g. L, X y V"))
    if re.fullmatch(r"m\.?", head):
        raise WindowParseError(msg("M could be Monday or martes (Tuesday); write the day's name"))
    try:
        return parse_date(head, dayfirst=dayfirst, default=today)
    except DateError:
        raise WindowParseError(msg("cannot read {head} as days or a date; write e.g. Tue and Thu, Mon-Fri, "
                                   "2026-11-24", head=repr(head))) from None
