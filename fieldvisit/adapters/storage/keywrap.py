"""The office's private keys on PostgreSQL, wrapped with its passphrase.

A SQLite workspace is one SQLCipher file, so its identity row is encrypted with everything else.
On PostgreSQL (the office's own server) the rows sit in the server's files, its backups and any
dump, so the two private keys (signing, Ed25519; opening bundles, X25519) are never stored in the
clear: each is wrapped as ``fv-wrapped/1:<salt>:<nonce>:<ciphertext>`` (base64 parts) with
ChaCha20-Poly1305 under ``scrypt(passphrase, salt)`` — the same scrypt derivation as the
collector's workspace key (:func:`fieldvisit.adapters.storage.cipher.derive_key`) — and the key's
column and fingerprint as associated data (a wrapped value moved to another row or column does
not open). The passphrase comes from the same places as a workspace's (explicit,
``FIELDVISIT_PASSPHRASE``, the keyring entry named after the database URL without its password,
or a prompt). Clear keys found in an older database are wrapped when it is opened.

A :class:`KeyWrap` is attached to an engine (:func:`attach`); ``SqlKeys`` wraps on write and
unwraps on read through :func:`wrap_for`. Errors: :class:`~fieldvisit.services.errors.UserError`
with one sentence when no passphrase opens the keys.
"""

from __future__ import annotations

import base64
import os
import threading
import weakref

from sqlalchemy import Connection, Engine, select, update

from fieldvisit.adapters.storage import cipher
from fieldvisit.adapters.storage.passphrase import (
    DEMO_PASSPHRASE, ENV, PassphraseNeeded, PassphraseSource, keyring_get,
)
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError

PREFIX = "fv-wrapped/1:"
COLUMNS = ("sign_private", "box_private")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _aead(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    return ChaCha20Poly1305(key)


def is_wrapped(value: str | None) -> bool:
    return bool(value) and value.startswith(PREFIX)


class KeyWrap:
    """Wraps and unwraps private keys for one database; ``name`` names it (keyring entry,
    messages). The passphrase is asked for once, when first needed, and kept in memory."""

    def __init__(self, source: PassphraseSource, name: str) -> None:
        self.source, self.name = source, name
        self._passphrase: str | None = None
        self._keys: dict[bytes, bytes] = {}  # salt -> derived key (scrypt once per salt)
        self._salt = os.urandom(16)  # scrypt salt of the wrapping key (stored in each wrapped value)
        self._lock = threading.Lock()
        self._pending: tuple[str, bytes, bytes] | None = None

    def _key(self, passphrase: str, salt: bytes) -> bytes:
        key = self._keys.get(salt) if passphrase == self._passphrase else None
        return key or cipher.derive_key(passphrase, salt)

    def wrap(self, value: str, aad: str) -> str:
        """``value`` (a base64 private key) wrapped; asks for a new passphrase when none is known."""
        with self._lock:
            if self._passphrase is None:
                if threading.current_thread() is not threading.main_thread():
                    # a prompt (a window's dialog) cannot be shown from a worker thread
                    raise UserError(msg("Set the office passphrase (FIELDVISIT_PASSPHRASE or the keyring) before "
                                        "creating the office's keys in {name}.", name=self.name))
                try:
                    self._passphrase = self.source.new(self.name)
                except PassphraseNeeded as exc:
                    raise UserError(str(exc)) from None
                self.source.accepted(self.name, self._passphrase)
            key = self._keys.setdefault(self._salt, self._key(self._passphrase, self._salt))
        nonce = os.urandom(12)
        sealed = _aead(key).encrypt(nonce, value.encode("ascii"), aad.encode("utf-8"))
        return PREFIX + ":".join(_b64(p) for p in (self._salt, nonce, sealed))

    def unwrap(self, value: str, aad: str) -> str:
        """The private key inside ``value``; tries the known passphrase, then the source's."""
        from cryptography.exceptions import InvalidTag

        try:
            salt, nonce, sealed = (base64.b64decode(p) for p in value[len(PREFIX):].split(":"))
        except ValueError:
            raise UserError(msg("The office's private keys in {name} are damaged; restore the database "
                                "from a backup.", name=self.name)) from None
        with self._lock:
            candidates = [self._passphrase] if self._passphrase else []
            try:
                for passphrase in [*candidates, *self.source.existing(self.name)]:
                    key = self._key(passphrase, salt)
                    try:
                        plain = _aead(key).decrypt(nonce, sealed, aad.encode("utf-8"))
                    except InvalidTag:
                        continue
                    if passphrase != self._passphrase:
                        self._passphrase, self._keys = passphrase, {}
                        self.source.accepted(self.name, passphrase)
                    self._keys[salt] = key
                    return plain.decode("ascii")
            except PassphraseNeeded:
                pass
        raise UserError(msg("The passphrase does not open the office's private keys in {name}; give the "
                            "office passphrase (FIELDVISIT_PASSPHRASE, the keyring or the prompt).", name=self.name))


    def rewrap_all(self, conn: Connection, old: str, new: str) -> int:
        """Re-wrap every private key stored in ``identity`` with ``new``, in the caller's
        transaction (the rows are locked on PostgreSQL). Every key is first opened with ``old``:
        if one does not open, :class:`UserError` is raised and nothing is written. Returns how
        many keys were re-wrapped; call :meth:`adopt` once the transaction committed."""
        from cryptography.exceptions import InvalidTag

        from fieldvisit.adapters.storage import schema as s

        rows = conn.execute(select(s.identity).order_by(s.identity.c.id).with_for_update()).fetchall()
        salt = os.urandom(cipher.SALT_BYTES)
        new_key, old_keys = cipher.derive_key(new, salt), {}
        changes = []
        for r in rows:
            values = {}
            for column in COLUMNS:
                value, data = getattr(r, column), aad(r.fingerprint, column).encode("utf-8")
                if not is_wrapped(value):
                    continue
                try:
                    old_salt, nonce, sealed = (base64.b64decode(p) for p in value[len(PREFIX):].split(":"))
                    key = old_keys.setdefault(old_salt, cipher.derive_key(old, old_salt))
                    plain = _aead(key).decrypt(nonce, sealed, data)
                except (ValueError, InvalidTag):
                    raise UserError(msg("The current passphrase does not open the office's private keys in "
                                        "{name}; nothing was changed.", name=self.name)) from None
                nonce = os.urandom(12)
                values[column] = PREFIX + ":".join(_b64(p) for p in (salt, nonce, _aead(new_key).encrypt(nonce, plain, data)))
            if values:
                changes.append((r.id, values))
        for pk, values in changes:
            conn.execute(update(s.identity).where(s.identity.c.id == pk).values(**values))
        self._pending = (new, salt, new_key)
        return sum(len(v) for _, v in changes)

    def adopt(self) -> None:
        """After the re-wrap committed: this session wraps and unwraps with the new passphrase."""
        new, salt, key = self._pending
        with self._lock:
            self._passphrase, self._salt, self._keys = new, salt, {salt: key}
        self.source.accepted(self.name, new)


_WRAPS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def attach(engine: Engine, source: PassphraseSource) -> KeyWrap:
    """Private keys stored through ``engine`` are wrapped from now on; clear keys already there
    are wrapped at once (in one transaction). Returns the wrap."""
    name = engine.url.render_as_string(hide_password=True)
    wrap = _WRAPS[engine] = KeyWrap(source, name)
    from fieldvisit.adapters.storage import schema as s

    with engine.connect() as conn:
        rows = conn.execute(select(s.identity)).fetchall()
    clear = [r for r in rows if not (is_wrapped(r.sign_private) and is_wrapped(r.box_private))]
    if not rows:  # no keys yet: a passphrase given without asking is taken now, else asked when needed
        wrap._passphrase = next((p for p in (source.explicit, DEMO_PASSPHRASE if source.demo else None,
                                             keyring_get(name), os.environ.get(ENV)) if p), None)
    if rows and not clear:
        wrap.unwrap(rows[0].sign_private, aad(rows[0].fingerprint, "sign_private"))  # the passphrase, now
    if clear:
        with engine.begin() as conn:
            for r in clear:
                values = {c: getattr(r, c) if is_wrapped(getattr(r, c)) else wrap.wrap(getattr(r, c), aad(r.fingerprint, c))
                          for c in COLUMNS}
                conn.execute(update(s.identity).where(s.identity.c.id == r.id).values(**values))
    return wrap


def wrap_for(engine: Engine) -> KeyWrap | None:
    return _WRAPS.get(engine)


def aad(fingerprint: str, column: str) -> str:
    return f"fieldvisit identity {column} {fingerprint}"
