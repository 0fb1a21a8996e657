"""Use cases of the review items that hold a case (see :mod:`fieldvisit.domain.hold_review`):
an unclear condition cell (``Deceased: maybe`` — the case stays held, out of every plan, until a
person says which flags the text means, or none), a time zone no evidence decides (the
appointment text held with it is read again in the zone a person chooses) and implausible
coordinates (kept as written, swapped, or left out so the address is geocoded). Every answer is
audited; a later import with the same text for the case gets the same answer again instead of
a new item. Called by :mod:`fieldvisit.services.window_review`, which owns the queue."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from fieldvisit.domain.case_places import zone_undecided
from fieldvisit.domain.cases import GeoStatus
from fieldvisit.domain.hold_review import (
    GEOCODE, GEOCODED_FIELD, POSITION_FIELD, ZONE_FIELD, HoldReviewError, flag_candidates, hold_flag, is_flag_column, is_yes_no,
    position_of, read_flag_answer, read_position_answer, read_zone, review_kind, zone_candidates,
)
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork


_HEADER = re.compile(r" in (.+?) is (?:neither|no) ")


def describe_hold(item: dict, case) -> dict:
    """The keys :func:`~fieldvisit.services.window_review.pending_reviews` adds for a hold item:
    ``kind`` (``flag``/``timezone``/``position``), ``candidates`` (answers to pick), ``now``
    (what the case has now: its flags, its zone, its coordinates) and, for a flag, ``header``
    (the file's column, e.g. ``Deceased``)."""
    kind = review_kind(item["column"])
    if kind == "flag":
        named = _HEADER.search(item["error"])  # flag_columns names the file's header in its reason
        return {"kind": kind, "candidates": flag_candidates(item["column"], item["text"]),
                "now": ", ".join(sorted(f.value for f in case.flags)) or "none",
                "header": named.group(1) if named else item["column"]}
    if kind == "timezone":
        return {"kind": kind, "candidates": zone_candidates(case.country), "now": case.timezone}
    if item["column"] == GEOCODED_FIELD:  # a geocoder's answer far outside the country: keep or leave out
        return {"kind": kind, "candidates": ["geocode", "as written"],
                "now": f"{case.lat}, {case.lon}" if case.lat is not None else "no position"}
    swapped = "look swapped" in item["error"]  # the answer the reason points to comes first
    return {"kind": kind, "candidates": ["swapped", "geocode", "as written"] if swapped else
            ["geocode", "as written", "swapped"],
            "now": f"{case.lat}, {case.lon}" if case.lat is not None else "geocoded from the address"}


def read_answer(item: dict, text: str) -> str:
    """What saving ``text`` as the answer to ``item`` would do, in one line (the editor's live
    reading); raises HoldReviewError when it does not settle the item."""
    kind = review_kind(item["column"])
    if kind == "flag":
        flags = read_flag_answer(item["column"], text)
        held = hold_flag(item["column"]).value
        if flags:
            return msg("flags: {flags}", flags=", ".join(sorted(f.value for f in flags)))
        return msg("no flag: the hold ({flag}) is lifted", flag=held.replace("_", " "))
    if kind == "timezone":
        return msg("time zone {zone}", zone=read_zone(text))
    position = position_of(item["text"], read_position_answer(text))
    if position is None and item["column"] == GEOCODED_FIELD:
        return msg("the answer left out: correct the address or place the case on the map")
    if position is None:
        return msg("coordinates left out: the address is geocoded")
    return msg("coordinates {lat}, {lon}", lat=position[0], lon=position[1])


def resolve_hold(uow: UnitOfWork, item: dict, case, text: str, *, by: str, lawful, today: date | None,
                 dayfirst: bool, read_correction) -> str:
    """Settle a hold item with a person's answer (inside ``with uow``; commits). Returns the
    answer as stored (``deceased``, ``none``, ``America/Chicago``, ``swapped``). Raises
    UserError when the answer does not settle it."""
    try:
        kind = review_kind(item["column"])
        if kind == "flag":
            answer = _settle_flags(uow, item, case, text)
        elif kind == "timezone":
            answer = _settle_zone(uow, item, case, text, by=by, lawful=lawful, today=today, dayfirst=dayfirst,
                                  read_correction=read_correction)
        else:
            answer = _settle_position(uow, item, case, text)
    except HoldReviewError as exc:
        raise UserError(str(exc)) from None
    uow.window_reviews.resolve(item["id"], by, answer)
    uow.commit()
    return answer


def _others_holding(uow: UnitOfWork, item: dict) -> bool:
    """Another open item of the case holds it with the same flag (both must be settled)."""
    flag = hold_flag(item["column"])
    return any(o["case_id"] == item["case_id"] and o["id"] != item["id"] and is_flag_column(o["column"])
               and hold_flag(o["column"]) is flag for o in uow.window_reviews.pending())


def _settle_flags(uow: UnitOfWork, item: dict, case, text: str) -> str:
    chosen = read_flag_answer(item["column"], text)
    held = hold_flag(item["column"])
    lifted = set() if held in chosen or _others_holding(uow, item) else {held}
    before = case.flags
    after = (before - lifted) | chosen
    uow.cases.set_flags(case.case_id, after)
    answer = ", ".join(sorted(f.value for f in chosen)) or "none"
    uow.audit.append("flag_review", case.case_id, {
        "column": item["column"], "before": item["text"], "after": answer,
        "flags_before": sorted(f.value for f in before), "flags_after": sorted(f.value for f in after)})
    return answer


def in_zone(windows: list, zone: str) -> list:
    """The same wall-clock times in ``zone`` (they were read in a zone nobody knew)."""
    out = []
    for w in windows:
        if w.recurring:
            out.append(replace(w, tz=zone))
        else:
            old, new = ZoneInfo(w.tz), ZoneInfo(zone)
            out.append(replace(w, tz=zone, start=w.start.astimezone(old).replace(tzinfo=new),
                               end=w.end.astimezone(old).replace(tzinfo=new)))
    return out


def _settle_zone(uow: UnitOfWork, item: dict, case, text: str, *, by: str, lawful, today, dayfirst,
                 read_correction) -> str:
    zone = read_zone(text)
    before = case.timezone
    fields, reread = move_to_zone(uow, case, zone, by=by, lawful=lawful, today=today, dayfirst=dayfirst,
                                  read_correction=read_correction)
    key = uow.cases.keys([case.case_id])[case.case_id]
    uow.cases.update_many([(key, case, frozenset(fields))], None)
    uow.audit.append("zone_review", case.case_id, {"before": before, "after": zone, "evidence": item["text"],
                                                   "appointments_read": reread})
    return zone


def move_to_zone(uow: UnitOfWork, case, zone: str, *, by: str, lawful, today, dayfirst,
                 read_correction) -> tuple[set[str], list[dict]]:
    """Put ``case`` (changed in place, not stored) in the IANA ``zone``: its windows keep their
    wall-clock times (a debtor's times are local to their place), and each appointment held because
    its zone was unknown is read again in ``zone`` — when it now reads in full, its review item is
    resolved by ``by`` and its windows replace the case's appointment windows. Returns the case's
    fields to store (``timezone``, ``windows``, ``appointment_text``) and ``[{id, windows}]`` of the
    items read again, for the audit. Called inside ``with uow``."""
    case.timezone = zone
    case.windows = in_zone(case.windows, zone)
    fields = {"timezone", "windows"}
    reread = []
    for held in uow.window_reviews.pending():  # the appointment held because the zone was unknown
        if held["case_id"] != case.case_id or held["column"] != "appointment" or not zone_undecided(held["error"]):
            continue
        parsed = read_correction(held["text"], zone, lawful=lawful, today=today, dayfirst=dayfirst)
        if parsed.errors or not parsed.windows:
            continue  # still unreadable: it stays in the queue, now without the zone question
        case.windows = [w for w in case.windows if w.inconvenient] + list(parsed.windows)
        case.appointment_text = held["text"]
        fields.add("appointment_text")
        uow.window_reviews.resolve(held["id"], by, held["text"])
        reread.append({"id": held["id"], "windows": [w.describe() for w in parsed.windows]})
    return fields, reread


def _settle_position(uow: UnitOfWork, item: dict, case, text: str) -> str:
    choice = read_position_answer(text)
    position = position_of(item["text"], choice)
    if position is not None:  # the zone stays as it is: a person keeps the point, not its zone
        status = GeoStatus.GEOCODED if item["column"] == GEOCODED_FIELD else GeoStatus.FROM_FILE
        uow.cases.set_position(case.case_id, position[0], position[1], status.value)
    uow.audit.append("position_review", case.case_id, {"written": item["text"], "answer": choice,
                                                       "stored": list(position) if position else None})
    return choice


def zone_pending(uow: UnitOfWork, case_id: str) -> dict | None:
    """The open time-zone item of ``case_id``, if any (its appointment waits for it)."""
    return next((i for i in uow.window_reviews.pending() if i["case_id"] == case_id and i["column"] == ZONE_FIELD),
                None)


def apply_hold_decisions(uow: UnitOfWork, by_id: dict, review: list[dict], decided: dict,
                         readings: dict | None) -> tuple[list[dict], int, set[str]]:
    """At import, for the hold items of ``review`` (the other items are passed through): the
    answer a person gave to the same text for the case is given again — flags into the row's
    flag ``readings`` (``case_id → (row, FlagReading)``) and the case, the zone, the
    coordinates — and the item is marked ``decided`` with the fields to store. A stored case
    whose zone is known (no open zone item, a zone other than the one the row fell back to)
    keeps it: no item. Returns the items left, how many were settled, and the ids of the cases
    whose zone is now known (their held appointment can be read)."""
    left, reused, zoned = [], 0, set()
    zone_ids = [i["case_id"] for i in review if i["column"] == ZONE_FIELD]
    stored = uow.cases.keys(zone_ids) if zone_ids else {}
    open_zone = {i["case_id"] for i in uow.window_reviews.pending() if i["column"] == ZONE_FIELD} if stored else set()
    known_zones = _stored_zones(uow, [cid for cid in stored if cid not in open_zone])
    for item in review:
        kind = review_kind(item["column"])
        case = by_id.get(item["case_id"])
        if not kind or case is None:
            left.append(item)
            continue
        decision = decided.get((item["case_id"], item["column"], item["text"]))
        if kind == "timezone" and decision is None and case.case_id in known_zones:
            known = known_zones[case.case_id]
            if known != case.timezone:
                case.timezone = known  # the stored zone stands (present: not written again)
                case.windows = in_zone(case.windows, known)
                zoned.add(case.case_id)
                reused += 1
                continue
        if decision is None:
            left.append(item)
            continue
        action, answer = decision
        try:
            if action != "corrected":  # dismissed: left as it was, not asked again
                pass
            elif kind == "flag":
                _flags_again(item, case, read_flag_answer(item["column"], answer), readings)
            elif kind == "timezone":
                case.timezone = read_zone(answer)
                case.windows = in_zone(case.windows, case.timezone)
                item["decided"] = {"timezone"}  # the row's windows, if it has any, are stored as read
                zoned.add(case.case_id)
            else:
                position = position_of(item["text"], read_position_answer(answer))
                if position is not None:
                    case.lat, case.lon = position
                    case.geo_status = GeoStatus.FROM_FILE
                    item["decided"] = {"lat", "lon", "geo_status"}
        except HoldReviewError:
            left.append(item)
            continue
        reused += 1
    return left, reused, zoned


def _stored_zones(uow: UnitOfWork, case_ids: list[str]) -> dict[str, str]:
    """``case_id → stored zone`` of these cases: one by one for a few, else all cases in one read."""
    if not case_ids:
        return {}
    if len(case_ids) <= 50:
        return {cid: case.timezone for cid in case_ids if (case := uow.cases.get(cid)) is not None}
    wanted = set(case_ids)
    return {case.case_id: case.timezone for case in uow.cases.list() if case.case_id in wanted}


def _flags_again(item: dict, case, chosen, readings: dict | None) -> None:
    """The row's flag reading with a person's earlier answer for this cell instead of the hold."""
    held = hold_flag(item["column"])
    found = (readings or {}).get(case.case_id)
    if found is None:
        case.flags = (case.flags - {held}) | chosen
        return
    reading = found[1]  # shared by the rows with the same flag cells: changed in a copy
    cleared = reading.cleared | {held} if is_yes_no(item["column"]) and held not in chosen else reading.cleared
    reading = replace(reading, flags=(reading.flags - ({held} - chosen)) | chosen, cleared=cleared,
                      review=[r for r in reading.review if r[0] != item["column"]])
    readings[case.case_id] = (found[0], reading)
    case.flags = reading.flags


def reread_held(item: dict, case, reread) -> bool:
    """An appointment held only because the zone was unknown, read in the zone now known
    (``reread(case, text)`` → windows); True when it read (the item is then decided)."""
    if item["column"] != "appointment" or not zone_undecided(item["error"]):
        return False
    windows = reread(case, item["text"])
    if not windows:
        return False
    case.windows = [w for w in case.windows if w.inconvenient] + list(windows)
    case.appointment_text = item["text"]
    item["decided"] = {"windows", "appointment_text"}
    return True


def lift_settled_holds(uow: UnitOfWork, good: list, readings: dict, said_flags: list, review: list[dict]) -> list:
    """At import (inside ``with uow``): a flag column whose earlier unclear cell holds a stored
    case (an open item) and whose cell now reads (``Bloqueos: ninguno``, ``abogado``) lifts that
    hold, unless the row itself sets the flag. The row's reading clears it (and joins
    ``readings``); returns ``good`` with ``flags`` among the fields to store for those cases."""
    if not said_flags:
        return good
    raised = {(r["case_id"], r["column"]) for r in review}
    by_case = dict(said_flags)
    rows = {case.case_id: n for n, case, _ in good}
    lifted: set[str] = set()
    for item in uow.window_reviews.pending():
        reading = by_case.get(item["case_id"])
        column = item["column"]
        if reading is None or not is_flag_column(column) or column not in reading.said \
                or (item["case_id"], column) in raised:
            continue
        held = hold_flag(column)
        if held in reading.flags:
            continue
        base = readings.get(item["case_id"], (rows.get(item["case_id"], 0), reading))
        # the reading is shared by the rows with the same flag cells: changed in a copy
        readings[item["case_id"]] = (base[0], replace(base[1], cleared=base[1].cleared | {held}))
        lifted.add(item["case_id"])
    if not lifted:
        return good
    return [(n, case, present | {"flags"}) if case.case_id in lifted else (n, case, present)
            for n, case, present in good]


#: Row fields that tell where a case is: a row with one of them answers an open zone question anew.
_PLACE_FIELDS = frozenset({"timezone", "lat", "country", "address"})


def held_columns(uow: UnitOfWork, good: list, review: list[dict], said_flags: list) -> list[tuple[str, str]]:
    """``(case_id, column)`` of the open hold items an import replaces (read inside ``with uow``,
    before the publishing transaction: nothing to do when none is open): a flag column not blank
    on the case's row (``said_flags``: ``[(case_id, FlagReading)]``), a zone or coordinates the
    row gives again (``good``: ``[(row, case, present)]``), and every hold item this import
    raises anew."""
    open_items = {(i["case_id"], i["column"]) for i in uow.window_reviews.pending() if review_kind(i["column"])}
    if not open_items:
        return []
    out = [(case_id, column) for case_id, reading in said_flags for column in reading.said]
    for _, case, present in good:
        if not _PLACE_FIELDS.isdisjoint(present):
            out.append((case.case_id, ZONE_FIELD))
        if "lat" in present:
            out.append((case.case_id, POSITION_FIELD))
        if "lat" in present or "address" in present or "country" in present:  # the geocoder's answer is moot
            out.append((case.case_id, GEOCODED_FIELD))
    out += [(r["case_id"], r["column"]) for r in review if review_kind(r["column"])]
    return [key for key in out if key in open_items]


__all__ = ["held_columns", "lift_settled_holds", "POSITION_FIELD", "ZONE_FIELD", "GEOCODE", "apply_hold_decisions", "describe_hold", "read_answer",
           "reread_held", "resolve_hold", "zone_pending"]
