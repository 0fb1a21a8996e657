"""China's make-up working days (调休: some Saturdays and Sundays are official working days, from
the ``holidays`` package's ``weekend_workdays``) count as working days for week plans, repayment
dates and rule sets that allow visits on working days only; public holiday names come in the
interface's language where the package has it, else in its default (issue 14's leftovers)."""

from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from fieldvisit.adapters import holiday_calendar as hc
from fieldvisit.domain.planning import DayRequest, Reason, build_candidates
from fieldvisit.domain.repayment import propose
from fieldvisit.domain.rules import parse_rulebook
from fieldvisit.domain.week import working_days
from fieldvisit.services.day_plans import add_country_holidays
from fieldvisit.services.holidays import holidays_of, workdays_of
from fieldvisit.services.settings import load_settings, save_settings
from fieldvisit.services.week_plans import week_dates
from tests.unit.test_conduct_scenarios import case

# 2026: Spring Festival Sun 15 – Mon 23 Feb off; Sat 14 and Sat 28 Feb worked; Sun 20 Sep worked
MAKE_UP_SATURDAY, MAKE_UP_SUNDAY, PLAIN_SATURDAY = date(2026, 2, 28), date(2026, 9, 20), date(2026, 3, 7)


def test_the_package_gives_chinas_make_up_working_days():
    days = hc.weekend_workdays("CN", "", [2026])
    assert {date(2026, 1, 4), date(2026, 2, 14), MAKE_UP_SATURDAY, MAKE_UP_SUNDAY} <= days
    assert all(d.weekday() >= 5 for d in days) and PLAIN_SATURDAY not in days
    assert hc.weekend_workdays("ES", "", [2026]) == frozenset() and hc.weekend_workdays("", "", [2026]) == frozenset()


def test_a_week_plan_in_china_counts_the_make_up_saturday(sqlite_app):
    save_settings(sqlite_app.uow(), {**load_settings(sqlite_app.uow()), "country": "CN"})
    # Wed 25 Feb: Wed, Thu, Fri, then Sat 28 Feb (worked), Mon 2 Mar
    assert week_dates(sqlite_app.uow(), date(2026, 2, 25), 5) == [
        date(2026, 2, 25), date(2026, 2, 26), date(2026, 2, 27), MAKE_UP_SATURDAY, date(2026, 3, 2)]
    save_settings(sqlite_app.uow(), {**load_settings(sqlite_app.uow()), "country": "ES"})
    assert MAKE_UP_SATURDAY not in week_dates(sqlite_app.uow(), date(2026, 2, 25), 5)


def test_working_days_skip_weekends_unless_made_working_days():
    assert working_days(date(2026, 2, 27), 2) == [date(2026, 2, 27), date(2026, 3, 2)]
    assert working_days(date(2026, 2, 27), 2, workdays={MAKE_UP_SATURDAY}) == [date(2026, 2, 27), MAKE_UP_SATURDAY]


def test_repayment_dates_may_fall_on_a_make_up_sunday(sqlite_app):
    save_settings(sqlite_app.uow(), {**load_settings(sqlite_app.uow()), "country": "CN"})
    with sqlite_app.uow() as uow:
        off, worked = holidays_of(uow, date(2026, 9, 17)), workdays_of(uow, date(2026, 9, 17))
    assert MAKE_UP_SUNDAY in worked
    # Thu 17 Sep: the latest business day within three days is Sun 20 Sep, an official working day
    offer = propose(Decimal("100.00"), "CNY", date(2026, 9, 17), holidays=off, workdays=worked)
    assert offer.installments[0].date == MAKE_UP_SUNDAY
    assert propose(Decimal("100.00"), "CNY", date(2026, 9, 17), holidays=off).installments[0].date == date(2026, 9, 19)


#: A rule set for China that allows visits on working days only (the shipped CN set allows every day).
WORKING_DAYS_ONLY = parse_rulebook({"default": "CN", "sets": {"CN": {
    "name": "CN working days", "contact_hours": ["09:00", "18:00"],
    "contact_days": ["mon", "tue", "wed", "thu", "fri"]}}})


def _request(day, sqlite_app, cases):
    z = ZoneInfo("Asia/Shanghai")
    r = DayRequest(day=day, collector="A", start=(10.0, 10.0), rules=WORKING_DAYS_ONLY,
                   shift_start=datetime.combine(day, time(6), z), shift_end=datetime.combine(day, time(22), z))
    add_country_holidays(r, sqlite_app.uow(), cases)
    return r


@pytest.mark.parametrize(("day", "visited"), [(MAKE_UP_SATURDAY, True), (MAKE_UP_SUNDAY, True),
                                               (PLAIN_SATURDAY, False)])
def test_a_working_days_rule_set_visits_on_a_make_up_working_day(sqlite_app, day, visited):
    c = case("CN")
    r = _request(day, sqlite_app, [c])
    assert ("CN" in r.country_workdays) == visited
    cands, skipped = build_candidates([c], r, day)
    assert bool(cands) == visited
    if not visited:
        assert skipped[0].reason == Reason.OUTSIDE_LAWFUL


def test_a_make_up_day_does_not_open_a_rule_set_that_allows_fewer_days(sqlite_app):
    tue_thu = parse_rulebook({"default": "CN", "sets": {"CN": {
        "name": "CN Tue/Thu", "contact_hours": ["09:00", "18:00"], "contact_days": ["tue", "thu"]}}})
    assert not tue_thu.for_country("CN").contact_day(MAKE_UP_SATURDAY, make_up_workday=True)
    assert WORKING_DAYS_ONLY.for_country("CN").contact_day(MAKE_UP_SATURDAY, make_up_workday=True)


@pytest.mark.parametrize(("language", "country", "day", "name"), [
    ("en", "FI", date(2026, 12, 6), "Independence Day"),  # was Itsenäisyyspäivä in an English window
    ("en", "ES", date(2026, 12, 8), "Immaculate Conception"),
    ("es", "ES", date(2026, 12, 8), "Inmaculada Concepción"),
    ("zh_CN", "CN", date(2026, 10, 1), "国庆节"),
    ("en", "CN", date(2026, 10, 1), "National Day"),
    ("es", "FI", date(2026, 12, 6), "Itsenäisyyspäivä"),  # no Spanish names for Finland: the package default
    ("zh_CN", "ES", date(2026, 12, 8), "Inmaculada Concepción"),
])
def test_holiday_names_in_the_interface_language_where_available(monkeypatch, language, country, day, name):
    monkeypatch.setattr(hc, "_language", "en")
    hc.set_language(language)
    assert hc.holiday_names(country, "", [2026])[day] == name
