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
    for key in ("name", "role", "sign_key", "box_key", "fingerprint", "signature"):
        if not isinstance(doc.get(key), str):
            raise IdentityError(f"it is incomplete or damaged (its '{key}' is {'missing' if key not in doc else 'not text'})")
    try:
        if doc["role"] not in ROLES:
            raise IdentityError(f"its role {doc['role']!r} is neither collector nor supervisor")
        sign_key, box_key = unb64(doc["sign_key"]), unb64(doc["box_key"])
        if len(sign_key) != 32 or len(box_key) != 32:
            raise IdentityError("its keys have the wrong length")
        if fingerprint(sign_key, box_key) != doc["fingerprint"]:
            raise IdentityError("its fingerprint does not match its keys")
        Ed25519PublicKey.from_public_bytes(sign_key).verify(unb64(doc["signature"]), _payload(doc))
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        if isinstance(exc, IdentityError):
            raise
        raise IdentityError("it is incomplete or damaged") from None
    except InvalidSignature:
        raise IdentityError("its signature does not match (the file was changed)") from None
    return doc


# --- Sealed files: packs and bundles ---------------------------------------------------------
#
# A sealed file's payload is compressed, then encrypted once with a random content key
# (ChaCha20-Poly1305); the content key is wrapped for each recipient with a key agreed between a
# fresh ephemeral X25519 key and the recipient's X25519 key (HKDF-SHA256). The header (format,
# kind, sender, recipients, ephemeral key) is the AEAD's associated data.
#
# Format 2 (written today) is three lines:
#
#     {"format":"fieldvisit-sealed/2","kind":…,"sender":…,"recipients":[…],"ephemeral":…,"nonce":…}
#     <ciphertext, base64>
#     <Ed25519 signature, base64, over the exact bytes of the first two lines and their newlines>
#
# The signature covers the file's bytes, not a parse of them: one changed byte anywhere is
# refused, and the sender (line 1, small) is known before the body is read.
# Format 1 (one JSON object, signature over its canonical re-serialisation) is still read when
# its bytes are exactly what format 1 wrote, which makes it as byte-exact as format 2.

SEALED_FORMAT = "fieldvisit-sealed/2"
SEALED_FORMAT_1 = "fieldvisit-sealed/1"
MAX_HEADER_BYTES = 1024 * 1024  # line 1: a few hundred bytes per recipient
_SIG_CONTEXT = b"fieldvisit-sealed/2\n"


class SealError(ValueError):
    """A sealed file that cannot be opened; ``reason`` is one of: damaged, kind, sender,
    signature, recipient, size."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _canon(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number FieldVisit writes")


def strict_json(data: bytes | str):
    """JSON read strictly (:func:`fieldvisit.domain.strict_json.loads`: no NaN/Infinity, no key
    twice in one object — a signed payload means one thing —, no huge numbers, no absurd nesting);
    ValueError for those."""
    from fieldvisit.domain.strict_json import loads

    return loads(data)


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"fieldvisit-seal/1" + ephemeral + recipient).derive(shared)


def seal(payload: dict, *, kind: str, sender_fingerprint: str, sign_private: str,
         recipients: list[tuple[str, str]]) -> bytes:
    """Encrypt ``payload`` to ``recipients`` (``[(fingerprint, box_key_b64)]``) and sign the
    file's bytes (format 2). Raises ValueError with no recipient."""
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
    line1 = json.dumps({**header, "nonce": b64(nonce)}, separators=(",", ":")).encode("ascii") + b"\n"
    line2 = b64(ChaCha20Poly1305(content_key).encrypt(nonce, plain, _canon(header))).encode("ascii") + b"\n"
    signer = Ed25519PrivateKey.from_private_bytes(unb64(sign_private))
    return line1 + line2 + b64(signer.sign(_SIG_CONTEXT + line1 + line2)).encode("ascii") + b"\n"


def _damaged(why: str = "it is damaged or truncated (it is not a complete FieldVisit file)") -> SealError:
    return SealError("damaged", why)


def sealed_header(data: bytes) -> dict:
    """The readable envelope of a sealed file (format, kind, sender, recipients, ephemeral,
    nonce); only its first line is needed (the body may be left unread). Raises
    SealError('damaged') when it is not one."""
    first = data[:MAX_HEADER_BYTES + 1].split(b"\n", 1)[0]
    if first.startswith(b'{"format":"' + SEALED_FORMAT.encode()):
        if len(first) > MAX_HEADER_BYTES:
            raise _damaged()
        try:
            doc = strict_json(first.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            raise _damaged() from None
        needed = ("kind", "sender", "recipients", "ephemeral", "nonce")
    else:  # format 1: one JSON object; the whole file is needed
        try:
            doc = strict_json(data.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            raise _damaged() from None
        if not isinstance(doc, dict) or doc.get("format") != SEALED_FORMAT_1:
            raise _damaged("it is not a FieldVisit pack or bundle")
        needed = ("kind", "sender", "recipients", "ephemeral", "nonce", "ciphertext", "signature")
    if not isinstance(doc, dict) or doc.get("format") not in (SEALED_FORMAT, SEALED_FORMAT_1):
        raise _damaged("it is not a FieldVisit pack or bundle")
    if any(not isinstance(doc.get(k), str) or not doc.get(k) for k in needed if k != "recipients") \
            or not isinstance(doc.get("recipients"), list):
        raise _damaged("it is damaged or truncated (parts of it are missing)")
    return doc


def _verify(key_b64: str, signature_b64: str, signed: bytes) -> None:
    try:
        signature = unb64(signature_b64)
        if b64(signature) != signature_b64:  # base64's spare bits: one signature, one spelling
            raise ValueError("non-canonical base64")
        Ed25519PublicKey.from_public_bytes(unb64(key_b64)).verify(signature, signed)
    except (InvalidSignature, ValueError, TypeError):
        raise SealError("signature", "its signature does not match: it was changed or damaged on the way") from None


def _decompress(plain: bytes, limit: int) -> bytes:
    """zlib-inflate at most ``limit`` bytes; SealError('size') for a file that would inflate beyond."""
    import zlib

    inflater = zlib.decompressobj()
    out = inflater.decompress(plain, limit)
    if inflater.unconsumed_tail or not inflater.eof:
        raise SealError("size", f"it would unpack to more than {limit // (1024 * 1024)} MB")
    return out


def open_sealed(data: bytes, *, kind: str, sender_key, fingerprint: str, box_private: str,
                max_payload: int | None = None) -> tuple[dict, dict]:
    """Check and decrypt a sealed file. ``sender_key(fingerprint)`` returns the sender's Ed25519
    public key (b64) when this workspace trusts it, else None. The kind and the sender are checked
    first, then the signature over the file's bytes, then decryption; the payload inflates to at
    most ``max_payload`` bytes (default: ``domain.limits.MAX_PAYLOAD_BYTES``). Returns
    ``(header, payload)``; SealError otherwise."""
    import zlib

    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    from fieldvisit.domain.limits import MAX_PAYLOAD_BYTES

    doc = sealed_header(data)
    if doc["kind"] != kind:
        raise SealError("kind", f"it is a {str(doc['kind'])[:20]}, not a {kind}")
    key = sender_key(doc["sender"])
    if key is None:
        raise SealError("sender", f"it comes from {str(doc['sender'])[:80]}, which this workspace has not enrolled "
                                  "or trusts no longer")
    if doc["format"] == SEALED_FORMAT:
        lines = data.split(b"\n")
        if len(lines) != 4 or lines[3] != b"":
            raise _damaged()
        signed = lines[0] + b"\n" + lines[1] + b"\n"
        _verify(key, lines[2].decode("ascii", "replace"), _SIG_CONTEXT + signed)
        ciphertext = lines[1].decode("ascii", "replace")
    else:
        if json.dumps(doc, separators=(",", ":")).encode("ascii") + b"\n" != data:
            raise SealError("signature", "its bytes are not the ones that were signed (it was changed on the way)")
        _verify(key, doc["signature"], _canon({k: v for k, v in doc.items() if k != "signature"}))
        ciphertext = doc["ciphertext"]
    mine = [r for r in doc["recipients"] if isinstance(r, dict) and r.get("fingerprint") == fingerprint]
    if not mine:
        raise SealError("recipient", "it is addressed to someone else, not to this workspace")
    header = {k: doc[k] for k in ("kind", "sender", "recipients", "ephemeral")}
    header = {"format": doc["format"], **header}
    try:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

        box = X25519PrivateKey.from_private_bytes(unb64(box_private))
        own = _raw_public(box)
        eph = unb64(doc["ephemeral"])
        kek = _kek(box.exchange(X25519PublicKey.from_public_bytes(eph)), eph, own)
        content_key = ChaCha20Poly1305(kek).decrypt(unb64(mine[0]["nonce"]), unb64(mine[0]["key"]),
                                                     fingerprint.encode("ascii"))
        plain = ChaCha20Poly1305(content_key).decrypt(unb64(doc["nonce"]), unb64(ciphertext), _canon(header))
    except (InvalidTag, ValueError, TypeError, zlib.error):
        raise SealError("recipient", "it cannot be decrypted with this workspace's key") from None
    try:
        payload = strict_json(_decompress(plain, max_payload or MAX_PAYLOAD_BYTES).decode("ascii"))
    except (zlib.error, UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, SealError):
            raise
        from fieldvisit.domain.strict_json import JsonError

        if isinstance(exc, JsonError):  # signed, but refused: a key twice, nesting, a huge number
            raise _damaged(f"its content is damaged ({exc})") from None
        raise _damaged("its content is damaged") from None
    return header, payload
