"""Smoke test of the built folder (``scripts/build`` runs it): the programs work with no Python
on the PATH, an empty environment and — where ``unshare`` allows — no network at all.

    python3 scripts/smoke_built.py dist/fieldvisit

Checks: ``--version``; ``fieldvisit-cli demo``, ``plan … --json`` (stops planned), ``map … --out``
(a standalone page with Leaflet inline, nothing fetched from the network), ``report`` (XLSX); region
packs (issue 16): ``region build`` of the Helsinki extract shipped inside the folder (OSRM tools and
profiles, osmium), a new workspace importing addresses without coordinates, ``geocode`` answered
by the pack with no network, ``plan --mode walk`` timed on the roads (``travel: roads``), and the
bundled ``tippecanoe`` making vector tiles; then the desktop window under Xvfb (offscreen without
it) showing the map with its markers (screenshot saved next to the folder).
Prints one line per check; exits 1 if any failed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path


UNSHARE = shutil.which("unshare")
ROOT = Path(__file__).resolve().parents[1]
#: Real addresses of the shipped extract (resources/regions/Helsinki.osm.pbf) with invented names,
#: and where the pack's address index puts them (lat, lon).
HELSINKI = [("H-1", "Aino Virtanen", "Kaivokatu 1, 00100 Helsinki", 60.17132, 24.94146),
            ("H-2", "Eero Laine", "Annankatu 25, 00100 Helsinki", 60.16739, 24.93644),
            ("H-3", "Helmi Korhonen", "Pohjoisesplanadi 41, Helsinki", 60.16778, 24.94229),
            ("H-4", "Onni Mäkinen", "Eteläesplanadi 22, 00130 Helsinki", 60.16685, 24.94548),
            ("H-5", "Siiri Nieminen", "Bulevardi 6, Helsinki", 60.16592, 24.94219),
            ("H-6", "Väinö Heikkinen", "Mannerheimintie 20, 00100 Helsinki", 60.16937, 24.93820)]


def _isolated(cmd: list[str], home: Path, extra: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {"PATH": "/nonexistent", "HOME": str(home), "FIELDVISIT_HOME": str(home / "data"), "LANG": "C.UTF-8",
           "TZ": "Europe/Helsinki", "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox",
           "FIELDVISIT_PASSPHRASE": "smoke test passphrase", **(extra or {})}
    if UNSHARE and os.geteuid() == 0:
        cmd = [UNSHARE, "-n", *cmd]  # no network namespace: nothing can be fetched
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)


def _json(r: subprocess.CompletedProcess) -> dict:
    try:
        return json.loads(r.stdout) if r.returncode == 0 else {}
    except ValueError:
        return {}


def check_regions(folder: Path, home: Path, day: date, check) -> str:
    """Region pack built by the frozen app, offline geocoding and a day planned on the roads."""
    cli = folder / "fieldvisit-cli"
    extract = folder / "_internal" / "resources" / "regions" / "Helsinki.osm.pbf"
    street_map = (ROOT / "fieldvisit" / "adapters" / "regions" / "tiles.py").is_file()  # built from this checkout
    t = time.perf_counter()
    r = _isolated([str(cli), "--json", "region", "build", str(extract), *([] if street_map else ["--no-street-map"])],
                  home, timeout=900)
    built = _json(r)
    check("fieldvisit-cli region build Helsinki", {"car", "walk", "bicycle"} <= set(built.get("modes", []))
          and built.get("addresses", 0) > 1000 and built.get("street_map", False) == street_map,
          f"{time.perf_counter() - t:.0f} s, {built.get('bytes', 0) / 1e6:.1f} MB, modes {built.get('modes')}, "
          f"street map {built.get('street_map')}" if built else r.stderr.strip()[-400:])
    cases = home / "helsinki.csv"
    cases.write_text("case_id,name,address,due_date,balance,currency,collector,timezone\n" + "".join(
        f'{cid},{name},"{address}",2026-10-01,300.00,EUR,Aino,Europe/Helsinki\n' for cid, name, address, *_ in HELSINKI),
        encoding="utf-8")
    db = str(home / "helsinki.sqlite")  # a new workspace (the window opens it at the end)
    r = _isolated([str(cli), "--db", db, "--json", "cases", "import", str(cases)], home)
    check("new workspace imports addresses", _json(r).get("imported") == len(HELSINKI), r.stderr.strip()[-300:])
    r = _isolated([str(cli), "--db", db, "--json", "geocode"], home)  # no network namespace where unshare works
    listed = {c["case_id"]: c for c in _json(_isolated([str(cli), "--db", db, "--json", "cases", "list"], home))
              .get("cases", [])}
    placed = [cid for cid, *_, lat, lon in HELSINKI if listed.get(cid, {}).get("lat") is not None
              and abs(listed[cid]["lat"] - lat) < 0.002 and abs(listed[cid]["lon"] - lon) < 0.004]
    check("geocode offline from the pack", _json(r).get("geocoded") == len(HELSINKI) and len(placed) == len(HELSINKI),
          f"{len(placed)}/{len(HELSINKI)} at their address" + ("" if r.returncode == 0 else ": " + r.stderr.strip()[-300:]))
    r = _isolated([str(cli), "--db", db, "--json", "plan", "--date", day.isoformat(), "--collector", "Aino",
                   "--start", "60.1699,24.9384", "--mode", "walk", "--time-limit", "2"], home)
    plan = _json(r)
    check("plan a day on the roads", plan.get("travel") == "roads" and len(plan.get("stops", [])) == len(HELSINKI),
          f"travel {plan.get('travel')}, {len(plan.get('stops', []))} stops, {plan.get('total_travel_seconds')} s"
          if plan else r.stderr.strip()[-400:])
    r = _isolated([str(cli), "--json", "region", "find", "mannerheimint 20"], home)
    found = _json(r).get("results") or [{}]
    check("region find", str(found[0].get("label", "")).startswith("Mannerheimintie 20"), str(found[0].get("label")))
    tippecanoe = folder / "_internal" / "tippecanoe" / "bin" / "tippecanoe"
    features = home / "streets.geojson"
    features.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": name}, "geometry": {"type": "Point", "coordinates": [lon, lat]}}
        for _, name, _, lat, lon in HELSINKI]}), encoding="utf-8")
    tiles = home / "streets.mbtiles"
    r = _isolated([str(tippecanoe), "-q", "-z14", "-l", "stops", "-o", str(tiles), str(features)], home)
    check("bundled tippecanoe makes vector tiles", r.returncode == 0 and tiles.is_file() and tiles.stat().st_size > 0,
          f"{tiles.stat().st_size // 1024} KB" if tiles.is_file() else (r.stderr or "missing").strip()[-300:])
    return db


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/fieldvisit").resolve()
    cli, gui = folder / "fieldvisit-cli", folder / "fieldvisit"
    ok = True

    def check(name: str, passed: bool, detail: str = "") -> None:
        nonlocal ok
        print(f"{'ok  ' if passed else 'FAIL'} {name}{(': ' + detail) if detail else ''}", flush=True)
        ok = ok and passed

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        db = str(home / "ws.sqlite")
        day = date.today() + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        r = _isolated([str(cli), "--version"], home)
        check("fieldvisit-cli --version", r.returncode == 0 and r.stdout.startswith("FieldVisit"),
              (r.stdout or r.stderr).strip()[-200:])
        t = time.perf_counter()
        r = _isolated([str(cli), "--db", db, "demo", "--json"], home)
        check("fieldvisit-cli demo", r.returncode == 0 and json.loads(r.stdout or "{}").get("cases", 0) > 0,
              f"{time.perf_counter() - t:.1f} s" if r.returncode == 0 else r.stderr.strip()[-400:])
        r = _isolated([str(cli), "--db", db, "plan", "--date", day.isoformat(), "--collector", "Lucía Romero",
                       "--time-limit", "2", "--json"], home)
        stops = len(json.loads(r.stdout).get("stops", [])) if r.returncode == 0 else 0
        check("fieldvisit-cli plan --json", stops > 0, f"{stops} stops" if stops else r.stderr.strip()[-400:])
        out = home / "day.html"
        r = _isolated([str(cli), "--db", db, "map", "--date", day.isoformat(), "--collector", "Lucía Romero",
                       "--out", str(out), "--json"], home)
        page = out.read_text(encoding="utf-8") if out.exists() else ""
        check("fieldvisit-cli map --out", r.returncode == 0 and "L.map" in page and 'src="http' not in page,
              f"{len(page) // 1024} KB" if page else r.stderr.strip()[-400:])
        r = _isolated([str(cli), "--db", db, "report", "--from", (day - timedelta(days=30)).isoformat(), "--to",
                       day.isoformat(), "--format", "xlsx", "--out", str(home / "team.xlsx"), "--json"], home)
        check("fieldvisit-cli report", r.returncode == 0 and (home / "team.xlsx").exists(), r.stderr.strip()[-300:])
        moved = home / "any path" / "ünïcode" / "fieldvisit"
        shutil.copytree(folder, moved, symlinks=True)
        r = _isolated([str(moved / "fieldvisit-cli"), "--db", str(home / "moved.sqlite"), "demo", "--cases", "20",
                       "--json"], home)
        check("works from another path", r.returncode == 0, str(moved) if r.returncode == 0 else r.stderr[-300:])
        shutil.rmtree(moved.parent.parent)
        helsinki = check_regions(folder, home, day, check)
        xvfb = shutil.which("xvfb-run", path="/usr/bin:/bin")
        shot = folder.parent / "smoke-window.png"
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "FIELDVISIT_HOME": str(home / "data"),
               "LANG": "C.UTF-8", "TZ": "Europe/Helsinki", "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox",
               "FIELDVISIT_SMOKE": str(shot), "FIELDVISIT_PASSPHRASE": "smoke test passphrase"}
        cmd = [str(gui), "--db", db]
        if xvfb is not None:
            cmd = [xvfb, "-a", "-s", "-screen 0 1400x900x24", *cmd]
        else:  # no X server to hand: Qt's offscreen platform still loads the map page
            env["QT_QPA_PLATFORM"] = "offscreen"
        if UNSHARE and os.geteuid() == 0:
            cmd = [UNSHARE, "-n", *cmd]
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
        info = json.loads(Path(str(shot) + ".json").read_text()) if Path(str(shot) + ".json").exists() else {}
        check("window shows the map with its markers", r.returncode == 0 and info.get("markers", 0) > 0,
              f"{info.get('markers')} markers, screenshot {shot}" if info else r.stderr.strip()[-600:])
        shot = folder.parent / "smoke-window-helsinki.png"
        r = subprocess.run([part if part != db else helsinki for part in cmd], capture_output=True, text=True,
                           timeout=300, env={**env, "FIELDVISIT_SMOKE": str(shot)})
        info = json.loads(Path(str(shot) + ".json").read_text()) if Path(str(shot) + ".json").exists() else {}
        check("window on the Helsinki workspace", r.returncode == 0 and info.get("markers") == len(HELSINKI),
              f"{info.get('markers')} markers, screenshot {shot}" if info else r.stderr.strip()[-600:])
        for lang, first in (("es_ES.UTF-8", "&Archivo"), ("zh_CN.UTF-8", "文件(&F)")):
            shot = folder.parent / f"smoke-window-{lang[:5]}.png"
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                               env={**env, "LANG": lang, "LC_ALL": lang, "FIELDVISIT_SMOKE": str(shot)})
            info = json.loads(Path(str(shot) + ".json").read_text()) if Path(str(shot) + ".json").exists() else {}
            menus = info.get("menus") or [""]
            check(f"window in {lang[:5]}", r.returncode == 0 and menus[0] == first and all(menus)
                  and not {"&Sync", "&Help", "&View"} & set(menus),
                  f"menus {info.get('menus')}, screenshot {shot}" if info else r.stderr.strip()[-600:])
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
