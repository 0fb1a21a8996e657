"""The clock a planned day is printed in (domain.plan_times): one zone for the day, the stop's
own clock beside it when its zone reads differently, and old saved plans with mixed offsets
written again in the day zone (same instants)."""

from datetime import datetime
from zoneinfo import ZoneInfo

from fieldvisit.domain.plan_times import in_day_zone, other_clocks, plan_zone, span_clock, stop_clock, zone_city

MADRID = ZoneInfo("Europe/Madrid")


def test_a_lisbon_stop_in_a_madrid_day_shows_both_clocks():
    at = "2026-12-02T08:25:00+00:00"  # 09:25 in Madrid, 08:25 in Lisbon
    assert stop_clock(at, "Europe/Lisbon", MADRID) == "09:25 (08:25 Lisbon time)"
    assert stop_clock(at, "Europe/Madrid", MADRID) == "09:25"
    assert stop_clock(at, "Europe/Paris", MADRID) == "09:25"  # another zone, same clock: nothing to add
    assert span_clock(at, "2026-12-02T08:45:00+00:00", "Atlantic/Canary", MADRID, dash="-") == \
        "09:25-09:45 (08:25-08:45 Canary time)"
    assert zone_city("America/Argentina/Buenos_Aires") == "Buenos Aires"


def test_an_old_plan_with_mixed_offsets_is_written_in_its_day_zone():
    old = {"date": "2026-12-02", "leave_at": "2026-12-02T06:54:07+00:00", "return_at": "2026-12-02T10:42:29+00:00",
           "lunch_at": None,
           "stops": [{"case_id": "G-12", "arrival": "2026-12-02T09:25:00+01:00", "start": "2026-12-02T09:25:00+01:00",
                      "departure": "2026-12-02T09:45:00+01:00", "window": None, "timezone": "Europe/Madrid"},
                     {"case_id": "G-9", "arrival": "2026-12-02T09:00:00+00:00", "start": "2026-12-02T09:00:00+00:00",
                      "departure": "2026-12-02T09:20:00+00:00", "timezone": "Atlantic/Canary",
                      "window": {"start": "2026-12-02T09:00:00+00:00", "end": "2026-12-02T10:00:00+00:00"}}]}
    zone = plan_zone(old, "Europe/Madrid")
    new = in_day_zone(old, zone)
    assert new["timezone"] == "Europe/Madrid" and new["leave_at"] == "2026-12-02T07:54:07+01:00"
    assert [s["start"][11:16] for s in new["stops"]] == ["09:25", "10:00"]  # in order now
    assert new["stops"][1]["window"] == {"start": "2026-12-02T10:00:00+01:00", "end": "2026-12-02T11:00:00+01:00"}
    for a, b in zip(old["stops"], new["stops"]):  # the same instants
        assert datetime.fromisoformat(a["start"]) == datetime.fromisoformat(b["start"])
    assert other_clocks(new, zone) and not other_clocks({"stops": new["stops"][:1]}, zone)
