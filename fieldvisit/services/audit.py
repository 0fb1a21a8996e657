"""Use cases: check the audit trail, and record a supervisor's override of a conduct rule."""

from __future__ import annotations

from datetime import date

from fieldvisit.domain.audit import first_broken
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork


def verify_audit(uow: UnitOfWork) -> dict:
    with uow:
        entries = uow.audit.entries()
    broken = first_broken(entries)
    return {"entries": len(entries), "valid": broken is None,
            "first_broken": None if broken is None else {"id": broken[0], "problem": broken[1]}}


def audit_entries(uow: UnitOfWork, limit: int = 100) -> list[dict]:
    with uow:
        entries = uow.audit.entries()
    return [{"id": e.id, "at": e.at, "actor": e.actor, "action": e.action, "subject": e.subject,
             "details": e.details} for e in entries[-limit:]]


def override(uow: UnitOfWork, case_id: str, *, by: str, reason: str, day: date | None = None) -> dict:
    """A supervisor allows a visit the rules would block (vulnerable customer, a blocking flag),
    for one day or until further notice. The reason is required and audited."""
    if not by.strip():
        raise UserError(msg("An override needs the supervisor's name (--by)."))
    if len(reason.strip()) < 10:
        raise UserError(msg('An override needs a real reason (--reason, at least a short sentence).'))
    with uow:
        me = uow.keys.identity()
        if me is not None and me["role"] != "supervisor":
            raise UserError(msg("An override is a supervisor's decision: ask your office; it reaches this laptop with"
                                ' the next assignment pack.'))
        case = uow.cases.get(case_id)
        if case is None:
            raise UserError(msg('No case with id {case_id}.', case_id=case_id))
        uow.overrides.add(case_id, day, by.strip(), reason.strip())
        uow.audit.append("override", case_id, {"by": by.strip(), "reason": reason.strip(),
                                               "day": day.isoformat() if day else None,
                                               "flags": sorted(f.value for f in case.flags)})
        uow.commit()
    return {"case_id": case_id, "by": by.strip(), "day": day.isoformat() if day else None}
