"""Workspaces encrypted at rest: SQLite files are SQLCipher 4 databases keyed from a passphrase.

Layout: a SQLCipher file begins with its random 16-byte salt (in the clear, as every SQLCipher
file does); everything after it is AES-256 pages with an HMAC each. The page key is
``scrypt(passphrase, salt, n=2**15, r=8, p=1)`` (32 bytes), derived once per open and handed to
SQLCipher as a raw key (``PRAGMA key = "x'<key><salt>'"``), so each pooled connection opens in
microseconds instead of re-running SQLCipher's own 256,000-round KDF. No key material is written
anywhere: the passphrase comes from the OS keyring, ``FIELDVISIT_PASSPHRASE`` or the user.

A plain SQLite workspace (made before encryption) is converted on first open: the encrypted copy
is written beside it with ``sqlcipher_export``, every table's row count compared, then swapped in;
the plain original is kept as ``<name>.plain-backup`` (mode 0600) for the user to delete once they
have checked the workspace. Files are created 0600, and the workspace folder 0700 when FieldVisit
creates it.

Errors: :class:`WrongPassphrase` when the key does not open the file; :class:`NotAWorkspace` for
a file that is neither SQLite nor a SQLCipher file this passphrase opens (damaged, or another
kind of file).
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_BYTES = 16
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


def raw_key(key: bytes, salt: bytes) -> str:
    """The SQLCipher raw-key literal (hex key followed by hex salt), without the outer quotes."""
    return f"x'{key.hex()}{salt.hex()}'"


def file_kind(path: Path) -> str:
    """``missing``, ``empty`` (0 bytes), ``plain`` (an SQLite file) or ``sealed`` (anything else,
    which may be a SQLCipher workspace or a damaged/foreign file)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    if size == 0:
        return "empty"
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    return "plain" if head == SQLITE_MAGIC else "sealed"


def read_salt(path: Path) -> bytes:
    with path.open("rb") as fh:
        salt = fh.read(SALT_BYTES)
    if len(salt) < SALT_BYTES:
        raise NotAWorkspace("too short")
    return salt


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def connect(path: Path, key: bytes, salt: bytes):
    """A raw SQLCipher connection to ``path`` (for checks, conversion and tests)."""
    conn = dbapi().connect(str(path))
    conn.execute(f'PRAGMA key = "{raw_key(key, salt)}"')
    return conn


def check_key(path: Path, key: bytes, salt: bytes) -> None:
    """Raise :class:`WrongPassphrase` unless ``key`` opens ``path``."""
    conn = connect(path, key, salt)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi().DatabaseError as exc:
        raise WrongPassphrase(str(exc)) from None
    finally:
        conn.close()


def protect(path: Path) -> None:
    """Owner-only permissions on the workspace file and its SQLite companions."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            os.chmod(p, 0o600)
        except FileNotFoundError:
            continue
        except PermissionError:  # pragma: no cover - a file we do not own: leave it
            continue


def encrypt_plain(path: Path, passphrase: str) -> Path:
    """Convert a plain SQLite workspace in place; returns the path of the plain backup.

    The encrypted copy is built beside the original and checked table by table (row counts)
    before it replaces it; on any failure the original stays untouched.
    """
    import sqlite3

    salt = new_salt()
    key = derive_key(passphrase, salt)
    tmp = path.with_name(path.name + ".encrypting")
    backup = path.with_name(path.name + ".plain-backup")
    tmp.unlink(missing_ok=True)
    plain = sqlite3.connect(str(path))
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = [r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {t: plain.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        plain.close()
    conn = dbapi().connect(str(path))  # opening a plain file with no key reads it as plain SQLite
    try:
        conn.execute(f"ATTACH DATABASE ? AS enc KEY \"{raw_key(key, salt)}\"", (str(tmp),))
        conn.execute("SELECT sqlcipher_export('enc')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    protect(tmp)
    check = connect(tmp, key, salt)
    try:
        for table, count in counts.items():
            got = check.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if got != count:
                raise NotAWorkspace(f"conversion lost rows in {table}")
    finally:
        check.close()
    os.replace(path, backup)
    protect(backup)
    os.replace(tmp, path)
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)
    return backup


def rekey(path: Path, old: str, new: str) -> None:
    """Change the passphrase (same salt, new key); the whole file is re-encrypted by SQLCipher."""
    salt = read_salt(path)
    old_key = derive_key(old, salt)
    check_key(path, old_key, salt)
    new_key = derive_key(new, salt)
    conn = connect(path, old_key, salt)
    try:
        conn.execute(f'PRAGMA rekey = "x\'{new_key.hex()}\'"')
    finally:
        conn.close()


def open_raw(path: Path, passphrase: str):
    """A raw SQLCipher connection opened with the passphrase (maintenance tools and tests)."""
    path = Path(path)
    salt = read_salt(path)
    key = derive_key(passphrase, salt)
    check_key(path, key, salt)
    return connect(path, key, salt)
