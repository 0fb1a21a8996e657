"""The day as GPX 1.1 (gpxpy): one waypoint per stop in route order (name ``"1. C-1001 Name"``,
arrival time, address and phone in the description) and a route start → stops → end."""

from __future__ import annotations

from datetime import datetime

import gpxpy.gpx

from fieldvisit.domain.longitudes import wrap
from fieldvisit.domain.plan_times import plan_zone, span_clock, stop_clock


def _label(stop: dict) -> str:
    return f"{stop['n']}. {stop['case_id']}" + (f" {stop['name']}" if stop["name"] else "")


def _describe(stop: dict, zone) -> str:
    local = stop.get("timezone")
    parts = [stop_clock(stop["start"], local, zone)]
    if stop.get("window"):
        parts.append(span_clock(stop["window"]["start"], stop["window"]["end"], local, zone))
    parts += [stop[k] for k in ("address", "phone") if stop.get(k)]
    return " · ".join(parts)


def gpx_text(itinerary: dict) -> str:
    """The GPX document as text (UTF-8 XML). Longitudes in [-180, 180). Times in the
    descriptions are in the itinerary's day zone (plus the stop's own clock when it differs);
    ``<time>`` is the same instant, as gpxpy writes it."""
    zone = plan_zone(itinerary)
    doc = gpxpy.gpx.GPX()
    doc.name = f"{itinerary['collector']} {itinerary['date']}"
    doc.creator = "FieldVisit"
    route = gpxpy.gpx.GPXRoute(name=doc.name)
    start, end = itinerary["start"], itinerary["end"]
    route.points.append(gpxpy.gpx.GPXRoutePoint(start["lat"], wrap(start["lon"]), name="Start"))
    for stop in itinerary["stops"]:
        when = datetime.fromisoformat(stop["start"])
        doc.waypoints.append(gpxpy.gpx.GPXWaypoint(stop["lat"], wrap(stop["lon"]), time=when, name=_label(stop),
                                                   description=_describe(stop, zone), symbol="Flag"))
        route.points.append(gpxpy.gpx.GPXRoutePoint(stop["lat"], wrap(stop["lon"]), time=when, name=_label(stop)))
    route.points.append(gpxpy.gpx.GPXRoutePoint(end["lat"], wrap(end["lon"]), name="End"))
    doc.routes.append(route)
    return doc.to_xml(version="1.1")
