"""Use cases: this workspace's identity (role, name, keys) and the peers it trusts.

A supervisor enrolls collectors by their public identity file; a collector trusts its office's
supervisors (one or several). The crypto adapter is passed in (generate, sign, check)."""

from __future__ import annotations

import json

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


def identity_file_text(uow: UnitOfWork, crypto) -> tuple[str, dict]:
    """This workspace's public identity as the text of an identity file (JSON, UTF-8), and the
    document itself (``name``, ``role``, ``fingerprint``…). Raises UserError without an identity."""
    doc = public_identity(uow, crypto)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n", doc


def read_identity_file(data: bytes | str, file_name: str = "") -> dict:
    """The identity document in an identity file's content; UserError when it is not one."""
    from fieldvisit.domain.strict_json import JsonError, loads

    try:
        doc = loads(data)
    except JsonError as exc:
        raise UserError(msg("{file} is not a FieldVisit identity file: {exc}.", file=file_name or "The file",
                            exc=str(exc))) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        doc = None
    if not isinstance(doc, dict):
        raise UserError(msg("{file} is not a FieldVisit identity file.", file=file_name or "The file"))
    return doc


def check_trust(uow: UnitOfWork, crypto, doc) -> dict:
    """What trusting ``doc`` would add — ``{name, role, fingerprint, known}`` — without storing
    anything, so a person can compare the fingerprint first. Raises UserError when it cannot be
    trusted (bad signature, own identity, wrong role)."""
    try:
        doc = crypto.check_identity(doc)
    except crypto.IdentityError as exc:
        raise UserError(msg('This identity file cannot be trusted: {exc}.', exc=exc)) from None
    with uow:
        me = uow.keys.identity()
        peers = uow.keys.peers()
    if me is None:
        raise UserError(msg("Create this workspace's identity first ('fieldvisit keys init')."))
    if doc["fingerprint"] == me["fingerprint"]:
        raise UserError(msg("That is this workspace's own identity; exchange files with the other side."))
    wanted = "collector" if me["role"] == "supervisor" else "supervisor"
    if doc["role"] != wanted:
        raise UserError(msg('A {role} trusts {wanted}s, and {name} is a {role2}.',
                            role=me['role'], wanted=wanted, name=doc['name'], role2=doc['role']))
    known = any(p["fingerprint"] == doc["fingerprint"] and p["revoked_at"] is None for p in peers)
    return {"name": doc["name"], "role": doc["role"], "fingerprint": doc["fingerprint"], "known": known}


def trust(uow: UnitOfWork, crypto, doc) -> dict:
    """Trust ``doc`` (audited): ``{name, role, fingerprint, new}``; ``new`` is False when it was
    already trusted. Raises UserError as ``check_trust`` does."""
    check_trust(uow, crypto, doc)
    doc = crypto.check_identity(doc)
    with uow:
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
