"""Visits as recorded at the door: outcome codes, promise, payment, next step — validated the
same way whether they come from the form or from ``visits add``.

A visit's UUID is its identity everywhere. A finalized visit never changes: a correction is a
new visit whose ``replaces`` names the one it corrects (its version is one higher).
"""

from __future__ import annotations

import enum
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from fieldvisit.domain.money import money_step
from fieldvisit.domain.limits import field_limit, too_long
from fieldvisit.domain.text import msg, quoted

#: How far after "now" an arrival may be, in minutes: two days, for a laptop clock or time zone
#: set wrong and for a day planned and rehearsed ahead; a visit further on (a wrong year or month)
#: is refused.
CLOCK_SLACK_MINUTES = 2 * 24 * 60
#: Years a visit, a promise or a follow-up can fall in; anything else is a typing mistake.
FIRST_YEAR, LAST_YEAR = 2000, 2099


class Outcome(enum.StrEnum):
    RPC = "rpc"
    THIRD_PARTY = "third_party"
    NOT_HOME = "not_home"
    ADDRESS_NOT_FOUND = "address_not_found"
    MOVED = "moved"
    PROMISE_TO_PAY = "promise_to_pay"
    PAID_IN_FULL = "paid_in_full"
    PARTIAL_PAYMENT = "partial_payment"
    SETTLED = "settled"
    REFUSED = "refused"
    DISPUTE = "dispute"
    HARDSHIP = "hardship"
    REVISIT = "revisit"
    DECEASED = "deceased"
    BANKRUPT = "bankrupt"
    LAWYER = "lawyer"
    CEASE = "cease"


class PersonMet(enum.StrEnum):
    DEBTOR = "debtor"
    THIRD_PARTY = "third_party"
    NOBODY = "nobody"


NEEDS_DEBTOR = {Outcome.RPC, Outcome.PROMISE_TO_PAY, Outcome.PAID_IN_FULL, Outcome.PARTIAL_PAYMENT,
                Outcome.SETTLED, Outcome.REFUSED, Outcome.DISPUTE, Outcome.HARDSHIP}
NEEDS_NOBODY_OR_THIRD = {Outcome.NOT_HOME, Outcome.ADDRESS_NOT_FOUND}
PAYMENT_OUTCOMES = {Outcome.PAID_IN_FULL, Outcome.PARTIAL_PAYMENT, Outcome.SETTLED}
PAYMENT_METHODS = ("cash", "card", "transfer", "cheque", "mobile", "other")


class VisitError(ValueError):
    """A visit that cannot be recorded; the message is one sentence for the user."""


@dataclass(frozen=True, slots=True)
class PromiseToPay:
    amount: Decimal
    currency: str
    date: date


@dataclass(frozen=True, slots=True)
class Payment:
    amount: Decimal
    currency: str
    method: str
    receipt: str


@dataclass(slots=True)
class Visit:
    visit_id: str
    case_id: str
    arrived_at: datetime
    left_at: datetime
    outcome: Outcome
    person_met: PersonMet
    promise: PromiseToPay | None = None
    payment: Payment | None = None
    notes: str = ""
    next_action: str = ""
    follow_up: date | None = None
    agreed_proposal: dict | None = None
    replaces: str | None = None
    reason: str = ""  # why a visit outside the rules happened (compliance)
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "visit_id": self.visit_id, "case_id": self.case_id, "arrived_at": self.arrived_at.isoformat(),
            "left_at": self.left_at.isoformat(), "outcome": self.outcome.value, "person_met": self.person_met.value,
            "promise": None if self.promise is None else {"amount": str(self.promise.amount),
                                                          "currency": self.promise.currency,
                                                          "date": self.promise.date.isoformat()},
            "payment": None if self.payment is None else {"amount": str(self.payment.amount),
                                                          "currency": self.payment.currency,
                                                          "method": self.payment.method,
                                                          "receipt": self.payment.receipt},
            "notes": self.notes, "next_action": self.next_action,
            "follow_up": self.follow_up.isoformat() if self.follow_up else None,
            "agreed_proposal": self.agreed_proposal, "replaces": self.replaces, "reason": self.reason,
        }

    def content_hash(self) -> str:
        """Identity of the content (everything the user entered), for idempotent re-sends."""
        canonical = json.dumps(self.as_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _time(data: dict, key: str, label: str) -> datetime:
    value = data.get(key)
    if not value:
        raise VisitError(f"The visit has no {label}; give {key} as ISO 8601 with a UTC offset.")
    try:
        t = datetime.fromisoformat(str(value))
    except ValueError:
        raise VisitError(f"{key} {quoted(value)} is not an ISO 8601 time such as 2026-11-24T10:05:00+08:00.") from None
    if t.tzinfo is None:
        raise VisitError(f"{key} {quoted(value)} has no UTC offset; add one, e.g. +08:00.")
    try:
        in_range = FIRST_YEAR <= t.astimezone(UTC).year <= LAST_YEAR
    except OverflowError:  # 9999-12-31T23:15-12:00 is past the calendar's end in UTC
        in_range = False
    if not in_range:
        raise VisitError(f"{key} {quoted(value)} is not a date a visit can have; check the year.")
    return t


def _day(value: Any, what: str) -> date:
    """A calendar day (YYYY-MM-DD) within the years a visit's plans can fall in; VisitError otherwise."""
    try:
        when = date.fromisoformat(str(value))
    except ValueError:
        raise VisitError(msg("The {what} needs an exact date (YYYY-MM-DD).", what=what)) from None
    if not FIRST_YEAR <= when.year <= LAST_YEAR:
        raise VisitError(msg("The {what} {when} is not a plausible date; check the year.", what=what,
                             when=when.isoformat()))
    return when


#: The free-text fields of a visit, checked against the stored-field limits (limits.py) when the
#: visit is recorded, so that the office never refuses a bundle for a text's length later.
TEXT_FIELDS = ("case_id", "notes", "next_action", "reason")


def _check_lengths(data: dict) -> None:
    for name in TEXT_FIELDS:
        value = data.get(name)
        if value is not None and too_long(name, str(value)):
            raise VisitError(msg("The {name} field of the visit has {n} characters; at most {limit} are allowed, so shorten it.",
                                 name=name, n=len(str(value)), limit=field_limit(name)))
    for part in ("payment", "promise", "agreed_proposal"):
        obj = data.get(part)
        if isinstance(obj, dict):
            for key, value in obj.items():
                if isinstance(value, str) and too_long(key, value):
                    raise VisitError(msg("The {part} {key} field of the visit has {n} characters; at most {limit} are "
                                         "allowed, so shorten it.", part=part, key=key, n=len(value),
                                         limit=field_limit(key)))


#: Fields of a visit that are text when given (a number or an object there is a mistake, never
#: turned into text silently), and the parts that are objects.
TEXT_KEYS = ("visit_id", "case_id", "arrived_at", "left_at", "outcome", "person_met", "notes", "next_action",
             "follow_up", "replaces", "reason")
OBJECT_KEYS = ("promise", "payment", "agreed_proposal")
PART_TEXT_KEYS = ("currency", "date", "method", "receipt")


#: The fields a visit may have (CLI.md, "A visit as JSON"), and those of its money parts. The
#: agreed plan's inner shape is checked by its own reader.
VISIT_KEYS = TEXT_KEYS + OBJECT_KEYS
PART_KEYS = {"promise": ("amount", "currency", "date"), "payment": ("amount", "currency", "method", "receipt")}


def check_visit_keys(data: Any) -> None:
    """Refuse a visit being recorded with a field FieldVisit does not know (a misspelt
    ``agreed_plan`` would otherwise be dropped in silence): VisitError naming it and the fields
    allowed. Bundles already recorded are not checked (a newer version may add fields)."""
    if not isinstance(data, dict):
        return
    parts = [(None, data, VISIT_KEYS)] + [(part, data[part], keys) for part, keys in PART_KEYS.items()
                                          if isinstance(data.get(part), dict)]
    for part, obj, allowed in parts:
        unknown = sorted(str(k) for k in obj if k not in allowed)
        if unknown:
            if part:
                raise VisitError(msg("{field} is not a field of the visit's {part}; its fields are {allowed}. Rename "
                                     "or remove it.", field=repr(unknown[0]), part=part, allowed=", ".join(allowed)))
            raise VisitError(msg("{field} is not a field of a visit; the fields are {allowed}. Rename or remove it.",
                                 field=repr(unknown[0]), allowed=", ".join(allowed)))


def _check_types(data: dict) -> None:
    for key in TEXT_KEYS:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise VisitError(msg("The visit's {key} must be text (in quotes), not {kind}.", key=key,
                                 kind=_kind(data[key])))
        if isinstance(data.get(key), str) and "\x00" in data[key]:  # no store keeps it alike (PostgreSQL refuses it)
            raise VisitError(msg("The visit's {key} holds a NUL character (\\0); remove it.", key=key))
    for part in OBJECT_KEYS:
        obj = data.get(part)
        if obj is None:
            continue
        if not isinstance(obj, dict):
            raise VisitError(msg("The visit's {part} must be an object ({{...}}), not {kind}.", part=part,
                                 kind=_kind(obj)))
        for key in PART_TEXT_KEYS:
            if obj.get(key) is not None and not isinstance(obj[key], str):
                raise VisitError(msg("The visit's {part} {key} must be text (in quotes), not {kind}.", part=part,
                                     key=key, kind=_kind(obj[key])))
        amount = obj.get("amount")
        if amount is not None and (isinstance(amount, bool) or not isinstance(amount, (str, int, float))):
            raise VisitError(msg("The visit's {part} amount must be a number such as 1500.00, not {kind}.",
                                 part=part, kind=_kind(amount)))


def _kind(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return "text"


def _money(obj: dict, what: str, default_currency: str) -> tuple[Decimal, str]:
    try:
        amount = Decimal(str(obj.get("amount", "")))
    except InvalidOperation:
        raise VisitError(f"The {what} amount {quoted(obj.get('amount'))} is not a number such as 1500.00.") from None
    if not amount.is_finite() or amount <= 0:
        raise VisitError(msg("The {what} amount must be more than zero.", what=what))
    if amount >= Decimal(10) ** 15:
        raise VisitError(msg("The {what} amount is too large to be real; check it.", what=what))
    currency = str(obj.get("currency") or default_currency).upper()
    if len(currency) != 3 or not currency.isalpha():
        raise VisitError(f"The {what} currency {quoted(currency)} is not a three-letter code such as EUR.")
    step = money_step(currency)  # cents; fils for KWD, BHD… (three decimals)
    if amount != amount.quantize(step):
        if step == Decimal("0.01"):
            raise VisitError(msg("The {what} amount {amount} has more than two decimals.", what=what,
                                 amount=str(amount)))
        raise VisitError(msg("The {what} amount {amount} has more than three decimals.", what=what,
                             amount=str(amount)))
    return amount.quantize(step), currency


def _agreed_proposal(proposal: Any, visit_day: date, default_currency: str) -> dict:
    """The plan actually agreed: dated installments in cents, in order, none before the visit."""
    if not isinstance(proposal, dict) or not isinstance(proposal.get("installments"), list):
        raise VisitError("agreed_proposal must be an object with a list of installments.")
    rows = []
    for n, inst in enumerate(proposal["installments"], start=1):
        if not isinstance(inst, dict):
            raise VisitError(msg("Installment {n} of the agreed plan must have a date and an amount.", n=n))
        try:
            when = _day(inst.get("date"), "installment date")
        except VisitError:
            raise VisitError(msg("Installment {n} of the agreed plan has no valid date (YYYY-MM-DD).", n=n)) from None
        amount, currency = _money(inst, f"installment {n}", str(proposal.get("currency") or default_currency))
        if when < visit_day:
            raise VisitError(msg("Installment {n} of the agreed plan is dated before the visit.", n=n))
        if rows and when <= date.fromisoformat(rows[-1]["date"]):
            raise VisitError(msg("Installment {n} of the agreed plan is not after the one before it.", n=n))
        rows.append({"date": when.isoformat(), "amount": str(amount)})
    if not rows:
        raise VisitError(msg("The agreed plan has no installments."))
    currency = str(proposal.get("currency") or default_currency).upper()
    total = sum((Decimal(r["amount"]) for r in rows), Decimal(0))
    return {"currency": currency, "total": str(total), "installments": rows}


def _same_currency(case_currency: str, *amounts: tuple[str, str | None]) -> None:
    """Money at the door is in the case's currency (the debt's): a payment in another currency
    would be added to the case's totals as if it were the same money, so it is refused."""
    if not case_currency:
        return
    for what, currency in amounts:
        if currency and currency != case_currency.upper():
            raise VisitError(msg("The {what} is in {currency} but the case's currency is {case}; record it in {case}.",
                                 what=what, currency=currency, case=case_currency.upper()))


def parse_visit(data: Any, *, default_currency: str = "", now: datetime | None = None) -> Visit:
    """Validate one visit object (CLI.md's format). Raises :class:`VisitError`.

    ``now`` (aware) is given when a visit is being recorded (CLI, form): an arrival more than
    :data:`CLOCK_SLACK_MINUTES` after it is refused. Bundles already recorded are read without it.
    """
    if not isinstance(data, dict):
        raise VisitError("Each visit must be a JSON object.")
    _check_types(data)
    _check_lengths(data)
    case_id = str(data.get("case_id") or "").strip()
    if not case_id:
        raise VisitError("The visit has no case_id.")
    visit_id = str(data.get("visit_id") or uuid.uuid4())
    try:
        visit_id = str(uuid.UUID(visit_id))
    except ValueError:
        raise VisitError(f"visit_id {quoted(visit_id)} is not a UUID.") from None
    arrived, left = _time(data, "arrived_at", "arrival time"), _time(data, "left_at", "departure time")
    if now is not None and arrived > now + timedelta(minutes=CLOCK_SLACK_MINUTES):
        raise VisitError(msg("A visit cannot be recorded before it happens; check the date and time of arrived_at."))
    if left < arrived:
        raise VisitError(msg("The visit ends (left_at) before it starts (arrived_at)."))
    if (left - arrived).total_seconds() > 12 * 3600:
        raise VisitError(msg("The visit lasts more than 12 hours; check arrived_at and left_at."))
    outcomes = ", ".join(o.value for o in Outcome)
    if data.get("outcome") is None or data.get("outcome") == "":  # absent, null or empty: say so, never "None"
        raise VisitError(f"outcome is missing; give one of: {outcomes}.")
    try:
        outcome = Outcome(str(data.get("outcome")))
    except ValueError:
        raise VisitError(f"outcome {quoted(data.get('outcome'))} is not one of: {outcomes}.") from None
    try:
        person = PersonMet(str(data.get("person_met") or ("nobody" if outcome in NEEDS_NOBODY_OR_THIRD else "debtor")))
    except ValueError:
        raise VisitError(f"person_met {quoted(data.get('person_met'))} is not debtor, third_party or nobody.") from None
    if outcome in NEEDS_DEBTOR and person != PersonMet.DEBTOR:
        raise VisitError(msg("The outcome {outcome} needs the debtor in person (person_met: debtor).", outcome=outcome.value))
    if outcome == Outcome.THIRD_PARTY and person != PersonMet.THIRD_PARTY:
        raise VisitError(msg("The outcome third_party needs person_met: third_party."))
    promise = None
    if data.get("promise"):
        if not isinstance(data["promise"], dict):
            raise VisitError("promise must be an object with amount, currency and date.")
        amount, currency = _money(data["promise"], "promise", default_currency)
        try:
            when = _day(data["promise"].get("date"), "promised date")
        except VisitError:
            raise VisitError(msg("The promise needs an exact date (YYYY-MM-DD) in a plausible year.")) from None
        if when < arrived.date():
            raise VisitError(msg("The promised date is before the visit."))
        promise = PromiseToPay(amount, currency, when)
    if outcome == Outcome.PROMISE_TO_PAY and promise is None:
        raise VisitError(msg("A promise_to_pay visit needs the promise: amount, currency and an exact date."))
    payment = None
    if data.get("payment"):
        if not isinstance(data["payment"], dict):
            raise VisitError("payment must be an object with amount, currency, method and receipt.")
        amount, currency = _money(data["payment"], "payment", default_currency)
        method = str(data["payment"].get("method") or "cash")
        if method not in PAYMENT_METHODS:
            raise VisitError(f"The payment method {quoted(method)} is not one of: {', '.join(PAYMENT_METHODS)}.")
        receipt = str(data["payment"].get("receipt") or "").strip()
        if method == "cash" and not receipt:
            raise VisitError(msg("A cash payment needs its receipt number."))
        payment = Payment(amount, currency, method, receipt)
    if outcome in PAYMENT_OUTCOMES and payment is None:
        raise VisitError(msg("The outcome {outcome} needs the payment received.", outcome=outcome.value))
    if person != PersonMet.DEBTOR and (promise or payment):
        raise VisitError(msg("Promises and payments are recorded only with the debtor in person."))
    follow_up = None
    if data.get("follow_up"):
        try:
            follow_up = _day(data["follow_up"], "follow-up date")
        except VisitError:
            raise VisitError("follow_up must be a date (YYYY-MM-DD) in a plausible year.") from None
    replaces = data.get("replaces")
    if replaces is not None:
        try:
            replaces = str(uuid.UUID(str(replaces)))
        except ValueError:
            raise VisitError(f"replaces {quoted(replaces)} is not a visit UUID.") from None
        if replaces == visit_id:
            raise VisitError("A visit cannot replace itself.")
    proposal = data.get("agreed_proposal")
    if proposal is not None:
        proposal = _agreed_proposal(proposal, arrived.date(), default_currency)
    _same_currency(default_currency, ("promise", promise and promise.currency),
                   ("payment", payment and payment.currency), ("agreed plan", proposal and proposal["currency"]))
    return Visit(visit_id=visit_id, case_id=case_id, arrived_at=arrived, left_at=left, outcome=outcome,
                  person_met=person, promise=promise, payment=payment, notes=str(data.get("notes") or ""),
                  next_action=str(data.get("next_action") or ""), follow_up=follow_up,
                  agreed_proposal=proposal, replaces=replaces, reason=str(data.get("reason") or ""))
