"""The exported map in headless Chromium (network off) at any longitude: a day that crosses the
±180° meridian opens fitted to its stops with the route drawn the short way (the Fiji case, and
the same kind elsewhere), and stop numbers stay readable where stops share a building."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import CASES as CASES_DIR

from fieldvisit.adapters.maps.page import build_page
from tests.integration.headless import dump_dom, route_xs, stop_boxes, view_of

FIJI = CASES_DIR / "10_antimeridian_map" / "cases.csv"
WIDTH = 1366


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True,
                          text=True, env={**os.environ, "TZ": "UTC"}, timeout=300)


def _route(start, stops):
    return {"collector": "c", "date": "2026-12-02", "start": {"lat": start[0], "lon": start[1]},
            "end": {"lat": start[0], "lon": start[1]},
            "stops": [{"id": f"S-{i + 1}", "name": "", "lat": lat, "lon": lon, "eta": "09:00"}
                      for i, (lat, lon) in enumerate(stops)]}


def _cases(stops):
    return [{"id": f"S-{i + 1}", "name": f"N{i}", "lat": lat, "lon": lon, "bucket": "M1", "dpd": 40, "balance": "1"}
            for i, (lat, lon) in enumerate(stops)]


def _assert_short_and_fitted(dom, stops, start):
    xs = route_xs(dom)
    assert all(0 <= x <= WIDTH for x in xs), f"route drawn the long way round (vertices off screen): {xs}"
    view = view_of(dom)
    assert view["zoom"] >= 9, view
    assert view["east"] - view["west"] < 5, "fitted to the stops, not the world"
    centre = (view["east"] + view["west"]) / 2
    for lat, lon in [start, *stops]:
        unwrapped = lon + 360 * round((centre - lon) / 360)
        assert view["south"] <= lat <= view["north"] and view["west"] <= unwrapped <= view["east"]


@pytest.mark.skipif(not FIJI.is_file(), reason="shared case files not present")
def test_fiji_day_across_the_antimeridian(tmp_path):
    """The shared case as a user meets it: import, plan from a start on the island, export."""
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    assert fv("cases", "import", str(FIJI), db=db).returncode == 0
    plan = fv("--json", "plan", "--date", "2026-12-02", "--collector", "sai", "--start=-16.79,179.96",
              "--tz", "Pacific/Fiji", "--time-limit", "1", db=db)
    assert plan.returncode == 0, plan.stderr
    out = tmp_path / "fiji.html"
    r = fv("--json", "map", "--date", "2026-12-02", "--collector", "sai", "--out", str(out), db=db)
    assert r.returncode == 0, r.stderr
    dom = dump_dom(out, tmp_path / "profile")
    with FIJI.open(encoding="utf-8") as f:
        stops = [(float(row["lat"]), float(row["lon"])) for row in csv.DictReader(f)]
    assert len(stop_boxes(dom)) == 3
    _assert_short_and_fitted(dom, stops, (-16.79, 179.96))


@pytest.mark.parametrize("start,stops", [
    ((65.0, -179.95), [(65.02, 179.9), (65.05, -179.8), (64.98, 179.97)]),  # Chukotka, start west of 180°
    ((-16.5, 179.7), [(-16.6, -179.9), (-16.55, 179.95)]),                   # Vanua Levu, start east of 180°
    ((51.9, -176.6), [(51.85, -176.65), (51.88, -176.5)]),                   # Adak: near, not across
])
def test_any_day_across_or_near_the_meridian(tmp_path, start, stops):
    page = tmp_path / "day.html"
    page.write_text(build_page(_cases(stops), _route(start, stops), standalone=True), encoding="utf-8")
    _assert_short_and_fitted(dump_dom(page, tmp_path / "profile"), stops, start)


def test_overlapping_stops_keep_readable_numbers(tmp_path):
    """Three stops in one building and one next door: no badge (a 26 px disc) covers another."""
    stops = [(40.4168, -3.7038), (40.4168, -3.7038), (40.4168, -3.7038), (40.41681, -3.70379), (40.43, -3.69)]
    page = tmp_path / "day.html"
    page.write_text(build_page(_cases(stops), _route((40.40, -3.71), stops), standalone=True), encoding="utf-8")
    boxes = stop_boxes(dump_dom(page, tmp_path / "profile"))
    assert len(boxes) == len(stops)
    corners = list(boxes.values())
    for i, (x1, y1) in enumerate(corners):
        for x2, y2 in corners[i + 1:]:
            assert ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 >= 26, f"round badges (26 px) overlap: {boxes}"


def test_stop_states_are_drawn_distinctly(tmp_path):
    stops = [(40.41, -3.70), (40.42, -3.69), (40.43, -3.68)]
    route = _route((40.40, -3.71), stops)
    route["stops"][0].update(state="done", outcome="paid_in_full")
    route["stops"][1].update(state="retry", outcome="not_home")
    route["stops"][2].update(follow_up=True)
    page = tmp_path / "day.html"
    page.write_text(build_page(_cases(stops), route, standalone=True), encoding="utf-8")
    dom = dump_dom(page, tmp_path / "profile")
    assert '<div class="fv-stop fv-done" data-stop="S-1" data-n="1">1<b class="fv-mark">✓</b>' in dom
    assert '<div class="fv-stop fv-retry" data-stop="S-2"' in dom
    assert '<div class="fv-stop fv-followup" data-stop="S-3"' in dom
    assert json.dumps("Start my day here") in Path(page).read_text(encoding="utf-8")
