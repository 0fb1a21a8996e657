"""Use cases: visit-report bundles (collector → office), and the office's import and review of
what comes back. Assignment packs (supervisor → collector) are in services/packs.py, re-exported
here (``export_pack``, ``import_pack``, ``StalePack``) for the callers of both.

Guarantees:
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
from collections.abc import Callable
from datetime import UTC, datetime

from fieldvisit.domain.sync import BUNDLE_VERSION, REVIEW_STATUSES, PayloadError, check_bundle, gaps
from fieldvisit.domain.visits import VisitError, parse_visit
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.packs import StalePack, export_pack, import_pack
from fieldvisit.services.ports import UnitOfWork, WriteConflict
from fieldvisit.services.progress import Progress, Work
from fieldvisit.services.sealed import MALFORMED, created_time, own_identity, sealed_error, trusted_peers
from fieldvisit.services.visits import OUTCOME_FLAGS

__all__ = ["StalePack", "export_pack", "import_pack", "export_bundle", "import_bundles", "review_visit"]

RETRIES = 5


# --- Collector → office ----------------------------------------------------------------------

def export_bundle(uow: UnitOfWork, crypto, now: datetime | None = None, deliver=None) -> tuple[bytes, dict]:
    """The sealed bundle of every finalized visit not yet acknowledged: ``{visits, seq}``.
    ``deliver(blob, summary)`` writes the file before the bundle is recorded as sent: when it
    raises, nothing is recorded and the sequence number is not used up (no gap at the office)."""
    now = now or datetime.now(UTC)
    with uow:
        me = own_identity(uow, "collector")
        offices = trusted_peers(uow, "supervisor")
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
        if deliver is not None:
            deliver(blob, summary)
        uow.commit()
    return blob, summary


def _open_bundle(uow: UnitOfWork, crypto, name: str, data: bytes) -> dict:
    me = own_identity(uow, "supervisor")
    devices = {p["fingerprint"]: p for p in trusted_peers(uow, "collector")}
    try:
        header, payload = crypto.open_sealed(data, kind="bundle", sender_key=lambda fp: devices.get(fp, {}).get("sign_key"),
                                             fingerprint=me["fingerprint"], box_private=me["box_private"])
        payload = check_bundle(payload)
        created = created_time(payload["created_at"])
    except crypto.SealError as exc:
        raise sealed_error(name, exc) from None
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
                          "warnings": list(v.get("warnings") or []), "recorded_at": created_time(v["recorded_at"]),
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
    """A supervisor's verdict on a received visit; the comment reaches the collector in the next pack.
    The comment is free text kept as written (a leading TAB or ``-`` stays: the exports neutralise
    it); one of only spaces is no comment."""
    if status not in REVIEW_STATUSES:
        raise UserError(msg('The review status must be one of {join}.', join=', '.join(REVIEW_STATUSES)))
    comment = comment if comment.strip() else ""
    if status != "approved" and not comment:
        raise UserError(msg('Say what is wrong in a comment; the collector reads it in the next pack.'))
    with uow:
        me = own_identity(uow, "supervisor")
        row = uow.visits.get(visit_id)
        if row is None:
            raise UserError(msg('No visit {visit_id} in this workspace.', visit_id=visit_id))
        uow.reviews.add(visit_id, status, comment, me["name"])
        uow.audit.append("review", row["case_id"], {"visit_id": visit_id, "status": status, "comment": comment})
        uow.commit()
    return {"visit_id": visit_id, "status": status, "comment": comment, "by": me["name"]}

