"""Collectors and where their day starts and ends (home or office), in degrees (lat, lon)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

Point = tuple[float, float]


def name_key(name: str) -> str:
    """A name as people mean it: accents, case and spacing ignored (``Lucia  romero`` and
    ``Lucía Romero`` give the same key). Scripts are not transliterated (张伟 stays 张伟)."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", bare).casefold().split())


def valid_point(point: Point | None) -> bool:
    """A (lat, lon) pair inside -90..90 and -180..180 (None is not a point)."""
    return (point is not None and len(point) == 2 and -90 <= point[0] <= 90 and -180 <= point[1] <= 180)


@dataclass(slots=True)
class Collector:
    """A collector: ``home`` is where the day starts, ``end`` where it ends (None: back home).
    Both are ``(lat, lon)`` in degrees or None; ``id`` is the store's key."""

    name: str
    home: Point | None = None
    end: Point | None = None
    id: int | None = None

    def as_json(self) -> dict:
        """``{name, home: null or {lat, lon}, end: null or {lat, lon}}`` (CLI.md)."""
        return {"name": self.name, "home": point_json(self.home), "end": point_json(self.end)}


def point_json(point: Point | None) -> dict | None:
    return {"lat": point[0], "lon": point[1]} if point is not None else None


def point_from_json(data) -> Point | None:
    """``{lat, lon}`` back to a point; None for anything else that is not a valid position."""
    if not isinstance(data, dict):
        return None
    try:
        point = (float(data["lat"]), float(data["lon"]))
    except (KeyError, TypeError, ValueError):
        return None
    return point if valid_point(point) else None
