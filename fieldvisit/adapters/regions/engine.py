"""Road travel times from region packs, in process (OSRM contraction hierarchies through ``osrm-bindings``).

:class:`RoadTravel` has the interface of the geodesic model (``matrix``, ``leg``, ``seconds``,
``last_source``): when every point of a day lies inside a pack that has a profile for the mode,
the pack's engine answers (``last_source == "roads"``); otherwise, and for a pair the roads
cannot join, geodesic × detour answers. Times carry the mode's per-leg overhead (parking...).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import numpy as np

from fieldvisit.adapters.regions.pack import MODE_PROFILE, RegionPack
from fieldvisit.adapters.routing.travel import EARTH_RADIUS_M
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


_NO_SEGMENT = re.compile(r"NoSegment.*coordinate (\d+)")


def _snaps(engine, point: Point) -> bool:
    """Whether the engine finds a road within SNAP_METRES of ``point``."""
    import osrm

    try:
        engine.Nearest(osrm.NearestParameters(coordinates=[(point[1], point[0])], radiuses=[SNAP_METRES],
                                              generate_hints=False))
    except RuntimeError:
        return False
    return True


def _distinct(points: list[Point]) -> tuple[np.ndarray, list[Point]]:
    """``(inverse, unique)``: the distinct points in first-seen order, and for each point the
    position of its equal in ``unique`` (an int array)."""
    index: dict[Point, int] = {}
    inverse = np.fromiter((index.setdefault((float(p[0]), float(p[1])), len(index)) for p in points),
                          dtype=np.intp, count=len(points))
    return inverse, list(index)


def _as_array(rows, n: int) -> np.ndarray:
    """An engine answer (n rows of n numbers or None) as an n×n float array, NaN for None, read
    in one pass without building Python lists (half the time of ``np.array`` of nested lists)."""
    return np.fromiter(chain.from_iterable(rows), dtype=np.float64, count=n * n).reshape(n, n)


def road_arrays(pack: RegionPack, profile: str, points: list[Point]) -> tuple[np.ndarray, np.ndarray]:
    """``(seconds, metres)`` between all ``points`` (lat, lon) on the pack's roads: two n×n float
    arrays, NaN where no road joins the pair or a point has no road within SNAP_METRES (its row
    and column). Each distinct point is routed once. Raises RuntimeError for an engine failure."""
    import osrm

    inverse, unique = _distinct(points)
    n = len(unique)
    secs = metres = None
    engine = engine_for(pack, profile)
    keep = list(range(n))  # points the engine could snap
    while len(keep) > 1:
        mine = [unique[k] for k in keep]
        params = osrm.TableParameters(coordinates=[(lon, lat) for lat, lon in mine], generate_hints=False,
                                      annotations=["duration", "distance"], radiuses=[SNAP_METRES] * len(mine))
        params.skip_waypoints = True  # the snapped points are not needed: 2n fewer objects to make
        try:
            result = engine.Table(params)
        except RuntimeError as exc:  # points with no road near them: route the others without them
            bad = _NO_SEGMENT.search(str(exc))
            if bad is None or int(bad.group(1)) >= len(keep):
                raise
            snaps = [_snaps(engine, unique[k]) for k in keep]  # ~40 µs a point
            snaps[int(bad.group(1))] = False
            keep = [k for k, ok in zip(keep, snaps) if ok]
            continue
        if len(keep) == n:
            secs, metres = _as_array(result["durations"], n), _as_array(result["distances"], n)
        else:
            secs, metres, block = np.full((n, n), np.nan), np.full((n, n), np.nan), np.ix_(keep, keep)
            secs[block] = _as_array(result["durations"], len(keep))
            metres[block] = _as_array(result["distances"], len(keep))
        break
    if secs is None:  # no two points near a road
        secs, metres = np.full((n, n), np.nan), np.full((n, n), np.nan)
    if n == len(points):
        return secs, metres
    full = np.ix_(inverse, inverse)
    return secs[full], metres[full]


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


def _haversine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Great-circle metres between rows of ``a`` and ``b`` ((lat, lon) degrees, same shape), as
    the geodesic model computes them (so a pair the roads cannot join costs what it costs there)."""
    lat1, lon1, lat2, lon2 = np.radians(a[:, 0]), np.radians(a[:, 1]), np.radians(b[:, 0]), np.radians(b[:, 1])
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


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
        secs_a, metres_a = road_arrays(pack, MODE_PROFILE[self.mode], points)
        profile = self.fallback.profiles[self.mode]
        missing = np.isnan(secs_a) | np.isnan(metres_a)
        secs_a, metres_a = np.rint(secs_a), np.rint(metres_a)
        if missing.any():  # a car-free centre...: straight line × detour at the mode's speed
            xy = np.array(points, dtype=float)
            rows, cols = np.nonzero(missing)
            metres_a[rows, cols] = np.floor(_haversine(xy[rows], xy[cols]) * profile.detour)
            secs_a[rows, cols] = np.floor(metres_a[rows, cols] / (profile.speed_kmh / 3.6))
        secs_a += profile.overhead_s
        ids, unique = _distinct(points)
        same = np.eye(len(points), dtype=bool) if len(unique) == len(points) else ids[:, None] == ids[None, :]
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
