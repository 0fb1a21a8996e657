"""Road travel times from region packs, in process (OSRM contraction hierarchies through ``osrm-bindings``).

:class:`RoadTravel` has the interface of the geodesic model (``matrix``, ``leg``, ``seconds``,
``last_source``): when every point of a day lies inside a pack that has a profile for the mode,
the pack's engine answers (``last_source == "roads"``); otherwise, and for a pair the roads
cannot join, geodesic × detour answers. Times carry the mode's per-leg overhead (parking...).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from fieldvisit.adapters.regions.pack import MODE_PROFILE, RegionPack
from fieldvisit.services.errors import UserError

Point = tuple[float, float]
_LOCK = threading.Lock()
#: How far from a point its road may be, in metres (an unlimited search is ~5× slower per point).
SNAP_METRES = 150.0


@lru_cache(maxsize=12)
def _engine(path: str, built: str):
    import osrm

    return osrm.OSRM(storage_config=path, algorithm="CH", use_shared_memory=False)


def engine_for(pack: RegionPack, profile: str):
    """The pack's OSRM engine for ``profile``. Raises :class:`UserError` when its files cannot be
    read (deleted or damaged behind the app's back)."""
    with _LOCK:
        try:
            return _engine(str(pack.osrm_file(profile)), pack.built)
        except RuntimeError as exc:  # osrm: "Config Parameters are Invalid", a short file...
            raise UserError(f"The {profile} roads of region pack {pack.name!r} cannot be read; "
                            "remove the pack and build it again from its extract.") from exc


def pack_for(packs: list[RegionPack], points: list[Point], mode: str) -> RegionPack | None:
    """The first pack holding every point and a profile for ``mode``; None if there is none."""
    profile = MODE_PROFILE.get(mode)
    for pack in packs:
        if profile in pack.profiles and all(pack.contains(lat, lon) for lat, lon in points):
            return pack
    return None


def road_table(pack: RegionPack, profile: str, points: list[Point]):
    """``(durations, distances)``: n×n lists of seconds and metres (float), None where no road joins."""
    import osrm

    result = engine_for(pack, profile).Table(osrm.TableParameters(
        coordinates=[(lon, lat) for lat, lon in points], annotations=["duration", "distance"],
        radiuses=[SNAP_METRES] * len(points)))
    return [list(row) for row in result["durations"]], [list(row) for row in result["distances"]]


def road_geometry(pack: RegionPack, profile: str, points: list[Point]) -> list[Point]:
    """The path through ``points`` in order along the roads, as (lat, lon); a leg the profile's
    roads cannot join is drawn along footpaths (a car-free centre), else straight."""
    import osrm

    engines = [engine_for(pack, p) for p in dict.fromkeys((profile, "foot")) if p in pack.profiles]
    path: list[Point] = []
    for a, b in zip(points, points[1:]):
        leg = [a, b]
        for engine in engines if a != b else ():
            try:
                result = engine.Route(osrm.RouteParameters(
                    coordinates=[(a[1], a[0]), (b[1], b[0])], geometries="geojson", overview="full",
                    radiuses=[SNAP_METRES, SNAP_METRES]))
                coords = result["routes"][0]["geometry"]["coordinates"]
                leg = [a] + [(float(c[1]), float(c[0])) for c in coords] + [b]
                break
            except (RuntimeError, KeyError, IndexError, TypeError, ValueError):
                continue
        path.extend(leg if not path else leg[1:])
    return path


def street_path(packs: list[RegionPack], points: list[Point], mode: str = "car") -> list[Point] | None:
    """The map's line for a day through ``points`` (start, stops, end) along the streets of the
    pack holding them all; None outside the packs (the map draws straight legs)."""
    if len(points) < 2:
        return None
    pack = pack_for(packs, points, mode) or pack_for(packs, points, "walk")
    if pack is None:
        return None
    return road_geometry(pack, MODE_PROFILE.get(mode) if mode in MODE_PROFILE and MODE_PROFILE[mode] in
                         pack.profiles else "foot", points)


def _haversine_matrix(points) -> "np.ndarray":
    """n×n great-circle metres between (lat, lon) rows (within 0.5 % of the geodesic)."""
    lat, lon = np.radians(points[:, 0]), np.radians(points[:, 1])
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    h = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    return 12_742_000 * np.arcsin(np.minimum(1.0, np.sqrt(h)))


@dataclass
class RoadTravel:
    """Travel model over region packs with a geodesic ``fallback`` (GeodesicTravel)."""

    packs: list[RegionPack]
    fallback: object
    last_source: str = ""
    _index: dict = field(default_factory=dict, repr=False)
    _secs: list = field(default_factory=list, repr=False)
    _metres: list = field(default_factory=list, repr=False)

    @property
    def mode(self) -> str:
        return self.fallback.mode

    @property
    def source(self) -> str:
        return f"roads:{self.mode}"

    def matrix(self, points: list[Point]) -> tuple[np.ndarray, np.ndarray]:
        """``(seconds, metres)``: n×n numpy int64 arrays, like the geodesic model's."""
        pack = pack_for(self.packs, points, self.mode)
        if pack is None:
            self.last_source = "geodesic"
            return self.fallback.matrix(points)
        durations, distances = road_table(pack, MODE_PROFILE[self.mode], points)
        profile = self.fallback.profiles[self.mode]
        secs_a = np.array(durations, dtype=float)  # None (no road joins them) -> nan
        metres_a = np.array(distances, dtype=float)
        missing = np.isnan(secs_a) | np.isnan(metres_a)
        secs_a = np.rint(np.nan_to_num(secs_a)) + profile.overhead_s
        metres_a = np.rint(np.nan_to_num(metres_a))
        if missing.any():  # a car-free centre...: straight line × detour at the mode's speed
            straight = _haversine_matrix(np.array(points, dtype=float)) * profile.detour
            metres_a[missing] = np.floor(straight[missing])
            secs_a[missing] = np.floor(metres_a[missing] / (profile.speed_kmh / 3.6)) + profile.overhead_s
        same = np.array([[a == b for b in points] for a in points]) if len(set(points)) < len(points) \
            else np.eye(len(points), dtype=bool)
        secs_a[same] = 0
        metres_a[same] = 0
        secs, metres = secs_a.astype(np.int64), metres_a.astype(np.int64)
        self._index = {p: k for k, p in enumerate(points)}
        self._secs, self._metres = secs, metres
        self.last_source = "roads"
        return secs, metres

    def leg(self, a: Point, b: Point) -> tuple[int, int]:
        i, j = self._index.get(a), self._index.get(b)
        if i is not None and j is not None:
            return int(self._secs[i][j]), int(self._metres[i][j])
        return self.fallback.leg(a, b)

    def seconds(self, a: Point, b: Point) -> int:
        return self.leg(a, b)[0]

    def geometry(self, points: list[Point]) -> list[Point] | None:
        """The day's path along the streets (for the map), None outside the packs."""
        pack = pack_for(self.packs, points, self.mode)
        return road_geometry(pack, MODE_PROFILE[self.mode], points) if pack else None
