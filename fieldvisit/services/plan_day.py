"""Use cases: plan one collector's day, or a whole team's, with a routing solver.

Agreed appointments carry a prize far above any other visit, so they are kept whenever they can
be reached; other visits compete by priority. Every plan is re-timed by ``domain.plan.schedule``
and checked by ``domain.plan.validate`` before it is returned.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from fieldvisit.domain.cases import Case
from fieldvisit.domain.plan import LUNCH, DayMatrix, Plan, schedule, validate
from fieldvisit.domain.planning import (
    Candidate, DayRequest, Reason, Unplanned, build_candidates,
)
from fieldvisit.domain.routing import RoutingProblem, RoutingSolution, Stop, Vehicle

APPOINTMENT_PRIZE = 10_000_000
OPTIONAL_BASE_PRIZE = 3600  # a visit is worth at least an hour on the road
PRIZE_PER_POINT = 60


class Travel(Protocol):
    def matrix(self, points: list[tuple[float, float]]) -> tuple[list[list[int]], list[list[int]]]: ...
    def seconds(self, a: tuple[float, float], b: tuple[float, float]) -> int: ...


Solver = Callable[..., RoutingSolution]


def _prize(c: Candidate) -> int:
    if c.appointment:
        return APPOINTMENT_PRIZE + c.value
    return OPTIONAL_BASE_PRIZE + PRIZE_PER_POINT * c.value


def _stops_for(cands: list[Candidate], first_location: int, t0, locked: dict) -> tuple[list[Stop], dict[int, bool], list[int]]:
    stops: list[Stop] = []
    groups: dict[int, bool] = {}
    owner: list[int] = []  # stop index → candidate index
    for ci, c in enumerate(cands):
        required = c.case.case_id in locked
        gid = None
        if len(c.starts) > 1:
            gid = len(groups)
            groups[gid] = required
        for s, e in c.starts:
            stops.append(Stop(location=first_location + ci, service=c.service,
                              tw_early=int((s - t0).total_seconds()), tw_late=int((e - t0).total_seconds()),
                              prize=_prize(c), required=required, group=gid, key=c.case.case_id))
            owner.append(ci)
    return stops, groups, owner


def _reachable_alone(c: Candidate, secs, index: int, req: DayRequest, start_idx=0, end_idx=1) -> bool:
    """Could this visit be made on its own: from the start, inside a window, back before the shift ends?"""
    there = req.shift_start + timedelta(seconds=secs[start_idx][index])
    for s, e in c.starts:
        begin = max(there, s)
        if begin <= e and begin + timedelta(seconds=c.service + secs[index][end_idx]) <= req.shift_end:
            return True
    return False


@dataclass(slots=True)
class DaySession:
    """What a planned day needs to be re-timed instantly after a hand edit."""

    request: DayRequest
    candidates: list[Candidate]
    skipped: list[Unplanned]
    matrix: DayMatrix
    cases: dict[str, Case]


def prepare_day(cases: list[Case], req: DayRequest, as_of: date, travel: Travel) -> DaySession:
    cands, skipped = build_candidates(cases, req, as_of)
    points = [req.start, req.end or req.start] + [(c.case.lat, c.case.lon) for c in cands]
    secs, metres = travel.matrix(points)
    return DaySession(req, cands, skipped, DayMatrix(secs, metres), {c.case_id: c for c in cases})


def retime(session: DaySession, case_ids: list[str], travel: Travel) -> Plan:
    """Timings and problems of a hand-made order of visits (the timeline after a drag)."""
    by_id = {c.case.case_id: c for c in session.candidates}
    order = [by_id[cid] for cid in case_ids if cid in by_id]
    plan = schedule(order, session.candidates, session.matrix, session.request, session.skipped)
    plan.violations += validate(plan, session.cases, session.request, travel.seconds)
    return plan


def plan_day(cases: list[Case], req: DayRequest, as_of: date, travel: Travel, solve: Solver,
             time_limit: float = 5.0, seed: int = 1, session: DaySession | None = None) -> Plan:
    session = session or prepare_day(cases, req, as_of, travel)
    cands, skipped, matrix = session.candidates, list(session.skipped), session.matrix
    secs = matrix.seconds
    t0 = req.shift_start
    order: list[Candidate | str] = []
    if cands:
        n = len(secs)
        dur = [row[:] for row in secs]
        cost = [row[:] for row in secs]
        stops, groups, owner = _stops_for(cands, 2, t0, req.locked)
        if req.lunch is not None:
            # Lunch is a stop "where the collector already is": free to reach, and leaving it costs
            # the longest trip to the next place (conservative, so the real day always fits).
            out = [max(secs[i][j] for i in range(n) if i != j) if n > 1 else 0 for j in range(n)]
            for row in dur + cost:
                row.append(0)
            dur.append(out + [0])
            cost.append(out + [0])
            stops.append(Stop(location=n, service=req.lunch.minutes * 60,
                              tw_early=int((req.lunch.earliest - t0).total_seconds()),
                              tw_late=int((req.lunch.latest - t0).total_seconds()), key=LUNCH))
            owner.append(-1)
        problem = RoutingProblem(duration=dur, distance=cost, depots=[0, 1], stops=stops,
                                 vehicles=[Vehicle(start=0, end=1, tw_early=0,
                                                   tw_late=int((req.shift_end - t0).total_seconds()),
                                                   name=req.collector)],
                                 objective="duration", groups=groups)
        solution = solve(problem, time_limit=time_limit, seed=seed)
        for route in solution.routes:
            for k in route.stops:
                order.append(LUNCH if owner[k] < 0 else cands[owner[k]])
    planned = {id(c) for c in order if c != LUNCH}
    for ci, c in enumerate(cands):
        if id(c) in planned:
            continue
        if c.appointment and not _reachable_alone(c, secs, ci + 2, req):
            skipped.append(Unplanned(c.case.case_id, Reason.UNREACHABLE))
        elif c.appointment:
            skipped.append(Unplanned(c.case.case_id, Reason.UNREACHABLE, "conflicts with other appointments"))
        else:
            skipped.append(Unplanned(c.case.case_id, Reason.LOWER_PRIORITY))
    plan = schedule(order, cands, matrix, req, skipped)
    plan.violations += validate(plan, session.cases, req, travel.seconds)
    return plan


def plan_team(cases: list[Case], requests: list[DayRequest], as_of: date, travel: Travel,
              solve: Solver, time_limit: float = 10.0, seed: int = 1) -> tuple[list[Plan], list[Unplanned]]:
    """Plan several collectors at once (each with their own start point and shift), balancing the
    number of visits between them."""
    if not requests:
        return [], []
    first = min(requests, key=lambda r: r.shift_start)
    last = max(requests, key=lambda r: r.shift_end)
    union = DayRequest(day=first.day, collector="team", start=first.start, shift_start=first.shift_start,
                       shift_end=last.shift_end, service_minutes=first.service_minutes,
                       lawful_hours=first.lawful_hours, broken_promises=first.broken_promises,
                       days_since_visit=first.days_since_visit, holidays=first.holidays)
    cands, skipped = build_candidates(cases, union, as_of)
    k = len(requests)
    depot_points = []
    for r in requests:
        depot_points += [r.start, r.end or r.start]
    points = depot_points + [(c.case.lat, c.case.lon) for c in cands]
    secs, metres = travel.matrix(points)
    t0 = union.shift_start
    stops, groups, owner = _stops_for(cands, 2 * k, t0, {})
    for s in stops:
        s.demand = 1
    fair_share = math.ceil(len(cands) / k) + 1 if cands else 1
    vehicles = [Vehicle(start=2 * i, end=2 * i + 1, tw_early=int((r.shift_start - t0).total_seconds()),
                        tw_late=int((r.shift_end - t0).total_seconds()), capacity=fair_share,
                        name=r.collector) for i, r in enumerate(requests)]
    orders: list[list[Candidate]] = [[] for _ in requests]
    if cands:
        problem = RoutingProblem(duration=secs, distance=secs, depots=list(range(2 * k)), stops=stops,
                                 vehicles=vehicles, objective="duration", groups=groups)
        solution = solve(problem, time_limit=time_limit, seed=seed)
        for route in solution.routes:
            orders[route.vehicle] = [cands[owner[s]] for s in route.stops]
    plans = []
    planned = {id(c) for o in orders for c in o}
    by_id = {c.case_id: c for c in cases}
    for i, (r, o) in enumerate(zip(requests, orders, strict=True)):
        idx = [2 * i, 2 * i + 1] + [2 * k + cands.index(c) for c in o]
        sub = DayMatrix([[secs[a][b] for b in idx] for a in idx], [[metres[a][b] for b in idx] for a in idx])
        plan = schedule(o, o, sub, r)
        plan.violations += validate(plan, by_id, r, travel.seconds)
        plans.append(plan)
    for c in cands:
        if id(c) not in planned:
            skipped.append(Unplanned(c.case.case_id, Reason.UNREACHABLE if c.appointment else Reason.LOWER_PRIORITY))
    return plans, skipped
