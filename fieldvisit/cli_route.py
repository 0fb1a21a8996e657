"""CLI: ``fieldvisit route export`` — a planned day for a phone (GPX, KML), a calendar (.ics of
the agreed appointments) or paper (the PDF itinerary). JSON: ``out``, ``stops``."""

from __future__ import annotations

from datetime import date

from fieldvisit.adapters.handoff.files import workspace_tiles, write_route
from fieldvisit.cli_io import _emit, out_path


def cmd_route_export(app, args) -> None:
    from fieldvisit.services.route_export import day_itinerary

    out = out_path(args.out)
    itinerary = day_itinerary(app.uow(), args.date, args.collector)
    count = write_route(itinerary, args.format, out, args.as_of or date.today(),
                        tiles=workspace_tiles(app.setting("tile_pack")))
    what = "appointments" if args.format == "ics" else "stops"
    _emit(args, {"out": str(out), "stops": count, "format": args.format},
          f"{itinerary['collector']}'s day on {itinerary['date']}: {count} {what} written to {out}")


ROUTE_COMMANDS = {("route", "export"): cmd_route_export}
