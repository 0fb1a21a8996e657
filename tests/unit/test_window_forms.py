"""Ways of writing times that were read wrong (BRK13c 2/8): Mexican ``a. m.``, ``24/7``, a window
over midnight, Portuguese range words and days, four-digit times, en dashes."""

from datetime import date, time

import pytest

from fieldvisit.domain.lawful_windows import within_lawful
from fieldvisit.domain.window_parser import parse_windows

TODAY = date(2026, 11, 23)
LAW = (time(8), time(21))
WEEK = (0, 1, 2, 3, 4)
ALL = tuple(range(7))


def read(text, law=LAW):
    parsed = parse_windows(text, "America/Mexico_City", today=TODAY, lawful=law)
    kept, problems = within_lawful(parsed.windows, law)
    return [(w.weekdays, w.start_time, w.end_time) for w in kept], [str(e) for e in parsed.errors] + problems


@pytest.mark.parametrize("text, right", [
    ("9:00 a. m. - 2:00 p. m.", (ALL, time(9), time(14))),  # Mexican Spanish, spaces inside a. m.
    ("lunes a viernes 9:00 a. m. - 2:00 p. m.", (WEEK, time(9), time(14))),
    ("9:00 a. m. - 2:00 p. m.", (ALL, time(9), time(14))),  # no-break spaces
    ("9 a.m.–2 p.m.", (ALL, time(9), time(14))),
    ("24/7", (ALL, time(8), time(21))),  # any time: the lawful hours
    ("24x7", (ALL, time(8), time(21))),
    ("7x24", (ALL, time(8), time(21))),
    ("9h00 às 18h00", (ALL, time(9), time(18))),
    ("das 9h às 18h", (ALL, time(9), time(18))),
    ("seg a sex 9-18", (WEEK, time(9), time(18))),
    ("ter e qui 14h às 17h", ((1, 3), time(14), time(17))),
    ("segunda-feira a sexta-feira das 9h às 12h", (WEEK, time(9), time(12))),
    ("9.00-13.00", (ALL, time(9), time(13))),
    ("09:00 – 13:00", (ALL, time(9), time(13))),
    ("de 9 a 14 hs", (ALL, time(9), time(14))),
    ("0900-1200", (ALL, time(9), time(12))),
    ("Fri 20:00-02:00", ((4,), time(20), time(21))),  # over midnight: the lawful part
])
def test_forms_are_read(text, right):
    assert read(text) == ([right], [])


@pytest.mark.parametrize("text", ["Sat 23:00-02:00", "2026-11-28 23:00-02:00", "Sat 11pm-2am"])
def test_a_window_over_midnight_says_so(text):
    kept, problems = read(text)
    assert kept == [] and len(problems) == 1
    assert "crosses midnight (23:00-02:00) and is outside the lawful visiting hours (08:00-21:00)" in problems[0]


def test_a_window_that_ends_before_it_starts_in_the_day_still_says_so():
    assert "ends before it starts" in read("2026-11-24 16:00-14:00")[1][0]


def test_an_unknown_range_word_is_named():
    problems = read("午後2時から4時")[1]
    assert problems == ["'午後2時から4時': cannot read 'から' between two times; write the range as 14:00-16:00"]


@pytest.mark.parametrize("text, word", [("dalle 9 alle 12", "alle"), ("Mo-Fr 9 bis 12 Uhr", "bis")])
def test_a_range_word_of_another_language_is_named(text, word):
    assert read(text)[1] == [f"{text!r}: cannot read {word!r} between two times; write the range as 14:00-16:00"]
