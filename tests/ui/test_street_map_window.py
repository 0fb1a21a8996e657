"""The window's map over a region pack's street map (QtWebEngine, offscreen): the vector tiles
come through the app's scheme, un-gzipped, as ``application/vnd.mapbox-vector-tile``, and are
drawn; nothing is asked of the network."""

import os
from pathlib import Path

import pytest

from fieldvisit.adapters.maps import streets
from fieldvisit.adapters.maps.streets import lonlat_tile
from fieldvisit.adapters.regions import tiles as builder
from fieldvisit.services.progress import run
from tests.ui.test_desktop import js

pytestmark = pytest.mark.ui
ROOT = Path(__file__).resolve().parents[2]
CENTRE = (60.1699, 24.9410)


@pytest.fixture(scope="module")
def mbtiles(tmp_path_factory):
    work = tmp_path_factory.mktemp("streets")
    run(builder.build_tiles(ROOT / "resources" / "regions" / "Helsinki.osm.pbf", work / builder.FILE, work))
    return work / builder.FILE


def test_window_map_draws_the_region_streets_through_the_scheme(qtbot, sqlite_app, mbtiles, monkeypatch):
    from fieldvisit.ui.map_view import MapView

    monkeypatch.setattr(streets, "STREET_MAPS", lambda: [("Helsinki", mbtiles)])
    view = MapView()
    qtbot.addWidget(view)
    view.resize(900, 650)
    view.show()
    lat, lon = CENTRE
    route = {"collector": "Aino", "date": "2026-11-25", "start": {"lat": lat, "lon": lon},
             "end": {"lat": lat, "lon": lon},
             "stops": [{"id": "H-1", "name": "Aino", "lat": 60.1687, "lon": 24.9415, "eta": "09:00"},
                       {"id": "H-2", "name": "Eero", "lat": 60.1675, "lon": 24.9455, "eta": "09:30"}]}
    view.show_data([], route)
    qtbot.waitUntil(lambda: view.is_ready, timeout=30000)
    assert "fvmap://app/vtiles/Helsinki/" in view.handler.page_html.decode("utf-8")
    qtbot.waitUntil(lambda: view.handler.served["vtiles"] > 0 and bool(js(qtbot, view, "fv.idle()")), timeout=20000)
    x, y = lonlat_tile(lon, lat, 16)
    js(qtbot, view, f"(window.fvProbe = null, fetch('fvmap://app/vtiles/Helsinki/16/{x}/{y}.pbf').then(function (r) {{"
                    " return r.arrayBuffer().then(function (b) { var u = new Uint8Array(b);"
                    " window.fvProbe = {type: r.headers.get('content-type'), first: u[0], size: u.length}; }); }), 1)")
    qtbot.waitUntil(lambda: js(qtbot, view, "!!window.fvProbe"), timeout=10000)
    probe = js(qtbot, view, "window.fvProbe")
    assert probe["type"] == "application/vnd.mapbox-vector-tile"
    assert probe["first"] == 0x1a and probe["size"] > 1000  # protobuf, not gzip (0x1f)
    assert view.guard.blocked == []
    qtbot.wait(500)
    shot = view.grab().toImage()
    colours = {}
    for py in range(0, shot.height(), 4):
        for px in range(0, shot.width(), 4):
            c = shot.pixelColor(px, py).name()
            colours[c] = colours.get(c, 0) + 1
    samples = sum(colours.values())
    assert colours.get("#ddd3c8", 0) > 0.02 * samples, "buildings drawn from the vector tiles"
    out = os.environ.get("FIELDVISIT_SCREENSHOTS")
    if out:  # for a person to look at: FIELDVISIT_SCREENSHOTS=/some/folder
        view.grab().save(str(Path(out) / "window-streets.png"))
