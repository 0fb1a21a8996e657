/* FieldVisit street map: the region packs' vector tiles drawn by protomaps-leaflet (vendored in
 * maps/vendor/protomaps-leaflet/) in a calm, readable style: water, parks, buildings, roads by
 * class with casings, street names along the roads, places, and house numbers from zoom 17.
 * Layers come from FieldVisit's tile builder (fieldvisit/adapters/regions/tiles.py): roads (kind,
 * name), buildings, water (kind, name), parks (kind, name), places (kind, name), housenumbers (number).
 * API: fvStreets.add(map, layers) with layers [{url, bounds, minzoom, maxzoom, attribution, tiles?}];
 * a layer with ``tiles`` ({"z/x/y": base64 protobuf}) is read from the page itself (exported file). */
(function () {
  "use strict";
  var P = window.protomapsL;
  var FONT = "'Noto Sans', 'DejaVu Sans', 'Segoe UI', Arial, sans-serif";
  var C = {land: "#f4f1ea", water: "#a9cfe3", waterLine: "#8dbbd6", park: "#cfe8bd", grass: "#d6ecc4",
    forest: "#b7d7a3", cemetery: "#c1d9b9", pitch: "#b9e3cf", building: "#ddd3c8", buildingEdge: "#c8baab",
    casing: "#b9b1a6", motorway: "#e8909f", trunk: "#f2a98a", primary: "#f8cf8f", secondary: "#f5f0a8",
    minor: "#ffffff", pedestrian: "#e9e6f0", path: "#d9957f", cycleway: "#6f95d2", rail: "#8f8f8f",
    label: "#2f2b27", halo: "#ffffff", number: "#6d5f54", place: "#5b5560"};
  var inline = {};

  /* Tiles carried by an exported page: answer fvinline:// fetches from memory (an empty tile
   * where the page carries none), every other fetch as usual. */
  var realFetch = window.fetch;
  window.fetch = function (url) {
    if (typeof url === "string" && url.indexOf("fvinline://") === 0) {
      var parts = url.slice(11).split("/"), set = inline[parts[0]] || {};
      var b64 = set[parts[1] + "/" + parts[2] + "/" + parts[3]];
      if (!b64) return Promise.resolve(new Response(new ArrayBuffer(0)));
      var raw = atob(b64), bytes = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      return Promise.resolve(new Response(bytes.buffer));
    }
    return realFetch.apply(this, arguments);
  };

  /* Linear interpolation over [[zoom, value], ...] (clamped at both ends). */
  function lin(stops) {
    return function (z) {
      if (z <= stops[0][0]) return stops[0][1];
      for (var i = 1; i < stops.length; i++)
        if (z <= stops[i][0]) {
          var a = stops[i - 1], b = stops[i], t = (z - a[0]) / (b[0] - a[0]);
          return a[1] + t * (b[1] - a[1]);
        }
      return stops[stops.length - 1][1];
    };
  }
  /* A label symbolizer whose labels of one name stay ``dist`` px apart (a park cut by tile edges
   * or a building with several doors is named once). */
  function once(sym, dist) {
    return {place: function (layout, geom, feature) {
      var labels = sym.place(layout, geom, feature);
      (labels || []).forEach(function (l) {
        l.deduplicationKey = String(feature.props.name || feature.props.number || "");
        l.deduplicationDistance = dist;
      });
      return labels;
    }};
  }
  function kindIs(kinds) { return function (_z, f) { return kinds.indexOf(f.props.kind) >= 0; }; }

  var WIDTH = {  /* road width in pixels by zoom, per kind (the casing adds 2 px) */
    motorway: lin([[12, 2.5], [15, 7], [18, 22]]), trunk: lin([[12, 2.5], [15, 7], [18, 22]]),
    primary: lin([[12, 2], [15, 6.5], [18, 20]]), secondary: lin([[12, 1.6], [15, 6], [18, 18]]),
    tertiary: lin([[12, 1.2], [15, 5], [18, 16]]), residential: lin([[13, 1], [15, 4], [18, 14]]),
    pedestrian: lin([[13, 1], [15, 4], [18, 13]]), service: lin([[14, 1], [16, 2.5], [18, 7]])};
  var FILL = {motorway: C.motorway, trunk: C.trunk, primary: C.primary, secondary: C.secondary,
    tertiary: C.minor, residential: C.minor, pedestrian: C.pedestrian, service: C.minor};
  var ORDER = ["service", "pedestrian", "residential", "tertiary", "secondary", "primary", "trunk", "motorway"];

  function paintRules() {
    var rules = [
      {dataLayer: "parks", symbolizer: new P.PolygonSymbolizer({fill: function (_z, f) {
        return C[f.props.kind] || C.park; }})},
      {dataLayer: "water", symbolizer: new P.PolygonSymbolizer({fill: C.water})},
      {dataLayer: "water", filter: kindIs(["river"]),
       symbolizer: new P.LineSymbolizer({color: C.waterLine, width: lin([[12, 1], [18, 6]])})},
      {dataLayer: "buildings", minzoom: 14, symbolizer: new P.PolygonSymbolizer({fill: C.building,
        stroke: C.buildingEdge, width: lin([[14, 0], [16, 0.8], [18, 1]]), opacity: lin([[14, 0.6], [16, 1]])})},
      {dataLayer: "roads", filter: kindIs(["rail"]),
       symbolizer: new P.LineSymbolizer({color: C.rail, width: lin([[13, 0.8], [18, 2]]), dash: [3, 3]})},
      {dataLayer: "roads", filter: kindIs(["footway", "path"]), minzoom: 14,
       symbolizer: new P.LineSymbolizer({color: C.path, width: lin([[14, 0.6], [18, 1.6]]), dash: [2, 3],
                                         opacity: 0.8})},
      {dataLayer: "roads", filter: kindIs(["cycleway"]), minzoom: 14,
       symbolizer: new P.LineSymbolizer({color: C.cycleway, width: lin([[14, 0.8], [18, 2]]), dash: [3, 2],
                                         opacity: 0.8})}];
    ORDER.forEach(function (kind) {  /* casings under every fill, minor to major */
      rules.push({dataLayer: "roads", filter: kindIs([kind]), symbolizer: new P.LineSymbolizer({
        color: C.casing, lineCap: "round", lineJoin: "round",
        width: function (z, f) { return WIDTH[kind](z, f) + (z >= 14 ? 2 : 1); }})});
    });
    ORDER.forEach(function (kind) {
      rules.push({dataLayer: "roads", filter: kindIs([kind]), symbolizer: new P.LineSymbolizer({
        color: FILL[kind], width: WIDTH[kind], lineCap: "round", lineJoin: "round"})});
    });
    return rules;
  }

  function labelRules() {
    var halo = {fill: C.label, stroke: C.halo, width: 3};
    return [
      {dataLayer: "places", maxzoom: 15, symbolizer: new P.CenteredTextSymbolizer({fill: C.place, stroke: C.halo,
        width: 3, font: "600 12px " + FONT, textTransform: "uppercase"})},
      {dataLayer: "roads", minzoom: 13, filter: kindIs(["motorway", "trunk", "primary", "secondary"]),
       symbolizer: new P.LineLabelSymbolizer(Object.assign({font: "600 12px " + FONT}, halo))},
      {dataLayer: "roads", minzoom: 14, filter: kindIs(["tertiary", "residential", "pedestrian"]),
       symbolizer: new P.LineLabelSymbolizer(Object.assign({font: "500 11.5px " + FONT}, halo))},
      {dataLayer: "roads", minzoom: 16, filter: kindIs(["service", "footway", "path", "cycleway"]),
       symbolizer: new P.LineLabelSymbolizer(Object.assign({font: "italic 400 11px " + FONT}, halo))},
      {dataLayer: "parks", minzoom: 15, symbolizer: once(new P.CenteredTextSymbolizer({fill: "#3f6b35",
        stroke: C.halo, width: 2, font: "italic 500 11px " + FONT}), 300)},
      {dataLayer: "water", minzoom: 14, filter: function (_z, f) { return !!f.props.name; },
       symbolizer: once(new P.CenteredTextSymbolizer({fill: "#2e6c8e", stroke: C.halo, width: 2,
         font: "italic 500 11px " + FONT}), 300)},
      {dataLayer: "housenumbers", minzoom: 17, symbolizer: new P.CenteredTextSymbolizer({labelProps: ["number"],
        fill: C.number, stroke: C.halo, width: 2, font: "500 10px " + FONT})}];
  }

  /* Add one street layer per region pack, above any raster tile pack, limited to its bounds. */
  function add(map, layers) {
    if (!P || !layers) return [];
    return layers.map(function (spec, i) {
      var url = spec.url;
      if (spec.tiles) { inline[String(i)] = spec.tiles; url = "fvinline://" + i + "/{z}/{x}/{y}"; }
      var layer = P.leafletLayer({url: url, paintRules: paintRules(), labelRules: labelRules(),
        backgroundColor: C.land, levelDiff: 0, maxDataZoom: spec.maxzoom || 16, minZoom: spec.minzoom || 0,
        bounds: spec.bounds, zIndex: 2, attribution: spec.attribution || "© OpenStreetMap contributors"});
      layer.addTo(map);
      return layer;
    });
  }

  window.fvStreets = {add: add};
})();
