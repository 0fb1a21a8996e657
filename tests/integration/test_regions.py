"""Region packs built from the shipped Helsinki extract: roads in process, route geometry, the
offline address index, the CLI (build / list / remove / find, ``plan`` saying ``travel: roads``)
and bad inputs (truncated, not OSM, no roads, another engine version)."""

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fieldvisit.adapters.regions.addresses import index_for
from fieldvisit.adapters.regions.build import build_pack
from fieldvisit.adapters.regions.engine import RoadTravel, road_geometry
from fieldvisit.adapters.regions.pack import list_packs, load_pack
from fieldvisit.adapters.regions.store import RegionFolder, RegionGeocoder
from fieldvisit.adapters.routing.travel import GeodesicTravel
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import GeocoderOffline
from fieldvisit.services.progress import run

ROOT = Path(__file__).resolve().parents[2]
EXTRACT = ROOT / "resources" / "regions" / "Helsinki.osm.pbf"


def sloppy(street: str, number: str) -> str:
    """An address as people type it: lower case, no accents, '-katu' as '-k.', '-tie' as '-t.'."""
    from unidecode import unidecode

    s = unidecode(street).lower()
    s = s[:-4] + "k." if s.endswith("katu") else s[:-3] + "t." if s.endswith("tie") else s
    return f"{s} {number.lower()}"


@pytest.fixture(scope="module")
def regions(tmp_path_factory):
    root = tmp_path_factory.mktemp("regions")
    data = run(build_pack(EXTRACT, root, "Helsinki", profiles=("car", "foot")))
    return root, data


@pytest.fixture(scope="module")
def addresses(regions):
    index = index_for(regions[0] / "Helsinki")
    return [r for r in index.rows if r[0] == "address"]


def test_build_makes_a_complete_pack_and_leaves_nothing_else(regions):
    root, data = regions
    assert data["name"] == "Helsinki" and data["modes"] == ["car", "motorbike", "walk"]
    assert data["addresses"] > 1000 and data["bytes"] > 0 and data["seconds"] > 0
    assert [p.name for p in root.iterdir()] == ["Helsinki"]
    assert data["street_map"] is True  # vector tiles: tests/integration/test_street_map.py
    assert sorted(p.name for p in (root / "Helsinki").iterdir()) == ["addresses.sqlite", "car", "foot",
                                                                    "manifest.json", "streets.mbtiles"]
    pack = load_pack(root / "Helsinki")
    assert pack.contains(60.1699, 24.9384) and not pack.contains(60.2, 25.1)
    with pytest.raises(UserError, match="already exists"):
        run(build_pack(EXTRACT, root, "Helsinki", street_map=False))


def test_road_matrix_inside_the_pack_and_geodesic_outside(regions, addresses):
    packs = list_packs(regions[0])
    points = [(r[6], r[7]) for r in random.Random(3).sample(addresses, 40)]
    road = RoadTravel(packs, GeodesicTravel("walk"))
    secs, metres = road.matrix(points)
    assert road.last_source == "roads"
    assert all(secs[i][i] == 0 for i in range(40)) and len(secs) == 40 and len(secs[0]) == 40
    straight = GeodesicTravel("walk")
    longer = sum(metres[i][j] > straight.metres(points[i], points[j]) / 1.25 for i in range(40) for j in range(40) if i != j)
    assert longer > 0.9 * 40 * 39  # streets are longer than the straight line
    assert road.leg(points[0], points[1]) == (secs[0][1], metres[0][1])
    outside = [points[0], (60.25, 25.05)]
    assert (road.matrix(outside)[0] == straight.matrix(outside)[0]).all() and road.last_source == "geodesic"
    transit = RoadTravel(packs, GeodesicTravel("public_transport"))  # no roads for transit: geodesic
    transit.matrix(points[:3])
    assert transit.last_source == "geodesic"



def test_a_point_with_no_road_near_it_is_timed_in_a_straight_line_and_the_rest_on_roads(regions, addresses):
    packs = list_packs(regions[0])
    corners = [(60.17786, 24.93518), (60.17848, 24.93518)]  # inside the pack's bounds, at the clip's
    assert all(packs[0].contains(*c) for c in corners)  # edge: no car road within 150 m of either
    points = [(r[6], r[7]) for r in addresses[:120:30]]
    road = RoadTravel(packs, GeodesicTravel("car"))
    secs, metres = road.matrix([points[0], corners[0], *points[1:], corners[1]])
    assert road.last_source == "roads"
    straight = GeodesicTravel("car")
    for c, corner in ((1, corners[0]), (5, corners[1])):  # their legs: straight line × detour at car speed
        for i, p in ((0, points[0]), (2, points[1]), (4, points[3])):
            assert (secs[i][c], metres[i][c]) == straight.leg(p, corner)
            assert (secs[c][i], metres[c][i]) == straight.leg(corner, p)
    on_roads = RoadTravel(packs, GeodesicTravel("car")).matrix(points)
    others = [0, 2, 3, 4]
    assert (secs[others][:, others] == on_roads[0]).all() and (metres[others][:, others] == on_roads[1]).all()


def test_repeated_points_are_routed_once_and_cost_nothing_between_them(regions, addresses):
    packs = list_packs(regions[0])
    points = [(r[6], r[7]) for r in addresses[:200:20]]
    twice = [*points, points[3], points[0]]  # two cases at one address
    secs, metres = RoadTravel(packs, GeodesicTravel("walk")).matrix(twice)
    alone = RoadTravel(packs, GeodesicTravel("walk")).matrix(points)
    assert (secs[:10, :10] == alone[0]).all() and (metres[:10, :10] == alone[1]).all()
    for copy, original in ((10, 3), (11, 0)):
        assert secs[copy][original] == secs[original][copy] == metres[copy][original] == 0
        others = [j for j in range(12) if j not in (copy, original)]
        assert (secs[copy, others] == secs[original, others]).all()
        assert (metres[others, copy] == metres[others, original]).all()

def test_route_geometry_follows_the_streets(regions, addresses):
    pack = load_pack(regions[0] / "Helsinki")
    stops = [(r[6], r[7]) for r in addresses[:200:50]]
    path = road_geometry(pack, "foot", stops)
    assert path[0] == stops[0] and path[-1] == stops[-1]
    assert len(path) > 4 * len(stops)  # bends along the streets, not one segment per leg
    assert all(pack.contains(lat, lon) for lat, lon in path)


def test_sloppy_addresses_are_found_offline(regions, addresses):
    folder = RegionFolder(regions[0])
    geocoder = RegionGeocoder(folder, None)
    sample = random.Random(7).sample(addresses, 150)
    found = 0
    for r in sample:
        try:
            hit = geocoder.geocode(sloppy(r[1], r[2]))
        except GeocoderOffline:
            continue
        found += hit is not None and abs(hit[0] - r[6]) < 0.002 and abs(hit[1] - r[7]) < 0.004
    assert found / len(sample) >= 0.95
    hit = folder.search("Mannerheimint. 5", limit=1)[0]
    assert hit.kind == "address" and hit.label.startswith("Mannerheimintie 5")
    assert folder.search("aleksanterinkatu", limit=1)[0].kind == "street"
    with pytest.raises(GeocoderOffline):  # not in the pack and no online geocoder: stays in the queue
        geocoder.geocode("Gran Vía 28, Madrid")


def test_bad_extracts_are_refused_and_leave_nothing(tmp_path):
    import osmium

    truncated = tmp_path / "cut.osm.pbf"
    truncated.write_bytes(EXTRACT.read_bytes()[:200_000])
    text = tmp_path / "notes.osm.pbf"
    text.write_text("not a map", encoding="utf-8")
    no_roads = tmp_path / "lake.osm.pbf"
    with osmium.SimpleWriter(str(no_roads)) as w:
        w.add_node(osmium.osm.mutable.Node(id=1, location=(24.95, 60.17), tags={"natural": "tree"}))
    root = tmp_path / "regions"
    root.mkdir()
    for bad, words in ((truncated, "not a readable OpenStreetMap extract"),
                       (text, "not a readable OpenStreetMap extract"), (no_roads, "has no roads")):
        with pytest.raises(UserError, match=words):
            run(build_pack(bad, root, "bad", street_map=False))
        assert list(root.iterdir()) == []


def test_a_pack_of_another_version_is_refused(regions, tmp_path):
    copy = tmp_path / "Old"
    shutil.copytree(regions[0] / "Helsinki", copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    (copy / "manifest.json").write_text(json.dumps({**manifest, "engine": "osrm-bindings 5.27.1"}))
    with pytest.raises(UserError, match="build it again"):
        load_pack(copy)
    assert list_packs(tmp_path) == []


def fv(home, *args, db=None):
    env = {**os.environ, "FIELDVISIT_HOME": str(home), "TZ": "Europe/Helsinki"}
    cmd = [sys.executable, "-m", "fieldvisit", *(["--db", db] if db else []), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)


@pytest.fixture(scope="module")
def home(regions, tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    shutil.copytree(regions[0] / "Helsinki", home / "regions" / "Helsinki")
    return home


def test_cli_list_find_remove_and_bad_input(home, tmp_path):
    listed = json.loads(fv(home, "--json", "region", "list").stdout)["regions"]
    assert [r["name"] for r in listed] == ["Helsinki"] and listed[0]["addresses"] > 1000
    found = json.loads(fv(home, "--json", "region", "find", "mannerheimint 5").stdout)["results"]
    assert found and found[0]["label"].startswith("Mannerheimintie 5")
    junk = tmp_path / "junk.osm.pbf"
    junk.write_bytes(b"\x00garbage" * 100)
    r = fv(home, "region", "build", str(junk))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert not any(p.name.startswith(".building") for p in (home / "regions").iterdir())
    r = fv(home, "region", "remove", "Nowhere")
    assert r.returncode == 2 and "no region pack named 'Nowhere'" in r.stderr


def test_plan_inside_the_pack_is_timed_on_roads(home, addresses, tmp_path):
    rows = random.Random(5).sample(addresses, 8)
    lines = ["case_id,name,address,lat,lon,due_date,balance,currency,collector,timezone"]
    names = ["Aino Virtanen", "Eero Laine", "Helmi Korhonen", "Onni Mäkinen", "Siiri Nieminen",
             "Väinö Heikkinen", "Kerttu Koskinen", "Toivo Järvinen"]
    for i, (r, name) in enumerate(zip(rows, names)):
        lines.append(f'H-{i},{name},"{r[1]} {r[2]}, Helsinki",{r[6]},{r[7]},2026-10-01,300.00,EUR,Aino,Europe/Helsinki')
    cases = tmp_path / "cases.csv"
    cases.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    assert fv(home, "cases", "import", str(cases), "--as-of", "2026-11-23", db=db).returncode == 0
    r = fv(home, "--json", "plan", "--date", "2026-11-25", "--collector", "Aino", "--as-of", "2026-11-23",
           "--start", f"{rows[0][6]},{rows[0][7]}", "--mode", "walk", "--time-limit", "1", db=db)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["travel"] == "roads" and data["stops"]
    shutil.rmtree(home / "regions" / "Helsinki")  # no pack: straight lines again
    r = fv(home, "--json", "plan", "--date", "2026-11-25", "--collector", "Aino", "--as-of", "2026-11-23",
           "--start", f"{rows[0][6]},{rows[0][7]}", "--mode", "walk", "--time-limit", "1", db=db)
    assert json.loads(r.stdout)["travel"] == "geodesic"


def test_the_map_draws_the_day_along_the_streets(regions, addresses):
    from fieldvisit.adapters.maps import page
    from fieldvisit.adapters.regions.engine import street_path

    packs = list_packs(regions[0])
    rows = addresses[:300:60]
    plan = {"collector": "Aino", "date": "2026-11-25", "start": {"lat": rows[0][6], "lon": rows[0][7]},
            "end": {"lat": rows[0][6], "lon": rows[0][7]},
            "stops": [{"case_id": f"H-{i}", "lat": r[6], "lon": r[7], "start": "2026-11-25T09:00:00+02:00"}
                      for i, r in enumerate(rows[1:])]}
    old = page.PATH_FINDER
    page.PATH_FINDER = lambda points, mode: street_path(packs, points, mode)
    try:
        route = page.route_from_plan(plan)
    finally:
        page.PATH_FINDER = old
    assert len(route["path"]) > 3 * (len(rows) + 1)
    assert route["path"][0] == [round(rows[0][6], 6), round(rows[0][7], 6)]
    assert street_path(packs, [(40.41, -3.70), (40.42, -3.69)], "car") is None  # outside: straight legs
