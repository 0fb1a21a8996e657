"""The words of appointment texts, in English, Spanish and Chinese, and what the vague ones mean.

``PERIODS`` is the one table of documented meanings (the README's case-file section repeats it).
Every vague time is clipped to the lawful contact hours of the debtor's rule set; a text whose
time falls wholly outside them goes to the review queue instead.

==========================  =========================================  ==========================
meaning                     examples                                   read as
==========================  =========================================  ==========================
morning                     mornings, AM, mañanas, por la mañana, 上午   09:00–12:00
midday                      noon, lunchtime, mediodía, 中午             12:00–14:00
afternoon                   afternoons, PM, por las tardes, 下午         14:00–18:00
evening                     evenings, por la noche, 晚上, 傍晚            18:00–21:00
all day                     any time, todo el día, 全天                  the lawful hours
office hours                business hours, horario de oficina, 上班时间   09:00–17:00
daytime                     during the day, durante el día, 白天          09:00–18:00
after X                     after 6pm, a partir de las 18h, 7点后         X – end of lawful hours
before X                    before 10am, antes de las 10, 10点前          start of lawful hours – X
no time, only days          weekdays, sábados, 周末                      the lawful hours
no day, only a time         9h-14h, after 6pm, por las tardes           every day of the week
bare hours (no :mm, am/pm)  9-5, de 9 a 14, 6-8                         the one reading inside the
                                                                        lawful hours (9-5 = 09–17,
                                                                        6-8 = 18–20); two -> review
==========================  =========================================  ==========================

A one-off date without any time (``2026-11-24``) is not guessed: it goes to review.
"""

from __future__ import annotations

import re
from datetime import time

#: Documented meaning of each vague period (start, end); None = the lawful hours themselves.
PERIODS: dict[str, tuple[time, time] | None] = {
    "morning": (time(9), time(12)),
    "midday": (time(12), time(14)),
    "afternoon": (time(14), time(18)),
    "evening": (time(18), time(21)),
    "all_day": None,
    "office": (time(9), time(17)),
    "daytime": (time(9), time(18)),
}

#: Phrases of each period, as regular expressions over lower-case NFKC text.
PERIOD_PHRASES: dict[str, str] = {
    "morning": r"\b(?:in the )?mornings?\b|(?<![\d\w])a\.?m\.?(?![\w])|\b(?:por|en|de|a) (?:la|las) ma[ñn]anas?\b"
               r"|\bma[ñn]anas\b|\bde ma[ñn]ana\b|上午|早上|早晨|清晨",
    "midday": r"\b(?:at )?(?:noon|midday|lunch ?time)\b|\b(?:al |a |el )?mediod[ií]a\b|\bhora de comer\b|中午|午饭时间?",
    "afternoon": r"\b(?:in the )?afternoons?\b|(?<![\d\w])p\.?m\.?(?![\w])|\b(?:por|en|a|de) (?:la|las) tardes?\b"
                 r"|\btardes?\b|下午|午后",
    "evening": r"\b(?:in the )?evenings?\b|\b(?:at )?nights?\b|\b(?:por|en|a|de) (?:la|las) noches?\b|\bnoches?\b"
               r"|晚上|傍晚|晚间|夜里",
    "all_day": r"\ball day\b|\bany ?time\b|\btodo el d[ií]a\b|\bcualquier hora\b|全天|整天|随时",
    "office": r"\b(?:business|office|working) hours\b|\bhorario (?:de oficina|laboral)\b|上班时间|办公时间",
    "daytime": r"\b(?:daytime|during the day|in the daytime)\b|\bdurante el d[ií]a\b|\bde d[ií]a\b|白天|日间",
}

#: Single days: index 0 = Monday. Longest names are tried first.
DAY_NAMES: dict[int, tuple[str, ...]] = {
    0: ("mondays", "monday", "mon", "lunes", "lun", "lu"),
    1: ("tuesdays", "tuesday", "tues", "tue", "tu", "martes", "mar", "ma"),
    2: ("wednesdays", "wednesday", "wed", "miércoles", "miercoles", "mié", "mie", "mier", "mi"),
    3: ("thursdays", "thursday", "thurs", "thur", "thu", "th", "jueves", "jue", "ju"),
    4: ("fridays", "friday", "fri", "viernes", "vie", "vi"),
    5: ("saturdays", "saturday", "sat", "sábados", "sabados", "sábado", "sabado", "sáb", "sab", "sa"),
    6: ("sundays", "sunday", "sun", "domingos", "domingo", "dom", "su"),
}
#: Day groups.
DAY_GROUPS: dict[str, tuple[int, ...]] = {
    **{w: (0, 1, 2, 3, 4) for w in (
        "weekdays", "weekday", "workdays", "workday", "working days", "business days", "mon-fri",
        "entre semana", "días laborables", "dias laborables", "días laborales", "dias laborales",
        "días hábiles", "dias habiles", "laborables", "工作日", "平日", "周一至周五")},
    **{w: (5, 6) for w in ("weekends", "weekend", "fines de semana", "fin de semana", "周末", "双休日")},
    **{w: tuple(range(7)) for w in ("daily", "every day", "everyday", "all week", "any day", "todos los días",
                                    "cualquier día", "cualquier dia",
                                    "todos los dias", "cada día", "cada dia", "a diario", "diario",
                                    "toda la semana", "每天", "每日", "天天")},
}
#: One-letter day abbreviations: Spanish (L M X J V S D) and English (M T W Th/R F Sa Su).
LETTERS_ES = {"l": 0, "m": 1, "x": 2, "j": 3, "v": 4, "s": 5, "d": 6}
LETTERS_EN = {"m": 0, "t": 1, "tu": 1, "w": 2, "th": 3, "r": 3, "f": 4, "sa": 5, "su": 6}
#: Chinese numerals after 周 / 星期 / 礼拜.
CN_DAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}

#: Words joining two days into a span ("Mon to Fri", "de lunes a viernes", "周一至周五").
RANGE_WORDS = ("-", "–", "—", "~", "～", "〜", "to", "thru", "through", "till", "until", "a", "al", "hasta",
               "至", "到")
#: Words joining days into a list ("Tue and Thu", "martes y jueves", "周二和周四").
LIST_WORDS = (",", "、", "，", "/", "&", "+", "and", "y", "e", "plus", "和", "及", "与", "跟", "或", "or", "o")
#: Words that carry no meaning around days.
DAY_FILLER = ("on", "every", "each", "de", "del", "los", "las", "el", "la", "cada", "todos", "only", "solo",
              "sólo", "únicamente", "unicamente", "available", "disponible", "in", "en", "todas", "todo",
              "the", "only on", "是", "每", "逢", "的")

_DAY_WORD = {name: day for day, names in DAY_NAMES.items() for name in names}


def day_word(token: str) -> int | None:
    """The weekday (0 = Monday) a full or abbreviated day name means, or None."""
    return _DAY_WORD.get(token.rstrip("."))


def looks_like_a_day(text: str) -> bool:
    """True when ``text`` names a weekday or a group of days anywhere (so it must not be read as a
    calendar date: dateutil would turn "martes" into next Tuesday)."""
    if not re.search(r"[^\d\s/.,:\-]", text):
        return False  # only digits and separators: a plain date
    words = re.findall(r"[a-záéíóúñü]+", text)
    if any(day_word(w) is not None for w in words if len(w) > 2 and w not in ("mar", "sun")):
        return True
    return any(g in text for g in DAY_GROUPS) or bool(re.search(r"(?:周|星期|礼拜)[一二三四五六日天七]", text))
