"""CLI: ``fieldvisit route export`` — a planned day for a phone (GPX, KML), a calendar (.ics of
the agreed appointments) or paper (the PDF itinerary). JSON: ``out``, ``stops``."""

from __future__ import annotations

from datetime import date

from fieldvisit.cli_io import _emit, out_path
from fieldvisit.services.errors import UserError


def write_route(itinerary: dict, fmt: str, out, as_of: date) -> int:
    """Write ``itinerary`` as ``fmt`` (gpx | kml | ics | pdf) to ``out``; returns the number of
    stops written (appointments for ics)."""
    from fieldvisit.services.route_export import appointments

    tmp = out.with_name(out.name + ".part")
    try:
        if fmt == "pdf":
            from fieldvisit.adapters.handoff.itinerary import write_itinerary_pdf

            write_itinerary_pdf(str(tmp), itinerary, as_of)
            count = len(itinerary["stops"])
        elif fmt == "ics":
            from fieldvisit.adapters.handoff.ics import ics_bytes

            chosen = appointments(itinerary)
            tmp.write_bytes(ics_bytes(itinerary, chosen))
            count = len(chosen)
        elif fmt == "gpx":
            from fieldvisit.adapters.handoff.gpx import gpx_text

            tmp.write_text(gpx_text(itinerary), encoding="utf-8")
            count = len(itinerary["stops"])
        else:
            from fieldvisit.adapters.handoff.kml import kml_text

            tmp.write_text(kml_text(itinerary), encoding="utf-8")
            count = len(itinerary["stops"])
        tmp.replace(out)
    except OSError as exc:
        raise UserError(f"Cannot write {out}: {exc.strerror or exc}.") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return count


def cmd_route_export(app, args) -> None:
    from fieldvisit.services.route_export import day_itinerary

    out = out_path(args.out)
    itinerary = day_itinerary(app.uow(), args.date, args.collector)
    count = write_route(itinerary, args.format, out, args.as_of or date.today())
    what = "appointments" if args.format == "ics" else "stops"
    _emit(args, {"out": str(out), "stops": count, "format": args.format},
          f"{itinerary['collector']}'s day on {itinerary['date']}: {count} {what} written to {out}")


ROUTE_COMMANDS = {("route", "export"): cmd_route_export}
