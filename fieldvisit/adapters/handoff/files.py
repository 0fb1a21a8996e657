"""Write a day's itinerary to a file in one of the hand-off formats, atomically (a ``.part``
file renamed into place, removed when anything fails)."""

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

    tmp = out.with_name(out.name + ".part")
    try:
        if fmt == "pdf":
            from fieldvisit.adapters.handoff.itinerary import write_itinerary_pdf

            write_itinerary_pdf(str(tmp), itinerary, as_of, tiles=tiles)
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


def workspace_tiles(path: str | None):
    """The workspace's offline tile pack (setting ``tile_pack``) when it is usable, else None."""
    from fieldvisit.adapters.maps.tiles import TilePack

    if not path or not Path(path).is_file():
        return None
    try:
        return TilePack(path)
    except UserError:
        return None
