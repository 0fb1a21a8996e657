"""Written forms of amounts lenders' files use (BRK13c): no-cents dashes, multipliers, currency
names, credits, three-decimal currencies, shared symbols with an explicit currency."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.money import AmbiguousAmount, AmountError, parse_money

AS_OF = date(2026, 11, 23)
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uff0d", "--"]


@pytest.mark.parametrize(("text", "comma", "expected"), [
    ("€ 2.500,-", True, "2500.00"), ("€ 2.500,-", None, "2500.00"), ("2.500,- €", None, "2500.00"),
    ("Fr. 850.–", None, "850.00"), ("Fr. 850.–", False, "850.00"), ("1.234,—", True, "1234.00"),
    ("kr 1 500,-", None, "1500.00"), ("100,--", None, "100.00"), ("CHF 1'200.-", None, "1200.00"),
])
def test_a_dash_after_the_decimal_mark_means_no_cents(text, comma, expected):
    assert parse_money(text, comma, "")[0] == Decimal(expected)


@settings(max_examples=300, deadline=None)
@given(whole=st.integers(min_value=0, max_value=10**9), mark=st.sampled_from([",", "."]),
       dash=st.sampled_from(DASHES), space=st.sampled_from(["", " "]),
       symbol=st.sampled_from(["", "€ ", "CHF ", "Fr. ", "kr "]), comma=st.sampled_from([None, True, False]))
def test_no_dash_after_a_decimal_mark_makes_an_amount_negative(whole, mark, dash, space, symbol, comma):
    group = "." if mark == "," else ","
    written = f"{whole:,}".replace(",", group)
    text = f"{symbol}{written}{mark}{space}{dash}"
    try:
        value, _ = parse_money(text, comma, "")
    except AmountError:
        return  # refused (e.g. "1,000,-" read with the other convention) is fine; negative is not
    assert value >= 0, text
    assert value == whole


@pytest.mark.parametrize("text", ["1.234,56-", "(1.234,56)", "-1.234,56", "1.234,56 −"])
def test_an_accounting_minus_stays_negative(text):
    assert parse_money(text, True, "EUR")[0] == Decimal("-1234.56")


@pytest.mark.parametrize(("text", "currency", "expected", "symbol"), [
    ("1.2 lakh", "INR", "120000.00", None), ("₹ 2.5 lakhs", "", "250000.00", "₹"), ("3 lac", "INR", "300000.00", None),
    ("2 crore", "INR", "20000000.00", None), ("Rs. 1.5 Crore", "", "15000000.00", "RS."),
    ("3千元", "", "3000.00", "元"), ("1.5千", "CNY", "1500.00", None), ("2仟", "TWD", "2000.00", None),
    ("1.2万", "", "12000.00", None), ("5万円", "", "50000.00", "円"), ("8萬", "TWD", "80000.00", None),
    ("新台幣 12,345", "", "12345.00", "TWD"), ("NT$ 12,345", "", "12345.00", "NT$"), ("NT$5,000", "", "5000.00", "NT$"),
    ("12.345,00 Euro", "", "12345.00", "EUR"), ("Fr. 850.–", "", "850.00", "FR."),
])
def test_multipliers_and_currency_words(text, currency, expected, symbol):
    assert parse_money(text, None, currency) == (Decimal(expected), symbol)


def test_a_credit_is_negative_a_debit_positive():
    # a credit (the borrower is owed) is stored negative, like (500.00) and 500,00-
    assert parse_money("500,00 CR", None, "EUR")[0] == Decimal("-500.00")
    assert parse_money("500,00 Cr.", True, "EUR")[0] == Decimal("-500.00")
    assert parse_money("1.234,56 DR", True, "EUR")[0] == Decimal("1234.56")
    with pytest.raises(AmountError, match="both negative"):
        parse_money("(500,00) CR", True, "EUR")
    # in rupees "2 Cr" is also two crore: review, never a guess
    with pytest.raises(AmbiguousAmount) as err:
        parse_money("2 Cr", None, "INR")
    assert err.value.readings == (Decimal("20000000.00"), Decimal("-2.00"))


@pytest.mark.parametrize(("text", "comma", "currency", "expected"), [
    ("1.234", False, "KWD", "1.234"), ("1,234", True, "BHD", "1.234"), ("KWD 12.500", False, "", "12.500"),
    ("0.125", None, "OMR", "0.125"), ("1,234.567", None, "JOD", "1234.567"), ("12.5", None, "TND", "12.50"),
    ("1.2345", False, "KWD", "1.235"), ("1,234.567", None, "EUR", "1234.57"),
])
def test_three_decimal_currencies_keep_their_third_decimal(text, comma, currency, expected):
    value = parse_money(text, comma, currency)[0]
    assert value == Decimal(expected)
    assert str(value) == expected


def _row(ctx: RowContext, **cells):
    return read_row({"case_id": "C-1", "name": "A", "address": "1 Main St", **cells}, ctx)


def test_a_shared_symbol_goes_with_the_currency_column():
    ctx = RowContext(as_of=AS_OF, default_country="MX", default_currency="MXN", decimal_comma=False,
                     columns=frozenset({"case_id", "name", "address", "balance", "currency"}))
    result = _row(ctx, balance="$1,500", currency="USD")
    assert result.case is not None, result.errors
    assert (result.case.balance, result.case.currency) == (Decimal("1500.00"), "USD")
    result = _row(ctx, balance="€1,500", currency="USD")  # a symbol of one currency still has to agree
    assert result.case is None and "currency column says USD" in result.errors[0][1]
    result = _row(ctx, balance="$1,500", currency="EUR")
    assert result.case is None and "cannot be EUR" in result.errors[0][1]


def test_a_shared_symbol_goes_with_the_users_currency():
    columns = frozenset({"case_id", "name", "address", "balance"})
    chosen = RowContext(as_of=AS_OF, default_currency="AUD", chosen_currency="AUD", columns=columns)
    result = _row(chosen, balance="$1,234.56")
    assert (result.case.balance, result.case.currency) == (Decimal("1234.56"), "AUD")
    # the user's currency outranks the row's country for a shared symbol
    result = _row(chosen, balance="$250.00", country="US")
    assert result.case.currency == "AUD"
    silent = RowContext(as_of=AS_OF, columns=columns)
    result = _row(silent, balance="$250.00")
    assert result.case is None
    assert "--currency" in result.errors[0][1] and "--country" in result.errors[0][1]
    assert _row(silent, balance="$250.00", country="AU").case.currency == "AUD"


def test_a_silent_file_leaves_1_234_kwd_open():
    with pytest.raises(AmbiguousAmount):  # 1234 or 1.234 dinars: both real, the file must say
        parse_money("1.234", None, "KWD")


def test_a_symbol_the_chosen_currency_cannot_be_is_refused_naming_it():
    ctx = RowContext(as_of=AS_OF, default_currency="EUR", chosen_currency="EUR",
                     columns=frozenset({"case_id", "name", "address", "balance"}))
    result = _row(ctx, balance="$250.00")
    assert result.case is None and "cannot be EUR as the chosen currency" in result.errors[0][1]


def test_a_kwd_plan_is_split_in_fils_and_adds_up():
    from fieldvisit.domain.repayment import propose, split

    assert split(Decimal("1000.001"), 3, Decimal("0.001")) == [Decimal("333.333"), Decimal("333.333"),
                                                                 Decimal("333.335")]
    plan = propose(Decimal("1000.001"), "KWD", AS_OF, count=3)
    amounts = [i.amount for i in plan.installments]
    assert sum(amounts) == Decimal("1000.001") and amounts[0] == Decimal("333.333")
    euros = propose(Decimal("1000.01"), "EUR", AS_OF, count=3)
    assert [i.amount for i in euros.installments] == [Decimal("333.33"), Decimal("333.33"), Decimal("333.35")]


def test_a_visit_payment_keeps_fils_and_a_cent_currency_refuses_them():
    from fieldvisit.domain.visits import VisitError, _money

    assert _money({"amount": "100.125", "currency": "KWD"}, "payment", "") == (Decimal("100.125"), "KWD")
    with pytest.raises(VisitError, match="more than two decimals"):
        _money({"amount": "100.125", "currency": "EUR"}, "payment", "")
    with pytest.raises(VisitError, match="more than three decimals"):
        _money({"amount": "100.1255", "currency": "BHD"}, "payment", "")


def test_sentences_show_fils():
    from fieldvisit.domain.text import msg

    assert msg("{a} due", a=Decimal("1.234")) == "1.234 due"
    assert msg("{a} due", a=Decimal("12")) == "12.00 due"


def test_typed_amounts_take_a_third_decimal_only_when_the_currency_has_it():
    from fieldvisit.domain.money import parse_typed_amount

    assert parse_typed_amount("1.234,567", ",", ".", 3) == Decimal("1234.567")
    with pytest.raises(AmountError):
        parse_typed_amount("1.234,567", ",", ".")


def test_yuan_is_taiwans_dollar_in_a_taiwan_file_and_cny_elsewhere():
    from fieldvisit.domain.conventions import decide_conventions
    from fieldvisit.domain.money import currency_of_symbol

    assert currency_of_symbol("元") == "CNY" and currency_of_symbol("元", "TW") == "TWD"
    rows = [{"case_id": "TW-1", "balance": "新台幣 12,345", "currency": "TWD"},
            {"case_id": "TW-3", "balance": "8萬", "currency": "新台幣"},
            {"case_id": "TW-4", "balance": "1,500元", "currency": ""}]
    conv = decide_conventions(rows, as_of=AS_OF)
    assert (conv.currency, conv.country) == ("TWD", "TW")
    ctx = RowContext(as_of=AS_OF, default_country=conv.country, default_currency=conv.currency,
                     decimal_comma=conv.decimal_comma, columns=frozenset({"case_id", "balance", "currency"}))
    case = read_row(rows[2], ctx).case
    assert (case.balance, case.currency) == (Decimal("1500.00"), "TWD")
    assert decide_conventions([{"balance": "12,345.60元"}], as_of=AS_OF).currency == "CNY"


def test_a_chosen_country_gives_the_currency_and_the_evidence_agrees():
    from fieldvisit.domain.conventions import decide_conventions

    conv = decide_conventions([{"balance": "$1,234.56"}], as_of=AS_OF)
    assert conv.currency == "" and any(e.startswith("Currency unknown") for e in conv.evidence)
    chosen = conv.override(country="AU")
    assert chosen.currency == "AUD"
    assert not any(e.startswith("Currency unknown") for e in chosen.evidence)
    assert "Currency AUD: the currency of AU, the country chosen." in chosen.evidence


def test_scientific_notation_waits_for_review_with_its_one_reading():
    from fieldvisit.domain.field_review import candidates

    for text in ("1.5E+3", "1,5E+03"):
        with pytest.raises(AmbiguousAmount, match="scientific notation") as err:
            parse_money(text, None, "EUR")
        assert err.value.readings[0] == Decimal("1500.00")
    assert candidates("balance", "1.5E+3", "EUR") == ["1500.00"]
    ctx = RowContext(as_of=AS_OF, default_currency="EUR", columns=frozenset({"case_id", "name", "address", "balance"}))
    result = _row(ctx, balance="1.5E+3")
    assert result.case is not None and result.review[0][0] == "balance" and "balance" not in result.present
