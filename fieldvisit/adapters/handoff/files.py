"""Write a day's itinerary to a file in one of the hand-off formats, atomically (a ``.part``
file renamed into place, removed when anything fails), owner-only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fieldvisit.services.errors import UserError

FORMATS = ("gpx", "kml", "ics", "pdf")


def write_route(itinerary: dict, fmt: str, out: Path, as_of: date, tiles=None) -> int:
    """Write ``itinerary`` as ``fmt`` (gpx | kml | ics | pdf) to ``out``; returns the number of
    stops written (appointments for ics). ``tiles``: the offline ``TilePack`` under the PDF's map.
    Raises UserError when the file cannot be written or an .ics is asked of a day without
    appointments."""
    from fieldvisit.services.route_export import appointments

    from fieldvisit.adapters.files.safe_write import write_bytes_atomic
    from fieldvisit.services.errors import os_reason

    try:  # every format appears whole and owner-only (it holds names and addresses), or not at all
        if fmt == "pdf":
            from fieldvisit.adapters.handoff.itinerary import write_itinerary_pdf

            write_itinerary_pdf(str(out), itinerary, as_of, tiles=tiles)
            count = len(itinerary["stops"])
        elif fmt == "ics":
            from fieldvisit.adapters.handoff.ics import ics_bytes

            chosen = appointments(itinerary)
            write_bytes_atomic(out, ics_bytes(itinerary, chosen))
            count = len(chosen)
        elif fmt == "gpx":
            from fieldvisit.adapters.handoff.gpx import gpx_text

            write_bytes_atomic(out, gpx_text(itinerary).encode("utf-8"))
            count = len(itinerary["stops"])
        else:
            from fieldvisit.adapters.handoff.kml import kml_text

            write_bytes_atomic(out, kml_text(itinerary).encode("utf-8"))
            count = len(itinerary["stops"])
    except OSError as exc:
        raise UserError(f"Cannot write {out}: {os_reason(exc)}.") from None
    return count


def workspace_tiles(path: str | None):
    """The workspace's offline tile pack (setting ``tile_pack``) when it is usable, else None."""
    from fieldvisit.adapters.maps.tiles import TilePack

    if not path or not Path(path).is_file():
        return None
    try:
        return TilePack(path)
    except UserError:
        return None
