"""Use cases: the day as it goes. A saved plan is found again (by date and collector), its stops
carry their state from the visits recorded that day, and the rest of the day is planned again
from the current stop and time, keeping what is done.

Stop states (also given to the map): ``todo`` (no visit recorded yet that day), ``done`` (a
finalized visit, with its ``outcome``), ``retry`` (the last visit found nobody home: try again
later). Times are ISO 8601 with the offset of the plan's zone.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from fieldvisit.domain.cases import BLOCKING_FLAGS, CaseStatus, Flag
from fieldvisit.domain.plan import Plan
from fieldvisit.domain.plan_times import in_day_zone, plan_zone
from fieldvisit.domain.planning import DayRequest, Reason, Unplanned
from fieldvisit.domain.text import msg
from fieldvisit.services.day_plans import (
    add_country_holidays, apply_history, plan_json, removed_json, save_plan, unplanned_json,
)
from fieldvisit.services.errors import UserError
from fieldvisit.services.plan_day import DaySession, Solver, Travel, plan_day, prepare_day
from fieldvisit.services.ports import UnitOfWork
from fieldvisit.services.visit_record import current_visits

RETRY_OUTCOMES = {"not_home"}


def saved_plan(uow: UnitOfWork, day: date, collector: str) -> dict | None:
    """The newest plan saved for ``collector`` on ``day`` (``plan_json`` shape, re-checked as
    ``latest_plans`` does), or None."""
    found = latest_plans(uow, day, collector)
    return found[-1] if found else None


def latest_plans(uow: UnitOfWork, day: date, collector: str | None = None) -> list[dict]:
    """The newest saved plan of each collector on ``day`` (or only ``collector``'s), re-checked
    against the cases as they are now: a stop whose case was closed, or got a blocking flag (or
    "vulnerable" without a supervisor's approval) after the plan was saved, and has no visit
    recorded that day, is taken out and listed in ``unplanned`` (and ``withdrawn``) with the
    reason, so no map, route, prep pack, week or window shows a visit that may no longer be made."""
    with uow:
        plans = uow.plans.latest(day, collector)
        ids = {s["case_id"] for p in plans for s in p.get("stops", [])}
        cases = {cid: uow.cases.get(cid) for cid in ids}
        approved = set(uow.overrides.for_day(day)) if ids else set()
        workspace_tz = uow.settings.get("timezone") or None
    return [_recheck(uow, _one_zone(p, cases, workspace_tz), cases, approved) for p in plans]


def _one_zone(plan: dict, cases: dict, workspace_tz: str | None) -> dict:
    """``plan`` with every time in its day zone and each stop's own ``timezone``: plans saved
    before those keys existed carry mixed offsets (their zone: the workspace's ``workspace_tz``)."""
    stops = [s if "timezone" in s else {**s, "timezone": getattr(cases.get(s["case_id"]), "timezone", "") or ""}
             for s in plan.get("stops", [])]
    return in_day_zone({**plan, "stops": stops}, plan_zone(plan, workspace_tz))


def _withdrawn(stop: dict, case, approved: set[str]) -> Unplanned | None:
    cid = stop["case_id"]
    if case is None or case.status != CaseStatus.OPEN:
        return Unplanned(cid, Reason.NOT_OPEN, case.status.value if case else "gone")
    if cid in approved:
        return None
    blocking = case.flags & BLOCKING_FLAGS
    if blocking:
        return Unplanned(cid, Reason.BLOCKED, ", ".join(sorted(f.value for f in blocking)))
    if Flag.VULNERABLE in case.flags and not stop.get("locked"):
        return Unplanned(cid, Reason.NEEDS_APPROVAL)
    return None


def _recheck(uow: UnitOfWork, plan: dict, cases: dict, approved: set[str]) -> dict:
    out = [u for s in plan.get("stops", []) if (u := _withdrawn(s, cases.get(s["case_id"]), approved)) is not None]
    if out:
        recorded = stop_states(uow, plan)
        out = [u for u in out if u.case_id not in recorded]
    if not out:
        return plan
    gone = {u.case_id for u in out}
    withdrawn = unplanned_json(out)
    return {**plan, "stops": [s for s in plan["stops"] if s["case_id"] not in gone],
            "unplanned": withdrawn + [u for u in plan.get("unplanned", []) if u.get("case_id") not in gone],
            "withdrawn": withdrawn}


def _day_bounds(plan: dict) -> tuple[datetime, datetime]:
    zone = plan_zone(plan)
    start = datetime.combine(date.fromisoformat(plan["date"]), datetime.min.time(), zone)
    return start, start + timedelta(days=1)


def stop_states(uow: UnitOfWork, plan: dict) -> dict[str, dict]:
    """``{case_id: {"state": "done"|"retry", "outcome": code, "visit_id": id}}`` for each planned
    case with a finalized visit on the plan's day (its newest version, the latest visit wins).
    Cases without one are absent (to visit)."""
    since, until = _day_bounds(plan)
    planned = {s["case_id"] for s in plan["stops"]}
    with uow:
        rows = current_visits(uow.visits.list(since=since, until=until))
    states: dict[str, dict] = {}
    for r in sorted((r for r in rows if r["case_id"] in planned), key=lambda r: r["data"]["arrived_at"]):
        outcome = r["data"]["outcome"]
        states[r["case_id"]] = {"state": "retry" if outcome in RETRY_OUTCOMES else "done", "outcome": outcome,
                                "visit_id": r["visit_id"]}
    return states


def with_states(plan: dict, states: dict[str, dict]) -> dict:
    """A copy of ``plan`` whose stops carry ``state``, ``outcome`` and ``follow_up`` (CONTRACTS #2)."""
    stops = []
    for s in plan["stops"]:
        st = states.get(s["case_id"]) or {}
        stops.append({**s, "state": st.get("state", "todo"), "outcome": st.get("outcome"),
                      "follow_up": bool(s.get("follow_up"))})
    return {**plan, "stops": stops}


def recorded_count(plan: dict | None, states: dict[str, dict]) -> int:
    """How many of ``plan``'s stops already have a visit recorded (done or retry)."""
    return sum(1 for s in (plan or {}).get("stops", []) if s["case_id"] in states)


def rest_of_day(req: DayRequest, kept: list[dict], at: datetime | None, origin: dict | None = None) -> DayRequest:
    """The request for what is left of the day after the ``kept`` stops (plan_json stops, in the
    order they were made). It starts at ``origin`` (the current stop; default: the last kept one)
    when it is left (a kept stop) or reached (one still to visit), or at ``at`` (the current time)
    when later; it still ends where the day ends. Raises UserError when the shift is over."""
    req.end = req.end or req.start
    origin = origin or (kept[-1] if kept else None)
    start_at = req.shift_start
    if origin is not None:
        req.start = (origin["lat"], origin["lon"])
        is_kept = any(s["case_id"] == origin["case_id"] for s in kept)
        start_at = max(start_at, datetime.fromisoformat(origin["departure"] if is_kept else origin["start"]))
    if at is not None:
        start_at = max(start_at, at.astimezone(req.shift_start.tzinfo))
    if start_at >= req.shift_end - timedelta(minutes=5):
        raise UserError(msg("The shift ends at {end}: no time is left to plan today.",
                            end=f"{req.shift_end:%H:%M}"))
    req.shift_start = start_at.replace(second=0, microsecond=0)
    req.locked = {k: v for k, v in req.locked.items() if v is None or v >= req.shift_start}
    return req


def session_for(uow: UnitOfWork, req: DayRequest, as_of: date, travel: Travel, rules=None,
                excluded: frozenset[str] = frozenset()) -> DaySession:
    """What re-times hand edits of ``req``'s day (open cases of the collector but ``excluded``)."""
    with uow:
        cases = [c for c in uow.cases.list(collector=req.collector)
                 if c.status == CaseStatus.OPEN and c.case_id not in excluded]
    apply_history(req, uow, as_of, rules)
    add_country_holidays(req, uow, cases)
    return prepare_day(cases, req, as_of, travel)


def save_edit(uow: UnitOfWork, data: dict) -> bool:
    """Keep a hand-edited day (reordered, locked, removed stops) so it is shown again. A day the
    plan check rejects (``valid`` false) is not kept: the last lawful version stays saved.
    Returns whether it was saved."""
    if not data.get("valid", False):
        return False
    with uow:
        uow.plans.save(date.fromisoformat(data["date"]), data["collector"], data)
        uow.commit()
    return True


def merged_json(plan: Plan, session: DaySession, kept: list[dict], first: dict | None = None) -> dict:
    """``plan_json`` of the rest of the day with the ``kept`` stops before it; the day still
    leaves when ``first`` (the earlier plan) left."""
    data = plan_json(plan, {k: v.name for k, v in session.cases.items()})
    data["travel"] = (first or {}).get("travel")  # timed as the earlier plan was
    if kept:
        data["stops"] = [dict(s) for s in kept] + data["stops"]
        data["total_distance_m"] += sum(s.get("distance_m") or 0 for s in kept)
        data["total_travel_seconds"] += sum(s.get("travel_seconds") or 0 for s in kept)
        if first:
            data["leave_at"], data["start"] = first.get("leave_at", data["leave_at"]), first.get("start", data["start"])
    return data


def replan_rest(uow: UnitOfWork, req: DayRequest, kept: list[dict], at: datetime | None, as_of: date,
                travel: Travel, solve: Solver, time_limit: float, rules=None,
                excluded: frozenset[str] = frozenset(), first: dict | None = None,
                origin: dict | None = None) -> tuple[Plan, DaySession, dict]:
    """Plan the rest of the day after the ``kept`` stops (see ``rest_of_day``), save the whole
    day (kept + new) and audit it. Returns the plan of the rest, its session and the day's JSON.
    Raises :class:`UserError` (nothing saved) when the plan check rejects the rest of the day."""
    req = rest_of_day(req, kept, at, origin)
    done = frozenset(s["case_id"] for s in kept)
    session = session_for(uow, req, as_of, travel, rules, excluded | done)
    for cid in set(req.locked) - {c.case.case_id for c in session.candidates}:  # done, or no longer open
        req.locked.pop(cid, None)
    plan = plan_day(list(session.cases.values()), req, as_of, travel, solve, time_limit=time_limit, session=session)
    data = merged_json(plan, session, kept, first)
    data["unplanned"] += removed_json(excluded - done)
    with uow:  # the same refusal as every other path: a day the check rejects is never saved
        save_plan(uow, plan, data, kept=sorted(done), **{"from": req.shift_start.isoformat()})
        uow.commit()
    return plan, session, data
