"""`fieldvisit map` writes one offline HTML file; headless Chromium with no network draws its
markers and route."""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True,
                          text=True, env={**os.environ, "TZ": "Europe/Madrid"}, timeout=300)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("map")
    db = str(tmp / "ws.sqlite")
    assert fv("demo", "--as-of", "2026-11-23", db=db).returncode == 0
    plan = json.loads(fv("plan", "--date", "2026-11-25", "--collector", "Javier Ortega", "--as-of", "2026-11-23",
                         "--time-limit", "1", "--json", db=db).stdout)
    out = tmp / "day.html"
    r = fv("map", "--date", "2026-11-25", "--collector", "Javier Ortega", "--as-of", "2026-11-23",
           "--out", str(out), "--json", db=db)
    assert r.returncode == 0, r.stderr
    return out, plan, json.loads(r.stdout), db


def test_export_is_one_self_contained_file(exported):
    out, plan, data, _ = exported
    assert data["out"] == str(out) and data["stops"] == len(plan["stops"]) > 0
    page = out.read_text(encoding="utf-8")
    markup = re.sub(r"<script>.*?</script>|<style>.*?</style>", "", page, flags=re.S)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", markup), "no remote asset references"
    assert "<script src" not in markup and "<link" not in markup, "every asset is inlined"
    assert "fvmap://" not in page and "L.markerClusterGroup" in page
    assert all(s["case_id"] in page for s in plan["stops"])


def test_export_shows_the_days_stops_only(exported):
    """BRK15b #8: the file is carried around; the collector's cases that are not on the route
    (their names, balances and flags) are not in it."""
    out, plan, data, db = exported
    listed = json.loads(fv("cases", "list", "--json", db=db).stdout)["cases"]
    others = [c for c in listed if c.get("collector") == "Javier Ortega"
              and c["case_id"] not in {s["case_id"] for s in plan["stops"]}]
    assert others, "the demo collector has cases off the route"
    page = out.read_text(encoding="utf-8")
    assert not [c["case_id"] for c in others if f'"{c["case_id"]}"' in page or f">{c['case_id']}<" in page]
    on_route = {c["name"] for c in listed if c["case_id"] in {s["case_id"] for s in plan["stops"]}}
    assert not [c["name"] for c in others if c["name"] and c["name"] not in on_route and c["name"] in page]
    assert data["cases"] == len([s for s in plan["stops"] if s.get("lat") is not None])


def test_missing_plan_is_a_clear_error(exported, tmp_path):
    *_, db = exported
    r = fv("map", "--date", "2026-12-25", "--out", str(tmp_path / "x.html"), db=db)
    assert r.returncode == 2 and "No plan" in r.stderr


def _no_network_prefix():
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    return ["unshare", "-n"] if probe.returncode == 0 else []


def test_chromium_offline_draws_markers_and_route(exported, tmp_path):
    if CHROMIUM is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed under CI")
        pytest.skip("chromium not installed")
    out, plan, _, _ = exported
    cmd = [*_no_network_prefix(), CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1366,768", "--virtual-time-budget=5000",
           "--dump-dom", out.as_uri()]
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout
    stops = re.findall(r'<div class="fv-stop[^"]*" data-stop="([^"]+)"', dom)
    assert sorted(stops) == sorted(s["case_id"] for s in plan["stops"])
    assert re.search(r'<path class="fv-route[^"]*"[^>]* d="M[^"]+L', dom), "the route line is drawn"
    assert 'class="fv-cluster"' in dom or 'class="fv-dot' in dom, "case markers are drawn"
    assert "✓</title>" in dom  # the page script ran to its end
