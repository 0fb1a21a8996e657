"""BRK16a failures 6 and 14: a due date in French, German, Italian, Dutch or Portuguese (or a
Japanese era) is read; a due date that cannot be read, that writes no year (``3/4``) or that is a
bare number written as text (``46085``) keeps its case and goes to review, never read silently
and never losing the case."""

from __future__ import annotations

from datetime import date

import pytest

from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.dates import NoYear, parse_date
from fieldvisit.domain.field_review import ValueReviewError, candidates, read_value

AS_OF = date(2026, 11, 23)


def ctx(**kw):
    return RowContext(as_of=AS_OF, default_timezone="Europe/Madrid", dayfirst=True, **kw)


@pytest.mark.parametrize("text", [
    "4 mars 2026", "le 4 mars 2026", "4. März 2026", "4. Mär. 2026", "4 Mrz 2026", "Mittwoch, 4. März 2026",
    "4 marzo 2026", "4 de marzo de 2026", "4 de março de 2026", "4 maart 2026", "4 mrt 2026", "04-mrt-2026",
    "4 MARS 2026", "令和8年3月4日", "March 4, 2026", "4-Mar-26",
])
def test_month_names_of_many_languages_read_as_4_march(text):
    assert parse_date(text, dayfirst=True, default=AS_OF) == date(2026, 3, 4)


@pytest.mark.parametrize("text,month", [
    ("4 janv. 2026", 1), ("4 Jänner 2026", 1), ("4 gen 2026", 1), ("4 januari 2026", 1),
    ("4 févr. 2026", 2), ("4 Februar 2026", 2), ("4 febbraio 2026", 2), ("4 fev 2026", 2),
    ("4 avr. 2026", 4), ("4 aprile 2026", 4), ("4 mai 2026", 5), ("4 mag 2026", 5), ("4 mei 2026", 5),
    ("4 juin 2026", 6), ("4 Juni 2026", 6), ("4 giu 2026", 6), ("4 juil. 2026", 7), ("4 lug 2026", 7),
    ("4 août 2026", 8), ("4 ago 2026", 8), ("4 augustus 2026", 8), ("4 sept. 2026", 9), ("4 set 2026", 9),
    ("4 settembre 2026", 9), ("4 Okt. 2026", 10), ("4 ott 2026", 10), ("4 out 2026", 10),
    ("4 novembre 2026", 11), ("4 déc. 2026", 12), ("4 Dez. 2026", 12), ("4 dic 2026", 12), ("4 dezembro 2026", 12),
])
def test_abbreviations_of_each_month(text, month):
    assert parse_date(text, dayfirst=True, default=AS_OF) == date(2026, month, 4)


@pytest.mark.parametrize("text", ["4 mars 2026", "4. März 2026"])
def test_a_french_or_german_due_date_is_stored(text):
    r = read_row({"case_id": "A", "due_date": text}, ctx())
    assert r.case is not None and r.case.due_date == date(2026, 3, 4) and not r.review


@pytest.mark.parametrize("text", ["3/4", "4 mars", "4. März", "March 4", "4th March"])
def test_a_date_without_a_year_is_never_given_one(text):
    with pytest.raises(NoYear):
        parse_date(text, dayfirst=True, default=AS_OF, year_needed=True)
    r = read_row({"case_id": "A", "due_date": text}, ctx())
    assert r.case is not None and r.case.due_date is None
    assert [c for c, _ in r.review] == ["due_date"] and "no year" in r.review[0][1]
    r = read_row({"case_id": "A", "last_payment_date": text}, ctx())
    assert r.case is not None and r.case.last_payment_date is None and [c for c, _ in r.review] == ["last_payment_date"]


def test_dates_that_write_their_year_are_read_as_before():
    for text in ("04/03/26", "4-Mar-26", "03/04/2026 00:00:00", "2026-03-04", "20260304", "2026年3月4日"):
        assert parse_date(text, dayfirst=True, default=AS_OF, year_needed=True).year == 2026


@pytest.mark.parametrize("text", ["46085", "46085.0"])
def test_a_bare_number_written_as_text_goes_to_review_offering_the_serial_reading(text):
    r = read_row({"case_id": "A", "due_date": text}, ctx())
    assert r.case is not None and r.case.due_date is None
    assert [c for c, _ in r.review] == ["due_date"] and "2026-03-04" in r.review[0][1]
    assert candidates("due_date", text) == ["2026-03-04"]
    assert read_value("due_date", "2026-03-04") == date(2026, 3, 4)


def test_a_spreadsheet_number_cell_is_still_a_serial_day():
    r = read_row({"case_id": "A", "due_date": 46085}, ctx())
    assert r.case.due_date == date(2026, 3, 4) and not r.review


@pytest.mark.parametrize("text", ["someday", "31/02/2026", "2026-13-01", "4 Brumaire 2026"])
def test_an_unreadable_due_date_keeps_the_case_for_review(text):
    r = read_row({"case_id": "A", "due_date": text, "balance": "10.00"}, ctx(default_currency="EUR"))
    assert r.case is not None and r.case.due_date is None and not r.errors
    assert [c for c, _ in r.review] == ["due_date"] and "days past due stay unknown" in r.review[0][1]
    assert "due_date" not in r.present  # an update keeps the stored due date


def test_an_unreadable_due_date_beside_days_past_due_takes_their_date():
    r = read_row({"case_id": "A", "due_date": "someday", "days_past_due": "10"}, ctx())
    assert r.case.due_date == date(2026, 11, 13) and not r.review


def test_a_person_typing_a_date_without_a_year_is_asked_for_it():
    with pytest.raises(ValueReviewError, match="no year"):
        read_value("due_date", "3/4")
