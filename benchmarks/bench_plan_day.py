"""A collector's day end to end: 60 candidate cases (some with agreed appointments), travel
matrix + solve + validation, timed per phase; the hand-made-order ETA recompute; and the quality
of the short solve against a 10 s solve of the same day (same process).

    python benchmarks/bench_plan_day.py [--candidates 60] [--time-limit 1.5]

Targets (issue 3): end to end ≤ 2 s for 60 candidates; ETA recompute well under 50 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from zoneinfo import ZoneInfo

from fieldvisit.adapters.routing.pyvrp_solver import solve
from fieldvisit.adapters.routing.travel import GeodesicTravel
from fieldvisit.domain.cases import Case, GeoStatus
from fieldvisit.domain.plan import DayMatrix, schedule
from fieldvisit.domain.planning import DayRequest, build_candidates
from fieldvisit.domain.windows import Window
from fieldvisit.services.plan_day import plan_day

MAD = ZoneInfo("Europe/Madrid")
AS_OF = date(2026, 11, 23)
DAY = date(2026, 11, 25)


def day_cases(n: int, seed: int) -> list[Case]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        windows = []
        if rng.random() < 0.25:
            start = datetime.combine(DAY, clock(rng.randint(9, 16), rng.choice([0, 30])), MAD)
            windows.append(Window.once(start, start + timedelta(hours=rng.choice([1, 2]))))
        out.append(Case(case_id=f"B{i}", lat=40.4168 + rng.uniform(-0.03, 0.03), lon=-3.7038 + rng.uniform(-0.04, 0.04),
                        geo_status=GeoStatus.FROM_FILE, timezone="Europe/Madrid", country="ES",
                        due_date=AS_OF - timedelta(days=rng.randint(1, 250)), balance=Decimal(rng.randint(100, 9000)),
                        currency="EUR", windows=windows))
    return out


def request() -> DayRequest:
    return DayRequest(day=DAY, collector="Ana", start=(40.4168, -3.7038),
                      shift_start=datetime.combine(DAY, clock(9), MAD), shift_end=datetime.combine(DAY, clock(18), MAD),
                      mode="motorbike")


def value(plan, cases_by_id) -> tuple[int, int]:
    return len(plan.stops), plan.total_travel_seconds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--candidates", type=int, default=60)
    ap.add_argument("--time-limit", type=float, default=1.5)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    totals, rows = [], []
    for seed in range(a.runs):
        cases = day_cases(a.candidates, seed)
        req = request()
        started = time.perf_counter()
        plan = plan_day(cases, req, AS_OF, GeodesicTravel(req.mode), solve, time_limit=a.time_limit)
        total = time.perf_counter() - started
        totals.append(total)
        long_plan = plan_day(cases, req, AS_OF, GeodesicTravel(req.mode), solve, time_limit=10)
        appts = sum(1 for c in cases if c.windows)
        kept = sum(1 for s in plan.stops if s.appointment)
        rows.append((seed, total, len(plan.stops), kept, appts, plan.total_travel_seconds,
                     len(long_plan.stops), long_plan.total_travel_seconds, not plan.violations))
    print(f"{a.candidates} candidates, solver limit {a.time_limit:g} s (end to end includes matrix + validation)")
    print(f"{'seed':>4} {'total s':>8} {'visits':>7} {'appts kept':>11} {'travel min':>11} "
          f"{'10s visits':>11} {'10s travel':>11} {'valid':>6}")
    for seed, total, n, kept, appts, travel, n10, travel10, ok in rows:
        print(f"{seed:>4} {total:>8.2f} {n:>7} {kept:>6}/{appts:<4} {travel / 60:>11.0f} {n10:>11} "
              f"{travel10 / 60:>11.0f} {str(ok):>6}")
    print(f"end to end: median {statistics.median(totals):.2f} s, max {max(totals):.2f} s (target <= 2 s)")
    visits_ratio = sum(r[2] for r in rows) / sum(r[6] for r in rows)
    print(f"visits planned vs 10 s solve: {visits_ratio:.3f}")

    cases = day_cases(a.candidates, 0)
    req = request()
    cands, _ = build_candidates(cases, req, AS_OF)
    travel = GeodesicTravel(req.mode)
    secs, metres = travel.matrix([req.start, req.start] + [(c.case.lat, c.case.lon) for c in cands])
    matrix = DayMatrix(secs, metres)
    order = list(cands)
    random.Random(1).shuffle(order)
    times = []
    for _ in range(50):
        t = time.perf_counter()
        schedule(order, cands, matrix, req)
        times.append((time.perf_counter() - t) * 1000)
    print(f"ETA recompute of a hand-made {len(order)}-stop order: median {statistics.median(times):.2f} ms, "
          f"max {max(times):.2f} ms (target well under 50 ms)")


if __name__ == "__main__":
    main()
