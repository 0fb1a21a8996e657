"""Longitudes on a circle: the ±180° meridian is an ordinary place (Fiji, Chukotka, the Aleutians).

A map draws a day's cases and route in one longitude *frame*: every longitude is moved by a whole
number of turns (±360°) to lie within 180° of the frame's centre, so an island that straddles the
antimeridian is drawn in one piece (179.98° and 180.03° rather than 179.98° and -179.97°).
"""

from __future__ import annotations

from collections.abc import Iterable


def wrap(lon: float) -> float:
    """``lon`` in degrees brought into [-180, 180) (unchanged when already there)."""
    if -180.0 <= lon < 180.0:
        return lon
    return (lon + 180.0) % 360.0 - 180.0


def near(lon: float, ref: float) -> float:
    """``lon`` moved by whole turns to lie within 180° of ``ref`` (degrees)."""
    return lon + 360.0 * round((ref - lon) / 360.0)


def arc_centre(lons: Iterable[float]) -> float:
    """The centre (degrees, in [-180, 180)) of the shortest arc of the circle holding every
    longitude: the arc is the circle minus its widest empty gap. 0.0 for no longitudes."""
    points = sorted(wrap(x) for x in lons)
    if not points:
        return 0.0
    widest, after = -1.0, 0
    for i, here in enumerate(points):
        nxt = points[i + 1] if i + 1 < len(points) else points[0] + 360.0
        if nxt - here > widest:
            widest, after = nxt - here, i
    start = points[(after + 1) % len(points)]
    end = points[after]
    if end < start:
        end += 360.0
    return wrap((start + end) / 2.0)


def unwrap(lons: Iterable[float], ref: float) -> list[float]:
    """A path's longitudes made continuous: the first taken within 180° of ``ref``, each next one
    within 180° of the one before, so every leg goes the short way round."""
    out: list[float] = []
    for lon in lons:
        out.append(near(lon, out[-1] if out else ref))
    return out
