"""Time zone of a debtor from the country (one-zone countries) or the coordinates (timezonefinder,
offline data), cached."""

from __future__ import annotations

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


class ZoneFinder:
    """Implements :class:`fieldvisit.services.ports.ZoneLookup`."""

    def __init__(self) -> None:
        self._finder = None
        self._cache: dict[tuple[float, float], str | None] = {}
        self._single: dict[str, str] = {}

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
        key = (round(lat, 3), round(lon, 3))
        if key not in self._cache:
            if self._finder is None:
                from timezonefinder import TimezoneFinder

                self._finder = TimezoneFinder()
            self._cache[key] = self._finder.timezone_at(lng=lon, lat=lat)
        return self._cache[key]
