"""BRK15b #2: every EU member state gets the EU (CCD2 art. 35, customary) rule set Spain has —
Monday to Friday, 09:00–21:00 — under its own code; countries without a named rule set get the
default rules, which make no cold visits on Sundays or public holidays and say so."""

from datetime import date, time

import pytest

from fieldvisit.adapters.rules import load_rulebook
from fieldvisit.domain.rules import RuleSetError, parse_rulebook

RULES = load_rulebook(None)
EU = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
      "NL", "PL", "PT", "RO", "SK", "SI", "SE"]
MON_FRI, MON_SAT = frozenset(range(5)), frozenset(range(6))


@pytest.mark.parametrize("country", EU + ["ES"])
def test_eu_members_use_the_spanish_day_and_hour_rule(country):
    rule = RULES.for_country(country)
    assert rule.code == country and "CCD2 art. 35" in rule.name
    assert rule.visiting_days.weekdays == MON_FRI and rule.contact_hours == (time(9), time(21))
    assert not rule.contact_day(date(2026, 12, 5)) and not rule.contact_day(date(2026, 12, 6))


def test_finland_keeps_its_own_rule_set():
    assert "Finland" in RULES.for_country("FI").name


@pytest.mark.parametrize("country", ["MX", "BR", "AR", "", "ZZ"])
def test_default_rules_make_no_cold_sunday_visits_and_say_so(country):
    rule = RULES.for_country(country)
    assert rule.code == "generic" and rule.visiting_days.weekdays == MON_SAT
    assert "no cold visits on Sundays or public holidays" in rule.visiting_days.source
    assert "Sunday is not a visiting day" in rule.visiting_days.refused([6])


@pytest.mark.parametrize("country", ["US", "GB", "IN", "CN"])
def test_named_non_eu_rule_sets_keep_saturdays_not_sundays(country):
    assert RULES.for_country(country).visiting_days.weekdays == MON_SAT


def test_countries_must_be_iso_codes():
    base = {"sets": {"generic": {"contact_hours": ["08:00", "21:00"], "countries": ["Germany"]}}}
    with pytest.raises(RuleSetError, match="countries"):
        parse_rulebook(base)


def test_a_country_with_its_own_set_keeps_it():
    book = parse_rulebook({"sets": {"generic": {"contact_hours": ["08:00", "21:00"]},
                                    "EU": {"contact_hours": ["09:00", "21:00"], "countries": ["DE", "FR"]},
                                    "DE": {"name": "Germany", "contact_hours": ["07:00", "20:00"]}}})
    assert book.for_country("DE").name == "Germany" and book.for_country("FR").contact_hours[0] == time(9)
