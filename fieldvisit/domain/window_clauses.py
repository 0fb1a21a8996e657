"""Appointment texts made of clauses, each with its own days or its own time, read one clause at a
time (a step of :mod:`fieldvisit.domain.window_parser`):

- clauses separated by commas that each name days and a time: ``weekdays after 6pm, weekends all
  day``, ``工作日晚上7点后，周末全天`` → one window per clause;
- a time without days and days without a time joined by "and": ``evenings and weekends``,
  ``晚上和周末`` → the evenings of every day and the weekends at any lawful hour;
- a clause with days and a time, then "and" a group of days: ``weekday evenings and weekends`` →
  weekday evenings, and the weekends at any lawful hour (a time never reaches forward over "and").

A time reaches back over a list of days as before (``Tue and Thu evenings``: both evenings). Two
shapes are not guessed and go to review: two complete clauses joined by "and" (``de 9 a 14 de
lunes a viernes y de 16 a 19 sábados``: the days of each time are not certain), and a group then
"and" days with a vague part of the day (``weekdays and Saturday mornings``: is Monday morning
meant, or all of Monday?).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from fieldvisit.domain.window_days import names_a_group
from fieldvisit.domain.window_phrases import looks_like_a_day

_COMMA = re.compile(r"\s*[,，]\s*")
_AND = re.compile(r"\s+(?:and|y|plus)\s+|\s*&\s*|\s*(?:和|以及)\s*")


JOIN = re.compile(r"[\s,;、，/&+]*(?:\b(?:and|y|e)\b|和|及|与)?[\s,、，/&+]*(?:\b(?:from|de|desde)\b)?\s*")


def day_segments(s: str, ranges: list[re.Match]) -> list[str] | None:
    """Split "mon 9-11, wed 14-16" after each time range when every part names its own days and
    nothing follows the last range; None when the text is not of that shape."""
    if len(ranges) < 2 or all(JOIN.fullmatch(s[a.end():b.start()]) for a, b in zip(ranges, ranges[1:])):
        return None
    if s[ranges[-1].end():].strip(" ,;、，.。"):
        return None
    segments, start = [], 0
    for m in ranges:
        segment = s[start:m.end()].strip(" ,;、，")
        if not (s[start:m.start()].strip(" ,;、，") and re.search(r"[^\d\s,;、，:.\-]", s[start:m.start()])):
            return None  # a part without its own days
        segments.append(segment)
        start = m.end()
    return segments


class Ambiguous(ValueError):
    """Clauses whose days and times could be paired in more than one way."""


def split_clauses(s: str, has_time: Callable[[str], bool], vague: Callable[[str], bool],
                  has_days: Callable[[str], bool]) -> list[str] | None:
    """The clauses of ``s`` to read one by one, or None when ``s`` is one clause. ``has_time``
    tells whether a text holds a time or a part of the day (``leading=True``: before any day), ``vague`` whether it holds a part of
    the day, ``has_days`` whether it names days besides its times (None: nothing but a time). Raises Ambiguous
    for the shapes described above."""
    parts = [p.strip() for p in _COMMA.split(s) if p.strip()]
    if len(parts) > 1 and all(looks_like_a_day(p) and has_time(p) for p in parts):
        return parts
    parts = [p.strip() for p in _AND.split(s) if p.strip()]
    if len(parts) != 2:
        return None
    (d1, t1), (d2, t2) = ((has_days(p), has_time(p)) for p in parts)
    if (t1 and d1 is None and d2 and not t2) or (d1 and not t1 and t2 and d2 is None):
        return parts  # evenings and weekends
    if d1 and t1 and d2 and not t2 and names_a_group(parts[1]) and not has_time(parts[0], leading=True):
        return parts  # weekday evenings and weekends (not "9-14 Mon-Fri and weekends": the time leads)
    if d1 and t1 and d2 and t2:
        raise Ambiguous(s)
    if d1 and not t1 and names_a_group(parts[0]) and d2 and vague(parts[1]):
        raise Ambiguous(s)
    return None
