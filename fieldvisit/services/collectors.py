"""Use cases: the collectors of the workspace and where each one's day starts and ends (home or
office). ``plan`` / ``plan-team`` and the planner window start from there; the assignment pack
carries it to the collector's laptop."""

from __future__ import annotations

from fieldvisit.domain.collectors import Collector, Point, name_key, point_json, valid_point
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


def find_collector(uow_inside, name: str) -> Collector | None:
    """The collector ``name`` means, inside an open unit of work: the exact name, else the one
    whose name matches ignoring accents, case and spacing (None when there is none). UserError
    when several match (e.g. ``Lucia Romero`` and ``Lucía Romero`` both exist)."""
    exact = uow_inside.collectors.get(name)
    if exact is not None:
        return exact
    key = name_key(name)
    matches = [c for c in uow_inside.collectors.list() if name_key(c.name) == key]
    if len(matches) > 1:
        raise UserError(msg("{name} could be {names}; give the name exactly as written.", name=name,
                            names=" or ".join(c.name for c in matches)))
    return matches[0] if matches else None


def unknown_collector(uow_inside, name: str) -> UserError:
    """The refusal for a collector that does not exist, with the closest known name if any."""
    from rapidfuzz import process

    names = [c.name for c in uow_inside.collectors.list()]
    best = process.extractOne(name_key(name), {n: name_key(n) for n in names}, score_cutoff=70)
    if best is not None:
        return UserError(msg("There is no collector {name}; did you mean {guess}?", name=name, guess=best[2]))
    return UserError(msg("There is no collector {name}; known: {names}. A collector is added by assigning cases "
                         "('fieldvisit cases assign --collector NAME').", name=name, names=", ".join(names) or "none"))


def get_collector(uow: UnitOfWork, name: str) -> Collector | None:
    uow = _unit(uow)
    with uow:
        return uow.collectors.get(name)


def set_home(uow: UnitOfWork, name: str, home: Point | None, end: Point | None = None, *,
             create: bool = True) -> Collector:
    """Set where ``name``'s day starts (``home``) and ends (``end``; None: back at ``home``), as
    (lat, lon) degrees. ``name`` is matched ignoring accents and case (:func:`find_collector`);
    an unknown collector is created when ``create``, else refused with a did-you-mean. Audited.
    Raises UserError for an empty name or a position outside -90..90 / -180..180, or an end
    without a home."""
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
        before = find_collector(uow, name)
        if before is None and not create:
            raise unknown_collector(uow, name)
        name = before.name if before else name
        saved = uow.collectors.save(Collector(name, tuple(home) if home else None, tuple(end) if end else None))
        uow.audit.append("collector home", name, {
            "before": before.as_json() if before else None,
            "after": {"home": point_json(saved.home), "end": point_json(saved.end)}})
        uow.commit()
    return saved


def geocode_address(uow: UnitOfWork, geocoder, address: str, country: str = "") -> tuple[float, float, str]:
    """Where ``address`` is, through the workspace's geocoder and its cache: ``(lat, lon, display
    name)``. Raises UserError when it is not found, there is no connection or the geocoder refuses."""
    from fieldvisit.domain.case_places import geocoded_outside
    from fieldvisit.services.geocode import query_for, refused_reason
    from fieldvisit.services.ports import GeocoderOffline, GeocoderRefused

    query = query_for(address, country)
    if not query:
        raise UserError(msg("Write an address, or a position as LAT,LON."))
    with uow:
        hit = uow.geocache.get(geocoder.key, query)
    if hit is None:
        try:
            found = geocoder.geocode(query, country)
        except GeocoderOffline:
            raise UserError(msg("No connection to find {address}; write the position as LAT,LON or right-click the "
                                "map and choose 'Start my day here'.", address=repr(address))) from None
        except GeocoderRefused as exc:
            if exc.kind == "unreachable":
                raise UserError(msg("Nothing answers at {url}; check the geocoder URL, or write the position as "
                                    "LAT,LON.", url=exc.where)) from None
            if (reason := refused_reason(exc.kind, exc.where, exc.detail)) is not None:
                raise UserError(reason) from None
            raise UserError(msg("The geocoder could not look up {address} now; try again later, write the position "
                                "as LAT,LON, or right-click the map and choose 'Start my day here'.",
                                address=repr(address))) from None
        hit = found if found else (None, None, "")
        with uow:
            uow.geocache.put(geocoder.key, query, hit[0], hit[1], hit[2])
            uow.commit()
    if hit[0] is not None and country and geocoded_outside(country, float(hit[0]), float(hit[1])):
        raise UserError(msg("{address} was found far outside {country}; check the address and the country, write "
                            "the position as LAT,LON, or right-click the map and choose 'Start my day here'.",
                            address=repr(address), country=country.upper()))
    if hit[0] is None:
        raise UserError(msg("{address} was not found; check it, write the position as LAT,LON, or right-click the "
                            "map and choose 'Start my day here'.", address=repr(address)))
    return float(hit[0]), float(hit[1]), hit[2]
