"""An agreed appointment that fits somewhere is routed: the repair of a team's appointment
routes inserts it, moving another appointment to a collector who can still make it."""

from __future__ import annotations

from fieldvisit.adapters.routing.appointments import repair
from fieldvisit.adapters.routing.pyvrp_solver import solve
from fieldvisit.domain.routing import Route, RoutingProblem, RoutingSolution, Stop, Vehicle, check

FAR = 1000
# places: 0 = Ana's home, 1 = Ben's home, 2 = first debtor, 3 = second debtor (far from Ben)
MATRIX = [
    [0, FAR, 10, 10],
    [FAR, 0, 10, FAR],
    [10, 10, 0, FAR],
    [10, FAR, FAR, 0],
]


def problem(third: bool = False) -> RoutingProblem:
    stops = [Stop(location=2, service=50, tw_early=100, tw_late=110, prize=10_000_000, required=False, key="A1"),
             Stop(location=3, service=50, tw_early=100, tw_late=110, prize=10_000_000, required=False, key="A2")]
    if third:  # nobody reaches it in time
        stops.append(Stop(location=3, service=50, tw_early=0, tw_late=5, prize=10_000_000, required=False, key="A3"))
    return RoutingProblem(duration=MATRIX, distance=MATRIX, depots=[0, 1], stops=stops,
                          vehicles=[Vehicle(start=0, end=0, tw_late=1000, name="Ana"),
                                    Vehicle(start=1, end=1, tw_late=1000, name="Ben")],
                          objective="duration", first=list(range(len(stops))))


def routed(routes: list[list[int]]) -> RoutingSolution:
    return RoutingSolution([Route(v, s) for v, s in enumerate(routes) if s], True, 0, 0.0, "repair")


def test_a_left_out_appointment_gets_in_by_moving_another_to_a_collector_who_can_make_it():
    p = problem()
    # Ana holds the first appointment; the second (only Ana can reach it) was left out
    routes = repair(p, [[0], []], [0, 1])
    assert routes == [[1], [0]]
    assert check(p, routed(routes))[1] == []


def test_an_appointment_nobody_can_reach_stays_out_and_the_others_are_kept():
    p = problem(third=True)
    routes = repair(p, [[], []], [0, 1, 2])
    assert sorted(k for r in routes for k in r) == [0, 1]
    assert check(p, routed(routes))[1] == []


def test_a_route_breaking_a_window_loses_its_fewest_stops_then_is_refilled():
    p = problem()
    # both appointments on Ana's route: she cannot be at both places between 100 and 110
    routes = repair(p, [[0, 1], []], [0, 1])
    assert check(p, routed(routes))[1] == []
    assert sorted(k for r in routes for k in r) == [0, 1]


def test_the_solver_started_from_given_routes_never_returns_fewer_appointments():
    p = problem()
    solution = solve(p, time_limit=0.2, seed=1, initial=[[1], [0]])
    assert solution.feasible
    assert solution.visited() == {0, 1}
