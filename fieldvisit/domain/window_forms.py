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
=============================  =====================================  ===========================
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


def plain_forms(s: str) -> str:
    """``s`` with the forms of the table above written as the parser's plain ones."""
    s = _SPACED_MERIDIEM.sub(lambda m: m.group(1) + "m", s)
    if not re.search(r"\d", _AROUND_THE_CLOCK.sub(" ", s)):  # "24/7 10:00-12:00" is a date (24 July)
        s = _AROUND_THE_CLOCK.sub(" every day any time ", s)
    s = _FOUR_DIGITS.sub(lambda m: f"{m.group(1)}:{m.group(2)}-{m.group(4)}:{m.group(5)}", s)
    s = _PT_FROM.sub("de ", _PT_RANGE.sub(" - ", s))
    return _PT_FEIRA.sub("", s)
