"""The region pack's street map: vector tiles built from the shipped Helsinki extract (pyosmium
GeoJSON → tippecanoe), read back un-gzipped, put on the map page (served in the window, carried
inline in an exported file) and drawn by protomaps-leaflet in headless Chromium with no network."""

import io
import json
import subprocess
from pathlib import Path

import pytest

from fieldvisit.adapters.maps import page, streets
from fieldvisit.adapters.maps.streets import StreetTiles, lonlat_tile
from fieldvisit.adapters.regions import tiles as builder
from fieldvisit.adapters.regions.build import build_pack
from fieldvisit.services.progress import Progress, run
from tests.integration.headless import CHROMIUM, no_network_prefix

ROOT = Path(__file__).resolve().parents[2]
EXTRACT = ROOT / "resources" / "regions" / "Helsinki.osm.pbf"
CENTRE = (60.1699, 24.9410)  # Kaivokatu / Mannerheimintie, central Helsinki


@pytest.fixture(scope="module")
def mbtiles(tmp_path_factory):
    work = tmp_path_factory.mktemp("streets")
    out = work / builder.FILE
    result = run(builder.build_tiles(EXTRACT, out, work))
    return out, result


@pytest.fixture
def installed(mbtiles, monkeypatch):
    monkeypatch.setattr(streets, "STREET_MAPS", lambda: [("Helsinki", mbtiles[0])])
    return mbtiles[0]


def decoded(path: Path, z: int, x: int, y: int) -> dict:
    exe = Path(builder.tippecanoe_exe()).with_name("tippecanoe-decode")
    return json.loads(subprocess.run([str(exe), str(path), str(z), str(x), str(y)], capture_output=True, text=True,
                                     check=True).stdout)


def test_tiles_have_every_layer_and_real_street_names(mbtiles):
    path, result = mbtiles
    counts = result["features"]
    assert all(counts[k] > 0 for k in ("roads", "buildings", "water", "parks", "housenumbers")), counts
    assert result["bytes"] == path.stat().st_size and result["bytes"] < 2_000_000
    assert sorted(p.name for p in path.parent.iterdir()) == [builder.FILE]  # GeoJSON and temp files gone
    x, y = lonlat_tile(CENTRE[1], CENTRE[0], 16)
    layers = {layer["properties"]["layer"]: layer["features"] for layer in decoded(path, 16, x, y)["features"]}
    assert {"roads", "buildings", "housenumbers"} <= set(layers)
    names = {f["properties"].get("name") for f in layers["roads"]}
    assert {"Mannerheimintie", "Kaivokatu"} <= names
    kinds = {f["properties"]["kind"] for f in layers["roads"]}
    assert {"primary", "footway"} <= kinds
    assert all(f["properties"]["number"] for f in layers["housenumbers"])
    x, y = lonlat_tile(CENTRE[1], CENTRE[0], 15)
    low = {layer["properties"]["layer"] for layer in decoded(path, 15, x, y)["features"]}
    assert "housenumbers" not in low and "roads" in low  # house numbers only when zoomed in


def test_tiles_read_back_un_gzipped_with_bounds(mbtiles):
    tiles = StreetTiles(mbtiles[0])
    assert (tiles.minzoom, tiles.maxzoom) == (builder.MINZOOM, builder.MAXZOOM)
    s, w, n, e = tiles.bounds
    assert s < CENTRE[0] < n and w < CENTRE[1] < e
    data = tiles.tile(16, *lonlat_tile(CENTRE[1], CENTRE[0], 16))
    assert data[:1] == b"\x1a" and b"Mannerheimintie" in data  # protobuf layer, not gzip
    assert tiles.tile(16, 0, 0) is None and tiles.tile(3, 99, 0) is None
    found = tiles.tiles_in(s, w, n, e, 14)
    assert found and all(tiles.tile(*t) for t in found)


def test_the_page_uses_the_street_map_only_when_a_pack_has_one(installed, monkeypatch):
    stop = {"id": "H-1", "lat": CENTRE[0], "lon": CENTRE[1], "eta": "09:00"}
    route = {"collector": "Aino", "date": "2026-11-25", "start": {"lat": CENTRE[0], "lon": CENTRE[1]},
             "end": {"lat": CENTRE[0], "lon": CENTRE[1]}, "stops": [stop]}
    embedded = page.build_page([], route, standalone=False)
    assert "fvStreets.add(" in embedded and "fvmap://app/vtiles/Helsinki/{z}/{x}/{y}.pbf" in embedded
    assert "assets/protomaps-leaflet.js" in embedded and "OpenStreetMap contributors" in embedded
    exported = page.build_page([], route, standalone=True)
    assert "fvinline://0/" in exported and "protomapsL" in exported and "fvmap://" not in exported
    layer = streets.inline_layers(page.day_box([], route))[0]
    assert layer["maxzoom"] == builder.MAXZOOM and f"16/{'/'.join(map(str, lonlat_tile(CENTRE[1], CENTRE[0], 16)))}" in layer["tiles"]
    small = streets.inline_layers(page.day_box([], route), cap=40_000)[0]
    assert builder.MINZOOM <= small["maxzoom"] < builder.MAXZOOM  # a size cap drops the deepest zooms
    far = dict(route, start={"lat": 40.4, "lon": -3.7}, end={"lat": 40.4, "lon": -3.7},
               stops=[dict(stop, lat=40.41, lon=-3.70)])
    assert "fvStreets.add(" not in page.build_page([], far, standalone=True)  # Madrid: no pack there
    raster = {"url": "fvmap://tiles/{z}/{x}/{y}", "minzoom": 0, "maxzoom": 5, "attribution": "raster pack"}
    both = page.build_page([], route, standalone=False, tiles=raster)  # a raster pack still draws (outside)
    assert "fvmap://tiles/{z}/{x}/{y}" in both and "fvStreets.add(" in both
    monkeypatch.setattr(streets, "STREET_MAPS", None)
    assert "fvStreets" not in page.build_page([], route, standalone=False)


def test_exported_day_draws_the_streets_in_chromium_without_network(installed, tmp_path):
    """Pixels of the street style (land, buildings, a primary road) fill the exported page's map."""
    from PIL import Image

    if CHROMIUM is None:
        pytest.skip("chromium not installed")
    stops = [(60.1687, 24.9415), (60.1675, 24.9455), (60.1710, 24.9470)]
    route = {"collector": "Aino", "date": "2026-11-25", "start": {"lat": CENTRE[0], "lon": CENTRE[1]},
             "end": {"lat": CENTRE[0], "lon": CENTRE[1]},
             "stops": [{"id": f"H-{i}", "lat": a, "lon": b, "eta": "09:00"} for i, (a, b) in enumerate(stops)]}
    html = tmp_path / "day.html"
    html.write_text(page.build_page([], route, standalone=True), encoding="utf-8")
    shot = tmp_path / "day.png"
    cmd = [*no_network_prefix(), CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           f"--user-data-dir={tmp_path / 'profile'}", "--window-size=900,700", "--virtual-time-budget=8000",
           f"--screenshot={shot}", html.as_uri()]
    subprocess.run(cmd, capture_output=True, timeout=120)
    image = Image.open(io.BytesIO(shot.read_bytes())).convert("RGB")
    colours = dict((c, n) for n, c in image.getcolors(900 * 700))
    total = 900 * 700
    assert colours.get((0xf4, 0xf1, 0xea), 0) > 0.05 * total, "the street map's land colour"
    assert colours.get((0xdd, 0xd3, 0xc8), 0) > 0.02 * total, "buildings"
    assert colours.get((0xf8, 0xcf, 0x8f), 0) > 0.002 * total, "a primary road (Mannerheimintie)"


def test_cancelling_the_street_map_stage_leaves_nothing(tmp_path):
    """The street map is a build stage with progress; closing the build there (the window's
    Cancel) stops tippecanoe and removes the half-built pack (the full build: test_regions)."""
    root = tmp_path / "regions"
    root.mkdir()
    work = build_pack(EXTRACT, root, "Helsinki", profiles=("foot",))
    seen = 0
    for progress in work:
        assert isinstance(progress, Progress) and progress.done <= progress.total
        seen += progress.message == "Drawing the street map"
        if seen == 3:  # inside the stage, not at its start
            break
    work.close()
    assert seen == 3 and list(root.iterdir()) == []


def test_street_ways_are_joined_end_to_end_so_names_fit():
    a = [(1, 0.0, 0.0), (2, 1.0, 0.0)]
    b = [(3, 2.0, 0.0), (2, 1.0, 0.0)]  # drawn the other way
    c = [(3, 2.0, 0.0), (4, 3.0, 0.0)]
    side = [(9, 5.0, 5.0), (8, 6.0, 5.0)]  # not touching
    joined = builder.merge_lines([a, b, c, side])
    assert sorted([r for r, _x, _y in line] for line in joined) == [[1, 2, 3, 4], [9, 8]]


def test_an_unreadable_extract_is_one_sentence_for_the_street_map(tmp_path):
    from fieldvisit.services.errors import UserError

    junk = tmp_path / "junk.osm.pbf"
    junk.write_bytes(b"\x00garbage" * 100)
    with pytest.raises(UserError, match=r"^junk\.osm\.pbf is not a readable OpenStreetMap extract [^\n]*\.$"):
        run(builder.build_tiles(junk, tmp_path / builder.FILE, tmp_path))
    assert not (tmp_path / builder.FILE).exists()
