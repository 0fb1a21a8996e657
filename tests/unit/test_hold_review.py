"""The answers a person gives to the review items that hold a case (unclear condition cells, an
undecided time zone, implausible coordinates), and the note of an appointment clipped to the
lawful hours (issue 13 leftover: never a silent guess, never a silent change)."""

from datetime import date, time

import pytest

from fieldvisit.domain.case_places import case_zone, zone_undecided
from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.cases import Case, Flag
from fieldvisit.domain.flag_columns import read_flag_cells
from fieldvisit.domain.hold_review import (
    AS_WRITTEN, GEOCODE, SWAPPED, HoldReviewError, flag_candidates, hold_flag, position_of, read_flag_answer,
    read_position_answer, read_zone, review_kind, review_text, zone_candidates,
)
from fieldvisit.domain.lawful_windows import within_lawful
from fieldvisit.domain.window_parser import parse_windows

AS_OF = date(2026, 11, 23)


def test_kinds_of_columns():
    assert [review_kind(c) for c in ("flag:deceased", "flag:*", "flags", "timezone", "lat", "balance",
                                     "appointment")] == ["flag", "flag", "flag", "timezone", "position", "", ""]
    assert hold_flag("flag:deceased") is Flag.DECEASED and hold_flag("flag:*") is Flag.DO_NOT_VISIT
    assert hold_flag("flags") is Flag.DO_NOT_VISIT


@pytest.mark.parametrize(("column", "text", "flags"), [
    ("flag:deceased", "yes", {Flag.DECEASED}),
    ("flag:deceased", "No", set()),
    ("flag:deceased", "none", set()),
    ("flag:deceased", "deceased", {Flag.DECEASED}),
    ("flag:*", "dispute", {Flag.DISPUTE}),
    ("flag:*", "fallecido, abogado", {Flag.DECEASED, Flag.LAWYER}),
    ("flag:*", "ninguno", set()),
    ("flags", "legal hold", {Flag.LEGAL_HOLD}),
])
def test_a_flag_answer_names_the_flags_the_cell_means(column, text, flags):
    assert read_flag_answer(column, text) == flags


@pytest.mark.parametrize(("column", "text"), [("flag:deceased", ""), ("flag:*", "perhaps"), ("flag:*", "yes")])
def test_a_flag_answer_that_names_nothing_is_refused(column, text):
    with pytest.raises(HoldReviewError):
        read_flag_answer(column, text)


def test_flag_candidates():
    assert flag_candidates("flag:deceased", "maybe") == ["deceased", "none"]
    assert flag_candidates("flag:*", "abogado, dispite") == ["dispute", "none"]
    assert flag_candidates("flag:*", "zzz") == ["none"]


def test_zones():
    assert read_zone(" america/chicago ") == "America/Chicago"
    assert read_zone("America/Los Angeles") == "America/Los_Angeles"
    for bad in ("", "Chicago", "US/Nowhere"):
        with pytest.raises(HoldReviewError):
            read_zone(bad)
    assert zone_candidates("US")[:4] == ["America/New_York", "America/Chicago", "America/Denver",
                                         "America/Los_Angeles"]
    assert "America/Mexico_City" in zone_candidates("MX")


def test_position_answers():
    assert read_position_answer("As written") == AS_WRITTEN
    assert read_position_answer("swap") == SWAPPED
    assert read_position_answer("leave out") == GEOCODE
    with pytest.raises(HoldReviewError):
        read_position_answer("maybe")
    assert position_of("-3.7038, 40.4168", SWAPPED) == (40.4168, -3.7038)
    assert position_of("-3.7038, 40.4168", AS_WRITTEN) == (-3.7038, 40.4168)
    assert position_of("-3.7038, 40.4168", GEOCODE) is None
    with pytest.raises(HoldReviewError):
        position_of("10.0, 120.0", SWAPPED)  # latitude 120 is no place


def test_the_item_text_of_coordinates_and_zones():
    case = Case(case_id="A", name="a", address="1 Main St, Springfield", country="US")
    assert review_text("lat", {"lat": "-3,7038", "lon": "40,4168"}, case, decimal_comma=True) == "-3.7038, 40.4168"
    assert review_text("timezone", {}, case) == "1 Main St, Springfield (US)"
    assert review_text("flag:deceased", {"flag:deceased": " maybe "}, case) == "maybe"


def test_the_zone_reason_is_recognised():
    _, reason = case_zone("US", "", "1 Main St", None, None, lambda *a: None, "Etc/UTC")
    assert reason and zone_undecided(reason)
    assert not zone_undecided("outside lawful visiting hours (09:00-21:00)")


def test_a_reading_says_which_flag_columns_were_not_blank():
    reading = read_flag_cells({"flag:deceased": "maybe", "flag:*": "", "flag:lawyer": "N"},
                              {"flag:deceased": "Deceased", "flag:*": "Bloqueos", "flag:lawyer": "Abogado"})
    assert reading.said == {"flag:deceased", "flag:lawyer"}


def test_a_window_clipped_to_the_lawful_hours_gets_a_note():
    parsed = parse_windows("06:00-23:00", "Europe/Madrid", dayfirst=True, today=AS_OF, lawful=(time(9), time(21)))
    notes: list[str] = []
    kept, problems = within_lawful(parsed.windows, (time(9), time(21)), notes)
    assert (kept[0].start_time, kept[0].end_time) == (time(9), time(21)) and problems == []
    assert notes == ["'06:00-23:00' clipped to the lawful visiting hours (09:00-21:00): daily 09:00–21:00"]
    notes.clear()
    within_lawful(parse_windows("Tue 10:00-12:00", "Europe/Madrid", today=AS_OF).windows, (time(9), time(21)), notes)
    assert notes == []  # inside the hours: nothing to say


def test_the_row_carries_the_clipping_note():
    ctx = RowContext(as_of=AS_OF, lawful_for=lambda country: (time(9), time(21)))
    result = read_row({"case_id": "A4", "name": "Dan", "country": "ES", "balance": "100",
                       "appointment": "06:00-23:00"}, ctx)
    assert result.review == []
    assert result.notes == [("appointment", "'06:00-23:00' clipped to the lawful visiting hours (09:00-21:00): "
                                            "daily 09:00–21:00")]


def test_a_window_read_in_the_evening_gets_a_note():
    notes: list[str] = []
    parsed = parse_windows("Fri 5:30-7", "Europe/Madrid", today=AS_OF, lawful=(time(9), time(21)))
    kept, _ = within_lawful(parsed.windows, (time(9), time(21)), notes)
    assert (kept[0].start_time, kept[0].end_time) == (time(17, 30), time(19))
    assert notes == ["'Fri 5:30-7' read in the afternoon or evening (no am/pm, and the morning is outside the "
                     "lawful visiting hours): Fri 17:30–19:00"]
