"""Hours written without am/pm: a plausible morning time is never moved to the evening (BRK13c 1,
the rule "Morning or evening" of window_phrases). Property tests in English, Spanish and Chinese,
through the parser and the lawful-hours rule together, as the import reads a row."""

from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvisit.domain.lawful_windows import within_lawful
from fieldvisit.domain.window_parser import parse_windows

TODAY = date(2026, 11, 23)
FORMS = {
    "en": "Mon {a}-{b}",
    "es": "lunes de {a} a {b}",
    "zh": "周一{a}点到{b}点",
}


def read(text, law):
    parsed = parse_windows(text, "Europe/Madrid", today=TODAY, lawful=law)
    kept, problems = within_lawful(parsed.windows, law)
    return [(w.start_time, w.end_time) for w in kept], problems + [str(e) for e in parsed.errors]


laws = st.sampled_from([(time(8), time(21)), (time(9), time(21)), (time(8), time(20)), (time(7), time(22))])


@settings(max_examples=150, deadline=None)
@given(lang=st.sampled_from(sorted(FORMS)), start=st.integers(6, 10), length=st.integers(1, 2),
       minutes=st.sampled_from(["", ":30"]), law=laws)
def test_a_morning_time_is_never_moved_to_the_evening(lang, start, length, minutes, law):
    a, b = f"{start}{minutes}", f"{start + length}{minutes}"
    if lang == "zh" and minutes:
        a, b = f"{start}:30", f"{start + length}:30"
        text = f"周一{a}-{b}"
    else:
        text = FORMS[lang].format(a=a, b=b)
    kept, problems = read(text, law)
    for s, e in kept:  # clipped to the lawful hours, still in the morning
        assert s.hour < 12 and e.hour <= 12, (text, law, kept)
        assert s >= law[0]
    if not kept:
        assert any("outside lawful visiting hours" in p or "has no am/pm" in p for p in problems), (text, problems)


@settings(max_examples=100, deadline=None)
@given(lang=st.sampled_from(sorted(FORMS)), start=st.integers(1, 5), length=st.integers(1, 2))
def test_an_hour_no_one_means_in_the_morning_is_the_afternoon_or_evening(lang, start, length):
    law = (time(8), time(21))
    text = FORMS[lang].format(a=start, b=start + length)
    kept, problems = read(text, law)
    assert kept == [(time(start + 12), time(start + length + 12))] and problems == [], (text, kept, problems)


@pytest.mark.parametrize("text, law, right", [
    ("lunes-viernes 7:30-8:30", (time(9), time(21)), None),  # win2 V-27: review, not 19:30-20:30
    ("Mon 7-9", (time(8), time(21)), [(time(8), time(9))]),  # ampm P-2: clipped, not 19-21
    ("Sat 6-8", (time(8), time(21)), None),  # ampm P-3: review, not 18-20
    ("Tue 7:00-8:00", (time(8), time(21)), None),
    ("Fri 5:30-7", (time(8), time(21)), [(time(17, 30), time(19))]),  # nobody means 5:30 am
    ("9-5", (time(8), time(21)), [(time(9), time(17))]),  # an end before its start: the afternoon
    ("de 9 a 2", (time(8), time(21)), [(time(9), time(14))]),
    ("weekdays after 6", (time(8), time(21)), [(time(18), time(21))]),  # a bound: its lawful reading
])
def test_tester_cases(text, law, right):
    kept, problems = read(text, law)
    if right is None:
        assert kept == [] and "outside lawful visiting hours" in problems[0]
    else:
        assert kept == right


@pytest.mark.parametrize("text, right", [
    ("Fri 5:00-7:00", [(time(17), time(19))]),  # ":00" is minutes, not a 24-hour hint
    ("Fri 05:00-07:00", []),  # a leading zero: the 24-hour clock, taken as written
    ("Fri 5h00-7h00", []),  # "h": the 24-hour clock
    ("Fri 5-7 hrs", []),
])
def test_what_says_its_clock(text, right):
    assert read(text, (time(8), time(21)))[0] == right


def test_the_review_of_a_morning_time_says_how_to_write_the_evening():
    assert read("Sat 6-8", (time(8), time(21)))[1] == [
        "'Sat 6-8': outside lawful visiting hours (08:00-21:00); if the evening is meant, write 18:00-20:00"]
    assert read("Sat 6am-8am", (time(8), time(21)))[1] == ["'Sat 6am-8am': outside lawful visiting hours (08:00-21:00)"]
