"""The import's short way for plain and grouped amounts (:func:`money.plain_amount`) reads a cell
exactly as :func:`money.parse_money` does, or leaves it to it: a 100,000-row file's amounts must
not change with the speed they are read at."""

from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fieldvisit.domain.money import AmountError, parse_money, plain_amount


@pytest.mark.parametrize(("text", "comma", "expected"), [
    ("2,402.48", None, "2402.48"), ("2,402.48", False, "2402.48"), ("1234.5", None, "1234.50"),
    ("-20", None, "-20.00"), ("1.234.567", True, "1234567.00"), ("1.234,56", True, "1234.56"),
    ("1234,5", True, "1234.50"), ("1.23", True, "1.23"),
])
def test_plain_and_grouped_amounts_read_as_parse_money_reads_them(text, comma, expected):
    assert plain_amount(text, comma) == Decimal(expected) == parse_money(text, comma, "EUR")[0]


@pytest.mark.parametrize(("text", "comma"), [
    ("1,234", None), ("1.234", True), ("1.234", None), ("€ 12", None), ("12 EUR", None), ("1.5E+3", None),
    (" 12", None), ("1,234,567", True), ("9" * 16, None), ("1" + "0" * 30, None), ("(50.00)", None), ("1’234.50", None),
])
def test_anything_else_is_left_to_the_general_reading(text, comma):
    assert plain_amount(text, comma) is None


@settings(max_examples=300, deadline=None)
@given(text=st.from_regex(r"-?[0-9][0-9.,]{0,22}", fullmatch=True), comma=st.sampled_from([None, True, False]),
       currency=st.sampled_from(["", "EUR", "JPY", "KWD", "USD"]))
@example(text="999999999999999", comma=None, currency="")
@example(text="1000000000000000", comma=None, currency="")
def test_the_short_way_never_differs_from_parse_money(text, comma, currency):
    fast = plain_amount(text, comma)
    if fast is None:
        return
    value, symbol = parse_money(text, comma, currency)
    assert (value, symbol) == (fast, None)
    assert str(value) == str(fast)  # the same digits too (2402.48, never 2402.480)


def test_an_amount_too_large_is_refused_by_the_general_reading():
    assert plain_amount("1000000000000000", None) is None
    with pytest.raises(AmountError):
        parse_money("1000000000000000", None, "")
