"""One pass over an OpenStreetMap extract (pyosmium): is it one, does it have roads, its bounds,
and the addresses, streets and named places for the address index."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fieldvisit.services.errors import UserError

ROUTABLE = {"motorway", "trunk", "primary", "secondary", "tertiary", "unclassified", "residential",
            "motorway_link", "trunk_link", "primary_link", "secondary_link", "tertiary_link", "living_street",
            "service", "pedestrian", "track", "road", "footway", "path", "cycleway", "steps"}
PLACE_TAGS = ("place", "amenity", "shop", "tourism", "office", "railway", "leisure")


@dataclass
class Scan:
    """``entries``: dicts with kind ("address" | "street" | "place"), street, number, postcode,
    city, name, lat, lon. ``bounds``: (min_lat, min_lon, max_lat, max_lon)."""

    roads: int = 0
    bounds: list[float] = field(default_factory=lambda: [90.0, 180.0, -90.0, -180.0])
    entries: list[dict] = field(default_factory=list)


def scan_extract(path: Path) -> Scan:
    """Read ``path`` once. Raises :class:`UserError` (one sentence) for a missing, truncated or
    non-OSM file, or an extract without roads."""
    import osmium

    if not path.is_file():
        if path.exists():  # a FIFO or a device: one sentence, never a reader waiting on it
            from fieldvisit.adapters.files.safe_write import open_untrusted

            open_untrusted(path, follow=True).close()
        raise UserError(f"The extract {path} does not exist; give the path of an .osm.pbf file.")
    scan = Scan()
    streets: dict[str, list] = {}

    class Handler(osmium.SimpleHandler):
        def node(self, n):
            if not n.location.valid():
                return
            lat, lon = n.location.lat, n.location.lon
            b = scan.bounds
            if lat < b[0]: b[0] = lat
            if lon < b[1]: b[1] = lon
            if lat > b[2]: b[2] = lat
            if lon > b[3]: b[3] = lon
            if len(n.tags):
                _entry(scan, n.tags, lat, lon)

        def way(self, w):
            tags = w.tags
            highway = tags.get("highway")
            try:
                pts = [(nd.lat, nd.lon) for nd in w.nodes if nd.location.valid()]
            except osmium.InvalidLocationError:
                pts = []
            if highway in ROUTABLE:
                scan.roads += 1
                name = tags.get("name")
                if name and pts:
                    streets.setdefault(name, []).append(pts[len(pts) // 2])
            if pts and len(tags):
                lat = sum(p[0] for p in pts) / len(pts)
                lon = sum(p[1] for p in pts) / len(pts)
                _entry(scan, tags, lat, lon)

    try:
        Handler().apply_file(str(path), locations=True)
    except (RuntimeError, OSError, ValueError) as exc:
        raise UserError(f"{path.name} is not a readable OpenStreetMap extract (truncated or another kind of file); "
                        "download the .osm.pbf again.") from exc
    if scan.roads == 0:
        raise UserError(f"The extract {path.name} has no roads, so no travel times can be built from it; "
                        "use an extract of a town or region.")
    for name, points in streets.items():
        lat, lon = points[len(points) // 2]
        scan.entries.append({"kind": "street", "street": name, "number": "", "postcode": "", "city": "",
                             "name": name, "lat": lat, "lon": lon})
    return scan


def _entry(scan: Scan, tags, lat: float, lon: float) -> None:
    number, street = tags.get("addr:housenumber"), tags.get("addr:street") or tags.get("addr:place")
    if number and street:
        scan.entries.append({"kind": "address", "street": street, "number": number,
                             "postcode": tags.get("addr:postcode", ""), "city": tags.get("addr:city", ""),
                             "name": tags.get("name", ""), "lat": lat, "lon": lon})
    elif tags.get("name") and any(t in tags for t in PLACE_TAGS):
        scan.entries.append({"kind": "place", "street": "", "number": "", "postcode": tags.get("addr:postcode", ""),
                             "city": tags.get("addr:city", ""), "name": tags["name"], "lat": lat, "lon": lon})
