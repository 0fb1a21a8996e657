"""How cases and windows become rows and back, and bulk inserts: ``executemany`` with bind
processors looked up once per column (several times faster than SQLAlchemy's per-row statement
machinery on 100,000-row imports). Used by the repositories, the import's staging and purging."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from decimal import Decimal
from operator import attrgetter

from sqlalchemy import JSON, Connection, Date, Time, insert, literal_column, select

from fieldvisit.adapters.storage import schema as s
from fieldvisit.adapters.storage.types import DecimalText, UTCDateTime
from fieldvisit.domain.cases import Case
from fieldvisit.domain.windows import Place, Window

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

    process.memo, process.convert = memo, processor  # :func:`_convert` fills the memo column-wide
    return process


def _decimal_text(processor):
    """Money amounts: a Decimal binds as its text (what the processor gives) without the type
    machinery per value; anything else goes through ``processor``."""
    if processor(Decimal("-1.50")) != "-1.50":
        return processor

    def process(value):
        return str(value) if type(value) is Decimal else processor(value)

    process.all_decimal = str  # a column of Decimals only: :func:`_convert` maps ``str`` in C
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


def insert_params(dialect, table, columns: dict[str, list], *, inline_constants: bool = False) -> tuple[str, list]:
    """``(INSERT statement, driver parameters)`` of :func:`bulk_insert_columns` for ``dialect``
    (``columns`` not empty), for running on a driver connection directly. ``inline_constants``
    (SQLite): a column whose converted value is the same text, integer or NULL on every row is
    written into the statement as a literal instead of being bound on each row (a file's country,
    currency, time zone, empty phones…: binding them was half the cost of staging)."""
    processors = {}
    for k in columns:
        processor = table.c[k].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            # Imports repeat timestamps (one per import, shared windows): convert each distinct
            # one once. Only for time types, where equal values always store equally.
            # JSON too: most cases keep no extra columns (None), a dict is not hashable (not memoised).
            timelike = isinstance(table.c[k].type, (UTCDateTime, Date, Time, JSON))
            processors[k] = _memoised(processor) if timelike else \
                _decimal_text(processor) if isinstance(table.c[k].type, DecimalText) else processor
    converted = {k: _convert(processors[k], v) if k in processors else v for k, v in columns.items()}
    constants = {k: literal for k, v in converted.items()
                 if (literal := _constant_literal(v)) is not None} if inline_constants else {}
    keys = [k for k in columns if k not in constants]
    sql, order, names = _compiled(dialect, table, tuple(keys), tuple(constants.items()))
    if order is not None:
        params = list(zip(*(converted[k] for k in order))) if order else [()] * len(next(iter(columns.values())))
    else:
        params = [dict(zip([names[k] for k in keys], values)) for values in zip(*(converted[k] for k in keys))]
    return sql, params


def _compiled(dialect, table, keys: tuple[str, ...], constants: tuple[tuple[str, str], ...]):
    """``(INSERT text, bound keys in order or None, {key: bind name})`` for ``table``, compiled
    once per table object, dialect, columns and literals (kept in the table's ``info``)."""
    cache = table.info.setdefault("fieldvisit_inserts", {})
    key = (dialect.name, dialect.paramstyle, keys, constants)
    found = cache.get(key)
    if found is None:
        statement = insert(table)
        if constants:
            statement = statement.values({k: literal_column(text) for k, text in constants})
        compiled = statement.compile(dialect=dialect, column_keys=list(keys))
        order = [compiled.binds[name].key for name in compiled.positiontup] if compiled.positional else None
        names = {compiled.binds[name].key: name for name in compiled.binds}
        found = cache[key] = (compiled.string, order, names)
    return found


def _convert(processor, values: list) -> list:
    """``processor`` over ``values``; a memoised one (:func:`_memoised`) runs once per distinct
    value and the column is mapped through the results in C."""
    memo = getattr(processor, "memo", None)
    if memo is not None:
        try:
            for value in set(values) - memo.keys():
                memo[value] = processor.convert(value)
            return list(map(memo.__getitem__, values))
        except TypeError:  # an unhashable value (a dict of extra columns)
            pass
    types = set(map(type, values))
    if types == {type(None)}:  # a column the file does not have
        return [processor(None)] * len(values)
    fast = getattr(processor, "all_decimal", None)
    if fast is not None and types == {Decimal}:
        return list(map(fast, values))
    return list(map(processor, values))


def _constant_literal(values: list) -> str | None:
    """The SQL literal of the value every one of ``values`` has (two or more values: a text
    without NUL, an int or None), else None."""
    if len(values) < 2:
        return None
    first = values[0]
    kind = type(first)
    if not (first is None or kind is int or kind is str and "\x00" not in first):
        return None
    if values[-1] != first or values[len(values) // 2] != first or values.count(first) != len(values) \
            or set(map(type, values)) != {kind}:
        return None
    if first is None:
        return "NULL"
    if kind is int:
        return str(first)
    return "'" + first.replace("'", "''") + "'"


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
    by column for :func:`bulk_insert_columns`. Flags, statuses and extra columns are turned into
    text once per distinct value (a file repeats a few)."""
    columns = {f: list(map(attrgetter(f), cases)) for f in _PLAIN}
    extra = columns["extra"]
    columns["extra"] = [e or None for e in extra] if any(extra) else [None] * len(extra)  # most keep nothing
    columns["flags"] = _per_distinct(list(map(_FLAGS, cases)), lambda flags: ",".join(sorted(f.value for f in flags))
                                     if flags else "")
    columns["geo_status"] = _per_distinct(list(map(_GEO_STATUS, cases)), attrgetter("value"))
    columns["case_id"] = list(map(_CASE_ID, cases))
    columns["status"] = _per_distinct(list(map(_STATUS, cases)), attrgetter("value"))
    return columns


_FLAGS, _GEO_STATUS, _CASE_ID, _STATUS = (attrgetter(f) for f in ("flags", "geo_status", "case_id", "status"))


def _per_distinct(values: list, convert) -> list:
    """``[convert(v) for v in values]``, calling ``convert`` once per distinct value."""
    try:
        memo = {v: convert(v) for v in set(values)}
    except TypeError:  # unhashable (a set of flags given as a list)
        return [convert(v) for v in values]
    return list(map(memo.__getitem__, values))


def window_columns(ws: Sequence[Window]) -> dict[str, list]:
    """The stored columns of windows (all but ``case_pk``), column by column."""
    return {"tz": [w.tz for w in ws], "start_at": [w.start for w in ws], "end_at": [w.end for w in ws],
            "weekdays": [",".join(map(str, w.weekdays)) if w.weekdays else "" for w in ws],
            "start_time": [w.start_time for w in ws], "end_time": [w.end_time for w in ws],
            "place": [w.place.value for w in ws], "text": [w.text for w in ws],
            "inconvenient": [w.inconvenient for w in ws]}


def same_values(row, values: dict) -> bool:
    """True when writing ``values`` (column → new value, as :func:`_case_values` gives them) would
    leave the stored ``row`` (a mapping of the ``cases`` table) as it is: a re-import of an
    unchanged row is no update. No extra columns and ``{}``, no flags and ``""`` are the same."""
    for name, value in values.items():
        old = row[name]
        if value == old:
            continue
        if name in ("extra", "flags", "notes", "phone", "appointment_text") and not value and not old:
            continue
        return False
    return True


#: The stored columns of a window but its keys, in the table's order.
WINDOW_COLUMNS = [c.name for c in s.windows.columns if c.name not in ("id", "case_pk")]


def stored_window_rows(conn: Connection, pks: list[int]) -> dict[int, list[tuple]]:
    """case pk → its windows as stored (column values, in order), to leave unchanged ones alone."""
    found: dict[int, list[tuple]] = {}
    for start in range(0, len(pks), CHUNK):
        q = (select(s.windows.c.case_pk, *(s.windows.c[n] for n in WINDOW_COLUMNS))
             .where(s.windows.c.case_pk.in_(pks[start:start + CHUNK])).order_by(s.windows.c.id))
        for r in conn.execute(q):
            found.setdefault(r[0], []).append(tuple(r[1:]))
    return found


def window_rows(windows) -> list[tuple]:
    """Windows as :func:`stored_window_rows` gives them, to compare."""
    columns = window_columns(windows)
    return list(zip(*(columns[n] for n in WINDOW_COLUMNS)))


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
