"""Promise to pay: open → kept (paid in full by the date) or broken (the date passed unpaid),
computed as of a date from visit payments and from payments reported by case-file updates."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


class PromiseState(enum.StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"


@dataclass(frozen=True, slots=True)
class PromiseRecord:
    visit_id: str
    made_at: datetime
    amount: Decimal
    currency: str
    due: date


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    paid_on: date
    amount: Decimal
    source: str  # "visit" or "case file"


def promise_state(promise: PromiseRecord, payments: list[PaymentRecord], as_of: date) -> PromiseState:
    """Kept when the payments made from the promise's day up to its due date (and not after
    ``as_of``) add up to the amount; broken once ``as_of`` is past the due date without that."""
    start = promise.made_at.date()
    paid = sum((p.amount for p in payments if start <= p.paid_on <= min(promise.due, as_of)), Decimal(0))
    if paid >= promise.amount:
        return PromiseState.KEPT
    return PromiseState.BROKEN if as_of > promise.due else PromiseState.OPEN


def needs_follow_up(promise_dues: list[tuple[date, str]], visit_dates: list[date], day: date) -> bool:
    """Is a visit on ``day`` a broken-promise follow-up? True when a promise not kept fell due
    before ``day`` and nobody has visited since its due date (``promise_dues``: (due, state)
    pairs, state as :class:`PromiseState` values; an open promise due before ``day`` counts,
    as it will be broken by then unless paid)."""
    dues = [d for d, state in promise_dues if state != PromiseState.KEPT and d < day]
    if not dues:
        return False
    last = max(dues)
    return not any(last < v < day for v in visit_dates)
