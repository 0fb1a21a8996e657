"""A zone nobody gave never places appointment times (BRK13c 2, cn.csv: 工作日晚上7点后 was stored
19:00 UTC, 03:00 in Beijing): with no country, coordinates or zone column, and only the computer's
zone, a row's appointment goes to review with a sentence saying how to fix it."""

from datetime import date

from fieldvisit.adapters.geo.zones import ZoneFinder
from fieldvisit.domain.case_places import NO_ZONE_GIVEN, case_zone
from fieldvisit.domain.case_rows import RowContext, read_row

FINDER = ZoneFinder()
TODAY = date(2026, 11, 23)


def ctx(given=False, country="", columns=("case_id", "appointment", "address")):
    return RowContext(as_of=TODAY, default_timezone="Etc/UTC", default_zone_given=given, default_country=country,
                      zone_for=FINDER.zone_for, columns=frozenset(columns))


def test_no_country_and_no_zone_given_sends_the_appointment_to_review():
    result = read_row({"case_id": "CN-01", "address": "北京市朝阳区建国路88号", "appointment": "工作日晚上7点后"}, ctx())
    assert result.case is not None and result.case.windows == []
    reasons = dict(result.review)
    assert reasons["timezone"] == NO_ZONE_GIVEN
    assert reasons["appointment"].startswith("'工作日晚上7点后': neither the file nor the workspace gives the country")
    assert "add a Country column, choose the country when importing (--country" in reasons["appointment"]


def test_inconvenient_times_wait_too():
    result = read_row({"case_id": "X", "inconvenient": "Mon 9-11"}, ctx(columns=("case_id", "inconvenient")))
    assert result.case.windows == [] and "inconvenient" in dict(result.review)


def test_a_row_without_times_is_not_queued():
    result = read_row({"case_id": "X", "address": "1 Main"}, ctx())
    assert result.review == []


def test_a_zone_or_country_given_places_the_times():
    for context, row in ((ctx(given=True), {}), (ctx(country="CN"), {}), (ctx(), {"country": "CN"}),
                         (ctx(), {"timezone": "Asia/Shanghai"}), (ctx(), {"lat": "39.9", "lon": "116.4"})):
        result = read_row({"case_id": "CN-01", "appointment": "工作日晚上7点后", **row}, context)
        assert result.review == [] and len(result.case.windows) == 1, (row, result.review)


def test_case_zone_says_why():
    assert case_zone("", "", "", None, None, FINDER.zone_for, "Etc/UTC", default_given=False) == ("Etc/UTC", NO_ZONE_GIVEN)
    assert case_zone("", "", "", None, None, FINDER.zone_for, "Europe/Paris") == ("Europe/Paris", None)


def test_international_phone_numbers_give_the_country():
    from fieldvisit.domain.conventions import decide_conventions

    rows = [{"phone": "+86 138 0013 8000"}, {"phone": "0086 139 0013 9000"}]
    c = decide_conventions(rows, as_of=TODAY)
    assert c.country == "CN" and any("+86" in e for e in c.evidence)
    # +1 is the whole North American plan; local numbers say nothing; a mixed file decides nothing
    for phones in (["+1 212 555 0100"], ["13800138000"], ["+86 138 0013 8000", "+886 2 2720 8889"]):
        assert decide_conventions([{"phone": p} for p in phones], as_of=TODAY).country == ""
    c = decide_conventions([{"address": "1 Road"}], as_of=TODAY)
    assert any(e.startswith("Country unknown") for e in c.evidence)
