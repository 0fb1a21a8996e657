"""BRK15 #4 and #5 (KIND us_headers_dropped: money; KIND 03: dates): amount shapes that were
rejected and are read now (a currency's name with 元, grouped decimals before 万, Chinese
numerals as contracts and cheques write them, a leading decimal mark), full-width coordinates,
and a due date written with a time of day. Each with the tester's value and our own variants."""

from datetime import date
from decimal import Decimal

import pytest

from fieldvisit.domain.cells import coordinate
from fieldvisit.domain.dates import AmbiguousDate, DateError, parse_date
from fieldvisit.domain.money import AmountError, parse_money


@pytest.mark.parametrize("text, value, symbol", [
    ("新台幣5,000元", "5000.00", "TWD"),  # the tester's: the word and 元 name one currency
    ("新台幣 12,345 元", "12345.00", "TWD"),
    ("港币500元", "500.00", "HKD"),
    ("人民币500元", "500.00", "元"),
])
def test_a_currency_name_with_yuan_is_one_currency(text, value, symbol):
    assert parse_money(text) == (Decimal(value), symbol)


def test_yuan_beside_another_currency_still_shows_two():
    with pytest.raises(AmountError, match="two currencies"):
        parse_money("USD 5元")
    with pytest.raises(AmountError, match="two currencies"):
        parse_money("€5元")


@pytest.mark.parametrize("text, value", [
    ("1,234.5万", "12345000.00"),  # the tester's
    ("12,345.67万", "123456700.00"),
    ("1,234.56万元", "12345600.00"),
    ("2,000.5千", "2000500.00"),
])
def test_grouped_thousands_with_decimals_before_a_unit(text, value):
    assert parse_money(text)[0] == Decimal(value)


@pytest.mark.parametrize("text, value", [
    ("叁仟元", "3000.00"),  # the tester's
    ("壹万贰仟叁佰肆拾伍元陆角柒分", "12345.67"),
    ("伍佰元整", "500.00"),
    ("人民币叁仟元整", "3000.00"),
    ("貳萬元", "20000.00"),  # traditional
    ("參仟元", "3000.00"),
    ("壹拾元零伍分", "10.05"),
    ("贰拾万零伍佰元", "200500.00"),
    ("三千", "3000.00"),
    ("一万二", "12000.00"),  # in characters 一万二 is only ever twelve thousand
    ("(伍佰元)", "-500.00"),
])
def test_chinese_numerals_are_read(text, value):
    assert parse_money(text)[0] == Decimal(value)


@pytest.mark.parametrize("text, why", [
    ("叁仟仟元", "not a well-formed Chinese numeral"),
    ("一万2千", "mixes Chinese numerals"),
    ("叁仟元 伍佰元", "mixes Chinese numerals"),
])
def test_chinese_numerals_not_well_formed_are_refused_in_one_sentence(text, why):
    with pytest.raises(AmountError, match=why):
        parse_money(text)


@pytest.mark.parametrize("text, value", [(".50", "0.50"), ("-.5", "-0.50"), ("€.99", "0.99"), ("(.75)", "-0.75")])
def test_a_leading_decimal_mark(text, value):
    assert parse_money(text, None, "EUR")[0] == Decimal(value)


def test_a_leading_mark_with_more_decimals_than_the_currency_has_is_no_amount():
    with pytest.raises(AmountError):
        parse_money(".505", None, "EUR")
    assert parse_money(".505", None, "KWD")[0] == Decimal("0.505")


@pytest.mark.parametrize("text, axis, value", [("２３．１２", "lat", 23.12), ("１１３．２６", "lon", 113.26),
                                               ("－３３．８６", "lat", -33.86)])
def test_full_width_coordinates(text, axis, value):
    assert coordinate(text, None, axis) == value


@pytest.mark.parametrize("text, dayfirst", [
    ("2026-10-31 23:59:59", True),  # the tester's
    ("2026-10-31T23:59:59Z", None),
    ("2026-10-31T23:59:59.120+01:00", None),
    ("31/10/2026 23:59", True),
    ("10/31/2026 11:59 PM", False),
    ("31.10.2026 23:59", True),
])
def test_a_due_date_with_a_time_is_its_date(text, dayfirst):
    assert parse_date(text, dayfirst=dayfirst, time_ok=True) == date(2026, 10, 31)


def test_a_date_with_a_time_is_still_checked():
    with pytest.raises(DateError):
        parse_date("31/02/2026 10:00", time_ok=True)
    with pytest.raises(DateError):
        parse_date("14:00", time_ok=True)  # a time alone is no date
    with pytest.raises(AmbiguousDate):
        parse_date("03/04/2026 10:00", dayfirst=None, time_ok=True)
    with pytest.raises(DateError):  # where a time is not allowed, as before
        parse_date("2026-10-31 23:59:59")


def test_a_row_with_date_times_in_its_date_columns():
    from fieldvisit.domain.case_rows import RowContext, read_row

    ctx = RowContext(as_of=date(2026, 11, 30), default_currency="EUR", default_country="ES", dayfirst=True,
                     columns=frozenset({"case_id", "balance", "due_date", "last_payment_date"}))
    r = read_row({"case_id": "DT-10", "balance": "10", "due_date": "2026-10-31 23:59:59",
                  "last_payment_date": "15/09/2026 08:30"}, ctx)
    assert r.errors == [] and r.case.due_date == date(2026, 10, 31)  # (30 days past due: the CLI test)
    assert r.case.last_payment_date == date(2026, 9, 15)
