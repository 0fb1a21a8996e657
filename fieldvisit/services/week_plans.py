"""Use case behind ``fieldvisit plan-week`` and the planner's "Plan week…": a collector's cases
spread over the next N working days, day after day, each day planned with the same day model as
``plan`` (windows, lawful hours, the visit cap counting the visits planned earlier in the week,
notice before a first visit, broken-promise follow-ups on the first lawful day after the promise
date, public holidays skipped) and saved as an ordinary day plan, so every day stays re-plannable
on its own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from fieldvisit.domain.cases import CaseStatus
from fieldvisit.domain.planning import DayRequest
from fieldvisit.domain.text import msg
from fieldvisit.domain.week import WORKING_WEEKDAYS, skipped_holidays, working_days
from fieldvisit.services.day_plans import DayPassed, plan_and_save, unplanned_json
from fieldvisit.services.day_state import saved_plan, stop_states
from fieldvisit.services.errors import UserError
from fieldvisit.services.plan_day import Solver, Travel
from fieldvisit.services.ports import UnitOfWork
from fieldvisit.services.holidays import (case_regions_of, holiday_calendar, region_holiday_names, workdays_of,
                                         workspace_region)
from fieldvisit.services.progress import Progress, Work, run
from fieldvisit.services.visit_record import history_index

MAX_DAYS = 30


def case_countries(uow: UnitOfWork, collector: str | None) -> set[str]:
    """The countries (ISO codes, ``""`` for a case without one) of ``collector``'s open cases;
    the workspace country when there are none (or no collector)."""
    with uow:
        countries = {c.country.upper() if c.country else "" for c in uow.cases.list(collector=collector)
                     if c.status == CaseStatus.OPEN} if collector else set()
        return countries or {(uow.settings.get("country") or "").upper()}


def public_holidays(uow: UnitOfWork, years: set[int], collector: str | None = None) -> frozenset[date]:
    """The days off in ``years``: the workspace's (its country's and ``holidays_region``'s public
    holidays plus the office closures of the ``holidays`` setting; services.holidays, CONTRACTS #5)
    and, with ``collector``, the public holidays shared by all its open cases, each with its own
    country and region (a German collector's 25 December in a workspace without a country; Sant
    Joan for a collector whose cases are all in Catalonia; services.holidays.case_regions_of).
    Each distinct country and regions is asked once."""
    with uow:
        days = set(holiday_calendar(uow, sorted(years)))
        cases = [c for c in uow.cases.list(collector=collector) if c.status == CaseStatus.OPEN] if collector else []
        if not cases or any(not c.country for c in cases):
            return frozenset(days)
        workspace = workspace_region(uow)
        groups = {((c.country or "").upper(), case_regions_of(uow, c, workspace)) for c in cases}
        shared = None
        for country, regions in groups:
            off = set(region_holiday_names(uow, country, regions, sorted(years)))
            shared = off if shared is None else shared & off
        return frozenset(days | (shared or set()))


def visiting_weekdays(uow: UnitOfWork, rules=None, collector: str | None = None) -> tuple[int, ...]:
    """The weekdays (0 = Monday) a visit may be made on under the rule sets of ``collector``'s open
    cases (their countries; the workspace country when there are none) — ``VisitingDays``, the rule
    ``plan`` and ``plan-team`` apply to each case: Monday to Saturday under the default rules,
    Monday to Friday in the EU. Without ``rules``: Monday to Friday."""
    if rules is None:
        return WORKING_WEEKDAYS
    countries = case_countries(uow, collector)
    return tuple(sorted(set().union(*(rules.for_country(c).visiting_days.weekdays for c in countries))))


def week_dates(uow: UnitOfWork, start: date, days: int, rules=None, collector: str | None = None) -> list[date]:
    """The ``days`` visiting days from ``start``: the weekdays the rule sets of ``collector``'s
    cases allow (``rules``, see :func:`visiting_weekdays`), public holidays skipped; a weekend day the
    country made an official working day (China's 调休) counts when the rule allows every weekday.
    Raises UserError for a number of days outside 1..30."""
    if not 1 <= days <= MAX_DAYS:
        raise UserError(msg('Plan between 1 and {max} working days, not {days}.', max=MAX_DAYS, days=days))
    weekdays = visiting_weekdays(uow, rules, collector)
    with uow:
        workdays = workdays_of(uow, years=[start.year, start.year + 1])
    if not set(WORKING_WEEKDAYS) <= set(weekdays):
        workdays = frozenset()
    return working_days(start, days, public_holidays(uow, {start.year, start.year + 1}, collector),
                        weekdays=weekdays, workdays=workdays)


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
    kept as it is (its visits count for the week's caps) unless ``replace``. Days that have passed
    (and today once its shift is over: day_plans.fit_to_now) are skipped: the week starts on the
    first day that can still be visited ("from" says which), today from now.

    Returns ``{"from", "collector", "days": [plan JSON with date, stops and "kept", ...],
    "kept": [ISO dates kept as saved], "unplanned": [cases planned on no day, with the reason of
    the last day], "holidays": [ISO dates skipped], "workdays": [ISO dates of weekend days planned
    because the country made them working days (调休)], "valid"}``. Raises UserError for a number of
    days outside 1..30.
    """
    try:
        collector = request_for(start).collector
    except DayPassed as passed:  # the days that have passed (and today after the shift) are skipped
        start = passed.first_open
        collector = request_for(start).collector
    dates = week_dates(uow, start, days, rules, collector)
    weekdays = visiting_weekdays(uow, rules, collector)
    holidays = public_holidays(uow, {start.year, start.year + 1}, collector)
    history = history_index(uow, as_of)
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
            "holidays": [d.isoformat() for d in skipped_holidays(start, dates[-1], holidays, weekdays)],
            "workdays": [d.isoformat() for d in dates if d.weekday() not in weekdays],
            "valid": all(d["valid"] for d in out_days)}


def plan_week(*args, **kwargs) -> dict:
    """``plan_week_steps`` run to its end (the CLI)."""
    return run(plan_week_steps(*args, **kwargs))
