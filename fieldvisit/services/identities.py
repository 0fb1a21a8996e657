"""Use cases: this workspace's identity (role, name, keys) and the peers it trusts.

A supervisor enrolls collectors by their public identity file; a collector trusts its office's
supervisors (one or several). The crypto adapter is passed in (generate, sign, check)."""

from __future__ import annotations

from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork

ROLES = ("collector", "supervisor")


def init_identity(uow: UnitOfWork, crypto, *, role: str, name: str) -> dict:
    if role not in ROLES:
        raise UserError(msg('The role must be collector or supervisor.'))
    if not name.strip():
        raise UserError(msg("Give this workspace a name (--name), e.g. the collector's full name or the office."))
    with uow:
        if uow.keys.identity() is not None:
            existing = uow.keys.identity()
            raise UserError(msg('This workspace already has an identity ({name}, {role}, {fingerprint}); keys are '
                                'never replaced silently.',
                                name=existing['name'], role=existing['role'], fingerprint=existing['fingerprint']))
        keys = crypto.new_keys()
        uow.keys.create_identity(name.strip(), role, keys)
        uow.audit.append("keys init", name.strip(), {"role": role, "fingerprint": keys["fingerprint"]})
        uow.commit()
    return {"name": name.strip(), "role": role, "fingerprint": keys["fingerprint"]}


def public_identity(uow: UnitOfWork, crypto) -> dict:
    with uow:
        me = uow.keys.identity()
    if me is None:
        raise UserError(msg("This workspace has no identity yet; run 'fieldvisit keys init --role ROLE --name NAME'."))
    return crypto.identity_document(me["name"], me["role"], me["sign_private"], me["box_private"])


def trust(uow: UnitOfWork, crypto, doc) -> dict:
    try:
        doc = crypto.check_identity(doc)
    except crypto.IdentityError as exc:
        raise UserError(msg('This identity file cannot be trusted: {exc}.', exc=exc)) from None
    with uow:
        me = uow.keys.identity()
        if me is None:
            raise UserError(msg("Create this workspace's identity first ('fieldvisit keys init')."))
        if doc["fingerprint"] == me["fingerprint"]:
            raise UserError(msg("That is this workspace's own identity; exchange files with the other side."))
        wanted = "collector" if me["role"] == "supervisor" else "supervisor"
        if doc["role"] != wanted:
            raise UserError(msg('A {role} trusts {wanted}s, and {name} is a {role2}.',
                                role=me['role'], wanted=wanted, name=doc['name'], role2=doc['role']))
        added = uow.keys.trust(doc)
        if added:
            uow.audit.append("trust", doc["name"], {"role": doc["role"], "fingerprint": doc["fingerprint"]})
        uow.commit()
    return {"name": doc["name"], "role": doc["role"], "fingerprint": doc["fingerprint"], "new": added}


def list_peers(uow: UnitOfWork) -> dict:
    with uow:
        me = uow.keys.identity()
        peers = uow.keys.peers()
    return {"identity": None if me is None else {"name": me["name"], "role": me["role"], "fingerprint": me["fingerprint"]},
            "trusted": [{"name": p["name"], "role": p["role"], "fingerprint": p["fingerprint"],
                         "revoked": p["revoked_at"] is not None} for p in peers]}


def revoke(uow: UnitOfWork, fingerprint: str) -> dict:
    """Stop trusting a peer (a lost or retired laptop): its packs or bundles are refused from now on;
    what it sent before stays."""
    wanted = " ".join(fingerprint.replace(" ", "").upper()[i:i + 4] for i in range(0, 32, 4))
    with uow:
        found = uow.keys.revoke(wanted)
        if found is None:
            raise UserError(msg("No trusted peer has the fingerprint {fingerprint}; see 'fieldvisit keys list'.",
                                fingerprint=fingerprint))
        uow.audit.append("revoke", found["name"], {"role": found["role"], "fingerprint": wanted})
        uow.commit()
    return {"name": found["name"], "role": found["role"], "fingerprint": wanted}
