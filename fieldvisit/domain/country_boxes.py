"""Where a country lies, coarsely: the bounding boxes of its land, from Natural Earth's admin-0
map subunits (naturalearthdata.com, public domain) as the ``country-bounding-boxes`` package
ships them — a country's own subunits (Spain: the mainland, the Balearics, the Canaries) and the
territories under the same sovereign (France: Guadeloupe, Réunion…; the United States: Alaska,
Hawaii, Puerto Rico…), so a case there is not taken for a mistake.

Boxes are ``(lat_min, lat_max, lon_min, lon_max)`` in degrees. Used to tell implausible
coordinates (swapped, or on another continent: :mod:`.case_places`) and, when a file names no
country, which country its coordinates are in (:mod:`.conventions`).
"""

from __future__ import annotations

import math
from functools import lru_cache

Box = tuple[float, float, float, float]


def _box(unit) -> Box:
    lon_min, lat_min, lon_max, lat_max = unit.bbox
    return lat_min, lat_max, lon_min, lon_max


@lru_cache(maxsize=1)
def _by_sovereign() -> dict[str, tuple[Box, ...]]:
    """Sovereign's name → the boxes of every subunit under it (~300 subunits in all)."""
    from country_bounding_boxes import all_country_subunits

    out: dict[str, list[Box]] = {}
    for unit in all_country_subunits():
        out.setdefault(unit.sovereignt, []).append(_box(unit))
    return {name: tuple(boxes) for name, boxes in out.items()}


@lru_cache(maxsize=512)
def _own(country: str) -> tuple[tuple[Box, ...], frozenset[str]]:
    """A country's own subunits' boxes and their sovereigns' names."""
    from country_bounding_boxes import country_subunits_by_iso_code

    units = list(country_subunits_by_iso_code(country)) if len(country) == 2 and country.isalpha() else []
    return tuple(_box(u) for u in units), frozenset(u.sovereignt for u in units)


@lru_cache(maxsize=512)
def country_boxes(country: str) -> tuple[Box, ...]:
    """The boxes of ``country`` (ISO 3166 alpha-2) and of the territories under its sovereign;
    ``()`` for a code with no land in the data (then nothing can be checked)."""
    own, sovereigns = _own((country or "").upper())
    extra = [b for name in sorted(sovereigns) for b in _by_sovereign().get(name, ())]
    return tuple(dict.fromkeys([*own, *extra]))


@lru_cache(maxsize=1)
def _all_own() -> dict[str, tuple[Box, ...]]:
    """ISO code → its own subunits' boxes, for every country with land in the data."""
    import pycountry

    return {c.alpha_2: boxes for c in pycountry.countries if (boxes := _own(c.alpha_2)[0])}


@lru_cache(maxsize=65536)
def _near(cell_lat: int, cell_lon: int) -> tuple[tuple[str, tuple[Box, ...]], ...]:
    """The countries whose own boxes touch the one-degree cell, with those boxes (a file's
    points fall in few cells: each point is then checked against a handful of boxes)."""
    out = []
    for code, boxes in _all_own().items():
        touching = tuple(b for b in boxes if b[0] <= cell_lat + 1 and b[1] >= cell_lat
                         and b[2] <= cell_lon + 1 and b[3] >= cell_lon)
        if touching:
            out.append((code, touching))
    return tuple(out)


def countries_at(lat: float, lon: float) -> list[str]:
    """The ISO codes of the countries whose own boxes hold ``(lat, lon)`` (degrees; several where
    boxes overlap, as in much of Europe; none at sea)."""
    return [code for code, boxes in _near(math.floor(lat), math.floor(lon))
            if any(a <= lat <= b and c <= lon <= d for a, b, c, d in boxes)]
