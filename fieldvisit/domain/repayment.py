"""Repayment proposals: pay in full, or installments built with dateutil's rrule — the first
within three days, none on a Sunday or a holiday (moved to the next business day, and said so),
amounts in exact cents (fils for a three-decimal currency such as KWD) that add up to the total,
affordable where income is known."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from dateutil.rrule import MONTHLY, WEEKLY, rrule

from fieldvisit.domain.money import money_step
from fieldvisit.domain.text import msg

CENT = Decimal("0.01")
FREQUENCIES = {"weekly": (WEEKLY, 1), "fortnightly": (WEEKLY, 2), "monthly": (MONTHLY, 1)}
FIRST_PAYMENT_WITHIN_DAYS = 3
PERIOD = {"weekly": "week", "fortnightly": "fortnight", "monthly": "month"}
AFFORDABLE_SHARE = Decimal("0.30")  # at most 30 % of stated monthly income goes to installments


@dataclass(frozen=True, slots=True)
class Installment:
    date: date
    amount: Decimal


#: The kind of proposal while the balance waits in the review queue: no amounts, no dates.
TO_REVIEW_KIND = "to_review"


@dataclass(slots=True)
class Proposal:
    kind: str  # "pay_in_full", "installments", or TO_REVIEW_KIND (none while the balance is unknown)
    total: Decimal | None  # None while the balance is not known (waits for review, or the file gave none)
    currency: str
    frequency: str | None
    installments: list[Installment]
    notes: list[str] = field(default_factory=list)
    forbearance: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"kind": self.kind, "total": None if self.total is None else str(self.total), "currency": self.currency,
                "frequency": self.frequency,
                "installments": [{"date": i.date.isoformat(), "amount": str(i.amount)} for i in self.installments],
                "notes": self.notes, "forbearance": self.forbearance}


def is_business_day(day: date, holidays: frozenset[date], workdays: frozenset[date] = frozenset()) -> bool:
    """Not a Sunday (unless ``workdays``, the country's weekend working days such as China's 调休
    make-up Sundays, make it one) and not a holiday."""
    return (day.weekday() != 6 or day in workdays) and day not in holidays


def next_business_day(day: date, holidays: frozenset[date], workdays: frozenset[date] = frozenset()) -> date:
    while not is_business_day(day, holidays, workdays):
        day += timedelta(days=1)
    return day


def first_payment_date(as_of: date, holidays: frozenset[date],
                       workdays: frozenset[date] = frozenset()) -> tuple[date, str | None]:
    """The latest business day within three days (time to arrange the money, still prompt)."""
    for offset in range(FIRST_PAYMENT_WITHIN_DAYS, 0, -1):
        day = as_of + timedelta(days=offset)
        if is_business_day(day, holidays, workdays):
            return day, None
    day = next_business_day(as_of + timedelta(days=FIRST_PAYMENT_WITHIN_DAYS), holidays, workdays)
    return day, msg("No business day in the next three days: first payment on {date}, agree it explicitly.", date=day)


def split(total: Decimal, count: int, step: Decimal = CENT) -> list[Decimal]:
    """``count`` amounts in ``step`` units (cents; 0.001 for KWD…) adding up to ``total`` exactly;
    the remainder goes to the last."""
    base = (total / count).quantize(step, rounding=ROUND_DOWN)
    amounts = [base] * count
    amounts[-1] = total - base * (count - 1)
    return amounts


def schedule_dates(first: date, count: int, frequency: str, holidays: frozenset[date],
                   workdays: frozenset[date] = frozenset()) -> tuple[list[date], list[str]]:
    freq, interval = FREQUENCIES[frequency]
    notes: list[str] = []
    dates: list[date] = []
    extra = {}
    if freq == MONTHLY and first.day > 28:
        # the same day each month, or the month's last day when it is shorter
        extra = {"bymonthday": (first.day, -1), "bysetpos": 1}
    for planned in rrule(freq, interval=interval, dtstart=first, count=count, **extra):
        day = planned.date()
        moved = next_business_day(day, holidays, workdays)
        if dates and moved <= dates[-1]:
            moved = next_business_day(dates[-1] + timedelta(days=1), holidays, workdays)
        if moved != day:
            notes.append(msg("{date} is a Sunday or holiday: moved to {moved}.", date=day, moved=moved))
        dates.append(moved)
    return dates, notes


def propose(total: Decimal, currency: str, as_of: date, *, count: int = 1, frequency: str = "monthly",
            holidays: frozenset[date] = frozenset(), monthly_income: Decimal | None = None,
            max_count: int = 24, workdays: frozenset[date] = frozenset()) -> Proposal:
    """A concrete offer for ``total``. ``count`` 1 means pay in full. Payment dates avoid Sundays
    and ``holidays``; a Sunday in ``workdays`` (an official make-up working day) is a business day."""
    if total <= 0:
        raise ValueError("nothing to repay")
    if frequency not in FREQUENCIES:
        raise ValueError(f"frequency must be one of {', '.join(FREQUENCIES)}")
    notes: list[str] = []
    step = money_step(currency)
    count = max(1, min(count, max_count, int(total / step)))
    if monthly_income is not None and monthly_income > 0:
        per_month = {"weekly": Decimal("4.33"), "fortnightly": Decimal("2.17"), "monthly": Decimal(1)}[frequency]
        affordable = (monthly_income * AFFORDABLE_SHARE / per_month).quantize(step)
        while count < max_count and total / count > affordable:
            count += 1
        if total / count > affordable:
            notes.append(msg("Even {n} installments exceed {share} of the stated income: consider forbearance.",
                             n=count, share=f"{AFFORDABLE_SHARE:.0%}"))
        elif count > 1:
            notes.append(msg("Installments kept within {share} of the stated monthly income ({amount} {currency} per "
                             "{period}).", share=f"{AFFORDABLE_SHARE:.0%}", amount=affordable, currency=currency,
                             period=PERIOD[frequency]))
    first, note = first_payment_date(as_of, holidays, workdays)
    if note:
        notes.append(note)
    dates, moved = schedule_dates(first, count, frequency, holidays, workdays)
    notes += moved
    amounts = split(total, count, step)
    return Proposal(kind="pay_in_full" if count == 1 else "installments", total=total, currency=currency,
                    frequency=None if count == 1 else frequency,
                    installments=[Installment(d, a) for d, a in zip(dates, amounts, strict=True)], notes=notes)
