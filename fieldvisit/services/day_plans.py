"""Use case behind ``fieldvisit plan`` / ``plan-team`` and the planner window: build the request
from the workspace (collector's home, shift, zone), plan, save, and describe the plan as JSON."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fieldvisit.domain.cases import CaseStatus
from fieldvisit.domain.plan_times import in_day_zone, zone_of
from fieldvisit.domain.plan import Plan
from fieldvisit.domain.planning import DayRequest, Lunch, Reason, Unplanned
from fieldvisit.domain.positions import PositionError, parse_position
from fieldvisit.domain.promises import needs_follow_up
from fieldvisit.domain.field_review import WINDOW_FIELDS
from fieldvisit.services.window_review import fields_to_review
from fieldvisit.domain.text import msg
from fieldvisit.services.collectors import NoStartPoint
from fieldvisit.services.errors import UserError
from fieldvisit.services.plan_day import DaySession, Solver, Travel, plan_day, plan_team, prepare_day
from fieldvisit.services.holidays import case_regions_of, holiday_calendar, workspace_region
from fieldvisit.services.plan_clock import DayPassed, fit_to_now  # noqa: F401 - DayPassed: part of this API
from fieldvisit.services.ports import UnitOfWork, ZoneLookup
from fieldvisit.services.visit_record import history_index

DEFAULT_SHIFT = "09:00-18:00"


def parse_point(text: str) -> tuple[float, float]:
    """``(lat, lon)`` degrees from a position as typed: ``-16.79,179.96``, ``16.79S 179.96E``,
    ``16°47'24"S 179°57'36"E``, ``-16,79;179,96`` … (:func:`fieldvisit.domain.positions.parse_position`).
    Raises UserError (one sentence) when it is not a position on Earth or reads more than one way."""
    try:
        return parse_position(text)
    except PositionError as exc:
        if exc.ambiguous:
            raise UserError(msg('{text} can be read as more than one position; write it as LAT,LON with a dot for '
                                'decimals, e.g. -16.79,179.96.', text=repr(text))) from None
        raise UserError(msg('{text} is not a position; write it as LAT,LON, e.g. 40.4168,-3.7038.',
                            text=repr(text))) from None


def parse_span(text: str, day: date, zone: ZoneInfo, what: str) -> tuple[datetime, datetime]:
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", text or "")
    try:
        if not m:
            raise ValueError
        start = datetime.combine(day, time(int(m.group(1)), int(m.group(2))), zone)
        end = datetime.combine(day, time(int(m.group(3)), int(m.group(4))), zone)
    except ValueError:
        raise UserError(msg('{text} is not a {what}; write it as HH:MM-HH:MM, e.g. 09:00-18:00.',
                            text=repr(text), what=what)) from None
    if end <= start:
        raise UserError(msg('The {what} {text} ends before it starts.', what=what, text=text))
    return start, end


def zone_named(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(msg('{name} is not an IANA time zone such as Europe/Madrid.', name=repr(name))) from None


def collector_zone(point: tuple[float, float], tz: str | None, zones: ZoneLookup | None,
                   workspace_tz: str | None, system_tz: str | None) -> ZoneInfo:
    """The zone the collector's shift is read in: ``tz`` when given (``--tz``), else the zone at
    the day's start point ``point`` (lat, lon degrees) found by ``zones``, else the workspace's
    ``timezone`` setting, else the system's, else UTC. Raises UserError for an unknown ``tz``."""
    if tz:
        return zone_named(tz)
    found = zones.zone_for("", point[0], point[1]) if zones is not None else None
    for name in (found, workspace_tz, system_tz):
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")


#: Days a plan may be made for: from this one to ``PLAN_YEARS_AHEAD`` years after today.
FIRST_PLAN_DAY = date(2000, 1, 1)
PLAN_YEARS_AHEAD = 10


def check_plan_day(day: date, today: date | None = None) -> None:
    """Raises UserError for a day no plan can be made for (before 2000, or years ahead)."""
    today = today or date.today()
    last = date(min(today.year + PLAN_YEARS_AHEAD, 9000), 12, 31)
    if not FIRST_PLAN_DAY <= day <= last:
        raise UserError(msg("{day} is too far off to plan; give a day between {first} and {last}.",
                            day=day.isoformat(), first=FIRST_PLAN_DAY.isoformat(), last=last.isoformat()))


def make_request(uow: UnitOfWork, *, day: date, collector: str, start: str | tuple | None, shift: str | None,
                 tz: str | None, mode: str, lunch: str | None = None, lunch_minutes: int = 30,
                 service_minutes: int | None = None, locks: list[str] = (),
                 end: str | tuple | None = None, zones: ZoneLookup | None = None,
                 system_tz: str | None = None, now: datetime | None = None,
                 as_of: date | None = None) -> DayRequest:
    """The planning request of ``collector``'s ``day``. ``start`` / ``end``: "LAT,LON" text or a
    (lat, lon) pair; without ``start`` the day starts at the collector's home. It ends at ``end``,
    else at the collector's end point, else where it started. The shift, lunch and locks are read
    in ``collector_zone`` (``tz``, else the start point's zone, else the workspace's, else
    ``system_tz``). The day is kept out of the past by :func:`fit_to_now` (``now``: the clock,
    ``as_of``: a pinned day). Raises NoStartPoint when there is no start, UserError for a bad
    position, shift, zone or lock, DayPassed for a day that has passed or a shift that is over."""
    from fieldvisit.services.collectors import unknown_collector

    check_plan_day(day)
    with uow:
        found = uow.collectors.get(collector)
        if found is None:
            raise unknown_collector(uow, collector)
        workspace_tz = uow.settings.get("timezone") or None
    if tz:
        zone_named(tz)  # a bad --tz is refused before anything else
    if start:
        point = parse_point(start) if isinstance(start, str) else tuple(start)
    elif found.home is not None:
        point = found.home
    else:
        raise NoStartPoint(collector)
    end_point = (parse_point(end) if isinstance(end, str) else tuple(end)) if end else found.end
    zone = collector_zone(point, tz, zones, workspace_tz, system_tz)
    shift_start, shift_end = parse_span(shift or DEFAULT_SHIFT, day, zone, "shift")
    lunch_span = None
    if lunch:
        a, b = parse_span(lunch, day, zone, "lunch window")
        lunch_span = Lunch(a, b, lunch_minutes)
    locked: dict[str, datetime | None] = {}
    for item in locks:
        case_id, _, at = item.partition("@")
        if at:
            m = re.fullmatch(r"(\d{1,2}):(\d{2})", at.strip())
            if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
                raise UserError(msg('{item} is not CASE@HH:MM; write e.g. C-1001@14:30.', item=repr(item)))
            locked[case_id.strip()] = datetime.combine(day, time(int(m.group(1)), int(m.group(2))), zone)
        else:
            locked[case_id.strip()] = None
    req = DayRequest(day=day, collector=collector, start=point, end=end_point, shift_start=shift_start,
                     shift_end=shift_end, mode=mode, lunch=lunch_span, locked=locked,
                     service_minutes={None: service_minutes} if service_minutes else {})
    fit_to_now(req, now, as_of)
    return req


def _iso(t: datetime | None) -> str | None:
    return t.isoformat() if t else None


def unplanned_json(items: list[Unplanned]) -> list[dict]:
    return [{"case_id": u.case_id, "reason": u.reason.value, "text": u.text} for u in items]


def removed_json(case_ids) -> list[dict]:
    """The not-planned entries (as :func:`unplanned_json`'s) of visits taken out of the day by hand."""
    return unplanned_json([Unplanned(cid, Reason.REMOVED) for cid in sorted(case_ids)])


def travel_kind(travel) -> str:
    """How a travel model timed its last matrix: "roads" (a region pack's engine or an OSRM
    service) or "geodesic" (straight line × detour factor): the model's ``kind`` when it says,
    else its ``last_source``."""
    kind = getattr(travel, "kind", None)
    if kind:
        return kind
    source = getattr(travel, "last_source", "") or ""
    return "roads" if source == "roads" or source.startswith("osrm") else "geodesic"


def plan_json(plan: Plan, names: dict[str, str] | None = None, travel=None) -> dict:
    """The plan as CLI.md's JSON; ``travel``: the model it was timed with (gives ``travel``:
    "roads" or "geodesic"; None when no model is given).

    Times are ISO 8601 with offset, every one of them written in the collector's day zone
    ``timezone`` (IANA, the zone the shift was read in), so they read in order and the same
    offset runs through the day: ``leave_at``, ``return_at``, ``lunch_at`` and each stop's
    ``arrival``, ``start``, ``departure`` and ``window`` {start, end}. Each stop's ``timezone``
    is the case's own zone (IANA), where its lawful hours and agreed windows are read: convert
    a time into it for the debtor's wall clock (``domain.plan_times.stop_clock`` prints both).
    ``arrival`` is when the collector reaches the door; ``start`` is when the visit begins
    (never before lawful hours or the agreed window); ``wait_seconds`` = start − arrival, spent
    waiting outside (no contact). ``departure`` = start + the visit's service time."""
    names = names or {}
    zone = zone_of(plan.timezone)
    return in_day_zone({
        "date": plan.day.isoformat(), "collector": plan.collector, "timezone": plan.timezone,
        "travel": travel_kind(travel) if travel is not None else None,  # None: not known here
        "start": {"lat": plan.start_point[0], "lon": plan.start_point[1]},
        "end": {"lat": plan.end_point[0], "lon": plan.end_point[1]},
        "leave_at": _iso(plan.leave_at), "return_at": _iso(plan.return_at), "lunch_at": _iso(plan.lunch_at),
        "stops": [{
            "case_id": s.case_id, "name": names.get(s.case_id, ""), "arrival": _iso(s.arrival),
            "start": _iso(s.start), "departure": _iso(s.departure),
            "window": {"start": _iso(s.window[0]), "end": _iso(s.window[1])} if s.window else None,
            "lat": s.lat, "lon": s.lon, "travel_seconds": s.travel_seconds, "distance_m": s.distance_m,
            "wait_seconds": s.wait_seconds, "slack_seconds": s.slack_seconds,
            "appointment": s.appointment, "locked": s.locked, "follow_up": s.follow_up, "timezone": s.timezone,
        } for s in plan.stops],
        "unplanned": unplanned_json(plan.unplanned),
        "total_distance_m": plan.total_distance_m, "total_travel_seconds": plan.total_travel_seconds,
        "valid": not plan.violations, "violations": plan.violations,
    }, zone)


def saved_visit_dates(uow: UnitOfWork, day: date, span: int, as_of: date,
                      skip: Collection[tuple[date, str]] = ()) -> dict[str, list[date]]:
    """``{case_id: [dates]}``: the visits other saved plans (any collector) hold within ``span``
    days either side of ``day``, from ``as_of`` on (earlier days count by their recorded visits),
    leaving out the plans ``skip`` lists as ``(date, collector)`` (the ones being re-planned).
    The visit cap counts them: a re-planned day never repeats a visit another day already plans."""
    out: dict[str, list[date]] = {}
    with uow:
        for k in range(-(span - 1), span):
            other = day + timedelta(days=k)
            if other < as_of:
                continue
            for data in uow.plans.latest(other):
                if (other, data.get("collector")) in skip:
                    continue
                for s in data.get("stops", []):
                    known = out.setdefault(s["case_id"], [])
                    if other not in known:
                        known.append(other)
    return out


def apply_history(req: DayRequest, uow: UnitOfWork, as_of: date, rules, history: dict | None = None,
                  planned: dict[str, list[date]] | None = None,
                  replacing: Collection[tuple[date, str]] | None = None) -> None:
    """Fill ``req`` with the workspace's day model: rule sets, broken promises and follow-ups,
    days since the last visit, earlier visit dates (caps, notice) and the day's supervisor
    approvals. ``history`` (from ``history_index``) may be passed when planning many requests;
    ``planned`` adds visits planned on earlier days (the week) to the visit dates, and so do the
    other saved plans near the day (``saved_visit_dates``; ``replacing``: the ``(date, collector)``
    plans being re-planned, by default ``req``'s own day)."""
    history = history_index(uow, as_of) if history is None else history
    planned = {cid: list(days) for cid, days in (planned or {}).items()}
    if rules is not None:
        span = max(r.cap_days for r in rules.sets.values())
        skip = {(req.day, req.collector)} if replacing is None else set(replacing)
        for cid, days in saved_visit_dates(uow, req.day, span, as_of, skip).items():
            known = planned.setdefault(cid, [])
            known.extend(d for d in days if d not in known)
    req.rules = rules
    req.broken_promises = {cid: h["promises_broken"] for cid, h in history.items() if h["promises_broken"]}
    req.days_since_visit = {cid: (as_of - h["last_visit"]).days for cid, h in history.items() if h["last_visit"]}
    req.visit_dates = {cid: list(h["visit_dates"]) for cid, h in history.items()}
    for cid, days in planned.items():
        known = req.visit_dates.setdefault(cid, [])
        known.extend(d for d in days if d not in known)  # a kept day's recorded visit counts once
    req.follow_ups = {cid for cid, h in history.items()
                      if needs_follow_up(h.get("promise_dues", []), req.visit_dates.get(cid, []), req.day)}
    with uow:  # a balance waiting for review is not a zero balance
        pending = fields_to_review(uow, windows=True)
        req.balance_unknown = {cid for cid, fields in pending.items() if "balance" in fields}
        req.due_to_review = {cid for cid, fields in pending.items() if "due_date" in fields}
        # an appointment text waiting for review: the case is not planned at an arbitrary time
        req.windows_to_review = {cid: cols for cid, fields in pending.items()
                                 if (cols := {f for f in fields if f in WINDOW_FIELDS})}
        req.zones_to_review = {cid for cid, fields in pending.items() if "timezone" in fields}
    with uow:
        req.approved = set(uow.overrides.for_day(req.day))
        req.holidays = {d: n for d, n in holiday_calendar(uow, [req.day.year]).items() if d == req.day}


def add_country_holidays(req: DayRequest, uow: UnitOfWork, cases) -> None:
    """Each debtor's national public holiday on ``req.day`` (``holidays`` data by the case's
    country), so a workspace with no country set, or cases of another country, still keep them;
    each debtor's regional one (``req.case_holidays``: the region told by the case's address,
    postcode or zone, else the workspace's region; a holiday in any region the case may be in
    counts — services.holidays.case_regions_of); and the countries that made ``req.day`` (a
    weekend day) an official working day (调休). The calendar is asked once per distinct region."""
    with uow:
        for country in {(c.country or "").upper() for c in cases} - {""}:
            try:
                name = uow.calendar(country, "", [req.day.year]).get(req.day)
                workday = req.day.weekday() >= 5 and req.day in uow.workdays(country, "", [req.day.year])
            except ValueError:
                name, workday = None, False
            if name:
                req.country_holidays[country] = name
            if workday:
                req.country_workdays.add(country)
        by_region: dict[tuple[str, str], str | None] = {}
        workspace = workspace_region(uow)
        for case in cases:
            country = (case.country or "").upper()
            if not country:
                continue
            for region in sorted(case_regions_of(uow, case, workspace)):
                if (country, region) not in by_region:
                    try:
                        by_region[(country, region)] = uow.calendar(country, region, [req.day.year]).get(req.day)
                    except ValueError:  # a region the holiday data does not know: national days only
                        by_region[(country, region)] = None
                if name := by_region[(country, region)]:
                    req.case_holidays[case.case_id] = name
                    break


def save_plan(uow: UnitOfWork, plan: Plan, data: dict, **audit) -> None:
    """Save a checked plan and audit it. Refuses (UserError) a plan the validator rejects: an
    unlawful visit never reaches a saved plan. Call inside ``with uow`` and commit after."""
    if plan.violations or not data["valid"]:
        raise UserError(msg("The plan of {collector} on {day} fails its check ({problem}); it was not saved.",
                            collector=plan.collector, day=plan.day.isoformat(), problem=plan.violations[0]))
    uow.plans.save(plan.day, plan.collector, data)
    uow.audit.append("plan", f"{plan.collector} {plan.day.isoformat()}",
                     {"stops": [s["case_id"] for s in data["stops"]], "valid": True, **audit})


def plan_and_save(uow: UnitOfWork, req: DayRequest, as_of: date, travel: Travel, solve: Solver,
                  time_limit: float, rules=None, excluded: frozenset[str] = frozenset(), *,
                  history: dict | None = None, planned: dict[str, list[date]] | None = None,
                  replacing: Collection[tuple[date, str]] | None = None,
                  ) -> tuple[Plan, DaySession, dict]:
    """Plan a collector's day from the workspace (open cases, visit history, overrides, rules),
    save it and audit it. Returns the plan, the session that re-times hand edits, and its JSON.
    ``history``/``planned``: see ``apply_history`` (the week plans day after day)."""
    with uow:
        cases = [c for c in uow.cases.list(collector=req.collector) if c.status == CaseStatus.OPEN]
    removed = [c.case_id for c in cases if c.case_id in excluded]  # taken out of the day by hand
    cases = [c for c in cases if c.case_id not in excluded]
    apply_history(req, uow, as_of, rules, history, planned, replacing)
    add_country_holidays(req, uow, cases)
    unknown = sorted(set(req.locked) - {c.case_id for c in cases})
    if unknown:
        raise UserError(msg('Cannot lock {join}: not an open case of {collector}.',
                            join=', '.join(unknown), collector=req.collector))
    session = prepare_day(cases, req, as_of, travel)
    plan = plan_day(cases, req, as_of, travel, solve, time_limit=time_limit, session=session)
    data = plan_json(plan, {c.case_id: c.name for c in cases}, travel)
    data["unplanned"] += removed_json(removed)
    with uow:
        save_plan(uow, plan, data)
        uow.commit()
    return plan, session, data


def run_plan(uow: UnitOfWork, req: DayRequest, as_of: date, travel: Travel, solve: Solver,
             time_limit: float, rules=None) -> dict:
    return plan_and_save(uow, req, as_of, travel, solve, time_limit, rules)[2]


def run_plan_team(uow: UnitOfWork, requests: list[DayRequest], as_of: date, travel, solve: Solver,
                  time_limit: float, rules=None) -> dict:
    """Plan and save every collector's day at once (``travel``: a model, or mode → model).
    The same day model as ``plan``; each plan is checked before it is saved."""
    history = history_index(uow, as_of)
    team = {(r.day, r.collector) for r in requests}
    for r in requests:
        apply_history(r, uow, as_of, rules, history, replacing=team)
    with uow:
        team = {r.collector for r in requests}
        cases = [c for c in uow.cases.list(status=CaseStatus.OPEN.value)
                 if c.collector is None or c.collector in team]
    for r in requests:
        add_country_holidays(r, uow, cases)
    plans, unplanned = plan_team(cases, requests, as_of, travel, solve, time_limit=time_limit)
    names = {c.case_id: c.name for c in cases}
    routes = []
    with uow:
        for p in plans:
            data = plan_json(p, names)
            save_plan(uow, p, data, team=True)
            routes.append(data)
        uow.commit()
    return {"date": requests[0].day.isoformat(),
            "routes": [{"collector": r["collector"], **r} for r in routes],
            "unplanned": unplanned_json(unplanned),
            "valid": all(r["valid"] for r in routes)}
