"""The clock a planned day is printed in: one zone for the whole day (the collector's day zone,
the zone the shift was read in), plus the stop's own local time when the stop's zone shows a
different wall clock (a Madrid collector visiting Elvas, Portugal: ``09:25 (08:25 Lisbon time)``).

Plain functions over the plan's JSON (``plan_json``): ISO 8601 strings with offsets, IANA zone
names. A reader of a printed plan must never see a time that reads earlier than the real one,
nor a day whose times go backwards because stops lie in different zones.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# The ISO time keys of a plan, a stop and a stop's window.
PLAN_TIME_KEYS = ("leave_at", "return_at", "lunch_at")
STOP_TIME_KEYS = ("arrival", "start", "departure")


def zone_of(name: str | None) -> tzinfo | None:
    """``ZoneInfo(name)``, or None for an empty or unknown name."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_name(zone: tzinfo | None) -> str:
    """The IANA name of ``zone`` ("" when it has none, e.g. a fixed offset)."""
    return getattr(zone, "key", "") or ""


def zone_city(name: str) -> str:
    """A zone's short name for people: the last part of its IANA name ("Europe/Lisbon" →
    "Lisbon", "Atlantic/Canary" → "Canary", "America/Argentina/Buenos_Aires" → "Buenos Aires")."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


def in_zone(iso: str | None, zone: tzinfo | None) -> str | None:
    """``iso`` (ISO 8601 with offset) as the same instant written in ``zone`` (unchanged when
    ``zone`` is None or ``iso`` is empty)."""
    if not iso or zone is None:
        return iso
    return datetime.fromisoformat(iso).astimezone(zone).isoformat()


def hhmm(iso: str | None, zone: tzinfo | None = None) -> str:
    """"HH:MM" of ``iso`` read in ``zone`` (as written when ``zone`` is None); "" for no time."""
    if not iso:
        return ""
    t = datetime.fromisoformat(iso)
    return f"{(t.astimezone(zone) if zone is not None else t):%H:%M}"


def local_hhmm(iso: str | None, local: str | None, day_zone: tzinfo | None) -> str | None:
    """"HH:MM" of ``iso`` in the stop's own zone ``local`` (IANA) when that wall clock differs
    from the day zone's at that instant; None when they read the same (or a zone is unknown)."""
    zone = zone_of(local)
    if not iso or zone is None or day_zone is None:
        return None
    t = datetime.fromisoformat(iso)
    return None if t.astimezone(zone).utcoffset() == t.astimezone(day_zone).utcoffset() else f"{t.astimezone(zone):%H:%M}"


def stop_clock(iso: str | None, local: str | None, day_zone: tzinfo | None,
               aside: str = "({time} {zone} time)") -> str:
    """A stop's time for print: "HH:MM" in the day zone, followed by ``aside`` (a template with
    ``{time}`` and ``{zone}``, translated by the caller) when the stop's zone ``local`` shows
    another wall clock: "09:25 (08:25 Lisbon time)"."""
    text = hhmm(iso, day_zone)
    other = local_hhmm(iso, local, day_zone)
    return f"{text} {aside.format(time=other, zone=zone_city(local or ''))}" if other else text


def span_clock(a: str | None, b: str | None, local: str | None, day_zone: tzinfo | None,
               aside: str = "({time} {zone} time)", dash: str = "–") -> str:
    """A span (a visit, a window) for print: "HH:MM–HH:MM" in the day zone, followed by
    ``aside`` holding the span in the stop's own zone ``local`` when its wall clock differs:
    "09:00–09:30 (08:00–08:30 Lisbon time)"."""
    text = f"{hhmm(a, day_zone)}{dash}{hhmm(b, day_zone)}"
    la, lb = local_hhmm(a, local, day_zone), local_hhmm(b, local, day_zone)
    return f"{text} {aside.format(time=f'{la}{dash}{lb}', zone=zone_city(local or ''))}" if la and lb else text


def other_clocks(plan: dict, day_zone: tzinfo | None) -> bool:
    """Whether some stop of ``plan`` lies in a zone whose wall clock differs from the day zone's
    (then a printed day names its zone)."""
    return any(local_hhmm(s.get("start"), s.get("timezone"), day_zone) for s in plan.get("stops", []))


def plan_zone(plan: dict, fallback: str | None = None) -> tzinfo | None:
    """The day zone of a plan as ``plan_json`` shapes it: its ``timezone`` key, else ``fallback``
    (IANA, e.g. the workspace's zone, for plans saved before the key existed), else the offset
    of its ``leave_at`` (None when it has none)."""
    zone = zone_of(plan.get("timezone")) or zone_of(fallback)
    if zone is None and plan.get("leave_at"):
        zone = datetime.fromisoformat(plan["leave_at"]).tzinfo
    return zone


def in_day_zone(plan: dict, zone: tzinfo | None) -> dict:
    """A copy of ``plan`` (``plan_json`` shape) with every time written in ``zone`` (same
    instants): ``leave_at``, ``return_at``, ``lunch_at``, and each stop's ``arrival``, ``start``,
    ``departure`` and ``window``. ``timezone`` is set to ``zone``'s IANA name when it has one."""
    if zone is None:
        return plan
    out = {**plan, **{k: in_zone(plan.get(k), zone) for k in PLAN_TIME_KEYS if k in plan}}
    if zone_name(zone):
        out["timezone"] = zone_name(zone)
    out["stops"] = [_stop_in(s, zone) for s in plan.get("stops", [])]
    return out


def _stop_in(stop: dict, zone: tzinfo) -> dict:
    out = {**stop, **{k: in_zone(stop.get(k), zone) for k in STOP_TIME_KEYS if k in stop}}
    if stop.get("window"):
        out["window"] = {k: in_zone(v, zone) for k, v in stop["window"].items()}
    return out
