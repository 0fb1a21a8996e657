"""BRK15b #6 in the window: the visit form's promise date starts on a business day, and a Sunday
or a public holiday is said under the date (with the next business day) before saving; the
recorded visit carries the same note, which the supervisor's report shows."""

import os
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from fieldvisit.domain.cases import Case
from fieldvisit.domain.repayment import is_business_day
from fieldvisit.services.visits import list_visits

pytestmark = pytest.mark.ui


@pytest.fixture
def form(qtbot, sqlite_app):
    from fieldvisit.ui.visit_form import VisitForm

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    case = Case(case_id="ES-3", name="Lucía Gómez", balance=Decimal("800.00"), currency="EUR",
                due_date=date(2026, 10, 1), country="ES", timezone="Europe/Madrid")
    with sqlite_app.uow() as uow:
        uow.cases.add_many([case], None)
        uow.commit()
    f = VisitForm(sqlite_app, case)
    qtbot.addWidget(f)
    yield f
    QLocale.setDefault(before)


def test_default_promise_date_is_a_business_day(form):
    from fieldvisit.adapters.holiday_calendar import holiday_names

    default = form.promise_date.date().toPython()
    today = date.today()
    holidays = frozenset(holiday_names("ES", "", [today.year, today.year + 1]))
    assert default >= today + timedelta(days=2) and is_business_day(default, holidays)
    assert form.promise_note.text() == ""


def test_holiday_and_sunday_are_said_before_saving(qtbot, form, sqlite_app):
    from PySide6.QtCore import QDateTime, QTime

    form.arrived.setDateTime(QDateTime(QDate(2026, 12, 5), QTime(10, 0)))  # the dates below are within 3 days
    form.promise_date.setDate(QDate(2026, 12, 8))
    assert form.promise_note.text().startswith("The promised date Tue 8 Dec 2026 is a public holiday")
    assert "Wed 9 Dec 2026" in form.promise_note.text()
    form.promise_date.setDate(QDate(2026, 12, 6))
    assert "Sunday" in form.promise_note.text()
    form.promise_date.setDate(QDate(2026, 12, 9))
    assert form.promise_note.text() == ""
    form.promise_date.setDate(QDate(2026, 12, 8))
    form.show()
    if os.environ.get("FIELDVISIT_SHOTS"):
        form.outcome.setCurrentIndex(form.outcome.findData("promise_to_pay"))
        form.grab().save(os.path.join(os.environ["FIELDVISIT_SHOTS"], "promise_holiday.png"))
    form.arrived.setDateTime(QDateTime(QDate(2026, 12, 2), QTime(10, 0)))
    form.left.setDateTime(QDateTime(QDate(2026, 12, 2), QTime(10, 20)))
    form.outcome.setCurrentIndex(form.outcome.findData("promise_to_pay"))
    qtbot.keyClicks(form.promise_amount, "50.00")
    form.finalize()
    qtbot.waitUntil(lambda: not form.isVisible() or bool(form.error.text()), timeout=15000)
    assert form.error.text() == ""  # a note, not a conduct exception: no reason is asked
    warnings = list_visits(sqlite_app.uow(), "ES-3")[0]["warnings"]
    assert any("2026" in w and "public holiday" in w and "next business day" in w for w in warnings)


def test_a_promise_far_ahead_is_said_before_saving(qtbot, form):
    """BRK16b #16: 2099-12-07 is said to lie beyond the three days a promise is pinned to."""
    from PySide6.QtCore import QDateTime, QTime

    form.arrived.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(10, 0)))
    form.promise_date.setDate(QDate(2099, 12, 7))
    assert "beyond the three days a promise is pinned to" in form.promise_note.text()
    form.promise_date.setDate(QDate(2026, 12, 3))
    assert form.promise_note.text() == ""
