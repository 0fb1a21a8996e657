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


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[Box, ...]], dict[str, tuple[Box, ...]]]:
    """``(own, sovereign)``: ISO code → its own subunits' boxes, and → those plus the boxes of
    every subunit under the same sovereign. Built once (~300 subunits)."""
    from country_bounding_boxes import all_country_subunits, country_subunits_by_iso_code
    import pycountry

    def box(unit) -> Box:
        lon_min, lat_min, lon_max, lat_max = unit.bbox
        return lat_min, lat_max, lon_min, lon_max

    by_sovereign: dict[str, list[Box]] = {}
    for unit in all_country_subunits():
        by_sovereign.setdefault(unit.sovereignt, []).append(box(unit))
    own: dict[str, tuple[Box, ...]] = {}
    sovereign: dict[str, tuple[Box, ...]] = {}
    for country in pycountry.countries:
        units = list(country_subunits_by_iso_code(country.alpha_2))
        if not units:
            continue
        own[country.alpha_2] = tuple(box(u) for u in units)
        extra = [b for name in {u.sovereignt for u in units} for b in by_sovereign.get(name, ())]
        sovereign[country.alpha_2] = tuple(dict.fromkeys([*own[country.alpha_2], *extra]))
    return own, sovereign


def country_boxes(country: str) -> tuple[Box, ...]:
    """The boxes of ``country`` (ISO 3166 alpha-2) and of the territories under its sovereign;
    ``()`` for a code with no land in the data (then nothing can be checked)."""
    return _index()[1].get((country or "").upper(), ())


@lru_cache(maxsize=65536)
def _near(cell_lat: int, cell_lon: int) -> tuple[tuple[str, tuple[Box, ...]], ...]:
    """The countries whose own boxes touch the one-degree cell, with those boxes (a file's
    points fall in few cells: each point is then checked against a handful of boxes)."""
    out = []
    for code, boxes in _index()[0].items():
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
