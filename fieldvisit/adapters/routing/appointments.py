"""Repair of a team's appointment routes: every agreed appointment that fits somewhere is routed.

A search over hundreds of appointments and a hundred collectors may leave out an appointment
that fits: directly into some collector's route, or once another appointment of that route moves
to a third collector (an ejection chain). :func:`repair` checks every appointment left out
against every route and forces it in when a chain of at most ``depth`` moves makes room, so the
appointments routed can only grow. Solver-neutral (works on :class:`RoutingProblem` indices);
time windows, shifts, capacities and groups (one case's several windows: at most one visited)
are honoured exactly as ``domain.routing.check`` reads them.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np

from fieldvisit.domain.routing import RoutingProblem


class _Routes:
    """Feasibility and insertion tests of stop sequences, one per vehicle."""

    def __init__(self, problem: RoutingProblem, routes: list[list[int]]):
        self.p = problem
        profiles = [(problem.duration, problem.distance), *problem.profiles]
        self.dur = [np.asarray(profiles[v.profile][0]) for v in problem.vehicles]
        self.routes = [list(r) for r in routes]

    def fits(self, v: int, seq: Sequence[int]) -> bool:
        """Can vehicle ``v`` visit ``seq`` in that order inside every window and its shift?"""
        veh, d, stops = self.p.vehicles[v], self.dur[v], self.p.stops
        if veh.capacity and sum(stops[k].demand for k in seq) > veh.capacity:
            return False
        t, here = veh.tw_early, veh.start
        for k in seq:
            s = stops[k]
            t = max(t + int(d[here, s.location]), s.tw_early)
            if t > s.tw_late:
                return False
            t += s.service
            here = s.location
        return t + int(d[here, veh.end]) <= veh.tw_late

    def travel(self, v: int, seq: Sequence[int]) -> int:
        veh, d = self.p.vehicles[v], self.dur[v]
        path = [veh.start, *(self.p.stops[k].location for k in seq), veh.end]
        return int(sum(int(d[a, b]) for a, b in zip(path, path[1:], strict=False)))

    def insertion(self, k: int, v: int, seq: list[int]) -> list[int] | None:
        """The cheapest feasible order of ``seq`` with stop ``k`` inserted, or None."""
        best, best_cost = None, None
        for pos in range(len(seq) + 1):
            trial = seq[:pos] + [k] + seq[pos:]
            if self.fits(v, trial):
                cost = self.travel(v, trial)
                if best_cost is None or cost < best_cost:
                    best, best_cost = trial, cost
        return best


def _make_feasible(r: _Routes) -> None:
    """Take stops out of routes that break a window, the shift or the capacity (the result of a
    search stopped before it found a feasible solution) one at a time, each time the first whose
    removal makes the route feasible (else the last), and the second visit of a group."""
    seen_groups: set[int] = set()
    for v, route in enumerate(r.routes):
        keep = []
        for k in route:
            g = r.p.stops[k].group
            if g is not None and g in seen_groups:
                continue
            if g is not None:
                seen_groups.add(g)
            keep.append(k)
        while keep and not r.fits(v, keep):
            fixed = next((keep[:i] + keep[i + 1:] for i in range(len(keep)) if r.fits(v, keep[:i] + keep[i + 1:])),
                         None)
            keep = fixed if fixed is not None else keep[:-1]
        r.routes[v] = keep


def repair(problem: RoutingProblem, routes: list[list[int]], wanted: list[int], depth: int = 3,
           time_limit: float = 2.0) -> list[list[int]]:
    """``routes`` (stop indices per vehicle, one list per ``problem.vehicles``; a route that breaks
    a window or the shift first loses stops until it is feasible) with every stop of
    ``wanted`` left out inserted where it fits, moving at most ``depth - 1`` other routed stops to
    other vehicles to make room (each moved stop stays routed). A group counts as routed when one
    of its stops is. Stops no vehicle can reach on its own are skipped at once. Stops after
    ``time_limit`` seconds. Returns new lists; ``routes`` is not changed."""
    started = time.perf_counter()
    r = _Routes(problem, routes)
    n_vehicles = len(problem.vehicles)
    _make_feasible(r)
    routed_groups = {problem.stops[k].group for route in r.routes for k in route} - {None}
    routed = {k for route in r.routes for k in route}
    units: dict[object, list[int]] = {}
    for k in wanted:
        g = problem.stops[k].group
        if k in routed or (g is not None and g in routed_groups):
            continue
        units.setdefault(("g", g) if g is not None else ("s", k), []).append(k)
    reach: dict[int, list[int]] = {}

    def reachable(k: int) -> list[int]:
        if k not in reach:
            reach[k] = [v for v in range(n_vehicles) if r.fits(v, [k])]
        return reach[k]

    def place(k: int, level: int, banned: frozenset[int]) -> list[tuple[int, list[int]]] | None:
        """Route changes (vehicle, new sequence) that put ``k`` in, or None."""
        options = [v for v in reachable(k) if v not in banned]
        for v in options:  # directly
            seq = r.insertion(k, v, r.routes[v])
            if seq is not None:
                return [(v, seq)]
        if level <= 1 or time.perf_counter() - started > time_limit:
            return None
        for v in options:  # make room by moving one stop of v's route elsewhere
            route = r.routes[v]
            for b in route:
                rest = [x for x in route if x != b]
                seq = r.insertion(k, v, rest)
                if seq is None:
                    continue
                moved = place(b, level - 1, banned | {v})
                if moved is not None:
                    return [(v, seq), *moved]
        return None

    # the most constrained first: fewest collectors who could reach it, then the narrowest window
    for unit in sorted(units.values(), key=lambda ks: (sum(len(reachable(k)) for k in ks),
                                                       min(problem.stops[k].tw_late - problem.stops[k].tw_early
                                                           for k in ks))):
        for k in unit:
            if time.perf_counter() - started > time_limit:
                return r.routes
            changes = place(k, depth, frozenset())
            if changes is not None:
                for v, seq in changes:
                    r.routes[v] = seq
                break
    return r.routes


__all__ = ["repair"]
