"""Issue 14 / PRODUCT.md conduct table: Spain's customary hours are 09:00–21:00 on weekdays, and a
debtor's national public holiday keeps them free of visits even when the workspace has no country.
Planning refuses such a day unless the customer agreed an appointment for it; the plan check
refuses it too."""

from datetime import date, datetime, time, timedelta

import pytest

from fieldvisit.domain.plan import Plan, PlannedStop, validate
from fieldvisit.domain.planning import DayRequest, Reason, build_candidates
from fieldvisit.domain.rules import RuleSetError, parse_rulebook
from zoneinfo import ZoneInfo

from tests.unit.test_conduct_scenarios import RULES, case, window

SUNDAY, SATURDAY, MONDAY = date(2026, 11, 29), date(2026, 11, 28), date(2026, 11, 30)


def req(day, **kw):
    z = ZoneInfo("Europe/Madrid")
    return DayRequest(day=day, collector="A", start=(10.0, 10.0), rules=RULES,
                      shift_start=datetime.combine(day, time(6), z), shift_end=datetime.combine(day, time(23), z), **kw)


def reasons(c, r):
    cands, skipped = build_candidates([c], r, r.day)
    return (None, cands) if cands else (skipped[0].reason, skipped[0].text)


def test_spain_starts_at_nine():
    assert RULES.for_country("ES").contact_hours == (time(9), time(21))
    _, cands = reasons(case("ES"), req(MONDAY))
    assert cands[0].starts[0][0] == datetime.combine(MONDAY, time(9), ZoneInfo("Europe/Madrid"))


@pytest.mark.parametrize("day", [SATURDAY, SUNDAY])
def test_spain_no_weekend_visit_without_an_appointment(day):
    reason, text = reasons(case("ES"), req(day))
    assert reason == Reason.OUTSIDE_LAWFUL and day.strftime("%A") in text
    agreed = case("ES", windows=[window("ES", 11, 0, 12, 0, day=day)])
    assert reasons(agreed, req(day))[0] is None


def test_other_rule_sets_keep_saturdays_but_make_no_cold_sunday_visits():
    # BRK15b #2: no rule set, the default rules included, makes cold visits on Sundays
    for country in ("US", "GB", "IN", "CN"):
        assert reasons(case(country), req(SATURDAY))[0] != Reason.OUTSIDE_LAWFUL, country
        assert reasons(case(country), req(SUNDAY))[0] == Reason.OUTSIDE_LAWFUL, country


def test_plan_check_refuses_a_spanish_sunday_visit():
    c = case("ES")
    z = ZoneInfo("Europe/Madrid")
    r = req(SUNDAY)
    at = datetime.combine(SUNDAY, time(11), z)
    stop = PlannedStop(case_id=c.case_id, lat=10.0, lon=10.0, arrival=at, start=at,
                       departure=at + timedelta(minutes=20), window=None, travel_seconds=0, distance_m=0,
                       wait_seconds=0)
    plan = Plan(day=SUNDAY, collector="A", start_point=(10.0, 10.0), end_point=(10.0, 10.0), leave_at=at,
                return_at=stop.departure, stops=[stop], unplanned=[], total_travel_seconds=0, total_distance_m=0)
    problems = validate(plan, {c.case_id: c}, r, lambda a, b: 0)
    assert any("Sunday" in p for p in problems)


def test_the_debtors_national_holiday_counts_without_a_workspace_country():
    r = req(date(2026, 12, 8), country_holidays={"ES": "Inmaculada Concepción"})
    reason, text = reasons(case("ES"), r)
    assert reason == Reason.HOLIDAY and "Inmaculada" in text
    assert reasons(case("US"), req(date(2026, 12, 8), country_holidays={"ES": "x"}))[0] is None


def test_contact_days_must_be_day_names():
    base = {"sets": {"generic": {"contact_hours": ["08:00", "21:00"], "contact_days": ["funday"]}}}
    with pytest.raises(RuleSetError, match="contact_days"):
        parse_rulebook(base)
