"""Appointment windows meet the rule set's lawful visiting hours: one rule on every path (import,
preview, the review editor, a correction read again at the next import).

The rule, for each appointment window (not for the times a debtor said *not* to come):

- the part inside the lawful hours (local time of the debtor) is kept: ``晚上8点-10点`` (20:00-22:00)
  with lawful hours 08:00-21:00 becomes 20:00-21:00;
- nothing lawful left (``Thu 10pm-11pm``, ``Mon 12am-1am``, ``Sat 6am-7am``) → the window is not
  kept and the text goes to review with the reason "outside lawful visiting hours (08:00-21:00)";
- hours written without am/pm or a 24-hour clock hint (``Fri 5:30-7``) that start at an hour no
  one means in the morning (1:00-5:59, :func:`~fieldvisit.domain.window_phrases.evening_only`):
  when the whole range read in the morning falls outside the lawful hours but read in the
  afternoon/evening falls inside them, it is read in the afternoon/evening (17:30-19:00). A
  plausible morning time (``Mon 7:30-8:30``, ``Sat 6:00-8:00``) is never moved 12 hours: it is
  clipped or goes to review like any other. A text that says am (``6am``), a part of the day
  (上午, mañana, morning) or uses a 24-hour clock (an hour from 13 on, or a leading zero:
  ``05:30-07:00``) is taken as written;
- a window read in the morning as written from hours without am/pm whose evening reading would be
  lawful too (``8-10``) is kept, with a note saying so and how to write the evening (20:00-22:00);
  but when less than half of that morning reading is lawful while the evening reading lies wholly
  inside the lawful hours (``Thu 6:30-8:30``: 08:00-08:30 of 06:30-08:30, or 18:30-20:30), the
  reading is a guess: the text goes to review with both readings, never stored clipped;
- a window that would start before the lawful hours in the morning though its text names only the
  afternoon or evening (pm, tarde, 下午) is a misreading: it goes to review, never clipped.

Windows spanning more than one day (an ISO interval over a weekend) are left as written.

And to the rule set's visiting days (:class:`~fieldvisit.domain.rules.VisitingDays`, the very rule
the planner asks; ``days``), for the windows of one text:

- a weekly window loses the weekdays the rule set forbids (``L-S 10-13`` in ES: Mon–Fri
  10:00–13:00), with a note naming the days removed and the rule's source; so does one that says
  every day in words (``todos los días``, ``every day``, ``每天``: the days it loses are said); a
  window that names no day at all (``mornings``, ``9-14``) means every visiting day, and loses
  the others without a note;
- a weekly window with no visiting day left (``Sat AM``, ``周六上午`` in ES) is removed; when the text
  keeps no window at all, it goes to review with the sentence ``"Saturday is not a visiting day in
  ES (…); choose another day or the date of an appointment the customer agreed"``;
- a one-off window (a date) is an appointment the customer agreed for that very day, which the
  planner visits even on a weekend or a public holiday: it is kept on any day.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from fieldvisit.domain.rules import VisitingDays
from fieldvisit.domain.text import msg
from fieldvisit.domain.window_phrases import evening_only, names_every_day
from fieldvisit.domain.windows import Window

DAY = 24 * 60
_MERIDIEM = re.compile(
    r"\d\s*[ap]\.?\s*m\b|\b[ap]\.?m\b|上午|下午|晚上|早上|凌晨|中午|傍晚|夜|午前|午後|"
    r"\b(tarde|tardes|mañana|manana|mañanas|noche|noches|madrugada|mornings?|evenings?|nights?|afternoons?|noon|"
    r"midnight|mediodia|mediodía)\b")
_TWO_DIGIT_HOUR = re.compile(r"(?<![\d:.h])(1[3-9]|2[0-4]|00)(?=[:.h]\d{2}|\s*h\b|\s*-)|(?<![\d/.\-])0\d[:.h]\d{2}"
                             r"|\d\s*h(?:\d{2}|rs?|s)?\b")  # (minutes ":00" are no hour; "5h00", "7 hrs": 24-hour)


_AFTERNOON = re.compile(r"\d\s*p\.?\s*m\b|\bp\.?m\b|下午|晚上|傍晚|午後|夜|"
                        r"\b(tarde|tardes|noche|noches|evenings?|nights?|afternoons?|noite|noites)\b")
_MORNING = re.compile(r"\d\s*a\.?\s*m\b|\ba\.?m\b|上午|早上|早晨|凌晨|午前|"
                      r"\b(mañana|manana|mañanas|mananas|madrugada|mornings?|manhã|manha)\b")


def _says_afternoon_only(text: str) -> bool:
    """Whether ``text`` names the afternoon or evening (pm, tarde, 下午) and never the morning."""
    t = unicodedata.normalize("NFKC", text).casefold()
    return bool(_AFTERNOON.search(t)) and not _MORNING.search(t)


def _morning_note(text: str, kept: Window, start: int, end: int) -> str:
    """The note of hours without am/pm read in the morning as written when the evening would be
    lawful too ("8-10": 08:00-10:00, not 20:00-22:00): the documented reading, said on the row."""
    return msg("{text!r} read in the morning as written (no am/pm): {window}; if the evening is meant, "
               "write {start}-{end}", text=text.strip(), window=kept.describe(),
               start=f"{_clock(start + 720):%H:%M}", end=f"{_clock(end + 720):%H:%M}")


def _evening_fits(text: str, span: tuple[int, int], law0: int, law1: int) -> bool:
    """Whether hours written without am/pm (a morning ``span``) would lie wholly inside the lawful
    hours read in the evening (12 hours later)."""
    start, end = span
    return end <= 12 * 60 and law0 <= start + 720 and end + 720 <= law1 and not _says_its_clock(text)


def _two_readings(text: str, span: tuple[int, int], lawful_part: tuple[int, int], lawful: tuple[time, time]) -> str:
    """The review message of hours without am/pm whose morning reading is mostly outside the lawful
    hours while the evening one fits (``Thu 6:30-8:30``): both readings, and how to write the one meant."""
    def hours(a: int, b: int) -> str:
        return f"{_clock(a):%H:%M}-{_clock(b):%H:%M}"
    return msg("{text!r} has no am/pm: in the morning ({morning}) only {kept} is within the lawful visiting hours "
               "({law}), in the evening it is {evening}; write the hours meant on the 24-hour clock, e.g. {evening}",
               text=text.strip(), morning=hours(*span), kept=hours(*lawful_part),
               law=f"{lawful[0]:%H:%M}-{lawful[1]:%H:%M}", evening=hours(span[0] + 720, span[1] + 720))


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _clock(m: int) -> time:
    return time(0) if m >= DAY else time(m // 60, m % 60)


def _says_its_clock(text: str) -> bool:
    """Whether ``text`` tells am from pm itself (am/pm, a part of the day, a 24-hour hour)."""
    t = unicodedata.normalize("NFKC", text).casefold()
    return bool(_MERIDIEM.search(t) or _TWO_DIGIT_HOUR.search(t))


def _span(w: Window) -> tuple[int, int] | None:
    """Local start and end of ``w`` in minutes of its day (end up to 1440), or None when it
    spans more than a day."""
    if w.recurring:
        end = DAY if w.end_time == time(0) else _minutes(w.end_time)
        return _minutes(w.start_time), end
    zone = ZoneInfo(w.tz)
    s, e = w.start.astimezone(zone), w.end.astimezone(zone)
    if e.date() == s.date():
        return _minutes(s.timetz()), _minutes(e.timetz())
    if e.date() == s.date() + timedelta(days=1) and e.time() == time(0):
        return _minutes(s.timetz()), DAY
    return None


def _with_span(w: Window, start: int, end: int) -> Window:
    if w.recurring:
        return replace(w, start_time=_clock(start), end_time=_clock(end))
    zone = ZoneInfo(w.tz)
    day = w.start.astimezone(zone).date()
    s = datetime.combine(day, _clock(start), zone)
    e = datetime.combine(day + timedelta(days=1) if end >= DAY else day, _clock(end), zone)
    return replace(w, start=s, end=e)


def lawful_reason(lawful: tuple[time, time]) -> str:
    return f"outside lawful visiting hours ({lawful[0]:%H:%M}-{lawful[1]:%H:%M})"


def clipped_note(text: str, lawful: tuple[time, time], kept: Window) -> str:
    """The note of a window kept only in part: ``"'06:00-23:00' clipped to the lawful visiting
    hours (09:00-21:00): daily 09:00-21:00"`` (``kept``: the part kept)."""
    return (f"{text.strip()!r} clipped to the lawful visiting hours ({lawful[0]:%H:%M}-{lawful[1]:%H:%M}): "
            f"{kept.describe()}")


def within_lawful(windows: list[Window], lawful: tuple[time, time],
                  notes: list[str] | None = None, *, days: VisitingDays | None = None,
                  refused: list[str] | None = None) -> tuple[list[Window], list[str]]:
    """The appointment ``windows`` (those of one text) kept to the ``lawful`` hours (local times)
    and to the visiting ``days`` of the rule set (None: every day) by the rules above, and the
    review messages (``"'Thu 10pm-11pm': outside lawful visiting hours (08:00-21:00)"``, one per
    window with no lawful part; ``"'Sat AM': Saturday is not a visiting day in ES (…); …"`` when no
    window of the text is left on a visiting day). ``notes``: when given, one :func:`clipped_note`
    is appended per window kept only in part (not a review item: the lawful part is right), one
    per window read in the evening for want of am/pm, and one per window that lost named days.
    ``refused``: when given, the day message is appended to it too (a text read in full whose
    days the rule set forbids, told apart from one that cannot be read)."""
    kept, off_days = on_visiting_days(windows, days, notes)
    if refused is not None:
        refused.extend(off_days)
    kept, problems = _within_hours(kept, lawful, notes)
    return kept, off_days + problems


def on_visiting_days(windows: list[Window], days: VisitingDays | None,
                     notes: list[str] | None = None) -> tuple[list[Window], list[str]]:
    """The ``windows`` of one text kept to the visiting ``days`` (see the module's rule), and the
    review message when none is left on a visiting day (``[]`` otherwise). ``notes``: as
    :func:`within_lawful`'s."""
    if days is None:
        return list(windows), []
    kept: list[Window] = []
    gone: list[Window] = []
    trimmed: list[tuple[Window, Window]] = []
    for w in windows:
        if not w.recurring or w.inconvenient or all(days.allows(d) for d in w.weekdays):
            kept.append(w)  # a date is an agreed appointment: the planner visits it on any day
            continue
        allowed = tuple(d for d in w.weekdays if days.allows(d))
        if not allowed:
            gone.append(w)
            continue
        kept.append(replace(w, weekdays=allowed))
        if len(w.weekdays) < 7 or names_every_day(w.text):  # a time with no day ("9-14", "mornings")
            trimmed.append((w, kept[-1]))  # means every visiting day: nothing to say; "todos los días" is said
    if gone and not kept:
        forbidden = {d for w in gone for d in w.weekdays}
        return [], [msg("{text!r}: {refusal}; choose another day or the date of an appointment the customer agreed",
                        text=gone[0].text.strip(), refusal=days.refused(forbidden))]
    if notes is not None:
        for w, left in trimmed:
            removed = [d for d in w.weekdays if d not in left.weekdays]
            notes.append(msg("{text!r} kept as {kept}: {refusal}", text=w.text.strip(), kept=left.describe(),
                             refusal=days.refused(removed)))
        for w in gone:
            notes.append(msg("{text!r}: {window} left out: {refusal}", text=w.text.strip(), window=w.describe(),
                             refusal=days.refused(w.weekdays)))
    return kept, []


def _within_hours(windows: list[Window], lawful: tuple[time, time],
                  notes: list[str] | None = None) -> tuple[list[Window], list[str]]:
    """:func:`within_lawful`'s hours rule alone."""
    law0 = _minutes(lawful[0])
    law1 = DAY if lawful[1] == time(0) else _minutes(lawful[1])
    kept: list[Window] = []
    problems: list[str] = []
    for w in windows:
        span = None if w.inconvenient else _span(w)
        if span is None:
            kept.append(w)
            continue
        start, end = span
        evening_lawful = (end <= 12 * 60 and start + 720 < law1 and end + 720 > law0
                          and not _says_its_clock(w.text))  # "8-10": 20:00-22:00 lawful too
        if law0 <= start and end <= law1:
            kept.append(w)
            if notes is not None and evening_lawful:
                notes.append(_morning_note(w.text, kept[-1], start, end))
            continue
        if start < law0 and start < 12 * 60 and _says_afternoon_only(w.text):
            # "Tue 4:15-6:45 PM" read from 04:15: a misreading, never clipped into a window
            problems.append(msg("{text!r}: read as {window}, which starts in the morning though the text says "
                                "afternoon or evening; write the hours on the 24-hour clock, e.g. 17:30-19:30",
                                text=w.text.strip(), window=w.describe()))
            continue
        if (end <= law0 or start >= law1) and end <= 12 * 60 and not _says_its_clock(w.text) \
                and law0 <= start + 720 and end + 720 <= law1 and evening_only(start):
            kept.append(_with_span(w, start + 720, end + 720))  # "Fri 5:30-7": the evening
            if notes is not None:
                notes.append(f"{w.text.strip()!r} read in the afternoon or evening (no am/pm, and the morning is "
                             f"outside the lawful visiting hours): {kept[-1].describe()}")
            continue
        # "Sat 6-8" stays in the morning; the person who reviews it is told how to write the evening
        hint = (f"; if the evening is meant, write {_clock(start + 720):%H:%M}-{_clock(end + 720):%H:%M}"
                if end <= law0 and end <= 12 * 60 and not _says_its_clock(w.text)
                and law0 <= start + 720 and end + 720 <= law1 else "")
        start, end = max(start, law0), min(end, law1)
        if end <= start:
            problems.append(f"{w.text.strip()!r}: {lawful_reason(lawful)}{hint}")
            continue
        if _evening_fits(w.text, span, law0, law1) and 2 * (end - start) < span[1] - span[0]:
            problems.append(_two_readings(w.text, span, (start, end), lawful))  # "6:30-8:30": mostly unlawful
            continue
        kept.append(_with_span(w, start, end))
        if notes is not None:
            notes.append(clipped_note(w.text, lawful, kept[-1]))
            if evening_lawful:
                notes.append(_morning_note(w.text, w, span[0], span[1]))
    return kept, problems
