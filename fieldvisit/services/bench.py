"""Use case: solve a public benchmark instance and report the cost by the instance family's
convention (CLI.md), recomputed independently of the solver by :func:`domain.routing.check`."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from fieldvisit.domain.routing import RoutingProblem, RoutingSolution, check

Solver = Callable[..., RoutingSolution]


def solve_instance(instance, solve: Solver, time_limit: float, seed: int = 1) -> dict:
    """``instance`` has ``name``, ``problem`` (:class:`RoutingProblem`) and ``scale``."""
    problem: RoutingProblem = instance.problem
    solution = solve(problem, time_limit=time_limit, seed=seed)
    cost, problems = check(problem, solution)
    value = Decimal(cost) / instance.scale
    return {"instance": instance.name, "solver": solution.solver, "cost": float(value),
            "cost_exact": str(value), "vehicles": len(solution.routes),
            "feasible": solution.feasible and not problems, "seconds": round(solution.seconds, 3),
            "problems": problems[:10]}
