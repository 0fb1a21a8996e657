"""Classes of vague appointment texts read with their documented meanings (window_phrases), in
English, Spanish and Chinese, clipped to the rule set's lawful hours (issue 13, item 6): noon as a
time in ranges (``noon-2pm``, ``mediodía a 14h``, ``中午12点到2点``), "before X" from the lawful start
(``any weekday before noon``, ``工作日中午前``), two parts of the day joined (``mañana y tarde`` → one
window each, touching parts merged), early/late parts, lunch and work as points of the day.
Contradictory texts still go to review."""

from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvisit.domain.window_parser import WindowParseError, parse_window, parse_windows

MADRID = "Europe/Madrid"
TODAY = date(2026, 11, 23)
WEEK = (0, 1, 2, 3, 4)
ALL = tuple(range(7))
ES_LAWFUL = (time(9), time(21))


def read(text, lawful=ES_LAWFUL):
    parsed = parse_windows(text, MADRID, today=TODAY, lawful=lawful)
    assert parsed.errors == [], (text, parsed.errors)
    assert all(w.recurring for w in parsed.windows), text
    return [(w.weekdays, w.start_time, w.end_time) for w in parsed.windows]


@pytest.mark.parametrize(("text", "right"), [
    # noon as a time word in ranges
    ("noon-2pm", [(ALL, time(12), time(14))]),
    ("12pm-2pm", [(ALL, time(12), time(14))]),
    ("12 noon - 2pm", [(ALL, time(12), time(14))]),
    ("noon to 2 on weekdays", [(WEEK, time(12), time(14))]),
    ("10am-noon", [(ALL, time(10), time(12))]),
    ("mediodía a 14h", [(ALL, time(12), time(14))]),
    ("de 10 a mediodía", [(ALL, time(10), time(12))]),
    ("中午12点到2点", [(ALL, time(12), time(14))]),
    ("10点到中午", [(ALL, time(10), time(12))]),
    # before X: from the start of the lawful hours
    ("any weekday before noon", [(WEEK, time(9), time(12))]),
    ("weekdays before 10", [(WEEK, time(9), time(10))]),
    ("entre semana antes de las 12", [(WEEK, time(9), time(12))]),
    ("antes del mediodía", [(ALL, time(9), time(12))]),
    ("工作日中午前", [(WEEK, time(9), time(12))]),
    ("周一至周五中午以前", [(WEEK, time(9), time(12))]),
    # two parts of the day joined: one window each; parts that touch make one
    ("mañana y tarde", [(ALL, time(9), time(12)), (ALL, time(14), time(18))]),
    ("morning and afternoon", [(ALL, time(9), time(12)), (ALL, time(14), time(18))]),
    ("上午和下午", [(ALL, time(9), time(12)), (ALL, time(14), time(18))]),
    ("martes y jueves mañana y tarde", [((1, 3), time(9), time(12)), ((1, 3), time(14), time(18))]),
    ("Mon-Fri mornings or evenings", [(WEEK, time(9), time(12)), (WEEK, time(18), time(21))]),
    ("afternoon & evening", [(ALL, time(14), time(21))]),
    ("tarde y noche", [(ALL, time(14), time(21))]),
    # early / late parts, lunch and work
    ("early morning", [(ALL, time(9), time(10))]),  # 08:00-10:00 clipped to the lawful 09:00
    ("late afternoon", [(ALL, time(16), time(18))]),
    ("a última hora de la tarde", [(ALL, time(16), time(18))]),
    ("primera hora de la tarde", [(ALL, time(14), time(16))]),
    ("下午晚些时候", [(ALL, time(16), time(18))]),
    ("一大早", [(ALL, time(9), time(10))]),
    ("after lunch", [(ALL, time(14), time(21))]),
    ("Mon-Fri después de comer", [(WEEK, time(14), time(21))]),
    ("午饭后", [(ALL, time(14), time(21))]),
    ("after work", [(ALL, time(18), time(21))]),
    ("下班后", [(ALL, time(18), time(21))]),
    # days, dashes, dots and widths already read: kept so they stay read
    ("evenings except Friday", [((0, 1, 2, 3, 5, 6), time(18), time(21))]),
    ("todos los días", [(ALL, time(9), time(21))]),
    ("fines de semana", [((5, 6), time(9), time(21))]),
    ("每天", [(ALL, time(9), time(21))]),
    ("周一~周五 9:00-17:00", [(WEEK, time(9), time(17))]),
    ("星期一到星期五 14h30-16h", [(WEEK, time(14, 30), time(16))]),
    ("9 a.m. – 5 p.m.", [(ALL, time(9), time(17))]),
    ("周六 １０点到１２点", [((5,), time(10), time(12))]),
    ("１０：００～１２：００", [(ALL, time(10), time(12))]),
])
def test_vague_classes_as_written(text, right):
    assert read(text) == right


def test_lawful_hours_clip_every_part():
    assert read("early morning", (time(8), time(21))) == [(ALL, time(8), time(10))]
    assert read("morning and afternoon", (time(10), time(17))) == [(ALL, time(10), time(12)),
                                                                  (ALL, time(14), time(17))]
    assert read("any weekday before noon", (time(8), time(22))) == [(WEEK, time(8), time(12))]


@pytest.mark.parametrize("text", [
    "mornings but not afternoons",  # a refusal beside a part of the day
    "weekday mornings and weekend afternoons",  # which days go with which part? not guessed
    "morning and afternoon 10-12",  # parts of the day and a clock time
    "mañana no, tarde sí",
    "before noon after 3pm",
    "late evening",  # 20:00-22:00 with lawful hours ending at 20:00: nothing left
])
def test_contradictory_or_unreadable_texts_still_go_to_review(text):
    parsed = parse_windows(text, MADRID, today=TODAY, lawful=(time(9), time(20)))
    assert parsed.windows == [] and len(parsed.errors) == 1, text


def test_one_day_part_alone_is_one_window_and_tomorrow_stays_tomorrow():
    w = parse_window("mañana por la tarde", MADRID, today=TODAY)  # tomorrow afternoon, not "morning and"
    assert not w.recurring and w.start.date() == date(2026, 11, 24) and w.start.time() == time(14)
    assert read("at noon on Fridays") == [((4,), time(12), time(14))]  # noon alone: the midday period


# ---- property: random days, lawful hours and classes, rendered in each language -------------

DAYS = {
    "en": {WEEK: ("weekdays", "any weekday", "Mon-Fri", "Monday to Friday"), (5, 6): ("weekends",),
           ALL: ("every day", "daily"), (1, 3): ("Tue and Thu", "Tuesdays & Thursdays"), (5,): ("Sat",)},
    "es": {WEEK: ("entre semana", "de lunes a viernes", "L-V"), (5, 6): ("fines de semana",),
           ALL: ("todos los días",), (1, 3): ("martes y jueves",), (5,): ("sábados",)},
    "zh": {WEEK: ("工作日", "周一至周五", "周一到周五", "星期一至星期五"), (5, 6): ("周末",), ALL: ("每天",),
           (1, 3): ("周二和周四",), (5,): ("周六",)},
}
PARTS = {
    "morning": {"en": ("mornings", "morning"), "es": ("por la mañana", "mañanas"), "zh": ("上午",)},
    "afternoon": {"en": ("afternoons", "afternoon"), "es": ("por la tarde", "tardes"), "zh": ("下午",)},
    "evening": {"en": ("evenings", "evening"), "es": ("por la noche", "noches"), "zh": ("晚上",)},
}
MEANING = {"morning": (9, 12), "afternoon": (14, 18), "evening": (18, 21)}
JOIN = {"en": (" and ", " or ", " & "), "es": (" y ", " o "), "zh": ("和", "或", "、")}


def _hour(h: int, lang: str) -> str:
    if lang == "en":
        return "noon" if h == 12 else f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}"
    if lang == "es":
        return "el mediodía" if h == 12 else f"las {h}:00"
    return "中午" if h == 12 else f"{h}:00" if h > 12 else f"{h}点"


@st.composite
def vague(draw):
    """(text, lawful, expected [(days, start, end)] or None when it must go to review)."""
    lang = draw(st.sampled_from(("en", "es", "zh")))
    days = draw(st.sampled_from(sorted(DAYS[lang])))
    day_text = draw(st.sampled_from(DAYS[lang][days]))
    law = (draw(st.integers(8, 11)), draw(st.integers(17, 22)))
    kind = draw(st.sampled_from(("noon_range", "before", "two_parts")))
    if kind == "noon_range":
        end = draw(st.integers(13, 20))
        time_text = {"en": (f"noon-{end - 12}pm", f"noon to {end - 12}pm", f"12pm-{end - 12}pm"),
                     "es": (f"mediodía a {end}h", f"de mediodía a {end}:00", f"desde el mediodía hasta las {end}h"),
                     "zh": (f"中午12点到{end - 12}点", f"中午12点至下午{end - 12}点", f"中午到{end}:00")}[lang]
        spans = [(12, end)]
    elif kind == "before":
        point = draw(st.integers(10, 16))
        word = {"en": "before {}", "es": "antes de {}", "zh": "{}前"}[lang]
        time_text = (word.format(_hour(point, lang)),)
        if lang == "zh":
            time_text += (f"{_hour(point, lang)}以前",)
        spans = [(law[0], point)]
    else:
        names = draw(st.lists(st.sampled_from(sorted(PARTS)), min_size=2, max_size=2, unique=True))
        joiner = draw(st.sampled_from(JOIN[lang]))
        time_text = (joiner.join(draw(st.sampled_from(PARTS[n][lang])) for n in names),)
        spans = sorted(MEANING[n] for n in names)
    time_text = draw(st.sampled_from(time_text))
    text = f"{day_text}{'' if lang == 'zh' else ' '}{time_text}"
    clipped = [(max(a, law[0]), min(b, law[1])) for a, b in spans]
    if kind == "noon_range":
        expected = [(days, time(12), time(spans[0][1]))]  # a written range is kept as written
    elif any(b <= a for a, b in clipped):
        expected = None  # a part wholly outside the lawful hours: review, not half a reading
    else:
        merged = [clipped[0]]  # parts that touch make one window
        for a, b in clipped[1:]:
            merged[-1:] = [(merged[-1][0], max(b, merged[-1][1]))] if a <= merged[-1][1] else [merged[-1], (a, b)]
        expected = [(days, time(a), time(b)) for a, b in merged]
    return text, (time(law[0]), time(law[1])), expected


@settings(max_examples=400, deadline=None)
@given(vague())
def test_generated_vague_classes_read_back_to_their_windows(case):
    text, lawful, expected = case
    parsed = parse_windows(text, MADRID, today=TODAY, lawful=lawful)
    got = [(w.weekdays, w.start_time, w.end_time) for w in parsed.windows]
    if expected is None:
        assert parsed.errors, (text, lawful, got)
    else:
        assert parsed.errors == [] and got == expected, (text, lawful, got, parsed.errors)


def test_a_single_text_with_two_parts_is_not_one_window():
    with pytest.raises(WindowParseError):
        parse_window("mañana y tarde", MADRID, today=TODAY)  # two windows: use parse_windows
