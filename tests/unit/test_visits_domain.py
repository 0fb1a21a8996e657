"""Visit validation (shared by the form and `visits add`) and promise states across dates."""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from fieldvisit.domain.promises import PaymentRecord, PromiseRecord, PromiseState, promise_state
from fieldvisit.domain.visits import Outcome, VisitError, parse_visit

BASE = {"case_id": "C-1", "arrived_at": "2026-11-24T10:05:00+08:00", "left_at": "2026-11-24T10:30:00+08:00",
        "outcome": "rpc", "person_met": "debtor"}


def visit(**kw):
    return parse_visit({**BASE, **kw}, default_currency="CNY")


def test_a_full_visit_from_cli_md():
    v = visit(outcome="promise_to_pay", promise={"amount": "1500.00", "currency": "CNY", "date": "2026-11-26"},
              payment={"amount": "200.00", "currency": "CNY", "method": "cash", "receipt": "R-778"},
              notes="free text", next_action="revisit", follow_up="2026-11-27")
    assert v.outcome == Outcome.PROMISE_TO_PAY and v.promise.amount == Decimal("1500.00")
    assert v.payment.receipt == "R-778" and v.follow_up == date(2026, 11, 27)
    assert len(v.visit_id) == 36  # a UUID from birth


def test_same_content_same_hash_other_content_other_hash():
    a = visit(visit_id="6f1c6e0c-3b9a-4b59-9a39-3b7a9b0e7a11")
    b = visit(visit_id="6f1c6e0c-3b9a-4b59-9a39-3b7a9b0e7a11")
    c = visit(visit_id="6f1c6e0c-3b9a-4b59-9a39-3b7a9b0e7a11", notes="changed")
    assert a.content_hash() == b.content_hash() != c.content_hash()


@pytest.mark.parametrize(("change", "phrase"), [
    (dict(case_id=""), "no case_id"),
    (dict(visit_id="nope"), "not a UUID"),
    (dict(arrived_at="yesterday"), "not an ISO 8601 time"),
    (dict(arrived_at="2026-11-24T10:05:00"), "no UTC offset"),
    (dict(left_at="2026-11-24T09:00:00+08:00"), "ends"),
    (dict(outcome="threatened"), "is not one of"),
    (dict(outcome="promise_to_pay"), "needs the promise"),
    (dict(outcome="promise_to_pay", promise={"amount": "10", "date": "2026-11-20"}), "before the visit"),
    (dict(outcome="promise_to_pay", promise={"amount": "-5", "date": "2026-11-26"}), "more than zero"),
    (dict(outcome="promise_to_pay", promise={"amount": "5.001", "date": "2026-11-26"}), "two decimals"),
    (dict(outcome="promise_to_pay", promise={"amount": "5", "date": "soon"}), "exact date"),
    (dict(outcome="paid_in_full"), "needs the payment"),
    (dict(outcome="partial_payment", payment={"amount": "5", "method": "cash"}), "receipt number"),
    (dict(outcome="partial_payment", payment={"amount": "5", "method": "barter", "receipt": "1"}), "method"),
    (dict(outcome="rpc", person_met="third_party"), "needs the debtor"),
    (dict(outcome="third_party", person_met="debtor"), "needs person_met: third_party"),
    (dict(outcome="revisit", person_met="third_party", promise={"amount": "5", "date": "2026-11-26"}),
     "only with the debtor"),
])
def test_bad_visits_are_refused_with_one_sentence(change, phrase):
    with pytest.raises(VisitError, match=phrase):
        visit(**change)


def test_not_home_defaults_to_nobody():
    v = parse_visit({**BASE, "outcome": "not_home", "person_met": None})
    assert v.person_met.value == "nobody"


SH = ZoneInfo("Asia/Shanghai")
PROMISE = PromiseRecord("v1", datetime(2026, 11, 24, 10, tzinfo=SH), Decimal("300.00"), "CNY", date(2026, 11, 26))


@pytest.mark.parametrize(("payments", "as_of", "state"), [
    ([], date(2026, 11, 25), PromiseState.OPEN),
    ([], date(2026, 11, 26), PromiseState.OPEN),  # the due day itself is still open
    ([], date(2026, 11, 27), PromiseState.BROKEN),
    ([PaymentRecord(date(2026, 11, 25), Decimal("300.00"), "visit")], date(2026, 11, 25), PromiseState.KEPT),
    ([PaymentRecord(date(2026, 11, 25), Decimal("100.00"), "visit")], date(2026, 11, 30), PromiseState.BROKEN),
    ([PaymentRecord(date(2026, 11, 25), Decimal("100.00"), "visit"),
      PaymentRecord(date(2026, 11, 26), Decimal("200.00"), "case file")], date(2026, 11, 30), PromiseState.KEPT),
    ([PaymentRecord(date(2026, 11, 28), Decimal("300.00"), "case file")], date(2026, 11, 30), PromiseState.BROKEN),
    ([PaymentRecord(date(2026, 11, 20), Decimal("300.00"), "case file")], date(2026, 11, 30), PromiseState.BROKEN),
    ([PaymentRecord(date(2026, 11, 26), Decimal("300.00"), "case file")], date(2026, 11, 25), PromiseState.OPEN),
])
def test_promise_states_across_dates(payments, as_of, state):
    assert promise_state(PROMISE, payments, as_of) == state


def test_agreed_plan_is_validated_and_totalled():
    v = visit(agreed_proposal={"currency": "CNY", "installments": [
        {"date": "2026-11-26", "amount": "100.00"}, {"date": "2026-12-26", "amount": "50.5"}]})
    assert v.agreed_proposal["total"] == "150.50" and v.agreed_proposal["installments"][1]["amount"] == "50.50"
    for bad, phrase in (({"installments": []}, "no installments"),
                        ({"installments": [{"date": "2026-11-01", "amount": "5"}]}, "before the visit"),
                        ({"installments": [{"date": "2026-12-01", "amount": "5"}, {"date": "2026-11-30", "amount": "5"}]},
                         "not after"),
                        ({"installments": [{"date": "x", "amount": "5"}]}, "no valid date"),
                        ("plan", "must be an object")):
        with pytest.raises(VisitError, match=phrase):
            visit(agreed_proposal=bad)
