"""Use cases: assignment packs (supervisor → collector), visit-report bundles (collector →
office), and the office's import and review of what comes back.

Guarantees:
- A pack is signed by the supervisor and readable only by the collector's devices; importing it
  is one transaction, idempotent, and an older pack after a newer one is refused.
- A bundle carries every finalized visit the office has not acknowledged yet (a lost bundle
  costs nothing); it is signed by the device and readable only by the trusted supervisors.
  Drafts never leave the laptop.
- The office imports each bundle in one transaction. A visit already there is a duplicate; the
  same UUID with other content is a conflict (listed, refused); a damaged, foreign or unsigned
  file refuses the whole call. Two offices importing at once end with each visit exactly once:
  the store's unique constraints decide, and the loser retries and finds duplicates.

The crypto adapter is passed in (seal, open_sealed, SealError).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, date, datetime

from fieldvisit.domain.sync import (
    BUNDLE_VERSION, PACK_VERSION, REVIEW_STATUSES, PayloadError, case_from_json, case_to_json, check_bundle,
    check_pack, gaps, in_hand, pack_order, recalled,
)
from fieldvisit.domain.collectors import Collector, point_from_json, point_json
from fieldvisit.domain.visits import Outcome, VisitError, parse_visit
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork, WriteConflict
from fieldvisit.services.progress import Progress, Work
from fieldvisit.services.visits import OUTCOME_FLAGS

RETRIES = 5
#: What a value of the wrong shape raises when used; caught around the checks of a received file.
MALFORMED = (KeyError, IndexError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError)


class StalePack(UserError):
    """A pack older than one already imported (refused; a sync folder just skips it)."""


def _me(uow: UnitOfWork, role: str) -> dict:
    me = uow.keys.identity()
    if me is None:
        raise UserError(msg("This workspace has no identity yet; run 'fieldvisit keys init --role ROLE --name NAME'."))
    if me["role"] != role:
        raise UserError(msg('Only a {role} workspace can do this; this one belongs to {name}, a {role2}.',
                            role=role, name=me['name'], role2=me['role']))
    return me


def _peers(uow: UnitOfWork, role: str) -> list[dict]:
    return [p for p in uow.keys.peers() if p["role"] == role and p["revoked_at"] is None]


def _sealed_error(name: str, exc) -> UserError:
    hint = {"sender": " Enroll the device with 'fieldvisit keys trust' if it is one of yours.",
            "recipient": " Ask for a file made for this workspace.",
            "kind": "", "damaged": " Copy the file again from its source.",
            "signature": " Copy the file again from its source; if it happens again, report it."}.get(exc.reason, "")
    return UserError(msg('{name} cannot be imported: {exc}. Nothing was imported.{hint}',
                         name=name, exc=exc, hint=hint))


def _parse_time(text: str) -> datetime:
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        raise PayloadError(f"its creation time {text[:40]!r} is not a time") from None
    return t if t.tzinfo else t.replace(tzinfo=UTC)


# --- Supervisor → collector ------------------------------------------------------------------

def export_pack(uow: UnitOfWork, crypto, collector: str, now: datetime | None = None,
                if_changed: bool = False) -> tuple[bytes | None, dict]:
    """The sealed pack for ``collector`` and its summary ``{cases, recalled, payments, reviews,
    acks, seq, devices}``. Logged and audited; the caller writes the bytes. With ``if_changed``,
    no pack (None) when its content is the same as the previous pack's."""
    now = now or datetime.now(UTC)
    with uow:
        me = _me(uow, "supervisor")
        devices = [p for p in _peers(uow, "collector") if p["name"] == collector]
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
                   "supervisor": me["name"], "created_at": now.isoformat(), **content}
        blob = crypto.seal(payload, kind="pack", sender_fingerprint=me["fingerprint"], sign_private=me["sign_private"],
                           recipients=[(d["fingerprint"], d["box_key"]) for d in devices])
        sha = hashlib.sha256(blob).hexdigest()
        summary = {"cases": len(cases), "recalled": len(back), "payments": len(payments), "reviews": len(reviews),
                   "acks": len(acks), "seq": seq}
        uow.sync_log.add("pack-out", collector, seq, sha, now,
                         {"cases": [c.case_id for c in cases], "recalled": back, "devices": fps, "content": digest})
        uow.audit.append("pack export", collector, {**summary, "sha256": sha})
        uow.commit()
    return blob, {**summary, "devices": fps}


def import_pack(uow: UnitOfWork, crypto, data: bytes, name: str = "The pack",
                now: datetime | None = None) -> dict:
    """Apply a pack in one transaction: ``{cases, recalled, payments, reviews, acknowledged, seq,
    again}``. Re-importing the same file changes nothing; an older pack is refused."""
    now = now or datetime.now(UTC)
    sha = hashlib.sha256(data).hexdigest()
    with uow:
        me = _me(uow, "collector")
        keys = {p["fingerprint"]: p["sign_key"] for p in _peers(uow, "supervisor")}
        try:
            header, payload = crypto.open_sealed(data, kind="pack", sender_key=keys.get,
                                                 fingerprint=me["fingerprint"], box_private=me["box_private"])
            payload = check_pack(payload)
            created = _parse_time(payload["created_at"])
            cases = [case_from_json(d, collector=me["name"]) for d in payload["cases"]]
        except crypto.SealError as exc:
            raise _sealed_error(name, exc) from None
        except PayloadError as exc:
            raise UserError(msg('{name} cannot be imported: {exc}. Nothing was imported.',
                                name=name, exc=exc)) from None
        except MALFORMED:  # a field check missed: still a damaged file, never a crash
            raise UserError(msg('{name} cannot be imported: it is damaged (a field has the wrong form). Nothing '
                                'was imported.', name=name)) from None
        sender = header["sender"]
        seen = uow.sync_log.entries("pack-in", sender)
        verdict = pack_order(payload["seq"], sha, [(e["seq"], e["sha256"]) for e in seen])
        base = {"cases": len(cases), "seq": payload["seq"], "payments": len(payload["payments"])}
        if verdict == "again":
            return {**base, "recalled": 0, "reviews": 0, "acknowledged": 0, "overrides": 0, "again": True}
        if verdict == "older":
            raise StalePack(msg("{name} (pack {seq} of {created}) is older than a pack already imported; nothing "
                                "was imported. Import the newest pack instead.", name=name, seq=payload["seq"],
                                created=f"{created:%Y-%m-%d %H:%M}"))
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
                uow.reviews.add(r["visit_id"], r["status"], r["comment"], r["by"], _parse_time(r["at"]))
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
                   "home_changed": home_changed, "purged": purged, "again": False}
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


# --- Collector → office ----------------------------------------------------------------------

def export_bundle(uow: UnitOfWork, crypto, now: datetime | None = None) -> tuple[bytes, dict]:
    """The sealed bundle of every finalized visit not yet acknowledged: ``{visits, seq}``."""
    now = now or datetime.now(UTC)
    with uow:
        me = _me(uow, "collector")
        offices = _peers(uow, "supervisor")
        if not offices:
            raise UserError(msg("No supervisor is trusted yet; import your office's identity file with 'fieldvisit "
                                "keys trust FILE' first."))
        rows = sorted(uow.visits.unacknowledged(), key=lambda r: (r["version"], r["recorded_at"]))
        seq = uow.sync_log.next_seq("bundle-out", me["fingerprint"])
        payload = {"type": "bundle", "version": BUNDLE_VERSION, "seq": seq, "collector": me["name"],
                   "device": me["fingerprint"], "created_at": now.isoformat(),
                   "visits": [{"visit_id": r["visit_id"], "case_id": r["case_id"], "version": r["version"],
                               "replaces": r["replaces"], "content_hash": r["content_hash"],
                               "recorded_at": r["recorded_at"].isoformat(), "warnings": r["warnings"],
                               "prep": r["prep"], "data": r["data"]} for r in rows]}
        blob = crypto.seal(payload, kind="bundle", sender_fingerprint=me["fingerprint"],
                           sign_private=me["sign_private"], recipients=[(p["fingerprint"], p["box_key"]) for p in offices])
        sha = hashlib.sha256(blob).hexdigest()
        summary = {"visits": len(rows), "seq": seq}
        uow.sync_log.add("bundle-out", me["fingerprint"], seq, sha, now,
                         {"visits": [r["visit_id"] for r in rows], "to": [p["fingerprint"] for p in offices]})
        uow.audit.append("bundle export", me["name"], {**summary, "sha256": sha})
        uow.commit()
    return blob, summary


def _open_bundle(uow: UnitOfWork, crypto, name: str, data: bytes) -> dict:
    me = _me(uow, "supervisor")
    devices = {p["fingerprint"]: p for p in _peers(uow, "collector")}
    try:
        header, payload = crypto.open_sealed(data, kind="bundle", sender_key=lambda fp: devices.get(fp, {}).get("sign_key"),
                                             fingerprint=me["fingerprint"], box_private=me["box_private"])
        payload = check_bundle(payload)
        created = _parse_time(payload["created_at"])
    except crypto.SealError as exc:
        raise _sealed_error(name, exc) from None
    except PayloadError as exc:
        raise UserError(msg('{name} cannot be imported: {exc}. Nothing was imported.', name=name, exc=exc)) from None
    except MALFORMED:  # a field check missed: still a damaged file, never a crash
        raise UserError(msg('{name} cannot be imported: it is damaged (a field has the wrong form). Nothing '
                            'was imported.', name=name)) from None
    device = devices[header["sender"]]
    return {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "device": device["fingerprint"],
            "collector": device["name"], "created_at": created, "payload": payload, "supervisor": me["name"]}


def _import_one(uow: UnitOfWork, b: dict, now: datetime) -> dict:
    payload = b["payload"]
    out = {"file": b["name"], "collector": b["collector"], "seq": payload["seq"], "imported": 0, "duplicates": 0,
           "conflicts": [], "rejected": [], "warnings": []}
    with uow:
        before = [e for e in uow.sync_log.entries("bundle-in", b["device"]) if e["seq"] == payload["seq"]]
        if before and before[0]["sha256"] != b["sha256"]:
            out["warnings"].append(f"bundle {payload['seq']} from {b['collector']} was received before with other "
                                   "content (was the laptop restored from a backup?)")
        visits = payload["visits"]
        stored = uow.visits.hashes([str(v["data"].get("visit_id")) for v in visits])
        known_cases = uow.cases.last_payments({str(v["data"].get("case_id")) for v in visits})
        replaced = uow.visits.replacements([str(v["data"]["replaces"]) for v in visits if v["data"].get("replaces")])
        items, flags = [], {}
        in_bundle: set[str] = set()
        for v in visits:
            vid = str(v["data"].get("visit_id"))
            try:
                visit = parse_visit(v["data"])
            except VisitError as exc:
                out["rejected"].append({"visit_id": vid[:36], "error": str(exc)})
                continue
            except MALFORMED:
                out["rejected"].append({"visit_id": vid[:36], "error": "the visit is malformed"})
                continue
            digest = visit.content_hash()
            if visit.visit_id in stored:
                if stored[visit.visit_id] == digest:
                    out["duplicates"] += 1
                else:
                    out["conflicts"].append({"visit_id": visit.visit_id, "case_id": visit.case_id,
                                             "error": "already received with different content"})
                continue
            if visit.visit_id in in_bundle:
                continue
            if visit.case_id not in known_cases:
                out["rejected"].append({"visit_id": visit.visit_id, "error": f"no case {visit.case_id} at the office"})
                continue
            if visit.replaces:
                other = replaced.get(visit.replaces)
                if other and other != visit.visit_id:
                    out["conflicts"].append({"visit_id": visit.visit_id, "case_id": visit.case_id,
                                             "error": f"visit {visit.replaces} was already corrected by {other}"})
                    continue
                if visit.replaces not in stored and visit.replaces not in in_bundle:
                    out["rejected"].append({"visit_id": visit.visit_id,
                                            "error": f"it corrects visit {visit.replaces}, which the office never received"})
                    continue
                replaced[visit.replaces] = visit.visit_id
            in_bundle.add(visit.visit_id)
            items.append({"visit": visit, "version": int(v["version"]), "content_hash": digest,
                          "warnings": list(v.get("warnings") or []), "recorded_at": _parse_time(v["recorded_at"]),
                          "prep": v.get("prep"), "collector": b["collector"], "device": b["device"],
                          "received_at": now})
            flag = OUTCOME_FLAGS.get(visit.outcome)
            if flag:
                flags.setdefault(visit.case_id, set()).add(flag)
        uow.visits.add_many(items)
        out["imported"] = len(items)
        flag_audit = []
        for cid, new in flags.items():
            case = uow.cases.get(cid)
            missing = new - set(case.flags)
            if missing:
                uow.cases.set_flags(cid, frozenset(case.flags) | missing)
                flag_audit.append(("flag", cid, {"added": sorted(f.value for f in missing), "by_bundle": b["sha256"]}))
        if not before:
            uow.sync_log.add("bundle-in", b["device"], payload["seq"], b["sha256"], b["created_at"],
                             {k: out[k] if isinstance(out[k], int) else len(out[k])
                              for k in ("imported", "duplicates", "conflicts", "rejected")})
        uow.audit.append_many([("bundle import", b["collector"],
                                {"device": b["device"], "seq": payload["seq"], "sha256": b["sha256"],
                                 "imported": out["imported"], "duplicates": out["duplicates"],
                                 "conflicts": [c["visit_id"] for c in out["conflicts"]],
                                 "rejected": [r["visit_id"] for r in out["rejected"]]})] + flag_audit)
        uow.commit()
    return out


def import_bundles(uow_factory: Callable[[], UnitOfWork], crypto, files: list[tuple[str, bytes]],
                   now: datetime | None = None) -> Work[dict]:
    """Import visit-report bundles at the office (work: yields Progress, returns the summary).
    Every file is checked before anything is written: one bad file refuses the call. Each bundle
    is then one transaction."""
    now = now or datetime.now(UTC)
    with uow_factory() as uow:
        opened = [_open_bundle(uow, crypto, name, data) for name, data in files]
    total = {"imported": 0, "duplicates": 0, "conflicts": [], "rejected": [], "warnings": [], "bundles": []}
    for n, b in enumerate(opened):
        yield Progress(n, len(opened), f"Importing {b['name']} ({b['collector']}, bundle {b['payload']['seq']})")
        for attempt in range(RETRIES):
            try:
                result = _import_one(uow_factory(), b, now)
                break
            except WriteConflict:
                if attempt == RETRIES - 1:
                    raise UserError(msg('{name} could not be imported: other imports kept writing the same visits; '
                                        'try again.', name=b['name'])) from None
        total["imported"] += result["imported"]
        total["duplicates"] += result["duplicates"]
        for key in ("conflicts", "rejected", "warnings"):
            total[key] += result[key]
        total["bundles"].append({k: result[k] if not isinstance(result[k], list) else len(result[k])
                                 for k in ("file", "collector", "seq", "imported", "duplicates", "conflicts", "rejected")})
    yield Progress(len(opened), len(opened), "Done")
    with uow_factory() as uow:
        total["gaps"] = []
        for device in sorted({b["device"] for b in opened}):
            missing = gaps({e["seq"] for e in uow.sync_log.entries("bundle-in", device)})
            if missing:
                who = next(b["collector"] for b in opened if b["device"] == device)
                total["gaps"].append({"collector": who, "device": device, "missing": missing})
    return total


# --- Review ------------------------------------------------------------------------------------

def review_visit(uow: UnitOfWork, visit_id: str, status: str, comment: str = "") -> dict:
    """A supervisor's verdict on a received visit; the comment reaches the collector in the next pack."""
    if status not in REVIEW_STATUSES:
        raise UserError(msg('The review status must be one of {join}.', join=', '.join(REVIEW_STATUSES)))
    comment = comment.strip()
    if status != "approved" and not comment:
        raise UserError(msg('Say what is wrong in a comment; the collector reads it in the next pack.'))
    with uow:
        me = _me(uow, "supervisor")
        row = uow.visits.get(visit_id)
        if row is None:
            raise UserError(msg('No visit {visit_id} in this workspace.', visit_id=visit_id))
        uow.reviews.add(visit_id, status, comment, me["name"])
        uow.audit.append("review", row["case_id"], {"visit_id": visit_id, "status": status, "comment": comment})
        uow.commit()
    return {"visit_id": visit_id, "status": status, "comment": comment, "by": me["name"]}

