"""Google OR-Tools on the same :class:`RoutingProblem`, for side-by-side benchmarks only
(``ortools`` is in the dev extras, not a runtime dependency).

A fair model: every visit droppable with a large penalty (required) or its prize (optional), so
the search always has a first solution; guided local search; the same time limit.
"""

from __future__ import annotations

import time

from fieldvisit.domain.routing import INF, Route, RoutingProblem, RoutingSolution
from fieldvisit.services.errors import UserError

REQUIRED_PENALTY = 10**9


def solve(problem: RoutingProblem, time_limit: float = 5.0, seed: int = 1) -> RoutingSolution:
    try:
        from ortools.constraint_solver import pywrapcp, routing_enums_pb2
    except ImportError as exc:  # pragma: no cover - dev extra
        raise UserError("OR-Tools is not installed; pip install -e '.[dev]' to compare solvers.") from exc
    started = time.perf_counter()
    n_loc = len(problem.duration)
    # OR-Tools wants one node per visit: node 0..n_loc-1 are locations (depots live there),
    # then one node per stop.
    node_loc = list(range(n_loc)) + [s.location for s in problem.stops]
    starts, ends = [], []
    vehicle_of = []
    for vi, v in enumerate(problem.vehicles):
        for _ in range(v.count):
            starts.append(v.start)
            ends.append(v.end)
            vehicle_of.append(vi)
    manager = pywrapcp.RoutingIndexManager(len(node_loc), len(starts), starts, ends)
    routing = pywrapcp.RoutingModel(manager)
    cost = problem.distance if problem.objective == "distance" else problem.duration
    first_stop = n_loc

    def service(node: int) -> int:
        return problem.stops[node - first_stop].service if node >= first_stop else 0

    def cost_cb(i, j):
        a, b = manager.IndexToNode(i), manager.IndexToNode(j)
        return cost[node_loc[a]][node_loc[b]]

    def time_cb(i, j):
        a, b = manager.IndexToNode(i), manager.IndexToNode(j)
        return problem.duration[node_loc[a]][node_loc[b]] + service(a)

    routing.SetArcCostEvaluatorOfAllVehicles(routing.RegisterTransitCallback(cost_cb))
    horizon = max([min(v.tw_late, INF) for v in problem.vehicles] + [min(s.tw_late, INF) for s in problem.stops])
    horizon = min(horizon, 10**12)
    tcb = routing.RegisterTransitCallback(time_cb)
    routing.AddDimension(tcb, horizon, horizon, False, "time")
    tdim = routing.GetDimensionOrDie("time")
    for k, s in enumerate(problem.stops):
        idx = manager.NodeToIndex(first_stop + k)
        tdim.CumulVar(idx).SetRange(s.tw_early, min(s.tw_late, horizon))
    for vk, vi in enumerate(vehicle_of):
        v = problem.vehicles[vi]
        tdim.CumulVar(routing.Start(vk)).SetRange(v.tw_early, min(v.tw_late, horizon))
        tdim.CumulVar(routing.End(vk)).SetRange(v.tw_early, min(v.tw_late, horizon))
    if any(v.capacity for v in problem.vehicles):
        demands = [0] * n_loc + [s.demand for s in problem.stops]
        dcb = routing.RegisterUnaryTransitCallback(lambda i: demands[manager.IndexToNode(i)])
        routing.AddDimensionWithVehicleCapacity(
            dcb, 0, [problem.vehicles[vi].capacity or 10**9 for vi in vehicle_of], True, "load")
    # Unused location nodes (not depots) are dropped for free.
    for loc in range(n_loc):
        if loc not in starts and loc not in ends:
            routing.AddDisjunction([manager.NodeToIndex(loc)], 0)
    grouped: dict[int, list[int]] = {}
    for k, s in enumerate(problem.stops):
        if s.group is not None:
            grouped.setdefault(s.group, []).append(k)
            continue
        penalty = REQUIRED_PENALTY if s.required else s.prize
        routing.AddDisjunction([manager.NodeToIndex(first_stop + k)], penalty)
    for gid, members in grouped.items():
        required = problem.groups.get(gid, False)
        penalty = REQUIRED_PENALTY if required else max(problem.stops[k].prize for k in members)
        routing.AddDisjunction([manager.NodeToIndex(first_stop + k) for k in members], penalty, 1)
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.FromMilliseconds(max(10, int(time_limit * 1000)))
    result = routing.SolveWithParameters(params)
    routes: list[Route] = []
    feasible = result is not None
    total = 0
    if result is not None:
        for vk in range(len(starts)):
            index = routing.Start(vk)
            stops, times = [], []
            path = [starts[vk]]
            index = result.Value(routing.NextVar(index))
            while not routing.IsEnd(index):
                node = manager.IndexToNode(index)
                if node >= first_stop:
                    stops.append(node - first_stop)
                    times.append(result.Value(tdim.CumulVar(index)))
                    path.append(node_loc[node])
                index = result.Value(routing.NextVar(index))
            path.append(ends[vk])
            if stops:
                total += sum(cost[a][b] for a, b in zip(path, path[1:], strict=False))
                routes.append(Route(vehicle=vehicle_of[vk], stops=stops, starts=times))
        visited = {s for r in routes for s in r.stops}
        required_missing = [k for k, s in enumerate(problem.stops) if s.required and s.group is None and k not in visited]
        feasible = not required_missing
    return RoutingSolution(routes=routes, feasible=feasible, cost=total,
                           seconds=time.perf_counter() - started, solver="ortools")
