/* FieldVisit map bridge: what folium's page does not do by itself. folium builds the page (map,
 * tile layer, FastMarkerCluster of cases, route layer, legend); this file draws a case dot and a
 * route stop, keeps every longitude in one frame (the ±180° meridian is an ordinary place), spreads
 * stop numbers that would cover each other, and talks to Qt through QWebChannel when embedded.
 * API for the window and tests: window.fv = {map, setRoute, select, fit, counts, idle}. */
(function () {
  "use strict";
  var COLOURS = {"M0": "#66bb6a", "M1": "#42a5f5", "M2": "#ffca28", "M3": "#ffa726", "M4": "#ff7043", "M5+": "#d81b60"};
  var map = null, cluster = null, routeLayer = null, bridge = null, selected = null;
  var centre = 0, T = {}, embedded = false;
  var caseMarkers = {}, stopMarkers = {}, stopInfo = {}, byId = {}, routePts = [];

  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]; }); }
  /* lon moved by whole turns to lie within 180° of ref; wrap: into [-180, 180). */
  function near(lon, ref) { return lon + 360 * Math.round((ref - lon) / 360); }
  function wrap(lon) { return ((lon + 180) % 360 + 360) % 360 - 180; }

  function popup(c, stop) {
    var rows = [];
    if (c.id) rows.push([T.case, c.id]);
    if (c.balance) rows.push([T.balance, c.balance]);
    if (c.bucket) rows.push([T.bucket, c.bucket + " · " + c.dpd + " " + T.days]);
    if (c.window) rows.push([T.window, c.window]);
    if (c.promise) rows.push([T.promise, c.promise]);
    if (stop) {
      /* the day's clock, and the stop's own when its zone differs: "09:25 (08:25 Lisbon time)" */
      var local = stop.eta_local ? " " + (T.local_time || "({time} {zone} time)")
        .replace("{time}", stop.eta_local.time).replace("{zone}", stop.eta_local.zone) : "";
      rows.push([T.eta, stop.eta + local + (stop.wait ? " (" + T.waits + " " + stop.wait + ")" : "")]);
    }
    if (stop && stop.state && stop.state !== "todo") rows.push([T.state, T[stop.state] || stop.state]);
    if (stop && stop.outcome) rows.push([T.outcome, (T.outcomes && T.outcomes[stop.outcome]) || stop.outcome]);
    if (c.address) rows.push([T.address, c.address]);
    var html = "<div class='fv-popup'><h4>" + esc(c.name || c.id) + "</h4><table>";
    rows.forEach(function (r) { html += "<tr><td>" + esc(r[0]) + "</td><td>" + esc(r[1]) + "</td></tr>"; });
    html += "</table>";
    if (stop && stop.follow_up) html += "<div class='fv-follow'>" + esc(T.follow_up) + "</div>";
    if (c.flags && c.flags.length) html += "<div class='fv-flag'>" + esc(c.flags.join(", ")) + "</div>";
    return html + "</div>";
  }

  function dotIcon(c, isSelected) {
    return L.divIcon({className: "", iconSize: [14, 14], iconAnchor: [7, 7],
      html: "<div class='fv-dot" + (c.blocked ? " fv-blocked" : "") + (isSelected ? " fv-selected" : "") +
            "' style='background:" + (COLOURS[c.bucket] || "#90a4ae") + "' data-case='" + esc(c.id) + "'></div>"});
  }

  function clusterIcon(group) {
    var n = group.getChildCount(), size = n < 10 ? 28 : n < 100 ? 34 : 42;
    return L.divIcon({className: "", iconSize: [size, size],
      html: "<div class='fv-cluster' style='width:" + size + "px;height:" + size + "px;line-height:" + size + "px'>" + n + "</div>"});
  }

  /* One case dot (called by folium's FastMarkerCluster for each row). */
  function caseMarker(c) {
    byId[c.id] = c;
    var m = L.marker([c.lat, near(c.lon, centre)], {icon: dotIcon(c, false), draggable: embedded, title: c.name || c.id});
    m.bindPopup(function () { return popup(c, null); });
    m.on("click", function () { if (bridge) bridge.caseClicked(c.id); });
    m.on("dragend", function (e) {
      var p = e.target.getLatLng(); c.lat = p.lat; c.lon = wrap(p.lng);
      if (bridge) bridge.caseMoved(c.id, p.lat, wrap(p.lng));
    });
    caseMarkers[c.id] = m;
    return m;
  }

  function stopIcon(s, n, dx, dy) {
    var cls = "fv-stop" + (s.appointment ? " fv-appt" : "") + (s.state === "done" ? " fv-done" : "") +
              (s.state === "retry" ? " fv-retry" : "") + (s.follow_up ? " fv-followup" : "") + (dx || dy ? " fv-spread" : "");
    var mark = s.state === "done" ? "<b class='fv-mark'>✓</b>" : s.state === "retry" ? "<b class='fv-mark'>↻</b>" : "";
    return L.divIcon({className: "", iconSize: [26, 26], iconAnchor: [13 - dx, 13 - dy],
      html: "<div class='" + cls + "' data-stop='" + esc(s.id) + "' data-n='" + n + "'>" + n + mark + "</div>"});
  }

  /* Stops closer than a badge on screen (same building, next door) are fanned out around their
   * common centre so every number stays readable; the marker's position stays exact. */
  function declutter() {
    var ids = Object.keys(stopMarkers);
    var pts = ids.map(function (id) { return map.latLngToLayerPoint(stopMarkers[id].getLatLng()); });
    var group = ids.map(function (_id, i) { return i; });
    function root(i) { while (group[i] !== i) i = group[i] = group[group[i]]; return i; }
    for (var i = 0; i < ids.length; i++)
      for (var j = i + 1; j < ids.length; j++)
        if (pts[i].distanceTo(pts[j]) < 28) group[root(j)] = root(i);
    var members = {};
    ids.forEach(function (_id, i) { (members[root(i)] = members[root(i)] || []).push(i); });
    Object.keys(members).forEach(function (key) {
      var g = members[key], k = g.length, cx = 0, cy = 0;
      g.forEach(function (i) { cx += pts[i].x / k; cy += pts[i].y / k; });
      var r = k > 1 ? Math.max(20, 32 * k / (2 * Math.PI)) : 0;
      g.sort(function (a, b) { return stopInfo[ids[a]].n - stopInfo[ids[b]].n; });
      g.forEach(function (i, pos) {
        var a = -Math.PI / 2 + 2 * Math.PI * pos / k;
        var dx = k > 1 ? Math.round(cx + r * Math.cos(a) - pts[i].x) : 0;
        var dy = k > 1 ? Math.round(cy + r * Math.sin(a) - pts[i].y) : 0;
        var info = stopInfo[ids[i]];
        if (info.dx !== dx || info.dy !== dy) {
          info.dx = dx; info.dy = dy;
          stopMarkers[ids[i]].setIcon(stopIcon(info.stop, info.n, dx, dy));
        }
      });
    });
  }

  function setRoute(route) {
    routeLayer.clearLayers(); stopMarkers = {}; stopInfo = {}; routePts = [];
    if (!route || !route.stops) return;
    var lons = [route.start.lon].concat(route.stops.map(function (s) { return s.lon; }), [route.end.lon]);
    var lats = [route.start.lat].concat(route.stops.map(function (s) { return s.lat; }), [route.end.lat]);
    var prev = centre;
    lons.forEach(function (lon, i) { prev = near(lon, prev); routePts.push([lats[i], prev]); });
    L.marker(routePts[0], {icon: L.divIcon({className: "", iconSize: [22, 22],
      html: "<div class='fv-home' title='" + esc(T.start) + "'>⌂</div>"}), zIndexOffset: 900}).addTo(routeLayer);
    route.stops.forEach(function (s, i) {
      var c = byId[s.id] || {id: s.id, name: s.name, balance: "", bucket: "", dpd: ""};
      var m = L.marker(routePts[i + 1], {zIndexOffset: 1000 + i, title: (i + 1) + ". " + (c.name || s.id),
                                          icon: stopIcon(s, i + 1, 0, 0)});
      m.bindPopup(function () { return popup(c, s); });
      m.on("click", function () { if (bridge) bridge.caseClicked(s.id); });
      stopMarkers[s.id] = m; stopInfo[s.id] = {stop: s, n: i + 1, dx: 0, dy: 0};
      m.addTo(routeLayer);
    });
    var line = routePts;
    if (route.path && route.path.length > 1) {  // along the streets (a region pack holds the day)
      var p = routePts[0][1];
      line = route.path.map(function (q) { p = near(q[1], p); return [q[0], p]; });
    }
    L.polyline(line, {color: "#1565c0", weight: 4, opacity: 0.75, className: "fv-route"}).addTo(routeLayer);
    declutter();
  }

  /* Zoom (or open the cluster) until the selected dot is on screen. Leaflet and the cluster
   * ignore a zoom asked for while a zoom animation runs (right after a plan's fit, a popup's
   * pan), and the dot would stay hidden in its cluster: wait for the animation to end. */
  function reveal(id, m, tries) {
    if (selected !== id) return;
    if ((map._animatingZoom || cluster._inZoomAnimation) && tries < 100) {
      setTimeout(function () { reveal(id, m, tries + 1); }, 50);
      return;
    }
    cluster.zoomToShowLayer(m, function () { map.panTo(m.getLatLng()); m.openPopup(); });
  }

  function select(id, centreOn) {
    if (selected && caseMarkers[selected]) caseMarkers[selected].setIcon(dotIcon(byId[selected], false));
    selected = id;
    var m = caseMarkers[id];
    if (m) {
      m.setIcon(dotIcon(byId[id], true));
      if (centreOn) reveal(id, m, 0);
    } else if (stopMarkers[id] && centreOn) {
      map.panTo(stopMarkers[id].getLatLng()); stopMarkers[id].openPopup();
    }
  }

  /* Fit the view to the day's stops (start and end included), else to every case. */
  function fit() {
    var b = L.latLngBounds([]);
    if (routePts.length > 2) routePts.forEach(function (p) { b.extend(p); });
    else Object.keys(caseMarkers).forEach(function (id) { b.extend(caseMarkers[id].getLatLng()); });
    if (b.isValid()) map.fitBounds(b, {padding: [30, 30], maxZoom: 17});
    else map.setView([20, centre], 2);
  }

  function report() {  /* the view, readable from the DOM (tests, probes) */
    var b = map.getBounds();
    map.getContainer().setAttribute("data-view", JSON.stringify({zoom: map.getZoom(),
      south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast()}));
  }

  function startHereMenu(e) {
    if (!bridge) return;
    var box = L.DomUtil.create("div", "fv-menu");
    var button = L.DomUtil.create("button", "fv-start-here", box);
    button.textContent = T.start_here;
    var pop = L.popup({closeButton: false, className: "fv-menu-popup"}).setLatLng(e.latlng).setContent(box);
    L.DomEvent.on(button, "click", function (ev) {
      L.DomEvent.stop(ev); map.closePopup(pop);
      bridge.startHere(e.latlng.lat, wrap(e.latlng.lng));
    });
    pop.openOn(map);
  }

  /* Called by folium's FvSetup element right after the map exists, before any layer. */
  function setup(theMap, opts) {
    map = theMap; centre = opts.centre || 0; T = opts.labels || {}; embedded = !!opts.embedded;
    map.setMinZoom(2); map.setMaxZoom(19);
    if (!opts.tiles) map.getContainer().classList.add("fv-neutral");
    map.on("moveend zoomend", report);
    map.on("zoomend", function () { if (Object.keys(stopMarkers).length) declutter(); });
    map.on("contextmenu", startHereMenu);
  }

  /* Called by folium's Bridge element once the cases and the route layer exist. */
  function attach(theCluster, theRouteLayer, route) {
    cluster = theCluster; routeLayer = theRouteLayer;
    setRoute(route);
    fit(); report();
    document.title = document.title + " ✓";
  }

  /* Called by folium's Bridge element once QWebChannel hands over Qt's ``bridge`` object. */
  function connect(qtBridge) { bridge = qtBridge; bridge.pageReady(); }

  /* True when no tile layer is still fetching tiles (for pictures of the map). */
  function idle() {
    var busy = false;
    map.eachLayer(function (l) { if (l instanceof L.GridLayer && l.isLoading()) busy = true; });
    return !busy;
  }

  window.fv = {idle: idle, setup: setup, attach: attach, connect: connect, caseMarker: caseMarker, clusterIcon: clusterIcon,
    setRoute: setRoute, select: select, fit: fit, declutter: declutter,
    get map() { return map; },
    counts: function () { return {cases: Object.keys(caseMarkers).length, stops: Object.keys(stopMarkers).length}; }};
})();
