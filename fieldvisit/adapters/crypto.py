"""Keys and signatures (cryptography): Ed25519 to sign, X25519 to encrypt.

A workspace's *public identity* is a small JSON file — name, role, the two public keys, their
fingerprint — signed with its own Ed25519 key, so a file edited on the way is refused.
"""

from __future__ import annotations

import base64
import hashlib
import json

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

IDENTITY_FORMAT = "fieldvisit-identity/1"
ROLES = ("collector", "supervisor")


class IdentityError(ValueError):
    """An identity file that cannot be trusted; the message says why."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _raw_public(private_key) -> bytes:
    return private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw_private(key) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    """Human-comparable: 8 groups of 4 hex digits of SHA-256 over both public keys."""
    digest = hashlib.sha256(b"fieldvisit" + sign_public + box_public).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def new_keys() -> dict:
    sign, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    sp, bp = _raw_public(sign), _raw_public(box)
    return {"sign_private": b64(_raw_private(sign)), "box_private": b64(_raw_private(box)),
            "sign_key": b64(sp), "box_key": b64(bp), "fingerprint": fingerprint(sp, bp)}


def public_from_private(sign_private: str, box_private: str) -> tuple[str, str]:
    sign = Ed25519PrivateKey.from_private_bytes(unb64(sign_private))
    box = X25519PrivateKey.from_private_bytes(unb64(box_private))
    return b64(_raw_public(sign)), b64(_raw_public(box))


def _payload(doc: dict) -> bytes:
    fields = {k: doc[k] for k in ("format", "name", "role", "sign_key", "box_key", "fingerprint")}
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def identity_document(name: str, role: str, sign_private: str, box_private: str) -> dict:
    sign_key, box_key = public_from_private(sign_private, box_private)
    doc = {"format": IDENTITY_FORMAT, "name": name, "role": role, "sign_key": sign_key, "box_key": box_key,
           "fingerprint": fingerprint(unb64(sign_key), unb64(box_key))}
    signer = Ed25519PrivateKey.from_private_bytes(unb64(sign_private))
    doc["signature"] = b64(signer.sign(_payload(doc)))
    return doc


def check_identity(doc) -> dict:
    """Validate a public identity document; returns it, or raises IdentityError."""
    if not isinstance(doc, dict) or doc.get("format") != IDENTITY_FORMAT:
        raise IdentityError("it is not a FieldVisit identity file")
    try:
        if doc["role"] not in ROLES:
            raise IdentityError(f"its role {doc['role']!r} is neither collector nor supervisor")
        sign_key, box_key = unb64(doc["sign_key"]), unb64(doc["box_key"])
        if len(sign_key) != 32 or len(box_key) != 32:
            raise IdentityError("its keys have the wrong length")
        if fingerprint(sign_key, box_key) != doc["fingerprint"]:
            raise IdentityError("its fingerprint does not match its keys")
        Ed25519PublicKey.from_public_bytes(sign_key).verify(unb64(doc["signature"]), _payload(doc))
    except (KeyError, ValueError, TypeError) as exc:
        if isinstance(exc, IdentityError):
            raise
        raise IdentityError("it is incomplete or damaged") from None
    except InvalidSignature:
        raise IdentityError("its signature does not match (the file was changed)") from None
    return doc


# --- Sealed files: packs and bundles ---------------------------------------------------------
#
# A sealed file is one JSON object. Its payload is compressed, then encrypted once with a random
# content key (ChaCha20-Poly1305); the content key is wrapped for each recipient with a key
# agreed between a fresh ephemeral X25519 key and the recipient's X25519 key (HKDF-SHA256).
# The header (format, kind, sender, recipients, ephemeral key) is the AEAD's associated data, and
# the sender's Ed25519 signature covers the header and the ciphertext: a changed byte anywhere
# is refused, and a re-signed file cannot be decrypted under another sender's name.

SEALED_FORMAT = "fieldvisit-sealed/1"


class SealError(ValueError):
    """A sealed file that cannot be opened; ``reason`` is one of: damaged, kind, sender,
    signature, recipient."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _canon(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"fieldvisit-seal/1" + ephemeral + recipient).derive(shared)


def seal(payload: dict, *, kind: str, sender_fingerprint: str, sign_private: str,
         recipients: list[tuple[str, str]]) -> bytes:
    """Encrypt ``payload`` to ``recipients`` (``[(fingerprint, box_key_b64)]``) and sign it."""
    import os
    import zlib

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    if not recipients:
        raise ValueError("a sealed file needs at least one recipient")
    ephemeral = X25519PrivateKey.generate()
    eph_pub = _raw_public(ephemeral)
    content_key = ChaCha20Poly1305.generate_key()
    wrapped = []
    for fp, box_key in sorted(recipients):
        their = unb64(box_key)
        kek = _kek(ephemeral.exchange(X25519PublicKey.from_public_bytes(their)), eph_pub, their)
        nonce = os.urandom(12)
        wrapped.append({"fingerprint": fp, "nonce": b64(nonce),
                        "key": b64(ChaCha20Poly1305(kek).encrypt(nonce, content_key, fp.encode("ascii")))})
    header = {"format": SEALED_FORMAT, "kind": kind, "sender": sender_fingerprint,
              "recipients": wrapped, "ephemeral": b64(eph_pub)}
    nonce = os.urandom(12)
    plain = zlib.compress(_canon(payload), 6)
    doc = {**header, "nonce": b64(nonce),
           "ciphertext": b64(ChaCha20Poly1305(content_key).encrypt(nonce, plain, _canon(header)))}
    signer = Ed25519PrivateKey.from_private_bytes(unb64(sign_private))
    doc["signature"] = b64(signer.sign(_canon(doc)))
    return json.dumps(doc, separators=(",", ":")).encode("ascii") + b"\n"


def sealed_header(data: bytes) -> dict:
    """The readable envelope of a sealed file (format, kind, sender, recipients); raises
    SealError('damaged') when it is not one."""
    try:
        doc = json.loads(data.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise SealError("damaged", "it is damaged or truncated (it is not a complete FieldVisit file)") from None
    if not isinstance(doc, dict) or doc.get("format") != SEALED_FORMAT:
        raise SealError("damaged", "it is not a FieldVisit pack or bundle")
    needed = ("kind", "sender", "recipients", "ephemeral", "nonce", "ciphertext", "signature")
    if any(not doc.get(k) for k in needed) or not isinstance(doc["recipients"], list):
        raise SealError("damaged", "it is damaged or truncated (parts of it are missing)")
    return doc


def open_sealed(data: bytes, *, kind: str, sender_key, fingerprint: str, box_private: str) -> tuple[dict, dict]:
    """Check and decrypt a sealed file. ``sender_key(fingerprint)`` returns the sender's Ed25519
    public key (b64) when this workspace trusts it, else None. Returns ``(header, payload)``."""
    import zlib

    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    doc = sealed_header(data)
    if doc["kind"] != kind:
        raise SealError("kind", f"it is a {doc['kind']}, not a {kind}")
    key = sender_key(doc["sender"])
    if key is None:
        raise SealError("sender", f"it comes from {doc['sender']}, which this workspace has not enrolled or trusts "
                                  "no longer")
    unsigned = {k: v for k, v in doc.items() if k != "signature"}
    try:
        Ed25519PublicKey.from_public_bytes(unb64(key)).verify(unb64(doc["signature"]), _canon(unsigned))
    except (InvalidSignature, ValueError):
        raise SealError("signature", "its signature does not match: it was changed or damaged on the way") from None
    mine = [r for r in doc["recipients"] if isinstance(r, dict) and r.get("fingerprint") == fingerprint]
    if not mine:
        raise SealError("recipient", "it is addressed to someone else, not to this workspace")
    header = {k: doc[k] for k in ("format", "kind", "sender", "recipients", "ephemeral")}
    try:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

        box = X25519PrivateKey.from_private_bytes(unb64(box_private))
        own = _raw_public(box)
        eph = unb64(doc["ephemeral"])
        kek = _kek(box.exchange(X25519PublicKey.from_public_bytes(eph)), eph, own)
        content_key = ChaCha20Poly1305(kek).decrypt(unb64(mine[0]["nonce"]), unb64(mine[0]["key"]),
                                                     fingerprint.encode("ascii"))
        plain = ChaCha20Poly1305(content_key).decrypt(unb64(doc["nonce"]), unb64(doc["ciphertext"]), _canon(header))
        payload = json.loads(zlib.decompress(plain).decode("ascii"))
    except (InvalidTag, ValueError, zlib.error):
        raise SealError("recipient", "it cannot be decrypted with this workspace's key") from None
    return header, payload
