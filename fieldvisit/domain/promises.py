"""Promise to pay: open → kept (paid in full by the date) or broken (the date passed unpaid),
computed as of a date from visit payments and from payments reported by case-file updates."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from fieldvisit.domain.repayment import FIRST_PAYMENT_WITHIN_DAYS, next_business_day
from fieldvisit.domain.text import msg


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


def pinned_by(made_on: date, holidays: frozenset[date] = frozenset(),
              workdays: frozenset[date] = frozenset()) -> date:
    """The latest date a promise made on ``made_on`` is pinned to (PRODUCT.md, "Pin the promise":
    an exact date, no vaguer than "within three days"): three days on, or the next business day
    after when that is a Sunday or a holiday — the rule of a repayment plan's first payment
    (:data:`fieldvisit.domain.repayment.FIRST_PAYMENT_WITHIN_DAYS`)."""
    return next_business_day(made_on + timedelta(days=FIRST_PAYMENT_WITHIN_DAYS), holidays, workdays)


def far_promise_note(promised: date, made_on: date, holidays: frozenset[date] = frozenset(),
                     workdays: frozenset[date] = frozenset()) -> str | None:
    """The warning for a promise dated beyond :func:`pinned_by` (a 2099 date typed by mistake, a
    vague "some time next year"), else None. A warning, not a refusal: the record keeps what was
    agreed."""
    latest = pinned_by(made_on, holidays, workdays)
    if promised <= latest:
        return None
    return msg("the promised date {day} is {days} days after the visit, beyond the three days a promise is pinned to "
               "({latest} at the latest): check the date, or agree a nearer one or a repayment plan",
               day=promised, days=(promised - made_on).days, latest=latest)
