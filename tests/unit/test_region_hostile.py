"""What a new user broke in region packs (issue 16), each kept fixed: a pack name is never a
path (``region remove /some/folder`` deleted that folder), a pack whose files went missing or that
another engine version built is listed as unusable with the reason instead of vanishing or failing
with a traceback, an extract's file name with accents or "(1)" gives a usable pack name, Finnish
addresses with a staircase and flat ("Kalevankatu 4 A 5") find door 4, not door 5, and a plan says
how it was timed."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldvisit.adapters.regions import addresses
from fieldvisit.adapters.regions.pack import engine_version, list_packs, load_pack, write_manifest
from fieldvisit.adapters.regions.store import RegionFolder, RegionGeocoder
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import GeocoderOffline
from fieldvisit.services.regions import build_region, default_name

ROOT = Path(__file__).resolve().parents[2]


def fake_pack(root: Path, name: str, *, engine: str | None = None, files: bool = True) -> Path:
    """A pack folder with a manifest (and, when ``files``, the files a pack must have, empty)."""
    folder = root / name
    (folder / "car").mkdir(parents=True)
    write_manifest(folder, name=name, profiles=["car"], bounds=[60.16, 24.93, 60.18, 24.96], addresses=0,
                   engine=engine or engine_version(), source=f"{name}.osm.pbf", built="2026-11-30T00:00:00+00:00")
    if files:
        for f in ("region.osrm.hsgr", "region.osrm.fileIndex", "region.osrm.ebg_nodes", "region.osrm.properties"):
            (folder / "car" / f).write_bytes(b"")
        addresses.write_index(folder / addresses.FILE, [])
    return folder


def test_a_pack_name_is_never_a_path(tmp_path):
    victim = tmp_path / "my documents"
    victim.mkdir()
    (victim / "manifest.json").write_text("{}")  # many folders have one
    (victim / "letter.txt").write_text("precious")
    regions = RegionFolder(tmp_path / "home" / "regions")
    fake_pack(regions.root, "Helsinki")
    for name in (str(victim), "../../my documents", "..", "Helsinki/..", ""):
        with pytest.raises(UserError, match="no region pack named"):
            regions.remove(name)
        with pytest.raises(UserError, match="no region pack named"):
            regions.pack(name)
    assert (victim / "letter.txt").read_text() == "precious"
    regions.remove("Helsinki")
    assert list(regions.root.iterdir()) == []


def test_packs_that_cannot_be_used_are_listed_with_the_reason(tmp_path):
    regions = RegionFolder(tmp_path)
    fake_pack(tmp_path, "Good")
    fake_pack(tmp_path, "Old", engine="osrm-bindings 5.27.1")
    fake_pack(tmp_path, "Gutted", files=False)  # its files deleted behind the app's back
    assert [p.name for p in list_packs(tmp_path)] == ["Good"]
    unusable = {u["name"]: u["error"] for u in regions.unusable()}
    assert set(unusable) == {"Old", "Gutted"}
    assert "osrm-bindings 5.27.1" in unusable["Old"] and "build it again" in unusable["Old"]
    assert "car/region.osrm.hsgr" in unusable["Gutted"] and "build it again" in unusable["Gutted"]
    with pytest.raises(UserError, match="missing"):
        load_pack(tmp_path / "Gutted")
    regions.remove("Old")  # an unusable pack can still be removed
    regions.remove("Gutted")
    assert [p.name for p in tmp_path.iterdir()] == ["Good"]


def test_damaged_routing_files_are_one_sentence_not_a_traceback(tmp_path):
    from fieldvisit.adapters.regions.engine import engine_for

    pack = load_pack(fake_pack(tmp_path, "Broken"))  # files there, but empty
    with pytest.raises(UserError, match="cannot be read"):
        engine_for(pack, "car")


def test_cli_list_shows_the_unusable_pack(tmp_path):
    fake_pack(tmp_path / "regions", "Old", engine="osrm-bindings 5.27.1")
    env = {**os.environ, "FIELDVISIT_HOME": str(tmp_path)}
    r = subprocess.run([sys.executable, "-m", "fieldvisit", "--json", "region", "list"], capture_output=True,
                       text=True, env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["regions"] == [] and data["unusable"][0]["name"] == "Old"
    r = subprocess.run([sys.executable, "-m", "fieldvisit", "region", "remove", str(tmp_path)], capture_output=True,
                       text=True, env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert (tmp_path / "regions" / "Old").is_dir()


@pytest.mark.parametrize("file, name", [
    ("Helsinki.osm.pbf", "Helsinki"), ("finland-latest (1).osm.pbf", "finland-latest 1"),
    ("Zürich.osm.pbf", "Zürich"), ("Hälsingfors keskusta.osm.pbf", "Hälsingfors keskusta"),
    ("a&b.pbf", "a b")])
def test_the_extract_file_name_gives_a_usable_pack_name(tmp_path, file, name):
    assert default_name(Path(file)) == name
    extract = tmp_path / file
    extract.write_bytes(b"x")
    seen = []

    class Store:
        def build(self, path, name, street_map=True):
            seen.append(name)

    build_region(Store(), extract)
    assert seen == [name]
    for bad in ("", "..", "a/b", "../x"):
        with pytest.raises(UserError, match="cannot be used"):
            build_region(Store(), extract, bad)


def entry(street, number, lat, lon, postcode="00100"):
    return {"kind": "address", "street": street, "number": number, "postcode": postcode, "city": "Helsinki",
            "name": "", "lat": lat, "lon": lon}


@pytest.fixture
def geocoder(tmp_path):
    fake_pack(tmp_path, "Hki")
    (tmp_path / "Hki" / addresses.FILE).unlink()
    addresses.write_index(tmp_path / "Hki" / addresses.FILE, [
        entry("Kalevankatu", "4", 60.16777, 24.93988), entry("Kalevankatu", "5", 60.16770, 24.93875),
        entry("Kalevankatu", "12", 60.1660, 24.9350),
        entry("Fredrikinkatu", "28", 60.16452, 24.93649, "00120"),
        entry("Eerikinkatu", "3", 60.16771, 24.93636),
        entry("Erottajankatu", "15-17", 60.16586, 24.94417, "00130"),
        {**entry("Caisa, Vilhonkatu", "6, 1. krs. / Floor 1", 60.17196, 24.94593), "postcode": ""},
    ])
    return RegionGeocoder(RegionFolder(tmp_path), None)


@pytest.mark.parametrize("query, label", [
    ("kalevank. 4 A 5", "Kalevankatu 4,"),  # door 4, staircase A, flat 5: never door 5
    ("Kalevankatu 4 a 12", "Kalevankatu 4,"),
    ("fredrikinkatu 28 b 14", "Fredrikinkatu 28,"), ("Fredrikinkatu 28 B", "Fredrikinkatu 28,"),
    ("eerikink 3 helsinki", "Eerikinkatu 3,"), ("erottajankatu 17", "Erottajankatu 15-17,"),
    ("kalevankatu 5", "Kalevankatu 5,")])
def test_finnish_staircase_and_flat_find_the_door(geocoder, query, label):
    assert geocoder.geocode(query)[2].startswith(label)


def test_a_floor_number_is_not_a_door(geocoder):
    with pytest.raises(GeocoderOffline):  # "6, 1. krs" is door 6: Vilhonkatu 1 is not in the pack
        geocoder.geocode("vilhonkatu 1")


def test_plan_text_says_how_the_day_was_timed():
    from fieldvisit.cli.plan import _plan_text

    day = {"collector": "Aino", "date": "2026-12-01", "stops": [], "total_distance_m": 0, "total_travel_seconds": 0,
           "leave_at": "2026-12-01T09:00:00+02:00", "return_at": "2026-12-01T09:00:00+02:00", "valid": True,
           "violations": []}
    assert _plan_text({**day, "travel": "roads"}).splitlines()[-1] == "travel: roads"
    assert "straight line" in _plan_text({**day, "travel": "geodesic"}).splitlines()[-1]


def test_a_second_build_of_the_same_region_waits_its_turn(tmp_path):
    """The window and the CLI (or two clicks) building one region at once: the second is refused
    in one sentence and the first's files stay; a folder left by a build that died is cleared."""
    import time

    from fieldvisit.adapters.regions.build import _claim, build_pack
    from fieldvisit.services.progress import run

    extract = ROOT / "resources" / "regions" / "Helsinki.osm.pbf"
    work = tmp_path / ".building-Helsinki"
    work.mkdir()
    (work / ".pid").write_text(str(os.getpid()))  # a build running (this process stands for it)
    (work / "addresses.sqlite").write_bytes(b"half")
    with pytest.raises(UserError, match="being built right now"):
        run(build_pack(extract, tmp_path, "Helsinki"))
    assert (work / "addresses.sqlite").read_bytes() == b"half"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (work / ".pid").write_text(str(dead.pid))  # that build was killed
    assert _claim(work, "Helsinki") == work and not (work / "addresses.sqlite").exists()
    (work / ".pid").unlink()
    old = time.time() - 3600
    os.utime(work, (old, old))  # killed before it wrote its .pid
    assert _claim(work, "Helsinki") == work
