"""Amounts as people write them, and delinquency buckets as of a date."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldvisit.domain.cases import (
    Bucket, Flag, FlagError, bucket_for_days, days_past_due, due_date_from_days, months_past_due,
    parse_flags,
)
from fieldvisit.domain.money import AmountError, parse_amount


@pytest.mark.parametrize(("text", "comma", "expected"), [
    ("1,234.50", None, "1234.50"), ("1.234,56", None, "1234.56"), ("€ 1 234,56", None, "1234.56"),
    ("¥1234", None, "1234.00"), ("$15,000.00", None, "15000.00"), ("999,00", None, "999.00"),
    ("12.500,75 €", None, "12500.75"), ("1,234", False, "1234.00"), ("1.234", True, "1234.00"),
    ("-50.5", None, "-50.50"), ("(20.00)", None, "-20.00"),
    ("1.234.567", None, "1234567.00"), ("1,234,567", None, "1234567.00"), ("0.005", None, "0.01"),
    ("12345 元", None, "12345.00"), ("1'234.50", None, "1234.50"),
])
def test_parse_amount(text, comma, expected):
    assert parse_amount(text, comma) == Decimal(expected)


def test_three_digits_after_one_mark_is_not_guessed():
    from fieldvisit.domain.money import AmbiguousAmount

    for text in ("1.234", "1,234"):
        with pytest.raises(AmbiguousAmount):
            parse_amount(text)  # no currency, no file convention: 1234 or 1.234?
    # BRK2 #2: the currency alone does not decide (a file may write 1.234 meaning 1.234): review;
    # unless every country of a cent currency writes the same decimal mark (BRK13c: NT$5,000 is 5000)
    assert parse_amount("CN¥1,234") == Decimal("1234.00")
    assert parse_amount("NT$5,000") == Decimal("5000.00")
    for text, currency in (("1,234", "USD"), ("1.234", "EUR"), ("1,234", "CHF"), ("1,234", "KWD")):
        with pytest.raises(AmbiguousAmount):
            parse_amount(text, None, currency)
    # the file's decimal point read on "1.234" gives three decimals EUR does not have: review, never 1234.00
    with pytest.raises(AmbiguousAmount, match="three decimals"):
        parse_amount("1.234", False, "EUR")
    with pytest.raises(AmbiguousAmount):
        parse_amount("1,234", True, "USD")
    assert parse_amount("1,234", False, "EUR") == Decimal("1234.00")  # the other mark: thousands
    assert parse_amount("1.234", True, "EUR") == Decimal("1234.00")
    assert parse_amount("1.234", False, "KWD") == Decimal("1.234")  # three decimals exist, all kept (BRK13c)
    assert parse_amount("1,234", None, "JPY") == Decimal("1234.00")  # a yen amount has no decimals


@pytest.mark.parametrize(("text", "currency", "expected", "symbol"), [
    ("12,345.60元", "", "12345.60", "元"), ("１２，３４５．６０", "", "12345.60", None), ("1.2万", "", "12000.00", None),
    ("(50.00)", "", "-50.00", None), ("$1,234.56", "", "1234.56", "$"), ("R$ 1.234,56", "", "1234.56", "R$"),
    ("COP $1.234.567", "", "1234567.00", "COP"), ("人民币12,345.60元", "", "12345.60", "元"),
    ("CN¥1,234.00", "", "1234.00", "CN¥"), ("₹2,50,000", "", "250000.00", "₹"), ("$(1,234.56)", "", "-1234.56", "$"),
    ("1,234", "KWD", None, None),
])
def test_parse_money_keeps_the_symbol(text, currency, expected, symbol):
    from fieldvisit.domain.money import AmbiguousAmount, parse_money

    if expected is None:
        with pytest.raises(AmbiguousAmount):
            parse_money(text, None, currency)
    else:
        assert parse_money(text, None, currency) == (Decimal(expected), symbol)


def test_two_currencies_in_one_amount_are_refused():
    from fieldvisit.domain.money import parse_money

    with pytest.raises(AmountError, match="two currencies"):
        parse_money("USD 5 €")


@pytest.mark.parametrize("text", ["", "abc", "1.2.3,4,5x", "12-34", "--5", "..", "1.234.56.7"])
def test_parse_amount_refuses_non_amounts(text):
    with pytest.raises(AmountError):
        parse_amount(text)


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_amounts_round_trip_in_both_conventions(value):
    us = f"{value:,.2f}"
    eu = us.replace(",", "_").replace(".", ",").replace("_", ".")
    assert parse_amount(us) == value
    assert parse_amount(eu, True) == value


@pytest.mark.parametrize(("days", "bucket"), [
    (0, Bucket.CURRENT), (1, Bucket.M1), (30, Bucket.M1), (31, Bucket.M2), (60, Bucket.M2),
    (61, Bucket.M3), (90, Bucket.M3), (91, Bucket.M4), (120, Bucket.M4), (121, Bucket.M5_PLUS),
    (900, Bucket.M5_PLUS), (-3, Bucket.CURRENT),
])
def test_buckets_use_thirty_day_months(days, bucket):
    assert bucket_for_days(days) == bucket


def test_bucket_moves_with_the_as_of_date():
    due = due_date_from_days(30, date(2026, 11, 23))
    assert bucket_for_days(days_past_due(due, date(2026, 11, 23))) == Bucket.M1
    assert bucket_for_days(days_past_due(due, date(2026, 11, 24))) == Bucket.M2
    assert days_past_due(due, due) == 0
    assert months_past_due(date(2026, 1, 31), date(2026, 3, 30)) == 1


@given(st.integers(1, 5000))
def test_bucket_boundaries_property(days):
    b = bucket_for_days(days)
    order = list(Bucket)
    assert order.index(b) == min(5, (days + 29) // 30)


def test_flags_parse_synonyms_and_refuse_unknown_names():
    assert parse_flags("Dispute, abogado;do-not-visit、破产") == {
        Flag.DISPUTE, Flag.LAWYER, Flag.DO_NOT_VISIT, Flag.BANKRUPTCY}
    assert parse_flags("") == frozenset()
    with pytest.raises(FlagError, match="dispite"):
        parse_flags("dispite")


@pytest.mark.parametrize("text, currency, expected", [
    ("12345.678", "KWD", "12345.678"), ("1234,567", "KWD", "1234.567"), ("-12345.678", "KWD", "-12345.678"),
    ("1234.567", "", "1234.57"), ("12345,678", "", "12345.68"),
])
def test_a_mark_after_four_digits_is_a_decimal_mark(text, currency, expected):
    """A thousands mark follows one to three digits (1.234, 12,345): after four or more
    (1234.567) the mark can only be the decimal one, so there is nothing to ask."""
    from fieldvisit.domain.money import parse_money

    assert parse_money(text, None, currency)[0] == Decimal(expected)
