"""Import step: cases a re-import moves to another address (see :mod:`fieldvisit.domain.case_moves`).

A moved case without coordinates in the file gets its stored position cleared and waits in the
geocoding queue (``geo_status`` pending; geocoding then moves its time zone to the new place, see
:mod:`fieldvisit.services.geocode`); the summary says how many. A hand-pinned position survives a
re-import of the same address.
"""

from __future__ import annotations

from fieldvisit.domain.case_moves import CLEAR, PINNED, position_on_reimport
from fieldvisit.domain.cases import GeoStatus
from fieldvisit.domain.text import msg
from fieldvisit.services.ports import UnitOfWork

_POSITION = frozenset(("lat", "lon", "geo_status"))


def settle_moves(uow: UnitOfWork, good: list, stored: dict[str, int], summary) -> list:
    """``good`` (``[(row, case, present fields)]``) with the positions of re-imported cases
    settled against ``stored`` (case id → storage key), inside the caller's transaction. Adds
    ``summary.moved`` (``[{row, case_id}]``), ``summary.pins_kept`` and one warning sentence."""
    pks = {case.case_id: stored[case.case_id] for _, case, present in good
           if "address" in present and case.case_id in stored}
    if not pks:
        return good
    places = uow.cases.places_of(list(pks.values()))
    out = []
    for number, case, present in good:
        place = places.get(pks.get(case.case_id, -1))
        if place is None:
            out.append((number, case, present))
            continue
        address, lat, lon, status = place
        what = position_on_reimport(address, status, case.address, address_given=True,
                                    coordinates_given=case.lat is not None and "lat" in present)
        if what == CLEAR:
            case.lat = case.lon = None
            case.geo_status = GeoStatus.PENDING
            present = present | _POSITION
            if lat is not None:
                summary.moved.append({"row": number, "case_id": case.case_id})
        elif what == PINNED:
            if (round(case.lat, 6), round(case.lon, 6)) != (round(lat, 6), round(lon, 6)):
                summary.pins_kept.append({"row": number, "case_id": case.case_id})
            case.lat, case.lon, case.geo_status = lat, lon, GeoStatus.MANUAL
            present = present - _POSITION
        out.append((number, case, present))
    if summary.moved:
        first = ", ".join(m["case_id"] for m in summary.moved[:5])
        summary.warnings.append(
            msg("1 case moved to another address without coordinates: its coordinates are cleared and wait for "
                "geocoding ({first}).", first=first) if len(summary.moved) == 1 else
            msg("{n} cases moved to other addresses without coordinates: their coordinates are cleared and wait "
                "for geocoding ({first}).", n=len(summary.moved), first=first))
    if summary.pins_kept:
        first = ", ".join(m["case_id"] for m in summary.pins_kept[:5])
        summary.warnings.append(
            msg("1 case keeps the position pinned by hand on the map; the file's coordinates for the same address "
                "were not used ({first}).", first=first) if len(summary.pins_kept) == 1 else
            msg("{n} cases keep the positions pinned by hand on the map; the file's coordinates for the same "
                "addresses were not used ({first}).", n=len(summary.pins_kept), first=first))
    return out
