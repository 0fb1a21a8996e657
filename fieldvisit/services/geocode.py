"""Use case: find coordinates for cases that have only an address.

Each answer is saved as it arrives (geocoding is slow and rate-limited; cancelling keeps what
was found). Results, including "not found", are cached per provider, so no address is ever sent
twice. Offline, the addresses stay in the queue and the user can pin them on the map.

A geocoder that asks to wait (HTTP 429/503 with ``Retry-After``) is waited for only up to
:data:`MAX_WAIT` seconds per request, in one-second steps that a cancel interrupts; a longer wait
stops the run at once with a sentence saying how long the geocoder asks to wait.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from fieldvisit.domain.hold_review import ZONE_FIELD
from fieldvisit.domain.text import msg
from fieldvisit.services.hold_review import move_to_zone
from fieldvisit.services.ports import Geocoder, GeocoderOffline, GeocoderRefused, UnitOfWork, ZoneLookup
from fieldvisit.services.progress import Progress, Work
from fieldvisit.services.window_review import corrections_for, lawful_hours

#: The longest wait (seconds) obeyed for one request when the geocoder sends Retry-After.
MAX_WAIT = 10.0


@dataclass(slots=True)
class GeocodeSummary:
    geocoded: int = 0
    failed: int = 0
    cached: int = 0
    pending: int = 0
    offline: bool = False
    refused: str = ""  # GeocoderRefused.kind when the service stopped answering
    status: int | None = None
    retry_after: float | None = None  # seconds the geocoder asked to wait, when it said
    where: str = ""  # the URL nothing answered at / that closed the connection ("unreachable", "closed")

    def as_json(self) -> dict:
        return {"geocoded": self.geocoded, "failed": self.failed, "cached": self.cached,
                "pending": self.pending, "offline": self.offline, "refused": self.refused or None,
                "status": self.status, "retry_after": self.retry_after}

    @property
    def refusal(self) -> str:
        """The sentence for a refusal ("" when none): what happened and what to do."""
        if not self.refused:
            return ""
        status = f" (HTTP {self.status})" if self.status else ""
        pending = self.pending
        wait = self.retry_after
        if wait is not None and self.refused == "rate_limited":
            if wait < 120:
                return msg("The geocoder refused: too many requests{status}; it asks to wait {seconds} seconds "
                           "before trying again. {pending} addresses wait in the queue.", status=status,
                           seconds=max(1, math.ceil(wait)), pending=pending)
            return msg("The geocoder refused: too many requests{status}; it asks to wait {minutes} minutes before "
                       "trying again. {pending} addresses wait in the queue.", status=status,
                       minutes=math.ceil(wait / 60), pending=pending)
        if wait is not None and self.refused == "unavailable":
            if wait < 120:
                return msg("The geocoder is unavailable{status}; it asks to wait {seconds} seconds before trying "
                           "again. {pending} addresses wait in the queue.", status=status, seconds=max(1, math.ceil(wait)),
                           pending=pending)
            return msg("The geocoder is unavailable{status}; it asks to wait {minutes} minutes before trying "
                       "again. {pending} addresses wait in the queue.", status=status,
                       minutes=math.ceil(wait / 60), pending=pending)
        return {
            "rate_limited": msg("The geocoder refused: too many requests{status}; wait and try again. {pending} "
                                "addresses wait in the queue.", status=status, pending=pending),
            "quota": msg("The geocoder refused: this account's quota is used up{status}; try again later or use "
                         "another geocoder. {pending} addresses wait in the queue.", status=status,
                         pending=pending),
            "denied": msg("The geocoder refused access{status}; check the geocoder URL and its key. {pending} "
                          "addresses wait in the queue.", status=status, pending=pending),
            "timeout": msg("The geocoder did not answer in time; try again later. {pending} addresses wait in the "
                           "queue.", pending=pending),
            "unavailable": msg("The geocoder is unavailable{status}; try again later. {pending} addresses wait in "
                               "the queue.", status=status, pending=pending),
            "unreachable": msg("Nothing answers at {url}; check the geocoder URL and that the geocoder is running. "
                               "{pending} addresses wait in the queue.", url=self.where, pending=pending),
            "closed": msg("The geocoder at {url} closed the connection without answering; check the geocoder URL "
                          "(http or https) and that a geocoder runs there, or try again later. {pending} addresses "
                          "wait in the queue.", url=self.where, pending=pending),
            "unreadable": msg("The geocoder's answer could not be read; check the geocoder URL or try again later. "
                              "{pending} addresses wait in the queue.", pending=pending),
        }.get(self.refused) or msg("The geocoder failed{status}; try again later or check the geocoder URL. "
                                   "{pending} addresses wait in the queue.", status=status, pending=pending)


def _place_in_zone(uow: UnitOfWork, case_id: str, zone: str, rules, today: date | None) -> None:
    """The geocoded place's ``zone`` for the stored case: its windows and held appointment move
    to it (audited as ``zone_from_place``). The caller asks only when the zone is new to the case
    or a question about its zone is open."""
    case = uow.cases.get(case_id)
    if case is None:
        return
    before = case.timezone
    fields, reread = move_to_zone(uow, case, zone, by="geocoder", lawful=lawful_hours(rules, case.country),
                                  today=today, dayfirst=(uow.settings.get("country") or "") != "US",
                                  read_correction=corrections_for(rules, case.country))
    uow.cases.update_many([(uow.cases.keys([case_id])[case_id], case, frozenset(fields))], None)
    uow.audit.append("zone_from_place", case_id, {"before": before, "after": zone, "appointments_read": reread})


def query_for(address: str, country: str) -> str:
    text = re.sub(r"\s+", " ", address).strip()
    return f"{text}, {country}" if country and not text.upper().endswith(country.upper()) else text


def _asked_wait(geocoder: Geocoder, query: str, done: int, total: int, max_wait: float,
                sleep: Callable[[float], None]):
    """``geocoder.geocode(query)``, waiting once as the geocoder asks when it asks for at most
    ``max_wait`` seconds (yielding a Progress each second, so a cancel stops the wait)."""
    try:
        return geocoder.geocode(query)
    except GeocoderRefused as exc:
        if exc.retry_after is None or exc.retry_after > max_wait:
            raise
        left = exc.retry_after
    while left > 0:
        yield Progress(done, total, msg("The geocoder asks to wait {seconds} seconds", seconds=math.ceil(left)))
        sleep(min(1.0, left))
        left -= 1.0
    return geocoder.geocode(query)


def geocode_pending(uow: UnitOfWork, geocoder: Geocoder, zones: ZoneLookup | None = None, *, rules=None,
                    today: date | None = None, max_wait: float = MAX_WAIT,
                    sleep: Callable[[float], None] = time.sleep) -> Work[GeocodeSummary]:
    """Geocode the queue; with ``zones``, each found case also gets the time zone of its place
    (lawful hours depend on it), and an open review item asking for its zone is closed. A case
    whose zone changes keeps its windows' wall-clock times in the new zone, and an appointment
    held because its zone was unknown is read again in it (clipped to the lawful hours of
    ``rules``, a RuleBook; ``today`` dates relative texts), as when a person chooses the zone
    (:func:`fieldvisit.services.hold_review.move_to_zone`).

    A Retry-After of at most ``max_wait`` seconds is waited for (``sleep`` in seconds) and the
    address asked again once; a longer one, or a second refusal, stops the run: the summary's
    ``refused``/``retry_after`` say why and for how long, and the rest stays in the queue."""
    summary = GeocodeSummary()
    with uow:
        queue = [c for c in uow.cases.needing_position() if c.address.strip()]
        # the cases whose zone is an open question (their appointment may wait for it), read once
        asked = {i["case_id"] for i in uow.window_reviews.pending() if i["column"] == ZONE_FIELD}
    total = len(queue)
    for done, case in enumerate(queue):
        yield Progress(done, total, f"Geocoding {case.case_id}")
        query = query_for(case.address, case.country)
        with uow:
            hit = uow.geocache.get(geocoder.key, query)
        if hit is not None:
            summary.cached += 1
            lat, lon, _ = hit
        else:
            try:
                found = yield from _asked_wait(geocoder, query, done, total, max_wait, sleep)
            except GeocoderOffline:
                summary.offline = True
                summary.pending = total - done
                return summary
            except GeocoderRefused as exc:
                summary.refused, summary.status = exc.kind, exc.status
                summary.retry_after, summary.where = exc.retry_after, exc.where
                summary.pending = total - done
                return summary
            lat, lon, display = found if found else (None, None, "")
            with uow:
                uow.geocache.put(geocoder.key, query, lat, lon, display)
                uow.commit()
        with uow:
            if lat is not None:
                zone = zones.zone_for(case.country, lat, lon) if zones else None
                if zone and (zone != case.timezone or case.case_id in asked):  # before the zone is stored
                    _place_in_zone(uow, case.case_id, zone, rules, today)
                uow.cases.set_position(case.case_id, lat, lon, "geocoded", zone)
                if zone:  # the place now tells the zone an import could not: its question is closed
                    uow.window_reviews.close([(case.case_id, "timezone")], "geocoder",
                                             f"{zone}, from the geocoded address")
                summary.geocoded += hit is None
            else:
                uow.cases.set_position(case.case_id, None, None, "failed")
                summary.failed += 1
            uow.commit()
    yield Progress(total, total, "Geocoding finished")
    return summary
