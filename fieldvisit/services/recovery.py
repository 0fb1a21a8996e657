"""Recovering a collector's encrypted workspace when its passphrase is forgotten — a recovery
the office controls.

A collector's workspace keeps a *recovery file* beside it (``<workspace>.recovery``): the
workspace's page key, sealed (X25519 + ChaCha20-Poly1305, signed with Ed25519, the format of packs
and bundles) to every supervisor the collector trusts, and to no one else. Only such an office
can open it: ``recovery_code`` turns it into a one-time code the office gives the collector, who
sets a new passphrase with it (``fieldvisit workspace recover --code``). The file is rewritten
when a supervisor is trusted and when the passphrase changes; a stolen laptop's recovery file is
useless without the office's private key.

Errors: :class:`UserError` with one sentence.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork

KIND = "recovery"


def recovery_blob(uow: UnitOfWork, crypto, page_key: str) -> bytes | None:
    """The sealed recovery file for ``page_key`` (hex), or None when this workspace is not a
    collector's or trusts no supervisor yet."""
    with uow:
        me = uow.keys.identity()
        if me is None or me["role"] != "collector":
            return None
        offices = [p for p in uow.keys.peers() if p["role"] == "supervisor" and p["revoked_at"] is None]
        if not offices:
            return None
        payload = {"workspace_key": page_key, "collector": me["name"], "device": me["fingerprint"],
                   "created_at": datetime.now(UTC).isoformat()}
        return crypto.seal(payload, kind=KIND, sender_fingerprint=me["fingerprint"], sign_private=me["sign_private"],
                           recipients=[(p["fingerprint"], p["box_key"]) for p in offices])


def recovery_code(uow: UnitOfWork, crypto, data: bytes, name: str = "The recovery file") -> dict:
    """Office side: open a collector's recovery file; returns ``{collector, device, code}``."""
    with uow:
        me = uow.keys.identity()
        if me is None or me["role"] != "supervisor":
            raise UserError(msg("Only the office (a supervisor workspace) can open a recovery file."))
        keys = {p["fingerprint"]: p["sign_key"] for p in uow.keys.peers()
                if p["role"] == "collector" and p["revoked_at"] is None}
        try:
            _, payload = crypto.open_sealed(data, kind=KIND, sender_key=keys.get, fingerprint=me["fingerprint"],
                                            box_private=me["box_private"])
        except crypto.SealError as exc:
            raise UserError(msg("{name} cannot be opened: {exc}.", name=name, exc=exc)) from None
        code = payload.get("workspace_key")
        if not isinstance(code, str) or len(code) != 64:
            raise UserError(msg("{name} holds no workspace key.", name=name))
        uow.audit.append("recovery code", str(payload.get("collector")), {"device": payload.get("device")})
        uow.commit()
    return {"collector": payload.get("collector"), "device": payload.get("device"), "code": code}
