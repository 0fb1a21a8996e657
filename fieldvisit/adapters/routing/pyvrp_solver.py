"""Solve a :class:`RoutingProblem` with PyVRP (pinned to 0.14: its API moved between minors).

Time windows, optional stops with prizes, mutually exclusive stops (client groups: the several
windows of one case), shifts per vehicle type, capacities. Deterministic for a seed; stops at the
time limit or after a run of iterations without improvement.
"""

from __future__ import annotations

import time
import warnings

from pyvrp import Model
from pyvrp.stop import MaxRuntime, MultipleCriteria, NoImprovement

from fieldvisit.domain.routing import INF, Route, RoutingProblem, RoutingSolution

NO_IMPROVEMENT_ITERATIONS = 20_000


def _cap(value: int) -> int:
    return min(value, INF)


def solve(problem: RoutingProblem, time_limit: float = 5.0, seed: int = 1,
          no_improvement: int | None = NO_IMPROVEMENT_ITERATIONS) -> RoutingSolution:
    started = time.perf_counter()
    m = Model()
    locations = [m.add_location(x=0, y=0) for _ in range(len(problem.duration))]
    depot_of = {loc: m.add_depot(locations[loc]) for loc in problem.depots}
    uses_capacity = any(v.capacity for v in problem.vehicles)
    for v in problem.vehicles:
        m.add_vehicle_type(
            num_available=v.count, capacity=[v.capacity or 10**9] if uses_capacity else [],
            start_depot=depot_of[v.start], end_depot=depot_of[v.end],
            tw_early=v.tw_early, tw_late=_cap(v.tw_late),
            unit_distance_cost=1, unit_duration_cost=0, name=v.name or "")
    groups = {gid: m.add_client_group(required=req) for gid, req in problem.groups.items()}
    for s in problem.stops:
        m.add_client(
            locations[s.location], delivery=[s.demand] if uses_capacity else [],
            service_duration=s.service, tw_early=s.tw_early, tw_late=_cap(s.tw_late),
            prize=s.prize, required=s.required and s.group is None,
            group=groups[s.group] if s.group is not None else None, name=s.key)
    cost_matrix = problem.distance if problem.objective == "distance" else problem.duration
    for i, frm in enumerate(locations):
        drow, crow = problem.duration[i], cost_matrix[i]
        for j, to in enumerate(locations):
            if i != j:
                m.add_edge(frm, to, distance=crow[j], duration=drow[j])
    stop = MaxRuntime(max(0.01, time_limit))
    if no_improvement:
        stop = MultipleCriteria([stop, NoImprovement(no_improvement)])
    with warnings.catch_warnings():  # feasibility is checked on the result, not by warnings
        warnings.simplefilter("ignore")
        result = m.solve(stop=stop, seed=seed, display=False)
    best = result.best
    routes = []
    for r in best.routes():
        clients = [a for a in r if a.is_client()]
        routes.append(Route(vehicle=r.vehicle_type(), stops=[a.idx for a in clients],
                            starts=[a.start_time for a in clients],
                            start_time=r.start_time(), end_time=r.end_time()))
    return RoutingSolution(routes=routes, feasible=best.is_feasible(), cost=best.distance_cost(),
                           seconds=time.perf_counter() - started, solver="pyvrp")
