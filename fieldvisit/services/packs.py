"""Use cases: assignment packs, supervisor → collector.

Guarantees: a pack is signed by the supervisor and readable only by the collector's devices;
importing it is one transaction, idempotent, and an older pack after a newer one is refused
(StalePack). It carries the collector's cases, recalls, payments, reviews of visits, overrides
and acknowledgements, and the office's start/end point of the collector's day.

The crypto adapter is passed in (seal, open_sealed, SealError).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta

from fieldvisit.domain.collectors import Collector, point_from_json, point_json
from fieldvisit.domain.sync import (
    PACK_VERSION, PayloadError, case_from_json, case_to_json, check_pack, in_hand, pack_order, recalled,
)
from fieldvisit.domain.text import msg
from fieldvisit.domain.visits import Outcome
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork
from fieldvisit.services.sealed import MALFORMED, created_time, own_identity, sealed_error, trusted_peers
from fieldvisit.services.visits import OUTCOME_FLAGS


class StalePack(UserError):
    """A pack older than one already imported (refused; a sync folder just skips it)."""


#: Workspace setting: the office's current pack series (0: none announced yet).
SERIES_SETTING = "pack_series"
#: Pack numbers in series S start at S × SERIES_STEP + 1 (a laptop keeps one record per number).
SERIES_STEP = 1000


def new_series(uow: UnitOfWork, now: datetime | None = None) -> dict:
    """Start a new pack series at the office (audited): every later pack announces it, and a
    collector's laptop then accepts its numbers afresh. The recovery when the office's numbers went
    back (restored from a backup) or a forged far-future number was seen. ``{series}`` (a number
    from the office's clock, always above the previous series)."""
    now = now or datetime.now(UTC)
    with uow:
        own_identity(uow, "supervisor")
        before = int(uow.settings.get(SERIES_SETTING) or 0)
        series = max(before + 1, int(now.timestamp()))
        uow.settings.set(SERIES_SETTING, str(series))
        uow.audit.append("pack series", "", {"before": before, "series": series})
        uow.commit()
    return {"series": series, "before": before}


def export_pack(uow: UnitOfWork, crypto, collector: str, now: datetime | None = None,
                if_changed: bool = False, deliver=None) -> tuple[bytes | None, dict]:
    """The sealed pack for ``collector`` and its summary ``{cases, recalled, payments, reviews,
    acks, seq, devices}``. Logged and audited. With ``if_changed``, no pack (None) when its
    content is the same as the previous pack's. ``deliver(blob, summary)`` writes the file
    before the pack is recorded as sent: when it raises (OSError, UserError) nothing is recorded
    and the sequence number is not used up."""
    now = now or datetime.now(UTC)
    with uow:
        me = own_identity(uow, "supervisor")
        devices = [p for p in trusted_peers(uow, "collector") if p["name"] == collector]
        if not devices:
            raise UserError(msg("No enrolled collector named {collector}; enroll their identity file with 'fieldvisit"
                                " keys trust FILE' (the name must match the collector's).", collector=repr(collector)))
        cases = [c for c in uow.cases.list(collector=collector) if in_hand(c)]
        history = uow.sync_log.entries("pack-out", collector)
        ever = {cid for e in history for cid in e["summary"].get("cases", [])}
        back = recalled(ever, {c.case_id for c in cases})
        since = max((e["created_at"] for e in history), default=None)
        payments = [{"case_id": c.case_id, "date": c.last_payment_date.isoformat(),
                     "amount": str(c.last_payment_amount), "currency": c.currency}
                    for c in cases if c.last_payment_date and c.last_payment_amount
                    and (since is None or c.last_payment_date >= since.date())]
        fps = [d["fingerprint"] for d in devices]
        acks = uow.visits.from_devices(fps)
        reviews = uow.reviews.latest(acks)
        seq = uow.sync_log.next_seq("pack-out", collector)
        series = int(uow.settings.get(SERIES_SETTING) or 0)
        if series:  # a series' numbers start above any number an earlier office state can have used
            seq = max(seq, series * SERIES_STEP + 1)
        overrides = [{**o, "day": o["day"].isoformat() if o["day"] else None}
                     for o in uow.overrides.for_cases([c.case_id for c in cases], now.date())]
        who = uow.collectors.get(collector)
        content = {"cases": [case_to_json(c) for c in cases], "recalled": back, "payments": payments,
                   "home": point_json(who.home) if who else None, "end": point_json(who.end) if who else None,
                   "overrides": overrides,
                   "reviews": [{"visit_id": vid, "status": r["status"], "comment": r["comment"], "by": r["by"],
                                "at": r["at"].isoformat()} for vid, r in reviews.items()],
                   "acks": acks}
        # payments are read off the cases (and depend on the previous pack's date): not part of "changed"
        same = {k: v for k, v in content.items() if k != "payments"}
        digest = hashlib.sha256(json.dumps([same, sorted(fps)], sort_keys=True).encode("utf-8")).hexdigest()
        if if_changed and history and history[-1]["summary"].get("content") == digest:
            return None, {"cases": len(cases), "recalled": len(back), "unchanged": True, "seq": history[-1]["seq"],
                          "devices": fps}
        payload = {"type": "pack", "version": PACK_VERSION, "seq": seq, "collector": collector,
                   "supervisor": me["name"], "created_at": now.isoformat(), **content,
                   **({"series": series} if series else {})}
        blob = crypto.seal(payload, kind="pack", sender_fingerprint=me["fingerprint"], sign_private=me["sign_private"],
                           recipients=[(d["fingerprint"], d["box_key"]) for d in devices])
        sha = hashlib.sha256(blob).hexdigest()
        summary = {"cases": len(cases), "recalled": len(back), "payments": len(payments), "reviews": len(reviews),
                   "acks": len(acks), "seq": seq}
        uow.sync_log.add("pack-out", collector, seq, sha, now,
                         {"cases": [c.case_id for c in cases], "recalled": back, "devices": fps, "content": digest})
        uow.audit.append("pack export", collector, {**summary, "sha256": sha})
        if deliver is not None:
            deliver(blob, {**summary, "devices": fps})
        uow.commit()
    return blob, {**summary, "devices": fps}


def import_pack(uow: UnitOfWork, crypto, data: bytes, name: str = "The pack",
                now: datetime | None = None) -> dict:
    """Apply a pack in one transaction: ``{cases, recalled, payments, reviews, acknowledged, seq,
    again}``. Re-importing the same file changes nothing; an older pack is refused."""
    now = now or datetime.now(UTC)
    sha = hashlib.sha256(data).hexdigest()
    with uow:
        me = own_identity(uow, "collector")
        keys = {p["fingerprint"]: p["sign_key"] for p in trusted_peers(uow, "supervisor")}
        try:
            header, payload = crypto.open_sealed(data, kind="pack", sender_key=keys.get,
                                                 fingerprint=me["fingerprint"], box_private=me["box_private"])
            payload = check_pack(payload)
            created = created_time(payload["created_at"])
            cases = [case_from_json(d, collector=me["name"]) for d in payload["cases"]]
        except crypto.SealError as exc:
            raise sealed_error(name, exc) from None
        except PayloadError as exc:
            raise UserError(msg('{name} cannot be imported: {exc}. Nothing was imported.',
                                name=name, exc=exc)) from None
        except MALFORMED:  # a field check missed: still a damaged file, never a crash
            raise UserError(msg('{name} cannot be imported: it is damaged (a field has the wrong form). Nothing '
                                'was imported.', name=name)) from None
        sender = header["sender"]
        seen = uow.sync_log.entries("pack-in", sender)
        series = payload.get("series") or 0
        if series > int((now + timedelta(days=2)).timestamp()):
            raise UserError(msg("{name} announces a series from the future; it was refused (nothing was imported). "
                                "Check the office computer's clock.", name=name))
        verdict = pack_order(payload["seq"], sha, [(e["seq"], e["sha256"], (e["summary"] or {}).get("series", 0))
                                                   for e in seen], series)
        base = {"cases": len(cases), "seq": payload["seq"], "payments": len(payload["payments"])}
        if verdict == "jump":
            raise UserError(msg("{name} (pack {seq}) jumps far past the last pack imported from this office; it was "
                                "refused and nothing was imported. Import the office's real packs; if the office "
                                "was restored or reset, ask it to run 'fieldvisit pack new-series' and send a new "
                                "pack.", name=name, seq=payload["seq"]))
        if verdict == "again":
            return {**base, "recalled": 0, "reviews": 0, "acknowledged": 0, "overrides": 0, "again": True}
        if verdict == "older":
            raise StalePack(msg("{name} (pack {seq} of {created}) is older than a pack already imported; nothing "
                                "was imported. Import the newest pack instead (if the office was restored from a "
                                "backup, ask it to run 'fieldvisit pack new-series' and send a new pack).",
                                name=name, seq=payload["seq"], created=f"{created:%Y-%m-%d %H:%M}"))
        uow.collectors.get_or_create(me["name"])
        # what this laptop learnt at the door and the office has not heard yet (a dispute, a cease
        # request…) must not be undone by a pack written before the office got the visit
        pending: dict[str, set] = {}
        for row in uow.visits.unacknowledged():
            flag = OUTCOME_FLAGS.get(Outcome(row["data"]["outcome"]))
            if flag:
                pending.setdefault(row["case_id"], set()).add(flag)
        for c in cases:
            if c.case_id in pending:
                c.flags = frozenset(c.flags) | pending[c.case_id]
        known = uow.cases.keys()
        fresh = [c for c in cases if c.case_id not in known]
        fields = frozenset({"name", "address", "work_address", "lat", "lon", "country", "timezone", "due_date",
                            "balance", "currency", "last_payment_date", "last_payment_amount", "phone", "notes",
                            "appointment_text", "flags", "geo_status", "windows", "extra"})
        uow.cases.add_many(fresh, None)
        flag_changes = uow.cases.update_many([(known[c.case_id], c, fields) for c in cases if c.case_id in known], None)
        uow.cases.assign([c.case_id for c in cases if c.case_id in known],
                         uow.collectors.get(me["name"]).id)
        uow.cases.set_status([c.case_id for c in cases if c.case_id in known], "open")
        gone = [cid for cid in payload["recalled"] if cid in known]
        n_recalled = uow.cases.set_status(gone, "recalled")
        uow.cases.assign(gone, None)
        latest = uow.reviews.latest([r["visit_id"] for r in payload["reviews"]])
        n_reviews = 0
        for r in payload["reviews"]:
            old = latest.get(r["visit_id"])
            if old is None or (old["status"], old["comment"]) != (r["status"], r["comment"]):
                uow.reviews.add(r["visit_id"], r["status"], r["comment"], r["by"], created_time(r["at"]))
                n_reviews += 1
        acknowledged = uow.visits.acknowledge([str(v) for v in payload["acks"]], now)
        # supervisors' overrides of conduct rules for cases in this pack (the planner honours them)
        in_pack = [c.case_id for c in cases]
        have = {(o["case_id"], o["day"], o["by"], o["reason"]) for o in uow.overrides.for_cases(in_pack, now.date())}
        n_overrides = 0
        for o in payload.get("overrides") or []:
            day = date.fromisoformat(o["day"]) if o.get("day") else None
            if o.get("case_id") in in_pack and (o["case_id"], day, o["by"], o["reason"]) not in have:
                uow.overrides.add(o["case_id"], day, o["by"], o["reason"])
                n_overrides += 1
        # cases gone from this laptop whose visits the office now holds: forget their personal data
        purged = uow.purge.personal_data(uow.purge.candidates())
        home_changed = _apply_home(uow, me["name"], payload, [e for e in seen if e["peer"] == sender])
        summary = {**base, "recalled": n_recalled, "reviews": n_reviews, "acknowledged": acknowledged,
                   "overrides": n_overrides, "home": payload.get("home"), "end": payload.get("end"),
                   "home_changed": home_changed, "purged": purged, "again": False, "series": series}
        uow.sync_log.add("pack-in", sender, payload["seq"], sha, created, summary)
        uow.audit.append_many([("pack import", payload.get("supervisor") or sender, {**summary, "sha256": sha})]
                              + [("flag", ch["case_id"], {"before": ch["before"], "after": ch["after"], "by_pack": sha})
                                 for ch in flag_changes])
        uow.commit()
    return summary


def _apply_home(uow: UnitOfWork, name: str, payload: dict, earlier: list[dict]) -> bool:
    """The office's start/end point for this collector, when the office set or changed it since its
    previous pack (a point the collector set on the laptop is kept until the office changes its own)."""
    home, end = point_from_json(payload.get("home")), point_from_json(payload.get("end"))
    if home is None:
        return False
    last = earlier[-1]["summary"] if earlier else {}
    if (point_from_json(last.get("home")), point_from_json(last.get("end"))) == (home, end):
        return False
    current = uow.collectors.get(name)
    if current is not None and (current.home, current.end) == (home, end):
        return False
    uow.collectors.save(Collector(name, home, end))
    uow.audit.append("collector home", name, {"after": {"home": point_json(home), "end": point_json(end)},
                                              "by_pack": payload.get("seq")})
    return True
