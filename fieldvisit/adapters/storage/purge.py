"""Forgetting what a collector's laptop no longer needs: once a case has left the laptop
(recalled, closed or paid) and the office has acknowledged every visit to it, its personal data
is wiped from the workspace — name, addresses, phone, notes, coordinates, appointment texts and
windows, the case-file history, drafts, and the notes and prep snapshots of its visits. What
stays is what the records need: case id, status, amounts, outcomes and times.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, func, select, update

from fieldvisit.adapters.storage import schema as s
from fieldvisit.adapters.storage.rows import CHUNK, _now

LEFT = ("recalled", "closed", "paid")
PURGED = "purged"  # geo_status of a case whose personal data is gone


class SqlPurge:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def candidates(self) -> list[str]:
        """Cases gone from the laptop, not purged yet, with no visit waiting for the office and no draft."""
        pending = (select(s.visits.c.case_pk).where(s.visits.c.acknowledged_at.is_(None)))
        drafts = select(s.drafts.c.case_id)
        q = (select(s.cases.c.case_id).where(s.cases.c.status.in_(LEFT))
             .where(s.cases.c.geo_status != PURGED)
             .where(s.cases.c.id.not_in(pending)).where(s.cases.c.case_id.not_in(drafts)))
        return list(self.conn.execute(q).scalars())

    def personal_data(self, case_ids: list[str]) -> int:
        """Wipe the personal data of these cases; returns how many were wiped."""
        done = 0
        for start in range(0, len(case_ids), CHUNK):
            ids = case_ids[start:start + CHUNK]
            pks = list(self.conn.execute(select(s.cases.c.id).where(s.cases.c.case_id.in_(ids))).scalars())
            done += self.conn.execute(update(s.cases).where(s.cases.c.id.in_(pks)).values(
                name="", address="", work_address="", phone="", notes="", appointment_text="", lat=None, lon=None,
                geo_status=PURGED, updated_at=_now())).rowcount
            self.conn.execute(delete(s.windows).where(s.windows.c.case_pk.in_(pks)))
            self.conn.execute(delete(s.case_history).where(s.case_history.c.case_pk.in_(pks)))
            self.conn.execute(delete(s.drafts).where(s.drafts.c.case_id.in_(ids)))
            for vid, data in self.conn.execute(select(s.visits.c.id, s.visits.c.data)
                                               .where(s.visits.c.case_pk.in_(pks))).all():
                kept = {k: v for k, v in (data or {}).items() if k not in ("notes", "agreed_plan_notes")}
                kept["notes"] = ""
                self.conn.execute(update(s.visits).where(s.visits.c.id == vid).values(data=kept, prep=None))
        return done

    def count(self) -> int:
        return self.conn.execute(select(func.count()).select_from(s.cases)
                                 .where(s.cases.c.geo_status == PURGED)).scalar_one()
