"""Staging of a long case import (issue 17 item 7): the new cases are written in short
transactions into tables of their own, which no reader of the workspace looks at, and published
into ``cases``/``windows`` in one short final transaction (``INSERT … SELECT``), so other writers
(the visit form's autosave, another command) get the write lock between chunks and the import
stays all-or-nothing.

Each import stages into ``import_stage_<token>`` (cases) and ``import_stage_<token>_windows``,
and the updates of existing cases into ``import_stage_<token>_updates``/``…_upd_windows``
(:mod:`.staging_updates`), created with the first chunk and dropped just after the publishing transaction. A ``settings`` row
``import_stage:<token>`` says who is staging (host, process id, time of the last chunk). A stage
whose process is gone (same host) or that has not moved for :data:`ABANDONED_AFTER` seconds is
abandoned — the import was killed or cancelled — and the next import drops it.
Same SQL on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Sequence

from sqlalchemy import Column, Connection, Integer, MetaData, String, Table, exists, func, insert, inspect, literal, select

from fieldvisit.adapters.storage import schema as s
from fieldvisit.adapters.storage.repositories import CHUNK, _now, bulk_insert_columns, case_columns, window_columns
from fieldvisit.adapters.storage.staging_updates import publish_updates, stage_updates, update_tables
from fieldvisit.adapters.storage.types import UTCDateTime
from fieldvisit.domain.cases import Case

#: A stage that has not taken a chunk for this long (seconds) belongs to an import that died.
ABANDONED_AFTER = 600
_PREFIX = "import_stage:"
# Case columns a staged row carries (the rest is set when it is published).
_CASE_COLUMNS = [c.name for c in s.cases.columns
                 if c.name not in ("id", "collector_id", "created_at", "updated_at", "import_id")]
_WINDOW_COLUMNS = [c.name for c in s.windows.columns if c.name not in ("id", "case_pk")]


def _tables(token: str) -> tuple[Table, Table]:
    meta = MetaData()
    cases = Table(f"import_stage_{token}", meta, Column("seq", Integer, primary_key=True),
                  Column("collector", String(200), nullable=True),
                  *(Column(name, s.cases.c[name].type) for name in _CASE_COLUMNS))
    windows = Table(f"import_stage_{token}_windows", meta, Column("seq", Integer, primary_key=True),
                    Column("case_id", String(120), nullable=False),
                    *(Column(name, s.windows.c[name].type) for name in _WINDOW_COLUMNS))
    return cases, windows


def _alive(owner: dict) -> bool:
    if time.time() - float(owner.get("at", 0)) > ABANDONED_AFTER:
        return False
    if owner.get("host") != socket.gethostname():
        return True  # another machine's import (PostgreSQL): trust its clock
    try:
        os.kill(int(owner.get("pid", 0)), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, ValueError, OverflowError):
        return True
    return True


class SqlImportStaging:
    """Implements :class:`fieldvisit.services.ports.ImportStaging`."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _owner(self, token: str, *, first: bool) -> None:
        key = _PREFIX + token
        value = json.dumps({"host": socket.gethostname(), "pid": os.getpid(), "at": time.time()})
        if first and self.conn.execute(select(s.settings.c.key).where(s.settings.c.key == key)).first() is None:
            self.conn.execute(insert(s.settings).values(key=key, value=value))
        else:
            self.conn.execute(s.settings.update().where(s.settings.c.key == key).values(value=value))

    def add_updates(self, token: str, updates: Sequence[tuple[int, Case, frozenset[str]]],
                    first_seq: int) -> tuple[list[str], list[dict]]:
        """Stage the new values of existing cases (``(case pk, case from the file, fields
        present)``, numbered from ``first_seq``; see :mod:`.staging_updates`): the case ids
        staged and the flag changes they make."""
        self._owner(token, first=first_seq == 0)
        return stage_updates(self.conn, token, updates, first_seq)

    def publish_updates(self, token: str, import_id: int, fields: set[str]) -> list[str]:
        """Apply the staged updates (writing the columns of ``fields``) in this (final)
        transaction and disown the stage: the case ids left out (changed since staged; the
        caller updates them from the file)."""
        result = publish_updates(self.conn, token, import_id, fields)
        self.conn.execute(s.settings.delete().where(s.settings.c.key == _PREFIX + token))
        return result

    def add(self, token: str, cases: Sequence[Case], first_seq: int) -> None:
        """Stage ``cases`` (numbered from ``first_seq``, their order in the file) and their windows;
        the first call (``first_seq == 0``) creates the stage."""
        stage, stage_windows = _tables(token)
        if first_seq == 0:
            stage.create(self.conn)
            stage_windows.create(self.conn)
        self._owner(token, first=first_seq == 0)
        for start in range(0, len(cases), CHUNK):
            chunk = cases[start:start + CHUNK]
            columns = case_columns(chunk)
            columns["seq"] = list(range(first_seq + start, first_seq + start + len(chunk)))
            columns["collector"] = [c.collector or None for c in chunk]
            bulk_insert_columns(self.conn, stage, columns)
        windows = [(c.case_id, w) for c in cases for w in c.windows]
        for start in range(0, len(windows), CHUNK):
            chunk = windows[start:start + CHUNK]
            columns = window_columns([w for _, w in chunk])
            columns["case_id"] = [cid for cid, _ in chunk]
            bulk_insert_columns(self.conn, stage_windows, columns)

    def publish(self, token: str, import_id: int) -> list[str]:
        """Copy the staged cases that are still new into ``cases`` (file order; collectors by
        name, which must exist), their windows into ``windows``, and disown the stage (drop it
        with :meth:`drop` after the commit). Returns the
        staged case ids left out because another import stored them meanwhile (the caller
        updates those instead); usually none."""
        stage, stage_windows = _tables(token)
        collector = select(s.collectors.c.id).where(s.collectors.c.name == stage.c.collector).scalar_subquery()
        stamp = literal(_now(), UTCDateTime)
        rows = (select(*(stage.c[name] for name in _CASE_COLUMNS), collector, stamp, stamp,
                       literal(import_id, Integer))
                .where(~exists().where(s.cases.c.case_id == stage.c.case_id)).order_by(stage.c.seq))
        inserted = self.conn.execute(insert(s.cases).from_select(
            [*_CASE_COLUMNS, "collector_id", "created_at", "updated_at", "import_id"], rows)).rowcount
        left_out: list[str] = []
        staged = self.conn.execute(select(func.max(stage.c.seq))).scalar()  # seq runs 0..n-1: no table scan
        if inserted != (-1 if staged is None else staged) + 1:
            left_out = list(self.conn.execute(
                select(stage.c.case_id).join_from(stage, s.cases, s.cases.c.case_id == stage.c.case_id)
                .where(s.cases.c.import_id.is_distinct_from(import_id))).scalars())
        windows = (select(s.cases.c.id, *(stage_windows.c[name] for name in _WINDOW_COLUMNS))
                   .join_from(stage_windows, s.cases, s.cases.c.case_id == stage_windows.c.case_id)
                   .where(s.cases.c.import_id == import_id).order_by(stage_windows.c.seq))
        self.conn.execute(insert(s.windows).from_select(["case_pk", *_WINDOW_COLUMNS], windows))
        # the stage is disowned here and its tables dropped after the commit (:meth:`drop`), which
        # keeps this transaction short; tables with no owner are dropped by the next import
        self.conn.execute(s.settings.delete().where(s.settings.c.key == _PREFIX + token))
        return left_out

    def drop(self, token: str) -> None:
        """Remove a stage (its tables and its owner row), if there is one."""
        for table in (*reversed(update_tables(token)), *reversed(_tables(token))):
            table.drop(self.conn, checkfirst=True)
        self.conn.execute(s.settings.delete().where(s.settings.c.key == _PREFIX + token))

    def clear_abandoned(self) -> int:
        """Drop the stages of imports that were killed or cancelled; how many there were."""
        owners = dict(self.conn.execute(select(s.settings.c.key, s.settings.c.value)
                                        .where(s.settings.c.key.startswith(_PREFIX, autoescape=True))).all())
        tokens = {name[len("import_stage_"):].split("_")[0]
                  for name in inspect(self.conn).get_table_names() if name.startswith("import_stage_")}
        dropped = 0
        for token in sorted(tokens | {key[len(_PREFIX):] for key in owners}):
            value = owners.get(_PREFIX + token)
            try:
                owner = json.loads(value) if value is not None else None
            except ValueError:
                owner = {}
            if owner is None or not _alive(owner):  # no owner: published, its tables not yet dropped
                self.drop(token)
                dropped += 1
        return dropped
