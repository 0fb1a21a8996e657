"""The free-text appointment parser: every format of the foundation issue, and properties."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvisit.domain.window_parser import (
    WindowParseError, infer_dayfirst, parse_window, parse_windows,
)
from fieldvisit.domain.windows import Place

SH = "Asia/Shanghai"
TODAY = date(2026, 11, 23)


def at(day, hh, mm=0, tz=SH):
    return datetime(2026, 11, day, hh, mm, tzinfo=ZoneInfo(tz))


@pytest.mark.parametrize(("text", "dayfirst", "start", "end"), [
    ("2026-11-24 14:00-16:00", True, at(24, 14), at(24, 16)),
    ("2026/11/24 09:00~11:30", True, at(24, 9), at(24, 11, 30)),
    ("2026年11月25日 15:00-17:00", True, at(25, 15), at(25, 17)),
    ("2026年11月25日 下午3点-5点", True, at(25, 15), at(25, 17)),
    ("25/11/2026 de 16:00 a 18:00", True, at(25, 16), at(25, 18)),
    ("11/24/2026 6pm-8pm", False, at(24, 18), at(24, 20)),
    ("11/24/2026 6pm-8pm", True, at(24, 18), at(24, 20)),  # 24 cannot be a month
    ("Nov 25 2026 9:30am - 11am", True, at(25, 9, 30), at(25, 11)),
    ("25 de noviembre de 2026 16:00-18:00", True, at(25, 16), at(25, 18)),
    ("2026-11-24T14:00/2026-11-24T16:00", True, at(24, 14), at(24, 16)),
    ("2026-11-24T06:00Z/2026-11-24T08:00Z", True, at(24, 14), at(24, 16)),
    ("2026-11-24T14:00/PT90M", True, at(24, 14), at(24, 15, 30)),
    ("tomorrow 14:00-16:00", True, at(24, 14), at(24, 16)),
    ("明天 上午9点半-11点", True, at(24, 9, 30), at(24, 11)),
    ("2026-11-24 11-1pm", True, at(24, 11), at(24, 13)),
    ("24.11.2026 16h-18h", True, at(24, 16), at(24, 18)),
    ("2026-11-24 22:00-24:00", True, at(24, 22), at(25, 0)),
    ("24/11/2026 16:00", True, at(24, 16), at(24, 17)),
    # bare hours: the one reading inside lawful hours (08:00-21:00 by default)
    ("2026-11-24 10-12", True, at(24, 10), at(24, 12)),
    ("el martes 24 de noviembre 16:00-18:00", True, at(24, 16), at(24, 18)),
])
def test_one_off_formats(text, dayfirst, start, end):
    w = parse_window(text, SH, dayfirst=dayfirst, today=TODAY)
    assert (w.start, w.end) == (start, end)
    assert w.start.utcoffset() == timedelta(hours=8)
    assert w.text == text


def test_day_first_versus_month_first_on_ambiguous_dates():
    assert parse_window("05/11/2026 10:00-11:00", SH, dayfirst=True).start.date() == date(2026, 11, 5)
    assert parse_window("05/11/2026 10:00-11:00", SH, dayfirst=False).start.date() == date(2026, 5, 11)


@pytest.mark.parametrize(("text", "days", "start", "end", "place"), [
    ("weekdays 18:00-20:00", (0, 1, 2, 3, 4), time(18), time(20), Place.ANY),
    ("martes 10:00-12:00", (1,), time(10), time(12), Place.ANY),
    ("lunes a viernes 19:00 a 21:00", (0, 1, 2, 3, 4), time(19), time(21), Place.ANY),
    ("sábados 10:00-13:00", (5,), time(10), time(13), Place.ANY),
    ("周二 下午3点-5点", (1,), time(15), time(17), Place.ANY),
    ("在家 工作日 晚上7点-9点", (0, 1, 2, 3, 4), time(19), time(21), Place.HOME),
    ("work: Mon,Wed 12:00-13:00", (0, 2), time(12), time(13), Place.WORK),
    ("Fri-Mon 09:00-10:00", (0, 4, 5, 6), time(9), time(10), Place.ANY),
    ("daily 08:30-09:00", tuple(range(7)), time(8, 30), time(9), Place.ANY),
    ("weekends 10am-1pm", (5, 6), time(10), time(13), Place.ANY),
])
def test_recurring_availability(text, days, start, end, place):
    w = parse_window(text, SH, today=TODAY)
    assert w.recurring
    assert (w.weekdays, w.start_time, w.end_time, w.place) == (days, start, end, place)


def test_recurring_expands_only_on_its_days_in_the_debtors_zone():
    w = parse_window("martes 10:00-12:00", "Europe/Madrid")
    assert w.on(date(2026, 11, 25)) == []
    (start, end), = w.on(date(2026, 11, 24))
    assert start == datetime(2026, 11, 24, 10, tzinfo=ZoneInfo("Europe/Madrid"))
    assert start.utcoffset() == timedelta(hours=1)
    # Across the DST change the wall-clock window stays 10-12 and the offset moves.
    (start, _), = w.on(date(2026, 3, 31))
    assert start.utcoffset() == timedelta(hours=2)


def test_several_windows_and_unreadable_parts_are_reported_not_dropped():
    result = parse_windows("2026-11-24 14:00-16:00; whenever; 2026-11-25 10:00-11:00", SH, today=TODAY)
    assert [w.start.day for w in result.windows] == [24, 25]
    assert len(result.errors) == 1 and "whenever" in result.errors[0]


@pytest.mark.parametrize("text", [
    "whenever", "2026-11-24", "2026-11-24 16:00-14:00", "2026-13-45 10:00-11:00",
    "2026-11-24 25:00-26:00", "funday 10:00-11:00", "M 10:00-12:00",
    "after 10pm", "mornings and evenings",
    "2026-11-24T16:00/2026-11-24T14:00", "2026-11-24Tnope/x",
])
def test_unreadable_windows_raise_a_reason(text):
    with pytest.raises(WindowParseError):
        parse_window(text, SH, today=TODAY)


def test_infer_dayfirst_from_a_file():
    assert infer_dayfirst(["05/11/2026 10:00-11:00", "25/11/2026 10:00-11:00"]) is True
    assert infer_dayfirst(["11/24/2026 6pm-8pm"]) is False
    assert infer_dayfirst(["05/11/2026", None, ""]) is None


ZONES = st.sampled_from(["Asia/Shanghai", "Europe/Madrid", "America/New_York", "Asia/Kolkata",
                         "Europe/London"])
FORMATS = st.sampled_from([
    "{d:%Y-%m-%d} {s:%H:%M}-{e:%H:%M}",
    "{d:%Y/%m/%d} {s:%H:%M}~{e:%H:%M}",
    "{d.year}年{d.month}月{d.day}日 {s:%H:%M}-{e:%H:%M}",
    "{d:%d/%m/%Y} de {s:%H:%M} a {e:%H:%M}",
    "{d:%b} {d.day} {d.year} {s12}-{e12}",
    "{d:%Y-%m-%d}T{s:%H:%M}/{d:%Y-%m-%d}T{e:%H:%M}",
])


def _twelve(t: time) -> str:
    hour = t.hour % 12 or 12
    return f"{hour}:{t.minute:02d}{'pm' if t.hour >= 12 else 'am'}"


@settings(max_examples=300, deadline=None)
@given(day=st.dates(date(2020, 1, 1), date(2035, 12, 31)),
       start_minute=st.integers(0, 23 * 60 - 16), length=st.integers(15, 8 * 60),
       fmt=FORMATS, tz=ZONES)
def test_round_trip_of_generated_windows(day, start_minute, length, fmt, tz):
    end_minute = min(start_minute + length, 23 * 60 + 59)
    s = time(start_minute // 60, start_minute % 60)
    e = time(end_minute // 60, end_minute % 60)
    text = fmt.format(d=day, s=s, e=e, s12=_twelve(s), e12=_twelve(e))
    w = parse_window(text, tz, dayfirst=True, today=date(2026, 1, 1))
    zone = ZoneInfo(tz)
    assert w.start == datetime.combine(day, s, zone)
    assert w.end == datetime.combine(day, e, zone)
    assert w.start.tzinfo is not None and w.end > w.start


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_any_text_parses_or_gives_a_reason(text):
    result = parse_windows(text, "Europe/Madrid", today=date(2026, 1, 1))
    for w in result.windows:
        assert w.recurring or (w.start.tzinfo is not None and w.end > w.start)
    for message in result.errors:
        assert isinstance(message, str) and message
