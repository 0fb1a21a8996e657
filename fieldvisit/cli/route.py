"""CLI: ``fieldvisit route export`` — a planned day for a phone (GPX, KML), a calendar (.ics of
the agreed appointments) or paper (the PDF itinerary), JSON ``out``, ``stops``; and ``fieldvisit
map`` — the day as a standalone offline map page, JSON ``out``, ``stops``, ``cases``."""

from __future__ import annotations

from datetime import date

from fieldvisit.adapters.handoff.files import workspace_tiles, write_route
from fieldvisit.cli.io import _emit, counted, out_path


def cmd_route_export(app, args) -> None:
    from fieldvisit.services.route_export import day_itinerary

    out = out_path(args.out)
    itinerary = day_itinerary(app.uow(), args.date, args.collector)
    count = write_route(itinerary, args.format, out, args.as_of or date.today(),
                        tiles=workspace_tiles(app.setting("tile_pack")))
    what = counted(count, "appointment" if args.format == "ics" else "stop")
    _emit(args, {"out": str(out), "stops": count, "format": args.format},
          f"{itinerary['collector']}'s day on {itinerary['date']}: {what} written to {out}")


def cmd_map(app, args) -> None:
    from fieldvisit.adapters.map_texts import case_marker
    from fieldvisit.adapters.maps.page import build_page, route_from_plan
    from fieldvisit.services.day_state import stop_states, with_states
    from fieldvisit.services.map_export import day_map_data

    out = out_path(args.out)
    cases, plan = day_map_data(app.uow(), args.date, args.collector)
    plan = with_states(plan, stop_states(app.uow(), plan))
    as_of = args.as_of or date.today()
    page = build_page([case_marker(c, as_of) for c in cases], route_from_plan(plan), standalone=True,
                      title=f"{plan['collector']} — {plan['date']}")
    from fieldvisit.adapters.files.safe_write import write_bytes_atomic

    write_bytes_atomic(out, page.encode("utf-8"))
    _emit(args, {"out": str(out), "stops": len(plan["stops"]), "cases": len(cases)},
          f"Map of {plan['collector']}'s day ({counted(len(plan['stops']), 'stop')}) written to {out}")


ROUTE_COMMANDS = {("route", "export"): cmd_route_export, ("map", None): cmd_map}
