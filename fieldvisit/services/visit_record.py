"""What the visit record says about cases (read side of services/visits.py): the current version of
each visit, the promises visits carry with their state (kept, broken, pending ...), and the history
the preparation sheet, the planners and the reports read (promises kept/broken, refusals,
contacts, visit dates).

Recording visits (services/visits.py) and the preparation sheet (services/prep.py) both read
from here; neither imports the other's way back (import-linter contract in pyproject.toml).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from fieldvisit.domain.promises import PaymentRecord, PromiseRecord, promise_state
from fieldvisit.services.ports import UnitOfWork


def current_visits(rows: list[dict]) -> list[dict]:
    """Only the newest version of each visit (corrections hide what they replace)."""
    replaced = {r["replaces"] for r in rows if r["replaces"]}
    return [r for r in rows if r["visit_id"] not in replaced]


def _current_by_case(uow: UnitOfWork) -> tuple[dict[str, list[dict]], dict]:
    """Current visit versions grouped by case, and those cases' last case-file payments."""
    with uow:
        by_case: dict[str, list[dict]] = {}
        for r in current_visits(uow.visits.list()):
            by_case.setdefault(r["case_id"], []).append(r)
        payments = uow.cases.last_payments(by_case) if by_case else {}
    return by_case, payments


def _promises(rows: list[dict], last_payment: tuple | None, as_of: date) -> list[dict]:
    """The promises on one case's current visits, with their state; payments come from the
    visits and from the case file's last reported payment."""
    payments = []
    for r in rows:
        pay = r["data"].get("payment")
        if pay:
            payments.append(PaymentRecord(datetime.fromisoformat(r["data"]["arrived_at"]).date(),
                                          Decimal(pay["amount"]), "visit"))
    if last_payment and last_payment[0] and last_payment[1]:
        payments.append(PaymentRecord(last_payment[0], last_payment[1], "case file"))
    out = []
    for r in rows:
        p = r["data"].get("promise")
        if not p:
            continue
        record = PromiseRecord(r["visit_id"], datetime.fromisoformat(r["data"]["arrived_at"]), Decimal(p["amount"]),
                               p["currency"], date.fromisoformat(p["date"]))
        out.append({"visit_id": r["visit_id"], "amount": p["amount"], "currency": p["currency"], "date": p["date"],
                    "status": promise_state(record, payments, as_of).value})
    return out


def promise_index(uow: UnitOfWork, as_of: date) -> dict[str, list[dict]]:
    """case_id → its promises (current visit versions) with their state as of ``as_of``."""
    by_case, payments = _current_by_case(uow)
    return {cid: p for cid, rows in by_case.items() if (p := _promises(rows, payments.get(cid), as_of))}


def promises_of(uow: UnitOfWork, case_id: str, as_of: date) -> list[dict]:
    return promise_index(uow, as_of).get(case_id, [])


def promises_summary(rows: list[dict], last_payment: tuple | None, as_of: date) -> tuple[int, int]:
    """(kept, broken): the promises on one case's current visits ``rows`` as of ``as_of``."""
    states = [p["status"] for p in _promises(rows, last_payment, as_of)]
    return states.count("kept"), states.count("broken")


def history_of(rows: list[dict], last_payment: tuple | None, as_of: date) -> dict:
    """One case's record (its current visits) as the prep sheet and the planner read it."""
    days = [datetime.fromisoformat(r["data"]["arrived_at"]).date() for r in rows]
    promises = _promises(rows, last_payment, as_of)
    return {"promises_kept": sum(p["status"] == "kept" for p in promises),
            "promises_broken": sum(p["status"] == "broken" for p in promises),
            "refusals": sum(r["data"]["outcome"] == "refused" for r in rows),
            "contacts": sum(r["data"]["person_met"] == "debtor" for r in rows),
            "third_party_contacts": sum(r["data"]["person_met"] == "third_party" for r in rows),
            "last_visit": max(days, default=None), "visit_dates": days,
            "promise_dues": [(date.fromisoformat(p["date"]), p["status"]) for p in promises]}


def history_index(uow: UnitOfWork, as_of: date) -> dict[str, dict]:
    """Per case: promises kept/broken, refusals, contacts and visit dates — what the prep sheet
    and the planner read from the visit record."""
    by_case, payments = _current_by_case(uow)
    return {cid: history_of(rows, payments.get(cid), as_of) for cid, rows in by_case.items()}
