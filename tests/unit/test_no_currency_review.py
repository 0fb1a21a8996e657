"""BRK15 #8 (KIND 03 evidence): when neither the file, its row nor the workspace gives a currency,
an amount is never stored without one: it waits in the review queue with its currency (the
"amount + currency" answer), and the import's summary and preview say so once, with what to do.
The time zone nobody gave is said the same way."""

from datetime import date
from decimal import Decimal

from fieldvisit.domain.case_places import NO_ZONE_GIVEN
from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.row_money import currency_open_in, no_currency_in
from fieldvisit.services.import_notes import unplaced_warnings

AS_OF = date(2026, 11, 30)
COLUMNS = frozenset({"case_id", "name", "address", "balance", "last_payment_amount"})


def test_an_amount_without_any_currency_waits_with_one():
    r = read_row({"case_id": "GB-1", "name": "𠮷田", "address": "上海市浦东新区1号", "balance": "2.5万",
                  "last_payment_amount": "500"}, RowContext(as_of=AS_OF, columns=COLUMNS))
    assert r.case is not None and r.case.currency == ""
    waiting = {c: m for c, m in r.review}
    assert set(waiting) == {"balance", "last_payment_amount"}
    assert all(currency_open_in(m) and no_currency_in(m) for m in waiting.values())
    assert not {"balance", "last_payment_amount", "currency"} & r.present


def test_an_ambiguous_amount_without_a_currency_waits_once_with_its_readings():
    r = read_row({"case_id": "A", "balance": "1.234"}, RowContext(as_of=AS_OF, columns=COLUMNS))
    assert len(r.review) == 1 and no_currency_in(r.review[0][1]) and "could be 1234 or 1.234" in r.review[0][1]


def test_any_currency_source_stores_the_amount():
    row = {"case_id": "A", "balance": "2.5万"}
    for ctx in (RowContext(as_of=AS_OF, columns=COLUMNS, chosen_currency="CNY", default_currency="CNY"),
                RowContext(as_of=AS_OF, columns=COLUMNS, default_currency="CNY"),
                RowContext(as_of=AS_OF, columns=COLUMNS | {"country"})):
        r = read_row({**row, "country": "CN"} if "country" in ctx.columns else row, ctx)
        assert (r.case.balance, r.case.currency, r.review) == (Decimal("25000.00"), "CNY", [])
    r = read_row({"case_id": "A", "balance": "¥2.5万"}, RowContext(as_of=AS_OF, columns=COLUMNS))
    assert r.case.currency in ("CNY", "") and all(not no_currency_in(m) for _, m in r.review)
    r = read_row({"case_id": "A", "balance": "€12.50"}, RowContext(as_of=AS_OF, columns=COLUMNS))
    assert (r.case.balance, r.case.currency, r.review) == (Decimal("12.50"), "EUR", [])


def test_a_currency_cell_in_review_is_the_one_question():
    ctx = RowContext(as_of=AS_OF, columns=COLUMNS | {"currency"})
    r = read_row({"case_id": "A", "balance": "100.00", "currency": "pesos"}, ctx)
    assert [c for c, _ in r.review] == ["currency"]


def test_the_summary_says_it_once_with_what_to_do():
    review = [{"row": 2, "column": "balance", "error": "'2.5万' has no currency and neither the file, its row nor "
                                                       "the workspace gives one (…): pick the amount with its currency"},
              {"row": 2, "column": "timezone", "error": NO_ZONE_GIVEN}]
    money, zone = unplaced_warnings(review, "", False, "Etc/UTC", 1)
    assert money.startswith("No currency:") and "its amounts (1) wait for review with their currency" in money and "--currency" in money
    assert "take Etc/UTC for now and their appointment times wait for review" in zone and "--country" in zone
    assert unplaced_warnings(review[1:], "CN", False, "Asia/Shanghai", 1) == []
    assert unplaced_warnings([], "", True, "Europe/Madrid", 1) == []  # the workspace's zone, somebody's choice
    assert unplaced_warnings([], "", False, "Etc/UTC", 1) == [
        "No country or time zone: neither the file nor the workspace gives one, so the cases take Etc/UTC for now; "
        "choose the country with --country, or in the preview."]
