"""Opening a workspace database: URL resolution, SQLite pragmas, migrations to head."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import WorkspaceBusy

HERE = Path(__file__).resolve().parent


class DatabaseError(Exception):
    """The workspace database cannot be opened; the message says what to do."""


#: SQLite's words for "another connection holds the lock" and for a damaged file.
_BUSY = ("database is locked", "database table is locked", "database is busy")
_DAMAGED = ("file is not a database", "database disk image is malformed", "file is encrypted")


def damaged_message(where: str = "") -> str:
    if not where:
        return msg("The workspace is damaged (its file is not a sound database); nothing more was written. Restore "
                   "it from a backup, or choose another --db.")
    return msg("The workspace {where} is damaged or is not a FieldVisit workspace; nothing was changed. Restore "
               "it from a backup, or choose another --db.", where=where)


def user_error_for(exc: BaseException):
    """The user's sentence for a driver error that is not a bug: the workspace is locked by another
    FieldVisit (:class:`WorkspaceBusy`) or damaged (:class:`UserError`); None for anything else.
    Never includes the SQL or its parameters."""
    text = str(getattr(exc, "orig", exc) or "").lower()
    if any(word in text for word in _BUSY):
        return WorkspaceBusy()
    if any(word in text for word in _DAMAGED):
        return UserError(damaged_message())
    return None


def default_url(data_dir: Path, name: str = "workspace.sqlite") -> str:
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / name}"


def normalise_url(url: str) -> str:
    """Plain ``postgresql://`` URLs use psycopg 3; a bare file path means SQLite."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def busy_timeout_ms() -> int:
    """How long a write waits for another writer's lock before WorkspaceBusy: 10 s
    (``FIELDVISIT_BUSY_TIMEOUT_MS`` overrides it, for tests)."""
    try:
        return max(0, int(os.environ.get("FIELDVISIT_BUSY_TIMEOUT_MS", "10000")))
    except ValueError:
        return 10000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # another writer (a long import, another FieldVisit) holds the lock: wait politely this long
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cursor.close()


def alembic_config() -> Config:
    cfg = Config(str(HERE / "alembic.ini"))
    cfg.set_main_option("script_location", str(HERE / "migrations"))
    return cfg


def open_engine(url: str, *, migrate: bool = True) -> Engine:
    """Create an engine for ``url`` and bring its schema to the newest migration."""
    try:
        parsed = make_url(normalise_url(url))
    except ArgumentError as exc:
        raise DatabaseError(f"{url!r} is not a database URL; use e.g. sqlite:///path/workspace.sqlite "
                            "or postgresql://user@host/db.") from exc
    sqlite_file = None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        sqlite_file = Path(parsed.database).expanduser().resolve()
        folder = sqlite_file.parent
        if not folder.is_dir():
            raise DatabaseError(f"The folder {folder} does not exist; create it or choose another --db.")
        if sqlite_file.is_file() and sqlite_file.stat().st_size == 0:
            # only a missing file is a new workspace: an emptied one is a lost workspace, not a fresh start
            raise DatabaseError(msg("The workspace {where} is an empty file (0 bytes): it was truncated or is not a "
                                    "FieldVisit workspace; nothing was changed. Restore it from a backup, or choose "
                                    "another --db.", where=sqlite_file))
    # hide_parameters: a failing statement's values (names, phones, notes) never reach an error text
    engine = create_engine(parsed, future=True, pool_pre_ping=parsed.get_backend_name() != "sqlite",
                           hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        if sqlite_file is not None and sqlite_file.exists():
            check_integrity(engine)
        if migrate:
            upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        refusal = user_error_for(exc)
        if isinstance(refusal, WorkspaceBusy):
            raise DatabaseError(str(refusal)) from None
        if refusal is not None:
            raise DatabaseError(damaged_message(str(sqlite_file or ""))) from None
        if not isinstance(exc, OperationalError):
            raise
        raise DatabaseError(f"Cannot open the database {parsed.render_as_string(hide_password=True)}: "
                            f"{str(exc.orig).strip().splitlines()[0]}. Check the URL and that the "
                            "server is running.") from None
    return engine


def check_integrity(engine: Engine) -> None:
    """``PRAGMA quick_check`` on a SQLite workspace (every page's structure, not the index
    contents): raises DatabaseError with a sentence when the file is damaged."""
    with engine.connect() as connection:
        rows = [r[0] for r in connection.exec_driver_sql("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise DatabaseError(damaged_message(str(engine.url.database)))


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def env_url() -> str | None:
    return os.environ.get("FIELDVISIT_DB") or None
