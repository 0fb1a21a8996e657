"""Readers for public benchmark instances: Solomon VRPTW and López-Ibáñez/Blum TSPTW.

Solomon: Euclidean distances truncated to one decimal (the convention of the published best-known
values), kept exact by scaling by 10. TSPTW: the matrix as given (service included); decimals are
kept by scaling to integers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from fieldvisit.domain.routing import RoutingProblem, Stop, Vehicle
from fieldvisit.services.errors import UserError


@dataclass(slots=True)
class Instance:
    name: str
    problem: RoutingProblem
    scale: int  # costs are matrix units × scale


def read_solomon(path: str) -> Instance:
    try:
        lines = [ln.split() for ln in Path(path).read_text().splitlines()]
        name = lines[0][0]
        vi = next(i for i, ln in enumerate(lines) if ln and ln[0].upper() == "VEHICLE")
        count, capacity = int(lines[vi + 2][0]), int(lines[vi + 2][1])
        rows = [list(map(float, ln)) for ln in lines[vi + 3:] if len(ln) == 7 and ln[0].isdigit()]
    except (OSError, StopIteration, ValueError, IndexError) as exc:
        raise UserError(f"{path} is not a Solomon instance file.") from exc
    xy = [(r[1], r[2]) for r in rows]
    n = len(rows)
    dist = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i != j:
                dist[i][j] = math.floor(math.hypot(xy[i][0] - xy[j][0], xy[i][1] - xy[j][1]) * 10)
    stops = [Stop(location=i, service=int(rows[i][6]) * 10, tw_early=int(rows[i][4]) * 10,
                  tw_late=int(rows[i][5]) * 10, demand=int(rows[i][3]), key=str(int(rows[i][0])))
             for i in range(1, n)]
    vehicle = Vehicle(start=0, end=0, tw_early=int(rows[0][4]) * 10, tw_late=int(rows[0][5]) * 10,
                      count=count, capacity=capacity)
    problem = RoutingProblem(duration=dist, distance=dist, depots=[0], stops=stops, vehicles=[vehicle])
    return Instance(name=name, problem=problem, scale=10)


def read_tsptw(path: str) -> Instance:
    try:
        tokens = Path(path).read_text().split()
        n = int(tokens[0])
        values = tokens[1:1 + n * n]
        windows = tokens[1 + n * n:1 + n * n + 2 * n]
        if len(values) != n * n or len(windows) != 2 * n:
            raise ValueError("short file")
    except (OSError, ValueError, IndexError) as exc:
        raise UserError(f"{path} is not a TSPTW instance file (n, n×n matrix, n windows).") from exc
    decimals = max((len(v.split(".")[1]) for v in values + windows if "." in v), default=0)
    scale = 10 ** decimals
    to_int = lambda v: int(Decimal(v) * scale)  # noqa: E731
    matrix = [[to_int(values[i * n + j]) if i != j else 0 for j in range(n)] for i in range(n)]
    tw = [(to_int(windows[2 * i]), to_int(windows[2 * i + 1])) for i in range(n)]
    stops = [Stop(location=i, tw_early=tw[i][0], tw_late=tw[i][1], key=str(i)) for i in range(1, n)]
    vehicle = Vehicle(start=0, end=0, tw_early=tw[0][0], tw_late=tw[0][1])
    problem = RoutingProblem(duration=matrix, distance=matrix, depots=[0], stops=stops, vehicles=[vehicle])
    return Instance(name=Path(path).name, problem=problem, scale=scale)
