"""Use cases: the collectors of the workspace and where each one's day starts and ends (home or
office). ``plan`` / ``plan-team`` and the planner window start from there; the assignment pack
carries it to the collector's laptop."""

from __future__ import annotations

from fieldvisit.domain.collectors import Collector, Point, point_json, valid_point
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork


class NoStartPoint(UserError):
    """The collector has no start point yet (the window asks for one; the CLI says how to set it)."""

    def __init__(self, collector: str) -> None:
        super().__init__(msg("{collector} has no start point; set it with 'fieldvisit collectors set-home "
                             "{collector} LAT,LON' (or in the window), or give --start LAT,LON.",
                             collector=collector))
        self.collector = collector


def _unit(uow):
    """A unit of work, given one or its factory (``app.uow()`` or ``app.uow``)."""
    return uow() if callable(uow) and not hasattr(uow, "__enter__") else uow


def list_collectors(uow: UnitOfWork) -> list[Collector]:
    """Every collector, by name, with ``home`` / ``end`` as (lat, lon) degrees or None."""
    uow = _unit(uow)
    with uow:
        return uow.collectors.list()


def get_collector(uow: UnitOfWork, name: str) -> Collector | None:
    uow = _unit(uow)
    with uow:
        return uow.collectors.get(name)


def set_home(uow: UnitOfWork, name: str, home: Point | None, end: Point | None = None) -> Collector:
    """Set where ``name``'s day starts (``home``) and ends (``end``; None: back at ``home``), as
    (lat, lon) degrees. The collector is created if new. Audited. Raises UserError for an empty
    name or a position outside -90..90 / -180..180, or an end without a home."""
    name = (name or "").strip()
    if not name:
        raise UserError(msg("Give the collector's name."))
    for what, point in (("start", home), ("end", end)):
        if point is not None and not valid_point(point):
            raise UserError(msg("The {what} point {point} is not a position; latitude must be within -90..90 and "
                                "longitude within -180..180.", what=what, point=str(point)))
    if end is not None and home is None:
        raise UserError(msg("Set where the day starts before where it ends."))
    uow = _unit(uow)
    with uow:
        before = uow.collectors.get(name)
        saved = uow.collectors.save(Collector(name, tuple(home) if home else None, tuple(end) if end else None))
        uow.audit.append("collector home", name, {
            "before": before.as_json() if before else None,
            "after": {"home": point_json(saved.home), "end": point_json(saved.end)}})
        uow.commit()
    return saved


def geocode_address(uow: UnitOfWork, geocoder, address: str, country: str = "") -> tuple[float, float, str]:
    """Where ``address`` is, through the workspace's geocoder and its cache: ``(lat, lon, display
    name)``. Raises UserError when it is not found or there is no connection."""
    from fieldvisit.services.geocode import query_for
    from fieldvisit.services.ports import GeocoderOffline

    query = query_for(address, country)
    if not query:
        raise UserError(msg("Write an address, or a position as LAT,LON."))
    with uow:
        hit = uow.geocache.get(geocoder.key, query)
    if hit is None:
        try:
            found = geocoder.geocode(query)
        except GeocoderOffline:
            raise UserError(msg("No connection to find {address}; write the position as LAT,LON or right-click the "
                                "map and choose 'Start my day here'.", address=repr(address))) from None
        hit = found if found else (None, None, "")
        with uow:
            uow.geocache.put(geocoder.key, query, hit[0], hit[1], hit[2])
            uow.commit()
    if hit[0] is None:
        raise UserError(msg("{address} was not found; check it, write the position as LAT,LON, or right-click the "
                            "map and choose 'Start my day here'.", address=repr(address)))
    return float(hit[0]), float(hit[1]), hit[2]
