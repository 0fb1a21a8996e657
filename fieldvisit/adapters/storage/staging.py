"""Staging of a long case import (issue 17 item 7): the new cases are written in short
transactions into tables of their own, which no reader of the workspace looks at, and published
into ``cases``/``windows`` in one short final transaction (``INSERT … SELECT``), so other writers
(the visit form's autosave, another command) get the write lock between chunks and the import
stays all-or-nothing.

Each import stages into ``import_stage_<token>`` (cases) and ``import_stage_<token>_windows``,
created with the first chunk and dropped just after the publishing transaction, and the updates
of existing cases into ``import_stage_<token>_updates``/``…_upd_windows`` (:mod:`.staging_updates`,
always tables of the database). On PostgreSQL the new cases' stage is tables of the database; on a
SQLite workspace it lives in a stage file of its own, encrypted with a key only the importing
process holds (:mod:`~fieldvisit.adapters.storage.stage_files`), attached to the workspace's
connections to publish, and deleted after. A ``settings`` row
``import_stage:<token>`` says who is staging (host, process id, time of the last chunk). A stage
whose process is gone (same host) or that has not moved for :data:`ABANDONED_AFTER` seconds is
abandoned — the import was killed or cancelled — and the next import drops it.
The same publishing SQL on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Collection, Sequence
from functools import lru_cache
from operator import attrgetter

from sqlalchemy import (
    Column, Connection, Integer, MetaData, String, Table, case, func, insert, inspect, literal, null, select, true,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from fieldvisit.adapters.storage import schema as s
from fieldvisit.adapters.storage import stage_files
from fieldvisit.adapters.storage.rows import (
    CHUNK, _now, bulk_insert_columns, case_columns, insert_params, window_columns,
)
from fieldvisit.adapters.storage.staging_updates import publish_updates, stage_updates, update_tables
from fieldvisit.adapters.storage.types import UTCDateTime
from fieldvisit.domain.cases import Case

#: A stage that has not taken a chunk for this long (seconds) belongs to an import that died.
ABANDONED_AFTER = 600
#: Up to this many collectors in a file, publishing maps their names to ids with one CASE.
COLLECTOR_CASE_MAX = 64
_PREFIX = "import_stage:"
# Case columns a staged row carries (the rest is set when it is published).
_CASE_COLUMNS = [c.name for c in s.cases.columns
                 if c.name not in ("id", "collector_id", "created_at", "updated_at", "import_id")]
_WINDOW_COLUMNS = [c.name for c in s.windows.columns if c.name not in ("id", "case_pk")]
_WINDOWS = attrgetter("windows")


@lru_cache(maxsize=16)
def _tables(token: str, schema: str | None = None) -> tuple[Table, Table]:
    """The stage's tables; ``schema``: the name a stage file is attached under (SQLite). The
    same objects for each chunk of an import (their INSERT is compiled once, see
    :func:`~fieldvisit.adapters.storage.rows.insert_params`)."""
    meta = MetaData(schema=schema)
    cases = Table(f"import_stage_{token}", meta, Column("seq", Integer, primary_key=True),
                  Column("collector", String(200), nullable=True), Column("windowset", Integer, nullable=True),
                  *(Column(name, s.cases.c[name].type) for name in _CASE_COLUMNS))
    # a case's windows are staged once per distinct list (files repeat "weekdays 18:00-20:00"):
    # ``windowset`` is the seq of the chunk's first case with that list
    windows = Table(f"import_stage_{token}_windows", meta, Column("seq", Integer, primary_key=True),
                    Column("windowset", Integer, nullable=False, index=True),
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
        """Called at the start of each transaction (dropped stage files are detached then)."""
        self.conn = conn
        self.workspace = stage_files.workspace_file(conn)  # None: stages are tables (PostgreSQL)
        if self.workspace is not None:
            stage_files.detach_dropped(conn)

    def _owner(self, token: str, *, first: bool) -> None:
        key = _PREFIX + token
        value = json.dumps({"host": socket.gethostname(), "pid": os.getpid(), "at": time.time()})
        if first and self.conn.execute(select(s.settings.c.key).where(s.settings.c.key == key)).first() is None:
            self.conn.execute(insert(s.settings).values(key=key, value=value))
        else:
            self.conn.execute(s.settings.update().where(s.settings.c.key == key).values(value=value))

    def add_updates(self, token: str, updates: Sequence[tuple[int, Case, frozenset[str]]],
                    first_seq: int) -> tuple[list[str], list[dict], list[str]]:
        """Stage the new values of existing cases (``(case pk, case from the file, fields
        present)``, numbered from ``first_seq``; see :mod:`.staging_updates`): the case ids
        staged, the flag changes they make and the ids of those left as they are."""
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
        in_file = None
        if self.workspace is not None:
            in_file = stage_files.LIVE.get(token) if first_seq else \
                stage_files.create(self.conn, self.workspace, token, (stage, stage_windows))
            if in_file is None:
                raise KeyError(f"no import stage {token} in this process")
        elif first_seq == 0:
            stage.create(self.conn)
            stage_windows.create(self.conn)
        self._owner(token, first=first_seq == 0)
        statements = []
        sets: dict[tuple[int, ...], int] = {}  # the windows' identities → their windowset
        by_list: dict[int, int] = {}  # the identity of a case's list of windows → its windowset
        windows: list[tuple[int, object]] = []
        for start in range(0, len(cases), CHUNK):
            chunk = cases[start:start + CHUNK]
            columns = case_columns(chunk)
            columns["seq"] = seqs = list(range(first_seq + start, first_seq + start + len(chunk)))
            columns["collector"] = [c.collector or None for c in chunk]
            columns["windowset"] = in_set = [None] * len(chunk)
            for i, listed in enumerate(map(_WINDOWS, chunk)):
                if listed:  # windows are immutable and shared: the same objects, the same list
                    found = by_list.get(id(listed))  # the cases are alive here: ids are not reused
                    if found is None:
                        key = tuple(map(id, listed))
                        found = sets.get(key)
                        if found is None:
                            found = sets[key] = seqs[i]
                            windows.extend((found, w) for w in listed)
                        by_list[id(listed)] = found
                    in_set[i] = found
            statements.append((stage, columns))
        for start in range(0, len(windows), CHUNK):
            chunk = windows[start:start + CHUNK]
            columns = window_columns([w for _, w in chunk])
            columns["windowset"] = [n for n, _ in chunk]
            statements.append((stage_windows, columns))
        if in_file is None:
            for table, columns in statements:
                bulk_insert_columns(self.conn, table, columns)
        else:
            stage_files.write(in_file, [insert_params(self.conn.dialect, table, columns, inline_constants=True)
                                        for table, columns in statements])

    def publish(self, token: str, import_id: int, collectors: Collection[str] | None = None) -> list[str]:
        """Copy the staged cases that are still new into ``cases`` (file order; collectors by
        name, which must exist), their windows into ``windows``, and disown the stage (drop it
        with :meth:`drop` after the commit). ``collectors``: the names the staged cases may give
        (a superset is fine; None: read from the stage). Returns the
        staged case ids left out because another import stored them meanwhile (the caller
        updates those instead); usually none."""
        stage, stage_windows = self._staged(token)
        stamp = literal(_now(), UTCDateTime)
        rows = (select(*(stage.c[name] for name in _CASE_COLUMNS), self._collector_ids(stage, collectors), stamp, stamp,
                       literal(import_id, Integer))
                .where(true()).order_by(stage.c.seq))  # WHERE: SQLite's upsert after a SELECT needs one
        # a case another import stored meanwhile is skipped by the unique case id (one index
        # look-up per row, where NOT EXISTS took two) and updated by the caller
        sqlite = self.conn.dialect.name == "sqlite"
        if sqlite:
            upsert = sqlite_insert(s.cases)
        else:  # imported here: the PostgreSQL dialect costs a SQLite workspace's import some 0.04 s
            from sqlalchemy.dialects.postgresql import insert as postgresql_insert

            upsert = postgresql_insert(s.cases)
        before = self.conn.execute(select(func.max(s.cases.c.id))).scalar() or 0 if sqlite else None
        inserted = self.conn.execute(upsert.from_select(
            [*_CASE_COLUMNS, "collector_id", "created_at", "updated_at", "import_id"], rows)
            .on_conflict_do_nothing(index_elements=["case_id"])).rowcount
        left_out: list[str] = []
        staged = self.conn.execute(select(func.max(stage.c.seq))).scalar()  # seq runs 0..n-1: no table scan
        if inserted != (-1 if staged is None else staged) + 1:
            left_out = list(self.conn.execute(
                select(stage.c.case_id).join_from(stage, s.cases, s.cases.c.case_id == stage.c.case_id)
                .where(s.cases.c.import_id.is_distinct_from(import_id))).scalars())
        if sqlite and not left_out and self.conn.execute(select(func.max(s.cases.c.id))).scalar() == before + inserted:
            # SQLite gave the n rows, inserted in seq order by this one writer, the ids after the
            # largest before, one each: a case's id is its seq's place (no look-up by case id)
            windows = (select(literal(before + 1, Integer) + stage.c.seq,
                              *(stage_windows.c[name] for name in _WINDOW_COLUMNS))
                       .join_from(stage, stage_windows, stage_windows.c.windowset == stage.c.windowset)
                       .order_by(stage.c.seq, stage_windows.c.seq))
        else:
            windows = (select(s.cases.c.id, *(stage_windows.c[name] for name in _WINDOW_COLUMNS))
                       .join_from(stage, stage_windows, stage_windows.c.windowset == stage.c.windowset)
                       .join(s.cases, s.cases.c.case_id == stage.c.case_id)
                       .where(s.cases.c.import_id == import_id).order_by(stage.c.seq, stage_windows.c.seq))
        self.conn.execute(insert(s.windows).from_select(["case_pk", *_WINDOW_COLUMNS], windows))
        # the stage is disowned here and its tables dropped after the commit (:meth:`drop`), which
        # keeps this transaction short; tables with no owner are dropped by the next import
        self.conn.execute(s.settings.delete().where(s.settings.c.key == _PREFIX + token))
        if token in stage_files.LIVE:
            stage_files.LIVE[token].published = True
        return left_out

    def _collector_ids(self, stage: Table, names: Collection[str] | None):
        """The collector id of each staged row (collectors exist by now, by name): a ``CASE`` over
        the few ``names`` a file has (one comparison per name, where a subquery per row searched the
        index), a subquery per row for files naming many collectors."""
        if names is None:  # not told: ask the stage
            names = self.conn.execute(select(stage.c.collector).where(stage.c.collector.is_not(None))
                                      .distinct().limit(COLLECTOR_CASE_MAX + 1)).scalars().all()
        if len(names) > COLLECTOR_CASE_MAX:
            return select(s.collectors.c.id).where(s.collectors.c.name == stage.c.collector).scalar_subquery()
        ids = dict(self.conn.execute(select(s.collectors.c.name, s.collectors.c.id)
                                     .where(s.collectors.c.name.in_(sorted(names)))).all()) if names else {}
        if not ids:
            return null()
        return case({name: literal(pk, Integer) for name, pk in ids.items()}, value=stage.c.collector, else_=null())

    def _staged(self, token: str) -> tuple[Table, Table]:
        """The tables of a stage to read: in the database, or in its attached stage file."""
        if self.workspace is None:
            return _tables(token)
        if not stage_files.attach(self.conn, token):
            raise KeyError(f"no import stage {token} in this process")
        return _tables(token, stage_files.alias(token))

    def drop(self, token: str) -> None:
        """Remove a stage (its tables or its file, its update tables and its owner row), if there is one."""
        if self.workspace is not None:
            stage_files.remove(self.conn, self.workspace, token)
        if self.workspace is None or token in self._legacy_tables():
            for table in reversed(_tables(token)):
                table.drop(self.conn, checkfirst=True)
        for table in reversed(update_tables(token)):
            table.drop(self.conn, checkfirst=True)
        self.conn.execute(s.settings.delete().where(s.settings.c.key == _PREFIX + token))

    def _legacy_tables(self) -> set[str]:
        """Tokens of stages kept as tables (PostgreSQL; SQLite workspaces of earlier versions)."""
        return {name[len("import_stage_"):].split("_")[0]  # tokens are hex: no underscore
                for name in inspect(self.conn).get_table_names() if name.startswith("import_stage_")}

    def clear_abandoned(self) -> int:
        """Drop the stages of imports that were killed or cancelled; how many there were."""
        owners = dict(self.conn.execute(select(s.settings.c.key, s.settings.c.value)
                                        .where(s.settings.c.key.startswith(_PREFIX, autoescape=True))).all())
        tokens = self._legacy_tables()
        files = stage_files.left_over(self.workspace) if self.workspace is not None else {}
        dropped = 0
        for token in sorted(tokens | set(files) | {key[len(_PREFIX):] for key in owners}):
            value = owners.get(_PREFIX + token)
            try:
                owner = json.loads(value) if value is not None else None
            except ValueError:
                owner = {}
            if owner is None and token not in tokens:  # a stage file with no owner row
                live = stage_files.LIVE.get(token)
                # published but not deleted yet, or left over; else its owner row is on its way
                abandoned = live.published if live is not None else files[token] > stage_files.LEFT_OVER_AFTER
            else:  # no owner: published, its tables not yet dropped
                abandoned = owner is None or not _alive(owner)
            if abandoned:
                self.drop(token)
                dropped += 1
        return dropped
