"""A row's amount and its currency when the symbol says more than the file (BRK14 #5, #11): a
symbol of one currency decides it, read as that currency writes its decimals (``£1,234`` in a
Madrid file is 1234.00 GBP); a shared symbol (``$``, ``¥``, ``kr``) goes with the row's or the
file's evidence, else the case is kept and its amount waits in the review queue with its currency
(never the file's), where a person picks the amount with its currency."""

from datetime import date
from decimal import Decimal

import pytest

from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.field_review import ValueReviewError, candidates, read_amount, read_value
from fieldvisit.domain.money import AmbiguousAmount, parse_money
from fieldvisit.domain.row_money import currency_open_in

AS_OF = date(2026, 11, 23)
COLUMNS = frozenset({"case_id", "name", "address", "balance", "country", "currency", "last_payment_amount"})


def _madrid(decimal_comma=None) -> RowContext:
    """A file whose coordinates are in Spain: country ES, currency EUR."""
    return RowContext(as_of=AS_OF, default_country="ES", default_currency="EUR", decimal_comma=decimal_comma,
                      columns=COLUMNS)


def _row(ctx, **cells):
    return read_row({"case_id": "M-1", "name": "Ana", "address": "Calle Mayor 1, Madrid", **cells}, ctx)


@pytest.mark.parametrize("comma", [None, True, False])
@pytest.mark.parametrize("cell, amount, code", [
    ("£1,234", "1234.00", "GBP"), ("₹1,23,456.00", "123456.00", "INR"), ("₩12,345", "12345.00", "KRW"),
    ("₱1,234", "1234.00", "PHP"), ("₺1.234", "1234.00", "TRY"), ("₽1.234", "1234.00", "RUB"),
    ("1.234 zł", "1234.00", "PLN"), ("₫1.234", "1234.00", "VND"), ("฿1,234", "1234.00", "THB"),
    ("R$ 1.234,56", "1234.56", "BRL"),
])
def test_a_symbol_of_one_currency_decides_it_in_a_eur_file(cell, amount, code, comma):
    result = _row(_madrid(comma), balance=cell)
    assert result.case is not None and result.review == [], (result.errors, result.review)
    assert (str(result.case.balance), result.case.currency) == (amount, code)
    assert {"balance", "currency"} <= result.present


def test_its_own_decimal_mark_decides_never_the_files():
    assert parse_money("£1,234", True, "EUR") == (Decimal("1234.00"), "£")  # GBP writes a decimal point
    # pounds read as pounds are written: '£1.234' would be 1.234 pounds (no such amount) or a
    # Spaniard's 1234: it waits, in GBP, never 1.23 and never EUR
    result = _row(_madrid(True), balance="£1.234")
    assert result.case is not None and result.case.currency == "GBP" and "balance" not in result.present
    assert [c for c, _ in result.review] == ["balance"] and not currency_open_in(result.review[0][1])


@pytest.mark.parametrize("cells, code", [
    ({"balance": "$1,234.50", "country": "MX"}, "MXN"),  # the row's country column
    ({"balance": "¥12,345", "currency": "JPY"}, "JPY"),  # the row's currency column
    ({"balance": "1.234,5 kr", "country": "SE"}, "SEK"),
    ({"balance": "$1,234.50", "last_payment_amount": "US$ 100.00"}, "USD"),  # the row's other amount
])
def test_a_shared_symbol_goes_with_the_rows_evidence(cells, code):
    result = _row(_madrid(), **cells)
    assert result.case is not None and result.review == [], (result.errors, result.review)
    assert result.case.currency == code and "balance" in result.present


@pytest.mark.parametrize("country, currency, code", [("JP", "JPY", "JPY"), ("CN", "CNY", "CNY"), ("CN", "", "CNY")])
def test_a_shared_symbol_goes_with_the_files_or_workspaces_country(country, currency, code):
    ctx = RowContext(as_of=AS_OF, default_country=country, default_currency=currency, columns=COLUMNS)
    result = _row(ctx, balance="¥12,345")
    assert (result.case.balance, result.case.currency, result.review) == (Decimal("12345.00"), code, [])


@pytest.mark.parametrize("cell, codes", [("$1,234.50", "USD, MXN, COP, CLP or another"), ("¥12,345", "CNY or JPY"),
                                         ("1.234,5 kr", "SEK, NOK, DKK or ISK")])
def test_a_shared_symbol_nothing_decides_keeps_the_case_and_waits_with_its_currency(cell, codes):
    result = _row(_madrid(), balance=cell)
    assert result.case is not None and result.errors == []  # the case is never lost for it
    assert result.case.currency == "" and not {"balance", "currency"} & result.present  # never EUR
    [(column, note)] = result.review
    assert column == "balance" and codes in note and currency_open_in(note)


def test_a_shared_symbol_whose_reading_depends_on_the_currency_offers_both():
    with pytest.raises(AmbiguousAmount) as caught:
        parse_money("¥1.234", False, "EUR")  # 1234 yen, or 1.234 yuan (no such amount) or 1234 yuan
    assert caught.value.symbol == "¥"
    result = _row(_madrid(), balance="¥1.234")
    assert result.case.currency == "" and currency_open_in(result.review[0][1])
    assert candidates("balance", "¥1.234", "", True) == ["1234.00 CNY", "1234 JPY"]


def test_the_currency_the_row_gives_still_refuses_a_symbol_it_cannot_be():
    result = _row(_madrid(), balance="$1,500", currency="EUR")
    assert result.case is None and "cannot be EUR" in result.errors[0][1]
    result = _row(_madrid(), balance="£1,234", currency="EUR")
    assert result.case is None and "currency column says EUR" in result.errors[0][1]


def test_a_currency_word_with_no_country_is_not_stored_as_the_files_currency():
    result = _row(_madrid(), balance="500", currency="pesos")
    assert result.case is not None and result.case.currency == "" and "currency" not in result.present
    assert candidates("currency", "pesos")[:2] == ["MXN", "COP"]


def test_candidates_name_each_currency_and_an_answer_sets_amount_and_currency():
    assert candidates("balance", "¥12,345", "", True) == ["12345.00 CNY", "12345 JPY"]
    assert candidates("balance", "$1,234.50", "", True)[:2] == ["1234.50 USD", "1234.50 MXN"]
    assert candidates("balance", "1,234", "EUR") == ["1234.00", "1.234"]  # no symbol: the amount only
    assert read_amount("12345 JPY", "", original="¥12,345", currency_open=True) == (Decimal("12345.00"), "JPY")
    assert read_amount("12345.00 CNY", "", original="¥12,345", currency_open=True) == (Decimal("12345.00"), "CNY")
    assert read_amount("1234.50 NZD", "", original="$1,234.50", currency_open=True) == (Decimal("1234.50"), "NZD")
    with pytest.raises(ValueReviewError, match="currency too"):
        read_amount("12345", "", original="¥12,345", currency_open=True)
    with pytest.raises(ValueReviewError, match="cannot be EUR; it could be CNY, JPY"):
        read_amount("12345 EUR", "", original="¥12,345", currency_open=True)
    with pytest.raises(ValueReviewError, match="does not say which currency"):
        read_amount("¥12345", "", original="¥12,345", currency_open=True)
    # an amount whose currency is known: typed plain, or with that currency; never another one
    assert read_value("balance", "1234.00", "EUR") == Decimal("1234.00")
    assert read_amount("1234.00 EUR", "EUR", original="1.234") == (Decimal("1234.00"), "EUR")
    with pytest.raises(ValueReviewError, match="in EUR"):
        read_amount("1234 USD", "EUR", original="1.234")


def test_a_header_symbol_reads_the_cells_as_its_currency_writes_them():
    ctx = RowContext(as_of=AS_OF, default_country="ES", default_currency="EUR", decimal_comma=True,
                     columns=COLUMNS, header_symbols={"balance": "£"})
    result = _row(ctx, balance="1,234")  # 'Saldo (£)': pounds, written with a decimal point
    assert (result.case.balance, result.case.currency, result.review) == (Decimal("1234.00"), "GBP", [])
    ctx.header_symbols = {"balance": "$"}  # 'Balance ($)' in a Madrid file: which dollars is open
    result = _row(ctx, balance="1.234,50")
    assert result.case.currency == "" and currency_open_in(result.review[0][1])


def test_the_symbol_of_an_open_item_is_named_in_its_note():
    from fieldvisit.domain.row_money import open_symbol

    result = _row(_madrid(), balance="1.234,5 kr")
    assert open_symbol(result.review[0][1]) == "KR"
    assert open_symbol("'1,234' could be 1234 or 1.234; the file does not show which mark is the decimal one") is None
    with pytest.raises(ValueReviewError, match="cannot be EUR"):  # the cell showed no symbol; the file did
        read_amount("1234.50 EUR", "", original="1234.5", currency_open=True, symbol="$")


@pytest.mark.parametrize("cell, amount, code", [
    ("1.234 Ft", "1234.00", "HUF"), ("₪1,234", "1234.00", "ILS"), ("₦1,234", "1234.00", "NGN"),
    ("₸1 234", "1234.00", "KZT"), ("лв 12", "12.00", "BGN"), ("TL 12", "12.00", "TRY"), ("RM 1,234.50", "1234.50", "MYR"),
])
def test_more_signs_of_one_currency_are_known(cell, amount, code):
    result = _row(_madrid(), balance=cell)
    assert (str(result.case.balance), result.case.currency, result.review) == (amount, code, [])


def test_a_sign_of_no_known_currency_keeps_the_case_with_its_currency_to_review():
    result = _row(_madrid(), balance="12 Lei")  # Romanian or Moldovan lei
    assert result.case is not None and result.case.currency == "" and currency_open_in(result.review[0][1])
    result = _row(_madrid(), balance="Br 12")  # a sign no currency is known by: the case is still kept
    assert result.case is not None and result.case.currency == "" and "no currency known" in result.review[0][1]
    assert read_amount("12.00 BYN", "", original="Br 12", currency_open=True) == (Decimal("12.00"), "BYN")



@pytest.mark.parametrize("cell", ["1.5E+3", "1e3"])
def test_an_amount_in_scientific_notation_under_a_header_symbol_waits_for_review(cell):
    """``Balance ($)`` with ``1.5E+3``: the amount may hide digits and its currency is open, so it
    waits in the review queue and the case is kept (the import used to stop with a traceback)."""
    ctx = RowContext(as_of=AS_OF, default_country="ES", default_currency="EUR", columns=COLUMNS,
                     header_symbols={"balance": "$"})
    result = _row(ctx, balance=cell)
    assert result.case is not None and result.errors == []
    assert [c for c, _ in result.review] == ["balance"]
    assert "balance" not in result.present
