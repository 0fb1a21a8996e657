"""A solver-neutral routing problem (integer seconds and metres) and its solution.

Matrices are lists of lists or numpy arrays (the domain only indexes them). Planners build a
:class:`RoutingProblem`; a solver adapter (PyVRP, or OR-Tools in benchmarks)
returns a :class:`RoutingSolution`. Location 0..n-1 index the matrices; depots and clients refer to
locations, so several clients (the windows of one case) may share one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

INF = 2**40


@dataclass(slots=True)
class Stop:
    location: int
    service: int = 0
    tw_early: int = 0
    tw_late: int = INF
    prize: int = 0
    required: bool = True
    group: int | None = None  # stops sharing a group: at most one is visited
    demand: int = 0
    key: str = ""


@dataclass(slots=True)
class Vehicle:
    start: int  # location of the start depot
    end: int
    tw_early: int = 0
    tw_late: int = INF
    count: int = 1
    capacity: int = 0  # 0: unlimited
    name: str = ""
    profile: int = 0  # 0: the problem's matrices; k: ``problem.profiles[k - 1]``


@dataclass(slots=True)
class RoutingProblem:
    duration: list[list[int]]
    distance: list[list[int]]
    depots: list[int]
    stops: list[Stop]
    vehicles: list[Vehicle]
    #: what the solver minimises between stops: "distance" or "duration" (travel seconds)
    objective: str = "distance"
    groups: dict[int, bool] = field(default_factory=dict)  # group id → required
    #: further (duration, distance) matrices for vehicles of another travel mode (Vehicle.profile)
    profiles: list[tuple] = field(default_factory=list)
    #: stops to route first (agreed appointments, locked visits): a solver may solve these alone
    #: and start the whole search from that solution
    first: list[int] = field(default_factory=list)
    #: a hint: stop after this many search iterations without improvement (None: the solver's own)
    no_improvement: int | None = None


@dataclass(slots=True)
class Route:
    vehicle: int  # index into problem.vehicles
    stops: list[int]  # indices into problem.stops, in order
    starts: list[int] = field(default_factory=list)  # service start times, same order
    start_time: int = 0
    end_time: int = 0


@dataclass(slots=True)
class RoutingSolution:
    routes: list[Route]
    feasible: bool
    cost: int
    seconds: float
    solver: str
    objective: int | None = None  # cost + uncollected prizes (what the search minimises), when known
    iterations: int = 0

    def visited(self) -> set[int]:
        return {s for r in self.routes for s in r.stops}


def route_cost(matrix: list[list[int]], depot_start: int, depot_end: int, locations: list[int]) -> int:
    """Sum of matrix entries along depot → locations → depot."""
    path = [depot_start, *locations, depot_end]
    return int(sum(matrix[a][b] for a, b in zip(path, path[1:], strict=False)))


def check(problem: RoutingProblem, solution: RoutingSolution) -> tuple[int, list[str]]:
    """Recompute a solution's cost from its stop orders and list every broken rule (time
    windows, shifts, capacity, required stops, one visit per stop and per group). Used by the
    benchmarks and tests so no solver is trusted on its own word."""
    problems: list[str] = []
    profiles = [(problem.duration, problem.distance), *problem.profiles]
    seen: dict[int, int] = {}
    used = [0] * len(problem.vehicles)
    total = 0
    for r in solution.routes:
        v = problem.vehicles[r.vehicle]
        duration, distance = profiles[v.profile]
        cost_matrix = distance if problem.objective == "distance" else duration
        used[r.vehicle] += 1
        locs = [problem.stops[k].location for k in r.stops]
        total += route_cost(cost_matrix, v.start, v.end, locs)
        t, here, load = v.tw_early, v.start, 0
        for k in r.stops:
            s = problem.stops[k]
            seen[k] = seen.get(k, 0) + 1
            t = max(t + duration[here][s.location], s.tw_early)
            if t > s.tw_late:
                problems.append(f"stop {s.key or k} starts at {t}, after its window ends at {s.tw_late}")
            t += s.service
            here = s.location
            load += s.demand
        t += duration[here][v.end]
        if t > v.tw_late:
            problems.append(f"vehicle {r.vehicle} returns at {t}, after its shift ends at {v.tw_late}")
        if v.capacity and load > v.capacity:
            problems.append(f"vehicle {r.vehicle} carries {load} > capacity {v.capacity}")
    for vi, n in enumerate(used):
        if n > problem.vehicles[vi].count:
            problems.append(f"vehicle type {vi} used {n} times, has {problem.vehicles[vi].count}")
    for k, s in enumerate(problem.stops):
        if seen.get(k, 0) > 1:
            problems.append(f"stop {s.key or k} visited {seen[k]} times")
        if s.required and s.group is None and not seen.get(k):
            problems.append(f"required stop {s.key or k} not visited")
    groups: dict[int, int] = {}
    for k in seen:
        g = problem.stops[k].group
        if g is not None:
            groups[g] = groups.get(g, 0) + 1
    for g, required in problem.groups.items():
        if groups.get(g, 0) > 1:
            problems.append(f"group {g} visited {groups[g]} times")
        if required and not groups.get(g):
            problems.append(f"required group {g} not visited")
    return total, problems
