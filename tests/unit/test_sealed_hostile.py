"""Issue 17: sealed files (packs, bundles) from a hostile sender or a hostile share. The
signature covers the file's exact bytes, a payload cannot inflate beyond its limit, and JSON
constants FieldVisit never writes (NaN, Infinity) are refused."""

from __future__ import annotations

import json
import os
import zlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from fieldvisit.adapters import crypto

SENDER, OFFICE = crypto.new_keys(), crypto.new_keys()


def _open(data, **kw):
    return crypto.open_sealed(data, kind="bundle", sender_key={SENDER["fingerprint"]: SENDER["sign_key"]}.get,
                              fingerprint=OFFICE["fingerprint"], box_private=OFFICE["box_private"], **kw)


def _seal_v1(plain_payload: bytes) -> bytes:
    """A file exactly as FieldVisit's format 1 wrote it (signature over the parsed JSON)."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = crypto._raw_public(ephemeral)
    content_key = ChaCha20Poly1305.generate_key()
    their = crypto.unb64(OFFICE["box_key"])
    kek = crypto._kek(ephemeral.exchange(X25519PublicKey.from_public_bytes(their)), eph_pub, their)
    nonce = os.urandom(12)
    wrapped = [{"fingerprint": OFFICE["fingerprint"], "nonce": crypto.b64(nonce),
                "key": crypto.b64(ChaCha20Poly1305(kek).encrypt(nonce, content_key, OFFICE["fingerprint"].encode()))}]
    header = {"format": "fieldvisit-sealed/1", "kind": "bundle", "sender": SENDER["fingerprint"],
              "recipients": wrapped, "ephemeral": crypto.b64(eph_pub)}
    nonce = os.urandom(12)
    doc = {**header, "nonce": crypto.b64(nonce), "ciphertext": crypto.b64(
        ChaCha20Poly1305(content_key).encrypt(nonce, zlib.compress(plain_payload), crypto._canon(header)))}
    signer = Ed25519PrivateKey.from_private_bytes(crypto.unb64(SENDER["sign_private"]))
    doc["signature"] = crypto.b64(signer.sign(crypto._canon(doc)))
    return json.dumps(doc, separators=(",", ":")).encode("ascii") + b"\n"


def test_format_1_files_are_still_read_when_byte_exact():
    old = _seal_v1(b'{"visits":[]}')
    assert _open(old)[1] == {"visits": []}
    # the same JSON spelt differently (spaces, a duplicate key): not the bytes that were signed
    spaced = json.dumps(json.loads(old)).encode() + b"\n"
    with pytest.raises(crypto.SealError, match="not the ones that were signed"):
        _open(spaced)
    duplicated = old.replace(b'{"format"', b'{"kind":"pack","format"', 1)
    with pytest.raises(crypto.SealError):
        _open(duplicated)


def test_the_signature_covers_the_files_bytes():
    sealed = crypto.seal({"visits": []}, kind="bundle", sender_fingerprint=SENDER["fingerprint"],
                         sign_private=SENDER["sign_private"], recipients=[(OFFICE["fingerprint"], OFFICE["box_key"])])
    assert _open(sealed)[1] == {"visits": []}
    line1, line2, line3, _ = sealed.split(b"\n")
    for changed in (line1.replace(b'","', b'", "', 1) + b"\n" + line2 + b"\n" + line3 + b"\n",  # JSON-equal
                    sealed + b"\n", sealed.replace(b"\n", b"\r\n")):
        with pytest.raises(crypto.SealError):
            _open(changed)


def test_a_validly_signed_zip_bomb_is_refused_without_inflating_it():
    # 1.4 MB on disk inflating to ~1.4 GB: the limit stops it after max_payload bytes
    bomb = b'{"visits":["' + b"A" * (64 * 1024 * 1024) + b'"]}'
    # seal the bomb's compressed bytes by hand (seal() compresses a dict; the bomb is raw bytes)
    original = zlib.compress
    try:
        zlib.compress = lambda data, level=6: original(bomb, 9)
        sealed = crypto.seal({}, kind="bundle", sender_fingerprint=SENDER["fingerprint"],
                             sign_private=SENDER["sign_private"],
                             recipients=[(OFFICE["fingerprint"], OFFICE["box_key"])])
    finally:
        zlib.compress = original
    assert len(sealed) < 1024 * 1024
    with pytest.raises(crypto.SealError, match="unpack to more than 16 MB"):
        _open(sealed, max_payload=16 * 1024 * 1024)


@pytest.mark.parametrize("payload", [b'{"x":NaN}', b'{"x":-Infinity}', b"[" * 100_000 + b"]" * 100_000])
def test_json_fieldvisit_never_writes_is_damaged(payload):
    original = zlib.compress
    try:
        zlib.compress = lambda data, level=6: original(payload)
        sealed = crypto.seal({}, kind="bundle", sender_fingerprint=SENDER["fingerprint"],
                             sign_private=SENDER["sign_private"],
                             recipients=[(OFFICE["fingerprint"], OFFICE["box_key"])])
    finally:
        zlib.compress = original
    with pytest.raises(crypto.SealError, match="damaged"):
        _open(sealed)


def test_the_sender_is_known_from_the_first_line_alone():
    sealed = crypto.seal({"visits": []}, kind="bundle", sender_fingerprint=SENDER["fingerprint"],
                         sign_private=SENDER["sign_private"], recipients=[(OFFICE["fingerprint"], OFFICE["box_key"])])
    first = sealed.split(b"\n", 1)[0] + b"\n"
    assert crypto.sealed_header(first)["sender"] == SENDER["fingerprint"]
