"""Amounts in the visit form are typed as the interface language writes them, and a promise or
payment above the balance needs a confirmation and shows up flagged at the supervisor's desk."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QMessageBox

from fieldvisit.domain.cases import Case
from fieldvisit.services.reports import team_report
from fieldvisit.services.visits import list_visits

pytestmark = pytest.mark.ui


def finalize(qtbot, form):
    """Finalize and wait for the background write (the form closes, or says why not)."""
    form.finalize()
    qtbot.waitUntil(lambda: bool(not form.isVisible() or form.error.text() or form.finalize_button.isEnabled()),
                    timeout=15000)


@pytest.fixture
def spanish():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def form(qtbot, sqlite_app):
    from fieldvisit.ui.visit_form import VisitForm

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

    case = Case(case_id="A-1", name="Lucía Gómez", balance=Decimal("1800.00"), currency="EUR",
                due_date=date(2026, 10, 1), country="ES", timezone="Europe/Madrid")
    with sqlite_app.uow() as uow:
        uow.cases.add_many([case], None)
        uow.commit()
    f = VisitForm(sqlite_app, case)
    qtbot.addWidget(f)
    f.arrived.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 0)))
    f.left.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 20)))
    f.promise_date.setDate(QDate(2026, 11, 26))
    f.outcome.setCurrentIndex(f.outcome.findData("promise_to_pay"))
    f.show()
    yield f
    QLocale.setDefault(before)


def test_spanish_amount_with_thousands_and_decimal_comma(qtbot, form, spanish, sqlite_app):
    qtbot.keyClicks(form.promise_amount, "1.500,00")
    finalize(qtbot, form)
    assert form.error.text() == ""
    assert list_visits(sqlite_app.uow(), "A-1")[0]["promise"]["amount"] == "1500.00"


def test_the_other_convention_is_refused_not_guessed(qtbot, form, spanish, sqlite_app):
    qtbot.keyClicks(form.promise_amount, "1500.50")
    finalize(qtbot, form)
    assert "1500.50" in form.error.text() and "12.345,67" in form.error.text()
    assert form.isVisible() and list_visits(sqlite_app.uow(), "A-1") == []


def test_english_amount(qtbot, form, sqlite_app):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        qtbot.keyClicks(form.promise_amount, "1,250.50")
        finalize(qtbot, form)
    finally:
        QLocale.setDefault(before)
    assert form.error.text() == ""
    assert list_visits(sqlite_app.uow(), "A-1")[0]["promise"]["amount"] == "1250.50"


def test_a_stored_draft_amount_is_shown_the_spanish_way(qtbot, sqlite_app, form, spanish):
    from fieldvisit.ui.visit_form import VisitForm

    again = VisitForm(sqlite_app, form.case, draft={"promise": {"amount": "1500.00", "date": "2026-11-26"}})
    qtbot.addWidget(again)
    assert again.promise_amount.text() == "1500,00"  # Spanish groups from five digits on
    again.promise_amount.setText("12.500,00")
    assert again.data()["promise"]["amount"] == "12500.00"


def test_a_promise_above_the_balance_asks_first_and_is_flagged_at_the_desk(qtbot, form, sqlite_app, monkeypatch):
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question

    qtbot.keyClicks(form.promise_amount, "2000.00")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer(QMessageBox.StandardButton.No)))
    finalize(qtbot, form)
    assert asked and "2,000.00 EUR" in asked[0] and "1,800.00 EUR" in asked[0]
    assert form.isVisible() and list_visits(sqlite_app.uow(), "A-1") == []  # "No": back to the form
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer(QMessageBox.StandardButton.Yes)))
    finalize(qtbot, form)
    assert not form.isVisible() and len(list_visits(sqlite_app.uow(), "A-1")) == 1
    row = team_report(sqlite_app.uow(), date(2026, 11, 24), date(2026, 11, 24))["visits"][0]
    assert row["checks"] == ["promise of 2000.00 EUR is above the balance of 1800.00 EUR"]


def test_a_kwd_payment_is_typed_and_kept_in_fils(qtbot, sqlite_app, spanish):
    """BRK13c: three-decimal currencies keep their third decimal from the form to the record."""
    from fieldvisit.adapters.i18n import shown_amount
    from fieldvisit.ui.visit_form import VisitForm

    case = Case(case_id="K-1", name="Ann", balance=Decimal("1000.001"), currency="KWD",
                due_date=date(2026, 10, 1), country="KW", timezone="Asia/Kuwait")
    with sqlite_app.uow() as uow:
        uow.cases.add_many([case], None)
        uow.commit()
    form = VisitForm(sqlite_app, case)
    qtbot.addWidget(form)
    form.arrived.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 0)))
    form.left.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 20)))
    form.promise_date.setDate(QDate(2026, 11, 26))
    form.outcome.setCurrentIndex(form.outcome.findData("promise_to_pay"))
    form.show()
    qtbot.keyClicks(form.promise_amount, "100,125")
    finalize(qtbot, form)
    assert form.error.text() == ""
    assert list_visits(sqlite_app.uow(), "K-1")[0]["promise"]["amount"] == "100.125"
    assert shown_amount("100.125") == "100,125" and shown_amount("1500.00") == "1500,00"
