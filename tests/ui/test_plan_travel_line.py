"""The line under the day's timeline says how the day was timed: on a region pack's roads, or as
straight lines × detour because no pack holds the whole day (a new user could not tell)."""

import pytest

pytestmark = pytest.mark.ui


def test_summary_says_roads_or_straight_lines(qtbot):
    from fieldvisit.ui.day_timeline import summary_text

    day = {"stops": [], "total_distance_m": 6000, "total_travel_seconds": 4300,
           "leave_at": "2026-12-01T09:00:00+02:00", "return_at": "2026-12-01T14:12:00+02:00"}
    assert "Timed on the roads." in summary_text({**day, "travel": "roads"})[0]
    assert "no region pack holds this whole day" in summary_text({**day, "travel": "geodesic"})[0]
    assert "Timed" not in summary_text(day)[0]  # a saved day that does not say
