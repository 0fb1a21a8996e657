"""Travel times and distances between stops, in integer seconds and metres.

Default, fully offline: great-circle distance × a detour factor, at a speed per mode, plus a
fixed per-leg overhead (parking, finding the door, waiting for the bus). All configurable.
Matrices are computed in one vectorised numpy pass (3,000 points in about a second).
Optional: an OSRM-compatible ``/table`` service when the office runs one; if it cannot be reached
the geodesic model answers instead and ``last_source`` says so.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np

MODES = ("walk", "bicycle", "motorbike", "car", "public_transport")


@dataclass(slots=True)
class ModeProfile:
    speed_kmh: float
    detour: float
    overhead_s: int


DEFAULT_PROFILES = {
    "walk": ModeProfile(4.5, 1.25, 0),
    "bicycle": ModeProfile(13.0, 1.3, 60),
    "motorbike": ModeProfile(24.0, 1.35, 120),
    "car": ModeProfile(22.0, 1.35, 300),
    "public_transport": ModeProfile(15.0, 1.4, 420),
}

Point = tuple[float, float]


EARTH_RADIUS_M = 6_371_008.8  # mean radius (IUGG); haversine is within 0.5 % of the ellipsoid


def great_circle_metres(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Haversine distance in metres between every point of ``a`` (n×2, degrees) and every point
    of ``b`` (m×2): an n×m float array, computed in one vectorised pass."""
    lat1, lon1 = np.radians(a[:, 0])[:, None], np.radians(a[:, 1])[:, None]
    lat2, lon2 = np.radians(b[:, 0])[None, :], np.radians(b[:, 1])[None, :]
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


BLOCK = 256  # rows per vectorised pass


def _key(points: list[Point]) -> tuple:
    return tuple((round(p[0], 6), round(p[1], 6)) for p in points)


@dataclass
class GeodesicTravel:
    """Straight-line (great-circle) distance × the mode's detour factor, at the mode's speed, plus
    its per-leg overhead. Matrices are numpy int64 arrays (seconds, metres), computed as a whole
    and remembered as a whole (the last one), never pair by pair."""

    mode: str = "car"
    profiles: dict[str, ModeProfile] = field(default_factory=lambda: dict(DEFAULT_PROFILES))
    _last: tuple | None = field(default=None, repr=False)  # (key, index of point, secs, metres)
    kind: ClassVar[str] = "geodesic"  # how the plan's ``travel`` key names these times

    def __post_init__(self) -> None:
        if self.mode not in self.profiles:
            raise ValueError(f"unknown travel mode {self.mode!r} (known: {', '.join(self.profiles)})")

    def _compute(self, points: list[Point]) -> tuple[np.ndarray, np.ndarray]:
        p = self.profiles[self.mode]
        xy = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        n = len(xy)
        secs = np.empty((n, n), dtype=np.int64)
        metres = np.empty((n, n), dtype=np.int64)
        for lo in range(0, n, BLOCK):  # row blocks keep the float temporaries small
            hi = min(n, lo + BLOCK)
            m = great_circle_metres(xy[lo:hi], xy) * p.detour
            metres[lo:hi] = m
            secs[lo:hi] = (metres[lo:hi] / (p.speed_kmh / 3.6)).astype(np.int64) + p.overhead_s
            same = (xy[lo:hi, None, 0] == xy[None, :, 0]) & (xy[lo:hi, None, 1] == xy[None, :, 1])
            secs[lo:hi][same] = 0
            metres[lo:hi][same] = 0
        return secs, metres

    def matrix(self, points: list[Point]) -> tuple[np.ndarray, np.ndarray]:
        """(seconds, metres) between all ``points`` (lat, lon): two n×n int64 arrays."""
        key = _key(points)
        if self._last is not None and self._last[0] == key:
            return self._last[2], self._last[3]
        secs, metres = self._compute(points)
        index = {pt: i for i, pt in enumerate(key)}
        self._last = (key, index, secs, metres)
        return secs, metres

    def leg(self, a: Point, b: Point) -> tuple[int, int]:
        """(seconds, metres) from ``a`` to ``b``: read from the last matrix when both are in it,
        so a plan is checked with exactly the numbers it was made with."""
        if self._last is not None:
            index = self._last[1]
            i, j = index.get((round(a[0], 6), round(a[1], 6))), index.get((round(b[0], 6), round(b[1], 6)))
            if i is not None and j is not None:
                return int(self._last[2][i, j]), int(self._last[3][i, j])
        secs, metres = self._compute([a, b])
        return int(secs[0, 1]), int(metres[0, 1])

    def metres(self, a: Point, b: Point) -> int:
        return self.leg(a, b)[1]

    def seconds(self, a: Point, b: Point) -> int:
        return self.leg(a, b)[0]


@dataclass
class OsrmTravel:
    """Road times from an OSRM-compatible ``/table`` service; geodesic when it is unreachable.
    Whole matrices only: fetched whole, cached whole in the workspace (``cache``: TravelCache),
    and, offline, road times lent by the cached matrices for the points they share."""

    url: str
    fallback: GeodesicTravel = field(default_factory=GeodesicTravel)
    timeout: float = 10.0
    cache: object | None = None  # TravelCache: get / put / known
    last_source: str = ""
    _last: tuple | None = field(default=None, repr=False)  # (index of point, secs, metres)

    @property
    def source(self) -> str:
        return f"osrm:{self.url}:{self.fallback.mode}"

    @property
    def kind(self) -> str:
        """"roads" when the last matrix came from the road service (or its cache), else "geodesic"."""
        return "roads" if self.last_source.startswith("osrm") else "geodesic"

    def _remember(self, points: list[Point], secs: np.ndarray, metres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        self._last = ({pt: i for i, pt in enumerate(_key(points))}, secs, metres)
        return secs, metres

    def matrix(self, points: list[Point]) -> tuple[np.ndarray, np.ndarray]:
        """(seconds, metres) between all ``points``: two n×n int64 arrays."""
        if self.cache is not None:
            found = self.cache.get(self.source, points)
            if found is not None:
                self.last_source = "osrm (workspace cache)"
                return self._remember(points, *found)
        fetched = self._fetch(points)
        if fetched is not None:
            if self.cache is not None:
                self.cache.put(self.source, points, *fetched)
            return self._remember(points, *fetched)
        # Unreachable: road times known from earlier matrices, straight-line estimates for the rest.
        self.last_source = "geodesic (routing service unreachable)"
        secs, metres = self.fallback.matrix(points)
        if self.cache is not None:
            known_s, known_m, mask = self.cache.known(self.source, points)
            secs, metres = np.where(mask, known_s, secs), np.where(mask, known_m, metres)
        return self._remember(points, secs, metres)

    def _fetch(self, points: list[Point]) -> tuple[np.ndarray, np.ndarray] | None:
        coords = ";".join(f"{lon:.6f},{lat:.6f}" for lat, lon in points)
        request = f"{self.url.rstrip('/')}/table/v1/driving/{coords}?annotations=duration,distance"
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = json.load(response)
            if data.get("code") != "Ok":
                raise ValueError(data.get("message") or data.get("code"))
            secs = np.rint(np.array(data["durations"], dtype=np.float64)).astype(np.int64)
            metres = np.rint(np.array(data["distances"], dtype=np.float64)).astype(np.int64)
            if secs.shape != (len(points), len(points)) or metres.shape != secs.shape:
                raise ValueError("wrong matrix size")
            self.last_source = "osrm"
        except (OSError, urllib.error.URLError, ValueError, KeyError, TypeError):
            return None
        return secs, metres

    def leg(self, a: Point, b: Point) -> tuple[int, int]:
        if self._last is not None:
            index = self._last[0]
            i, j = index.get((round(a[0], 6), round(a[1], 6))), index.get((round(b[0], 6), round(b[1], 6)))
            if i is not None and j is not None:
                return int(self._last[1][i, j]), int(self._last[2][i, j])
        return self.fallback.leg(a, b)

    def seconds(self, a: Point, b: Point) -> int:
        return self.leg(a, b)[0]
