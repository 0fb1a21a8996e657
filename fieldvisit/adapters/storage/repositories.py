"""SQLAlchemy Core repositories of the case store (cases, collectors, settings, imports).
Bulk paths use executemany. Visits, plans, caches, audit and keys live in ``records.py``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from decimal import Decimal
from operator import attrgetter

from sqlalchemy import JSON, Connection, Date, Time, bindparam, delete, func, insert, select, update

from fieldvisit.adapters.storage import schema as s
from fieldvisit.adapters.storage.types import DecimalText, UTCDateTime
from fieldvisit.domain.cases import Case, CaseStatus, Collector, GeoStatus, parse_flags
from fieldvisit.domain.windows import Place, Window
from fieldvisit.services.ports import ImportRecord

CHUNK = 5000

# Case fields stored in columns of the same name.
_PLAIN = ("name", "address", "work_address", "lat", "lon", "country", "timezone", "due_date",
          "balance", "currency", "last_payment_date", "last_payment_amount", "phone", "notes",
          "appointment_text", "extra")


def _memoised(processor):
    memo: dict = {}

    def process(value):
        try:
            return memo[value]
        except KeyError:
            result = memo[value] = processor(value)
            return result
        except TypeError:  # unhashable value
            return processor(value)

    return process


def _decimal_text(processor):
    """Money amounts: a Decimal binds as its text (what the processor gives) without the type
    machinery per value; anything else goes through ``processor``."""
    if processor(Decimal("-1.50")) != "-1.50":
        return processor

    def process(value):
        return str(value) if type(value) is Decimal else processor(value)

    return process


def bulk_insert(conn: Connection, table, rows: Sequence[dict]) -> None:
    """executemany of many rows with the same keys, without SQLAlchemy's per-row statement
    machinery: bind processors are looked up once per column and the driver gets plain tuples
    (or dicts for named-parameter drivers). Several times faster on 100,000-row imports."""
    if not rows:
        return
    bulk_insert_columns(conn, table, {k: [row[k] for row in rows] for k in rows[0]})


def bulk_insert_columns(conn: Connection, table, columns: dict[str, list]) -> None:
    """:func:`bulk_insert` of rows given column by column (``{"name": [v1, v2, …], …}``, all
    lists of one length): each column's driver conversion runs through ``map()``, and no dict
    is built per row."""
    if not columns or not next(iter(columns.values())):
        return
    conn.exec_driver_sql(*insert_params(conn.dialect, table, columns))


def insert_params(dialect, table, columns: dict[str, list]) -> tuple[str, list]:
    """``(INSERT statement, driver parameters)`` of :func:`bulk_insert_columns` for ``dialect``
    (``columns`` not empty), for running on a driver connection directly."""
    keys = list(columns)
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    processors = {}
    for k in keys:
        processor = table.c[k].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            # Imports repeat timestamps (one per import, shared windows): convert each distinct
            # one once. Only for time types, where equal values always store equally.
            # JSON too: most cases keep no extra columns (None), a dict is not hashable (not memoised).
            timelike = isinstance(table.c[k].type, (UTCDateTime, Date, Time, JSON))
            processors[k] = _memoised(processor) if timelike else \
                _decimal_text(processor) if isinstance(table.c[k].type, DecimalText) else processor
    converted = {k: (list(map(processors[k], v)) if k in processors else v) for k, v in columns.items()}
    if compiled.positional:
        order = [compiled.binds[name].key for name in compiled.positiontup]
        params = list(zip(*(converted[k] for k in order)))
    else:
        names = {compiled.binds[name].key: name for name in compiled.binds}
        params = [dict(zip([names[k] for k in keys], values)) for values in zip(*(converted[k] for k in keys))]
    return compiled.string, params


def _now() -> datetime:
    return datetime.now(UTC)


_GET_PLAIN = attrgetter(*_PLAIN)


def _case_values(case: Case, fields: Sequence[str] = _PLAIN) -> dict:
    if isinstance(fields, tuple) and fields[:len(_PLAIN)] == _PLAIN:
        values = dict(zip(_PLAIN, _GET_PLAIN(case)))
    else:
        values = {f: getattr(case, f) for f in fields if f in _PLAIN}
    if "extra" in values and not values["extra"]:
        values["extra"] = None  # most cases keep nothing: no JSON to write
    if "flags" in fields:
        values["flags"] = ",".join(sorted(f.value for f in case.flags))
    if "geo_status" in fields:
        values["geo_status"] = case.geo_status.value
    return values


def case_columns(cases: Sequence[Case]) -> dict[str, list]:
    """The stored columns of ``cases`` (all but keys, collector, import and timestamps), column
    by column for :func:`bulk_insert_columns`."""
    columns = {f: list(map(attrgetter(f), cases)) for f in _PLAIN}
    columns["extra"] = [c.extra or None for c in cases]  # most cases keep nothing: no JSON to write
    columns["flags"] = [",".join(sorted(f.value for f in c.flags)) if c.flags else "" for c in cases]
    columns["geo_status"] = [c.geo_status.value for c in cases]
    columns["case_id"] = [c.case_id for c in cases]
    columns["status"] = [c.status.value for c in cases]
    return columns


def window_columns(ws: Sequence[Window]) -> dict[str, list]:
    """The stored columns of windows (all but ``case_pk``), column by column."""
    return {"tz": [w.tz for w in ws], "start_at": [w.start for w in ws], "end_at": [w.end for w in ws],
            "weekdays": [",".join(map(str, w.weekdays)) if w.weekdays else "" for w in ws],
            "start_time": [w.start_time for w in ws], "end_time": [w.end_time for w in ws],
            "place": [w.place.value for w in ws], "text": [w.text for w in ws],
            "inconvenient": [w.inconvenient for w in ws]}


def _window_values(case_pk: int, w: Window) -> dict:
    return {"case_pk": case_pk, "tz": w.tz, "start_at": w.start, "end_at": w.end,
            "weekdays": ",".join(map(str, w.weekdays)), "start_time": w.start_time,
            "end_time": w.end_time, "place": w.place.value, "text": w.text, "inconvenient": w.inconvenient}


def _window_from_row(r) -> Window:
    from zoneinfo import ZoneInfo

    if r.start_at is not None:
        zone = ZoneInfo(r.tz)
        return Window(tz=r.tz, start=r.start_at.astimezone(zone), end=r.end_at.astimezone(zone),
                      place=Place(r.place), text=r.text, inconvenient=bool(r.inconvenient))
    return Window(tz=r.tz, weekdays=tuple(int(d) for d in r.weekdays.split(",") if d),
                  start_time=r.start_time, end_time=r.end_time, place=Place(r.place), text=r.text,
                  inconvenient=bool(r.inconvenient))


def _jsonable(value):
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


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

    def update_many(self, updates: Sequence[tuple[int, Case, frozenset[str]]], import_id: int | None) -> list[dict]:
        """Returns the flag changes made: ``[{case_id, before, after}]``."""
        if not updates:
            return []
        now = _now()
        collectors = self._collector_ids([c for _, c, _ in updates])
        pks = [pk for pk, _, _ in updates]
        before: dict[int, dict] = {}
        for start in range(0, len(pks), CHUNK):
            rows = self.conn.execute(select(s.cases).where(s.cases.c.id.in_(pks[start:start + CHUNK])))
            for r in rows.mappings():
                before[r["id"]] = {k: _jsonable(v) for k, v in r.items()
                                   if k not in ("id", "created_at", "updated_at", "import_id")}
        self.conn.execute(insert(s.case_history),
                          [{"case_pk": pk, "import_id": import_id, "at": now, "before": before[pk]}
                           for pk in pks])
        groups: dict[tuple[str, ...], list[dict]] = defaultdict(list)
        for pk, case, present in updates:
            fields = tuple(sorted(f for f in present if f in (*_PLAIN, "flags", "geo_status")))
            values = _case_values(case, fields)
            if "extra" in values:  # kept columns add to (or correct) what earlier files kept
                values["extra"] = {**(before[pk].get("extra") or {}), **case.extra}
            if case.collector:
                values["collector_id"] = collectors[case.collector]
            values.update(_pk=pk, updated_at=now, import_id=import_id)
            groups[tuple(sorted(values))].append(values)
        for columns, rows in groups.items():
            stmt = (update(s.cases).where(s.cases.c.id == bindparam("_pk"))
                    .values({c: bindparam(c) for c in columns if c != "_pk"}))
            self.conn.execute(stmt, rows)
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
            rejected=len(record.rejected), review=record.review))
        if record.rejected:
            self.conn.execute(insert(s.import_rejections), [
                {"import_id": import_id, "row": r["row"], "column": r["column"][:80], "error": r["error"]}
                for r in record.rejected])
