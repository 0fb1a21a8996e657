"""The map's legend never covers the map's controls (breaker report 16a): in the window's narrow map
pane the legend wrapped leftwards over the zoom "+" button. Drawn in headless Chromium at the
widths a map pane has; the legend's box and the zoom buttons' boxes must not meet."""

import json
import re

import pytest

from fieldvisit.adapters.maps.page import build_page, route_from_plan
from tests.integration.headless import dump_dom

CASES = [{"id": "A", "lat": 40.41, "lon": -3.70, "bucket": "M1", "dpd": 40, "name": "Ana", "balance": "1"}]
PROBE = """<script>setTimeout(function () {
  function box(el) { var r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }
  var legend = document.getElementById('fv-legend');
  var controls = Array.prototype.map.call(document.querySelectorAll('.leaflet-control'), box);
  document.body.setAttribute('data-boxes', JSON.stringify({legend: box(legend), controls: controls}));
}, 300);</script>"""


def _meet(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("width", [260, 330, 480, 900])
def test_the_legend_never_covers_the_zoom_buttons(tmp_path, width):
    plan = {"collector": "c", "date": "2026-12-02", "start": {"lat": 40.4, "lon": -3.71},
            "end": {"lat": 40.4, "lon": -3.71}, "stops": []}
    page = build_page(CASES, route_from_plan(plan), standalone=True).replace("</body>", PROBE + "</body>")
    path = tmp_path / "map.html"
    path.write_text(page, encoding="utf-8")
    dom = dump_dom(path, tmp_path / "profile", size=f"{width},700")
    m = re.search(r'data-boxes="([^"]+)"', dom)
    assert m, "the page reported its boxes"
    boxes = json.loads(m.group(1).replace("&quot;", '"'))
    assert boxes["controls"], "the zoom buttons are drawn"
    assert not any(_meet(boxes["legend"], c) for c in boxes["controls"]), boxes
