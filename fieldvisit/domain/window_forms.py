"""Ways of writing a time that the window parser reads as their plain forms (a step of
:mod:`fieldvisit.domain.window_parser`, on lower-case NFKC text):

=============================  =====================================  ===========================
form                           examples                               read as
=============================  =====================================  ===========================
am/pm with spaces (Mexico)     ``9:00 a. m. - 2:00 p. m.``            ``9:00am - 2:00pm``
around the clock               ``24/7``, ``24x7``, ``7x24``,            every day, any time (the
                               ``24 horas`` (with no other number)    lawful hours)
four-digit times in a range    ``0900-1200``, ``1400 a 1600``          ``09:00-12:00``
Portuguese range words         ``9h00 às 18h00``, ``das 9h às 18h``,   ``9h00 - 18h00``,
                               ``9h até 12h``                         ``de 9h - 18h``
Portuguese days                ``seg a sex``, ``segunda-feira``,       Mon-Fri, Monday ...
                               ``ter e qui``                          (window_phrases.DAY_NAMES)
Portuguese parts of the day    ``manhã``, ``de manhã``, ``à tarde``,    ``mañanas``, ``de mañanas``,
                               ``pela manhã``, ``noite``, ``à noite``   ``por la tarde``, ``noches``
                                                                      (the meanings of
                                                                      window_phrases.PERIODS)
a part of the day after an     ``5:30 de la tarde``, ``7 de la noche``, ``5:30pm``, ``7pm``, ``9am``
hour (Spanish, Portuguese)     ``9 de la mañana``, ``8 da noite``       (``12 de la noche`` is left:
                                                                      midnight)
a part of the day before a     ``下午5:30``, ``晚上6-8``, ``上午9:30``   ``5:30pm``, ``6pm-8``,
clock time (Chinese)                                                  ``9:30am`` (an hour from 13
                                                                      on is kept: ``17:30``)
=============================  =====================================  ===========================

A part of the day written with an hour is the hour's am or pm, so the rule of am/pm on one end of
a range applies to it (:func:`fieldvisit.domain.window_hours.resolve`): ``de 5:30 a 7:30 de la
tarde`` = 17:30-19:30, ``下午5:30-7:30`` = 17:30-19:30.
"""

from __future__ import annotations

import re

_SPACED_MERIDIEM = re.compile(r"(?<=[\d\s])([ap])\.\s*m\.?(?![a-z])")
_AROUND_THE_CLOCK = re.compile(r"(?<![\d/])(?:24\s*(?:/|x)\s*7|7\s*x\s*24)(?![\d/])|\b24\s*(?:horas|hours|hrs)\b(?!\s*[a-z])")
_FOUR_DIGITS = re.compile(
    r"(?<![\d/.:\-])([01]\d|2[0-3])([0-5]\d)\s*(-|–|—|~|\bto\b|\ba\b|\bal\b)\s*([01]\d|2[0-4])([0-5]\d)(?![\d/.:\-])")
_PT_RANGE = re.compile(r"(?<=[\dh])\s*\b(?:às|as|até|ate|à)(?!\w)\s*(?=\d)")
_PT_FROM = re.compile(r"\bdas\s+(?=\d)")
_PT_FEIRA = re.compile(r"(?<=[a-zç])[\s-]+feiras?\b")


_PT_PART_LEAD = re.compile(r"\b(?:(pela|à|na)|(pelas|às|nas))\s+(?=(?:manh[ãa]|tarde|noite)s?\b)")
_PT_PARTS = re.compile(r"(?<![\w])(manh[ãa]|noite)s?(?!\w)")
_PART_AFTER_HOUR = re.compile(r"(?<![\d:.])(\d{1,2})(?:[:.h](\d{2}))?\s*(?:h|hrs?|horas?)?\s+"
                              r"(?:de la|da)\s+(ma[ñn]ana|manh[ãa]|madrugada|tarde|noche|noite)\b")
_PART_BEFORE_CLOCK = re.compile(r"(上午|早上|中午|下午|晚上|傍晚)\s*(\d{1,2})(?::(\d{2}))?(?![\d:.点點时分月日号])")
_PM_WORDS = ("tarde", "noche", "noite", "下午", "晚上", "傍晚")


def _hour_with_part(hour: int, minute: str | None, part: str, whole: str) -> str:
    """One hour and the part of the day written with it, as ``5:30pm`` (see the table)."""
    if hour > 12:
        return f" {hour}:{minute or '00'} "  # "17:30 de la tarde": the 24-hour clock says it already
    if hour == 0 or (hour == 12 and part in ("noche", "noite", "晚上", "上午", "早上", "madrugada")):
        return whole  # midnight, or no such hour: left for the parser to refuse or send to review
    pm = part in _PM_WORDS or (part == "中午" and hour != 11)
    return f" {hour}{':' + minute if minute else ''}{'pm' if pm else 'am'} "


def plain_forms(s: str) -> str:
    """``s`` with the forms of the table above written as the parser's plain ones."""
    s = _SPACED_MERIDIEM.sub(lambda m: m.group(1) + "m", s)
    s = _PART_AFTER_HOUR.sub(lambda m: _hour_with_part(int(m.group(1)), m.group(2), m.group(3), m.group(0)), s)
    s = _PART_BEFORE_CLOCK.sub(lambda m: _hour_with_part(int(m.group(2)), m.group(3), m.group(1), m.group(0)), s)
    s = _PT_PART_LEAD.sub(lambda m: "por la " if m.group(1) else "por las ", s)
    s = _PT_PARTS.sub(lambda m: {"m": "mañanas", "n": "noches"}[m.group(1)[0]], s)
    if not re.search(r"\d", _AROUND_THE_CLOCK.sub(" ", s)):  # "24/7 10:00-12:00" is a date (24 July)
        s = _AROUND_THE_CLOCK.sub(" every day any time ", s)
    s = _FOUR_DIGITS.sub(lambda m: f"{m.group(1)}:{m.group(2)}-{m.group(4)}:{m.group(5)}", s)
    s = _PT_FROM.sub("de ", _PT_RANGE.sub(" - ", s))
    return _PT_FEIRA.sub("", s)
