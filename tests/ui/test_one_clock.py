"""BRK16b #16 (window): one clock and one time format in the window. The visit form said "Draft
saved 08:50:05" in the computer's clock beside "Arrived 10:30" in the case's zone; shift boxes
showed "9:00 AM" (US English locale) while the timeline shows 24-hour times."""

import time
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QDateTimeEdit, QFormLayout, QLabel

from fieldvisit.domain.cases import Case

pytestmark = pytest.mark.ui


@pytest.fixture
def us_locale():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def utc_computer(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _form(qtbot, sqlite_app, zone):
    from fieldvisit.ui.visit_form import VisitForm

    case = Case(case_id="FI-1", name="Aino Virtanen", balance=Decimal("800.00"), currency="EUR",
                due_date=date(2026, 10, 1), country="FI", timezone=zone)
    with sqlite_app.uow() as uow:
        uow.cases.add_many([case], None)
        uow.commit()
    form = VisitForm(sqlite_app, case)
    qtbot.addWidget(form)
    return form


def _arrived_label(form) -> str:
    for layout in form.findChildren(QFormLayout):
        label = layout.labelForField(form.arrived)
        if isinstance(label, QLabel):
            return label.text()
    return ""


def test_draft_saved_is_in_the_case_clock_and_names_it(qtbot, sqlite_app, utc_computer, us_locale):
    form = _form(qtbot, sqlite_app, "Europe/Helsinki")
    form._saved(None)
    shown = form.status.text()
    helsinki = datetime.now(ZoneInfo("Europe/Helsinki"))
    assert "(Helsinki time)" in shown and "(Helsinki time)" in _arrived_label(form)
    clock = shown.split("Draft saved ", 1)[1][:8]
    shown_at = datetime.strptime(clock, "%H:%M:%S").replace(year=helsinki.year, month=helsinki.month, day=helsinki.day)
    assert abs((helsinki.replace(tzinfo=None) - shown_at).total_seconds()) < 120  # not the computer's 2 h behind
    assert "AM" not in form.arrived.text() and "PM" not in form.arrived.text()


def test_same_zone_as_the_computer_says_no_zone(qtbot, sqlite_app, utc_computer):
    form = _form(qtbot, sqlite_app, "UTC")
    form._saved(None)
    assert "time)" not in form.status.text() and _arrived_label(form) == "Arrived"


def test_shift_boxes_are_24_hour_like_the_timeline(qtbot, sqlite_app, us_locale):
    from fieldvisit.ui.main_window import MainWindow
    from fieldvisit.ui.settings_dialog import SettingsDialog

    window = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(window)
    window.planner.shift_start.setTime(QTime(9, 0))
    window.planner.shift_end.setTime(QTime(18, 0))
    assert (window.planner.shift_start.text(), window.planner.shift_end.text()) == ("09:00", "18:00")
    dialog = SettingsDialog(sqlite_app, window)
    qtbot.addWidget(dialog)
    edits = [w for w in (*window.findChildren(QDateTimeEdit), *dialog.findChildren(QDateTimeEdit))
             if w.displayFormat() and "H" not in w.displayFormat() and "h" in w.displayFormat()]
    assert edits == []  # no 12-hour box anywhere
    assert all("AP" not in w.displayFormat().upper() for w in dialog.findChildren(QDateTimeEdit))
