"""The coordinates of a file tell its country wherever countries' bounding boxes overlap (BRK16a
failure 7: Chicago, Seattle, Detroit and Boston lie in Canada's box too, and gave no country):
the capital and a few big cities of many countries give their country, and with it the date
order (Quito's 03/04/2026 is 3 April; USD alone decides nothing)."""

from __future__ import annotations

from datetime import date

import pytest

from fieldvisit.adapters.geo.zones import ZoneFinder
from fieldvisit.domain.conventions import decide_conventions

AS_OF = date(2026, 11, 23)
ZONES = ZoneFinder()


def zone_at(lat, lon):
    return ZONES.zone_for("", lat, lon)


#: (city, lat, lon, ISO country): capitals and big cities, many near a border or in a box that
#: overlaps a neighbour's.
CITIES = [
    ("Chicago", 41.8781, -87.6298, "US"), ("Seattle", 47.6062, -122.3321, "US"), ("Detroit", 42.3314, -83.0458, "US"),
    ("Boston", 42.3601, -71.0589, "US"), ("New York", 40.7128, -74.0060, "US"), ("Minneapolis", 44.9778, -93.2650, "US"),
    ("Buffalo", 42.8864, -78.8784, "US"), ("Anchorage", 61.2181, -149.9003, "US"), ("Honolulu", 21.3069, -157.8583, "US"),
    ("El Paso", 31.7619, -106.4850, "US"), ("San Diego", 32.7157, -117.1611, "US"), ("Washington", 38.9072, -77.0369, "US"),
    ("Toronto", 43.6532, -79.3832, "CA"), ("Windsor", 42.3149, -83.0364, "CA"), ("Vancouver", 49.2827, -123.1207, "CA"),
    ("Montreal", 45.5017, -73.5673, "CA"), ("Ottawa", 45.4215, -75.6972, "CA"),
    ("Mexico City", 19.4326, -99.1332, "MX"), ("Monterrey", 25.6866, -100.3161, "MX"), ("Tijuana", 32.5149, -117.0382, "MX"),
    ("Ciudad Juarez", 31.6904, -106.4245, "MX"), ("Guadalajara", 20.6597, -103.3496, "MX"),
    ("Guatemala City", 14.6349, -90.5069, "GT"), ("San Salvador", 13.6929, -89.2182, "SV"),
    ("Panama City", 8.9824, -79.5199, "PA"), ("San Jose CR", 9.9281, -84.0907, "CR"), ("Bogota", 4.7110, -74.0721, "CO"),
    ("Medellin", 6.2442, -75.5812, "CO"), ("Quito", -0.1807, -78.4678, "EC"), ("Guayaquil", -2.1700, -79.9224, "EC"),
    ("Lima", -12.0464, -77.0428, "PE"), ("Santiago", -33.4489, -70.6693, "CL"), ("Buenos Aires", -34.6037, -58.3816, "AR"),
    ("Montevideo", -34.9011, -56.1645, "UY"), ("Sao Paulo", -23.5505, -46.6333, "BR"), ("Rio de Janeiro", -22.9068, -43.1729, "BR"),
    ("Caracas", 10.4806, -66.9036, "VE"), ("La Paz", -16.4897, -68.1193, "BO"), ("Asuncion", -25.2637, -57.5759, "PY"),
    ("Santo Domingo", 18.4861, -69.9312, "DO"), ("San Juan", 18.4655, -66.1057, "PR"),
    ("Madrid", 40.4168, -3.7038, "ES"), ("Barcelona", 41.3874, 2.1686, "ES"), ("Lisbon", 38.7223, -9.1393, "PT"),
    ("Porto", 41.1579, -8.6291, "PT"), ("Paris", 48.8566, 2.3522, "FR"), ("Lyon", 45.7640, 4.8357, "FR"),
    ("Strasbourg", 48.5734, 7.7521, "FR"), ("Geneva", 46.2044, 6.1432, "CH"), ("Zurich", 47.3769, 8.5417, "CH"),
    ("Berlin", 52.5200, 13.4050, "DE"), ("Munich", 48.1351, 11.5820, "DE"), ("Stuttgart", 48.7758, 9.1829, "DE"),
    ("Vienna", 48.2082, 16.3738, "AT"), ("Brussels", 50.8503, 4.3517, "BE"), ("Amsterdam", 52.3676, 4.9041, "NL"),
    ("Luxembourg", 49.6116, 6.1319, "LU"), ("Rome", 41.9028, 12.4964, "IT"), ("Milan", 45.4642, 9.1900, "IT"),
    ("London", 51.5074, -0.1278, "GB"), ("Dublin", 53.3498, -6.2603, "IE"), ("Copenhagen", 55.6761, 12.5683, "DK"),
    ("Stockholm", 59.3293, 18.0686, "SE"), ("Oslo", 59.9139, 10.7522, "NO"), ("Helsinki", 60.1699, 24.9384, "FI"),
    ("Warsaw", 52.2297, 21.0122, "PL"), ("Prague", 50.0755, 14.4378, "CZ"), ("Budapest", 47.4979, 19.0402, "HU"),
    ("Athens", 37.9838, 23.7275, "GR"), ("Istanbul", 41.0082, 28.9784, "TR"), ("Kyiv", 50.4501, 30.5234, "UA"),
    ("Moscow", 55.7558, 37.6173, "RU"), ("Cairo", 30.0444, 31.2357, "EG"), ("Lagos", 6.5244, 3.3792, "NG"),
    ("Nairobi", -1.2921, 36.8219, "KE"), ("Johannesburg", -26.2041, 28.0473, "ZA"), ("Casablanca", 33.5731, -7.5898, "MA"),
    ("Dakar", 14.7167, -17.4677, "SN"), ("Abidjan", 5.3600, -4.0083, "CI"),
    ("Delhi", 28.7041, 77.1025, "IN"), ("Mumbai", 19.0760, 72.8777, "IN"), ("Karachi", 24.8607, 67.0011, "PK"),
    ("Dhaka", 23.8103, 90.4125, "BD"), ("Beijing", 39.9042, 116.4074, "CN"), ("Shanghai", 31.2304, 121.4737, "CN"),
    ("Shenzhen", 22.5431, 114.0579, "CN"), ("Hong Kong", 22.3193, 114.1694, "HK"), ("Taipei", 25.0330, 121.5654, "TW"),
    ("Tokyo", 35.6762, 139.6503, "JP"), ("Osaka", 34.6937, 135.5023, "JP"), ("Seoul", 37.5665, 126.9780, "KR"),
    ("Manila", 14.5995, 120.9842, "PH"), ("Jakarta", -6.2088, 106.8456, "ID"), ("Singapore", 1.3521, 103.8198, "SG"),
    ("Kuala Lumpur", 3.1390, 101.6869, "MY"), ("Bangkok", 13.7563, 100.5018, "TH"),
    ("Sydney", -33.8688, 151.2093, "AU"), ("Melbourne", -37.8136, 144.9631, "AU"), ("Auckland", -36.8485, 174.7633, "NZ"),
    ("Dili", -8.5569, 125.5603, "TL"), ("Vientiane", 17.9757, 102.6331, "LA"), ("Phnom Penh", 11.5564, 104.9282, "KH"),
    ("Bratislava", 48.1486, 17.1077, "SK"), ("Ljubljana", 46.0569, 14.5058, "SI"), ("Sarajevo", 43.8563, 18.4131, "BA"),
    ("Monaco", 43.7384, 7.4246, "MC"), ("Vaduz", 47.1410, 9.5209, "LI"), ("Andorra la Vella", 42.5063, 1.5218, "AD"),
    ("Niamey", 13.5116, 2.1254, "NE"), ("Kinshasa", -4.4419, 15.2663, "CD"), ("Brazzaville", -4.2634, 15.2429, "CG"),
    ("Dubai", 25.2048, 55.2708, "AE"), ("Doha", 25.2854, 51.5310, "QA"), ("Kuwait City", 29.3759, 47.9774, "KW"),
    ("Nassau", 25.0443, -77.3504, "BS"),
]


@pytest.mark.parametrize("city,lat,lon,country", CITIES, ids=[c[0] for c in CITIES])
def test_the_coordinates_of_a_big_city_give_its_country(city, lat, lon, country):
    rows = [{"case_id": "A", "lat": f"{lat}", "lon": f"{lon}"},
            {"case_id": "B", "lat": f"{lat + 0.002:.4f}", "lon": f"{lon - 0.002:.4f}"}]
    c = decide_conventions(rows, as_of=AS_OF, zone_at=zone_at)
    assert c.country == country, (city, c.evidence)


def test_without_a_zone_finder_overlapping_boxes_give_no_country():
    rows = [{"case_id": "A", "lat": "41.8781", "lon": "-87.6298"}]  # Chicago: US and Canada's boxes
    assert decide_conventions(rows, as_of=AS_OF).country == ""


def test_a_zone_neighbours_share_where_their_boxes_overlap_gives_no_country_never_a_guess():
    rows = [{"case_id": "A", "lat": "21.0278", "lon": "105.8342"}]  # Hanoi: Asia/Bangkok, in Laos's box too
    c = decide_conventions(rows, as_of=AS_OF, zone_at=zone_at)
    assert c.country == "" and c.dayfirst is None


def test_a_file_of_cities_in_two_countries_names_neither():
    rows = [{"case_id": f"A{i}", "lat": "41.8781", "lon": "-87.6298"} for i in range(5)] + \
           [{"case_id": f"B{i}", "lat": "43.6532", "lon": "-79.3832"} for i in range(5)]
    assert decide_conventions(rows, as_of=AS_OF, zone_at=zone_at).country == ""


def test_each_distinct_point_asks_the_zone_once():
    asked = []

    def counting(lat, lon):
        asked.append((lat, lon))
        return zone_at(lat, lon)

    rows = [{"case_id": str(i), "lat": "41.8781", "lon": "-87.6298"} for i in range(500)]
    assert decide_conventions(rows, as_of=AS_OF, zone_at=counting).country == "US"
    assert len(asked) == 1


@pytest.mark.parametrize("lat,lon,country,dayfirst", [
    (-0.1807, -78.4678, "EC", True),  # Quito: day first, in USD
    (41.8781, -87.6298, "US", False),  # Chicago: month first
    (8.9824, -79.5199, "PA", None),  # Panama: CLDR writes M/d/y or d/m/y? whatever it says, not the currency
])
def test_the_coordinates_country_decides_the_order_whatever_the_currency(lat, lon, country, dayfirst):
    rows = [{"case_id": "A", "lat": str(lat), "lon": str(lon), "balance": "10.00", "currency": "USD",
             "due_date": "03/04/2026"}]
    c = decide_conventions(rows, as_of=AS_OF, zone_at=zone_at)
    assert c.country == country and c.currency == "USD"
    if dayfirst is not None:
        assert c.dayfirst is dayfirst


@pytest.mark.parametrize("currency", ["USD", "EUR", "XOF", "XAF"])
def test_a_currency_of_several_countries_never_decides_the_date_order(currency):
    rows = [{"case_id": "A", "balance": "10.00", "currency": currency, "due_date": "03/04/2026"},
            {"case_id": "B", "balance": "20.00", "currency": currency, "due_date": "05/06/2026"}]
    c = decide_conventions(rows, as_of=AS_OF)
    assert c.dayfirst is None and c.country == "", c.evidence
    assert not any(currency in e and "first" in e for e in c.evidence)


@pytest.mark.parametrize("zone,country", [("America/Chicago", "US"), ("US/Eastern", "US"), ("Europe/Berlin", "DE"),
                                          ("America/Guayaquil", "EC"), ("Asia/Calcutta", "IN"),
                                          ("America/El_Salvador", "SV"), ("Africa/Dakar", "SN")])
def test_a_time_zone_column_of_any_country_gives_it(zone, country):
    rows = [{"case_id": "A", "timezone": zone}, {"case_id": "B", "timezone": zone}]
    assert decide_conventions(rows, as_of=AS_OF).country == country
