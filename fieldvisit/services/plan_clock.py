"""Planning never reaches into the past: a day before today (in the collector's zone) is
refused, and today's plan starts from now, or is refused once the shift is over. Every planning
path goes through :func:`fit_to_now` (``day_plans.make_request``): ``plan``, ``plan-team``, the
window's Plan day, and ``plan-week``, which skips the days it refuses. The clock is injected
(``now``), so tests pin it."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta

from fieldvisit.domain.planning import DayRequest
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError


class DayPassed(UserError):
    """The day asked for has passed, or today's shift is over (``today``: the collector's local
    date, the first day that may still be planned is ``today`` or the next one)."""

    def __init__(self, text: str, first_open: date) -> None:
        super().__init__(text)
        self.first_open = first_open


#: An ISO date-time in this variable stands for the planning clock's "now" (rehearsals, and the
#: test suite, whose fixed dates must not pass as the calendar moves on); unset: the computer's.
NOW_VARIABLE = "FIELDVISIT_NOW"


def clock_now() -> datetime:
    """The planning clock: :data:`NOW_VARIABLE` when set (a naive value is UTC), else the
    computer's time; aware."""
    pinned = os.environ.get(NOW_VARIABLE)
    if pinned:
        try:
            value = datetime.fromisoformat(pinned)
        except ValueError:
            raise UserError(f"{NOW_VARIABLE} is not an ISO date-time such as 2026-11-23T08:00:00+01:00; "
                            "correct it or unset it.") from None
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.now(UTC)


#: Today's plan starts at the current time rounded up to this many minutes.
NOW_ROUNDING_MINUTES = 5


def fit_to_now(req: DayRequest, now: datetime | None = None, as_of: date | None = None) -> None:
    """Keep ``req`` out of the past, in the collector's day zone (the shift's): a day before today
    is refused, and today's shift starts from now (rounded up to :data:`NOW_ROUNDING_MINUTES`),
    refused when it is over. ``now``: the clock (aware; default the computer's). ``as_of``: a day
    pinned by the caller (``--as-of``) other than the clock's today is taken as "today", not yet
    begun (rehearsals and tests). Every planning path calls this through :func:`make_request`:
    ``plan``, ``plan-team``, the window's Plan day; ``plan-week`` skips the days it refuses.
    Raises :class:`DayPassed`."""
    zone = req.shift_start.tzinfo
    now = (now or clock_now()).astimezone(zone)
    pinned = as_of is not None and as_of != now.date()
    today = as_of if pinned else now.date()
    if req.day < today:
        raise DayPassed(msg("{day} has passed (today is {today} in {zone}); plan today or a later day.",
                            day=req.day.isoformat(), today=today.isoformat(), zone=str(zone)), today)
    if pinned or req.day != today:
        return
    step = NOW_ROUNDING_MINUTES * 60
    seconds = now.hour * 3600 + now.minute * 60 + now.second + (1 if now.microsecond else 0)
    rounded = datetime.combine(req.day, time(0), zone) + timedelta(seconds=-(-seconds // step) * step)
    if rounded + timedelta(seconds=req.service(None)) > req.shift_end:
        raise DayPassed(msg("Today's shift is over (it is {now} in {zone} and the shift ends at {end}); plan "
                            "tomorrow or a later day.", now=f"{now:%H:%M}", zone=str(zone),
                            end=f"{req.shift_end:%H:%M}"), today + timedelta(days=1))
    if rounded > req.shift_start:
        req.shift_start = rounded
        for case_id, at in req.locked.items():
            if at is not None and at < rounded:
                raise UserError(msg("Cannot lock {case_id} at {at}: that time has passed today; lock it later or "
                                    "without a time.", case_id=case_id, at=f"{at:%H:%M}"))
        if req.lunch is not None:
            if req.lunch.latest < rounded:
                req.lunch = None  # the lunch window has passed
            elif req.lunch.earliest < rounded:
                req.lunch.earliest = rounded
