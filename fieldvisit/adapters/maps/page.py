"""Build the map page with folium: embedded (assets from the app's ``fvmap://`` scheme, QWebChannel
bridge) or standalone (one HTML file with every asset inlined, for any browser, offline).

folium makes the page: the map, the offline tile layer, a FastMarkerCluster of the cases, the
route's layer, the legend and the bridge (folium elements). folium's defaults load Leaflet and
friends from CDNs; here every element's ``default_js`` / ``default_css`` points at the app's own
copies (xstatic-leaflet, xstatic-leaflet-markercluster, ``maps/``), and an asset with no local
copy is refused when the page is built. No Qt here: translated labels are passed in.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import folium
import xstatic.pkg.leaflet as xleaflet
import xstatic.pkg.leaflet_markercluster as xcluster
from branca.element import CssLink, Element, Figure, JavascriptLink, MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import FastMarkerCluster
from folium.template import Template

from fieldvisit.adapters import maps as _maps_package
from fieldvisit.adapters.escape import html_text
from fieldvisit.domain.longitudes import arc_centre
from fieldvisit.domain.plan_times import hhmm, local_hhmm, plan_zone, zone_city
from maps import HERE as MAPS_DIR

ASSET_BASE = "fvmap://app/assets/"
ASSETS: dict[str, Path] = {
    "leaflet.css": Path(xleaflet.BASE_DIR) / "leaflet.css",
    "MarkerCluster.css": Path(xcluster.BASE_DIR) / "MarkerCluster.css",
    "MarkerCluster.Default.css": Path(xcluster.BASE_DIR) / "MarkerCluster.Default.css",
    "style.css": MAPS_DIR / "style.css",
    "leaflet.js": Path(xleaflet.BASE_DIR) / "leaflet.js",
    "leaflet.markercluster.js": Path(xcluster.BASE_DIR) / "leaflet.markercluster.js",
    "bridge.js": MAPS_DIR / "bridge.js",
    "protomaps-leaflet.js": MAPS_DIR / "vendor" / "protomaps-leaflet" / "protomaps-leaflet.js",
    "streets.js": MAPS_DIR / "streets.js",
}
#: folium's asset names → the app's own file (``qwebchannel.js`` is served from Qt's resources).
LOCAL = {"leaflet": "leaflet.js", "leaflet_css": "leaflet.css", "markerclusterjs": "leaflet.markercluster.js",
         "markerclustercss": "MarkerCluster.css", "markerclusterdefaultcss": "MarkerCluster.Default.css",
         "fv_bridge": "bridge.js", "fv_style": "style.css", "qwebchannel": "qwebchannel.js",
         "protomaps_leaflet": "protomaps-leaflet.js", "fv_streets": "streets.js"}
#: What folium's Map loads by default and this page does not use (jQuery, Bootstrap, icon fonts).
UNUSED = {"jquery", "bootstrap", "awesome_markers", "bootstrap_css", "glyphicons_css",
          "awesome_markers_font_css", "awesome_markers_css", "awesome_rotate_css"}

BUCKET_COLOURS = {"M0": "#66bb6a", "M1": "#42a5f5", "M2": "#ffca28", "M3": "#ffa726", "M4": "#ff7043", "M5+": "#d81b60"}

#: English labels; callers pass translated ones (``fieldvisit.adapters.map_texts.map_labels``).
DEFAULT_LABELS = {"case": "Case", "balance": "Balance", "bucket": "Bucket", "days": "days", "window": "Window",
                  "promise": "Promise", "eta": "Arrival", "waits": "waits", "address": "Address", "start": "Start",
                  "state": "State", "done": "Done", "retry": "Try again", "todo": "To do", "outcome": "Outcome",
                  "follow_up": "Follow-up of a broken promise", "start_here": "Start my day here",
                  "stop": "Stop", "appointment": "Appointment", "local_time": "({time} {zone} time)", "outcomes": {}}


def asset_bytes(name: str) -> bytes | None:
    path = ASSETS.get(name)
    return path.read_bytes() if path else None


#: ``(points, mode) -> [(lat, lon), ...] | None``: the day's line along the streets (region packs),
#: wired by the bootstrap; None (or a None answer) draws straight legs.
PATH_FINDER = _maps_package.STREET_PATHS


def _local_clock(stop: dict, zone) -> dict | None:
    """``{"time": "HH:MM", "zone": "Lisbon"}``: the stop's start on its own clock when its zone
    reads differently from the day zone, else None (the popup adds "(08:25 Lisbon time)")."""
    other = local_hhmm(stop["start"], stop.get("timezone"), zone)
    return {"time": other, "zone": zone_city(stop["timezone"])} if other else None


def route_from_plan(plan: dict | None) -> dict | None:
    """The map's view of a saved plan (``services.day_plans.plan_json``). A stop may carry
    ``state`` (todo | done | retry), ``outcome`` (an outcome code) and ``follow_up``; ``eta`` is the
    visit's start in the day zone, ``eta_local`` its own clock when the stop's zone differs; ``path``
    (``[[lat, lon], ...]``) is the line along the streets when a region pack holds the day."""
    if not plan:
        return None
    zone = plan_zone(plan)  # the day zone; a stop in another zone also shows its own clock
    stops = [{"id": s["case_id"], "name": s.get("name", ""), "lat": s["lat"], "lon": s["lon"],
              "eta": hhmm(s["start"], zone), "eta_local": _local_clock(s, zone), "wait": f"{s['wait_seconds'] // 60} min" if s.get("wait_seconds", 0) >= 60 else "",
              "appointment": s.get("appointment", False), "state": s.get("state") or "todo",
              "outcome": s.get("outcome"), "follow_up": bool(s.get("follow_up"))} for s in plan["stops"]]
    route = {"collector": plan["collector"], "date": plan["date"], "start": plan["start"], "end": plan["end"],
             "stops": stops}
    if PATH_FINDER is not None and stops:
        points = [(plan["start"]["lat"], plan["start"]["lon"]), *((s["lat"], s["lon"]) for s in stops),
                  (plan["end"]["lat"], plan["end"]["lon"])]
        try:
            path = PATH_FINDER(points, plan.get("mode") or "car")
        except Exception:  # noqa: BLE001 - a drawing aid: straight legs rather than no map
            path = None
        if path:
            route["path"] = [[round(lat, 6), round(lon, 6)] for lat, lon in path]
    return route


class FvSetup(JSCSSMixin):
    """Loads the bridge's script and style and hands it the map before any layer is drawn."""

    default_js = [("fv_bridge", "maps/bridge.js")]
    default_css = [("fv_style", "maps/style.css")]
    _template = Template("""
        {% macro script(this, kwargs) %}
            fv.setup({{ this._parent.get_name() }}, {{ this.options|tojson }});
        {% endmacro %}""")

    def __init__(self, options: dict) -> None:
        super().__init__()
        self._name = "FvSetup"
        self.options = options


class StreetLayers(JSCSSMixin):
    """The region packs' street maps (vector tiles drawn by protomaps-leaflet, ``maps/streets.js``)."""

    default_js = [("protomaps_leaflet", "maps/vendor/protomaps-leaflet/protomaps-leaflet.js"),
                  ("fv_streets", "maps/streets.js")]
    _template = Template("""
        {% macro script(this, kwargs) %}
            fvStreets.add({{ this._parent.get_name() }}, {{ this.layers|tojson }});
        {% endmacro %}""")

    def __init__(self, layers: list[dict]) -> None:
        super().__init__()
        self._name = "StreetLayers"
        self.layers = layers


def day_box(cases: list[dict], route: dict | None) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) in degrees of the day's stops (start and end included), else of
    the cases; None when there is nothing to place."""
    points = ([(route["start"]["lat"], route["start"]["lon"]), (route["end"]["lat"], route["end"]["lon"]),
               *((s["lat"], s["lon"]) for s in route["stops"])] if route and route.get("stops") else
              [(c["lat"], c["lon"]) for c in cases])
    if not points:
        return None
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return min(lats), min(lons), max(lats), max(lons)


class CaseCluster(FastMarkerCluster):
    """folium's FastMarkerCluster (markers made in the browser from plain rows), adding the
    markers in one chunked batch so thousands of cases load without freezing the page."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function(){
                {{ this.callback }}
                var data = {{ this.data|tojson }};
                var cluster = L.markerClusterGroup({{ this.options|tojavascript }});
                cluster.options.iconCreateFunction = {{ this.icon_create_function.strip() }};
                cluster.addTo({{ this._parent.get_name() }});
                cluster.addLayers(data.map(callback));
                return cluster;
            })();
        {% endmacro %}""")


class Legend(MacroElement):
    """Bucket colours and stop kinds, top right, clear of the zoom buttons (``maps/style.css``)."""

    _template = Template("""
        {% macro html(this, kwargs) %}<div id="fv-legend" class="fv-legend">{{ this.markup }}</div>{% endmacro %}""")

    def __init__(self, labels: dict) -> None:
        super().__init__()
        self._name = "Legend"
        keys = [f"<span class='fv-key' style='background:{c}'></span>{escape(b)}" for b, c in BUCKET_COLOURS.items()]
        keys += [f"<span class='fv-key fv-square' style='background:{c}'></span>{escape(labels[k])}"
                 for k, c in (("stop", "#1565c0"), ("appointment", "#6a1b9a"), ("done", "#e0e0e0"), ("retry", "#ef6c00"))]
        self.markup = " ".join(f"<span class='fv-item'>{k}</span>" for k in keys)  # a key and its label: one piece


class Bridge(JSCSSMixin):
    """The page's side of the Qt bridge: draws the route, fits the view, and (embedded) opens the
    QWebChannel whose ``bridge`` object carries clicks, drags and "Start my day here" to Qt."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            fv.attach({{ this.cluster.get_name() }}, {{ this.route_layer.get_name() }}, {{ this.route|tojson }});
            {%- if this.embedded %}
            if (window.qt && window.QWebChannel) {
                new QWebChannel(qt.webChannelTransport, function (channel) { fv.connect(channel.objects.bridge); });
            }
            {%- endif %}
        {% endmacro %}""")

    def __init__(self, cluster, route_layer, route: dict | None, embedded: bool) -> None:
        super().__init__()
        self._name = "Bridge"
        self.cluster, self.route_layer, self.route, self.embedded = cluster, route_layer, route, embedded
        self.default_js = [("qwebchannel", "qt:qwebchannel.js")] if embedded else []


class _Page(Figure):
    """A figure whose app assets are linked (embedded) or inlined (standalone file)."""

    def __init__(self, title: str, inline: bool) -> None:
        super().__init__(title=html_text(title))  # branca puts the title in <title> unescaped
        self.inline = inline

    def render(self, **kwargs) -> str:
        for child in self._children.values():
            child.render(**kwargs)
        if self.inline:
            for name, child in list(self.header._children.items()):
                if isinstance(child, (JavascriptLink, CssLink)) and child.url.startswith(ASSET_BASE):
                    file = child.url[len(ASSET_BASE):]
                    text = ASSETS[file].read_text(encoding="utf-8")
                    if isinstance(child, JavascriptLink):
                        text = text.replace("</script", "<\\/script")
                        self.header._children[name] = Element(f"<script>/* {file} */\n{text}</script>")
                    else:
                        self.header._children[name] = Element(f"<style>/* {file} */\n{text}</style>")
        return self._template.render(this=self, kwargs=kwargs)


def _localise(element, base: str) -> None:
    """Point every folium element's default assets at the app's own copies (or drop the ones the
    page does not use). Raises ValueError for an asset with no local copy: never a CDN."""
    if isinstance(element, JSCSSMixin):
        for attr in ("default_js", "default_css"):
            local = []
            for name, _url in getattr(element, attr):
                if name in UNUSED:
                    continue
                if name not in LOCAL:
                    raise ValueError(f"folium asset {name!r} has no local copy in the map page")
                local.append((name, base + LOCAL[name]))
            setattr(element, attr, local)
    for child in element._children.values():
        _localise(child, base)


def build_page(cases: list[dict], route: dict | None = None, *, standalone: bool, title: str = "FieldVisit map",
               tiles: dict | None = None, labels: dict | None = None, asset_base: str = ASSET_BASE,
               streets: list[dict] | None | str = "auto") -> str:
    """The page as HTML text. ``cases``: markers from ``map_texts.case_marker`` (``id``, ``lat``,
    ``lon`` in degrees, texts); ``route``: ``route_from_plan``; ``tiles``: ``{"url": template,
    "minzoom", "maxzoom", "attribution"}`` (a raster tile pack) or None for a neutral background;
    ``labels``: the translated texts (``DEFAULT_LABELS`` keys); ``streets``: street layers
    (``adapters.maps.streets``), "auto" for the installed region packs' (served by the scheme in
    the window, carried inline for the day's area in a standalone file), None for none."""
    texts = {**DEFAULT_LABELS, **(labels or {})}
    lons = [c["lon"] for c in cases] + ([route["start"]["lon"], *(s["lon"] for s in route["stops"])] if route else [])
    lats = [c["lat"] for c in cases] + ([route["start"]["lat"]] if route else [])
    centre = arc_centre(lons)
    if streets == "auto":
        from fieldvisit.adapters.maps import streets as street_maps

        streets = (street_maps.inline_layers(day_box(cases, route)) if standalone
                   else street_maps.embedded_layers())
    figure = _Page(title, inline=standalone)
    m = folium.Map(location=[sum(lats) / len(lats) if lats else 20.0, centre], zoom_start=2, tiles=None,
                   control_scale=True, attribution_control=bool(tiles or streets))
    figure.add_child(m)
    FvSetup({"centre": centre, "labels": texts, "embedded": not standalone, "tiles": bool(tiles)}).add_to(m)
    if tiles:
        folium.TileLayer(tiles=tiles["url"], attr=tiles.get("attribution") or " ", min_zoom=0, max_zoom=19,
                         max_native_zoom=tiles.get("maxzoom") or 19, name="base").add_to(m)
    if streets:
        StreetLayers(streets).add_to(m)
    cluster = CaseCluster([[c["lat"], c["lon"], c] for c in cases], callback="function (row) { return fv.caseMarker(row[2]); }",
                          icon_create_function="fv.clusterIcon", chunked_loading=True, max_cluster_radius=45,
                          spiderfy_on_max_zoom=True, disable_clustering_at_zoom=17, show_coverage_on_hover=False,
                          control=False).add_to(m)
    route_layer = folium.FeatureGroup(name="route", control=False).add_to(m)
    Legend(texts).add_to(m)
    Bridge(cluster, route_layer, route, embedded=not standalone).add_to(m)
    _localise(figure, asset_base)
    return figure.render()
