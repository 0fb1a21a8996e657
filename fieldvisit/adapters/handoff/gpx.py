"""The day as GPX 1.1 (gpxpy): one waypoint per stop in route order (name ``"1. C-1001 Name"``,
arrival time, address and phone in the description) and a route start → stops → end."""

from __future__ import annotations

from datetime import datetime

import gpxpy.gpx

from fieldvisit.domain.longitudes import wrap


def _label(stop: dict) -> str:
    return f"{stop['n']}. {stop['case_id']}" + (f" {stop['name']}" if stop["name"] else "")


def _describe(stop: dict) -> str:
    parts = [f"{stop['start'][11:16]}"]
    if stop.get("window"):
        parts.append(f"{stop['window']['start'][11:16]}–{stop['window']['end'][11:16]}")
    parts += [stop[k] for k in ("address", "phone") if stop.get(k)]
    return " · ".join(parts)


def gpx_text(itinerary: dict) -> str:
    """The GPX document as text (UTF-8 XML). Longitudes in [-180, 180)."""
    doc = gpxpy.gpx.GPX()
    doc.name = f"{itinerary['collector']} {itinerary['date']}"
    doc.creator = "FieldVisit"
    route = gpxpy.gpx.GPXRoute(name=doc.name)
    start, end = itinerary["start"], itinerary["end"]
    route.points.append(gpxpy.gpx.GPXRoutePoint(start["lat"], wrap(start["lon"]), name="Start"))
    for stop in itinerary["stops"]:
        when = datetime.fromisoformat(stop["start"])
        doc.waypoints.append(gpxpy.gpx.GPXWaypoint(stop["lat"], wrap(stop["lon"]), time=when, name=_label(stop),
                                                   description=_describe(stop), symbol="Flag"))
        route.points.append(gpxpy.gpx.GPXRoutePoint(stop["lat"], wrap(stop["lon"]), time=when, name=_label(stop)))
    route.points.append(gpxpy.gpx.GPXRoutePoint(end["lat"], wrap(end["lon"]), name="End"))
    doc.routes.append(route)
    return doc.to_xml(version="1.1")
