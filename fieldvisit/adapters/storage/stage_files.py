"""The stage of a long import on a SQLite workspace: a file of its own next to the workspace
(``<workspace>-stage-<token>``), encrypted by SQLCipher with a random key that only the importing
process holds (never stored), written by a connection of its own without journal or sync (the
stage is thrown away on any failure), attached to the workspace's connections to publish it
(``INSERT … SELECT``), and deleted afterwards.

Why not tables in the workspace: dropping 100,000 staged rows from the workspace rewrote every
freed page (SQLCipher's ``secure_delete``) and the staged rows went through the workspace's WAL
twice; a deleted stage file is unreadable without its key, which died with the process that wrote
it, and the chunks take the workspace's write lock only for the stage's owner row. A file left
by a killed import is deleted by the next import (see :mod:`fieldvisit.adapters.storage.staging`).
"""

from __future__ import annotations

import glob
import os
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.schema import CreateIndex, CreateTable

from fieldvisit.adapters.storage import cipher

#: A stage file with no owner row that has not changed for this long (seconds) is left over.
LEFT_OVER_AFTER = 600
_SUFFIX = "-stage-"


@dataclass
class StageFile:
    """This process's open stage: its file, its key (hex) and the connection that writes it."""

    path: Path
    key: str
    writer: object
    published: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


#: The stages this process is writing: token → its file. The keys exist only here.
LIVE: dict[str, StageFile] = {}
#: Whether this process made a stage (then its connections may have one attached).
_USED = False


def workspace_file(conn: Connection) -> Path | None:
    """The workspace file of a SQLite connection, or None (PostgreSQL, an in-memory database)."""
    if conn.dialect.name != "sqlite":
        return None
    database = conn.engine.url.database
    if database in (None, "", ":memory:") or str(database).startswith("file::memory:"):
        return None
    return Path(database)


def alias(token: str) -> str:
    """The schema name a stage is attached under."""
    return f"stage_{token}"


def stage_path(workspace: Path, token: str) -> Path:
    return workspace.with_name(f"{workspace.name}{_SUFFIX}{token}")


def create(conn: Connection, workspace: Path, token: str, tables) -> StageFile:
    """Create the stage file of ``token`` with ``tables`` (SQLAlchemy tables, no schema) and
    register it as live. Raises FileExistsError if the file is there already."""
    path = stage_path(workspace, token)
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # owner-only from the start
    key = secrets.token_hex(32)
    writer = cipher.dbapi().connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        writer.execute(f"PRAGMA key = \"x'{key}'\"")
        writer.execute("PRAGMA journal_mode=OFF")
        writer.execute("PRAGMA synchronous=OFF")
        for table in tables:
            writer.execute(str(CreateTable(table).compile(dialect=conn.dialect)))
            for index in table.indexes:
                writer.execute(str(CreateIndex(index).compile(dialect=conn.dialect)))
    except BaseException:
        writer.close()
        path.unlink(missing_ok=True)
        raise
    global _USED
    _USED = True
    stage = LIVE[token] = StageFile(path, key, writer)
    return stage


def write(stage: StageFile, statements: list[tuple[str, list]]) -> None:
    """Run ``[(INSERT, rows)]`` on the stage's own connection, in one transaction."""
    with stage.lock:
        writer = stage.writer
        writer.execute("BEGIN")
        try:
            for sql, rows in statements:
                writer.executemany(sql, rows)
            writer.execute("COMMIT")
        except BaseException:
            writer.execute("ROLLBACK")
            raise


def detach_dropped(conn: Connection) -> None:
    """Detach from ``conn`` the stages dropped since it published them; at the start of a
    transaction (SQLite refuses DETACH of a database the transaction has used)."""
    if not _USED:
        return
    for row in conn.exec_driver_sql("PRAGMA database_list").fetchall():
        if row[1].startswith("stage_") and row[1][len("stage_"):] not in LIVE:
            conn.exec_driver_sql(f'DETACH DATABASE "{row[1]}"')


def attach(conn: Connection, token: str) -> bool:
    """Attach this process's stage ``token`` to ``conn`` (also inside a transaction), unless it
    is attached; False when there is no such stage (never creates an empty file)."""
    if attached(conn, token):
        return True
    stage = LIVE.get(token)
    if stage is None or not stage.path.exists():
        return False
    conn.exec_driver_sql(f'ATTACH DATABASE ? AS "{alias(token)}" KEY ?', (str(stage.path), f"x'{stage.key}'"))
    return True


def attached(conn: Connection, token: str) -> bool:
    return any(row[1] == alias(token) for row in conn.exec_driver_sql("PRAGMA database_list"))


def remove(conn: Connection, workspace: Path, token: str) -> None:
    """Forget the stage ``token`` and delete its file (detached from ``conn`` when it may be;
    other connections detach it at their next transaction)."""
    stage = LIVE.pop(token, None)
    if stage is not None:
        with stage.lock:
            stage.writer.close()
    try:
        if attached(conn, token):
            conn.exec_driver_sql(f'DETACH DATABASE "{alias(token)}"')
    except Exception:  # noqa: BLE001 - inside a transaction: detached by a later one
        pass
    path = stage_path(workspace, token)
    for p in (path, Path(f"{path}-journal")):
        try:
            p.unlink(missing_ok=True)
        except OSError:  # still open elsewhere (Windows): the next import deletes it
            pass


def left_over(workspace: Path) -> dict[str, float]:
    """Stage files next to ``workspace``: token → seconds since the file last changed."""
    found = {}
    now = time.time()
    for p in workspace.parent.glob(f"{glob.escape(workspace.name)}{_SUFFIX}*"):
        token = p.name[len(workspace.name) + len(_SUFFIX):]
        if token.endswith("-journal") or not token.isalnum():
            continue
        try:
            found[token] = now - p.stat().st_mtime
        except OSError:
            continue
    return found
