"""The map's route of a day with each stop's state on the day (CONTRACTS #2): ``state`` (todo /
done / retry), ``outcome`` (the visit's outcome code or None) and ``follow_up`` (a broken
promise's follow-up), from a ``plan_json`` whose stops carry them
(``services.day_state.with_states``)."""

from __future__ import annotations

from fieldvisit.adapters.maps.page import route_from_plan


def day_route(plan: dict | None) -> dict | None:
    """``route_from_plan`` of ``plan``, each stop with ``state``, ``outcome`` and ``follow_up``."""
    route = route_from_plan(plan)
    if route:
        for stop, s in zip(route["stops"], plan["stops"], strict=False):
            stop.update({"state": s.get("state", "todo"), "outcome": s.get("outcome"),
                         "follow_up": bool(s.get("follow_up"))})
    return route
