"""One collector's day when very many cases are assigned to them (5,000 .. 200,000): the day
can hold a few dozen visits, so the planner shortlists the most urgent lawful candidates before
the travel matrix. Time and peak memory of ``plan_day`` end to end (candidates, matrix, solve,
check), one size per process so the peak is that size's own.

    python benchmarks/bench_plan_many.py [--cases 5000 200000] [--time-limit 1.5]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def one(n: int, time_limit: float) -> dict:
    from benchmarks.bench_plan_day import AS_OF, day_cases, request
    from fieldvisit.adapters.routing.pyvrp_solver import solve
    from fieldvisit.adapters.routing.travel import GeodesicTravel
    from fieldvisit.services.plan_day import plan_day

    cases = day_cases(n, 7)
    req = request()
    started = time.perf_counter()
    try:
        plan = plan_day(cases, req, AS_OF, GeodesicTravel(req.mode), solve, time_limit=time_limit)
        result = {"visits": len(plan.stops), "unplanned": len(plan.unplanned), "valid": not plan.violations,
                  "appointments": sum(s.appointment for s in plan.stops)}
    except MemoryError as exc:
        result = {"error": f"MemoryError: {exc}"}
    result.update(cases=n, seconds=round(time.perf_counter() - started, 2),
                  peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, nargs="*", default=[5000, 200000])
    ap.add_argument("--time-limit", type=float, default=1.5)
    ap.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one is not None:
        print(json.dumps(one(a.one, a.time_limit)))
        return
    for n in a.cases:
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--time-limit", str(a.time_limit)],
                             capture_output=True, text=True)
        print(out.stdout.strip() or out.stderr.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
