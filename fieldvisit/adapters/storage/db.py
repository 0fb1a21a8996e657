"""Opening a workspace database: URL resolution, SQLite pragmas, migrations to head."""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

HERE = Path(__file__).resolve().parent


class DatabaseError(Exception):
    """The workspace database cannot be opened; the message says what to do."""


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


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def alembic_config():
    from alembic.config import Config

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
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        folder = Path(parsed.database).expanduser().resolve().parent
        if not folder.is_dir():
            raise DatabaseError(f"The folder {folder} does not exist; create it or choose another --db.")
    engine = create_engine(parsed, future=True, pool_pre_ping=parsed.get_backend_name() != "sqlite")
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if migrate:
        try:
            upgrade(engine)
        except OperationalError as exc:
            engine.dispose()
            raise DatabaseError(f"Cannot open the database {parsed.render_as_string(hide_password=True)}: "
                                f"{str(exc.orig).strip().splitlines()[0]}. Check the URL and that the "
                                "server is running.") from exc
    return engine


_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(.+)$", re.M)


def _quick_head() -> str | None:
    """The newest migration read from the version files' ``revision``/``down_revision`` lines
    (no Alembic import: a command on an up-to-date workspace starts faster); None when unsure."""
    revisions, downs = set(), set()
    for f in (HERE / "migrations" / "versions").glob("*.py"):
        found = dict((k, v) for k, v in _REVISION.findall(f.read_text(encoding="utf-8")))
        if "revision" not in found:
            return None
        revisions |= set(re.findall(r"[\"']([^\"']+)[\"']", found["revision"]))
        downs |= set(re.findall(r"[\"']([^\"']+)[\"']", found.get("down_revision", "")))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def _up_to_date(engine: Engine) -> bool:
    head = _quick_head()
    if head is None:
        return False
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    except Exception:  # noqa: BLE001 - no version table yet (a new workspace): let Alembic decide
        return False
    return [r[0] for r in rows] == [head]


def upgrade(engine: Engine, revision: str = "head") -> None:
    if revision == "head" and _up_to_date(engine):
        return
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def env_url() -> str | None:
    return os.environ.get("FIELDVISIT_DB") or None
