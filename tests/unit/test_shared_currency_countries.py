"""Countries that use another country's currency (BRK17 #2): the country's own date order decides,
never the currency's; Panama writes both orders, so its ambiguous dates go to review; amounts with
no written currency take the country's everyday one (Panama: USD, not the coins-only balboa)."""

from datetime import date

import pytest

from fieldvisit.domain.conventions import decide_conventions
from fieldvisit.domain.country_evidence import country_currency
from fieldvisit.domain.date_order import country_dayfirst

AS_OF = date(2026, 11, 23)


def rows(country, currency="USD"):
    return [{"case_id": "A", "due_date": "03/04/2026", "country": country, "balance": "100.00", "currency": currency},
            {"case_id": "B", "due_date": "05/06/2026", "country": country, "balance": "200.00", "currency": currency}]


@pytest.mark.parametrize("country, currency, dayfirst", [
    ("PA", "USD", None), ("EC", "USD", True), ("SV", "USD", True), ("TL", "USD", True), ("PR", "USD", False),
    ("ZW", "USD", None), ("ME", "EUR", True), ("XK", "EUR", True), ("US", "USD", False), ("ES", "EUR", True),
])
def test_the_countrys_own_order_decides_never_the_currency(country, currency, dayfirst):
    c = decide_conventions(rows(country, currency), as_of=AS_OF)
    assert c.country == country and c.currency == currency
    assert c.dayfirst is dayfirst


def test_panama_says_it_writes_both_orders():
    c = decide_conventions(rows("PA"), as_of=AS_OF)
    assert c.dayfirst is None and country_dayfirst("PA") is None
    assert any("PA writes dates both day first and month first" in e for e in c.evidence)
    assert not any("year first" in e for e in c.evidence)


@pytest.mark.parametrize("country, currency", [
    ("PA", "USD"), ("EC", "USD"), ("SV", "USD"), ("TL", "USD"), ("PR", "USD"), ("ME", "EUR"), ("XK", "EUR"),
    ("NA", "NAD"), ("LS", "LSL"), ("BT", "BTN"), ("ES", "EUR"), ("MX", "MXN"),
    ("HT", ""), ("ZW", ""),  # several currencies in everyday use: none is assumed
])
def test_amounts_with_no_written_currency_take_the_countrys_everyday_one(country, currency):
    assert country_currency(country) == currency


def test_a_panama_file_without_a_currency_is_in_usd():
    c = decide_conventions(rows("PA", ""), as_of=AS_OF)
    assert c.currency == "USD" and c.dayfirst is None
