"""The day as KML (simplekml): a numbered placemark per stop, and the route as a line that goes
the short way across the ±180° meridian (split in two there, as KML viewers expect). Texts are
text: a description (HTML in viewers' balloons) is HTML-escaped before simplekml XML-escapes it."""

from __future__ import annotations

import simplekml

from fieldvisit.adapters.escape import html_text

from fieldvisit.domain.longitudes import unwrap, wrap
from fieldvisit.domain.plan_times import plan_zone, stop_clock


def _legs(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """(lon, lat) pieces of a path whose legs go the short way, cut where a leg crosses ±180° so
    every piece stays within [-180, 180]."""
    lons = unwrap([p[0] for p in points], wrap(points[0][0]))
    pieces = [[(lons[0], points[0][1])]]
    offset = 0.0  # whole turns taken off the current piece
    for i in range(1, len(points)):
        a, b = lons[i - 1] - offset, lons[i] - offset
        lat_a, lat_b = points[i - 1][1], points[i][1]
        if b > 180.0 or b < -180.0:
            edge = 180.0 if b > 180.0 else -180.0
            lat_x = lat_a + (edge - a) / (b - a) * (lat_b - lat_a)
            pieces[-1].append((edge, lat_x))
            offset += 360.0 if edge > 0 else -360.0
            pieces.append([(-edge, lat_x)])
            b = lons[i] - offset
        pieces[-1].append((b, lat_b))
    return pieces


def kml_text(itinerary: dict) -> str:
    """The KML document as text; times in the itinerary's day zone (plus the stop's own clock
    when it differs)."""
    zone = plan_zone(itinerary)
    doc = simplekml.Kml(name=f"{itinerary['collector']} {itinerary['date']}")
    start, end = itinerary["start"], itinerary["end"]
    home = doc.newpoint(name="Start", coords=[(wrap(start["lon"]), start["lat"])])
    home.style.iconstyle.color = simplekml.Color.green
    for stop in itinerary["stops"]:
        p = doc.newpoint(name=f"{stop['n']}. {stop['case_id']}", coords=[(wrap(stop["lon"]), stop["lat"])])
        # a description is HTML in Google Earth's balloon: escaped as HTML here, then as XML by
        # simplekml, so a name like <img onerror=…> shows as text and never runs
        p.description = html_text(" · ".join(x for x in (stop_clock(stop["start"], stop.get("timezone"), zone), stop.get("name", ""),
                                                         stop.get("address", ""), stop.get("phone", "")) if x))
        p.timestamp.when = stop["start"]
    path = [(start["lon"], start["lat"])] + [(s["lon"], s["lat"]) for s in itinerary["stops"]] + [(end["lon"], end["lat"])]
    for piece in _legs(path):
        line = doc.newlinestring(name="Route", coords=piece)
        line.tessellate = 1
        line.style.linestyle.width = 4
        line.style.linestyle.color = "ffc06515"  # aabbggrr: the map's route blue
    return doc.kml()
