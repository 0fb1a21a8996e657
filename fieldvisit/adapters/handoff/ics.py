"""The day's agreed appointments as an iCalendar file (icalendar): one event per appointment, in
the case's own time zone (TZID plus its VTIMEZONE), from the planned visit start to departure."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from fieldvisit.domain.longitudes import wrap


def _local(text: str, zone_name: str) -> datetime:
    moment = datetime.fromisoformat(text)
    try:
        return moment.astimezone(ZoneInfo(zone_name)) if zone_name else moment
    except (ZoneInfoNotFoundError, ValueError):
        return moment


def ics_bytes(itinerary: dict, stops: list[dict], stamp: datetime | None = None) -> bytes:
    """The calendar (RFC 5545) of ``stops`` (the appointments): SUMMARY ``"C-1001 Name"``,
    LOCATION the address, GEO the position, DESCRIPTION phone and notes."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//FieldVisit//route export//EN")
    cal.add("version", "2.0")
    name = " ".join(f"{itinerary['collector']} {itinerary['date']}".splitlines())  # one line: a collector's
    cal.add("x-wr-calname", icalendar.vText(name))  # name with a line break once made the export fail
    stamp = stamp or datetime.now(timezone.utc)
    for stop in stops:
        event = icalendar.Event()
        event.add("uid", f"{itinerary['date']}-{stop['case_id']}@fieldvisit")
        event.add("dtstamp", stamp)
        event.add("dtstart", _local(stop["start"], stop.get("timezone", "")))
        event.add("dtend", _local(stop["departure"], stop.get("timezone", "")))
        event.add("summary", f"{stop['case_id']} {stop.get('name', '')}".strip())
        if stop.get("address"):
            event.add("location", stop["address"])
        event.add("geo", (stop["lat"], wrap(stop["lon"])))
        details = [x for x in (stop.get("phone", ""), stop.get("notes", "")) if x]
        if details:
            event.add("description", "\n".join(details))
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
