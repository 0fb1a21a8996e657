"""Travel times and distances between stops, in integer seconds and metres.

Default, fully offline: geodesic distance (geopy) × a detour factor, at a speed per mode, plus a
fixed per-leg overhead (parking, finding the door, waiting for the bus). All configurable.
Optional: an OSRM-compatible ``/table`` service when the office runs one; if it cannot be reached
the geodesic model answers instead and ``last_source`` says so.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from geopy.distance import geodesic

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


@dataclass
class GeodesicTravel:
    mode: str = "car"
    profiles: dict[str, ModeProfile] = field(default_factory=lambda: dict(DEFAULT_PROFILES))
    _cache: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.mode not in self.profiles:
            raise ValueError(f"unknown travel mode {self.mode!r} (known: {', '.join(self.profiles)})")

    def metres(self, a: Point, b: Point) -> int:
        key = (round(a[0], 6), round(a[1], 6), round(b[0], 6), round(b[1], 6))
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = geodesic(a, b).meters
        return int(found * self.profiles[self.mode].detour)

    def leg(self, a: Point, b: Point) -> tuple[int, int]:
        if a == b:
            return 0, 0
        p = self.profiles[self.mode]
        metres = self.metres(a, b)
        return int(metres / (p.speed_kmh / 3.6)) + p.overhead_s, metres

    def seconds(self, a: Point, b: Point) -> int:
        return self.leg(a, b)[0]

    def matrix(self, points: list[Point]) -> tuple[list[list[int]], list[list[int]]]:
        n = len(points)
        secs = [[0] * n for _ in range(n)]
        metres = [[0] * n for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                s, m = self.leg(points[i], points[j])
                secs[i][j] = secs[j][i] = s
                metres[i][j] = metres[j][i] = m
        return secs, metres


@dataclass
class OsrmTravel:
    """Road times from an OSRM-compatible ``/table`` service; geodesic when it is unreachable."""

    url: str
    fallback: GeodesicTravel = field(default_factory=GeodesicTravel)
    timeout: float = 10.0
    cache: object | None = None  # TravelCache: get_many(source, pairs) / put_many(source, legs)
    last_source: str = ""
    _legs: dict = field(default_factory=dict, repr=False)

    @property
    def source(self) -> str:
        return f"osrm:{self.url}:{self.fallback.mode}"

    def matrix(self, points: list[Point]) -> tuple[list[list[int]], list[list[int]]]:
        pairs = [(a, b) for a in points for b in points if a != b]
        cached = self.cache.get_many(self.source, pairs) if self.cache is not None else {}
        if len(cached) == len(pairs):
            self._legs.update(cached)
            self.last_source = "osrm (workspace cache)"
            return self._from_legs(points, cached)
        fetched = self._fetch(points)
        if fetched is not None:
            if self.cache is not None:
                self.cache.put_many(self.source, {k: v for k, v in fetched.items() if k[0] != k[1]})
            return self._from_legs(points, fetched)
        # Unreachable: road times we know from earlier, straight-line estimates for the rest.
        self.last_source = "geodesic (routing service unreachable)"
        merged = {**cached}
        for a, b in pairs:
            if (a, b) not in merged:
                merged[(a, b)] = self.fallback.leg(a, b)
        self._legs.update(merged)
        return self._from_legs(points, merged)

    @staticmethod
    def _from_legs(points, legs) -> tuple[list[list[int]], list[list[int]]]:
        secs = [[0 if a == b else legs[(a, b)][0] for b in points] for a in points]
        metres = [[0 if a == b else legs[(a, b)][1] for b in points] for a in points]
        return secs, metres

    def _fetch(self, points: list[Point]) -> dict | None:
        coords = ";".join(f"{lon:.6f},{lat:.6f}" for lat, lon in points)
        request = f"{self.url.rstrip('/')}/table/v1/driving/{coords}?annotations=duration,distance"
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = json.load(response)
            if data.get("code") != "Ok":
                raise ValueError(data.get("message") or data.get("code"))
            secs = [[int(round(v or 0)) for v in row] for row in data["durations"]]
            metres = [[int(round(v or 0)) for v in row] for row in data["distances"]]
            self.last_source = "osrm"
        except (OSError, urllib.error.URLError, ValueError, KeyError, TypeError):
            return None
        legs = {(a, b): (secs[i][j], metres[i][j]) for i, a in enumerate(points) for j, b in enumerate(points)}
        self._legs.update(legs)
        return legs

    def leg(self, a: Point, b: Point) -> tuple[int, int]:
        return self._legs.get((a, b)) or self.fallback.leg(a, b)

    def seconds(self, a: Point, b: Point) -> int:
        return self.leg(a, b)[0]
