"""Links a phone opens in its navigation app, with no API key: a ``geo:`` URI (RFC 5870, Android
and most navigation apps) and an OpenStreetMap link (any browser, iPhone included)."""

from __future__ import annotations

from urllib.parse import quote

from fieldvisit.domain.longitudes import wrap


def _fmt(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def geo_uri(lat: float, lon: float, label: str = "") -> str:
    """``geo:LAT,LON?q=LAT,LON(label)`` (degrees, WGS 84): opens a pin, and navigation, at the stop."""
    point = f"{_fmt(lat)},{_fmt(wrap(lon))}"
    return f"geo:{point}?q={point}" + (f"({quote(label, safe='')})" if label else "")


def osm_url(lat: float, lon: float, zoom: int = 18) -> str:
    """The stop on openstreetmap.org, with a marker."""
    la, lo = _fmt(lat), _fmt(wrap(lon))
    return f"https://www.openstreetmap.org/?mlat={la}&mlon={lo}#map={zoom}/{la}/{lo}"


def osm_directions(points: list[tuple[float, float]], engine: str = "fossgis_osrm_car") -> str:
    """Directions on openstreetmap.org from the first point to the next one (the site routes
    between two points: the day link goes from the start to the first stop)."""
    route = ";".join(f"{_fmt(a)},{_fmt(wrap(b))}" for a, b in points[:2])
    return f"https://www.openstreetmap.org/directions?engine={engine}&route={quote(route, safe=',;')}"
