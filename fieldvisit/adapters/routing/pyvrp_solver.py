"""Solve a :class:`RoutingProblem` with PyVRP (pinned to 0.14: its API moved between minors).

Time windows, optional stops with prizes, mutually exclusive stops (client groups: the several
windows of one case), shifts per vehicle type, capacities, a travel profile per vehicle type
(collectors on foot and by car in one team). The problem data is built straight from the
matrices (numpy, no per-edge Python loop), so a 3,000-stop team day costs seconds, not minutes.

A large team (one vehicle per collector, hundreds of stops) is decomposed first (see
adapters/routing/decompose.py: the team's appointments placed greedily with ejection-chain repair,
then collector by collector on their territories), and the whole-team search starts from those
routes. ``initial`` routes may be given instead; the result is never worse than them. Otherwise
agreed appointments (``problem.first``) are routed alone first and the whole search starts from
that solution. Deterministic for a seed; stops at the time limit or after ``no_improvement`` iterations without a
better solution, whichever comes first.
"""

from __future__ import annotations

import time
import warnings
from dataclasses import replace

import numpy as np
from pyvrp import Client, ClientGroup, Depot, Location, ProblemData, Solution, VehicleType
from pyvrp import Route as PyvrpRoute
from pyvrp import solve as pyvrp_solve
from pyvrp.stop import MaxRuntime, MultipleCriteria, NoImprovement

from fieldvisit.adapters.routing.decompose import by_territory, can_decompose
from fieldvisit.domain.routing import INF, Route, RoutingProblem, RoutingSolution

#: Iterations without improvement before the search stops, unless the problem says otherwise
#: (``RoutingProblem.no_improvement``; the day planner sets its own, see services/plan_day.py).
NO_IMPROVEMENT_ITERATIONS = 20_000
#: Share of the time a large team problem spends on its collectors' territories alone before
#: the search over the whole team (see adapters/routing/decompose.py).
DECOMPOSE_SHARE = 0.5


def _cap(value: int) -> int:
    return int(min(value, INF))


def _matrix(m) -> np.ndarray:
    out = np.asarray(m, dtype=np.int64)
    if out.ndim != 2:  # an empty problem
        out = out.reshape(0, 0)
    return out


def problem_data(problem: RoutingProblem) -> ProblemData:
    """The PyVRP data of ``problem`` (matrices shared, never copied edge by edge)."""
    n = len(problem.duration)
    locations = [Location(x=0, y=0) for _ in range(n)]
    depot_index = {loc: i for i, loc in enumerate(problem.depots)}
    depots = [Depot(location=loc) for loc in problem.depots]
    uses_capacity = any(v.capacity for v in problem.vehicles)
    vehicle_types = [
        VehicleType(num_available=v.count, capacity=[v.capacity or 10**9] if uses_capacity else [],
                    start_depot=depot_index[v.start], end_depot=depot_index[v.end],
                    tw_early=v.tw_early, tw_late=_cap(v.tw_late), unit_distance_cost=1, unit_duration_cost=0,
                    profile=v.profile, name=v.name or "")
        for v in problem.vehicles]
    group_ids = sorted(problem.groups)
    group_index = {gid: i for i, gid in enumerate(group_ids)}
    members: dict[int, list[int]] = {gid: [] for gid in group_ids}
    clients = []
    for k, s in enumerate(problem.stops):
        if s.group is not None:
            members[s.group].append(k)
        clients.append(Client(location=s.location, delivery=[s.demand] if uses_capacity else [],
                              service_duration=s.service, tw_early=s.tw_early, tw_late=_cap(s.tw_late),
                              prize=s.prize, required=s.required and s.group is None,
                              group=group_index[s.group] if s.group is not None else None, name=s.key))
    groups = [ClientGroup(members[gid], required=problem.groups[gid]) for gid in group_ids]
    profiles = [(problem.duration, problem.distance), *problem.profiles]
    durations, distances = [], []
    for dur, dist in profiles:
        d = _matrix(dur)
        durations.append(d)
        distances.append(d if problem.objective == "duration" else _matrix(dist))
    return ProblemData(locations=locations, clients=clients, depots=depots, vehicle_types=vehicle_types,
                       distance_matrices=distances, duration_matrices=durations, groups=groups)


def _warm_start(problem: RoutingProblem, data: ProblemData, time_limit: float, seed: int,
                no_improvement: int | None) -> Solution | None:
    """Route ``problem.first`` alone (a small problem: the day's appointments), as the start of
    the whole search, so the long search spends its time on the optional visits instead of
    rediscovering which appointments fit together."""
    keep = set(problem.first)
    for k in list(keep):  # a case's other windows come along
        g = problem.stops[k].group
        if g is not None:
            keep |= {j for j, s in enumerate(problem.stops) if s.group == g}
    chosen = sorted(keep)
    if not chosen or len(chosen) == len(problem.stops):
        return None
    used_groups = {problem.stops[k].group for k in chosen} - {None}
    sub = replace(problem, stops=[problem.stops[k] for k in chosen],
                  groups={g: r for g, r in problem.groups.items() if g in used_groups}, first=[])
    sub_data = problem_data(sub)
    stop = MaxRuntime(max(0.01, time_limit))
    if no_improvement:
        stop = MultipleCriteria([stop, NoImprovement(no_improvement)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        best = pyvrp_solve(sub_data, stop=stop, seed=seed, collect_stats=False, display=False).best
    if not best.is_feasible():
        return None
    routes = [PyvrpRoute(data, [chosen[a.idx] for a in r if a.is_client()], r.vehicle_type()) for r in best.routes()]
    return Solution(data, routes)


class _Deadline:
    """Stopping criterion: stop once the clock passes ``at`` (``time.perf_counter()`` seconds)."""

    def __init__(self, at: float) -> None:
        self.at = at

    def __call__(self, best_cost: float) -> bool:
        return time.perf_counter() >= self.at


def solve(problem: RoutingProblem, time_limit: float = 5.0, seed: int = 1,
          no_improvement: int | None = -1, warm_start: bool = True,
          initial: list[list[int]] | None = None) -> RoutingSolution:
    """Best solution found within ``time_limit`` seconds (or once ``no_improvement`` iterations
    in a row found nothing better; ``None`` uses the whole time; by default the problem's own
    ``no_improvement``, else ``NO_IMPROVEMENT_ITERATIONS``). ``warm_start=False`` skips
    routing ``problem.first`` alone first (the search before issue 14, for side-by-side runs).
    ``initial``: stop indices per vehicle (one list per ``problem.vehicles``, feasible) to start
    the search from instead; the result is never worse than it."""
    started = time.perf_counter()
    if no_improvement == -1:
        no_improvement = problem.no_improvement or NO_IMPROVEMENT_ITERATIONS
    data = problem_data(problem)
    start = None
    if initial is not None:
        start = Solution(data, [PyvrpRoute(data, stops, v) for v, stops in enumerate(initial) if stops])
    elif warm_start and can_decompose(problem):
        routes = by_territory(problem, solve, DECOMPOSE_SHARE * time_limit, seed)
        start = Solution(data, [PyvrpRoute(data, stops, v) for v, stops in routes if stops])
    elif problem.first and warm_start:
        start = _warm_start(problem, data, 0.25 * time_limit, seed, no_improvement)
    # a deadline, not a run time: PyVRP's own set-up (neighbours of 3,000 clients: seconds) counts
    stop = _Deadline(started + max(0.01, time_limit))
    if no_improvement:
        stop = MultipleCriteria([stop, NoImprovement(no_improvement)])
    with warnings.catch_warnings():  # feasibility is checked on the result, not by warnings
        warnings.simplefilter("ignore")
        result = pyvrp_solve(data, stop=stop, seed=seed, collect_stats=False, display=False,
                             initial_solution=start)
    best = result.best
    routes = []
    for r in best.routes():
        clients = [a for a in r if a.is_client()]
        routes.append(Route(vehicle=r.vehicle_type(), stops=[a.idx for a in clients],
                            starts=[a.start_time for a in clients],
                            start_time=r.start_time(), end_time=r.end_time()))
    return RoutingSolution(routes=routes, feasible=best.is_feasible(), cost=best.distance_cost(),
                           seconds=time.perf_counter() - started, solver="pyvrp",
                           objective=int(best.distance_cost() + best.uncollected_prizes()),
                           iterations=result.num_iterations)
