"""Time zone of a debtor from the country (one-zone countries) or the coordinates (timezonefinder,
offline data), cached.

The zones of whole grid cells can be kept between runs (``known_cells`` / :meth:`ZoneFinder.learned`:
the bootstrap keeps them inside the encrypted workspace), so a command that only needs the zone of
a start point it has seen before does not load timezonefinder (about 0.2 s)."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _zones_by_country() -> dict[str, list[str]]:
    text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            out.setdefault(parts[0], []).append(parts[2])
    return out


#: Countries with several zones in tzdata but one civil time almost everywhere people live.
_MAIN_ZONE = {"CN": "Asia/Shanghai", "ES": "Europe/Madrid", "PT": "Europe/Lisbon",
              "DE": "Europe/Berlin", "CL": "America/Santiago"}


CELLS_PER_DEGREE = 20  # grid cells of 0.05° (about 5 km)
_UNKNOWN = object()


def data_version() -> str:
    """The version of the zone data cell zones were computed with (they are kept per version)."""
    from importlib import metadata

    try:
        return metadata.version("timezonefinder")
    except metadata.PackageNotFoundError:  # pragma: no cover
        return ""


def cells_from_text(text: str | None) -> dict[tuple[int, int], str | None]:
    """Cell zones kept by :func:`cells_text` (empty when absent, damaged or of other zone data)."""
    import json

    try:
        data = json.loads(text or "{}")
        if data.get("data") != data_version():
            return {}
        return {(int(a), int(b)): (z or None) for a, b, z in data.get("cells", [])}
    except (ValueError, TypeError, AttributeError):
        return {}


def cells_text(cells: dict[tuple[int, int], str | None]) -> str:
    import json

    return json.dumps({"data": data_version(), "cells": [[a, b, z or ""] for (a, b), z in sorted(cells.items())]},
                      separators=(",", ":"))


class ZoneFinder:
    """Implements :class:`fieldvisit.services.ports.ZoneLookup`. ``known_cells``: called once, at
    the first look-up by coordinates, for grid cells whose zone is already known (``{(row, col):
    zone or None}``, as :func:`cells_from_text` gives); :meth:`learned` gives those computed since."""

    def __init__(self, known_cells: Callable[[], dict[tuple[int, int], str | None]] | None = None) -> None:
        self._finder = None
        self._cache: dict[tuple[float, float], str | None] = {}
        self._single: dict[str, str] = {}
        self._cells: dict[tuple[int, int], str | None] = {}
        self._known = known_cells
        self._learned: dict[tuple[int, int], str | None] = {}

    def learned(self) -> dict[tuple[int, int], str | None]:
        """Grid cells whose zone this finder computed (not given by ``known_cells``)."""
        return dict(self._learned)

    def zones_of(self, country: str) -> list[str]:
        return _zones_by_country().get(country.upper(), [])

    def zone_for(self, country: str, lat: float | None, lon: float | None) -> str | None:
        single = self._single.get(country)
        if single is None:
            zones = self.zones_of(country) if country else []
            single = self._single[country] = zones[0] if len(zones) == 1 else ""
        if single:
            return single
        if lat is None or lon is None:
            return _MAIN_ZONE.get(country.upper()) if country else None
        cell = (math.floor(lat * CELLS_PER_DEGREE), math.floor(lon * CELLS_PER_DEGREE))
        if self._known is not None:
            known, self._known = self._known, None
            try:
                self._cells.update(known())
            except Exception:  # noqa: BLE001 - a cache: without it the zones are computed
                pass
        uniform = self._cells.get(cell, _UNKNOWN)
        if uniform is _UNKNOWN:
            uniform = self._cells[cell] = self._learned[cell] = self._uniform_zone(cell)
        if uniform:
            return uniform
        key = (round(lat, 3), round(lon, 3))
        if key not in self._cache:
            self._cache[key] = self._at(lat, lon)
        return self._cache[key]

    def _at(self, lat: float, lon: float) -> str | None:
        if self._finder is None:
            from timezonefinder import TimezoneFinder

            self._finder = TimezoneFinder()
        return self._finder.timezone_at(lng=lon, lat=lat)

    def _uniform_zone(self, cell: tuple[int, int]) -> str | None:
        """The zone of a whole grid cell when its corners and centre agree (a 100,000-row file
        of one city then costs a few dozen look-ups, not one per address), else None."""
        step = 1 / CELLS_PER_DEGREE
        lat0, lon0 = cell[0] * step, cell[1] * step
        points = [(lat0, lon0), (lat0 + step, lon0), (lat0, lon0 + step), (lat0 + step, lon0 + step),
                  (lat0 + step / 2, lon0 + step / 2)]
        zones = {self._at(min(max(a, -90.0), 90.0), min(max(b, -180.0), 180.0)) for a, b in points}
        return zones.pop() if len(zones) == 1 and None not in zones else None
