"""Latitude and longitude in one column (kind us_headers_dropped: a ``Coordinates`` column was only
kept as information): the header names the pair, each cell is split into lat and lon."""

import pytest

from fieldvisit.domain.columns import canonical_for
from fieldvisit.domain.coordinate_pairs import split_pair
from fieldvisit.services.import_pairs import with_coordinate_pairs


@pytest.mark.parametrize(("text", "pair"), [
    ("40.4168, -3.7038", ("40.4168", "-3.7038")), ("40.4168,-3.7038", ("40.4168", "-3.7038")),
    ("40.4168 -3.7038", ("40.4168", "-3.7038")), ("(40.4168, -3.7038)", ("40.4168", "-3.7038")),
    ("40,4168; -3,7038", ("40,4168", "-3,7038")), ("40,4168,-3,7038", ("40,4168", "-3,7038")),
    ("40,4168 -3,7038", ("40,4168", "-3,7038")), ("４０．４１６８，－３．７０３８", ("40.4168", "-3.7038")),
    ("-23.55|-46.63", ("-23.55", "-46.63")),
])
def test_pairs_as_written(text, pair):
    """Each half as written (a decimal comma kept, so the file's decimal mark is read as it is)."""
    assert split_pair(text) == pair


@pytest.mark.parametrize("text", ["abc", "40.4168", "1,234,567", "40.1, -3.2, 7", "Calle Mayor 1, Madrid"])
def test_not_a_pair(text):
    assert split_pair(text) is None


@pytest.mark.parametrize("header", ["Coordinates", "GPS Coordinates", "Lat/Lng", "Lat, Lon", "Latitude/Longitude",
                                    "Coordenadas", "Coordonnées GPS", "Koordinaten", "经纬度", "坐标"])
def test_pair_headers(header):
    assert canonical_for(header) == "coordinates"


def test_the_splitter_gives_lat_and_lon_and_leaves_other_files_alone():
    plain = lambda values: ({"case_id": values[0], "coordinates": values[1]}, {})  # noqa: E731
    columns = [{"source": "id", "field": "case_id", "action": "map"},
               {"source": "GPS", "field": "coordinates", "action": "map"}]
    split = with_coordinate_pairs(plain, columns)
    assert split(["A", "40.4168, -3.7038"])[0] == {"case_id": "A", "lat": "40.4168", "lon": "-3.7038"}
    assert split(["B", ""])[0] == {"case_id": "B"}  # no place given: the address is geocoded
    assert split(["C", "abc"])[0] == {"case_id": "C", "lat": "abc", "lon": "abc"}  # rejected, naming the cell
    assert with_coordinate_pairs(plain, columns[:1]) is plain  # no pair column: the usual row pays nothing


@pytest.mark.parametrize("header", ["GPS", "GPS Device", "Coordinator", "Coordinación"])
def test_not_a_pair_header(header):
    """A bare "GPS" may be a yes/no or a device: a guess would reject every row; the user maps it."""
    assert canonical_for(header) != "coordinates"
