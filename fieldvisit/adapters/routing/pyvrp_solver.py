"""Solve a :class:`RoutingProblem` with PyVRP (pinned to 0.14: its API moved between minors).

Time windows, optional stops with prizes, mutually exclusive stops (client groups: the several
windows of one case), shifts per vehicle type, capacities, a travel profile per vehicle type
(collectors on foot and by car in one team). The problem data is built straight from the
matrices (numpy, no per-edge Python loop), so a 3,000-stop team day costs seconds, not minutes.

Deterministic for a seed; stops at the time limit or after ``no_improvement`` iterations without a
better solution, whichever comes first.
"""

from __future__ import annotations

import time
import warnings

import numpy as np
from pyvrp import Client, ClientGroup, Depot, Location, ProblemData, VehicleType
from pyvrp import solve as pyvrp_solve
from pyvrp.stop import MaxRuntime, MultipleCriteria, NoImprovement

from fieldvisit.domain.routing import INF, Route, RoutingProblem, RoutingSolution

#: Iterations without improvement before the search stops (measured on 60-candidate days: the
#: cost found is the cost of a full 1.5 s run; see benchmarks/bench_team.py).
NO_IMPROVEMENT_ITERATIONS = 2_500


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


def solve(problem: RoutingProblem, time_limit: float = 5.0, seed: int = 1,
          no_improvement: int | None = NO_IMPROVEMENT_ITERATIONS) -> RoutingSolution:
    """Best solution found within ``time_limit`` seconds (or once ``no_improvement`` iterations
    in a row found nothing better; ``None`` uses the whole time)."""
    started = time.perf_counter()
    data = problem_data(problem)
    stop = MaxRuntime(max(0.01, time_limit))
    if no_improvement:
        stop = MultipleCriteria([stop, NoImprovement(no_improvement)])
    with warnings.catch_warnings():  # feasibility is checked on the result, not by warnings
        warnings.simplefilter("ignore")
        result = pyvrp_solve(data, stop=stop, seed=seed, collect_stats=False, display=False)
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
