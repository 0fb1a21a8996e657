"""The folium page never names a CDN: every asset folium would fetch is pointed at the app's own
copy (embedded) or inlined (exported), and an asset without a local copy stops the build."""

import re

import folium
import pytest
from folium.plugins import Fullscreen

from fieldvisit.adapters.maps.page import _localise, build_page, route_from_plan

CASES = [{"id": "A", "lat": 40.41, "lon": -3.70, "bucket": "M1", "dpd": 40, "name": "Ana </script><b>", "balance": "1"}]
PLAN = {"collector": "c", "date": "2026-12-02", "start": {"lat": 40.4, "lon": -3.71}, "end": {"lat": 40.4, "lon": -3.71},
        "stops": [{"case_id": "A", "lat": 40.41, "lon": -3.70, "start": "2026-12-02T09:00:00+01:00", "wait_seconds": 0,
                   "follow_up": True}]}


def test_embedded_page_links_only_the_apps_own_assets():
    page = build_page(CASES, route_from_plan(PLAN), standalone=False)
    links = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)""", page)
    assert links and all(u.startswith("fvmap://app/assets/") for u in links), links
    assert {u.rsplit("/", 1)[-1] for u in links} >= {"leaflet.js", "leaflet.markercluster.js", "bridge.js",
                                                     "qwebchannel.js", "style.css"}


def test_exported_page_inlines_everything_and_escapes_data():
    page = build_page(CASES, route_from_plan(PLAN), standalone=True)
    markup = re.sub(r"<script>.*?</script>|<style>.*?</style>", "", page, flags=re.S)
    assert not re.search(r"""(?:src|href)\s*=""", markup) and "<link" not in markup
    assert "jquery" not in page.lower() and "bootstrap" not in page.lower()
    assert "</script><b>" not in page  # case data cannot close the script
    assert "QWebChannel" not in page.split("fv.attach")[1]


def test_route_stops_carry_state_and_follow_up():
    stop = route_from_plan(PLAN)["stops"][0]
    assert (stop["state"], stop["outcome"], stop["follow_up"]) == ("todo", None, True)


def test_an_asset_without_a_local_copy_stops_the_build():
    m = folium.Map(tiles=None)
    Fullscreen().add_to(m)
    with pytest.raises(ValueError, match="no local copy"):
        _localise(m.get_root(), "fvmap://app/assets/")
