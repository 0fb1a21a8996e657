"""Routing quality: FieldVisit's solver (PyVRP) and OR-Tools side by side on the public sets in
../shared/benchmarks, at the same time limit, costs recomputed by domain.routing.check.

    python benchmarks/bench_routing.py solomon --time-limit 10
    python benchmarks/bench_routing.py tsptw --time-limit 2 --max-n 100

Prints per instance: best known, each solver's cost and gap, feasibility, and the ratio of our
cost to OR-Tools'; then averages. Targets (issue 3): Solomon mean gap ≤ 0.5 % at 10 s; TSPTW ≤ 100
stops at the best known value in ≤ 2 s for ≥ 90 %; never worse than OR-Tools.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks"


def bks_solomon() -> dict[str, float]:
    with (SHARED / "solomon" / "BKS.csv").open() as fh:
        return {r["instance"]: float(r["cost"]) for r in csv.DictReader(fh)}


def bks_tsptw(folder: Path) -> dict[str, float]:
    out = {}
    for line in (folder / "best_known_sol.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            parts = line.split()
            out[parts[0]] = float(parts[1])
    return out


def run_one(args: tuple[str, str, str, float]) -> dict:
    path, fmt, solver, limit = args
    from fieldvisit.bootstrap import instance_reader, routing_solver
    from fieldvisit.services.bench import solve_instance

    data = solve_instance(instance_reader(fmt)(path), routing_solver(solver), limit)
    data["path"] = path
    data["solver"] = solver
    return data


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set", choices=["solomon", "tsptw"])
    ap.add_argument("--time-limit", type=float, default=None)
    ap.add_argument("--max-n", type=int, default=100, help="TSPTW: largest number of stops")
    ap.add_argument("--solvers", default="fieldvisit,ortools")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", default="", help="substring filter on instance names")
    ap.add_argument("--json-out", default="")
    a = ap.parse_args()
    limit = a.time_limit or (10.0 if a.set == "solomon" else 2.0)
    items: list[tuple[str, str, float]] = []  # path, name, bks
    if a.set == "solomon":
        bks = bks_solomon()
        for p in sorted((SHARED / "solomon").glob("*.txt")):
            items.append((str(p), p.stem, bks[p.stem]))
    else:
        for folder in sorted((SHARED / "tsptw").iterdir()):
            if folder.is_dir():
                bks = bks_tsptw(folder)
                for p in sorted(folder.glob("n*.txt")):
                    n = int(p.name[1:].split("w")[0])
                    if n <= a.max_n and p.name in bks:
                        items.append((str(p), f"{folder.name}/{p.name}", bks[p.name]))
    items = [i for i in items if a.only in i[1]]
    solvers = a.solvers.split(",")
    fmt = a.set
    jobs = [(path, fmt, s, limit) for path, _, _ in items for s in solvers]
    with ProcessPoolExecutor(max_workers=a.jobs) as pool:
        results = list(pool.map(run_one, jobs))
    by = {(r["path"], r["solver"]): r for r in results}
    print(f"{a.set}: {len(items)} instances, time limit {limit:g} s, solvers {', '.join(solvers)}")
    header = f"{'instance':<34}{'BKS':>10}" + "".join(f"{s + ' cost':>18}{'gap %':>8}{'s':>7}" for s in solvers)
    if len(solvers) == 2:
        header += f"{'ratio':>8}"
    print(header)
    gaps = {s: [] for s in solvers}
    at_best = {s: 0 for s in solvers}
    infeasible = {s: 0 for s in solvers}
    ratios = []
    for path, name, best in items:
        line = f"{name:<34}{best:>10.1f}"
        costs = {}
        for s in solvers:
            r = by[(path, s)]
            if not r["feasible"]:
                infeasible[s] += 1
                line += f"{'infeasible':>18}{'':>8}{r['seconds']:>7.1f}"
                continue
            gap = (r["cost"] - best) / best * 100
            gaps[s].append(gap)
            costs[s] = r["cost"]
            if r["cost"] <= best + 1e-6:
                at_best[s] += 1
            line += f"{r['cost']:>18.1f}{gap:>8.2f}{r['seconds']:>7.1f}"
        if len(solvers) == 2 and len(costs) == 2:
            ratio = costs[solvers[0]] / costs[solvers[1]]
            ratios.append(ratio)
            line += f"{ratio:>8.3f}"
        print(line)
    print()
    for s in solvers:
        g = gaps[s]
        mean = sum(g) / len(g) if g else float("nan")
        print(f"{s:<12} mean gap {mean:6.2f} %   at best known {at_best[s]}/{len(items)} "
              f"({at_best[s] / len(items) * 100:.0f} %)   infeasible {infeasible[s]}")
    if ratios:
        worse = sum(1 for r in ratios if r > 1 + 1e-9)
        print(f"ratio {solvers[0]}/{solvers[1]}: mean {sum(ratios) / len(ratios):.4f}, worse on {worse} "
              f"of {len(ratios)} instances where both are feasible")
    if a.json_out:
        Path(a.json_out).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    sys.exit(main())
