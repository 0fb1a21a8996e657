"""BRK16b #7: today's plan starts from now in the collector's zone (rounded up), a shift that is
over is refused in one sentence, and a day that has passed is refused; the clock is injected."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from fieldvisit.domain.planning import DayRequest, Lunch
from fieldvisit.services.day_plans import DayPassed, fit_to_now
from fieldvisit.services.errors import UserError

FIJI = ZoneInfo("Pacific/Fiji")
MADRID = ZoneInfo("Europe/Madrid")


def req(day, zone, start="09:00", end="18:00", **kw):
    h = lambda t: datetime.combine(day, time.fromisoformat(t), zone)  # noqa: E731
    return DayRequest(day=day, collector="sai", start=(-16.79, 179.96), shift_start=h(start), shift_end=h(end), **kw)


def test_fiji_evening_today_is_refused_as_over():
    now = datetime(2026, 12, 1, 8, 53, tzinfo=UTC)  # 20:53 in Fiji
    with pytest.raises(DayPassed) as err:
        fit_to_now(req(date(2026, 12, 1), FIJI), now)
    assert "shift is over" in str(err.value) and "20:53" in str(err.value) and "Pacific/Fiji" in str(err.value)
    assert err.value.first_open == date(2026, 12, 2)


def test_madrid_morning_starts_from_now_rounded_up():
    r = req(date(2026, 12, 1), MADRID, lunch=Lunch(datetime(2026, 12, 1, 9, 30, tzinfo=MADRID),
                                                  datetime(2026, 12, 1, 14, 0, tzinfo=MADRID)))
    fit_to_now(r, datetime(2026, 12, 1, 8, 53, 10, tzinfo=UTC))  # 09:53:10 in Madrid
    assert r.shift_start == datetime(2026, 12, 1, 9, 55, tzinfo=MADRID)
    assert r.lunch.earliest == r.shift_start


def test_before_the_shift_today_keeps_the_shift():
    r = req(date(2026, 12, 1), MADRID)
    fit_to_now(r, datetime(2026, 12, 1, 6, 0, tzinfo=UTC))
    assert r.shift_start == datetime(2026, 12, 1, 9, 0, tzinfo=MADRID)


@pytest.mark.parametrize("as_of", [None, date(2026, 12, 1)])
def test_a_past_day_is_refused(as_of):
    with pytest.raises(DayPassed, match="2026-11-30 has passed"):
        fit_to_now(req(date(2026, 11, 30), MADRID), datetime(2026, 12, 1, 8, 0, tzinfo=UTC), as_of)


def test_a_past_day_is_judged_in_the_collectors_zone():
    # 2026-12-01 11:00 UTC is already 2 Dec in Fiji: 1 Dec has passed there
    with pytest.raises(DayPassed):
        fit_to_now(req(date(2026, 12, 1), FIJI), datetime(2026, 12, 1, 13, 0, tzinfo=UTC))


def test_a_pinned_as_of_day_is_today_not_yet_begun():
    r = req(date(2026, 11, 25), MADRID)
    fit_to_now(r, datetime(2026, 12, 1, 20, 0, tzinfo=UTC), as_of=date(2026, 11, 25))
    assert r.shift_start.hour == 9
    with pytest.raises(DayPassed):
        fit_to_now(req(date(2026, 11, 24), MADRID), datetime(2026, 12, 1, 20, 0, tzinfo=UTC), as_of=date(2026, 11, 25))


def test_a_lock_at_a_time_that_has_passed_is_refused():
    r = req(date(2026, 12, 1), MADRID, locked={"C-1": datetime(2026, 12, 1, 9, 30, tzinfo=MADRID)})
    with pytest.raises(UserError, match="that time has passed"):
        fit_to_now(r, datetime(2026, 12, 1, 10, 0, tzinfo=UTC))


def test_a_future_day_is_untouched():
    r = req(date(2026, 12, 2), MADRID)
    fit_to_now(r, datetime(2026, 12, 1, 22, 0, tzinfo=UTC))
    assert r.shift_start.hour == 9
