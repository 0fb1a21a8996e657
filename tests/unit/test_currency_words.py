"""Currency words and symbols where lenders write them (BRK13 #14): a currency column of ``€``,
``US$``, ``Euros``, ``人民币``, ``RMB`` (CNY), ``pesos``/``kr`` with the row's country; ``Saldo R$``
headers; the Swiss typographic apostrophe; ``$`` told by phones that all share a country code;
Shift-JIS ``\\12,345`` (0x5C is the yen sign)."""

from datetime import date
from decimal import Decimal

import pytest

from fieldvisit.adapters.files.text_decoding import decode
from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.columns import header_currency
from fieldvisit.domain.conventions import decide_conventions
from fieldvisit.domain.money import currency_of_cell, parse_money

AS_OF = date(2026, 11, 23)


@pytest.mark.parametrize(("cell", "country", "code"), [
    ("€", "", "EUR"), ("US$", "", "USD"), ("Euros", "", "EUR"), ("euro", "", "EUR"), ("人民币", "", "CNY"),
    ("元", "", "CNY"), ("RMB", "", "CNY"), ("rmb", "", "CNY"), ("pesos", "MX", "MXN"), ("Pesos", "CO", "COP"),
    ("kr", "SE", "SEK"), ("kr", "NO", "NOK"), ("R$", "", "BRL"), ("peso mexicano", "", "MXN"), ("$", "US", "USD"),
    ("EUR", "", "EUR"), ("Złoty", "", "PLN"),
])
def test_currency_cells_that_name_one_currency(cell, country, code):
    assert currency_of_cell(cell, country) == (code, None)


@pytest.mark.parametrize("cell", ["pesos", "kr", "$"])
def test_a_shared_word_without_a_country_is_not_guessed(cell):
    code, problem = currency_of_cell(cell)
    assert code is None and "several countries" in problem


def test_rows_with_currency_words_are_imported_not_rejected():
    ctx = RowContext(as_of=AS_OF, columns=frozenset({"case_id", "balance", "currency", "country"}))
    for cell, country, code in (("Euros", "", "EUR"), ("人民币", "", "CNY"), ("RMB", "", "CNY"),
                                ("pesos", "MX", "MXN"), ("US$", "", "USD"), ("€", "ES", "EUR")):
        r = read_row({"case_id": "C", "balance": "100.00", "currency": cell, "country": country}, ctx)
        assert r.case is not None and r.case.currency == code, (cell, r.errors)
    r = read_row({"case_id": "C", "balance": "100.00", "currency": "pesos"}, ctx)
    assert r.case is not None and r.case.currency == "" and [c for c, _ in r.review] == ["currency"]
    sek = read_row({"case_id": "C", "balance": "1 234,50 kr", "country": "SE"}, ctx)
    assert sek.case is not None and (sek.case.balance, sek.case.currency) == (Decimal("1234.50"), "SEK")


def test_swiss_typographic_apostrophe_and_header_symbols():
    assert parse_money("1’234.50") == (Decimal("1234.50"), None)
    assert parse_money("CHF 1’234.50") == (Decimal("1234.50"), "CHF")
    assert header_currency("Saldo R$") == ("Saldo", "R$")
    assert header_currency("Deuda US$") == ("Deuda", "US$")
    assert header_currency("Balance ($)") == ("Balance", "$")


def test_dollars_told_by_phones_that_all_share_a_country_code():
    rows = [{"case_id": "P-1", "phone": "+1 212 555 0100", "balance": "$100.00"},
            {"case_id": "P-2", "phone": "+1 212 555 0101", "balance": "$100.00"}]
    assert decide_conventions(rows, as_of=AS_OF).currency == "USD"
    mixed = [dict(rows[0]), {**rows[1], "phone": "+52 55 1234 5678"}]
    assert decide_conventions(mixed, as_of=AS_OF).currency == ""  # the phones disagree: not decided


def test_shift_jis_backslash_is_the_yen_sign():
    data = "case_id,name,balance\nJ-1,山田 太郎,\\12,345\n".replace(",\\12,345", ',"\\12,345"').encode("cp932")
    text, encoding = decode(data, "jp.csv")
    assert encoding == "cp932" and '"¥12,345"' in text
    assert parse_money("¥12,345", None, "JPY") == (Decimal("12345.00"), "¥")


def test_currency_only_in_the_xlsx_number_format(tmp_path):
    """BRK13 #14: ``[$€-x-euro2]``, ``"R$"`` and ``[$¥-804]`` formats say the currency; cells of
    one column in several currencies are read cell by cell."""
    openpyxl = pytest.importorskip("openpyxl")
    from fieldvisit.adapters.files.readers import read_table
    from fieldvisit.adapters.files.xlsx import format_symbol
    from fieldvisit.domain.cells import amount

    assert format_symbol("[$€-x-euro2] #,##0.00") == "€"
    assert format_symbol('"R$" #,##0.00') == "R$"
    assert format_symbol("[$¥-804]#,##0.00") == "CN¥"
    assert format_symbol("#,##0.00") == ""
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["case_id", "balance", "paid"])
    for case_id, value, fmt in (("X-1", 1234.5, "[$€-x-euro2] #,##0.00"), ("X-2", 12345, '"R$" #,##0.00')):
        ws.append([case_id, value, 10])
        ws.cell(ws.max_row, 2).number_format = fmt
        ws.cell(ws.max_row, 3).number_format = "[$¥-804]#,##0.00"
    path = tmp_path / "x.xlsx"
    book.save(path)
    table = read_table(str(path))
    assert table.column_symbols == {2: "CN¥"}
    rows = list(table.rows)
    assert [amount(values[1], None) for _, values in rows] == [(Decimal("1234.50"), "€"), (Decimal("12345.00"), "R$")]
    ctx = RowContext(as_of=AS_OF, columns=frozenset({"case_id", "balance"}))
    assert [read_row({"case_id": v[0], "balance": v[1]}, ctx).case.currency for _, v in rows] == ["EUR", "BRL"]


def test_three_letters_that_are_no_currency_or_country_are_refused():
    from fieldvisit.domain.countries import CountryError, country_code

    assert currency_of_cell("XYZ")[0] is None and "not a currency" in currency_of_cell("XYZ")[1]
    assert currency_of_cell("kwd") == ("KWD", None) and currency_of_cell("新台幣") == ("TWD", None)
    assert country_code("uk") == "GB" and country_code("xk") == "XK"
    for text in ("ZZ", "EU", "QQ"):
        with pytest.raises(CountryError):
            country_code(text)
