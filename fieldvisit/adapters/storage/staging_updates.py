"""Staging of the UPDATES of a long re-import (issue 17 item 7): the new values of existing cases
are computed and written in short transactions into tables of their own, then applied in the
import's one final transaction with set-based statements (``INSERT … SELECT`` into the history,
``UPDATE … FROM`` on ``cases``, windows replaced by ``DELETE``/``INSERT … SELECT``), so other
writers get the write lock between chunks and the import stays all-or-nothing.

A staged row holds the case's whole new row (its stored values with the file's present fields
laid over them, extra columns merged), the history snapshot of the row as it was, and the
``updated_at`` it was computed from; new windows are staged only when they differ from the stored
ones. Every other writer of a case moves
``updated_at``; a staged row whose case moved (or vanished) since it was staged is left out when
publishing and updated the ordinary way from the file's values in the final transaction.

Tables: ``import_stage_<token>_updates`` and ``import_stage_<token>_upd_windows``, owned and
dropped with the stage of the same token (:mod:`.staging`). Same SQL on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import (
    Boolean, Column, Connection, Index, Integer, MetaData, String, Table, delete, func, insert, literal, or_, select,
    update,
)

from fieldvisit.adapters.storage import schema as s
from fieldvisit.adapters.storage.rows import (
    _PLAIN, CHUNK, WINDOW_COLUMNS as _WINDOW_COLUMNS, _case_values, _jsonable, _now, bulk_insert_columns, same_values,
    stored_window_rows, window_columns, window_rows,
)
from fieldvisit.adapters.storage.types import UTCDateTime
from fieldvisit.domain.cases import Case

_CASE_COLUMNS = [c.name for c in s.cases.columns
                 if c.name not in ("id", "collector_id", "created_at", "updated_at", "import_id")]
_NOT_BEFORE = ("id", "created_at", "updated_at", "import_id")  # not part of a history snapshot


def update_tables(token: str) -> tuple[Table, Table]:
    meta = MetaData()
    rows = Table(f"import_stage_{token}_updates", meta, Column("seq", Integer, primary_key=True),
                 Column("case_pk", Integer, nullable=False), Column("stamp", UTCDateTime, nullable=True),
                 Column("before", s.case_history.c.before.type, nullable=False),
                 Column("collector", String(200), nullable=True), Column("collector_id", Integer, nullable=True),
                 Column("rewindow", Boolean, nullable=False), Column("unchanged", Boolean, nullable=False),
                 *(Column(name, s.cases.c[name].type) for name in _CASE_COLUMNS))
    # what the final transaction's check reads, without the wide rows (the history snapshots)
    Index(f"import_stage_{token}_check", rows.c.case_pk, rows.c.stamp, rows.c.case_id, rows.c.seq, rows.c.rewindow)
    windows = Table(f"import_stage_{token}_upd_windows", meta, Column("seq", Integer, primary_key=True),
                    Column("case_pk", Integer, nullable=False),
                    *(Column(name, s.windows.c[name].type) for name in _WINDOW_COLUMNS))
    return rows, windows


def stage_updates(conn: Connection, token: str, updates: Sequence[tuple[int, Case, frozenset[str]]],
                  first_seq: int) -> tuple[list[str], list[dict], list[str]]:
    """Stage ``updates`` (``(case pk, case read from the file, fields present)``, numbered from
    ``first_seq``); the first call creates the tables. Returns the case ids staged (a case deleted
    meanwhile is not), the flag changes they make (``[{case_id, before, after}]``) and the ids of
    those the update leaves as they are (staged ``unchanged``: only the import is recorded).
    Windows equal to the stored ones are not staged (left as they are)."""
    stage, stage_windows = update_tables(token)
    if first_seq == 0:
        stage.create(conn)
        stage_windows.create(conn)
    pks = [pk for pk, _, _ in updates]
    current: dict[int, dict] = {}
    for start in range(0, len(pks), CHUNK):
        for r in conn.execute(select(s.cases).where(s.cases.c.id.in_(pks[start:start + CHUNK]))).mappings():
            current[r["id"]] = dict(r)
    stored_windows = stored_window_rows(conn, [pk for pk, _, present in updates if "windows" in present])
    names = ("seq", "case_pk", "stamp", "before", "collector", "collector_id", "rewindow", "unchanged", *_CASE_COLUMNS)
    collectors = _collector_ids(conn, {case.collector for _, case, _ in updates if case.collector})
    columns: dict[str, list] = {name: [] for name in names}
    windows: list[tuple[int, object]] = []
    staged: list[str] = []
    changes: list[dict] = []
    unchanged: list[str] = []
    for seq, (pk, case, present) in enumerate(updates, first_seq):
        row = current.get(pk)
        if row is None or row["case_id"] != case.case_id:
            continue
        before = {k: _jsonable(v) for k, v in row.items() if k not in _NOT_BEFORE}
        values = _case_values(case, tuple(sorted(f for f in present if f in (*_PLAIN, "flags", "geo_status"))))
        if "extra" in values:  # kept columns add to (or correct) what earlier files kept
            values["extra"] = {**(before.get("extra") or {}), **case.extra}
        new = {**row, **values}
        if "flags" in present:
            old = sorted(f for f in (row.get("flags") or "").split(",") if f)
            now = sorted(f.value for f in case.flags)
            if old != now:
                changes.append({"case_id": case.case_id, "before": old, "after": now})
        rewindow = "windows" in present and window_rows(case.windows) != stored_windows.get(pk, [])
        same = not rewindow and same_values(row, values) and (
            not case.collector or collectors.get(case.collector) == row["collector_id"])
        if same:
            unchanged.append(case.case_id)
        extra = {"seq": seq, "case_pk": pk, "stamp": row["updated_at"], "before": before,
                 "collector": case.collector or None, "collector_id": row["collector_id"], "rewindow": rewindow,
                 "unchanged": same}
        for name in names:
            columns[name].append(extra[name] if name in extra else new[name])
        if rewindow:
            windows.extend((pk, w) for w in case.windows)
        staged.append(case.case_id)
    bulk_insert_columns(conn, stage, columns)
    for start in range(0, len(windows), CHUNK):
        chunk = windows[start:start + CHUNK]
        wcolumns = window_columns([w for _, w in chunk])
        wcolumns["case_pk"] = [pk for pk, _ in chunk]
        bulk_insert_columns(conn, stage_windows, wcolumns)
    return staged, changes, unchanged


def _collector_ids(conn: Connection, names: set[str]) -> dict[str, int]:
    if not names:
        return {}
    return dict(conn.execute(select(s.collectors.c.name, s.collectors.c.id).where(s.collectors.c.name.in_(names))).all())


def publish_updates(conn: Connection, token: str, import_id: int, fields: set[str]) -> list[str]:
    """Apply the staged updates still current (see the module docstring) to ``cases``, their
    history and windows, in the caller's (final) transaction. ``fields``: the case fields any
    staged row sets (``"collector"`` when one names a collector); only their columns are written.
    Returns the case ids left out because their case moved since it was staged (the caller
    updates those from the file)."""
    stage, stage_windows = update_tables(token)
    moved = conn.execute(select(stage.c.seq, stage.c.case_id, stage.c.case_pk)
                         .outerjoin(s.cases, s.cases.c.id == stage.c.case_pk)
                         .where(or_(s.cases.c.id.is_(None), s.cases.c.case_id != stage.c.case_id,
                                    s.cases.c.updated_at.is_distinct_from(stage.c.stamp)))).all()
    for start in range(0, len(moved), CHUNK):
        chunk = moved[start:start + CHUNK]
        conn.execute(delete(stage).where(stage.c.seq.in_([r.seq for r in chunk])))
        conn.execute(delete(stage_windows).where(stage_windows.c.case_pk.in_([r.case_pk for r in chunk])))
    now = literal(_now(), UTCDateTime)
    changed = stage.c.unchanged.is_(False)  # an unchanged case is not written: its import is recorded
    conn.execute(update(s.cases).where(s.cases.c.id == stage.c.case_pk, stage.c.unchanged.is_(True))
                 .values(import_id=literal(import_id, Integer)))
    conn.execute(insert(s.case_history).from_select(
        ["case_pk", "import_id", "at", "before"],
        select(stage.c.case_pk, literal(import_id, Integer), now, stage.c.before).where(changed)
        .order_by(stage.c.seq)))
    collector = (select(s.collectors.c.id).where(s.collectors.c.name == stage.c.collector)
                 .correlate(stage).scalar_subquery())
    # only the columns the file sets: the others hold what was staged from (the row did not move),
    # and an index is only touched when its column is written
    values = {name: stage.c[name] for name in _CASE_COLUMNS if name in fields and name != "case_id"}
    if "collector" in fields:
        values["collector_id"] = func.coalesce(collector, stage.c.collector_id)
    conn.execute(update(s.cases).where(s.cases.c.id == stage.c.case_pk, changed).values(
        {**values, "updated_at": now, "import_id": literal(import_id, Integer)}))
    conn.execute(delete(s.windows).where(s.windows.c.case_pk.in_(select(stage.c.case_pk).where(stage.c.rewindow))))
    conn.execute(insert(s.windows).from_select(
        ["case_pk", *_WINDOW_COLUMNS],
        select(stage_windows.c.case_pk, *(stage_windows.c[name] for name in _WINDOW_COLUMNS)).order_by(stage_windows.c.seq)))
    return [r.case_id for r in moved]
