"""Amounts and dates an import could not read for sure: their possible readings, and the value a
person types to settle them (BRK13 #5)."""

from datetime import date
from decimal import Decimal

import pytest

from fieldvisit.domain.field_review import ValueReviewError, candidates, read_value


def test_candidates_of_an_ambiguous_amount_and_date():
    assert candidates("balance", "1.234") == ["1234.00", "1.234"]
    assert candidates("balance", "1,234") == ["1234.00", "1.234"]
    assert candidates("balance", "1.234", "EUR") == ["1234.00"]  # two decimals at most: a thousands mark
    assert candidates("due_date", "03/04/2026") == ["2026-04-03", "2026-03-04"]
    assert candidates("balance", "n/a") == []


def test_read_value_takes_an_unambiguous_text_only():
    assert read_value("balance", "1234.00") == Decimal("1234.00")
    assert read_value("balance", "1.234,00") == Decimal("1234.00")
    assert read_value("last_payment_date", "2026-03-04") == date(2026, 3, 4)
    for column, text in (("balance", "1.234"), ("due_date", "03/04/2026"), ("balance", ""), ("balance", "abc")):
        with pytest.raises(ValueReviewError):
            read_value(column, text)
