"""What assignment packs (services/packs.py) and visit-report bundles (services/sync.py) share:
this workspace's identity in a role, the trusted peers of a role, the one sentence for a file that
cannot be opened, the check of a file's creation time, and what a wrongly shaped field raises."""

from __future__ import annotations

from datetime import UTC, datetime

from fieldvisit.domain.sync import PayloadError
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork

#: What a value of the wrong shape raises when used; caught around the checks of a received file.
MALFORMED = (KeyError, IndexError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError)


def own_identity(uow: UnitOfWork, role: str) -> dict:
    """This workspace's identity (with its private keys); UserError when it has none or another role."""
    me = uow.keys.identity()
    if me is None:
        raise UserError(msg("This workspace has no identity yet; run 'fieldvisit keys init --role ROLE --name NAME'."))
    if me["role"] != role:
        raise UserError(msg('Only a {role} workspace can do this; this one belongs to {name}, a {role2}.',
                            role=role, name=me['name'], role2=me['role']))
    return me


def trusted_peers(uow: UnitOfWork, role: str) -> list[dict]:
    """The peers of ``role`` this workspace trusts and has not revoked."""
    return [p for p in uow.keys.peers() if p["role"] == role and p["revoked_at"] is None]


def sealed_error(name: str, exc) -> UserError:
    """The sentence for a file ``name`` the crypto adapter refused (``exc.reason``: sender, recipient,
    kind, damaged, signature), with what to do."""
    hint = {"sender": " Enroll the device with 'fieldvisit keys trust' if it is one of yours.",
            "recipient": " Ask for a file made for this workspace.",
            "kind": "", "damaged": " Copy the file again from its source.",
            "signature": " Copy the file again from its source; if it happens again, report it."}.get(exc.reason, "")
    return UserError(msg('{name} cannot be imported: {exc}. Nothing was imported.{hint}',
                         name=name, exc=exc, hint=hint))


def created_time(text: str) -> datetime:
    """A received file's ``created_at`` (ISO 8601; UTC when it has no offset); PayloadError otherwise."""
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        raise PayloadError(f"its creation time {text[:40]!r} is not a time") from None
    return t if t.tzinfo else t.replace(tzinfo=UTC)
