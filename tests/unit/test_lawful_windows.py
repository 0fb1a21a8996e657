"""Appointment windows meet the lawful visiting hours by one rule on every path (finding 15)."""

from datetime import date, time

import pytest

from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.lawful_windows import within_lawful
from fieldvisit.domain.window_parser import parse_windows
from fieldvisit.services.window_review import read_correction

LAW = (time(9), time(21))
TODAY = date(2026, 11, 23)


def kept(text, law=LAW):
    windows, problems = within_lawful(parse_windows(text, "Europe/Madrid", today=TODAY, lawful=law).windows, law)
    return [((w.start_time or w.start.timetz()).strftime("%H:%M"), (w.end_time or w.end.timetz()).strftime("%H:%M"))
            for w in windows], problems


@pytest.mark.parametrize("text", ["Thu 10pm-11pm", "Mon 12am-1am", "Sat 6am-7am", "Fri 05:30-07:00",
                                  "2026-11-25 22:00-23:00"])
def test_nothing_lawful_left_goes_to_review(text):
    windows, problems = kept(text)
    assert windows == [] and len(problems) == 1 and "outside lawful visiting hours (09:00-21:00)" in problems[0]


@pytest.mark.parametrize("text, span", [
    ("晚上8点-10点", ("20:00", "21:00")),  # clipped to the lawful end
    ("Mon 8:30am-5:30pm", ("09:00", "17:30")),
    ("Fri 5:30-7", ("17:30", "19:00")),  # no am/pm and before dawn as written: the evening
    ("Tue 18:00-20:00", ("18:00", "20:00")),
    ("2026-11-25 20:00-22:00", ("20:00", "21:00")),
])
def test_kept_to_lawful_hours(text, span):
    assert kept(text) == ([span], [])


def test_inconvenient_times_are_taken_as_written():
    parsed = read_correction("Thu 10pm-11pm", "Europe/Madrid", lawful=LAW, today=TODAY, inconvenient=True)
    assert parsed.errors == [] and len(parsed.windows) == 1


def test_review_editor_reads_as_the_import():
    parsed = read_correction("Thu 10pm-11pm", "Europe/Madrid", lawful=LAW, today=TODAY)
    assert parsed.windows == [] and "outside lawful visiting hours" in parsed.errors[0]
    parsed = read_correction("晚上8点-10点", "Europe/Madrid", lawful=LAW, today=TODAY)
    assert parsed.errors == [] and parsed.windows[0].end_time == time(21)


def test_import_row_uses_the_same_rule():
    ctx = RowContext(as_of=TODAY, default_timezone="Europe/Madrid", lawful_for=lambda country: LAW,
                     columns=frozenset({"case_id", "appointment"}))
    result = read_row({"case_id": "W50", "appointment": "Thu 10pm-11pm"}, ctx)
    assert result.case.windows == [] and "outside lawful visiting hours" in result.review[0][1]
    result = read_row({"case_id": "H16", "appointment": "Fri 5:30-7"}, ctx)
    assert result.review == [] and result.case.windows[0].start_time == time(17, 30)
