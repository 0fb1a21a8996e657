"""What travels between the office and the laptops, as plain data (no crypto, no storage):

- an **assignment pack** (supervisor → collector): the collector's cases with their windows,
  payments received since the previous pack, recalls, review comments and acknowledgements;
- a **visit-report bundle** (collector → office): finalized visits the office has not yet
  acknowledged, sequence-numbered per device.

Cases travel as JSON and come back as the same ``Case`` (round trip tested with hypothesis).
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from fieldvisit.domain.cases import Case, CaseStatus, Flag, GeoStatus, parse_flags
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
    return Window(tz=d["tz"], start=datetime.fromisoformat(d["start"]) if d.get("start") else None,
                  end=datetime.fromisoformat(d["end"]) if d.get("end") else None,
                  weekdays=tuple(int(x) for x in d.get("weekdays") or ()),
                  start_time=time.fromisoformat(d["start_time"]) if d.get("start_time") else None,
                  end_time=time.fromisoformat(d["end_time"]) if d.get("end_time") else None,
                  place=Place(d.get("place") or ""), text=d.get("text") or "",
                  inconvenient=bool(d.get("inconvenient")))


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def case_to_json(c: Case) -> dict:
    """Everything a collector needs of a case (not who it is assigned to: that is the pack's)."""
    return {"case_id": c.case_id, "name": c.name, "address": c.address, "work_address": c.work_address,
            "lat": c.lat, "lon": c.lon, "geo_status": c.geo_status.value, "country": c.country,
            "timezone": c.timezone, "due_date": _iso(c.due_date), "balance": str(c.balance),
            "currency": c.currency, "last_payment_date": _iso(c.last_payment_date),
            "last_payment_amount": None if c.last_payment_amount is None else str(c.last_payment_amount),
            "phone": c.phone, "flags": sorted(f.value for f in c.flags), "notes": c.notes,
            "status": c.status.value, "appointment_text": c.appointment_text,
            "windows": [window_to_json(w) for w in c.windows], "extra": dict(c.extra)}


def case_from_json(d: dict, collector: str | None = None) -> Case:
    try:
        return Case(
            case_id=str(d["case_id"]), name=d.get("name") or "", address=d.get("address") or "",
            work_address=d.get("work_address") or "", lat=d.get("lat"), lon=d.get("lon"),
            geo_status=GeoStatus(d.get("geo_status") or "pending"), country=d.get("country") or "",
            timezone=d.get("timezone") or "",
            due_date=date.fromisoformat(d["due_date"]) if d.get("due_date") else None,
            balance=Decimal(d["balance"]), currency=d.get("currency") or "",
            last_payment_date=date.fromisoformat(d["last_payment_date"]) if d.get("last_payment_date") else None,
            last_payment_amount=Decimal(d["last_payment_amount"]) if d.get("last_payment_amount") else None,
            phone=d.get("phone") or "", flags=parse_flags(",".join(d.get("flags") or ())),
            collector=collector, notes=d.get("notes") or "", status=CaseStatus(d.get("status") or "open"),
            windows=[window_from_json(w) for w in d.get("windows") or ()],
            appointment_text=d.get("appointment_text") or "",
            extra={str(k): str(v) for k, v in (d.get("extra") or {}).items()})
    except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
        raise PayloadError(f"case {d.get('case_id') if isinstance(d, dict) else '?'} in the pack is "
                           f"malformed ({exc})") from None


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


def pack_order(seq: int, sha256: str, created_at: datetime, same_sender: list[tuple[int, str]],
               newest_any: datetime | None) -> str:
    """Where an incoming pack stands: ``"again"`` (this very file was imported before: a no-op),
    ``"older"`` (a newer pack from this office, or a later one from any office, is already in:
    refused) or ``"new"``. ``same_sender``: (seq, sha256) of packs imported from its sender."""
    if any(s_sha == sha256 for _, s_sha in same_sender):
        return "again"
    if seq <= max((s for s, _ in same_sender), default=0) or (newest_any is not None and created_at < newest_any):
        return "older"
    return "new"


def check_pack(payload: dict) -> dict:
    if not isinstance(payload, dict) or payload.get("type") != "pack" or payload.get("version") != PACK_VERSION:
        raise PayloadError("the file is not an assignment pack this version of FieldVisit can read")
    for key, kind in (("seq", int), ("collector", str), ("created_at", str), ("cases", list), ("recalled", list),
                      ("reviews", list), ("acks", list), ("payments", list)):
        if not isinstance(payload.get(key), kind):
            raise PayloadError(f"the pack has no valid '{key}'")
    return payload


def check_bundle(payload: dict) -> dict:
    if not isinstance(payload, dict) or payload.get("type") != "bundle" or payload.get("version") != BUNDLE_VERSION:
        raise PayloadError("the file is not a visit-report bundle this version of FieldVisit can read")
    for key, kind in (("seq", int), ("collector", str), ("created_at", str), ("visits", list)):
        if not isinstance(payload.get(key), kind):
            raise PayloadError(f"the bundle has no valid '{key}'")
    for v in payload["visits"]:
        if not isinstance(v, dict) or not isinstance(v.get("data"), dict) or not isinstance(v.get("version"), int):
            raise PayloadError("a visit in the bundle is malformed")
    return payload
