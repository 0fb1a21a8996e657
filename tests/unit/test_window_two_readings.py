"""BRK17 4: hours without am/pm whose morning reading is mostly outside the lawful hours while the
evening reading fits them (``Thu 6:30-8:30``: 08:00-08:30 left of 06:30-08:30, or 18:30-20:30) go
to review with both readings, never stored as a clipped morning slot. Property-tested over ranges
with and without minutes, in English, Spanish and Chinese, through the parser and the lawful rule."""

from datetime import date, time

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvisit.domain.lawful_windows import within_lawful
from fieldvisit.domain.window_parser import parse_windows

TODAY = date(2026, 11, 23)
FORMS = {"en": "Thu {a}-{b}", "es": "jueves de {a} a {b}", "zh": "周四{a}-{b}"}
laws = st.sampled_from([(time(8), time(21)), (time(9), time(21)), (time(8), time(20)), (time(7), time(22))])


def _hm(m: int) -> str:
    return f"{m // 60}" + (f":{m % 60:02d}" if m % 60 else "")


def _read(text, law):
    parsed = parse_windows(text, "America/New_York", today=TODAY, lawful=law)
    notes: list[str] = []
    kept, problems = within_lawful(parsed.windows, law, notes)
    return [(w.start_time, w.end_time) for w in kept], problems + [str(e) for e in parsed.errors], notes


@settings(max_examples=300, deadline=None)
@given(lang=st.sampled_from(sorted(FORMS)), start=st.integers(6 * 60, 10 * 60 + 45).map(lambda m: m - m % 15),
       length=st.sampled_from([30, 45, 60, 90, 120, 150, 180]), minutes=st.booleans(), law=laws)
def test_a_mostly_unlawful_morning_with_a_lawful_evening_goes_to_review(lang, start, length, minutes, law):
    if not minutes:
        start, length = start - start % 60, max(60, length - length % 60)
    end = start + length
    if end > 12 * 60:
        return
    text = FORMS[lang].format(a=_hm(start), b=_hm(end))
    kept, problems, _ = _read(text, law)
    law0, law1 = law[0].hour * 60, law[1].hour * 60
    lawful_part = max(0, min(end, law1) - max(start, law0))
    evening_fits = law0 <= start + 720 and end + 720 <= law1
    if evening_fits and 0 < 2 * lawful_part < length:
        assert kept == [], (text, law, kept)
        assert len(problems) == 1 and "has no am/pm" in problems[0], (text, problems)
        evening = f"{(start + 720) // 60:02d}:{start % 60:02d}-{(end + 720) // 60:02d}:{end % 60:02d}"
        morning = f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
        assert morning in problems[0] and evening in problems[0], problems
    elif lawful_part:  # at least half lawful, or no lawful evening: the lawful morning part, as before
        assert problems == [] and len(kept) == 1, (text, law, problems)
        assert kept[0][0] >= law[0] and kept[0][1].hour <= 12
    else:
        assert kept == [] and "outside lawful visiting hours" in problems[0], (text, problems)


def test_the_testers_row_and_its_neighbours():
    law = (time(8), time(21))
    kept, problems, notes = _read("Thu 6:30-8:30", law)
    assert kept == [] and notes == [] and problems == [
        "'Thu 6:30-8:30' has no am/pm: in the morning (06:30-08:30) only 08:00-08:30 is within the lawful "
        "visiting hours (08:00-21:00), in the evening it is 18:30-20:30; write the hours meant on the 24-hour "
        "clock, e.g. 18:30-20:30"]
    assert _read("Mon 7-9", law)[0] == [(time(8), time(9))]  # half lawful: clipped, with its notes
    assert _read("Thu 6:30-8:30am", law)[0] == [(time(8), time(8, 30))]  # said am: clipped as written
    assert _read("Thu 18:30-20:30", law)[0] == [(time(18, 30), time(20, 30))]
