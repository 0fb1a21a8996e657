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
