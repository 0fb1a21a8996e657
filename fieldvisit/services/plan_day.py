"""Use cases: plan one collector's day, or a whole team's, with a routing solver.

One day model for every path (``plan``, ``plan-team``, the planner window, the week): candidates
come from ``domain.planning.build_candidates`` with the request's rule sets, approvals, visit
history and follow-ups. Agreed appointments carry a prize far above any other visit, so they are
kept whenever they can be reached; broken-promise follow-ups come next; other visits compete by
priority. Every prize also covers the visit's own way there and back (services/plan_reasons.py), so a
case that fits in the shift is visited on a day with room for it however far it is, and a case left
out is told the true reason (too far for the shift, hours out of reach, the day full). Every plan is re-timed by ``domain.plan.schedule`` and checked by
``domain.plan.validate``; a stop the check rejects is taken out (and reported) before the plan is
returned, so no path hands back a plan the validator calls unlawful.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Protocol

import numpy as np

from fieldvisit.domain.cases import Case
from fieldvisit.domain.plan import LUNCH, DayMatrix, Plan, schedule, validate
from fieldvisit.services.plan_reasons import left_out, reach
from fieldvisit.domain.planning import (
    MAX_SHORTLIST, SHORTLIST_FACTOR, Candidate, DayRequest, Reason, Unplanned, build_candidates, day_capacity,
    shortlist,
)
from fieldvisit.domain.routing import RoutingProblem, RoutingSolution, Stop, Vehicle

APPOINTMENT_PRIZE = 10_000_000
FOLLOW_UP_PRIZE = 1_000_000
OPTIONAL_BASE_PRIZE = 3600  # a visit is worth at least an hour on the road, beyond its own way there and back
PRIZE_PER_POINT = 60
#: The day's search stops after this many iterations without a better plan (or at the time
#: limit): on 60-candidate days, the plan of a full 1.5 s search in a fraction of the time
#: (benchmarks/bench_team.py shows both side by side).
DAY_NO_IMPROVEMENT = 200


class Travel(Protocol):
    def matrix(self, points: list[tuple[float, float]]) -> tuple: ...  # (seconds, metres) n×n
    def seconds(self, a: tuple[float, float], b: tuple[float, float]) -> int: ...


Solver = Callable[..., RoutingSolution]


def _prize(c: Candidate, way: int = 0) -> int:
    """The solver's prize of a visit. ``way``: the most travel the visit can add to a route (its
    way there and back, see services/plan_reasons.reach), so a visit that fits in the shift is
    always worth its road and priority points decide only between visits that compete for time."""
    if c.appointment:
        return APPOINTMENT_PRIZE + c.value + way
    if c.follow_up:
        return FOLLOW_UP_PRIZE + PRIZE_PER_POINT * c.value + way
    return OPTIONAL_BASE_PRIZE + PRIZE_PER_POINT * c.value + way


def _stops_for(cands: list[Candidate], first_location: int, t0, locked: dict,
               ways=None) -> tuple[list[Stop], dict[int, bool], list[int]]:
    """The routing stops of ``cands`` (one per start interval), their groups and owners; ``ways``:
    per candidate the travel its prize covers (``reach``)."""
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
                              prize=_prize(c, int(ways[ci]) if ways is not None else 0), required=required, group=gid, key=c.case.case_id))
            owner.append(ci)
    return stops, groups, owner


def keep_lawful(plan: Plan, order: list, cands: list[Candidate], matrix: DayMatrix, req: DayRequest,
                cases: dict[str, Case], travel: Travel) -> Plan:
    """``plan`` with every stop the independent check rejects taken out (reported as
    ``failed_plan_check`` with the check's sentence) and the rest re-timed, until the check
    passes. A problem naming no visit (the shift overrun) drops the last visit."""
    dropped: list[Unplanned] = []
    while True:
        problems = list(plan.violations) + validate(plan, cases, req, travel.seconds)
        if not problems:
            break
        planned = {s.case_id for s in plan.stops}
        bad: dict[str, str] = {}
        for p in problems:
            cid = getattr(p, "params", {}).get("case_id")
            if cid in planned and cid not in bad:
                bad[cid] = p
        if not bad:
            if not plan.stops:
                plan.violations = problems
                return plan
            last = plan.stops[-1].case_id
            bad[last] = problems[0]
        dropped += [Unplanned(cid, Reason.FAILED_CHECK, text) for cid, text in bad.items()]
        order = [o for o in order if o == LUNCH or o.case.case_id not in bad]
        plan = schedule(order, cands, matrix, req, plan.unplanned)
    plan.unplanned += dropped
    plan.violations = []
    return plan


@dataclass(slots=True)
class DaySession:
    """What a planned day needs to be re-timed instantly after a hand edit."""

    request: DayRequest
    candidates: list[Candidate]
    skipped: list[Unplanned]
    matrix: DayMatrix
    cases: dict[str, Case]


def prepare_day(cases: list[Case], req: DayRequest, as_of: date, travel: Travel) -> DaySession:
    """The day's candidates (the most urgent lawful ones that could fit: ``shortlist``), the
    cases left out with the reason, and the travel matrix between start, end and candidates."""
    cands, skipped = build_candidates(cases, req, as_of)
    cands, rest = shortlist(cands, req)
    skipped += rest
    points = [req.start, req.end or req.start] + [(c.case.lat, c.case.lon) for c in cands]
    secs, metres = travel.matrix(points)
    matrix = DayMatrix(np.asarray(secs).tolist(), np.asarray(metres).tolist())
    return DaySession(req, cands, skipped, matrix, {c.case_id: c for c in cases})


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
        shift = int((req.shift_end - t0).total_seconds())
        ways = reach([secs], [0], [1], range(2, 2 + len(cands)), [shift])
        stops, groups, owner = _stops_for(cands, 2, t0, req.locked, ways)
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
                                 objective="duration", groups=groups,
                                 first=[k for k, o in enumerate(owner)
                                        if o < 0 or cands[o].appointment or cands[o].case.case_id in req.locked],
                                 no_improvement=DAY_NO_IMPROVEMENT)
        solution = solve(problem, time_limit=time_limit, seed=seed)
        for route in solution.routes:
            for k in route.stops:
                order.append(LUNCH if owner[k] < 0 else cands[owner[k]])
    planned = [c for c in order if c != LUNCH]
    ids = {id(c) for c in planned}
    views = [(req, np.asarray(secs, dtype=np.int64), matrix.metres, 0, 1)]
    rest = [ci for ci, c in enumerate(cands) if id(c) not in ids]
    skipped += left_out([cands[ci] for ci in rest], [ci + 2 for ci in rest], views, planned)
    plan = schedule(order, cands, matrix, req, skipped)
    return keep_lawful(plan, order, cands, matrix, req, session.cases, travel)


def team_shortlist(cands: list[Candidate], requests: list[DayRequest]) -> tuple[list[Candidate], list[Unplanned]]:
    """``shortlist`` per collector (their own cases, their own shift), and for the cases assigned to
    none of them a pool of at most what the whole team could hold, three times (never fewer than
    ``MAX_SHORTLIST``, never more than the collectors' limits together). Order kept."""
    names = {r.collector for r in requests}
    kept: set[int] = set()
    rest: list[Unplanned] = []
    limits = []
    for r in requests:
        own = [c for c in cands if c.case.collector == r.collector]
        limits.append(min(MAX_SHORTLIST, SHORTLIST_FACTOR * day_capacity(r, own)))
        chosen, left = shortlist(own, r, limits[-1])
        kept |= {id(c) for c in chosen}
        rest += left
    shared = [c for c in cands if c.case.collector not in names]
    if shared:
        hold = sum(day_capacity(r, shared) for r in requests)
        chosen, left = shortlist(shared, team_request(requests), min(sum(limits), max(MAX_SHORTLIST, 3 * hold)))
        kept |= {id(c) for c in chosen}
        rest += left
    return [c for c in cands if id(c) in kept], rest


def team_request(requests: list[DayRequest]) -> DayRequest:
    """The day model shared by a team: the first request's rule sets, approvals, history and
    follow-ups (the workspace's), over the span of every collector's shift. Each collector's own
    shift, start and mode are kept by the solver's vehicles and checked per plan afterwards."""
    return replace(requests[0], collector="team", shift_start=min(r.shift_start for r in requests),
                   shift_end=max(r.shift_end for r in requests), locked={}, lunch=None, end=None)


@dataclass(slots=True)
class TeamProblem:
    problem: RoutingProblem
    candidates: list[Candidate]
    skipped: list[Unplanned]
    owner: list[int]  # stop index → candidate index
    matrices: dict[str, tuple]  # travel mode → (seconds, metres) over depots + candidates
    modes: list[str]


def team_problem(cases: list[Case], requests: list[DayRequest], as_of: date,
                 travel_for: Callable[[str], Travel]) -> TeamProblem:
    """The team's day as one multi-vehicle routing problem: one vehicle per collector (their start,
    end, shift, travel mode as a matrix profile), every candidate a prize-collecting stop, a
    capacity of a fair share plus one to balance the work. One travel matrix per mode, computed
    once, as a whole."""
    union = team_request(requests)
    cands, skipped = build_candidates(cases, union, as_of)
    cands, rest = team_shortlist(cands, requests)
    skipped += rest
    k = len(requests)
    points = [p for r in requests for p in (r.start, r.end or r.start)] + [(c.case.lat, c.case.lon) for c in cands]
    modes = sorted({r.mode for r in requests})
    matrices = {m: tuple(np.asarray(a) for a in travel_for(m).matrix(points)) for m in modes}
    t0 = union.shift_start
    ways = reach([matrices[r.mode][0] for r in requests], [2 * i for i in range(k)], [2 * i + 1 for i in range(k)],
                 range(2 * k, 2 * k + len(cands)), [int((r.shift_end - r.shift_start).total_seconds()) for r in requests])
    stops, groups, owner = _stops_for(cands, 2 * k, t0, {}, ways)
    for s in stops:
        s.demand = 1
    fair_share = math.ceil(len(cands) / k) + 1 if cands else 1
    vehicles = [Vehicle(start=2 * i, end=2 * i + 1, tw_early=int((r.shift_start - t0).total_seconds()),
                        tw_late=int((r.shift_end - t0).total_seconds()), capacity=fair_share,
                        name=r.collector, profile=modes.index(r.mode)) for i, r in enumerate(requests)]
    secs0 = matrices[modes[0]][0]
    problem = RoutingProblem(duration=secs0, distance=secs0, depots=list(range(2 * k)), stops=stops,
                             vehicles=vehicles, objective="duration", groups=groups,
                             profiles=[(matrices[m][0], matrices[m][0]) for m in modes[1:]],
                             first=[i for i, o in enumerate(owner) if cands[o].appointment])
    return TeamProblem(problem, cands, skipped, owner, matrices, modes)


def plan_team(cases: list[Case], requests: list[DayRequest], as_of: date, travel: Travel | Callable[[str], Travel],
              solve: Solver, time_limit: float = 10.0, seed: int = 1) -> tuple[list[Plan], list[Unplanned]]:
    """Plan several collectors at once (each with their own start point, shift and travel mode),
    balancing the number of visits between them. ``travel`` is one travel model, or a function
    giving the model of a mode. Returns one checked plan per request, and the cases not planned."""
    if not requests:
        return [], []
    travels: dict[str, Travel] = {}

    def travel_for(mode: str) -> Travel:
        if mode not in travels:
            is_model = hasattr(travel, "matrix") and not isinstance(travel, type)
            travels[mode] = travel if is_model else travel(mode)
        return travels[mode]

    tp = team_problem(cases, requests, as_of, travel_for)
    solution = solve(tp.problem, time_limit=time_limit, seed=seed) if tp.candidates else None
    return team_plans(tp, solution, cases, requests, travel_for)


def team_plans(tp: TeamProblem, solution: RoutingSolution | None, cases: list[Case], requests: list[DayRequest],
               travel_for: Callable[[str], Travel]) -> tuple[list[Plan], list[Unplanned]]:
    """Each collector's route of ``solution`` re-timed on their own request and checked (stops the
    check rejects are taken out); the cases left over with the reason."""
    cands, skipped, k = tp.candidates, list(tp.skipped), len(requests)
    orders: list[list[Candidate]] = [[] for _ in requests]
    for route in solution.routes if solution is not None else []:
        orders[route.vehicle] = [cands[tp.owner[s]] for s in route.stops]
    plans = []
    by_id = {c.case_id: c for c in cases}
    position = {id(c): i for i, c in enumerate(cands)}
    planned: set[int] = set()
    for i, (r, o) in enumerate(zip(requests, orders, strict=True)):
        idx = np.array([2 * i, 2 * i + 1] + [2 * k + position[id(c)] for c in o])
        secs, metres = tp.matrices[r.mode]
        sub = DayMatrix(secs[np.ix_(idx, idx)].tolist(), metres[np.ix_(idx, idx)].tolist())
        plan = keep_lawful(schedule(o, o, sub, r), list(o), o, sub, r, by_id, travel_for(r.mode))
        skipped += plan.unplanned
        kept = {s.case_id for s in plan.stops}
        planned |= {id(c) for c in o if c.case.case_id in kept}
        plans.append(plan)
    dropped = {u.case_id for u in skipped}
    views = []
    for i, r in enumerate(requests):
        secs, metres = tp.matrices[r.mode]
        views.append((r, secs, metres, 2 * i, 2 * i + 1))
    rest = [c for c in cands if id(c) not in planned and c.case.case_id not in dropped]
    skipped += left_out(rest, [2 * k + position[id(c)] for c in rest], views, [c for c in cands if id(c) in planned])
    return plans, skipped
