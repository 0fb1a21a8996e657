"""Headless Chromium with the network off (``unshare -n`` where allowed): load a file, return the
DOM after its scripts ran. Skips when Chromium is missing (fails under CI)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def no_network_prefix() -> list[str]:
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    return ["unshare", "-n"] if probe.returncode == 0 else []


def dump_dom(page: Path, profile: Path, size: str = "1366,768") -> str:
    if CHROMIUM is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed under CI")
        pytest.skip("chromium not installed")
    cmd = [*no_network_prefix(), CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", f"--window-size={size}", "--virtual-time-budget=5000",
           "--dump-dom", page.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout


def view_of(dom: str) -> dict:
    """The map's zoom and bounds as the page reports them (``data-view`` on the map element)."""
    m = re.search(r'data-view="([^"]+)"', dom)
    assert m, "the page reported its view"
    return json.loads(m.group(1).replace("&quot;", '"'))


def route_xs(dom: str) -> list[float]:
    """The x pixel coordinates of the route line's vertices."""
    m = re.search(r'<path class="fv-route[^"]*"[^>]* d="([^"]+)"', dom)
    assert m, "the route line is drawn"
    return [float(x) for x in re.findall(r"[ML](-?[\d.]+) -?[\d.]+", m.group(1))]


def stop_boxes(dom: str) -> dict[str, tuple[float, float]]:
    """Top-left corner (px) of each stop badge: the marker's translate plus its anchor margin."""
    out = {}
    for m in re.finditer(r'<div class="leaflet-marker-icon[^"]*"[^>]*? style="([^"]*)"[^>]*>\s*<div class="fv-stop[^"]*" '
                         r'data-stop="([^"]+)"', dom):
        style = m.group(1)
        ml = float(re.search(r"margin-left: (-?[\d.]+)px", style).group(1))
        mt = float(re.search(r"margin-top: (-?[\d.]+)px", style).group(1))
        tx, ty = (float(v) for v in re.search(r"translate3d\((-?[\d.]+)px, (-?[\d.]+)px", style).groups())
        out[m.group(2)] = (tx + ml, ty + mt)
    return out
