"""Use case behind ``fieldvisit plan-week`` and the planner's "Plan week…": a collector's cases
spread over the next N working days, day after day, each day planned with the same day model as
``plan`` (windows, lawful hours, the visit cap counting the visits planned earlier in the week,
notice before a first visit, broken-promise follow-ups on the first lawful day after the promise
date, public holidays skipped) and saved as an ordinary day plan, so every day stays re-plannable
on its own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from fieldvisit.domain.planning import DayRequest
from fieldvisit.domain.text import msg
from fieldvisit.domain.week import skipped_holidays, working_days
from fieldvisit.services.day_plans import plan_and_save, unplanned_json
from fieldvisit.services.errors import UserError
from fieldvisit.services.plan_day import Solver, Travel
from fieldvisit.services.ports import UnitOfWork
from fieldvisit.services.progress import Progress, Work, run
from fieldvisit.services.visits import history_index

MAX_DAYS = 30


def public_holidays(uow: UnitOfWork, years: set[int]) -> frozenset[date]:
    """The workspace's public holidays: the country's calendar when the holidays adapter is
    present (CONTRACTS #5, h4-windows), plus the dates typed in the ``holidays`` setting."""
    from fieldvisit.services.prep import holidays_of

    with uow:
        typed = holidays_of(uow)
        country = (uow.settings.get("country") or "").upper()
        region = uow.settings.get("region") or None
    found: set[date] = set(typed)
    try:  # pragma: no cover - present once h4-windows is merged
        from fieldvisit.adapters.holidays import public_holidays as calendar
    except ImportError:
        calendar = None
    if calendar is not None and country:
        found |= set(calendar(country, region, sorted(years)))
    return frozenset(found)


def plan_week_steps(uow: UnitOfWork, request_for: Callable[[date], DayRequest], start: date, days: int,
                    as_of: date, travel: Travel, solve: Solver, time_limit: float = 1.0, rules=None) -> Work[dict]:
    """Plan and save ``days`` working days from ``start`` for the collector of ``request_for(day)``,
    yielding ``Progress`` after each day (closing the generator stops after the day in hand; the
    days already planned stay saved, each on its own).

    Returns ``{"from", "collector", "days": [plan JSON with date and stops, ...], "unplanned":
    [cases planned on no day, with the reason of the last day], "holidays": [ISO dates skipped],
    "valid"}``. Raises UserError for a number of days outside 1..30.
    """
    if not 1 <= days <= MAX_DAYS:
        raise UserError(msg('Plan between 1 and {max} working days, not {days}.', max=MAX_DAYS, days=days))
    holidays = public_holidays(uow, {start.year, start.year + 1})
    dates = working_days(start, days, holidays)
    history = history_index(uow, as_of)
    planned: dict[str, list[date]] = {}
    out_days, last_reason = [], {}
    yield Progress(0, len(dates), dates[0].isoformat())
    for i, day in enumerate(dates):
        req = request_for(day)
        plan, _session, data = plan_and_save(uow, req, as_of, travel, solve, time_limit, rules,
                                             history=history, planned=planned)
        for s in plan.stops:
            planned.setdefault(s.case_id, []).append(day)
        for u in plan.unplanned:
            last_reason[u.case_id] = u
        out_days.append(data)
        yield Progress(i + 1, len(dates), day.isoformat())
    never = [u for cid, u in last_reason.items() if cid not in planned]
    return {"from": start.isoformat(), "collector": out_days[0]["collector"], "days": out_days,
            "unplanned": unplanned_json(never),
            "holidays": [d.isoformat() for d in skipped_holidays(start, dates[-1], holidays)],
            "valid": all(d["valid"] for d in out_days)}


def plan_week(*args, **kwargs) -> dict:
    """``plan_week_steps`` run to its end (the CLI)."""
    return run(plan_week_steps(*args, **kwargs))
