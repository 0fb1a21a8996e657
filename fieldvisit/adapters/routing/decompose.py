"""Decomposition of a large team problem by territory: each stop goes to the collector whose
start and end are nearest (collectors take turns picking their nearest stop left, so the territories are balanced; a
case's several windows together), each collector's day is solved on its own small
matrix, and the routes are handed back as the start of one search over the whole team (which
may still move visits between collectors). Solver-neutral: ``solve`` solves one sub-problem."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from fieldvisit.adapters.routing.appointments import repair
from fieldvisit.domain.routing import RoutingProblem, RoutingSolution, Stop, Vehicle

def can_decompose(problem: RoutingProblem, min_stops: int = 400) -> bool:
    return len(problem.vehicles) > 1 and all(v.count == 1 for v in problem.vehicles) and len(problem.stops) >= min_stops


def territories(problem: RoutingProblem, stops: list[int] | None = None) -> list[list[int]]:
    """``stops`` (default all) per vehicle, balanced: vehicles take turns picking the nearest stop
    left (start → stop → end, in the vehicle's own travel profile); the stops of one group (one
    case's several windows) go together."""
    profiles = [(problem.duration, problem.distance), *problem.profiles]
    units: dict[object, list[int]] = {}
    for k in range(len(problem.stops)) if stops is None else stops:
        s = problem.stops[k]
        units.setdefault(("g", s.group) if s.group is not None else ("s", k), []).append(k)
    members = list(units.values())
    out: list[list[int]] = [[] for _ in problem.vehicles]
    if not members:
        return out
    locs = np.array([problem.stops[ks[0]].location for ks in members], dtype=np.int64)
    cost = np.empty((len(problem.vehicles), len(locs)), dtype=np.float64)
    for i, v in enumerate(problem.vehicles):
        dur = np.asarray(profiles[v.profile][0])
        cost[i] = dur[v.start, locs] + dur[locs, v.end]
    left = len(members)
    while left:
        for v in range(len(problem.vehicles)):
            if not left:
                break
            u = int(np.argmin(cost[v]))
            out[v].extend(members[u])
            cost[:, u] = np.inf
            left -= 1
    return out


def sub_problem(problem: RoutingProblem, v: int, stops: list[int]) -> tuple[RoutingProblem, list[int]]:
    """Vehicle ``v`` alone with ``stops``, on a matrix cut down to its own locations."""
    veh = problem.vehicles[v]
    dur, dist = [(problem.duration, problem.distance), *problem.profiles][veh.profile]
    places = list(dict.fromkeys([veh.start, veh.end, *(problem.stops[k].location for k in stops)]))
    index = {loc: i for i, loc in enumerate(places)}
    cut = np.ix_(places, places)
    d = np.asarray(dur)[cut]
    m = d if dist is dur else np.asarray(dist)[cut]
    groups = {problem.stops[k].group for k in stops} - {None}
    first = set(problem.first)
    sub = RoutingProblem(
        duration=d, distance=m, depots=sorted({index[veh.start], index[veh.end]}),
        stops=[replace(problem.stops[k], location=index[problem.stops[k].location]) for k in stops],
        vehicles=[Vehicle(start=index[veh.start], end=index[veh.end], tw_early=veh.tw_early, tw_late=veh.tw_late,
                          capacity=veh.capacity, name=veh.name)],
        objective=problem.objective, groups={g: r for g, r in problem.groups.items() if g in groups},
        first=[i for i, k in enumerate(stops) if k in first], no_improvement=problem.no_improvement)
    return sub, stops


def cut(problem: RoutingProblem, stops: list[int]) -> RoutingProblem:
    """The whole team with only ``stops``, on matrices cut down to the depots and those stops'
    places (a few hundred rows instead of thousands)."""
    places = list(dict.fromkeys([*problem.depots, *(problem.stops[k].location for k in stops)]))
    index = {loc: i for i, loc in enumerate(places)}
    grid = np.ix_(places, places)

    def small(m):
        return np.asarray(m)[grid]

    duration = small(problem.duration)
    distance = duration if problem.distance is problem.duration else small(problem.distance)
    profiles = [(d2 := small(d), d2 if m is d else small(m)) for d, m in problem.profiles]
    groups = {problem.stops[k].group for k in stops} - {None}
    return RoutingProblem(
        duration=duration, distance=distance, depots=[index[d] for d in problem.depots],
        stops=[replace(problem.stops[k], location=index[problem.stops[k].location]) for k in stops],
        vehicles=[replace(v, start=index[v.start], end=index[v.end]) for v in problem.vehicles],
        objective=problem.objective, groups={g: r for g, r in problem.groups.items() if g in groups},
        profiles=profiles, no_improvement=problem.no_improvement)


def team_appointments(problem: RoutingProblem, solve: Callable[..., RoutingSolution], time_limit: float,
                      seed: int = 1) -> list[list[int]]:
    """Stop indices per vehicle of ``problem`` (the team's agreed appointments alone): built
    greedily, most constrained appointment first, with room made by moving others
    (``appointments.repair``); improved by the solver from there for the rest of ``time_limit``
    seconds; then every appointment still left out that fits is forced in. The count routed
    never goes down from one step to the next."""
    started = time.perf_counter()
    every = list(range(len(problem.stops)))
    routes = repair(problem, [[] for _ in problem.vehicles], every, time_limit=0.5 * time_limit)
    left = time_limit - (time.perf_counter() - started)
    if left > 0.05:
        solution = solve(problem, time_limit=left, seed=seed, warm_start=False, initial=routes)
        searched: list[list[int]] = [[] for _ in problem.vehicles]
        for r in solution.routes:
            searched[r.vehicle] = list(r.stops)
        improved = repair(problem, searched, every, time_limit=max(0.2, 0.1 * time_limit))
        if sum(map(len, improved)) >= sum(map(len, routes)):
            routes = improved
    return routes


def by_territory(problem: RoutingProblem, solve: Callable[..., RoutingSolution], time_limit: float,
                 seed: int = 1, appointments_share: float = 0.3) -> list[tuple[int, list[int]]]:
    """Each vehicle's route (vehicle index, stop indices of ``problem``): first the whole team's
    agreed appointments (``problem.first``) routed alone, across all vehicles
    (:func:`team_appointments`); then every other
    stop shared out by territory, and each collector's day (their appointments + their territory)
    solved on its own, starting from its appointments. ``time_limit`` seconds in all. ``solve``
    takes a problem and ``time_limit``, ``seed``, ``warm_start`` and ``initial`` (stop indices
    per vehicle to start from; the result is never worse), as ``pyvrp_solver.solve`` does."""
    started = time.perf_counter()
    first = sorted(set(problem.first))
    groups_first = {problem.stops[k].group for k in first} - {None}
    first = sorted(set(first) | {k for k, s in enumerate(problem.stops) if s.group in groups_first})
    given: list[list[int]] = [[] for _ in problem.vehicles]
    if first:
        given = [[first[k] for k in route] for route in team_appointments(
            cut(problem, first), solve, appointments_share * time_limit, seed)]
    routed = {k for g in given for k in g}
    rest = [k for k in range(len(problem.stops)) if k not in routed]
    parts = territories(problem, rest)
    remaining = time_limit - (time.perf_counter() - started)
    busy = [v for v in range(len(problem.vehicles)) if parts[v] or given[v]]
    per = max(0.05, remaining / max(1, len(busy)))
    routes = []
    for v in busy:
        sub, back = sub_problem(problem, v, given[v] + parts[v])
        sub.first = list(range(len(given[v])))
        solution = solve(sub, time_limit=per, seed=seed, initial=[sub.first])
        if not solution.feasible:  # keep the appointments routed for this collector
            routes.append((v, given[v]))
            continue
        for r in solution.routes:
            routes.append((v, [back[k] for k in r.stops]))
    return routes


__all__ = ["Stop", "by_territory", "can_decompose", "sub_problem", "team_appointments", "territories"]
