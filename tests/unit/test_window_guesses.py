"""Appointment texts that say less than a window (BRK15 #10): a time with no day and no end is
asked, never guessed into a weekly hour; the review message quotes the text as written, never
what is left of it once the time is taken out."""

from datetime import date

import pytest

from fieldvisit.domain.window_parser import parse_windows

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("text", ["15:00", "at 3pm", "a las 17:00", "6pm", "17h", "por la tarde a las 5", "16:30"])
def test_a_time_alone_goes_to_review(text):
    parsed = parse_windows(text, "Europe/Madrid", today=TODAY)
    assert parsed.windows == [] and len(parsed.errors) == 1
    assert "a time alone says no day and no end" in parsed.errors[0]


@pytest.mark.parametrize(("text", "read"), [
    ("martes a las 17:00", "Tue 17:00–18:00"),
    ("martes, 1 de diciembre, a las 17:00", "Tue 01 Dec 17:00–18:00"),
    ("2026-12-02 15:00", "Wed 02 Dec 15:00–16:00"),
    ("after 6pm", "daily 18:00–21:00"),
    ("15:00-17:00", "daily 15:00–17:00"),
])
def test_a_time_with_a_day_a_date_or_an_end_is_read(text, read):
    parsed = parse_windows(text, "Europe/Madrid", today=TODAY)
    assert parsed.errors == [] and [w.describe() for w in parsed.windows] == [read]


@pytest.mark.parametrize(("text", "zone"), [
    ("平日18時以降", "Asia/Tokyo"), ("Mon 10-12 blah", "Europe/Madrid"), ("not Sundays", "America/New_York"),
    ("週末は18時以降", "Asia/Tokyo"),
])
def test_the_review_message_quotes_the_text_as_written(text, zone):
    parsed = parse_windows(text, zone, today=TODAY)
    assert parsed.windows == [] and len(parsed.errors) == 1
    error = parsed.errors[0]
    assert error.startswith(f"{text!r}: ") and repr(text) in error[len(repr(text)) + 2:]
    assert "平日 以降" not in error and "'mon blah'" not in error
