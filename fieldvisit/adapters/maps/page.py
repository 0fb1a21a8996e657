"""Build the Leaflet map page: embedded (assets from the app's ``fvmap://`` scheme, QWebChannel
bridge) or standalone (one HTML file with every asset inlined, for any browser, offline).

All JavaScript and CSS come from installed packages (xstatic-leaflet, xstatic-leaflet-markercluster)
and ``maps/``; the page never names a remote URL unless an online tile layer is configured.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import xstatic.pkg.leaflet as xleaflet
import xstatic.pkg.leaflet_markercluster as xcluster

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldvisit.adapters.escape import json_for_script
from fieldvisit.adapters.i18n import flag_text, money, promise_text, window_text
from fieldvisit.domain.cases import Case
from maps import HERE as MAPS_DIR

ASSETS: dict[str, Path] = {
    "leaflet.css": Path(xleaflet.BASE_DIR) / "leaflet.css",
    "MarkerCluster.css": Path(xcluster.BASE_DIR) / "MarkerCluster.css",
    "MarkerCluster.Default.css": Path(xcluster.BASE_DIR) / "MarkerCluster.Default.css",
    "style.css": MAPS_DIR / "style.css",
    "leaflet.js": Path(xleaflet.BASE_DIR) / "leaflet.js",
    "leaflet.markercluster.js": Path(xcluster.BASE_DIR) / "leaflet.markercluster.js",
    "bridge.js": MAPS_DIR / "bridge.js",
}
CSS = ["leaflet.css", "MarkerCluster.css", "MarkerCluster.Default.css", "style.css"]
JS = ["leaflet.js", "leaflet.markercluster.js", "bridge.js"]


def asset_bytes(name: str) -> bytes | None:
    path = ASSETS.get(name)
    return path.read_bytes() if path else None


def case_marker(case: Case, as_of: date, promise: dict | None = None) -> dict:
    windows = sorted((w for w in case.windows if not w.inconvenient and (w.recurring or w.start.date() >= as_of)),
                     key=lambda w: (w.recurring, w.start or 0))
    return {"id": case.case_id, "name": case.name, "lat": case.lat, "lon": case.lon,
            "bucket": case.bucket(as_of).value, "dpd": case.days_past_due(as_of),
            "balance": money(case.balance, case.currency),
            "window": window_text(windows[0]) if windows else "", "address": case.address,
            "flags": [flag_text(f.value) for f in sorted(case.flags)], "blocked": bool(case.blocking_flags),
            "promise": promise_text(promise) if promise else ""}


def route_from_plan(plan: dict | None) -> dict | None:
    """The map's view of a saved plan (``services.day_plans.plan_json``)."""
    if not plan:
        return None
    stops = [{"id": s["case_id"], "name": s.get("name", ""), "lat": s["lat"], "lon": s["lon"],
              "eta": s["start"][11:16], "wait": f"{s['wait_seconds'] // 60} min" if s.get("wait_seconds", 0) >= 60 else "",
              "appointment": s.get("appointment", False)} for s in plan["stops"]]
    return {"collector": plan["collector"], "date": plan["date"], "start": plan["start"], "end": plan["end"],
            "stops": stops}


def _inline_js(name: str) -> str:
    return ASSETS[name].read_text(encoding="utf-8").replace("</script", "<\\/script")


#: Popup labels (translated through Qt when a translation is installed).
LABELS = {"case": QT_TRANSLATE_NOOP("Map", "Case"), "balance": QT_TRANSLATE_NOOP("Map", "Balance"),
          "bucket": QT_TRANSLATE_NOOP("Map", "Bucket"), "days": QT_TRANSLATE_NOOP("Map", "days"),
          "window": QT_TRANSLATE_NOOP("Map", "Window"), "promise": QT_TRANSLATE_NOOP("Map", "Promise"),
          "eta": QT_TRANSLATE_NOOP("Map", "Arrival"), "waits": QT_TRANSLATE_NOOP("Map", "waits"),
          "address": QT_TRANSLATE_NOOP("Map", "Address"), "start": QT_TRANSLATE_NOOP("Map", "Start")}


def labels() -> dict:
    return {k: QCoreApplication.translate("Map", v) for k, v in LABELS.items()}


def build_page(cases: list[dict], route: dict | None = None, *, standalone: bool, title: str = "FieldVisit map",
               tiles: dict | None = None, asset_base: str = "fvmap://app/assets/") -> str:
    """The page as text. ``tiles``: ``{"url": template, "minzoom", "maxzoom", "attribution"}``."""
    data = {"cases": cases, "route": route, "tiles": tiles, "embedded": not standalone, "labels": labels()}
    if standalone:
        css = "\n".join(f"<style>/* {n} */\n{ASSETS[n].read_text(encoding='utf-8')}</style>" for n in CSS)
        js = "\n".join(f"<script>/* {n} */\n{_inline_js(n)}</script>" for n in JS)
    else:
        css = "\n".join(f'<link rel="stylesheet" href="{asset_base}{n}">' for n in CSS)
        js = "\n".join(f'<script src="{asset_base}{n}"></script>' for n in ["qwebchannel.js", *JS])
    page = (MAPS_DIR / "page.html").read_text(encoding="utf-8")
    return (page.replace("{{TITLE}}", html.escape(title)).replace("{{CSS}}", css)
            .replace("{{JS}}", js).replace("{{DATA}}", json_for_script(data)))
