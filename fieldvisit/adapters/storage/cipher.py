"""Workspaces encrypted at rest: SQLite files are SQLCipher 4 databases keyed from a passphrase,
with a plaintext SQLite header so that any SQLite client can see (and wait for) their locks.

Layout ("sealed", the current one): the first 96 bytes of the file are the ordinary SQLite header
in the clear (``PRAGMA cipher_plaintext_header_size = 96``): the magic ``SQLite format 3\\0``,
page size, reserved bytes per page (80: SQLCipher's IV + HMAC-SHA512), change counter, page count,
freelist counters, schema cookie, text encoding, ``user_version``, ``application_id`` and the
SQLite version number. No personal data and no key material: the rest of page 1 and every other
page are AES-256 with an HMAC each, and so are WAL frames and journals. What a reader of the file
learns beyond the earlier layout: its page count (it had the file size anyway), how often it was
written, the SQLite version. The clear header is not covered by the pages' HMAC: changing it is
either harmless (counters, which SQLite rewrites) or makes the file refuse to open with one sentence
(salt or layout bytes: "does not open"; freelist or page count: "damaged"); it cannot reveal or
forge a row.

Why a plaintext header: SQLite (and every tool built on it: Python's ``sqlite3``, backup agents,
the ``sqlite3`` shell) reads the header before taking a lock. With SQLCipher's default layout
(random salt in bytes 0-15) a plain client says "file is not a database" and can neither hold nor
wait for the workspace's lock; with the header in the clear it can ``BEGIN IMMEDIATE`` on the
file, FieldVisit then waits ``busy_timeout`` and says "another FieldVisit is writing to this
workspace; try again" (case 12), and a plain client closing last checkpoints the (encrypted) WAL
frames byte for byte, which SQLCipher reads back fine.

Where the salt lives: 8 random bytes in the header fields ``user_version`` (bytes 60-63) and
``application_id`` (68-71), both kept by VACUUM, ``PRAGMA rekey`` and ``sqlcipher_export`` (we
set them again after an export). FieldVisit uses neither pragma for anything else. The page key is
``scrypt(passphrase, salt8, n=2**15, r=8, p=1)`` (32 bytes), derived once per open and handed to
SQLCipher as a raw key (``PRAGMA key = "x'<key><hmac-salt>'"``) so each pooled connection opens in
microseconds. SQLCipher's own 16-byte salt (it only feeds the HMAC key derivation, and a file with
a plaintext header cannot store it) is ``sha256(b"fieldvisit" + salt8)[:16]``. 64 bits of salt is
less than the 128 bits NIST SP 800-132 suggests for password salts, but what a salt is for holds:
no precomputed table covers 2**64 salts, two workspaces share a key only by a birthday collision
(~2**32 workspaces), and each passphrase guess still costs one scrypt. A 32-byte clear header would
be enough for the lock (SQLite checks bytes 16-31 before locking) but leaves no field for the salt
but a side file, which a copy or backup of the workspace would lose; the 20 "reserved" header bytes
(72-91) are zeroed by VACUUM, so they are not used either.

Formats recognised (:func:`file_kind`): magic + reserve 80 -> ``sealed``; magic with another
reserve -> ``plain`` SQLite (made before encryption); anything else non-empty -> ``legacy``, the
earlier full-SQLCipher layout (16-byte salt in bytes 0-15, page key ``scrypt(passphrase,
salt16)``), or a damaged/foreign file. Plain and legacy files are converted to the sealed layout
on first open by :mod:`.convert` (verified copy, atomic swap; see there what is kept of the old
file). A file that does not open (damaged, foreign, random bytes) gives :class:`WrongPassphrase`,
which the caller turns into one sentence. Files are created 0600, and the workspace folder 0700
when FieldVisit creates it.

Errors: :class:`WrongPassphrase` when the key does not open the file; :class:`NotAWorkspace` for
a file that is not in the format asked for, or whose conversion did not check out.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_BYTES = 96  # plaintext SQLite header (the 100-byte header minus the version number)
RESERVE = 80  # SQLCipher 4's bytes reserved per page (16 IV + 64 HMAC-SHA512): header byte 20
SALT_BYTES = 8  # the scrypt salt, in the header's user_version + application_id fields
LEGACY_SALT_BYTES = 16  # the earlier layout's salt, bytes 0-15 of the file
KEY_BYTES = 32
SCRYPT = {"n": 2 ** 15, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024}


class WrongPassphrase(Exception):
    """The passphrase does not open this workspace."""


class NotAWorkspace(Exception):
    """The file is not a FieldVisit workspace this program can open."""


def _quiet(dbapi) -> None:
    """SQLCipher logs decryption failures to stderr by itself; FieldVisit says one sentence instead."""
    conn = dbapi.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    except Exception:  # noqa: BLE001 - older SQLCipher builds have no log level
        pass
    finally:
        conn.close()


def dbapi():
    """The SQLCipher DB-API module (``sqlcipher3``), quietened once."""
    import sqlcipher3

    if not getattr(sqlcipher3, "_fieldvisit_quiet", False):
        _quiet(sqlcipher3)
        sqlcipher3._fieldvisit_quiet = True
    return sqlcipher3


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The 32-byte page key for ``passphrase`` and the file's salt (scrypt; about 0.1 s)."""
    if not passphrase:
        raise WrongPassphrase("empty passphrase")
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, dklen=KEY_BYTES, **SCRYPT)


def hmac_salt(salt: bytes) -> bytes:
    """SQLCipher's 16-byte salt (HMAC key derivation) for a sealed file's 8-byte salt."""
    return hashlib.sha256(b"fieldvisit" + salt).digest()[:LEGACY_SALT_BYTES]


def raw_key(key: bytes, salt: bytes) -> str:
    """The SQLCipher raw-key literal (hex key, then hex SQLCipher salt), without the outer quotes;
    ``salt`` is a sealed file's 8-byte salt (or a legacy file's 16 bytes, used as they are)."""
    cipher_salt = salt if len(salt) == LEGACY_SALT_BYTES else hmac_salt(salt)
    return f"x'{key.hex()}{cipher_salt.hex()}'"


def file_kind(path: Path) -> str:
    """``missing``, ``empty`` (0 bytes), ``sealed`` (SQLite header with SQLCipher's reserve),
    ``plain`` (another SQLite file) or ``legacy`` (anything else: the earlier full-SQLCipher
    layout, or a damaged/foreign file)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    if size == 0:
        return "empty"
    with path.open("rb") as fh:
        head = fh.read(HEADER_BYTES)
    if not head.startswith(SQLITE_MAGIC):
        return "legacy"
    return "sealed" if len(head) > 20 and head[20] == RESERVE else "plain"


def read_salt(path: Path) -> bytes:
    """The 8-byte salt in a sealed file's header; :class:`NotAWorkspace` for another kind of file."""
    if file_kind(Path(path)) != "sealed":
        raise NotAWorkspace("not a sealed workspace")
    with Path(path).open("rb") as fh:
        head = fh.read(HEADER_BYTES)
    if len(head) < 72:
        raise NotAWorkspace("too short")
    return head[60:64] + head[68:72]


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def connect(path: Path, key: bytes, salt: bytes):
    """A raw SQLCipher connection to the sealed file ``path`` (checks, conversion, tests)."""
    conn = dbapi().connect(str(path))
    conn.execute(f'PRAGMA key = "{raw_key(key, salt)}"')
    conn.execute(f"PRAGMA cipher_plaintext_header_size = {HEADER_BYTES}")
    return conn


def connect_legacy(path: Path, key: bytes, salt16: bytes):
    """A raw SQLCipher connection to a legacy file (salt in bytes 0-15; for its conversion)."""
    conn = dbapi().connect(str(path))
    conn.execute(f'PRAGMA key = "{raw_key(key, salt16)}"')
    return conn


def check_open(conn) -> None:
    """Read the schema through ``conn`` and close it; :class:`WrongPassphrase` when that fails."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi().DatabaseError as exc:
        raise WrongPassphrase(str(exc)) from None
    finally:
        conn.close()


def check_key(path: Path, key: bytes, salt: bytes) -> None:
    """Raise :class:`WrongPassphrase` unless ``key`` opens the sealed file ``path``."""
    check_open(connect(path, key, salt))


def salt_pragmas(salt: bytes, schema: str = "main") -> list[str]:
    """The pragmas writing ``salt`` into a header's user_version and application_id."""
    high, low = (int.from_bytes(salt[i:i + 4], "big", signed=True) for i in (0, 4))
    return [f"PRAGMA {schema}.user_version = {high}", f"PRAGMA {schema}.application_id = {low}"]


def protect(path: Path) -> None:
    """Owner-only permissions on the workspace file and its SQLite companions."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            os.chmod(p, 0o600)
        except FileNotFoundError:
            continue
        except PermissionError:  # pragma: no cover - a file we do not own: leave it
            continue


def create(path: Path, passphrase: str) -> tuple[bytes, bytes]:
    """A new, empty sealed workspace file at ``path`` (0600, WAL); returns ``(key, salt)``."""
    salt = new_salt()
    key = derive_key(passphrase, salt)
    conn = connect(path, key, salt)
    try:
        for pragma in salt_pragmas(salt):
            conn.execute(pragma)
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    protect(path)
    return key, salt


def _wait_for_writers(conn, busy_ms: int) -> None:
    """Wait up to ``busy_ms`` milliseconds, as every write does, for another writer (another
    FieldVisit, any SQLite client) to finish; :class:`~fieldvisit.services.ports.WorkspaceBusy`
    when it does not in time."""
    from fieldvisit.services.ports import WorkspaceBusy

    conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except dbapi().OperationalError:
        raise WorkspaceBusy() from None
    conn.execute("ROLLBACK")


def rekey_with_key(path: Path, key: bytes, new: str, busy_ms: int = 10000) -> None:
    """Re-encrypt the sealed file ``path`` (opened by ``key``) under ``new``; same salt. Raises
    :class:`~fieldvisit.services.ports.WorkspaceBusy` when another writer keeps the lock longer
    than ``busy_ms`` milliseconds."""
    salt = read_salt(path)
    check_key(path, key, salt)
    new_key = derive_key(new, salt)
    conn = connect(path, key, salt)
    conn.isolation_level = None
    try:
        _wait_for_writers(conn, busy_ms)
        try:
            conn.execute(f'PRAGMA rekey = "{raw_key(new_key, salt)}"')
        except dbapi().OperationalError:  # SQLCipher's own words say nothing of the lock: look again
            _wait_for_writers(conn, busy_ms)
            raise
    finally:
        conn.close()


def rekey(path: Path, old: str, new: str, busy_ms: int = 10000) -> None:
    """Change the passphrase of the sealed file ``path`` (same salt, new key); SQLCipher re-encrypts
    every page. Raises :class:`WrongPassphrase` when ``old`` does not open it, and
    :class:`~fieldvisit.services.ports.WorkspaceBusy` as :func:`rekey_with_key`."""
    salt = read_salt(path)
    rekey_with_key(path, derive_key(old, salt), new, busy_ms)


def open_raw(path: Path, passphrase: str):
    """A raw SQLCipher connection to the sealed file ``path`` opened with the passphrase
    (maintenance tools and tests). Raises :class:`WrongPassphrase` or :class:`NotAWorkspace`."""
    path = Path(path)
    salt = read_salt(path)
    key = derive_key(passphrase, salt)
    check_key(path, key, salt)
    return connect(path, key, salt)
