/* FieldVisit map: cases as clustered dots coloured by bucket, the day's route as numbered stops
 * and a line, popups; talks to Qt through QWebChannel when embedded (window.qt present). */
(function () {
  "use strict";
  var data = window.FV_DATA;
  var COLOURS = {"M0": "#66bb6a", "M1": "#42a5f5", "M2": "#ffca28", "M3": "#ffa726", "M4": "#ff7043", "M5+": "#d81b60"};
  var map = L.map("map", {zoomControl: true, attributionControl: !!data.tiles, minZoom: 2, maxZoom: 19});
  var bridge = null;
  var caseMarkers = {}, stopMarkers = {}, selected = null;
  if (data.tiles) {
    L.tileLayer(data.tiles.url, {minZoom: 0, maxZoom: 19,
      maxNativeZoom: data.tiles.maxzoom || 19, attribution: data.tiles.attribution || ""}).addTo(map);
  } else {
    document.getElementById("map").classList.add("fv-neutral");
  }
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]; }); }
  var T = data.labels || {case: "Case", balance: "Balance", bucket: "Bucket", days: "days", window: "Window",
                           promise: "Promise", eta: "Arrival", waits: "waits", address: "Address", start: "Start"};
  function popup(c, stop) {
    var rows = [[T.case, c.id], [T.balance, c.balance], [T.bucket, c.bucket + " · " + c.dpd + " " + T.days]];
    if (c.window) rows.push([T.window, c.window]);
    if (c.promise) rows.push([T.promise, c.promise]);
    if (stop) rows.push([T.eta, stop.eta + (stop.wait ? " (" + T.waits + " " + stop.wait + ")" : "")]);
    if (c.address) rows.push([T.address, c.address]);
    var html = "<div class='fv-popup'><h4>" + esc(c.name || c.id) + "</h4><table>";
    rows.forEach(function (r) { html += "<tr><td>" + esc(r[0]) + "</td><td>" + esc(r[1]) + "</td></tr>"; });
    html += "</table>";
    if (c.flags && c.flags.length) html += "<div class='fv-flag'>" + esc(c.flags.join(", ")) + "</div>";
    return html + "</div>";
  }
  function dotIcon(c, isSelected) {
    return L.divIcon({className: "", iconSize: [14, 14], iconAnchor: [7, 7],
      html: "<div class='fv-dot" + (c.blocked ? " fv-blocked" : "") + (isSelected ? " fv-selected" : "") +
            "' style='background:" + (COLOURS[c.bucket] || "#90a4ae") + "' data-case='" + esc(c.id) + "'></div>"});
  }
  var cluster = L.markerClusterGroup({chunkedLoading: true, maxClusterRadius: 45, spiderfyOnMaxZoom: true,
    disableClusteringAtZoom: 17, showCoverageOnHover: false,
    iconCreateFunction: function (c) {
      var n = c.getChildCount(), size = n < 10 ? 28 : n < 100 ? 34 : 42;
      return L.divIcon({className: "", iconSize: [size, size],
        html: "<div class='fv-cluster' style='width:" + size + "px;height:" + size + "px;line-height:" + size + "px'>" + n + "</div>"});
    }});
  var byId = {};
  function setCases(cases) {
    cluster.clearLayers(); caseMarkers = {}; byId = {};
    var markers = [];
    cases.forEach(function (c) {
      byId[c.id] = c;
      var m = L.marker([c.lat, c.lon], {icon: dotIcon(c, false), draggable: !!data.embedded, title: c.name || c.id});
      m.bindPopup(function () { return popup(c, null); });
      m.on("click", function () { if (bridge) bridge.caseClicked(c.id); });
      m.on("dragend", function (e) { var p = e.target.getLatLng(); c.lat = p.lat; c.lon = p.lng;
        if (bridge) bridge.caseMoved(c.id, p.lat, p.lng); });
      caseMarkers[c.id] = m; markers.push(m);
    });
    cluster.addLayers(markers);
  }
  map.addLayer(cluster);
  var routeLayer = L.layerGroup().addTo(map);
  function setRoute(route) {
    routeLayer.clearLayers(); stopMarkers = {};
    if (!route || !route.stops) return;
    var pts = [[route.start.lat, route.start.lon]];
    L.marker([route.start.lat, route.start.lon], {icon: L.divIcon({className: "", iconSize: [22, 22],
      html: "<div class='fv-home' title='" + esc(T.start) + "'>⌂</div>"}), zIndexOffset: 900}).addTo(routeLayer);
    route.stops.forEach(function (s, i) {
      pts.push([s.lat, s.lon]);
      var c = byId[s.id] || {id: s.id, name: s.name, balance: "", bucket: "", dpd: ""};
      var m = L.marker([s.lat, s.lon], {zIndexOffset: 1000, title: (i + 1) + ". " + (c.name || s.id),
        icon: L.divIcon({className: "", iconSize: [26, 26], iconAnchor: [13, 13],
          html: "<div class='fv-stop" + (s.appointment ? " fv-appt" : "") + "' data-stop='" + esc(s.id) + "'>" + (i + 1) + "</div>"})});
      m.bindPopup(function () { return popup(c, s); });
      m.on("click", function () { if (bridge) bridge.caseClicked(s.id); });
      stopMarkers[s.id] = m; m.addTo(routeLayer);
    });
    pts.push([route.end.lat, route.end.lon]);
    L.polyline(pts, {color: "#1565c0", weight: 4, opacity: 0.75, className: "fv-route"}).addTo(routeLayer);
  }
  function select(id, centre) {
    if (selected && caseMarkers[selected]) caseMarkers[selected].setIcon(dotIcon(byId[selected], false));
    selected = id;
    var m = caseMarkers[id];
    if (m) {
      m.setIcon(dotIcon(byId[id], true));
      if (centre) cluster.zoomToShowLayer(m, function () { map.panTo(m.getLatLng()); m.openPopup(); });
    } else if (stopMarkers[id] && centre) {
      map.panTo(stopMarkers[id].getLatLng()); stopMarkers[id].openPopup();
    }
  }
  function fit() {
    var b = L.latLngBounds([]);
    if (data.route && data.route.stops && data.route.stops.length) {
      data.route.stops.forEach(function (s) { b.extend([s.lat, s.lon]); });
      b.extend([data.route.start.lat, data.route.start.lon]);
    } else {
      (data.cases || []).forEach(function (c) { b.extend([c.lat, c.lon]); });
    }
    if (b.isValid()) map.fitBounds(b, {padding: [20, 20]}); else map.setView([20, 0], 2);
  }
  var legend = document.getElementById("fv-legend");
  legend.innerHTML = Object.keys(COLOURS).map(function (k) {
    return "<span class='fv-key' style='background:" + COLOURS[k] + "'></span>" + k; }).join("");
  setCases(data.cases || []);
  setRoute(data.route);
  fit();
  window.fv = {setCases: setCases, setRoute: setRoute, select: select, fit: fit, map: map,
               counts: function () { return {cases: Object.keys(caseMarkers).length,
                                              stops: Object.keys(stopMarkers).length}; }};
  if (window.qt && window.QWebChannel) {
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge;
      bridge.pageReady();
    });
  }
  document.title = document.title + " ✓";
})();
