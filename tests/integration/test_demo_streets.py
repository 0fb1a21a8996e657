"""The demo lives on real streets: its addresses are the shipped extract's (what
scripts/demo_addresses.py derives, each one found again by the offline index), Finnish rules apply,
and with the demo's region pack a demo day is planned on the roads."""

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from fieldvisit.services.demo import COLLECTORS, EXTRACT, REGION, demo_cases, demo_places

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 23)


def test_demo_addresses_are_the_extracts_own():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from demo_addresses import OUT, derive
    finally:
        sys.path.pop(0)
    assert OUT.read_text(encoding="utf-8") == derive()  # regenerate with scripts/demo_addresses.py
    places = demo_places()
    assert len(places) > 500 and len({p.street for p in places}) > 50
    assert all(p.city == "Helsinki" and (not p.postcode or p.postcode.startswith("00")) for p in places)


def test_demo_cases_and_homes_are_inside_the_extract(tmp_path):
    from fieldvisit.adapters.regions.scan import scan_extract

    bounds = scan_extract(EXTRACT).bounds
    inside = lambda lat, lon: bounds[0] <= lat <= bounds[2] and bounds[1] <= lon <= bounds[3]  # noqa: E731
    assert all(inside(*c.home) for c in COLLECTORS)
    cases = demo_cases(300, AS_OF)
    assert all(inside(c.lat, c.lon) for c in cases)
    by_address = {p.address: (p.lat, p.lon) for p in demo_places()}
    assert all(by_address[c.address] == (c.lat, c.lon) for c in cases)  # the extract's own coordinates


def test_finnish_rules_apply_to_the_demo(sqlite_app):
    rules = sqlite_app.rules().for_country("FI")
    assert rules.code == "FI" and rules.name.startswith("Finland")
    assert {"dispute", "cease"} <= {f.value for f in rules.blocking_flags}


def fv(home, *args, db=None):
    env = {**os.environ, "FIELDVISIT_HOME": str(home), "TZ": "Europe/Helsinki"}
    cmd = [sys.executable, "-m", "fieldvisit", *(["--db", db] if db else []), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    from fieldvisit.adapters.regions.build import build_pack
    from fieldvisit.services.progress import run

    home = tmp_path_factory.mktemp("home")
    run(build_pack(EXTRACT, home / "regions", REGION, profiles=("car",), street_map=False))
    return home


def test_a_demo_day_is_planned_on_the_roads(home, tmp_path):
    db = str(tmp_path / "demo.sqlite")
    assert fv(home, "demo", "--as-of", "2026-11-23", db=db).returncode == 0
    r = fv(home, "--json", "plan", "--date", "2026-11-25", "--collector", "Lucía Romero", "--as-of", "2026-11-23",
           "--mode", "car", "--time-limit", "1", db=db)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["travel"] == "roads" and data["valid"] and len(data["stops"]) >= 5
    assert all(s["arrival"].endswith("+02:00") for s in data["stops"])
    shutil.rmtree(home / "regions" / REGION)  # without the pack: straight lines
    r = fv(home, "--json", "plan", "--date", "2026-11-25", "--collector", "Lucía Romero", "--as-of", "2026-11-23",
           "--mode", "car", "--time-limit", "1", db=db)
    assert json.loads(r.stdout)["travel"] == "geodesic"
