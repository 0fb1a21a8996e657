"""Bringing a workspace file to the sealed layout of :mod:`.cipher`, in place and all-or-nothing.

- A plain SQLite workspace (made before encryption) is converted on first open: the sealed copy is
  written beside it with ``sqlcipher_export``, every table's row count compared and
  ``quick_check`` run, then swapped in atomically. The backup the user may want is kept
  **sealed** under the same passphrase as ``<name>.before-encryption`` (mode 0600; a copy of the
  verified sealed file made before any migration runs), and the plain original is overwritten with
  zeros before it is unlinked, so no copy of the personal data stays in the clear (a tester found a
  plain backup kept forever, issue 17). Only a FieldVisit workspace is converted (it has FieldVisit's
  ``alembic_version`` and ``cases`` tables): another program's SQLite file given by mistake is
  refused and left untouched.
- A legacy workspace (the earlier full-SQLCipher layout: 16-byte salt in bytes 0-15, page key
  ``scrypt(passphrase, salt16)``) is opened with the passphrase (or, in a recovery, with its old
  page key) and converted the same way under a fresh salt. No copy of it is kept: it was already
  encrypted, the new file is verified before the swap, and a backup would keep the old passphrase
  working. The replaced file is unlinked; its freed disk blocks only ever held ciphertext, and the
  temporary file is sealed from its first page. The office's recovery file holds the old page key,
  so the caller removes it (:mod:`.db`; a new one is written when the workspace opens).
- Two FieldVisit processes opening the same legacy file at once (the window and a script) take
  turns through ``<name>.converting`` (created exclusively; one older than 10 minutes is a crash
  leftover and is taken over): the second one finds the file sealed and simply opens it. Without
  this, the first one's swap and the second one's close (SQLite removes ``<name>-wal`` by name)
  could remove the live WAL of the new file.

On any failure the original is left untouched and the temporary file removed. Errors:
:class:`~.cipher.WrongPassphrase`, :class:`~.cipher.NotAWorkspace`,
:class:`~fieldvisit.services.ports.WorkspaceBusy` (see each function).
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

from fieldvisit.adapters.storage import cipher

STALE_SECONDS = 600  # a ``.converting`` marker this old was left by a crash


@contextmanager
def _converting(path: Path, busy_ms: int):
    """Hold ``<name>.converting`` (exclusive create) while converting ``path``; waits up to
    ``busy_ms`` milliseconds for another process's conversion, then WorkspaceBusy."""
    from fieldvisit.services.ports import WorkspaceBusy

    marker = path.with_name(path.name + ".converting")
    deadline = time.monotonic() + busy_ms / 1000
    while True:
        try:
            os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            break
        except FileExistsError:
            try:
                if time.time() - marker.stat().st_mtime > STALE_SECONDS:
                    marker.unlink(missing_ok=True)
                    continue
            except FileNotFoundError:
                continue
            if time.monotonic() > deadline:
                raise WorkspaceBusy() from None
            time.sleep(0.1)
    try:
        yield
    finally:
        marker.unlink(missing_ok=True)


def _export_into(source, tmp: Path, key: bytes, salt: bytes, counts: dict[str, int] | None = None) -> None:
    """``sqlcipher_export`` of the open connection ``source`` (autocommit) into a new sealed file
    ``tmp`` keyed with ``key``/``salt``, holding ``source``'s write lock meanwhile; raises
    :class:`~.cipher.NotAWorkspace` unless every table has its row count (``counts``, else counted here)."""
    tmp.unlink(missing_ok=True)
    source.execute(f"ATTACH DATABASE ? AS enc KEY \"{cipher.raw_key(key, salt)}\"", (str(tmp),))
    source.execute(f"PRAGMA enc.cipher_plaintext_header_size = {cipher.HEADER_BYTES}")
    source.execute("BEGIN IMMEDIATE")  # no other writer while the copy is made
    try:
        counts = counts if counts is not None else _counts(source)
        source.execute("SELECT sqlcipher_export('enc')")
    except BaseException:
        source.execute("ROLLBACK")
        raise
    source.execute("COMMIT")
    for pragma in cipher.salt_pragmas(salt, "enc"):
        source.execute(pragma)
    source.execute("DETACH DATABASE enc")
    cipher.protect(tmp)
    check = cipher.connect(tmp, key, salt)
    try:
        for table, count in counts.items():
            got = check.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if got != count:
                raise cipher.NotAWorkspace(f"conversion lost rows in {table}")
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise cipher.NotAWorkspace("converted copy does not check out")
    finally:
        check.close()
    if cipher.read_salt(tmp) != salt:
        raise cipher.NotAWorkspace("converted copy lost its salt")


def _counts(conn) -> dict[str, int]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _swap(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)


def encrypt_plain(path: Path, passphrase: str) -> Path:
    """Convert a plain SQLite workspace in place; returns the path of the sealed backup
    ``<name>.before-encryption``. Raises :class:`NotFieldVisit` for another program's file.

    The encrypted copy is built beside the original and checked table by table (row counts)
    before it replaces it; on any failure the original stays untouched.
    """
    import sqlite3

    plain = sqlite3.connect(str(path))
    try:
        counts = _counts(plain)
        if not {"alembic_version", "cases"} <= set(counts):
            raise NotFieldVisit()
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        plain.close()
    salt = cipher.new_salt()
    key = cipher.derive_key(passphrase, salt)
    tmp = path.with_name(path.name + ".encrypting")
    backup = path.with_name(path.name + ".before-encryption")
    conn = cipher.dbapi().connect(str(path), isolation_level=None)  # no key: read as plain SQLite
    try:
        _export_into(conn, tmp, key, salt, counts)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    shutil.copyfile(tmp, backup)  # sealed like the workspace: the same passphrase opens it
    cipher.protect(backup)
    old = path.with_name(path.name + ".wiping")
    os.replace(path, old)
    _swap(tmp, path)
    _wipe(old)
    return backup


class NotFieldVisit(cipher.NotAWorkspace):
    """A plain SQLite file without FieldVisit's tables (another program's database)."""


def _wipe(path: Path) -> None:
    """Overwrite the plain file with zeros (and flush) before it is replaced: its personal data
    does not stay readable in the file's old blocks. Best effort on copy-on-write and flash storage,
    where the whole-disk encryption the office configures is the real protection."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        block = b"\0" * (1 << 20)
        for _ in range(0, size, len(block)):
            fh.write(block)
        fh.truncate(size)
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def convert_legacy(path: Path, passphrase: str, old_key: bytes | None = None,
                   busy_ms: int = 10000) -> tuple[bytes, bytes]:
    """Open a legacy full-SQLCipher workspace with ``passphrase`` (or its page key ``old_key``, a
    recovery code) and rewrite it as a sealed one in place, fresh salt, keyed from ``passphrase``;
    returns the new ``(key, salt)``. Raises :class:`~.cipher.WrongPassphrase` when it does not
    open, :class:`~.cipher.NotAWorkspace` when the copy does not check out (the file is then left
    as it was), :class:`~fieldvisit.services.ports.WorkspaceBusy` when another FieldVisit's
    conversion of the same file does not end within ``busy_ms`` milliseconds."""
    with _converting(path, busy_ms):
        if cipher.file_kind(path) != "legacy":  # another FieldVisit converted it while we waited
            if old_key is not None:
                raise cipher.WrongPassphrase("converted meanwhile: the old key no longer opens it")
            return unlock(path, passphrase, busy_ms)
        with path.open("rb") as fh:
            old_salt = fh.read(cipher.LEGACY_SALT_BYTES)
        if len(old_salt) < cipher.LEGACY_SALT_BYTES:
            raise cipher.WrongPassphrase("too short")
        old_key = old_key or cipher.derive_key(passphrase, old_salt)
        cipher.check_open(cipher.connect_legacy(path, old_key, old_salt))
        salt = cipher.new_salt()
        key = cipher.derive_key(passphrase, salt)
        tmp = path.with_name(f"{path.name}.converting-{secrets.token_hex(4)}")
        conn = cipher.connect_legacy(path, old_key, old_salt)
        conn.isolation_level = None
        try:
            _export_into(conn, tmp, key, salt)
        except BaseException:
            conn.close()
            tmp.unlink(missing_ok=True)
            raise
        conn.close()  # the last connection: it checkpoints the old WAL and removes it, before the swap
        _swap(tmp, path)
    return key, salt


def unlock(path: Path, passphrase: str, busy_ms: int = 10000) -> tuple[bytes, bytes]:
    """``(key, salt)`` opening the workspace file ``path`` with ``passphrase``, converting a legacy
    file first. Raises :class:`~.cipher.WrongPassphrase` (also for a damaged or foreign file) or
    :class:`~.cipher.NotAWorkspace` (a legacy file whose conversion did not check out)."""
    kind = cipher.file_kind(path)
    if kind == "legacy":
        return convert_legacy(path, passphrase, busy_ms=busy_ms)
    if kind != "sealed":
        raise cipher.WrongPassphrase(kind)
    salt = cipher.read_salt(path)
    key = cipher.derive_key(passphrase, salt)
    cipher.check_key(path, key, salt)
    return key, salt


def recover(path: Path, key: bytes, new: str, busy_ms: int = 10000) -> None:
    """Set the passphrase ``new`` on a workspace opened by its page key ``key`` (the office's
    recovery code), converting a legacy file on the way; raises :class:`~.cipher.WrongPassphrase` or
    :class:`~.cipher.NotAWorkspace` when the key does not open it."""
    if cipher.file_kind(path) == "legacy":
        convert_legacy(path, new, old_key=key, busy_ms=busy_ms)
    else:
        cipher.rekey_with_key(path, key, new, busy_ms)
