"""Use case: a planned day as an itinerary to hand over (phone, calendar, paper): the stops in
route order with what the collector needs at each door. The writers live in
``fieldvisit.adapters.handoff``; this module only gathers the data."""

from __future__ import annotations

from datetime import date

from fieldvisit.domain.plan_times import in_day_zone, plan_zone
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.map_export import day_map_data
from fieldvisit.services.ports import UnitOfWork


def day_itinerary(uow: UnitOfWork, day: date, collector: str | None) -> dict:
    """The latest plan of ``collector`` on ``day`` as an itinerary::

        {"collector", "date" (ISO), "timezone" (the collector's day zone, IANA, or ""),
         "start": {"lat", "lon"}, "end": {...}, "leave_at", "return_at",
         "plan": <plan_json>, "cases": [Case ...] (with coordinates, for the map),
         "stops": [{"n" (1-based order), "case_id", "name", "lat", "lon" (degrees),
                    "arrival", "start", "departure" (ISO 8601 with offset), "window": {"start", "end"} | None,
                    "appointment" (bool), "address", "phone", "notes", "timezone" (the case's zone, IANA or "")}]}

    Every time is written in the day zone (print it so, e.g. with ``domain.plan_times.stop_clock``
    which adds the stop's own wall clock when its zone differs).

    Raises UserError when there is no plan, or several collectors have one and none was named."""
    _cases, plan = day_map_data(uow, day, collector)
    return itinerary_from_plan(uow, plan)


def itinerary_from_plan(uow: UnitOfWork, plan: dict) -> dict:
    """The itinerary (as ``day_itinerary``) of a plan as ``plan_json`` shapes it, e.g. the one on
    screen with the collector's hand edits."""
    with uow:
        by_id = {c.case_id: c for c in uow.cases.list(collector=plan["collector"])}
        workspace_tz = uow.settings.get("timezone") or None
    plan = in_day_zone(plan, plan_zone(plan, workspace_tz))
    cases = [c for c in by_id.values() if c.has_coordinates]
    stops = []
    for n, s in enumerate(plan["stops"], start=1):
        case = by_id.get(s["case_id"])
        stops.append({
            "n": n, "case_id": s["case_id"], "name": s.get("name") or (case.name if case else ""),
            "lat": s["lat"], "lon": s["lon"], "arrival": s["arrival"], "start": s["start"],
            "departure": s["departure"], "window": s.get("window"), "appointment": bool(s.get("appointment")),
            "address": case.address if case else "", "phone": case.phone if case else "",
            "notes": case.notes if case else "", "timezone": s.get("timezone") or (case.timezone if case else ""),
            "follow_up": bool(s.get("follow_up")),
        })
    return {"collector": plan["collector"], "date": plan["date"], "timezone": plan.get("timezone") or "",
            "start": plan["start"], "end": plan["end"],
            "leave_at": plan.get("leave_at"), "return_at": plan.get("return_at"), "plan": plan, "cases": cases,
            "stops": stops}


def appointments(itinerary: dict) -> list[dict]:
    """The agreed appointments of the day (stops with ``appointment``). Raises UserError when
    there are none: a calendar file holds appointments only."""
    found = [s for s in itinerary["stops"] if s["appointment"]]
    if not found:
        raise UserError(msg("The plan of {collector} on {day} has no agreed appointments; a calendar file holds "
                            "appointments only. Export gpx or kml for the whole route.",
                            collector=itinerary["collector"], day=itinerary["date"]))
    return found
