"""Time zones from state/province names, review for multi-zone countries without one, and
coordinates implausible for the case's country (breaker report 13, findings 8 and 9)."""

from datetime import date

import pytest

from fieldvisit.adapters.geo.zones import ZoneFinder
from fieldvisit.domain.case_places import case_zone, implausible_position
from fieldvisit.domain.country_boxes import countries_at, country_boxes
from fieldvisit.domain.case_rows import RowContext, read_row

FINDER = ZoneFinder()


@pytest.mark.parametrize("country, region, address, zone", [
    ("US", "Texas", "", "America/Chicago"),
    ("US", "TX", "", "America/Chicago"),
    ("US", "new york", "", "America/New_York"),
    ("US", "Arizona", "", "America/Phoenix"),
    ("AU", "New South Wales", "", "Australia/Sydney"),
    ("AU", "WA", "", "Australia/Perth"),
    ("CA", "British Columbia", "", "America/Vancouver"),
    ("CA", "Québec", "", "America/Toronto"),
    ("MX", "Baja California", "", "America/Tijuana"),
    ("MX", "Jalisco", "", "America/Mexico_City"),
    ("BR", "Amazonas", "", "America/Manaus"),
    ("ES", "Canarias", "", "Atlantic/Canary"),
    ("ES", "Las Palmas", "", "Atlantic/Canary"),
    ("ES", "Santa Cruz de Tenerife", "", "Atlantic/Canary"),
    ("ES", "", "Calle León y Castillo 1, Las Palmas de Gran Canaria", "Atlantic/Canary"),
    ("ES", "", "Calle Mayor 5, 38001 Santa Cruz", "Atlantic/Canary"),
    ("ES", "Madrid", "", "Europe/Madrid"),
    ("ES", "", "Calle Mayor 1, 28013 Madrid", "Europe/Madrid"),
    ("CN", "广东", "", "Asia/Shanghai"),
    ("", "广东省", "", "Asia/Shanghai"),
])
def test_zone_from_state_or_province(country, region, address, zone):
    assert case_zone(country, region, address, None, None, FINDER.zone_for, "Etc/UTC") == (zone, None)


@pytest.mark.parametrize("country", ["US", "MX", "CA", "BR", "AU", "RU"])
def test_multi_zone_country_without_state_or_coordinates_goes_to_review(country):
    zone, reason = case_zone(country, "", "Main Street 1", None, None, FINDER.zone_for, "Etc/UTC")
    assert zone == "Etc/UTC" and "several time zones" in reason


def test_coordinates_give_the_zone_of_a_multi_zone_country():
    assert case_zone("US", "", "", 29.76, -95.37, FINDER.zone_for, "Etc/UTC") == ("America/Chicago", None)
    assert case_zone("MX", "", "", 32.52, -117.04, FINDER.zone_for, "Etc/UTC") == ("America/Tijuana", None)


def test_swapped_and_far_coordinates_are_implausible():
    assert "swapped" in implausible_position("ES", -3.70, 40.41)
    assert "far outside" in implausible_position("ES", 48.85, 2.35)  # Paris
    assert implausible_position("ES", 40.41, -3.70) is None
    assert implausible_position("ES", 28.1, -15.4) is None  # Las Palmas
    assert implausible_position("US", 21.3, -157.8) is None  # Honolulu
    assert implausible_position("US", 61.2, -149.9) is None  # Anchorage
    assert implausible_position("XX", 0.0, 0.0) is None  # no box: not checked


@pytest.mark.parametrize("country, lat, lon", [
    ("ES", 35.29, -2.94), ("ES", 35.89, -5.32), ("ES", 39.57, 2.65),  # Melilla, Ceuta, Palma
    ("FR", 16.25, -61.55), ("FR", -20.88, 55.45), ("US", 18.2, -66.5), ("US", 13.47, 144.75),  # overseas
    ("DK", 64.18, -51.7), ("PT", 32.65, -16.91), ("FJ", -17.7, -179.5), ("NZ", -43.5, 172.6),
    ("KE", -1.29, 36.82), ("NG", 6.52, 3.38), ("EG", 30.04, 31.24), ("TR", 41.0, 28.97), ("VN", 21.03, 105.85),
])
def test_every_country_and_its_territories_are_checked_not_only_a_list(country, lat, lon):
    assert implausible_position(country, lat, lon) is None
    assert implausible_position(country, lat + 90 if lat < 0 else lat - 90, lon) is not None  # far away


@pytest.mark.parametrize("country, lat, lon", [("KE", 36.82, -1.29), ("PE", -77.04, -12.05), ("VN", 105.85, 21.03)])
def test_swapped_coordinates_are_named_in_any_country(country, lat, lon):
    assert "swapped" in (implausible_position(country, lat, lon) or "")


def test_the_country_of_a_point_for_a_file_without_a_country_column():
    assert countries_at(40.4, -3.7) == ["ES"]
    assert "KE" in countries_at(-1.29, 36.82)  # and Tanzania's box: overlapping boxes decide nothing
    assert countries_at(0.0, -30.0) == []  # the Atlantic


@pytest.mark.parametrize("country, lat, lon", [
    ("CN", 39.9, 116.4), ("CN", 23.1, 113.3), ("IN", 19.07, 72.88), ("IN", 28.6, 77.2), ("MX", 19.43, -99.13),
    ("MX", 32.52, -117.04), ("GB", 51.5, -0.12), ("FI", 60.17, 24.94), ("BR", -23.55, -46.63), ("AU", -33.87, 151.2),
    ("CA", 49.28, -123.12), ("CO", 4.71, -74.07), ("CL", -33.45, -70.66), ("AR", -34.6, -58.38),
    ("PE", -12.05, -77.04), ("PH", 14.6, 120.98), ("ID", -6.2, 106.8), ("JP", 35.68, 139.69), ("KR", 37.57, 126.98),
    ("PT", 38.72, -9.14), ("FR", 48.85, 2.35), ("DE", 52.52, 13.4), ("IT", 41.9, 12.5), ("HK", 22.3, 114.17),
    ("SG", 1.35, 103.82), ("RU", 55.75, 37.62), ("RU", 43.1, 131.9), ("US", 40.71, -74.0),
])
def test_capitals_and_big_cities_are_inside_their_country(country, lat, lon):
    assert country_boxes(country)
    assert implausible_position(country, lat, lon) is None


def _row(values):
    ctx = RowContext(as_of=date(2026, 11, 23), zone_for=FINDER.zone_for, default_timezone="Etc/UTC",
                     columns=frozenset(values), row_order=True)  # as the import: a US row is month first
    return read_row(values, ctx)


def test_row_with_swapped_coordinates_goes_to_review_and_keeps_no_position():
    result = _row({"case_id": "G-4", "name": "Dan", "lat": "-3.7038", "lon": "40.4168", "country": "ES"})
    assert result.case.lat is None and result.case.lon is None
    assert result.case.timezone == "Europe/Madrid"
    assert [c for c, _ in result.review] == ["lat"]
    assert "lat" not in result.present and "lon" not in result.present


def test_us_row_without_state_sends_its_appointment_to_review():
    result = _row({"case_id": "CU-1", "country": "US", "appointment": "12/01/2026 6pm-8pm"})
    assert result.case.windows == []
    assert {c for c, _ in result.review} == {"timezone", "appointment"}


def test_state_name_places_the_appointment_in_the_state_zone():
    result = _row({"case_id": "ST-1", "country": "US", "region": "Texas", "appointment": "12/01/2026 6pm-8pm"})
    assert result.case.timezone == "America/Chicago" and result.review == []
    assert result.case.windows[0].start.utcoffset().total_seconds() == -6 * 3600
