"""Positions as people type them (BRK14b C, cases/09): one parser for --start/--end, set-home, the
window's start box and case files' lat/lon cells. Never a guess: swapped, out of range, a sign with
a hemisphere letter, a letter on the wrong axis or a text with two readings is refused."""

import pytest

from fieldvisit.domain.cells import position
from fieldvisit.domain.positions import PositionError, parse_coordinate, parse_position
from fieldvisit.services.day_plans import parse_point
from fieldvisit.services.errors import UserError

FIJI = (-16.79, 179.96)


@pytest.mark.parametrize("text", [
    "-16.79,179.96", "-16.79, 179.96", "  -16.79 , 179.96 ", "16.79S 179.96E", "16.79S,179.96E", "16.79 S; 179.96 E",
    "S16.79 E179.96", "s 16.79 e 179.96", "-16.79 179.96", "(-16.79, 179.96)", "[-16.79,179.96]",
    "\u221216.79,179.96", "-16,79;179,96", "-16,79 179,96", "16°47'24\"S 179°57'36\"E",
    "16° 47′ 24″ S, 179° 57′ 36″ E", "16°47.4'S 179°57.6'E", "16 47.4 S 179 57.6 E", "16º47'24''S 179º57'36''E",
])
def test_ways_people_type_one_position(text):
    assert parse_position(text) == FIJI
    assert parse_point(text) == FIJI


def test_western_and_degree_minute_positions():
    assert parse_position("16°47'S 179°57'W") == (round(-(16 + 47 / 60), 9), -179.95)
    assert parse_position("40.4N 3.7W") == parse_position("N 40.4 W 3.7") == (40.4, -3.7)
    assert parse_position("-0.5,-78.5") == (-0.5, -78.5)


@pytest.mark.parametrize("text", [
    "179.96,-16.79",      # swapped: refused, never swapped back
    "95,10", "10,190", "nan,inf", "abc", "", "-9",
    "-16.79,179.96,5",    # three numbers
    "-16.79S,179.96",     # a sign and a hemisphere letter
    "16.79E,179.96N",     # letters on the wrong axes
    "16°60'S 179°57'E",   # 60 minutes
    "16 47 179 57",       # bare numbers are not degrees and minutes
])
def test_not_a_position_is_one_sentence(text):
    with pytest.raises(PositionError, match="is not a position"):
        parse_position(text)
    with pytest.raises(UserError, match=r"is not a position; write it as LAT,LON"):
        parse_point(text)


@pytest.mark.parametrize("text", ["16,79,179,96", "10 20 30 40", "10°20' 30 40"])
def test_two_readings_are_refused_never_guessed(text):
    with pytest.raises(PositionError):
        parse_position(text)
    with pytest.raises(UserError) as err:
        parse_point(text)
    assert "\n" not in str(err.value)


def test_ambiguous_text_says_so():
    with pytest.raises(UserError, match="more than one position"):
        parse_point("10° 5,5")  # 10°, 5.5 or 10°05', 5: more than one reading


@pytest.mark.parametrize(("text", "axis", "value"), [
    ("16.81S", "lat", -16.81), ("179.97W", "lon", -179.97), ("16°49'S", "lat", round(-(16 + 49 / 60), 9)),
    ("\u221216,83", "lat", -16.83), ("N 40.5", "lat", 40.5), ("3°42'W", "lon", -3.7),
])
def test_one_coordinate(text, axis, value):
    assert parse_coordinate(text, axis) == value


@pytest.mark.parametrize(("text", "axis"), [("16.81E", "lat"), ("179.97N", "lon"), ("95S", "lat"), ("-16S", None)])
def test_one_coordinate_refused(text, axis):
    with pytest.raises(PositionError, match="is not a"):
        parse_coordinate(text, axis)


def test_case_file_cells_as_typed():
    """BRK14b C coords.csv: 16.81S / 179.97W, 16°49'S, −16,83 were rejected as 'not a coordinate'."""
    assert position({"lat": "16.81S", "lon": "179.97W"}, "16.81S", "179.97W", None) == (-16.81, -179.97)
    assert position({"lat": "\u221216,83", "lon": "\u2212179,94"}, "x", "x", True) == (-16.83, -179.94)
    assert position({"lat": "16.81E", "lon": "179.97W"}, "x", "x", None) == ("lat", "'16.81E' is not a coordinate")


@pytest.mark.parametrize(("text", "position"), [
    ("16.79S 179.96E", True), ("(-16.79, 179.96)", True), ("\u221216.79,179.96", True), ("95,3", True),
    ("16°47'24\"S 179°57'36\"E", True), ("Calle de Alcalá 1, Madrid", False), ("Nowhere street 99", False),
])
def test_the_start_box_tells_a_position_from_an_address(text, position):
    """The window's start box: a position is read (and a wrong one explained), an address is geocoded."""
    from fieldvisit.domain.positions import looks_like_position

    assert looks_like_position(text) is position
