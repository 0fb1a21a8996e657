"""Headers that end in a three-letter word ("Days Past Due", "Saldo EUR", "Phone Cel") are read
as headers; a real ISO currency code after a header names the column's currency."""

from fieldvisit.domain.columns import _is_currency_code
from fieldvisit.domain.countries import CURRENCY_CODES


def test_currency_codes_are_iso_4217():
    assert {"EUR", "USD", "CNY", "MXN"} <= CURRENCY_CODES
    assert _is_currency_code("eur") and not _is_currency_code("DUE") and not _is_currency_code("CEL")


def test_headers_ending_in_three_letters_import(tmp_path):
    from fieldvisit.adapters.files.readers import read_table
    from fieldvisit.domain.columns import match_headers

    f = tmp_path / "h.csv"
    f.write_text("case_id,Days Past Due,Amount Due,Phone Cel\nA1,5,100.00,600\n", encoding="utf-8")
    positions, _ = match_headers(read_table(str(f)).headers, None)
    assert "case_id" in positions.values()
