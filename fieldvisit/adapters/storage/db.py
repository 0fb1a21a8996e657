"""Opening a workspace database: URL resolution, encryption at rest (SQLite files are SQLCipher
databases, see :mod:`.cipher`), SQLite pragmas, migrations to head."""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import QueuePool

from fieldvisit.adapters.storage import cipher, convert, inuse, sealed_dialect
from fieldvisit.adapters.storage.passphrase import PassphraseNeeded, PassphraseSource
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import WorkspaceBusy

HERE = Path(__file__).resolve().parent


class DatabaseError(Exception):
    """The workspace database cannot be opened; the message says what to do."""


#: SQLite's words for "another connection holds the lock" and for a damaged file.
_BUSY = ("database is locked", "database table is locked", "database is busy")
_DAMAGED = ("file is not a database", "database disk image is malformed", "file is encrypted")
#: ... for a full disk and a workspace that cannot be written (read-only file or disk).
_FULL = ("database or disk is full", "disk i/o error", "no space left on device", "could not extend file")
_READONLY = ("attempt to write a readonly database", "readonly database", "read-only file system")


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
    if any(word in text for word in _FULL):
        return UserError(msg("The disk is full; free some space and try again. Nothing was saved from the "
                             "unfinished step."))
    if any(word in text for word in _READONLY):
        return UserError(msg("The workspace file is read-only; nothing was saved. Make it writable (or copy it "
                             "somewhere you can write) and try again."))
    return None


def default_url(data_dir: Path, name: str = "workspace.sqlite") -> str:
    """The workspace file in FieldVisit's own data folder, created owner-only (0700)."""
    from fieldvisit.adapters.files.safe_write import private_folder

    private_folder(data_dir)  # every folder created on the way: owner-only
    return f"sqlite:///{data_dir / name}"


#: ``word:`` at the start of a value without ``://``: a mistyped URL (``sqlite:/x``,
#: ``postgresql:host``), not a path (a Windows drive letter is one character).
_SCHEME_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
#: Endings that make a bare name a workspace file (``--db team.sqlite``).
WORKSPACE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def not_a_url(url: str) -> str:
    """The sentence for a ``--db`` value that is neither a database URL nor a workspace path."""
    return msg("{url} is not a database URL; use sqlite:///path/to/workspace.db or "
               "postgresql://user@host/database.", url=repr(url))


def normalise_url(url: str) -> str:
    """Plain ``postgresql://`` URLs use psycopg 3; a bare file path means SQLite when it is one
    explicitly: an existing file, a path with a folder in it (``./ws``, ``~/ws``) or a name ending
    in .sqlite/.sqlite3/.db. Anything else (``notaurl``, ``sqlite:/x``) raises DatabaseError rather
    than silently creating a workspace file in the current folder."""
    if "://" not in url:
        path = Path(url).expanduser()
        explicit = (path.is_file() or "/" in url or os.sep in url or url.startswith("~")
                    or path.suffix.lower() in WORKSPACE_SUFFIXES)
        if not url.strip() or _SCHEME_LIKE.match(url) or not explicit:
            raise DatabaseError(not_a_url(url))
        return f"sqlite:///{path.resolve()}"
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


#: Page cache of a workspace connection, KiB (SQLite's default is 2,000). A 100,000-case import
#: publishes some 35 MB of pages in one transaction: with the default cache, pages spill into
#: the WAL mid-transaction and are encrypted and written again as later rows change them
#: (publishing took 0.49 s, 0.31 s with this cache; ``benchmarks/bench_import.py``). Memory is
#: taken only as pages are used.
CACHE_KIB = 65536


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    # another writer (a long import, another FieldVisit) holds the lock: wait politely this long
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cursor.close()


def alembic_config():
    from alembic.config import Config

    cfg = Config(str(HERE / "alembic.ini"))
    cfg.set_main_option("script_location", str(HERE / "migrations"))
    return cfg


def _sealed_url(path: Path, passphrases: PassphraseSource) -> URL:
    """The SQLCipher URL (raw key inside, never printed) for the workspace file at ``path``,
    creating, converting or unlocking it as needed."""
    kind = cipher.file_kind(path)
    if kind == "empty":
        raise DatabaseError(f"The workspace file {path} is empty (0 bytes), so it is not a FieldVisit "
                            "workspace; restore it from a backup, or move it away to start a new one.")
    if kind == "missing":
        passphrase = passphrases.new(path)
        key, salt = cipher.create(path, passphrase)
        created = True
    else:
        if kind == "plain":
            passphrase = passphrases.new(path, converting=True)
            try:
                backup = convert.encrypt_plain(path, passphrase)
            except convert.NotFieldVisit:
                raise DatabaseError(f"The file {path} is an SQLite database of another program, not a FieldVisit "
                                    "workspace; it was left as it was. Choose another --db.") from None
            except Exception as exc:  # noqa: BLE001 - a damaged plain file: say so, change nothing
                raise DatabaseError(f"The workspace {path} could not be encrypted ({exc.__class__.__name__}); "
                                    "it is left as it was. Check the file (it may be damaged).") from None
            passphrases.notice(f"The workspace {path} is now encrypted; a copy as it was, encrypted with the same "
                               f"passphrase, was kept as {backup}: delete it once you have checked the workspace.")
        key, legacy = None, cipher.file_kind(path) == "legacy"
        for passphrase in passphrases.existing(path):
            try:
                key, salt = convert.unlock(path, passphrase, busy_timeout_ms())  # converts a legacy file
            except cipher.WrongPassphrase:
                continue
            except Exception as exc:  # noqa: BLE001 - the conversion did not check out: nothing changed
                if isinstance(exc, WorkspaceBusy) or isinstance(user_error_for(exc), WorkspaceBusy):
                    raise DatabaseError(str(WorkspaceBusy())) from None
                raise DatabaseError(f"The workspace {path} could not be brought to the current format "
                                    f"({exc.__class__.__name__}); it is left as it was. Check the file (it may "
                                    "be damaged) or restore it from a backup.") from None
            if legacy:  # converted under a fresh salt: the office's recovery file holds the old key,
                # so it goes; opening the workspace (bootstrap.refresh_recovery_file) writes a new one
                path.with_name(path.name + ".recovery").unlink(missing_ok=True)
            passphrases.accepted(path, passphrase)
            break
        if key is None:
            raise DatabaseError(f"The passphrase does not open the workspace {path} (or the file is damaged "
                                "or not a FieldVisit workspace); check the passphrase, or restore the workspace "
                                "from a backup.")
        created = False
    url = URL.create(sealed_dialect.DRIVER, password=cipher.raw_key(key, salt), database=str(path),
                     query={"cipher_plaintext_header_size": str(cipher.HEADER_BYTES)})
    if created:
        passphrases.accepted(path, passphrase)
    return url


def open_engine(url: str, *, migrate: bool = True, passphrases: PassphraseSource | None = None) -> Engine:
    """Create an engine for ``url`` and bring its schema to the newest migration.

    SQLite files are opened (or created) encrypted; ``passphrases`` supplies the passphrase
    (default: OS keyring, ``FIELDVISIT_PASSPHRASE``, a prompt on a terminal). ``sqlite://`` with
    no file (memory) is refused: it would keep nothing. Raises :class:`DatabaseError` with one
    sentence.
    """
    try:
        parsed = make_url(normalise_url(url))
    except ArgumentError as exc:
        raise DatabaseError(f"{url!r} is not a database URL; use e.g. sqlite:///path/workspace.sqlite "
                            "or postgresql://user@host/db.") from exc
    try:  # an unknown scheme or a driver that is not installed: one sentence, not a plugin error
        dialect = parsed.get_dialect()
        getattr(dialect, "import_dbapi", None) and dialect.import_dbapi()
    except (NoSuchModuleError, ImportError):
        raise DatabaseError(f"The database kind {parsed.drivername!r} is not supported; use "
                            "sqlite:///path/workspace.sqlite or postgresql://user@host/db.") from None
    if parsed.get_backend_name() == "sqlite" and (parsed.database in (None, "", ":memory:")
                                                  or str(parsed.database).startswith("file::memory:")
                                                  or parsed.query.get("mode") == "memory"):
        raise DatabaseError("An in-memory database (sqlite:/// with no file name) keeps nothing once the command "
                            "ends; give a workspace file, e.g. sqlite:///path/to/workspace.db.")
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database).expanduser().resolve()
        if not path.parent.is_dir():
            raise DatabaseError(f"The folder {path.parent} does not exist; create it or choose another --db.")
        if path.is_dir():
            raise DatabaseError(f"{path} is a folder; give the workspace file, e.g. {path / 'workspace.sqlite'}.")
        marker_existed = Path(f"{path}.inuse").exists()
        try:
            if cipher.file_kind(path) != "missing" and not inuse.hold_shared(path, busy_timeout_ms()):
                raise DatabaseError(str(WorkspaceBusy()))  # another process is changing its passphrase
            try:
                parsed = _sealed_url(path, passphrases or PassphraseSource())
            except PassphraseNeeded as exc:
                raise DatabaseError(str(exc)) from None
            except cipher.NotAWorkspace:  # a file too short to be one (a few stray bytes)
                raise DatabaseError(damaged_message(str(path))) from None
            inuse.hold_shared(path, busy_timeout_ms())  # a workspace created just now
            return _engine(parsed, path, migrate)
        except BaseException:
            if not marker_existed:  # a workspace that did not open: leave the folder as it was found
                inuse.release(path)
                Path(f"{path}.inuse").unlink(missing_ok=True)
            raise
    return _engine(parsed, None, migrate)


def _engine(parsed: URL, sqlite_file: Path | None, migrate: bool) -> Engine:
    """The engine for the resolved ``parsed`` URL, checked (SQLite file) and migrated."""
    options: dict = {"poolclass": QueuePool} if sqlite_file is not None else {}
    # hide_parameters: a failing statement's values (names, phones, notes) never reach an error text
    engine = create_engine(parsed, future=True, pool_pre_ping=parsed.get_backend_name() != "sqlite",
                           hide_parameters=True, **options)
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
            damaged = any(word in str(getattr(exc, "orig", exc)).lower() for word in _DAMAGED)
            raise DatabaseError(damaged_message(str(sqlite_file or "")) if damaged else str(refusal)) from None
        if not isinstance(exc, OperationalError):
            raise
        raise DatabaseError(f"Cannot open the database {_shown(parsed)}: "
                            f"{str(exc.orig).strip().splitlines()[0]}. Check the URL and that the "
                            "server is running.") from None
    except DatabaseError:
        engine.dispose()
        raise
    if engine.dialect.name == "sqlite" and parsed.database:
        cipher.protect(Path(parsed.database))
    return engine


#: True: create new databases through every migration too (tests compare the two ways).
_MIGRATE_NEW = False
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


def check_integrity(engine: Engine) -> None:
    """``PRAGMA quick_check`` on a SQLite workspace (every page's structure and, encrypted, its
    authentication code; not the index contents): raises DatabaseError with a sentence when the
    file is damaged."""
    with engine.connect() as connection:
        rows = [r[0] for r in connection.exec_driver_sql("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise DatabaseError(damaged_message(str(engine.url.database)))


def _shown(url: URL) -> str:
    """A URL fit for a message: no password, and no key for an encrypted file."""
    if url.drivername == sealed_dialect.DRIVER:
        return str(url.database)
    return url.render_as_string(hide_password=True)


def upgrade(engine: Engine, revision: str = "head") -> None:
    if revision == "head" and _up_to_date(engine):
        return
    head = _quick_head() if revision == "head" and not _MIGRATE_NEW else None
    if head is not None:  # a new, empty database: created at the newest schema (no Alembic)
        from fieldvisit.adapters.storage import fresh

        with engine.begin() as connection:
            if fresh.create_if_empty(connection, head):
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
