"""SQLAlchemy Core repositories of what accumulates around the cases: plans, geocoding cache,
visits and drafts, the audit trail, overrides, and the workspace's keys."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from datetime import date, datetime

from sqlalchemy import Connection, delete, func, insert, select, update

from fieldvisit.adapters.storage import keywrap
from fieldvisit.adapters.storage import schema as s
from fieldvisit.adapters.storage.rows import CHUNK, _now, bulk_insert
from fieldvisit.domain.audit import GENESIS, AuditEntry, canonical, entry_hash
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError


class SqlPlans:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def save(self, day: date, collector: str, data: dict) -> int:
        return self.conn.execute(insert(s.plans).values(day=day, collector=collector, created_at=_now(),
                                                        data=data).returning(s.plans.c.id)).scalar_one()

    def latest(self, day: date, collector: str | None = None) -> list[dict]:
        """The newest plan of each collector for ``day`` (or only ``collector``'s)."""
        q = select(s.plans.c.collector, s.plans.c.data).where(s.plans.c.day == day).order_by(s.plans.c.id)
        if collector:
            q = q.where(s.plans.c.collector == collector)
        newest: dict[str, dict] = {}
        for name, data in self.conn.execute(q):
            newest[name] = data
        return list(newest.values())


class SqlGeocodeCache:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, provider: str, query: str) -> tuple[float | None, float | None, str] | None:
        row = self.conn.execute(select(s.geocode_cache.c.lat, s.geocode_cache.c.lon, s.geocode_cache.c.display)
                                .where(s.geocode_cache.c.provider == provider)
                                .where(s.geocode_cache.c.query == query)).first()
        return (row.lat, row.lon, row.display) if row else None

    def put(self, provider: str, query: str, lat: float | None, lon: float | None, display: str) -> None:
        self.conn.execute(delete(s.geocode_cache).where(s.geocode_cache.c.provider == provider)
                          .where(s.geocode_cache.c.query == query))
        self.conn.execute(insert(s.geocode_cache).values(provider=provider, query=query, lat=lat, lon=lon,
                                                         display=display, at=_now()))


class SqlVisits:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _q(self):
        return (select(s.visits, s.cases.c.case_id.label("case_code"))
                .join(s.cases, s.cases.c.id == s.visits.c.case_pk))

    @staticmethod
    def _row(r) -> dict:
        return {"visit_id": r.visit_id, "case_id": r.case_code, "version": r.version, "replaces": r.replaces,
                "content_hash": r.content_hash, "recorded_at": r.recorded_at, "data": r.data,
                "warnings": r.warnings, "prep": r.prep, "collector": r.collector, "device": r.device,
                "received_at": r.received_at, "acknowledged_at": r.acknowledged_at}

    def get(self, visit_id: str) -> dict | None:
        r = self.conn.execute(self._q().where(s.visits.c.visit_id == visit_id)).first()
        return self._row(r) if r else None

    def replaced_by(self, visit_id: str) -> str | None:
        return self.conn.execute(select(s.visits.c.visit_id).where(s.visits.c.replaces == visit_id)).scalar()

    @staticmethod
    def _values(visit, version: int, content_hash: str, warnings: list[str], recorded_at: datetime,
                prep: dict | None = None, collector: str | None = None, device: str | None = None,
                received_at: datetime | None = None) -> dict:
        return dict(visit_id=visit.visit_id, version=version, replaces=visit.replaces,
                    content_hash=content_hash, arrived_at=visit.arrived_at, left_at=visit.left_at,
                    outcome=visit.outcome.value,
                    promise_amount=visit.promise.amount if visit.promise else None,
                    promise_currency=visit.promise.currency if visit.promise else None,
                    promise_date=visit.promise.date if visit.promise else None,
                    payment_amount=visit.payment.amount if visit.payment else None,
                    recorded_at=recorded_at, data=visit.as_json(), warnings=warnings, prep=prep,
                    collector=collector, device=device, received_at=received_at, acknowledged_at=None)

    def add(self, visit, version: int, content_hash: str, warnings: list[str], recorded_at: datetime,
            **extra) -> None:
        case_pk = self.conn.execute(select(s.cases.c.id).where(s.cases.c.case_id == visit.case_id)).scalar_one()
        self.conn.execute(insert(s.visits).values(case_pk=case_pk, **self._values(
            visit, version, content_hash, warnings, recorded_at, **extra)))

    def add_many(self, items: list[dict]) -> None:
        """Bulk insert; each item has the keyword arguments of ``add`` (visit, version, …)."""
        if not items:
            return
        case_ids = sorted({i["visit"].case_id for i in items})
        pks: dict[str, int] = {}
        for start in range(0, len(case_ids), CHUNK):
            pks.update(self.conn.execute(select(s.cases.c.case_id, s.cases.c.id)
                                         .where(s.cases.c.case_id.in_(case_ids[start:start + CHUNK]))).all())
        rows = [{"case_pk": pks[i["visit"].case_id], **self._values(**i)} for i in items]
        for start in range(0, len(rows), CHUNK):
            bulk_insert(self.conn, s.visits, rows[start:start + CHUNK])

    def hashes(self, visit_ids: list[str]) -> dict[str, str]:
        """visit_id → content hash of those already stored."""
        out: dict[str, str] = {}
        for start in range(0, len(visit_ids), CHUNK):
            out.update(self.conn.execute(select(s.visits.c.visit_id, s.visits.c.content_hash)
                                         .where(s.visits.c.visit_id.in_(visit_ids[start:start + CHUNK]))).all())
        return out

    def replacements(self, replaced_ids: list[str]) -> dict[str, str]:
        """replaced visit_id → the stored visit that replaces it."""
        out: dict[str, str] = {}
        for start in range(0, len(replaced_ids), CHUNK):
            out.update(self.conn.execute(select(s.visits.c.replaces, s.visits.c.visit_id)
                                         .where(s.visits.c.replaces.in_(replaced_ids[start:start + CHUNK]))).all())
        return out

    def unacknowledged(self) -> list[dict]:
        q = self._q().where(s.visits.c.acknowledged_at.is_(None)).order_by(s.visits.c.recorded_at, s.visits.c.id)
        return [self._row(r) for r in self.conn.execute(q)]

    def acknowledge(self, visit_ids: list[str], at: datetime) -> int:
        done = 0
        for start in range(0, len(visit_ids), CHUNK):
            done += self.conn.execute(update(s.visits).where(s.visits.c.visit_id.in_(visit_ids[start:start + CHUNK]))
                                      .where(s.visits.c.acknowledged_at.is_(None))
                                      .values(acknowledged_at=at)).rowcount
        return done

    def from_devices(self, devices: list[str]) -> list[str]:
        """Visit ids received from these devices (what the office acknowledges in a pack)."""
        q = select(s.visits.c.visit_id).where(s.visits.c.device.in_(devices)).order_by(s.visits.c.id)
        return list(self.conn.execute(q).scalars())

    def list(self, case_id: str | None = None, *, since: datetime | None = None,
             until: datetime | None = None) -> list[dict]:
        q = self._q().order_by(s.visits.c.arrived_at, s.visits.c.id)
        if case_id:
            q = q.where(s.cases.c.case_id == case_id)
        if since is not None:
            q = q.where(s.visits.c.arrived_at >= since)
        if until is not None:
            q = q.where(s.visits.c.arrived_at < until)
        return [self._row(r) for r in self.conn.execute(q)]


class SqlDrafts:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def save(self, draft_id: str, case_id: str, data: dict) -> None:
        self.conn.execute(delete(s.drafts).where(s.drafts.c.draft_id == draft_id))
        self.conn.execute(insert(s.drafts).values(draft_id=draft_id, case_id=case_id, data=data, updated_at=_now()))

    def delete(self, draft_id: str) -> None:
        self.conn.execute(delete(s.drafts).where(s.drafts.c.draft_id == draft_id))

    def list(self) -> list[dict]:
        q = select(s.drafts).order_by(s.drafts.c.updated_at)
        return [{"draft_id": r.draft_id, "case_id": r.case_id, "data": r.data, "updated_at": r.updated_at}
                for r in self.conn.execute(q)]


class SqlAudit:
    """Append-only: no update or delete is offered. The unique prev_hash makes a fork impossible:
    two writers that read the same last entry cannot both append."""

    def __init__(self, conn: Connection, actor: str) -> None:
        self.conn = conn
        self.actor = actor

    def append(self, action: str, subject: str, details: dict | None = None) -> None:
        self.append_many([(action, subject, details or {})])

    def append_many(self, items: list[tuple[str, str, dict]]) -> None:
        """Chain several entries in one go (a large import's flag changes)."""
        last = self.conn.execute(select(s.audit_log.c.hash).order_by(s.audit_log.c.id.desc()).limit(1)).scalar()
        prev = last or GENESIS
        at = _now().isoformat()
        rows = []
        for action, subject, details in items:
            digest = entry_hash(prev, at, self.actor, action, subject, details)
            rows.append({"at": at, "actor": self.actor, "action": action, "subject": subject,
                         "details": canonical(details), "prev_hash": prev, "hash": digest})
            prev = digest
        for start in range(0, len(rows), CHUNK):
            self.conn.execute(insert(s.audit_log), rows[start:start + CHUNK])

    def entries(self) -> list[AuditEntry]:
        rows = self.conn.execute(select(s.audit_log).order_by(s.audit_log.c.id))
        return [AuditEntry(r.id, r.at, r.actor, r.action, r.subject, json.loads(r.details), r.prev_hash, r.hash)
                for r in rows]


class SqlOverrides:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, case_id: str, day: date | None, by: str, reason: str) -> None:
        self.conn.execute(insert(s.overrides).values(case_id=case_id, day=day, by=by, reason=reason, at=_now()))

    def for_cases(self, case_ids: list[str], since: date) -> list[dict]:
        """Overrides of these cases still in force on or after ``since``."""
        out = []
        for start in range(0, len(case_ids), CHUNK):
            q = (select(s.overrides).where(s.overrides.c.case_id.in_(case_ids[start:start + CHUNK]))
                 .where((s.overrides.c.day.is_(None)) | (s.overrides.c.day >= since)).order_by(s.overrides.c.id))
            out += [{"case_id": r.case_id, "day": r.day, "by": r.by, "reason": r.reason} for r in self.conn.execute(q)]
        return out

    def for_day(self, day: date) -> dict[str, dict]:
        q = select(s.overrides).where((s.overrides.c.day.is_(None)) | (s.overrides.c.day == day)).order_by(s.overrides.c.id)
        return {r.case_id: {"by": r.by, "reason": r.reason, "day": r.day} for r in self.conn.execute(q)}


class SqlKeys:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def identity(self) -> dict | None:
        """This workspace's identity with its private keys (unwrapped on PostgreSQL, see
        :mod:`.keywrap`); None before ``keys init``."""
        r = self.conn.execute(select(s.identity).order_by(s.identity.c.id).limit(1)).first()
        if r is None:
            return None
        found = dict(r._mapping)
        for column in keywrap.COLUMNS:
            if keywrap.is_wrapped(found[column]):
                wrap = keywrap.wrap_for(self.conn.engine)
                if wrap is None:
                    raise UserError(msg("The office's private keys are wrapped with its passphrase; open the "
                                        "database through FieldVisit with the office passphrase."))
                found[column] = wrap.unwrap(found[column], keywrap.aad(found["fingerprint"], column))
        return found

    def rewrap_private(self, old: str, new: str) -> int:
        """PostgreSQL: re-wrap the office's private keys with ``new`` in this transaction after
        checking ``old`` opens each (:meth:`.keywrap.KeyWrap.rewrap_all`); how many were re-wrapped."""
        wrap = keywrap.wrap_for(self.conn.engine)
        return wrap.rewrap_all(self.conn, old, new) if wrap is not None else 0

    def create_identity(self, name: str, role: str, keys: dict) -> None:
        wrap = keywrap.wrap_for(self.conn.engine)
        private = {c: wrap.wrap(keys[c], keywrap.aad(keys["fingerprint"], c)) if wrap else keys[c]
                   for c in keywrap.COLUMNS}
        self.conn.execute(insert(s.identity).values(name=name, role=role, fingerprint=keys["fingerprint"],
                                                    created_at=_now(), **private))

    def trust(self, doc: dict) -> bool:
        """Returns False when the peer was already trusted (no change)."""
        found = self.conn.execute(select(s.peers).where(s.peers.c.fingerprint == doc["fingerprint"])).first()
        if found is not None and found.revoked_at is None:
            return False
        self.conn.execute(delete(s.peers).where(s.peers.c.fingerprint == doc["fingerprint"]))
        self.conn.execute(insert(s.peers).values(fingerprint=doc["fingerprint"], name=doc["name"], role=doc["role"],
                                                 sign_key=doc["sign_key"], box_key=doc["box_key"], trusted_at=_now()))
        return True

    def revoke(self, fingerprint: str) -> dict | None:
        found = self.conn.execute(select(s.peers).where(s.peers.c.fingerprint == fingerprint)).first()
        if found is None:
            return None
        if found.revoked_at is None:
            self.conn.execute(update(s.peers).where(s.peers.c.fingerprint == fingerprint).values(revoked_at=_now()))
        return dict(found._mapping)

    def peers(self) -> list[dict]:
        return [dict(r._mapping) for r in self.conn.execute(select(s.peers).order_by(s.peers.c.name))]


class SqlSyncLog:
    """Packs and bundles written and read here, with their sequence numbers."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def next_seq(self, direction: str, peer: str) -> int:
        q = select(func.max(s.sync_log.c.seq)).where(s.sync_log.c.direction == direction).where(s.sync_log.c.peer == peer)
        return (self.conn.execute(q).scalar() or 0) + 1

    def add(self, direction: str, peer: str, seq: int, sha256: str, created_at: datetime, summary: dict) -> None:
        self.conn.execute(insert(s.sync_log).values(direction=direction, peer=peer, seq=seq, sha256=sha256,
                                                    created_at=created_at, at=_now(), summary=summary))

    def entries(self, direction: str, peer: str | None = None) -> list[dict]:
        q = select(s.sync_log).where(s.sync_log.c.direction == direction).order_by(s.sync_log.c.id)
        if peer is not None:
            q = q.where(s.sync_log.c.peer == peer)
        return [dict(r._mapping) for r in self.conn.execute(q)]


class SqlReviews:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, visit_id: str, status: str, comment: str, by: str, at: datetime | None = None) -> None:
        self.conn.execute(insert(s.reviews).values(visit_id=visit_id, status=status, comment=comment, by=by,
                                                   at=at or _now()))

    def latest(self, visit_ids: list[str] | None = None) -> dict[str, dict]:
        """visit_id → its newest review ``{status, comment, by, at}``."""
        q = select(s.reviews).order_by(s.reviews.c.id)
        out: dict[str, dict] = {}
        chunks = [None] if visit_ids is None else [visit_ids[i:i + CHUNK] for i in range(0, len(visit_ids), CHUNK)]
        for chunk in chunks:
            rows = self.conn.execute(q if chunk is None else q.where(s.reviews.c.visit_id.in_(chunk)))
            for r in rows:
                out[r.visit_id] = {"status": r.status, "comment": r.comment, "by": r.by, "at": r.at}
        return out


#: A review item's column is stored to this many characters (``flag:do_not_visit:104``).
COLUMN_CHARS = s.window_reviews.c.column.type.length


class SqlWindowReviews:
    """The review queue of unreadable appointment texts (open while ``resolved_at`` is NULL)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add_many(self, items: list[dict], import_id: int | None) -> None:
        now = _now()
        # a condition column's field may carry its position (``flag:do_not_visit:104``): kept to the
        # column's 20 characters, the condition stays readable
        rows = [{"case_id": i["case_id"], "column": i["column"][:COLUMN_CHARS], "text": i["text"], "error": i["error"],
                 "row": i.get("row"), "import_id": import_id, "created_at": now, "resolved_at": None,
                 "resolved_by": None, "resolution": None, "action": None} for i in items]
        for start in range(0, len(rows), CHUNK):
            bulk_insert(self.conn, s.window_reviews, rows[start:start + CHUNK])

    def close(self, keys: Iterable[tuple[str, str]], by: str, resolution: str,
              keep: Collection[tuple[str, str, str]] = ()) -> int:
        """Close the open items of these ``(case_id, column)`` pairs (a new import replaced them),
        but those ``keep`` names as ``(case_id, column, text)`` (the import asks the very same
        question again: the open item stands); ``keys`` is not iterated when nothing is open."""
        t = s.window_reviews
        # the open items are few (a queue people work through); a 100,000-case import then costs
        # one small query, not an update per thousand cases
        open_items = self.conn.execute(select(t.c.id, t.c.case_id, t.c.column, t.c.text)
                                       .where(t.c.resolved_at.is_(None))).all()
        if not open_items:
            return 0
        pairs = {(case_id, column) for _, case_id, column, _ in open_items}
        wanted = {(case_id, column[:COLUMN_CHARS]) for case_id, column in keys
                  if (case_id, column[:COLUMN_CHARS]) in pairs}
        kept = {(case_id, column[:COLUMN_CHARS], text) for case_id, column, text in keep}
        ids = [i for i, case_id, column, text in open_items
               if (case_id, column) in wanted and (case_id, column, text) not in kept]
        closed = 0
        for start in range(0, len(ids), CHUNK):
            closed += self.conn.execute(update(t).where(t.c.id.in_(ids[start:start + CHUNK]))
                                        .values(resolved_at=_now(), resolved_by=by, resolution=resolution,
                                                action="replaced")).rowcount
        return closed

    def decisions(self, case_ids: list[str]) -> dict[tuple[str, str, str], tuple[str, str]]:
        """``(case_id, column, text) → (action, resolution)`` of the latest person's decision
        (corrected / dismissed) on each text of these cases."""
        t = s.window_reviews
        out: dict[tuple[str, str, str], tuple[str, str]] = {}
        for start in range(0, len(case_ids), CHUNK):
            q = (select(t.c.case_id, t.c.column, t.c.text, t.c.action, t.c.resolution)
                 .where(t.c.action.in_(("corrected", "dismissed")), t.c.case_id.in_(case_ids[start:start + CHUNK]))
                 .order_by(t.c.id))
            for r in self.conn.execute(q):
                out[(r.case_id, r.column, r.text)] = (r.action, r.resolution or "")
        return out

    def pending(self) -> list[dict]:
        t = s.window_reviews
        q = select(t).where(t.c.resolved_at.is_(None)).order_by(t.c.case_id, t.c.id)
        return [dict(r._mapping) for r in self.conn.execute(q)]

    def count(self) -> int:
        t = s.window_reviews
        return self.conn.execute(select(func.count()).select_from(t).where(t.c.resolved_at.is_(None))).scalar_one()

    def get(self, review_id: int) -> dict | None:
        r = self.conn.execute(select(s.window_reviews).where(s.window_reviews.c.id == review_id)).first()
        return dict(r._mapping) if r else None

    def resolve(self, review_id: int, by: str, resolution: str, action: str = "corrected") -> None:
        t = s.window_reviews
        self.conn.execute(update(t).where(t.c.id == review_id)
                          .values(resolved_at=_now(), resolved_by=by, resolution=resolution, action=action))
