"""Geocoding with a fake geopy geocoder behind the real adapter: rate limit, persistent cache,
offline queue."""

from types import SimpleNamespace

import pytest
from geopy.exc import GeocoderUnavailable
from geopy.extra.rate_limiter import RateLimiter

from fieldvisit.adapters.geo.geocoding import USER_AGENT, GeopyGeocoder
from fieldvisit.domain.cases import Case
from fieldvisit.services.geocode import geocode_pending
from fieldvisit.services.progress import run


class FakeGeopy:
    def __init__(self, answers=None, offline=False):
        self.calls = []
        self.answers = answers or {}
        self.offline = offline

    def geocode(self, query):
        self.calls.append(query)
        if self.offline:
            raise GeocoderUnavailable("no network")
        hit = self.answers.get(query.split(",")[0])
        return SimpleNamespace(latitude=hit[0], longitude=hit[1], address=query) if hit else None


@pytest.fixture
def virtual_clock(monkeypatch):
    state = {"now": 0.0, "sleeps": []}

    def sleep(self, seconds):
        state["sleeps"].append(seconds)
        state["now"] += seconds

    monkeypatch.setattr(RateLimiter, "_clock", lambda self: state["now"])
    monkeypatch.setattr(RateLimiter, "_sleep", sleep)
    return state


def add_cases(app, *rows):
    with app.uow() as uow:
        uow.cases.add_many([Case(case_id=cid, address=addr, country="ES", timezone="Europe/Madrid")
                            for cid, addr in rows], None)
        uow.commit()


def test_public_nominatim_is_limited_to_one_request_a_second(virtual_clock):
    fake = FakeGeopy({"Calle Mayor 1": (40.41, -3.70)})
    g = GeopyGeocoder(geocoder=fake)
    assert g.min_delay == 1.0 and "FieldVisit" in USER_AGENT
    for _ in range(3):
        g.geocode("Calle Mayor 1, ES")
    assert len(fake.calls) == 3
    assert [round(s, 3) for s in virtual_clock["sleeps"]] == [1.0, 1.0]
    assert GeopyGeocoder(url="http://127.0.0.1:8080/nominatim", geocoder=FakeGeopy()).min_delay == 0.0


def test_geocoding_fills_coordinates_and_caches_every_answer(app, virtual_clock):
    add_cases(app, ("G1", "Calle Mayor 1"), ("G2", "Nowhere 99"), ("G3", "Calle Mayor 1"), ("G4", ""))
    fake = FakeGeopy({"Calle Mayor 1": (40.41, -3.70)})
    summary = run(geocode_pending(app.uow(), GeopyGeocoder(geocoder=fake)))
    assert (summary.geocoded, summary.cached, summary.failed, summary.offline) == (1, 1, 1, False)
    assert fake.calls == ["Calle Mayor 1, ES", "Nowhere 99, ES"]  # G3 came from the cache
    with app.uow() as uow:
        g1, g2 = uow.cases.get("G1"), uow.cases.get("G2")
    assert (g1.lat, g1.lon, g1.geo_status.value) == (40.41, -3.70, "geocoded")
    assert g2.lat is None and g2.geo_status.value == "failed"
    # A new case at a known address (and the unknown one again) sends nothing.
    add_cases(app, ("G5", "Calle Mayor 1"))
    summary = run(geocode_pending(app.uow(), GeopyGeocoder(geocoder=fake)))
    assert summary.cached == 2 and len(fake.calls) == 2


def test_offline_keeps_addresses_in_the_queue(app, virtual_clock):
    add_cases(app, ("O1", "Calle Mayor 1"), ("O2", "Gran Vía 2"))
    summary = run(geocode_pending(app.uow(), GeopyGeocoder(geocoder=FakeGeopy(offline=True))))
    assert summary.offline and summary.pending == 2 and summary.geocoded == 0
    with app.uow() as uow:
        assert {c.case_id for c in uow.cases.needing_position()} == {"O1", "O2"}
        assert uow.cases.get("O1").geo_status.value == "pending"


def test_geocoding_sets_the_time_zone_of_the_place(app, virtual_clock):
    with app.uow() as uow:
        uow.cases.add_many([Case(case_id="US-LA", address="1 Market St", country="US",
                                 timezone="America/New_York")], None)  # a default guess at import
        uow.commit()
    fake = FakeGeopy({"1 Market St": (34.05, -118.24)})
    run(geocode_pending(app.uow(), GeopyGeocoder(geocoder=fake), app.zones))
    with app.uow() as uow:
        assert uow.cases.get("US-LA").timezone == "America/Los_Angeles"


def test_a_case_geocoded_into_another_zone_keeps_its_local_appointment_times(app, virtual_clock):
    """Imported with the workspace's default zone (New York), found in Los Angeles: the debtor's
    "Tue 10:00-12:00" and their one-off 14:00-16:00 stay those wall-clock times, in LA's zone."""
    from datetime import datetime, time
    from zoneinfo import ZoneInfo

    from fieldvisit.domain.windows import Window

    ny = ZoneInfo("America/New_York")
    with app.uow() as uow:
        uow.cases.add_many([Case(case_id="US-LA", address="1 Market St", country="US", timezone="America/New_York",
                                 windows=[Window("America/New_York", weekdays=(1,), start_time=time(10),
                                                 end_time=time(12)),
                                          Window.once(datetime(2026, 12, 3, 14, tzinfo=ny),
                                                      datetime(2026, 12, 3, 16, tzinfo=ny))])], None)
        uow.commit()
    run(geocode_pending(app.uow(), GeopyGeocoder(geocoder=FakeGeopy({"1 Market St": (34.05, -118.24)})), app.zones))
    with app.uow() as uow:
        case = uow.cases.get("US-LA")
    la = ZoneInfo("America/Los_Angeles")
    weekly, once = sorted(case.windows, key=lambda w: w.start is not None)
    assert (weekly.tz, weekly.weekdays, weekly.start_time, weekly.end_time) == ("America/Los_Angeles", (1,), time(10),
                                                                                time(12))
    assert once.tz == "America/Los_Angeles"
    assert once.start == datetime(2026, 12, 3, 14, tzinfo=la) and once.end == datetime(2026, 12, 3, 16, tzinfo=la)
