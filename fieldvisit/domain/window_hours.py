"""Hours of appointment texts as minutes of the day (a step of
:mod:`fieldvisit.domain.window_parser`): one time token (``9``, ``9:30``, ``9h30``, ``4pm``,
``16h``) read, and hours written without am/pm or a 24-hour hint given their reading by the rule
"Morning or evening" of :mod:`fieldvisit.domain.window_phrases` — a visit's hours (a range, ``at 7``)
by :func:`visit_reading`, a bound (``after 6``) by its one lawful reading. Errors are raised as
:class:`~fieldvisit.domain.window_dates.WindowParseError` with a translatable sentence."""

from __future__ import annotations

import re
from datetime import time

from fieldvisit.domain.text import msg
from fieldvisit.domain.window_dates import WindowParseError
from fieldvisit.domain.window_phrases import base_period, evening_only

_TOKEN = re.compile(r"(\d{1,2})(?:[:.](\d{2})|h(\d{2}))?\s*(?:([ap])\.?m\.?|(h|hrs?|hs|horas?))?")


def _clock(minutes: int) -> time:
    return time(0) if minutes >= 24 * 60 else time(minutes // 60, minutes % 60)


def explicit(token: str) -> bool:
    """A time that says which clock it is on: minutes, am/pm, or an ``h``."""
    m = _TOKEN.fullmatch(token.strip())
    return bool(m and (m.group(2) or m.group(3) or m.group(4) or m.group(5)))


def read_token(token: str) -> tuple[int, int, str | None, bool]:
    """``(hour, minute, 'a'|'p'|None, explicit 24-hour clock)`` of one time token."""
    m = _TOKEN.fullmatch(token.strip())
    if not m:
        raise WindowParseError(msg("{token} is not a time", token=repr(token.strip())))
    hour, minute = int(m.group(1)), int(m.group(2) or m.group(3) or 0)
    meridiem = m.group(4)
    if minute > 59 or hour > 24 or (meridiem and not 1 <= hour <= 12) or (hour == 24 and minute):
        raise WindowParseError(msg("{token} is not a time", token=repr(token.strip())))
    return hour, minute, meridiem, bool(m.group(2) or m.group(3) or m.group(5))


def _on_clock(hour: int, minute: int, meridiem: str | None) -> int:
    if meridiem:
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    return hour * 60 + minute


def _bare_readings(tokens: list[tuple[int, int, str | None, bool]], law: tuple[int, int],
                   period: str | None) -> list[list[int]]:
    """Every lawful reading of a *bound* written without a clock (``after 6``, ``antes de las 7``):
    read in the morning a bound would leave the lawful day as it is, so the readings inside the
    lawful hours ``law`` are the candidates (window_phrases, "Morning or evening")."""
    options, period = [], base_period(period)
    for shift in ([0, 0], [0, 12], [12, 12]) if len(tokens) == 2 else ([0], [12]):
        values = []
        for (h, mi, mer, explicit), plus in zip(tokens, shift, strict=True):
            if (explicit or mer) and plus:
                break
            values.append(_on_clock(h, mi, mer) + (0 if explicit or mer else plus * 60))
        else:
            if all(law[0] <= v <= law[1] for v in values) and all(v <= 24 * 60 for v in values):
                if len(values) == 1 or values[0] < values[1]:
                    if period in ("afternoon", "evening") and values[0] < 12 * 60:
                        continue
                    if period == "morning" and values[0] >= 12 * 60:
                        continue
                    options.append(values)
    return [list(v) for v in {tuple(v) for v in options}]


def visit_reading(times: list[tuple[int, int]], period: str | None, after: int | None = None) -> list[int]:
    """Minutes of the day of the hours of a visit (a range ``5-7`` or ``at 7``) written without
    am/pm or a 24-hour hint (``times``: ``(hour, minute)`` as written): in the afternoon/evening
    with such a part of the day or when the start is one no one means in the morning
    (:func:`~fieldvisit.domain.window_phrases.evening_only`, 1:00–5:59); otherwise as written,
    an end that would come before its start (or before ``after``, an explicit start) moved to the
    afternoon (``9-5`` = 09:00–17:00). A morning time is never moved: the lawful-hours rule clips it
    or sends it to review."""
    period = base_period(period)
    first = times[0][0] * 60 + times[0][1]
    evening = period in ("afternoon", "evening") or (period != "morning" and after is None and evening_only(first))
    values = [h * 60 + mi + (720 if evening and 1 <= h < 12 else 0) for h, mi in times]
    start = after if after is not None else values[0]
    for i, v in enumerate(values):
        if (i or after is not None) and v <= start and v + 720 > start and v < 720:
            values[i] = v + 720
    return values


def _only_24h(hour: int) -> bool:
    """An hour that cannot be on the 12-hour clock (``17``, ``0``)."""
    return hour == 0 or hour > 12


def _clock_hint(token: str, hour: int) -> bool:
    """A token on the 24-hour clock by its own writing: an ``h`` (``16h``, ``9h30``), a leading
    zero (``05:30``) or an hour that the 12-hour clock has not. Minutes alone (``5:30``) are no hint."""
    m = _TOKEN.fullmatch(token.strip())
    return _only_24h(hour) or bool(m and (m.group(3) or m.group(5) or m.group(1).startswith("0")))


def resolve(tokens: list[str], law: tuple[int, int], period: str | None, *, bound: bool = False) -> list[int]:
    """Minutes of the day of one time (``at 7``, a bound) or of a range's two times. Am/pm written on
    the end only ("5:30-7:30pm", "4-6pm") covers the start too when that puts the start first
    ("10:30-1pm" = 10:30-13:00); written on the start only ("5:30pm-7:30") the end is the first
    reading after the start. A part of the day (``tardes``, ``晚上``, ``evenings``) sets the clock of
    hours written without am/pm unless an hour is on the 24-hour clock (``17:30``)."""
    read = [read_token(t) for t in tokens]
    if len(read) == 2 and read[0][2] is None and read[1][2] is not None and 1 <= read[0][0] <= 12:
        # "11-1pm", "4-6pm", "5:30-7:30pm": the second token's am/pm also covers the first
        first = _on_clock(read[0][0], read[0][1], read[1][2])
        end = _on_clock(read[1][0], read[1][1], read[1][2])
        if first >= end and read[1][2] == "p":
            first = _on_clock(read[0][0], read[0][1], "a")
        return [first, end]
    if any(r[2] for r in read):
        clock = any(_clock_hint(t, r[0]) for t, r in zip(tokens, read) if not r[2])  # "9am-14h": 24-hour
        out: list[int] = []
        for h, mi, mer, _ in read:
            if mer or clock:
                out.append(_on_clock(h, mi, mer))
            elif bound:
                out.append(bare_single(h, mi, law, period))
            else:  # "9am-5", "5:30pm-7:30": the end after the start
                out.append(visit_reading([(h, mi)], period, after=out[-1] if out else None)[0])
        return out
    if any(r[3] for r in read) and not (not bound and base_period(period) in ("morning", "afternoon", "evening")
                                         and not any(_only_24h(r[0]) for r in read)):
        return [_on_clock(h, mi, None) for h, mi, _, _ in read]  # "9-14h", "5:30-7:30": as written
    if not bound:
        return visit_reading([(h, mi) for h, mi, _, _ in read], period)
    options = _bare_readings(read, law, period)
    if not options:
        raise WindowParseError(msg("the hours fall outside the lawful contact hours ({start}-{end})",
                                   start=f"{_clock(law[0]):%H:%M}", end=f"{_clock(law[1]):%H:%M}"))
    if len(options) > 1:
        raise WindowParseError(msg("the hours could be morning or evening; write them as 14:00-16:00"))
    return options[0]


def bare_single(hour: int, minute: int, law: tuple[int, int], period: str | None) -> int:
    """A bound (after/before/around) written without a clock: its one lawful reading."""
    options = _bare_readings([(hour, minute, None, False)], law, period)
    if len(options) != 1:
        raise WindowParseError(msg("the hours could be morning or evening; write them as 14:00-16:00"))
    return options[0][0]
