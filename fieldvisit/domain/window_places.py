"""Where an appointment text says the visit is (a step of :mod:`fieldvisit.domain.window_parser`):
``work: Mon,Wed 12:00-13:00``, ``en casa por las tardes``, ``在单位 周二下午`` → the place, and the text
without it."""

from __future__ import annotations

import re

from fieldvisit.domain.windows import Place

_PLACE_WORK = re.compile(r"\b(?:at work|work|trabajo|oficina|office)\b\s*:?|(?:在)?(?:工作单位|单位|公司)\s*:?")
_PLACE_HOME = re.compile(r"\b(?:at home|home|casa|domicilio)\b\s*:?|(?:在)?家(?:里|中)?\s*:?")


def take_place(s: str) -> tuple[str, Place]:
    """``(text without the place words, Place)``; 工作日 (weekdays) is not 工作 (work)."""
    s = s.replace("工作日", " weekdays ")
    for regex, place in ((_PLACE_WORK, Place.WORK), (_PLACE_HOME, Place.HOME)):
        if regex.search(s):
            return regex.sub(" ", s), place
    return s, Place.ANY
