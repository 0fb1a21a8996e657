"""SQLAlchemy Core repositories of what accumulates around the cases: plans, geocoding cache,
visits and drafts, the audit trail, overrides, and the workspace's keys."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import Connection, delete, insert, select

from fieldvisit.adapters.storage import schema as s
from fieldvisit.adapters.storage.repositories import CHUNK, _now
from fieldvisit.domain.audit import GENESIS, AuditEntry, canonical, entry_hash


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
                "warnings": r.warnings}

    def get(self, visit_id: str) -> dict | None:
        r = self.conn.execute(self._q().where(s.visits.c.visit_id == visit_id)).first()
        return self._row(r) if r else None

    def replaced_by(self, visit_id: str) -> str | None:
        return self.conn.execute(select(s.visits.c.visit_id).where(s.visits.c.replaces == visit_id)).scalar()

    def add(self, visit, version: int, content_hash: str, warnings: list[str], recorded_at: datetime) -> None:
        case_pk = self.conn.execute(select(s.cases.c.id).where(s.cases.c.case_id == visit.case_id)).scalar_one()
        data = visit.as_json()
        self.conn.execute(insert(s.visits).values(
            visit_id=visit.visit_id, case_pk=case_pk, version=version, replaces=visit.replaces,
            content_hash=content_hash, arrived_at=visit.arrived_at, left_at=visit.left_at,
            outcome=visit.outcome.value,
            promise_amount=visit.promise.amount if visit.promise else None,
            promise_currency=visit.promise.currency if visit.promise else None,
            promise_date=visit.promise.date if visit.promise else None,
            payment_amount=visit.payment.amount if visit.payment else None,
            recorded_at=recorded_at, data=data, warnings=warnings))

    def list(self, case_id: str | None = None) -> list[dict]:
        q = self._q().order_by(s.visits.c.arrived_at, s.visits.c.id)
        if case_id:
            q = q.where(s.cases.c.case_id == case_id)
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

    def for_day(self, day: date) -> dict[str, dict]:
        q = select(s.overrides).where((s.overrides.c.day.is_(None)) | (s.overrides.c.day == day)).order_by(s.overrides.c.id)
        return {r.case_id: {"by": r.by, "reason": r.reason, "day": r.day} for r in self.conn.execute(q)}


class SqlKeys:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def identity(self) -> dict | None:
        r = self.conn.execute(select(s.identity).order_by(s.identity.c.id).limit(1)).first()
        return dict(r._mapping) if r else None

    def create_identity(self, name: str, role: str, keys: dict) -> None:
        self.conn.execute(insert(s.identity).values(name=name, role=role, sign_private=keys["sign_private"],
                                                    box_private=keys["box_private"], fingerprint=keys["fingerprint"],
                                                    created_at=_now()))

    def trust(self, doc: dict) -> bool:
        """Returns False when the peer was already trusted (no change)."""
        found = self.conn.execute(select(s.peers).where(s.peers.c.fingerprint == doc["fingerprint"])).first()
        if found is not None and found.revoked_at is None:
            return False
        self.conn.execute(delete(s.peers).where(s.peers.c.fingerprint == doc["fingerprint"]))
        self.conn.execute(insert(s.peers).values(fingerprint=doc["fingerprint"], name=doc["name"], role=doc["role"],
                                                 sign_key=doc["sign_key"], box_key=doc["box_key"], trusted_at=_now()))
        return True

    def peers(self) -> list[dict]:
        return [dict(r._mapping) for r in self.conn.execute(select(s.peers).order_by(s.peers.c.name))]
