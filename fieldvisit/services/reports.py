"""Use case: the team's visits over a period, per visit and per collector and day — what the
supervisor's dashboard shows and ``fieldvisit report`` writes (XLSX, CSV, PDF).

Only current versions count (a correction hides the visit it replaces). Debtor names stay out of
the report: the case id is enough at the office, and the file may travel.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from fieldvisit.domain.field_review import TO_REVIEW
from fieldvisit.domain.money import money_step
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork
from fieldvisit.services.visit_record import current_visits, promise_index

CONTACT_PERSON = "debtor"

VISIT_COLUMNS = ("date", "collector", "case_id", "visit_id", "version", "arrived_at", "outcome", "person_met",
                 "promise_amount", "promise_date", "promise_status", "payment_amount", "currency", "agreed_plan",
                 "exceptions", "checks", "review", "review_comment")
DAY_COLUMNS = ("date", "collector", "visits", "contacts", "promises", "kept", "broken", "promised", "collected",
               "currency", "exceptions", "approved", "has_issues", "rejected", "unreviewed")


def team_report(uow: UnitOfWork, start: date, end: date, as_of: date | None = None,
                collector: str | None = None) -> dict:
    """``{visits: [row], days: [row], totals: row}`` for visits whose local day is in [start, end]."""
    if end < start:
        raise UserError(msg('The period ends ({end}) before it starts ({start}); swap --from and --to.',
                            end=end, start=start))
    as_of = as_of or date.today()
    promises = {p["visit_id"]: p["status"] for ps in promise_index(uow, as_of).values() for p in ps}
    with uow:
        # a day's margin each side: local days differ from UTC days by up to 14 hours
        rows = uow.visits.list(since=datetime.combine(start - timedelta(days=1), time(0), UTC),
                               until=datetime.combine(end + timedelta(days=2), time(0), UTC))
        reviews = uow.reviews.latest([r["visit_id"] for r in rows])
        unsnapped = {r["case_id"] for r in rows if not r.get("prep") and (r["data"].get("promise") or r["data"].get("payment"))}
        balances = {cid: case.balance for cid in sorted(unsnapped) if (case := uow.cases.get(cid)) is not None}
    visits = []
    for r in current_visits(rows):
        d = r["data"]
        arrived = datetime.fromisoformat(d["arrived_at"])
        if not start <= arrived.date() <= end:
            continue
        who = r["collector"] or ""
        if collector and who != collector:
            continue
        review = reviews.get(r["visit_id"])
        promise, payment = d.get("promise") or {}, d.get("payment") or {}
        visits.append({
            "date": arrived.date().isoformat(), "collector": who, "case_id": r["case_id"], "visit_id": r["visit_id"],
            "version": r["version"], "arrived_at": d["arrived_at"], "outcome": d["outcome"],
            "person_met": d["person_met"], "promise_amount": promise.get("amount"), "promise_date": promise.get("date"),
            "promise_status": promises.get(r["visit_id"]) if promise else None,
            "payment_amount": payment.get("amount"),
            "currency": promise.get("currency") or payment.get("currency") or (r.get("prep") or {}).get("currency")
            or "",
            "agreed_plan": (d.get("agreed_proposal") or {}).get("installments") or [],
            "exceptions": "; ".join(r["warnings"]),
            "checks": above_balance(d, r.get("prep"), balances.get(r["case_id"])),
            "review": review["status"] if review else "received",
            "review_comment": review["comment"] if review else ""})
    visits.sort(key=lambda v: (v["date"], v["collector"], v["arrived_at"]))
    days = _summaries(visits, lambda v: (v["date"], v["collector"]))
    totals = _summaries(visits, lambda v: ("", ""))
    return {"from": start.isoformat(), "to": end.isoformat(), "visits": visits, "days": days,
            "totals": _combined(totals), "totals_by_currency": totals}


def _combined(totals: list[dict]) -> dict:
    """All currencies' counts together; the amounts only when there is one currency (amounts in
    several are in ``totals_by_currency``, never added)."""
    if len(totals) == 1:
        return totals[0]
    out = {k: 0 for k in DAY_COLUMNS} | {"date": "", "collector": "", "currency": "", "promised": "", "collected": ""}
    for t in totals:
        for k in DAY_COLUMNS:
            if isinstance(t[k], int):
                out[k] += t[k]
    if not totals:
        out.update(promised="0.00", collected="0.00")
    return out


def above_balance(data: dict, prep: dict | None, balance: Decimal | None) -> list[str]:
    """What a supervisor should check: a promise or payment above the case's balance (the balance
    on the visit's prep sheet, else the case's balance now). Recorded anyway: the collector
    confirmed it at the door."""
    if prep and prep.get("balance") and prep["balance"] != TO_REVIEW:
        balance = Decimal(prep["balance"])
    if balance is None:
        return []
    out = []
    promise, payment = data.get("promise") or {}, data.get("payment") or {}
    if promise.get("amount") and Decimal(promise["amount"]) > balance:
        out.append(msg("promise of {amount} {currency} is above the balance of {balance} {currency}",
                       amount=Decimal(promise["amount"]), balance=balance, currency=promise.get("currency", "")))
    if payment.get("amount") and Decimal(payment["amount"]) > balance:
        out.append(msg("payment of {amount} {currency} is above the balance of {balance} {currency}",
                       amount=Decimal(payment["amount"]), balance=balance, currency=payment.get("currency", "")))
    return out


def _summaries(visits: list[dict], key) -> list[dict]:
    """One row per group — and per currency: amounts in different currencies are never added
    together (a group whose visits are in CNY and EUR gives two rows; visits without an amount
    count in the first)."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for v in visits:
        groups[key(v)].append(v)
    out = []
    for (day, who), vs in sorted(groups.items()):
        currencies = sorted({v["currency"] for v in vs if v["currency"]}) or [""]
        for i, currency in enumerate(currencies):
            part = [v for v in vs if v["currency"] == currency or (i == 0 and v["currency"] not in currencies)]
            out.append(_summary(day, who, currency, part))
    return out


def _summary(day: str, who: str, currency: str, vs: list[dict]) -> dict:
    promised = sum((Decimal(v["promise_amount"]) for v in vs if v["promise_amount"]), Decimal("0"))
    collected = sum((Decimal(v["payment_amount"]) for v in vs if v["payment_amount"]), Decimal("0"))
    return {"date": day, "collector": who, "visits": len(vs),
            "contacts": sum(v["person_met"] == CONTACT_PERSON for v in vs),
            "promises": sum(1 for v in vs if v["promise_amount"]),
            "kept": sum(v["promise_status"] == "kept" for v in vs),
            "broken": sum(v["promise_status"] == "broken" for v in vs),
            "promised": str(promised.quantize(money_step(currency))),
            "collected": str(collected.quantize(money_step(currency))),
            "currency": currency,
            "exceptions": sum(1 for v in vs if v["exceptions"]),
            "approved": sum(v["review"] == "approved" for v in vs),
            "has_issues": sum(v["review"] == "has_issues" for v in vs),
            "rejected": sum(v["review"] == "rejected" for v in vs),
            "unreviewed": sum(v["review"] == "received" for v in vs)}


def visit_detail(uow: UnitOfWork, visit_id: str) -> dict:
    """One visit as the review pane shows it: content, prep snapshot, warnings, latest review."""
    with uow:
        row = uow.visits.get(visit_id)
        if row is None:
            raise UserError(msg('No visit {visit_id} in this workspace.', visit_id=visit_id))
        review = uow.reviews.latest([visit_id]).get(visit_id)
    return {**row, "review": review or {"status": "received", "comment": "", "by": "", "at": None}}
