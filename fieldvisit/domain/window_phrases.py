"""The words of appointment texts, in English, Spanish and Chinese, and what the vague ones mean.

``PERIODS`` is the one table of documented meanings (the README's case-file section repeats it).
Every vague time is clipped to the lawful contact hours of the debtor's rule set; a text whose
time falls wholly outside them goes to the review queue instead.

==========================  =========================================  ==========================
meaning                     examples                                   read as
==========================  =========================================  ==========================
morning                     mornings, AM, mañanas, por la mañana, 上午   09:00–12:00
early morning               early morning, a primera hora, 一大早, 清晨    08:00–10:00
late morning                late morning, a última hora de la mañana     10:00–12:00
midday                      noon, lunchtime, mediodía, 中午             12:00–14:00
afternoon                   afternoons, PM, por las tardes, 下午         14:00–18:00
early afternoon             early afternoon, primera hora de la tarde    14:00–16:00
late afternoon              late afternoon, última hora de la tarde,     16:00–18:00
                            下午晚些时候
evening                     evenings, por la noche, 晚上, 傍晚            18:00–21:00
early evening               early evening, primera hora de la noche      18:00–20:00
late evening                late evening                                 20:00–22:00
all day                     any time, todo el día, 全天                  the lawful hours
office hours                business hours, horario de oficina, 上班时间   09:00–17:00
daytime                     during the day, durante el día, 白天          09:00–18:00
after X                     after 6pm, a partir de las 18h, 7点后, 7pm+   X – end of lawful hours
around X                    around 5pm, sobre las 17h, 5点左右            X − 30 min – X + 30 min
before X                    before 10am, antes de las 10, 10点前,         start of lawful hours – X
                            any weekday before noon, 工作日中午前
noon as a time              noon-2pm, mediodía a 14h, 10点到中午,          12:00 (a point of a range
                            before noon, antes del mediodía, 中午前       or of before/after)
after / before lunch        after lunch, después de comer, 午饭后;        after 14:00 / before 12:00
                            before lunch, antes de comer, 午饭前
after work                  after work, después del trabajo, 下班后       after 18:00
two parts of the day        morning and afternoon, mañana y tarde,       one window each (09–12 and
                            上午和下午, mornings or evenings               14–18); parts that touch
                                                                        make one (afternoon and
                                                                        evening = 14:00–21:00)
no time, only days          weekdays, sábados, 周末                      the lawful hours
no day, only a time         9h-14h, after 6pm, por las tardes           every day of the week
bare hours (no am/pm, no    Fri 5-7, 2-4, de 9 a 14, 9-5, 7-9, 6-8      see "Morning or evening"
24-hour hint)                                                           below
==========================  =========================================  ==========================

Morning or evening (hours written without am/pm, a part of the day or a 24-hour hint)
-------------------------------------------------------------------------------------
A time is moved to the afternoon/evening only when no one means it in the morning: a start from
1:00 to 5:59 (:func:`evening_only`), ``Fri 5-7`` = 17:00–19:00, ``2-4`` = 14:00–16:00,
``Fri 5:30-7`` = 17:30–19:00 (when that is lawful). An end that would come before its start in the
morning is in the afternoon (``9-5`` = 09:00–17:00, ``de 9 a 2`` = 09:00–14:00). Every other time is
taken as written: ``Mon 7-9`` = 07:00–09:00 (kept 08:00–09:00 when the lawful hours start at
08:00), ``Sat 6-8`` and ``7:30-8:30`` stay in the morning and, wholly outside the lawful hours, go
to review "outside lawful visiting hours" — a plausible morning time is never moved 12 hours.
A bound (``after 6``, ``before 7``, ``después de las 7``) read in the morning would leave the
lawful day as it is, so a bound takes the one reading inside the lawful hours (``after 6`` =
from 18:00), and both readings lawful (``after 8``) go to review. A range read in the morning as
written whose evening reading would be lawful too (``8-10``: 08:00–10:00, not 20:00–22:00) keeps
its documented reading and the row gets a note saying so and how to write the evening
(:mod:`fieldvisit.domain.lawful_windows`).

Am/pm on one end only: written on the end (``5:30-7:30pm``, ``de 4:30 a 6:30 pm``, ``de 5:30 a
7:30 de la tarde``, ``3点到下午5点``) it covers the start when that puts the start first (17:30–19:30;
``10:30-1pm`` = 10:30–13:00); written on the start (``5:30pm-7:30``, ``下午5:30-7:30``, ``晚上6:30到8:30``)
the end is its first reading after the start (17:30–19:30, 18:30–20:30). A part of the day beside
hours without am/pm (``evenings 6:30-8:30``) sets their clock unless an hour is on the 24-hour clock;
hours that contradict it (``mañanas de 14:00 a 16:00``) go to review. Minutes (``5:30``) are no
24-hour hint.

Texts of several clauses (``weekdays after 6pm, weekends all day``, ``evenings and weekends``) are
read clause by clause: see :mod:`fieldvisit.domain.window_clauses`.

A one-off date without any time (``2026-11-24``) is not guessed: it goes to review; so do two
parts of the day with anything but "and"/"or" between them ("mornings but not afternoons",
"weekday mornings and weekend afternoons") and two parts of the day with a clock time.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import time

#: Documented meaning of each vague period (start, end); None = the lawful hours themselves.
PERIODS: dict[str, tuple[time, time] | None] = {
    "early_morning": (time(8), time(10)),
    "late_morning": (time(10), time(12)),
    "early_afternoon": (time(14), time(16)),
    "late_afternoon": (time(16), time(18)),
    "early_evening": (time(18), time(20)),
    "late_evening": (time(20), time(22)),
    "morning": (time(9), time(12)),
    "midday": (time(12), time(14)),
    "afternoon": (time(14), time(18)),
    "evening": (time(18), time(21)),
    "all_day": None,
    "office": (time(9), time(17)),
    "daytime": (time(9), time(18)),
}

#: Phrases of each period, as regular expressions over lower-case NFKC text. The qualified parts
#: (early/late) come first: they are taken out before the plain ones are looked for.
PERIOD_PHRASES: dict[str, str] = {
    "early_morning": r"\bearly (?:in the )?mornings?\b|\bfirst thing(?: in the morning)?\b"
                     r"|\b(?:a |de )?primera hora(?: de la ma[ñn]ana)?\b(?! de la (?:tarde|noche))"
                     r"|\btemprano por la ma[ñn]ana\b|一大早|大清早|清晨",
    "late_morning": r"\blate (?:in the )?mornings?\b|\b(?:a )?[úu]ltima hora de la ma[ñn]ana\b",
    "early_afternoon": r"\bearly (?:in the )?afternoons?\b|\b(?:a )?primera hora de la tarde\b",
    "late_afternoon": r"\blate (?:in the )?afternoons?\b|\b(?:a )?[úu]ltima hora de la tarde\b"
                      r"|下午(?:晚些|晚点|稍晚)(?:时候)?",
    "early_evening": r"\bearly (?:in the )?evenings?\b|\b(?:a )?primera hora de la noche\b",
    "late_evening": r"\blate (?:in the )?evenings?\b",
    "morning": r"\b(?:in the )?mornings?\b|(?<![\d\w])a\.?m\.?(?![\w])|\b(?:por|en|de|a) (?:la|las) ma[ñn]anas?\b"
               r"|\bma[ñn]anas\b|\bde ma[ñn]ana\b|\b(?:en )?horario de ma[ñn]ana\b|上午|早上|早晨"
               r"|\bma[ñn]ana(?=\s*(?:,|-|–|\by\b|\be\b|\bo\b|\bu\b)\s*(?:(?:por|en|de|a) (?:la|las) )?"
               r"(?:tardes?|noches?|mediod[ií]a)\b)",
    "midday": r"\b(?:at )?(?:noon|midday|lunch ?time)\b|\b(?:al |a |el )?mediod[ií]a\b|\bhora de comer\b|中午|午饭时间?",
    "afternoon": r"\b(?:in the )?afternoons?\b|\b(?:en )?horario de tarde\b|(?<![\d\w])p\.?m\.?(?![\w])|\b(?:por|en|a|de) (?:la|las) tardes?\b"
                 r"|\btardes?\b|下午|午后",
    "evening": r"\b(?:in the )?evenings?\b|\b(?:en )?horario de noche\b|\b(?:at )?nights?\b|\b(?:por|en|a|de) (?:la|las) noches?\b|\bnoches?\b"
               r"|晚上|傍晚|晚间|夜里",
    "all_day": r"\ball day\b|\bany ?time\b|\btodo el d[ií]a\b|\b(?:a )?cualquier hora\b|全天|整天|随时",
    "office": r"\b(?:business|office|working) hours\b|\bhorario (?:de oficina|laboral)\b|上班时间|办公时间",
    "daytime": r"\b(?:daytime|during the day|in the daytime)\b|\bdurante el d[ií]a\b|\bde d[ií]a\b|白天|日间",
}

#: Single days: index 0 = Monday (English, Spanish and the Portuguese of window_forms). Longest names are
#: tried first.
DAY_NAMES: dict[int, tuple[str, ...]] = {
    0: ("mondays", "monday", "mon", "lunes", "lun", "lu", "segunda", "seg"),
    1: ("tuesdays", "tuesday", "tues", "tue", "tu", "martes", "mar", "ma", "terça", "terca", "ter"),
    2: ("wednesdays", "wednesday", "wed", "miércoles", "miercoles", "mié", "mie", "mier", "mi", "quarta", "qua"),
    3: ("thursdays", "thursday", "thurs", "thur", "thu", "th", "jueves", "jue", "ju", "quinta", "qui"),
    4: ("fridays", "friday", "fri", "viernes", "vie", "vi", "sexta", "sex"),
    5: ("saturdays", "saturday", "sat", "sábados", "sabados", "sábado", "sabado", "sáb", "sab", "sa"),
    6: ("sundays", "sunday", "sun", "domingos", "domingo", "dom", "su"),
}
#: Day groups.
DAY_GROUPS: dict[str, tuple[int, ...]] = {
    **{w: (0, 1, 2, 3, 4) for w in (
        "weekdays", "weekday", "workdays", "workday", "working days", "business days", "mon-fri",
        "entre semana", "dias úteis", "dias uteis", "días laborables", "dias laborables", "días laborales", "dias laborales",
        "días hábiles", "dias habiles", "laborables", "工作日", "平日", "周一至周五")},
    **{w: (5, 6) for w in ("weekends", "weekend", "fines de semana", "fin de semana", "fins de semana", "fim de semana", "周末", "双休日")},
    **{w: tuple(range(7)) for w in ("daily", "every day", "everyday", "all week", "any day", "todos los días",
                                    "cualquier día", "cualquier dia",
                                    "todos los dias", "cada día", "cada dia", "a diario", "diario",
                                    "toda la semana", "每天", "每日", "天天")},
}
#: One-letter day abbreviations: Spanish (L M X J V S D) and English (M T W Th/R F Sa Su).
LETTERS_ES = {"l": 0, "m": 1, "x": 2, "mi": 2, "j": 3, "v": 4, "s": 5, "d": 6}
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
              "sólo", "únicamente", "unicamente", "available", "disponible", "in", "en", "todas", "todo", "any",
              "cualquier",
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


_EVERY_DAY_WORDS = re.compile("|".join(
    rf"(?<![a-záéíóúñü]){re.escape(w)}(?![a-záéíóúñü])" for w, days in DAY_GROUPS.items() if len(days) == 7))


def names_every_day(text: str) -> bool:
    """True when ``text`` says every day in words (``todos los días``, ``every day``, ``daily``,
    ``每天``, ``diario``, ``los 7 días``, ``24/7``), as opposed to naming no day at all (``9-14``):
    a window that loses days the rule set forbids is noted for the first, not for the second."""
    from fieldvisit.domain.window_forms import plain_forms

    t = name_points(plain_forms(unicodedata.normalize("NFKC", text).lower()))
    return bool(_EVERY_DAY_WORDS.search(t))


#: Hours without am/pm that no one means in the morning (1:00-5:59): read in the afternoon/evening.
EVENING_ONLY_HOURS = range(1, 6)


def evening_only(minutes: int) -> bool:
    """True when a time of day written without am/pm or a 24-hour hint (``minutes`` since midnight
    as written, ``5:30`` = 330) is one no one means in the morning (1:00–5:59), so it is read
    12 hours later; see "Morning or evening" above."""
    return minutes // 60 in EVENING_ONLY_HOURS


def base_period(period: str | None) -> str | None:
    """``late_afternoon`` → ``afternoon``: the plain part of the day a qualified one lies in."""
    return period.rsplit("_", 1)[-1] if period else None


#: Words of a range or of before/after that a time point can stand beside.
_MARK = r"(?:-|–|—|~|～|〜|\bto\b|\ba\b|\bal\b|\bhasta\b|\buntil\b|\btill\b|\bthru\b|\bthrough\b|至|到)"
_BOUND = (r"\b(?:before|after|until|till|by|from|since|antes del?|despu[eé]s del?|a partir del?|hasta(?: el)?"
          r"|desde(?: el)?)")
_NOON = r"(?:el\s+)?(?:12(?::00)?\s*)?(?:noon|midday|mediod[ií]a)\b"
#: Noon as a clock time: "12 noon"; beside a range mark ("noon-2pm", "10 to noon", "mediodía a 14h");
#: after before/after ("before noon", "antes del mediodía"); Chinese 中午 before 前/后/到 or after 到/至.
_POINTS = (
    (re.compile(r"\b12(?::00)?\s*(?:noon|midday|mediod[ií]a)\b"), lambda m: "12pm"),
    (re.compile(rf"\b{_NOON}(?=\s*{_MARK}\s*(?:las?\s+)?\d)"), lambda m: "12pm"),
    (re.compile(rf"(?P<lead>(?:\d|[ap]\.?m\.?|h)\s*{_MARK}\s*){_NOON}"), lambda m: m.group("lead") + "12pm"),
    (re.compile(rf"(?P<lead>{_BOUND})\s+{_NOON}"),
     lambda m: re.sub(r"\s+el$", "", re.sub(r"del$", "de", m.group("lead"))) + " 12pm"),
    (re.compile(r"中午(?=\s*(?:前|以前|之前|后|以后|之后|到|至|-|~))|(?<=[到至\-~])\s*中午(?!\s*\d)"), lambda m: "12pm"),
)
#: Meals and work as points of the day (documented above): after lunch = after 14:00 (the end of
#: lunchtime), before lunch = before 12:00, after work = after 18:00.
_MEALS = (
    (re.compile(r"\bafter lunch(?:time)?\b|\bdespu[eé]s de(?:l almuerzo| comer| la comida)\b"
                r"|(?:午饭|午餐|午休)(?:以后|之后|后)"), "after 14:00"),
    (re.compile(r"\bbefore lunch(?:time)?\b|\bantes de(?:l almuerzo| comer| la comida)\b"
                r"|(?:午饭|午餐)(?:以前|之前|前)"), "before 12:00"),
    (re.compile(r"\bafter work\b|\bdespu[eé]s del trabajo\b|\bal salir del trabajo\b|下班(?:以后|之后|后)"),
     "after 18:00"),
)


#: Every day of the week written with a number (a number elsewhere would be read as a time or date).
_EVERY_DAY = re.compile(r"\b(?:7|seven) days a week\b|\blos (?:7|siete) d[ií]as(?: de la semana)?\b"
                        r"|\btodos los d[ií]as de la semana\b|(?:一|每)周七天")


def name_points(text: str) -> str:
    """``text`` with noon, lunch and work written as the clock times they stand for where they
    bound a time ("noon-2pm" → "12pm-2pm", "después de comer" → "after 14:00"); noon on its own
    stays the midday period; "7 days a week" is "every day"."""
    text = _EVERY_DAY.sub(" every day ", text)
    for regex, clock in _MEALS:
        text = regex.sub(f" {clock} ", text)
    for regex, repl in _POINTS:
        text = regex.sub(repl, text)
    return text


_PERIOD_JOIN = re.compile(r"[\s,、，/&+\-–]*(?:\b(?:and|or|y|e|o|u)\b|和|及|与|或者|或|以及)?[\s,、，/&+]*")


def take_periods(text: str, regexes: dict[str, re.Pattern]) -> tuple[list[str], str] | None:
    """The parts of the day ``text`` names, in order, and the text without them. Two or more
    different parts must stand side by side joined by "and"/"or" (``mañana y tarde``, ``上午和下午``);
    otherwise None (the caller sends the text to review)."""
    hits: list[tuple[int, int, str]] = []
    for name, regex in regexes.items():  # qualified parts first: "late afternoon" is not "afternoon"
        for m in regex.finditer(text):
            hits.append((m.start(), m.end(), name))
        text = regex.sub(lambda m: " " * len(m.group(0)), text)
    if not hits:
        return [], text
    hits.sort()
    names = list(dict.fromkeys(name for _, _, name in hits))
    if len(names) > 1:
        gaps = [text[a[1]:b[0]] for a, b in zip(hits, hits[1:])]
        if not all(_PERIOD_JOIN.fullmatch(g) for g in gaps):
            return None
        text = text[:hits[0][0]] + " " + text[hits[-1][1]:]
    return names, text


def merged_spans(spans: list) -> list[tuple[int, int]]:
    """Spans in order, those that touch or overlap joined (afternoon + evening = 14:00-21:00)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out
