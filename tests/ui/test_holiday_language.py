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
