"""The window's language decides the language of public holiday names (the planner's "day off"
reasons): English names in an English window, Spanish in a Spanish one, the package's default
where it has no names in that language."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from fieldvisit.adapters.i18n import install
from fieldvisit.domain.planning import DayRequest
from fieldvisit.services.day_plans import add_country_holidays
from tests.unit.test_conduct_scenarios import case

pytestmark = pytest.mark.ui
DAY = date(2026, 12, 8)


def _names(sqlite_app) -> dict[str, str]:
    z = ZoneInfo("Europe/Madrid")
    r = DayRequest(day=DAY, collector="A", start=(10.0, 10.0), shift_start=datetime.combine(DAY, time(8), z),
                   shift_end=datetime.combine(DAY, time(20), z))
    add_country_holidays(r, sqlite_app.uow(), [case("ES")])
    return r.country_holidays


@pytest.fixture
def back_to_english(qapp):
    yield
    install("en")


def test_holiday_names_follow_the_window_language(sqlite_app, back_to_english):
    install("es")
    assert _names(sqlite_app)["ES"] == "Inmaculada Concepción"
    install("en")
    assert _names(sqlite_app)["ES"] == "Immaculate Conception"
    install("zh_CN")
    assert _names(sqlite_app)["ES"] == "Inmaculada Concepción"  # no Chinese names for Spain: its own


def test_an_english_window_names_a_finnish_holiday_in_english(qtbot, sqlite_app, back_to_english):
    """The demo's Helsinki cases on Thu 24 Dec 2026: the not-planned list says "Christmas Eve",
    not "Jouluaatto", in an English window."""
    import os

    from PySide6.QtCore import QDate

    from fieldvisit.services.demo import build_demo
    from fieldvisit.ui.main_window import MainWindow

    install("en")
    build_demo(sqlite_app.uow(), count=20, as_of=date(2026, 12, 1))
    w = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(w)
    w.show()
    w.planner.day.setDate(QDate(2026, 12, 24))
    w.planner.time_limit = 0.5
    w.planner.plan_day()
    qtbot.waitUntil(lambda: w.planner.operation is None, timeout=60000)
    dialog = w.planner.show_not_planned()
    assert dialog is not None
    qtbot.addWidget(dialog)
    reasons = [dialog.model.item(r, 2).text() for r in range(dialog.model.rowCount())]
    assert reasons and all("Christmas Eve" in r for r in reasons), reasons[:3]
    assert not any("Jouluaatto" in r for r in reasons)
    if os.environ.get("FIELDVISIT_SCREENSHOTS"):
        dialog.grab().save(os.path.join(os.environ["FIELDVISIT_SCREENSHOTS"], "not_planned_holiday.png"))
