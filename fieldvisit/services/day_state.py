"""Use cases: the day as it goes. A saved plan is found again (by date and collector), its stops
carry their state from the visits recorded that day, and the rest of the day is planned again
from the current stop and time, keeping what is done.

Stop states (also given to the map): ``todo`` (no visit recorded yet that day), ``done`` (a
finalized visit, with its ``outcome``), ``retry`` (the last visit found nobody home: try again
later). Times are ISO 8601 with the offset of the plan's zone.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from fieldvisit.domain.cases import CaseStatus
from fieldvisit.domain.plan import Plan
from fieldvisit.domain.planning import DayRequest
from fieldvisit.domain.text import msg
from fieldvisit.services.day_plans import apply_history, plan_json
from fieldvisit.services.errors import UserError
from fieldvisit.services.plan_day import DaySession, Solver, Travel, plan_day, prepare_day
from fieldvisit.services.ports import UnitOfWork
from fieldvisit.services.visits import current_visits

RETRY_OUTCOMES = {"not_home"}


def saved_plan(uow: UnitOfWork, day: date, collector: str) -> dict | None:
    """The newest plan saved for ``collector`` on ``day`` (``plan_json`` shape), or None."""
    with uow:
        found = uow.plans.latest(day, collector)
    return found[-1] if found else None


def _day_bounds(plan: dict) -> tuple[datetime, datetime]:
    zone = datetime.fromisoformat(plan["leave_at"]).tzinfo if plan.get("leave_at") else None
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
    day (kept + new) and audit it. Returns the plan of the rest, its session and the day's JSON."""
    req = rest_of_day(req, kept, at, origin)
    done = frozenset(s["case_id"] for s in kept)
    session = session_for(uow, req, as_of, travel, rules, excluded | done)
    for cid in set(req.locked) - {c.case.case_id for c in session.candidates}:  # done, or no longer open
        req.locked.pop(cid, None)
    plan = plan_day(list(session.cases.values()), req, as_of, travel, solve, time_limit=time_limit, session=session)
    data = merged_json(plan, session, kept, first)
    with uow:
        uow.plans.save(req.day, req.collector, data)
        uow.audit.append("plan", f"{req.collector} {req.day.isoformat()}",
                         {"stops": [s["case_id"] for s in data["stops"]], "valid": data["valid"],
                          "kept": sorted(done), "from": req.shift_start.isoformat()})
        uow.commit()
    return plan, session, data
