"""Use case: find coordinates for cases that have only an address.

Each answer is saved as it arrives (geocoding is slow and rate-limited; cancelling keeps what
was found). Results, including "not found", are cached per provider, so no address is ever sent
twice. Offline, the addresses stay in the queue and the user can pin them on the map.

A geocoder that asks to wait (HTTP 429/503 with ``Retry-After``) is waited for only up to
:data:`MAX_WAIT` seconds per request (at least :data:`MIN_WAIT`), in one-second steps that a
cancel interrupts; a longer wait stops the run at once with a sentence saying how long the
geocoder asks to wait.

Each address is searched within its case's country, and an answer far outside that country (a
Beijing address found in Madrid) is not stored: the case keeps its zone and lawful hours, and the
answer waits in the review queue for a person (keep it, or leave it out and correct the address
or pin the case on the map).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from fieldvisit.domain.case_places import geocoded_outside
from fieldvisit.domain.hold_review import AS_WRITTEN, GEOCODED_FIELD, ZONE_FIELD, position_text
from fieldvisit.domain.text import msg, wait_words
from fieldvisit.services.hold_review import move_to_zone
from fieldvisit.services.ports import Geocoder, GeocoderOffline, GeocoderRefused, UnitOfWork, ZoneLookup
from fieldvisit.services.progress import Progress, Work
from fieldvisit.services.window_review import corrections_for, lawful_hours

#: The longest wait (seconds) obeyed for one request when the geocoder sends Retry-After.
MAX_WAIT = 10.0
#: The shortest wait before asking again (seconds): a ``Retry-After: 0`` is not "at once".
MIN_WAIT = 1.0


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
    detail: str = ""  # why ("insecure": untrusted, not_https …; "error": the answer's error text)
    outside: int = 0  # answers far outside their case's country: not stored, sent to review

    def as_json(self) -> dict:
        return {"geocoded": self.geocoded, "failed": self.failed, "cached": self.cached,
                "pending": self.pending, "offline": self.offline, "refused": self.refused or None,
                "status": self.status, "retry_after": self.retry_after, "detail": self.detail or None,
                "outside_country": self.outside}

    @property
    def refusal(self) -> str:
        """The sentence for a refusal ("" when none): what happened and what to do."""
        if not self.refused:
            return ""
        status = f" (HTTP {self.status})" if self.status else ""
        pending = self.pending
        wait = self.retry_after
        if wait is not None and self.refused == "rate_limited":
            return msg("The geocoder refused: too many requests{status}; it asks to wait {wait} before trying "
                       "again. {pending} addresses wait in the queue.", status=status, wait=wait_words(wait),
                       pending=pending)
        if wait is not None and self.refused == "unavailable":
            return msg("The geocoder is unavailable{status}; it asks to wait {wait} before trying again. {pending} "
                       "addresses wait in the queue.", status=status, wait=wait_words(wait), pending=pending)
        if (reason := refused_reason(self.refused, self.where, self.detail)) is not None:
            return msg("{reason} {pending} addresses wait in the queue.", reason=reason, pending=pending)
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


def refused_reason(kind: str, where: str, detail: str):
    """The sentence for a refusal that names its cause (``insecure``: why the secure connection
    with ``where`` failed; ``error``: the error the geocoder answered), or None for the others."""
    if kind == "insecure":
        why, todo = _INSECURE.get(detail, _INSECURE["failed"])
        if where.lower().startswith("http:"):  # the server sent FieldVisit on to https
            return msg("The geocoder at {url} redirects to https but did not complete a secure connection: {why}; "
                       "{todo}.", url=where, why=why, todo=todo)
        return msg("The geocoder at {url} did not complete a secure connection: {why}; {todo}.", url=where, why=why,
                   todo=todo)
    if kind == "error":
        return msg("The geocoder answered with an error: {text}; check the geocoder URL and its settings, or try "
                   "again later.", text=repr(detail))
    return None


#: Why a secure connection failed (GeocoderRefused ``insecure``'s detail) and what to do.
_INSECURE = {
    "not_https": (msg("the server does not speak https"),
                  msg("check the geocoder URL (perhaps http:// rather than https://)")),
    "untrusted": (msg("its certificate is not trusted (self-signed or from an unknown authority)"),
                  msg("give the geocoder a certificate this computer trusts, or check the geocoder URL")),
    "expired": (msg("its certificate has expired"), msg("renew the geocoder's certificate")),
    "wrong_name": (msg("its certificate is for another name"),
                   msg("use the name the certificate is for in the geocoder URL")),
    "failed": (msg("the secure connection failed"), msg("check the geocoder URL (http or https) and try again")),
}


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


def _far_answer(uow: UnitOfWork, case_id: str, text: str, reason: str, open_text: str | None) -> bool:
    """An answer far outside the case's country (``text``: its position) goes to the review
    queue once: not when the same answer waits there already, nor when a person answered it
    before. True when that person said to keep it (as written); the case keeps its zone then
    too. Inside ``with uow``; the caller commits."""
    if open_text == text:
        return False
    decided = uow.window_reviews.decisions([case_id]).get((case_id, GEOCODED_FIELD, text))
    if decided is not None:
        return decided == ("corrected", AS_WRITTEN)
    if open_text is not None:  # another answer waited: this one replaces it
        uow.window_reviews.close([(case_id, GEOCODED_FIELD)], "geocoder", "another answer")
    uow.window_reviews.add_many([{"case_id": case_id, "column": GEOCODED_FIELD, "text": text, "error": reason}], None)
    return False


def query_for(address: str, country: str) -> str:
    text = re.sub(r"\s+", " ", address).strip()
    return f"{text}, {country}" if country and not text.upper().endswith(country.upper()) else text


def _asked_wait(geocoder: Geocoder, query: str, country: str, done: int, total: int, max_wait: float,
                sleep: Callable[[float], None]):
    """``geocoder.geocode(query, country)``, waiting once as the geocoder asks when it asks for
    at most ``max_wait`` seconds — and at least :data:`MIN_WAIT` — (yielding a Progress each
    second, so a cancel stops the wait)."""
    try:
        return geocoder.geocode(query, country)
    except GeocoderRefused as exc:
        if exc.retry_after is None or exc.retry_after > max_wait:
            raise
        left = max(exc.retry_after, MIN_WAIT)
    while left > 0:
        yield Progress(done, total, msg("The geocoder asks to wait {wait}", wait=wait_words(left)))
        sleep(min(1.0, left))
        left -= 1.0
    return geocoder.geocode(query, country)


def geocode_pending(uow: UnitOfWork, geocoder: Geocoder, zones: ZoneLookup | None = None, *, rules=None,
                    today: date | None = None, max_wait: float = MAX_WAIT,
                    sleep: Callable[[float], None] = time.sleep) -> Work[GeocodeSummary]:
    """Geocode the queue; with ``zones``, each found case also gets the time zone of its place
    (lawful hours depend on it), and an open review item asking for its zone is closed. A case
    whose zone changes keeps its windows' wall-clock times in the new zone, and an appointment
    held because its zone was unknown is read again in it (clipped to the lawful hours of
    ``rules``, a RuleBook; ``today`` dates relative texts), as when a person chooses the zone
    (:func:`fieldvisit.services.hold_review.move_to_zone`). An answer far outside the case's
    country is not stored and moves nothing: it goes to the review queue (``outside`` counts them).

    A Retry-After of at most ``max_wait`` seconds is waited for (``sleep`` in seconds) and the
    address asked again once; a longer one, or a second refusal, stops the run: the summary's
    ``refused``/``retry_after`` say why and for how long, and the rest stays in the queue."""
    summary = GeocodeSummary()
    with uow:
        queue = [c for c in uow.cases.needing_position() if c.address.strip()]
        # the cases whose zone is an open question (their appointment may wait for it), read once
        open_items = uow.window_reviews.pending()
        asked = {i["case_id"] for i in open_items if i["column"] == ZONE_FIELD}
        # answers far outside their country already waiting for a person: case id → the answer
        far_asked = {i["case_id"]: i["text"] for i in open_items if i["column"] == GEOCODED_FIELD}
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
                found = yield from _asked_wait(geocoder, query, case.country, done, total, max_wait, sleep)
            except GeocoderOffline:
                summary.offline = True
                summary.pending = total - done
                return summary
            except GeocoderRefused as exc:
                summary.refused, summary.status = exc.kind, exc.status
                summary.retry_after, summary.where, summary.detail = exc.retry_after, exc.where, exc.detail
                summary.pending = total - done
                return summary
            lat, lon, display = found if found else (None, None, "")
            with uow:
                uow.geocache.put(geocoder.key, query, lat, lon, display)
                uow.commit()
        with uow:
            far = geocoded_outside(case.country, lat, lon) if lat is not None else None
            if far:
                summary.outside += 1
                kept = _far_answer(uow, case.case_id, position_text(lat, lon), far, far_asked.get(case.case_id))
                # not stored, the zone untouched; kept only when a person said so before for this answer
                uow.cases.set_position(case.case_id, *((lat, lon, "geocoded") if kept else (None, None, "pending")))
            elif lat is not None:
                if case.case_id in far_asked:  # the address now reads in its country: the question is closed
                    uow.window_reviews.close([(case.case_id, GEOCODED_FIELD)], "geocoder",
                                             "found in the case's country")
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
