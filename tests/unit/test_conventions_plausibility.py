"""One row's plausibility does not fix the date order of the other rows (finding 18, appt_amb2)."""

from datetime import date

from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.conventions import decide_conventions
from fieldvisit.domain.date_order import plausible_order

AS_OF = date(2026, 11, 23)
ROWS = [{"case_id": "AP-1", "appointment": "12/01/2027 10:00-12:00"},
        {"case_id": "AP-2", "appointment": "02/03/2027 10:00-11:00"}]


def test_plausible_order_of_one_text():
    assert plausible_order("12/01/2027 10:00-12:00", AS_OF) is True  # 12 Jan, not 1 Dec 2027
    assert plausible_order("01/12/2027 10:00-12:00", AS_OF) is False
    assert plausible_order("02/03/2027 10:00-11:00", AS_OF) is None  # 2 Mar or 3 Feb: both near


def test_order_stays_undecided_when_other_dates_are_open():
    conventions = decide_conventions(ROWS, as_of=AS_OF)
    assert conventions.dayfirst is None
    assert any("either way" in e for e in conventions.evidence)


def test_order_from_plausibility_when_it_settles_every_date():
    assert decide_conventions(ROWS[:1], as_of=AS_OF).dayfirst is True


def test_the_settled_row_is_read_and_the_open_one_goes_to_review():
    ctx = RowContext(as_of=AS_OF, dayfirst=None, default_timezone="Europe/Madrid",
                     columns=frozenset({"case_id", "appointment"}))
    first, second = (read_row(dict(row), ctx) for row in ROWS)
    assert first.review == [] and first.case.windows[0].start.date() == date(2027, 1, 12)
    assert second.case.windows == [] and second.review[0][0] == "appointment"
