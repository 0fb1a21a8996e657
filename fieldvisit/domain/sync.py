"""What travels between the office and the laptops, as plain data (no crypto, no storage):

- an **assignment pack** (supervisor → collector): the collector's cases with their windows,
  payments received since the previous pack, recalls, review comments and acknowledgements;
- a **visit-report bundle** (collector → office): finalized visits the office has not yet
  acknowledged, sequence-numbered per device.

Cases travel as JSON and come back as the same ``Case`` (round trip tested with hypothesis).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fieldvisit.domain.cases import Case, CaseStatus, Flag, FlagError, GeoStatus, parse_flags
from fieldvisit.domain.limits import DEFAULT_FIELD_CHARS, field_limit, too_long
from fieldvisit.domain.strict_json import depth
from fieldvisit.domain.windows import Place, Window

PACK_VERSION = 1
BUNDLE_VERSION = 1
REVIEW_STATUSES = ("approved", "has_issues", "rejected")


class PayloadError(ValueError):
    """A pack or bundle whose content is not what FieldVisit writes; one sentence for the user."""


def window_to_json(w: Window) -> dict:
    return {"tz": w.tz, "start": w.start.isoformat() if w.start else None,
            "end": w.end.isoformat() if w.end else None, "weekdays": list(w.weekdays),
            "start_time": w.start_time.isoformat() if w.start_time else None,
            "end_time": w.end_time.isoformat() if w.end_time else None,
            "place": w.place.value, "text": w.text, "inconvenient": w.inconvenient}


def window_from_json(d: dict) -> Window:
    if not isinstance(d, dict):
        raise PayloadError("a window in the pack is not an object")
    tz = _text(d.get("tz"), "timezone", "window time zone")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise PayloadError(f"a window's time zone {tz[:64]!r} is unknown") from None
    start, end = _moment(d.get("start"), "window start"), _moment(d.get("end"), "window end")
    weekdays = _list(d.get("weekdays"), "window weekdays", limit=7)
    if not all(type(x) is int and 0 <= x <= 6 for x in weekdays):
        raise PayloadError("a window's weekdays are not 0 (Monday) to 6")
    try:
        return Window(tz=tz, start=start, end=end, weekdays=tuple(weekdays),
                      start_time=time.fromisoformat(_text(d.get("start_time"), "timezone", "window time"))
                      if d.get("start_time") else None,
                      end_time=time.fromisoformat(_text(d.get("end_time"), "timezone", "window time"))
                      if d.get("end_time") else None,
                      place=Place(d.get("place") or ""), text=_text(d.get("text"), "text", "window text"),
                      inconvenient=bool(d.get("inconvenient")))
    except (TypeError, ValueError) as exc:
        raise PayloadError(f"a window in the pack is malformed ({str(exc)[:80]})") from None


# --- field checks: every value a pack or bundle carries is checked before it is used ----------

MAX_SEQ = 2 ** 53  # JSON's exact integers; SQLite's and PostgreSQL's integers hold more


def _text(value, field: str, what: str, *, required: bool = False) -> str:
    """A string field within its limit (``None`` reads as ""); PayloadError otherwise."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise PayloadError(f"its {what} is not text")
    if required and not value.strip():
        raise PayloadError(f"its {what} is empty")
    if too_long(field, value):
        raise PayloadError(f"its {what} is longer than {field_limit(field)} characters")
    return value


def _extra(value) -> dict[str, str]:
    """The information columns kept from the case file: a small object of texts."""
    if value is None:
        return {}
    if not isinstance(value, dict) or len(value) > 200:
        raise PayloadError("its extra information is not a small object of texts")
    return {_text(k, "notes", "extra information"): _text(v, "notes", "extra information")
            for k, v in value.items()}


def _list(value, what: str, *, limit: int = 10_000_000) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise PayloadError(f"its {what} is not a list")
    if len(value) > limit:
        raise PayloadError(f"it has more than {limit} {what}")
    return value


def _moment(value, what: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        t = datetime.fromisoformat(_text(value, "timezone", what))
    except ValueError:
        raise PayloadError(f"its {what} is not a time") from None
    if t.tzinfo is None:
        raise PayloadError(f"its {what} has no time zone")
    return t


def _day(value, what: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(_text(value, "timezone", what))
    except ValueError:
        raise PayloadError(f"its {what} is not a date") from None


def _decimal(value, what: str, *, optional: bool = False) -> Decimal | None:
    if optional and value in (None, ""):
        return None
    if not isinstance(value, str) or len(value) > 40:
        raise PayloadError(f"its {what} is not an amount")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise PayloadError(f"its {what} is not an amount") from None
    if not amount.is_finite() or abs(amount) >= Decimal(10) ** 15:
        raise PayloadError(f"its {what} is not a sensible amount")
    return amount


def _coordinate(value, what: str, bound: float) -> float | None:
    if value is None:
        return None
    if type(value) not in (int, float) or not -bound <= value <= bound:  # NaN fails the comparison
        raise PayloadError(f"its {what} is not a coordinate")
    return float(value)


def _seq(value, what: str = "sequence number") -> int:
    if type(value) is not int or not 1 <= value <= MAX_SEQ:
        raise PayloadError(f"its {what} is not a whole number from 1 to {MAX_SEQ}")
    return value


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def case_to_json(c: Case) -> dict:
    """Everything a collector needs of a case (not who it is assigned to: that is the pack's)."""
    return {"case_id": c.case_id, "name": c.name, "address": c.address, "work_address": c.work_address,
            "lat": c.lat, "lon": c.lon, "geo_status": c.geo_status.value, "country": c.country,
            "timezone": c.timezone, "due_date": _iso(c.due_date),
            "balance": None if c.balance is None else str(c.balance),
            "currency": c.currency, "last_payment_date": _iso(c.last_payment_date),
            "last_payment_amount": None if c.last_payment_amount is None else str(c.last_payment_amount),
            "phone": c.phone, "flags": sorted(f.value for f in c.flags), "notes": c.notes,
            "status": c.status.value, "appointment_text": c.appointment_text,
            "windows": [window_to_json(w) for w in c.windows], "extra": dict(c.extra)}


def case_from_json(d: dict, collector: str | None = None) -> Case:
    """The case a pack carries, every field checked; PayloadError names the case and the field."""
    if not isinstance(d, dict):
        raise PayloadError("a case in the pack is not an object")
    case_id = d.get("case_id")
    if not isinstance(case_id, str) or not case_id.strip() or too_long("case_id", case_id):
        raise PayloadError("a case in the pack has no valid case_id")
    try:
        try:
            flags = parse_flags(",".join(_text(f, "flags", "flag") for f in _list(d.get("flags"), "flags", limit=20)))
            geo, status = GeoStatus(d.get("geo_status") or "pending"), CaseStatus(d.get("status") or "open")
        except (FlagError, ValueError, TypeError):
            raise PayloadError("its flags, location status or status are unknown") from None
        country, currency = _text(d.get("country"), "country", "country"), _text(d.get("currency"), "currency", "currency")
        zone = _text(d.get("timezone"), "timezone", "time zone")
        if not re.fullmatch(r"([A-Z]{2})?", country) or not re.fullmatch(r"([A-Z]{3})?", currency):
            raise PayloadError("its country or currency is not a code such as ES or EUR")
        if zone:
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                raise PayloadError("its time zone is unknown") from None
        return Case(
            case_id=case_id, name=_text(d.get("name"), "name", "name"),
            address=_text(d.get("address"), "address", "address"),
            work_address=_text(d.get("work_address"), "work_address", "work address"),
            lat=_coordinate(d.get("lat"), "latitude", 90), lon=_coordinate(d.get("lon"), "longitude", 180),
            geo_status=geo, country=country, timezone=zone, due_date=_day(d.get("due_date"), "due date"),
            balance=_decimal(d.get("balance"), "balance", optional=True), currency=currency,
            last_payment_date=_day(d.get("last_payment_date"), "last payment date"),
            last_payment_amount=_decimal(d.get("last_payment_amount"), "last payment", optional=True),
            phone=_text(d.get("phone"), "phone", "phone"), flags=flags, collector=collector,
            notes=_text(d.get("notes"), "notes", "notes"), status=status,
            windows=[window_from_json(w) for w in _list(d.get("windows"), "windows", limit=500)],
            appointment_text=_text(d.get("appointment_text"), "appointment_text", "appointment text"),
            extra=_extra(d.get("extra")))
    except PayloadError as exc:
        raise PayloadError(f"case {case_id[:120]} in the pack is malformed: {exc}") from None


def in_hand(case: Case) -> bool:
    """Whether a case belongs in a collector's pack: open and not disputed. Paid, closed,
    disputed and reassigned cases are recalled."""
    return case.status is CaseStatus.OPEN and Flag.DISPUTE not in case.flags


def recalled(previously_sent: list[str] | set[str], now_in_hand: set[str]) -> list[str]:
    """Cases the collector had from the previous packs and must give back."""
    return sorted(set(previously_sent) - now_in_hand)


def gaps(seqs: set[int]) -> list[int]:
    """Sequence numbers missing below the highest received (bundles that never arrived)."""
    return [n for n in range(1, max(seqs) + 1) if n not in seqs] if seqs else []


#: How far past the last pack imported from an office a pack's number may jump. An office writes
#: a few packs a day per collector; a bigger jump is a forged or broken number, refused, so that it
#: cannot make every later real pack look old.
MAX_SEQ_JUMP = 10_000


def pack_order(seq: int, sha256: str, same_sender: list[tuple], series: int = 0) -> str:
    """Where an incoming pack stands: ``"again"`` (this very file was imported before: a no-op),
    ``"older"`` (a pack with this or a higher sequence number from the same office and series is
    already in, or a pack of an older series: refused), ``"jump"`` (its number is more than
    :data:`MAX_SEQ_JUMP` past the last one: refused) or ``"new"``. ``same_sender``: (seq, sha256)
    or (seq, sha256, series) of packs imported from its sender.

    A *series* (an office's announced restart, see :func:`fieldvisit.services.packs.new_series`)
    orders first: a pack of a newer series starts the numbering afresh — the recovery for an office
    restored from a backup (its numbers went back) or after a forged far-future number. Only the
    sender's numbers order packs, never its clock: a pack dated 2099 by a wrong clock blocks nothing."""
    seen = [(s[0], s[1], s[2] if len(s) > 2 else 0) for s in same_sender]
    if any(s_sha == sha256 for _, s_sha, _ in seen):
        return "again"
    latest = max((sr for _, _, sr in seen), default=0)
    if series < latest:
        return "older"
    if series > latest:  # the office's signed restart: its numbers count afresh from here
        return "new"
    last = max((s for s, _, sr in seen if sr == series), default=0)
    if seq <= last:
        return "older"
    if seq > last + MAX_SEQ_JUMP:
        return "jump"
    return "new"


def check_pack(payload: dict) -> dict:
    """Every field of an assignment pack, checked (types, limits, dates); returns it, or raises
    PayloadError. Cases are checked by :func:`case_from_json`."""
    if not isinstance(payload, dict) or payload.get("type") != "pack" or payload.get("version") != PACK_VERSION:
        raise PayloadError("the file is not an assignment pack this version of FieldVisit can read")
    for key, kind in (("seq", int), ("collector", str), ("created_at", str), ("cases", list), ("recalled", list),
                      ("reviews", list), ("acks", list), ("payments", list)):
        if not isinstance(payload.get(key), kind):
            raise PayloadError(f"the pack has no valid '{key}'")
    _seq(payload["seq"])
    if payload.get("series") is not None:
        _seq(payload["series"], "series")
    _text(payload["collector"], "collector", "collector", required=True)
    _text(payload.get("supervisor"), "by", "supervisor")
    if _moment(payload["created_at"], "creation time") is None:
        raise PayloadError("the pack has no valid 'created_at'")
    for cid in _list(payload["recalled"], "recalled cases"):
        _text(cid, "case_id", "recalled case id", required=True)
    for vid in _list(payload["acks"], "acknowledgements"):
        _text(vid, "visit_id", "acknowledged visit id", required=True)
    for p in _list(payload["payments"], "payments"):
        if not isinstance(p, dict):
            raise PayloadError("a payment in the pack is not an object")
    reviews = []
    for r in _list(payload["reviews"], "reviews"):
        if not isinstance(r, dict) or r.get("status") not in REVIEW_STATUSES:
            raise PayloadError("a review in the pack is malformed")
        at = _moment(r.get("at"), "review time")
        if at is None:
            raise PayloadError("a review in the pack has no time")
        reviews.append({"visit_id": _text(r.get("visit_id"), "visit_id", "reviewed visit id", required=True),
                        "status": r["status"], "comment": _text(r.get("comment"), "comment", "review comment"),
                        "by": _text(r.get("by"), "by", "reviewer", required=True), "at": r["at"]})
    overrides = []
    for o in _list(payload.get("overrides"), "overrides"):
        if not isinstance(o, dict):
            raise PayloadError("an override in the pack is not an object")
        day = _day(o.get("day"), "override's day")
        overrides.append({"case_id": _text(o.get("case_id"), "case_id", "override's case id", required=True),
                          "day": day.isoformat() if day else None,
                          "by": _text(o.get("by"), "by", "override's author", required=True),
                          "reason": _text(o.get("reason"), "reason", "override's reason", required=True)})
    # what the import uses is exactly what was checked
    return {**payload, "reviews": reviews, "overrides": overrides}


def check_bundle(payload: dict) -> dict:
    """Every envelope field of a visit-report bundle, checked; the visits' own content is checked
    one by one at import (a bad visit is rejected, the others imported)."""
    if not isinstance(payload, dict) or payload.get("type") != "bundle" or payload.get("version") != BUNDLE_VERSION:
        raise PayloadError("the file is not a visit-report bundle this version of FieldVisit can read")
    for key, kind in (("seq", int), ("collector", str), ("created_at", str), ("visits", list)):
        if not isinstance(payload.get(key), kind):
            raise PayloadError(f"the bundle has no valid '{key}'")
    _seq(payload["seq"])
    _text(payload["collector"], "collector", "collector")
    if _moment(payload["created_at"], "creation time") is None:
        raise PayloadError("the bundle has no valid 'created_at'")
    for v in payload["visits"]:
        if not isinstance(v, dict) or not isinstance(v.get("data"), dict):
            raise PayloadError("a visit in the bundle is malformed")
        if type(v.get("version")) is not int or not 1 <= v["version"] <= 10_000:
            raise PayloadError("a visit in the bundle has no valid version")
        if _moment(v.get("recorded_at"), "recording time") is None:
            raise PayloadError("a visit in the bundle has no valid recording time")
        warnings = _list(v.get("warnings"), "warnings", limit=100)
        if not all(isinstance(w, str) and len(w) <= 2000 for w in warnings):
            raise PayloadError("a visit in the bundle has malformed warnings")
        if v.get("prep") is not None and not isinstance(v["prep"], dict):
            raise PayloadError("a visit in the bundle has a malformed preparation record")
        if depth(v) > 8:  # a visit is 5 levels deep at most
            raise PayloadError("a visit in the bundle is nested more deeply than any visit is")
        if longest_text(v) > DEFAULT_FIELD_CHARS:
            raise PayloadError(f"a visit in the bundle has a text longer than {DEFAULT_FIELD_CHARS} characters")
    return payload


def longest_text(value, depth: int = 0) -> int:
    """The longest string anywhere in a JSON value (keys included); deeper than 20 levels counts as too long."""
    if depth > 20:
        return 1 << 62
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return max([0] + [max(len(str(k)), longest_text(v, depth + 1)) for k, v in value.items()])
    if isinstance(value, list):
        return max([0] + [longest_text(v, depth + 1) for v in value])
    return 0
