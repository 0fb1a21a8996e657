"""Smoke test of the built folder (``scripts/build`` runs it): the programs work with no Python
on the PATH, an empty environment and — where ``unshare`` allows — no network at all.

    python3 scripts/smoke_built.py dist/fieldvisit

Checks: ``fieldvisit-cli demo``, ``plan … --json`` (stops planned), ``map … --out`` (a standalone
page with Leaflet inline, nothing fetched from the network), ``report`` (XLSX), and the desktop
window under Xvfb showing the map with its markers (screenshot saved next to the folder).
Prints one line per check; exits 1 on the first failure.
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


def _isolated(cmd: list[str], home: Path, extra: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {"PATH": "/nonexistent", "HOME": str(home), "FIELDVISIT_HOME": str(home / "data"), "LANG": "C.UTF-8",
           "TZ": "Europe/Helsinki", "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox",
           "FIELDVISIT_PASSPHRASE": "smoke test passphrase", **(extra or {})}
    if UNSHARE and os.geteuid() == 0:
        cmd = [UNSHARE, "-n", *cmd]  # no network namespace: nothing can be fetched
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)


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
        xvfb = shutil.which("xvfb-run", path="/usr/bin:/bin")
        if xvfb is None:
            check("window under Xvfb", False, "xvfb-run not found (apt-get install xvfb)")
        else:
            shot = folder.parent / "smoke-window.png"
            env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "FIELDVISIT_HOME": str(home / "data"),
                   "LANG": "C.UTF-8", "TZ": "Europe/Helsinki", "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox",
                   "FIELDVISIT_SMOKE": str(shot), "FIELDVISIT_PASSPHRASE": "smoke test passphrase"}
            cmd = [xvfb, "-a", "-s", "-screen 0 1400x900x24", str(gui), "--db", db]
            if UNSHARE and os.geteuid() == 0:
                cmd = [UNSHARE, "-n", *cmd]
            r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
            info = json.loads(Path(str(shot) + ".json").read_text()) if Path(str(shot) + ".json").exists() else {}
            check("window shows the map with its markers", r.returncode == 0 and info.get("markers", 0) > 0,
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
