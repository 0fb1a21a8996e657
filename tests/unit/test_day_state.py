"""The rest of the day after the stops already done (``services.day_state.rest_of_day``)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from fieldvisit.domain.planning import DayRequest
from fieldvisit.services.day_state import rest_of_day, with_states
from fieldvisit.services.errors import UserError

Z = ZoneInfo("Europe/Madrid")
DAY = date(2026, 12, 2)


def req():
    return DayRequest(day=DAY, collector="Ana", start=(40.0, -3.0), shift_start=datetime(2026, 12, 2, 9, 0, tzinfo=Z),
                      shift_end=datetime(2026, 12, 2, 18, 0, tzinfo=Z))


def stop(cid, lat, lon, start, departure):
    return {"case_id": cid, "lat": lat, "lon": lon, "start": f"2026-12-02T{start}:00+01:00",
            "departure": f"2026-12-02T{departure}:00+01:00"}


def test_the_rest_starts_where_the_last_done_stop_was_left_and_still_ends_at_home():
    r = rest_of_day(req(), [stop("A", 40.1, -3.1, "09:30", "09:50"), stop("B", 40.2, -3.2, "10:10", "10:30")], None)
    assert r.start == (40.2, -3.2) and r.end == (40.0, -3.0)
    assert r.shift_start == datetime(2026, 12, 2, 10, 30, tzinfo=Z)


def test_from_the_selected_stop_and_the_current_time():
    kept = [stop("A", 40.1, -3.1, "09:30", "09:50")]
    here = stop("C", 40.3, -3.3, "11:00", "11:20")  # still to visit: the collector is at its door
    r = rest_of_day(req(), kept, datetime(2026, 12, 2, 12, 15, 31, tzinfo=Z), origin=here)
    assert r.start == (40.3, -3.3) and r.shift_start == datetime(2026, 12, 2, 12, 15, tzinfo=Z)
    r = rest_of_day(req(), kept, None, origin=here)
    assert r.shift_start == datetime(2026, 12, 2, 11, 0, tzinfo=Z)


def test_no_time_left_is_one_sentence():
    with pytest.raises(UserError, match="no time is left"):
        rest_of_day(req(), [], datetime(2026, 12, 2, 17, 58, tzinfo=Z))


def test_stops_carry_state_outcome_and_follow_up():
    plan = {"stops": [{"case_id": "A"}, {"case_id": "B", "follow_up": True}]}
    shown = with_states(plan, {"A": {"state": "done", "outcome": "rpc"}})
    assert [(s["state"], s["outcome"], s["follow_up"]) for s in shown["stops"]] == \
        [("done", "rpc", False), ("todo", None, True)]
    assert "state" not in plan["stops"][0]
