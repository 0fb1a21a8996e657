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
from fieldvisit.services.day_state import saved_plan, stop_states
from fieldvisit.services.errors import UserError
from fieldvisit.services.plan_day import Solver, Travel
from fieldvisit.services.ports import UnitOfWork
from fieldvisit.services.holidays import holiday_calendar, workdays_of
from fieldvisit.services.progress import Progress, Work, run
from fieldvisit.services.visit_record import history_index

MAX_DAYS = 30


def public_holidays(uow: UnitOfWork, years: set[int]) -> frozenset[date]:
    """The workspace's days off in ``years``: its country's (and ``holidays_region``'s) public
    holidays plus the office closures of the ``holidays`` setting (services.holidays, CONTRACTS #5)."""
    with uow:
        return frozenset(holiday_calendar(uow, sorted(years)))


def week_dates(uow: UnitOfWork, start: date, days: int) -> list[date]:
    """The ``days`` working days from ``start`` (weekends and public holidays skipped; a weekend
    day the country made an official working day, China's 调休, is a working day). Raises
    UserError for a number of days outside 1..30."""
    if not 1 <= days <= MAX_DAYS:
        raise UserError(msg('Plan between 1 and {max} working days, not {days}.', max=MAX_DAYS, days=days))
    with uow:
        workdays = workdays_of(uow, years=[start.year, start.year + 1])
    return working_days(start, days, public_holidays(uow, {start.year, start.year + 1}), workdays=workdays)


def planned_days(uow: UnitOfWork, collector: str, dates: list[date]) -> dict[date, int]:
    """Of ``dates``, those that already have a saved plan for ``collector``, with how many of its
    stops have a visit recorded (``{date: recorded visits}``): the days a week keeps."""
    out: dict[date, int] = {}
    for day in dates:
        data = saved_plan(uow, day, collector)
        if data is not None:
            states = stop_states(uow, data)
            out[day] = sum(1 for s in data["stops"] if s["case_id"] in states)
    return out


def plan_week_steps(uow: UnitOfWork, request_for: Callable[[date], DayRequest], start: date, days: int,
                    as_of: date, travel: Travel, solve: Solver, time_limit: float = 1.0, rules=None,
                    replace: bool = False) -> Work[dict]:
    """Plan and save ``days`` working days from ``start`` for the collector of ``request_for(day)``,
    yielding ``Progress`` after each day (closing the generator stops after the day in hand; the
    days already planned stay saved, each on its own). A day that already has a saved plan is
    kept as it is (its visits count for the week's caps) unless ``replace``.

    Returns ``{"from", "collector", "days": [plan JSON with date, stops and "kept", ...],
    "kept": [ISO dates kept as saved], "unplanned": [cases planned on no day, with the reason of
    the last day], "holidays": [ISO dates skipped], "workdays": [ISO dates of weekend days planned
    because the country made them working days (调休)], "valid"}``. Raises UserError for a number of
    days outside 1..30.
    """
    dates = week_dates(uow, start, days)
    holidays = public_holidays(uow, {start.year, start.year + 1})
    history = history_index(uow, as_of)
    collector = request_for(dates[0]).collector
    saved = {} if replace else {d: p for d in dates if (p := saved_plan(uow, d, collector)) is not None}
    planned: dict[str, list[date]] = {}  # visits of the week so far, and of every kept day
    for day, data in saved.items():
        for s in data["stops"]:
            planned.setdefault(s["case_id"], []).append(day)
    out_days, last_reason, kept = [], {}, []
    yield Progress(0, len(dates), dates[0].isoformat())
    for i, day in enumerate(dates):
        if day in saved:
            kept.append(day.isoformat())
            out_days.append({**saved[day], "kept": True})
            yield Progress(i + 1, len(dates), day.isoformat())
            continue
        req = request_for(day)
        plan, _session, data = plan_and_save(uow, req, as_of, travel, solve, time_limit, rules,
                                             history=history, planned=planned,
                                             replacing={(d, collector) for d in dates})
        for s in plan.stops:
            planned.setdefault(s.case_id, []).append(day)
        for u in plan.unplanned:
            last_reason[u.case_id] = u
        out_days.append({**data, "kept": False})
        yield Progress(i + 1, len(dates), day.isoformat())
    never = [u for cid, u in last_reason.items() if cid not in planned]
    return {"from": start.isoformat(), "collector": out_days[0]["collector"], "days": out_days,
            "kept": kept, "unplanned": unplanned_json(never),
            "holidays": [d.isoformat() for d in skipped_holidays(start, dates[-1], holidays)],
            "workdays": [d.isoformat() for d in dates if d.weekday() >= 5],
            "valid": all(d["valid"] for d in out_days)}


def plan_week(*args, **kwargs) -> dict:
    """``plan_week_steps`` run to its end (the CLI)."""
    return run(plan_week_steps(*args, **kwargs))
