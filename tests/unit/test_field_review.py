"""Amounts and dates an import could not read for sure: their possible readings, and the value a
person types to settle them (BRK13 #5)."""

from datetime import date
from decimal import Decimal

import pytest

from fieldvisit.domain.field_review import ValueReviewError, candidates, read_value


def test_candidates_of_an_ambiguous_amount_and_date():
    assert candidates("balance", "1.234") == ["1234.00", "1.234"]
    assert candidates("balance", "1,234") == ["1234.00", "1.234"]
    # EUR has two decimals, but the file may have meant 1.234 (BRK2 #2): both readings are offered
    assert candidates("balance", "1.234", "EUR") == ["1234.00", "1.234"]
    assert candidates("due_date", "03/04/2026") == ["2026-04-03", "2026-03-04"]
    assert candidates("balance", "n/a") == []


def test_read_value_takes_an_unambiguous_text_only():
    assert read_value("balance", "1234.00") == Decimal("1234.00")
    assert read_value("balance", "1.234,00") == Decimal("1234.00")
    assert read_value("last_payment_date", "2026-03-04") == date(2026, 3, 4)
    for column, text in (("balance", "1.234"), ("due_date", "03/04/2026"), ("balance", ""), ("balance", "abc")):
        with pytest.raises(ValueReviewError):
            read_value(column, text)


def test_a_balance_waiting_for_review_is_not_planned_as_a_zero_balance():
    from fieldvisit.domain.cases import Case
    from fieldvisit.domain.planning import priority

    as_of = date(2026, 11, 23)
    case = Case(case_id="M16", due_date=date(2026, 10, 1))  # balance stored 0.00 until reviewed
    small = Case(case_id="S", due_date=date(2026, 10, 1), balance=Decimal("1.00"))
    assert priority(case, as_of, balance_unknown=True) > priority(small, as_of)
    assert priority(case, as_of, balance_unknown=True) > priority(case, as_of)


def test_a_typed_phone_must_be_a_phone():  # BRK2 #8
    assert read_value("phone", "+34 600 111 222") == "+34 600 111 222"
    assert read_value("phone", "(212) 555-0101") == "(212) 555-0101"
    for text in ("abc", "2026-13-01", "03/04/2026", "12", "6.00111E+08", "n/a", "+34 600 abc"):
        with pytest.raises(ValueReviewError):
            read_value("phone", text)
    for column, text in (("balance", "abc"), ("due_date", "2026-13-01"), ("currency", "pesos")):
        with pytest.raises(ValueReviewError):
            read_value(column, text)
