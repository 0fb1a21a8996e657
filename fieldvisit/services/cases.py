"""Use cases on the case list: listing (as of a date) and assigning to collectors."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from fieldvisit.domain.cases import Case
from fieldvisit.domain.names import match_name
from fieldvisit.domain.text import clip, msg, quoted
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork, ZoneLookup

LIST_WINDOW_DAYS = 7


def case_json(case: Case, as_of: date, promise: dict | None = None, to_review=frozenset()) -> dict:
    """A case as CLI.md's ``cases list`` describes it. Recurring windows are expanded over the
    week starting ``as_of``. ``to_review``: the fields waiting in the review queue — listed under
    ``to_review``, their values None (never 0.00 or no date, and never text in a number's place:
    CLI.md's money is a string decimal). A case with no due date at all has ``bucket`` and
    ``days_past_due`` None too (unknown, never 0 / M0)."""
    intervals = []
    for w in case.windows:
        if w.recurring:
            for offset in range(LIST_WINDOW_DAYS):
                intervals += [(s, e, w) for s, e in w.on(as_of + timedelta(days=offset))]
        else:
            intervals.append((w.start, w.end, w))
    intervals.sort(key=lambda t: t[0])
    pending = "due_date" in to_review
    unknown = not pending and not case.due_known  # the file gave no due date: not 0 days, not M0
    return {
        "case_id": case.case_id, "name": case.name, "status": case.status.value,
        "bucket": None if pending or unknown else case.bucket(as_of).value,
        "days_past_due": None if pending or unknown else case.days_past_due(as_of),
        "balance": None if "balance" in to_review or case.balance is None else str(case.balance),
        "currency": case.currency,
        "to_review": sorted(to_review), "lat": case.lat, "lon": case.lon,
        "geo_status": case.geo_status.value, "timezone": case.timezone, "country": case.country,
        "flags": sorted(f.value for f in case.flags), "collector": case.collector,
        "address": case.address, "extra": dict(case.extra),
        "windows": [{"start": s.isoformat(), "end": e.isoformat(), "recurring": w.recurring,
                     "place": w.place.value, "text": w.text} for s, e, w in intervals if not w.inconvenient],
        "inconvenient": [{"start": s.isoformat(), "end": e.isoformat(), "text": w.text}
                         for s, e, w in intervals if w.inconvenient],
        "promise": promise,
    }


def resolve_collector(uow: UnitOfWork, given: str, *, new_ok: bool = False) -> str:
    """The collector ``given`` names, ignoring accents and case (``gomez`` → ``Gómez``). Raises
    UserError with a "did you mean" when no collector matches; with ``new_ok`` an unknown name
    far from every known one is returned as typed (a new collector)."""
    with uow:
        names = [c.name for c in uow.collectors.list()]
    found, close = match_name(given, names)
    if found:
        return found
    if new_ok and not close:
        return given.strip()
    if close:
        suggestion = " or ".join(f"'{n}'" for n in close)
        if new_ok:
            raise UserError(msg("No collector named {given}; did you mean {suggestion}? To add a new collector "
                                "with this name, add --new.", given=quoted(given), suggestion=suggestion))
        raise UserError(msg("No collector named {given}; did you mean {suggestion}?", given=quoted(given),
                            suggestion=suggestion))
    known = ", ".join(names) or "none yet"
    raise UserError(msg("No collector named {given} (known: {known}); check the name with 'fieldvisit "
                        "collectors list'.", given=quoted(given), known=known))


def list_cases(uow: UnitOfWork, *, status: str | None = None, collector: str | None = None) -> list[Case]:
    with uow:
        return uow.cases.list(status=status, collector=collector)


def assign_cases(uow: UnitOfWork, collector: str, case_ids: Sequence[str] = (), *,
                 unassigned: bool = False) -> int:
    """Assign cases to a collector (created if new). Unknown case ids refuse the whole call."""
    return assign_cases_to(uow, collector, case_ids, unassigned=unassigned)["assigned"]


def assign_cases_to(uow: UnitOfWork, collector: str, case_ids: Sequence[str] = (), *,
                    unassigned: bool = False) -> dict:
    """Assign cases to a collector: ``{assigned, collector, new}``. A name matching an existing
    collector but for accents, case or spacing is that collector (no near-duplicate); another
    name is a new collector (``new`` True). Unknown case ids refuse the whole call."""
    from fieldvisit.services.collectors import find_collector

    if not collector.strip():
        raise UserError(msg('The collector name is empty; give --collector NAME.'))
    with uow:
        if unassigned:
            ids = uow.cases.unassigned()
        else:
            known = uow.cases.keys()
            missing = [c for c in case_ids if c not in known]
            if missing:
                shown = ", ".join(clip(c) for c in missing[:5]) + (" …" if len(missing) > 5 else "")
                raise UserError(msg("No case with id {shown}; nothing was assigned. Check the ids with 'fieldvisit "
                                    "cases list'.", shown=shown))
            ids = list(dict.fromkeys(case_ids))
        existing = find_collector(uow, collector.strip())
        target = existing or uow.collectors.get_or_create(collector.strip())
        count = uow.cases.assign(ids, target.id)
        uow.audit.append("assign", target.name, {"cases": len(ids)})
        uow.commit()
        return {"assigned": count, "collector": target.name, "new": existing is None}


def move_case(uow: UnitOfWork, case_id: str, lat: float, lon: float,
              zones: ZoneLookup | None = None) -> tuple[float | None, float | None]:
    """Correct a case's position by hand (marked as manually placed). Returns the old position,
    so the move can be undone."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise UserError(msg('{lat}, {lon} is not a position on Earth.', lat=lat, lon=lon))
    with uow:
        case = uow.cases.get(case_id)
        if case is None:
            raise UserError(msg('No case with id {case_id}.', case_id=clip(case_id)))
        old = (case.lat, case.lon)
        zone = zones.zone_for(case.country, lat, lon) if zones else None
        uow.cases.set_position(case_id, lat, lon, "manual", zone)
        uow.audit.append("position", case_id, {"from": list(old), "to": [lat, lon]})
        uow.commit()
    return old
