"""Am/pm (or a part of the day: de la tarde, 下午, 晚上) written on one end of a range only
(BRK16a 2): it covers the other end when that puts the start first, in English, Spanish and
Chinese; a window is the one meant or goes to review, never another one, and a note "clipped to
the lawful visiting hours" never hides a misreading. Read through the parser and the lawful-hours
rule together, as the import reads a row."""

from datetime import date, time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fieldvisit.domain.lawful_windows import within_lawful
from fieldvisit.domain.window_parser import parse_windows
from fieldvisit.domain.windows import Window

TODAY = date(2026, 11, 23)
LAW = (time(8), time(21))
ZONE = "America/New_York"

EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
ES_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado")
ZH_DAYS = ("周一", "周二", "周三", "周四", "周五", "周六")


def read(text):
    parsed = parse_windows(text, ZONE, today=TODAY, lawful=LAW)
    notes: list[str] = []
    kept, problems = within_lawful(parsed.windows, LAW, notes)
    return ([(w.weekdays, w.start_time, w.end_time) for w in kept],
            [str(p) for p in problems] + [str(e) for e in parsed.errors], [str(n) for n in notes])


def days_text(lang, days):
    if lang == "en":
        return "weekdays" if days == (0, 1, 2, 3, 4) else "/".join(EN_DAYS[d] for d in days)
    if lang == "es":
        names = [ES_DAYS[d] for d in days]
        if days == (0, 1, 2, 3, 4):
            return "de lunes a viernes"
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " y " + names[-1]
    return "周一至周五" if days == (0, 1, 2, 3, 4) else "和".join(ZH_DAYS[d] for d in days)


def twelve(minutes, with_minutes):
    """``17:30`` → ``'5:30'`` and whether it is pm."""
    h, m = divmod(minutes, 60)
    h12 = h % 12 or 12
    return (f"{h12}:{m:02d}" if m or with_minutes else str(h12)), h >= 12


def natural(start, end, placement):
    """Whether a person writing the window ``start``-``end`` with am/pm on ``placement`` alone would
    mean it by that text: am/pm on the end covers a start with the same marker, or a start it
    would put after the end ("10:30-1pm"); on the start, the end is the first reading after it."""
    s_pm, e_pm = start >= 720, end >= 720
    if placement == "end":
        return s_pm == e_pm or (not s_pm and e_pm and start + 720 >= end)
    if placement == "start":
        written = (end // 60 % 12 or 12) * 60 + end % 60
        readings = [written] + ([written + 720] if written < 720 else [])
        return min((r for r in readings if r > start), default=None) == end
    return True


EN_MARKS = [("am", "pm"), (" AM", " PM"), ("a.m.", "p.m."), (" a.m.", " p.m.")]
EN_SEPARATORS = ["-", " - ", " to ", "–"]


def en_text(days, a, a_pm, b, b_pm, placement, mark, sep):
    am, pm = EN_MARKS[mark]
    ma = (pm if a_pm else am) if placement in ("both", "start") else ""
    mb = (pm if b_pm else am) if placement in ("both", "end") else ""
    return f"{days_text('en', days)} {a}{ma}{EN_SEPARATORS[sep]}{b}{mb}"


def es_part(minutes, pm, words):
    if words == 0:
        return "pm" if pm else "am"
    if words == 1:
        return " p. m." if pm else " a. m."
    if not pm:
        return " de la mañana"
    return " de la noche" if minutes >= 19 * 60 else " de la tarde"


def es_text(days, start, a, a_pm, end, b, b_pm, placement, words):
    ma = es_part(start, a_pm, words) if placement in ("both", "start") else ""
    mb = es_part(end, b_pm, words) if placement in ("both", "end") else ""
    return f"{days_text('es', days)} de {a}{ma} a {b}{mb}"


def zh_part(minutes):
    return "上午" if minutes < 720 else ("晚上" if minutes >= 18 * 60 else "下午")


def zh_clock(minutes, text, points):
    """``5:30`` or, with points, ``5点半`` / ``5点15分`` / ``5点``."""
    if not points:
        return text
    h, _, m = text.partition(":")
    return f"{h}点" + ("" if not m or m == "00" else "半" if m == "30" else f"{int(m)}分")


def zh_text(days, start, a, end, b, placement, points, word):
    """A part of the day goes before its time; on the start only it covers both (下午5:30到7:30)."""
    pa = zh_part(start) if placement in ("both", "start") else ""
    pb = zh_part(end) if placement in ("both", "end") else ""
    return f"{days_text('zh', days)}{pa}{zh_clock(start, a, points)}{word}{pb}{zh_clock(end, b, points)}"


day_sets = st.lists(st.integers(0, 5), min_size=1, max_size=3, unique=True).map(lambda d: tuple(sorted(d))) | \
    st.just((0, 1, 2, 3, 4))
quarter = st.integers(8 * 4, 21 * 4).map(lambda q: q * 15)  # 08:00-21:00 in quarters of an hour


def check(text, days, start, end):
    kept, problems, _ = read(text)
    meant = [(days, time(start // 60, start % 60), time(end // 60 % 24, end % 60))]
    assert kept == meant or (kept == [] and problems), (text, kept, problems)


@settings(max_examples=400, deadline=None)
@given(days=day_sets, start=quarter, end=quarter, placement=st.sampled_from(["both", "end", "start"]),
       with_minutes=st.booleans(), lang=st.sampled_from(["en", "es", "zh"]), mark=st.integers(0, 3),
       sep=st.integers(0, 3), points=st.booleans())
def test_am_pm_on_either_end_gives_the_window_meant_or_review(days, start, end, placement, with_minutes, lang,
                                                             mark, sep, points):
    assume(start < end and end - start <= 10 * 60 and natural(start, end, placement))
    a, a_pm = twelve(start, with_minutes)
    b, b_pm = twelve(end, with_minutes)
    if lang == "en":
        text = en_text(days, a, a_pm, b, b_pm, placement, mark, sep)
    elif lang == "es":
        text = es_text(days, start, a, a_pm, end, b, b_pm, placement, mark % 3)
    else:
        text = zh_text(days, start, a, end, b, placement, points, ["到", "至", "-", "~"][sep])
    check(text, days, start, end)


@settings(max_examples=200, deadline=None)
@given(days=day_sets, start=st.integers(4 * 4, 23 * 4).map(lambda q: q * 15), length=st.integers(2, 12),
       placement=st.sampled_from(["both", "end", "start"]), lang=st.sampled_from(["en", "es", "zh"]),
       with_minutes=st.booleans())
def test_a_window_partly_outside_the_lawful_hours_is_clipped_only_when_read_right(days, start, length, placement,
                                                                                  lang, with_minutes):
    end = start + length * 30
    assume(end < 24 * 60 and natural(start, end, placement))
    a, a_pm = twelve(start, with_minutes)
    b, b_pm = twelve(end, with_minutes)
    if lang == "en":
        text = en_text(days, a, a_pm, b, b_pm, placement, 0, 0)
    elif lang == "es":
        text = es_text(days, start, a, a_pm, end, b, b_pm, placement, 2)
    else:
        text = zh_text(days, start, a, end, b, placement, False, "到")
    kept, problems, _ = read(text)
    law0, law1 = 8 * 60, 21 * 60
    s, e = max(start, law0), min(end, law1)
    if e <= s:
        assert kept == [] and problems, (text, kept)
    else:
        meant = [(days, time(s // 60, s % 60), time(e // 60, e % 60))]
        assert kept == meant or (kept == [] and problems), (text, kept, problems)


@pytest.mark.parametrize("text, right", [
    # the testers' rows (windows_pm_minutes.csv, windows_pm_minutes_es_zh.csv, windows_en_more.csv W2-11)
    ("weekdays 5:30-7:30pm", [((0, 1, 2, 3, 4), time(17, 30), time(19, 30))]),
    ("5:30-7:30 pm", [(tuple(range(7)), time(17, 30), time(19, 30))]),
    ("Tue 4:15-6:45 PM", [((1,), time(16, 15), time(18, 45))]),
    ("Thu 5:30 - 7:30 p.m.", [((3,), time(17, 30), time(19, 30))]),
    ("Fri 1:30-3pm", [((4,), time(13, 30), time(15))]),
    ("Sat 10:30-11am", [((5,), time(10, 30), time(11))]),
    ("martes de 4:30 a 6:30 pm", [((1,), time(16, 30), time(18, 30))]),
    ("de 5:30 a 7:30 de la tarde", [(tuple(range(7)), time(17, 30), time(19, 30))]),
    ("下午5:30-7:30", [(tuple(range(7)), time(17, 30), time(19, 30))]),
    ("晚上6:30到8:30", [(tuple(range(7)), time(18, 30), time(20, 30))]),
    # variants: the marker on the start only, a part of the day before or after, 点 forms
    ("Mon 5:30pm-7:30", [((0,), time(17, 30), time(19, 30))]),
    ("9am-5:30", [(tuple(range(7)), time(9), time(17, 30))]),
    ("10:30-1pm", [(tuple(range(7)), time(10, 30), time(13))]),
    ("evenings 6:30-8:30", [(tuple(range(7)), time(18, 30), time(20, 30))]),
    ("por la tarde de 4:30 a 6:30", [(tuple(range(7)), time(16, 30), time(18, 30))]),
    ("de 11:30 a 1:30 de la tarde", [(tuple(range(7)), time(11, 30), time(13, 30))]),
    ("5:30到下午7:30", [(tuple(range(7)), time(17, 30), time(19, 30))]),
    ("3点到下午5点", [(tuple(range(7)), time(15), time(17))]),
    ("10点到下午2点", [(tuple(range(7)), time(10), time(14))]),
    ("周二5点半到晚上7点半", [((1,), time(17, 30), time(19, 30))]),
])
def test_tester_rows_and_variants(text, right):
    kept, problems, notes = read(text)
    assert (kept, problems) == (right, []) and not any("clipped" in n for n in notes), (kept, problems, notes)


@pytest.mark.parametrize("text", ["tardes de 10:00 a 13:00", "mañanas de 14:00 a 16:00"])
def test_hours_that_contradict_the_part_of_the_day_go_to_review(text):
    kept, problems, _ = read(text)
    assert kept == [] and "part of the day the text names" in problems[0]


def test_a_clipped_note_never_hides_a_window_read_in_the_morning_against_the_text():
    """The net under the parser: a window the text puts in the afternoon but that starts before the
    lawful hours in the morning is a misreading and goes to review, never clipped into 08:00-18:45."""
    wrong = Window.weekly((1,), time(4, 15), time(18, 45), ZONE, text="Tue 4:15-6:45 PM")
    notes: list[str] = []
    kept, problems = within_lawful([wrong], LAW, notes)
    assert kept == [] and notes == [] and "starts in the morning though the text says afternoon" in str(problems[0])
    early = Window.weekly((1,), time(7), time(19), ZONE, text="Tue 7am-7pm")  # said: clipped as before
    assert within_lawful([early], LAW, notes)[0][0].start_time == time(8)


@pytest.mark.parametrize("text, evening", [("8-10", "20:00-22:00"), ("Mon 7-9", "19:00-21:00"),
                                           ("de 8 a 10", "20:00-22:00"), ("8点到10点", "20:00-22:00"),
                                           ("8:30-10", "20:30-22:00")])
def test_hours_without_am_pm_read_in_the_morning_say_so_when_the_evening_is_lawful_too(text, evening):
    """BRK16a 14: "8-10" is 08:00-10:00 by the documented rule, and the row says so."""
    kept, problems, notes = read(text)
    assert problems == [] and kept[0][1].hour < 12
    assert any("read in the morning as written (no am/pm)" in n and evening in n for n in notes), notes


@pytest.mark.parametrize("text", ["9-11", "08:00-10:00", "8am-10am", "mornings 8-10", "Mon 10-12"])
def test_no_morning_note_when_the_text_says_its_clock_or_the_evening_is_unlawful(text):
    assert not any("read in the morning" in n for n in read(text)[2])


@pytest.mark.parametrize("text, right", [
    ("manhã", (tuple(range(7)), time(9), time(12))),
    ("seg a sex de manhã", ((0, 1, 2, 3, 4), time(9), time(12))),
    ("sáb pela manhã", ((5,), time(9), time(12))),
    ("ter e qui à noite", ((1, 3), time(18), time(21))),
    ("noites", (tuple(range(7)), time(18), time(21))),
    ("seg a sex à tarde", ((0, 1, 2, 3, 4), time(14), time(18))),
    ("das 7 às 9 da noite", (tuple(range(7)), time(19), time(21))),
])
def test_portuguese_parts_of_the_day_read_like_the_spanish(text, right):
    assert read(text)[:2] == ([right], [])
