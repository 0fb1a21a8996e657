"""SQLAlchemy Core repositories of the case store (cases, collectors, settings, imports).
Bulk paths use executemany (rows and bulk inserts: ``rows.py``). Visits, plans, caches, audit and
keys live in ``records.py``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import Connection, bindparam, delete, func, insert, or_, select, update

from fieldvisit.adapters.storage import schema as s
from fieldvisit.adapters.storage.rows import (
    _PLAIN, CHUNK, _case_values, _jsonable, _now, _window_from_row, _window_values, bulk_insert_columns,
    case_columns, same_values, stored_window_rows, window_columns, window_rows,
)
from fieldvisit.domain.cases import Case, CaseStatus, Collector, GeoStatus, parse_flags
from fieldvisit.domain.windows import Window
from fieldvisit.services.ports import ImportRecord


class SqlCases:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def keys(self, among: Sequence[str] | None = None) -> dict[str, int]:
        if among is None:
            return dict(self.conn.execute(select(s.cases.c.case_id, s.cases.c.id)).all())
        found: dict[str, int] = {}
        for start in range(0, len(among), CHUNK):
            found.update(self.conn.execute(select(s.cases.c.case_id, s.cases.c.id)
                                           .where(s.cases.c.case_id.in_(among[start:start + CHUNK]))).all())
        return found

    def flags_of(self, pks: Sequence[int]) -> dict[int, frozenset]:
        found: dict[int, frozenset] = {}
        for start in range(0, len(pks), CHUNK):
            for pk, text in self.conn.execute(select(s.cases.c.id, s.cases.c.flags)
                                              .where(s.cases.c.id.in_(pks[start:start + CHUNK]))):
                found[pk] = parse_flags(text or "")
        return found

    def places_of(self, pks: Sequence[int]) -> dict[int, tuple[str, float | None, float | None, str]]:
        """Storage key → ``(address, lat, lon, geo_status)`` of those cases (degrees; None: no position)."""
        found: dict[int, tuple] = {}
        c = s.cases.c
        for start in range(0, len(pks), CHUNK):
            for pk, address, lat, lon, status in self.conn.execute(
                    select(c.id, c.address, c.lat, c.lon, c.geo_status).where(c.id.in_(pks[start:start + CHUNK]))):
                found[pk] = (address or "", lat, lon, status)
        return found

    def with_appointments(self, pks: Sequence[int]) -> set[int]:
        """The storage keys of those cases that have appointment windows stored (not the times not to come)."""
        found: set[int] = set()
        w = s.windows.c
        for start in range(0, len(pks), CHUNK):
            found.update(self.conn.execute(select(w.case_pk).distinct().where(
                w.case_pk.in_(pks[start:start + CHUNK]), w.inconvenient.is_(False))).scalars())
        return found

    def _collector_ids(self, cases: Sequence[Case]) -> dict[str, int]:
        names = {c.collector for c in cases if c.collector}
        if not names:
            return {}
        rows = self.conn.execute(select(s.collectors.c.name, s.collectors.c.id)
                                 .where(s.collectors.c.name.in_(names)))
        return dict(rows.all())

    def add_many(self, cases: Sequence[Case], import_id: int | None) -> None:
        now = _now()
        collectors = self._collector_ids(cases)
        for start in range(0, len(cases), CHUNK):
            chunk = cases[start:start + CHUNK]
            n = len(chunk)
            # Column by column (no dict per case); plain executemany (RETURNING would make SQLite
            # insert row by row), then one look-up.
            columns = case_columns(chunk)
            columns["created_at"] = [now] * n
            columns["updated_at"] = [now] * n
            columns["import_id"] = [import_id] * n
            columns["collector_id"] = [collectors.get(c.collector) if c.collector else None for c in chunk]
            bulk_insert_columns(self.conn, s.cases, columns)
        windows = [(c.case_id, w) for c in cases for w in c.windows]
        if windows:
            keys = self.keys() if len(cases) > 500 else dict(self.conn.execute(
                select(s.cases.c.case_id, s.cases.c.id).where(s.cases.c.case_id.in_([c.case_id for c in cases]))).all())
            for start in range(0, len(windows), CHUNK):
                chunk = windows[start:start + CHUNK]
                columns = window_columns([w for _, w in chunk])
                columns["case_pk"] = [keys[cid] for cid, _ in chunk]
                bulk_insert_columns(self.conn, s.windows, columns)

    def update_many(self, updates: Sequence[tuple[int, Case, frozenset[str]]], import_id: int | None,
                    unchanged: set[str] | None = None) -> list[dict]:
        """Returns the flag changes made: ``[{case_id, before, after}]``. ``unchanged`` (a set, an
        import's): the cases the update would leave as they are are not written (no history entry;
        only the import that last confirmed them is recorded) and their ids are added to it."""
        if not updates:
            return []
        now = _now()
        collectors = self._collector_ids([c for _, c, _ in updates])
        pks = [pk for pk, _, _ in updates]
        rows: dict[int, dict] = {}
        for start in range(0, len(pks), CHUNK):
            for r in self.conn.execute(select(s.cases).where(s.cases.c.id.in_(pks[start:start + CHUNK]))).mappings():
                rows[r["id"]] = dict(r)
        before = {pk: {k: _jsonable(v) for k, v in r.items() if k not in ("id", "created_at", "updated_at", "import_id")}
                  for pk, r in rows.items()}
        groups: dict[tuple[str, ...], list[dict]] = defaultdict(list)
        stored_windows = stored_window_rows(self.conn, [pk for pk, _, present in updates if "windows" in present]) \
            if unchanged is not None else {}
        written, same = [], []
        for pk, case, present in updates:
            fields = tuple(sorted(f for f in present if f in (*_PLAIN, "flags", "geo_status")))
            values = _case_values(case, fields)
            if "extra" in values:  # kept columns add to (or correct) what earlier files kept
                values["extra"] = {**(before[pk].get("extra") or {}), **case.extra}
            if case.collector:
                values["collector_id"] = collectors[case.collector]
            if unchanged is not None and same_values(rows[pk], values) and (
                    "windows" not in present or window_rows(case.windows) == stored_windows.get(pk, [])):
                same.append(pk)
                unchanged.add(case.case_id)
                continue
            written.append((pk, case, present))
            values.update(_pk=pk, updated_at=now, import_id=import_id)
            groups[tuple(sorted(values))].append(values)
        if same and import_id is not None:
            for start in range(0, len(same), CHUNK):
                self.conn.execute(update(s.cases).where(s.cases.c.id.in_(same[start:start + CHUNK]))
                                  .values(import_id=import_id))
        updates = written
        if not updates:
            return []
        self.conn.execute(insert(s.case_history),
                          [{"case_pk": pk, "import_id": import_id, "at": now, "before": before[pk]}
                           for pk, _, _ in updates])
        for columns, values in groups.items():
            stmt = (update(s.cases).where(s.cases.c.id == bindparam("_pk"))
                    .values({c: bindparam(c) for c in columns if c != "_pk"}))
            self.conn.execute(stmt, values)
        flag_changes = []
        for pk, case, present in updates:
            if "flags" in present:
                old = sorted(f for f in (before[pk].get("flags") or "").split(",") if f)
                new = sorted(f.value for f in case.flags)
                if old != new:
                    flag_changes.append({"case_id": case.case_id, "before": old, "after": new})
        rewindow = [(pk, case) for pk, case, present in updates if "windows" in present]
        if rewindow:
            ids = [pk for pk, _ in rewindow]
            for start in range(0, len(ids), CHUNK):
                self.conn.execute(delete(s.windows).where(s.windows.c.case_pk.in_(ids[start:start + CHUNK])))
            windows = [_window_values(pk, w) for pk, c in rewindow for w in c.windows]
            if windows:
                self.conn.execute(insert(s.windows), windows)
        return flag_changes

    def _to_cases(self, rows) -> list[Case]:
        rows = list(rows)
        by_pk: dict[int, list[Window]] = defaultdict(list)
        pks = [r.id for r in rows]
        for start in range(0, len(pks), CHUNK):
            for w in self.conn.execute(select(s.windows).where(s.windows.c.case_pk.in_(pks[start:start + CHUNK]))
                                       .order_by(s.windows.c.id)):
                by_pk[w.case_pk].append(_window_from_row(w))
        out = []
        for r in rows:
            out.append(Case(
                case_id=r.case_id, name=r.name, address=r.address, work_address=r.work_address,
                lat=r.lat, lon=r.lon, geo_status=GeoStatus(r.geo_status), country=r.country,
                timezone=r.timezone, due_date=r.due_date, balance=r.balance, currency=r.currency,
                last_payment_date=r.last_payment_date, last_payment_amount=r.last_payment_amount,
                phone=r.phone, flags=parse_flags(r.flags), collector=r.collector_name,
                notes=r.notes, status=CaseStatus(r.status), windows=by_pk.get(r.id, []),
                appointment_text=r.appointment_text, extra=dict(r.extra or {})))
        return out

    def _select(self):
        return (select(s.cases, s.collectors.c.name.label("collector_name"))
                .join(s.collectors, s.cases.c.collector_id == s.collectors.c.id, isouter=True))

    def list(self, *, status: str | None = None, collector: str | None = None) -> list[Case]:
        q = self._select().order_by(s.cases.c.case_id)
        if status:
            q = q.where(s.cases.c.status == status)
        if collector:
            q = q.where(s.collectors.c.name == collector)
        return self._to_cases(self.conn.execute(q))

    def get(self, case_id: str) -> Case | None:
        found = self._to_cases(self.conn.execute(self._select().where(s.cases.c.case_id == case_id)))
        return found[0] if found else None

    def history(self, case_id: str) -> list[dict]:
        q = (select(s.case_history.c.at, s.case_history.c.import_id, s.case_history.c.before)
             .join(s.cases, s.cases.c.id == s.case_history.c.case_pk)
             .where(s.cases.c.case_id == case_id).order_by(s.case_history.c.id))
        return [dict(r._mapping) for r in self.conn.execute(q)]

    def assign(self, case_ids: Sequence[str], collector_id: int | None) -> int:
        total = 0
        for start in range(0, len(case_ids), CHUNK):
            result = self.conn.execute(update(s.cases)
                                       .where(s.cases.c.case_id.in_(case_ids[start:start + CHUNK]))
                                       .values(collector_id=collector_id, updated_at=_now()))
            total += result.rowcount
        return total

    def unassigned(self) -> list[str]:
        q = (select(s.cases.c.case_id).where(s.cases.c.collector_id.is_(None))
             .where(s.cases.c.status == CaseStatus.OPEN.value).order_by(s.cases.c.case_id))
        return list(self.conn.execute(q).scalars())

    def needing_position(self) -> list[Case]:
        """Open cases without coordinates (geocoding queue), oldest import first."""
        q = self._select().where(s.cases.c.lat.is_(None)).where(s.cases.c.status == CaseStatus.OPEN.value) \
            .order_by(s.cases.c.id)
        return self._to_cases(self.conn.execute(q))

    def set_position(self, case_id: str, lat: float | None, lon: float | None, status: str,
                     timezone: str | None = None) -> None:
        values = {"lat": lat, "lon": lon, "geo_status": status, "updated_at": _now()}
        if timezone:
            values["timezone"] = timezone
        self.conn.execute(update(s.cases).where(s.cases.c.case_id == case_id).values(**values))

    def set_status(self, case_ids: Sequence[str], status: str) -> int:
        total = 0
        for start in range(0, len(case_ids), CHUNK):
            total += self.conn.execute(update(s.cases).where(s.cases.c.case_id.in_(case_ids[start:start + CHUNK]))
                                       .where(s.cases.c.status != status)
                                       .values(status=status, updated_at=_now())).rowcount
        return total

    def set_flags(self, case_id: str, flags) -> None:
        self.conn.execute(update(s.cases).where(s.cases.c.case_id == case_id)
                          .values(flags=",".join(sorted(f.value for f in flags)), updated_at=_now()))

    def last_payments(self, case_ids) -> dict:
        """case_id → (last payment date, amount) as the latest case file reported it."""
        ids = list(case_ids)
        out = {}
        for start in range(0, len(ids), CHUNK):
            q = (select(s.cases.c.case_id, s.cases.c.last_payment_date, s.cases.c.last_payment_amount)
                 .where(s.cases.c.case_id.in_(ids[start:start + CHUNK])))
            out.update({r.case_id: (r.last_payment_date, r.last_payment_amount) for r in self.conn.execute(q)})
        return out

    def count(self) -> int:
        return self.conn.execute(select(func.count()).select_from(s.cases)).scalar_one()


class SqlCollectors:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @staticmethod
    def _from(r) -> Collector:
        home = (r.home_lat, r.home_lon) if r.home_lat is not None and r.home_lon is not None else None
        end = (r.end_lat, r.end_lon) if r.end_lat is not None and r.end_lon is not None else None
        return Collector(name=r.name, home=home, end=end, id=r.id)

    def list(self) -> list[Collector]:
        return [self._from(r) for r in self.conn.execute(select(s.collectors).order_by(s.collectors.c.name))]

    def get(self, name: str) -> Collector | None:
        r = self.conn.execute(select(s.collectors).where(s.collectors.c.name == name)).first()
        return self._from(r) if r else None

    def get_or_create(self, name: str) -> Collector:
        found = self.get(name)
        if found:
            return found
        pk = self.conn.execute(insert(s.collectors).values(name=name, created_at=_now())
                               .returning(s.collectors.c.id)).scalar_one()
        return Collector(name=name, id=pk)

    def save(self, collector: Collector) -> Collector:
        existing = self.get_or_create(collector.name)
        self.conn.execute(update(s.collectors).where(s.collectors.c.id == existing.id)
                          .values(home_lat=collector.home[0] if collector.home else None,
                                  home_lon=collector.home[1] if collector.home else None,
                                  end_lat=collector.end[0] if collector.end else None,
                                  end_lon=collector.end[1] if collector.end else None))
        return Collector(collector.name, collector.home, collector.end, existing.id)


class SqlSettings:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, key: str, default: str | None = None) -> str | None:
        value = self.conn.execute(select(s.settings.c.value).where(s.settings.c.key == key)).scalar()
        return default if value is None else value

    def set(self, key: str, value: str) -> None:
        if self.conn.execute(select(s.settings.c.key).where(s.settings.c.key == key)).first():
            self.conn.execute(update(s.settings).where(s.settings.c.key == key).values(value=value))
        else:
            self.conn.execute(insert(s.settings).values(key=key, value=value))


class SqlImports:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def start(self, file_name: str, sha256: str, as_of: date) -> int:
        return self.conn.execute(insert(s.imports).values(
            file_name=file_name, sha256=sha256, as_of=as_of, at=_now(), rows=0, imported=0,
            updated=0, rejected=0, review=[]).returning(s.imports.c.id)).scalar_one()

    def finish(self, import_id: int, record: ImportRecord) -> None:
        self.conn.execute(update(s.imports).where(s.imports.c.id == import_id).values(
            rows=record.rows, imported=record.imported, updated=record.updated,
            rejected=len(record.rejected), review=record.review, profile=record.profile,
            headers_key=record.headers_key))
        if record.rejected:
            self.conn.execute(insert(s.import_rejections), [
                {"import_id": import_id, "row": r["row"], "column": r["column"][:80], "error": r["error"]}
                for r in record.rejected])

    def sources(self) -> list[dict]:
        """See :class:`~fieldvisit.services.ports.ImportLog` (the imports table is small)."""
        c = s.imports.c
        return [dict(r._mapping) for r in self.conn.execute(
            select(c.id, c.file_name, c.profile, c.headers_key, c.as_of).order_by(c.id))]

    def open_cases_of(self, import_ids) -> list[str]:
        """See :class:`~fieldvisit.services.ports.ImportLog`."""
        if not import_ids:
            return []
        return list(self.conn.execute(
            select(s.cases.c.case_id).where(s.cases.c.import_id.in_(list(import_ids)),
                                            s.cases.c.status == CaseStatus.OPEN.value)
            .order_by(s.cases.c.id)).scalars())
