"""Longitudes on a circle: the frame centre of a set of places and a path drawn the short way."""

from hypothesis import given
from hypothesis import strategies as st

from fieldvisit.domain.longitudes import arc_centre, near, unwrap, wrap

lon = st.floats(min_value=-180, max_value=180, allow_nan=False)


def test_fiji_frame_is_the_island_not_the_world():
    c = arc_centre([179.98, -179.97, -179.95, 179.96])
    assert abs(abs(c) - 180) < 0.05
    assert max(near(x, c) for x in [179.98, -179.97]) - min(near(x, c) for x in [179.98, -179.97]) < 0.1


def test_ordinary_places_keep_their_longitudes():
    assert abs(arc_centre([-3.70, -3.68]) - -3.69) < 1e-9
    assert arc_centre([]) == 0.0


@given(st.lists(lon, min_size=1, max_size=30), st.floats(min_value=-180, max_value=180))
def test_every_place_lies_within_the_shortest_arc(lons, shift):
    """Moving every place by the same angle moves the frame, never widens it."""
    c = arc_centre(lons)
    framed = [near(x, c) for x in lons]
    width = max(framed) - min(framed)
    moved = [wrap(x + shift) for x in lons]
    c2 = arc_centre(moved)
    framed2 = [near(x, c2) for x in moved]
    assert abs((max(framed2) - min(framed2)) - width) < 1e-6
    assert all(abs(x - c) <= 180 + 1e-9 for x in framed)


@given(st.lists(lon, min_size=2, max_size=20), lon)
def test_unwrapped_path_legs_go_the_short_way(lons, ref):
    path = unwrap(lons, ref)
    assert abs(path[0] - ref) <= 180 + 1e-9
    for a, b, raw_a, raw_b in zip(path, path[1:], lons, lons[1:]):
        assert abs(b - a) <= 180 + 1e-9
        assert abs(wrap(b) - wrap(raw_b)) < 1e-6 or abs(abs(wrap(b) - wrap(raw_b)) - 360) < 1e-6
