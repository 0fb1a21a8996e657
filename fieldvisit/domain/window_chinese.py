"""Chinese appointment texts in the shapes the window parser reads (a step of
:mod:`fieldvisit.domain.window_parser`): ``2026年11月25日`` → ``2026-11-25``, ``11月25日`` → ``25 nov``,
``下午3点-5点`` → ``15:00-17:00``, hours in Chinese numerals (``两点``, ``十一点``) → digits.
Plain Python; the rest of the text is left as it is."""

from __future__ import annotations

import re

_CN_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
_CN_TIME = re.compile(r"(上午|早上|中午|下午|晚上)?\s*(\d{1,2})\s*[点點时](?:\s*(\d{1,2})\s*分?|半)?")

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _cn_date(m: re.Match) -> str:
    """``2026年11月25日`` → ``2026-11-25``; ``11月25日`` → ``25 nov`` (never a time-like ``11-25``)."""
    year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
    if not 1 <= month <= 12:
        return f" {m.group(0)} "
    return f" {year}-{month:02d}-{day:02d} " if year else f" {day} {_MONTHS[month - 1]} "


_CN_NUMERAL = re.compile(r"([零一二两三四五六七八九十]{1,3})(?=\s*[点點时])")
_CN_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_number(text: str) -> str:
    """``两`` → 2, ``十一`` → 11 (hours written in Chinese numerals)."""
    if "十" in text:
        tens, _, ones = text.partition("十")
        return str(_CN_DIGIT.get(tens, 1) * 10 + _CN_DIGIT.get(ones, 0))
    return str(_CN_DIGIT[text[-1]])


_PM_PERIODS = ("下午", "晚上")
#: "5点到下午7点": a time with no part of the day, a range word, then one with it.
_CN_END_ONLY = re.compile(r"(?<![午上\d])(?<![午上]\s)(\d{1,2})(\s*[点點时](?:\s*\d{1,2}\s*分?|半)?\s*(?:到|至|-|~|～|〜)\s*)"
                          r"(上午|早上|下午|晚上)(?=\s*(\d{1,2})\s*[点點时])")


def _end_period_back(m: re.Match) -> str:
    """``5点到下午7点`` → ``下午5点到下午7点``: the part of the day of the end covers the start when
    that puts the start first (``10点到下午2点`` stays 10:00-14:00)."""
    start, end, period = int(m.group(1)), int(m.group(4)), m.group(3)
    shift = 12 if period in _PM_PERIODS else 0
    if start <= 12 and start % 12 + shift < end % 12 + shift:
        return f"{period}{m.group(1)}{m.group(2)}{period}"
    return m.group(0)


def _cn_times(s: str) -> str:
    """``下午3点-5点`` → ``15:00-17:00``: the period of the first time carries to the second; the
    period of the second covers a first that has none (``3点到下午5点``) when the start stays first."""
    s = _CN_NUMERAL.sub(lambda m: _cn_number(m.group(1)), s)
    s = _CN_END_ONLY.sub(_end_period_back, s)
    last_period: list[str | None] = [None]
    said: list[str] = []

    def repl(m: re.Match) -> str:
        period, hour, minute = m.group(1), int(m.group(2)), m.group(3)
        period = period or last_period[0]
        last_period[0] = period
        minutes = 30 if m.group(0).endswith("半") else int(minute or 0)
        # 中午1点 is 13:00; carried on from "中午12点到", any hour before 12 is after noon (到6点 = 18:00)
        noon_limit = 12 if period == "中午" and not m.group(1) else 6
        if (period in ("下午", "晚上") and hour < 12) or (period == "中午" and hour < noon_limit):
            hour += 12
        # "晚上8点前" is before 20:00 in the evening, not from the morning on: the period word stays
        before = re.match(r"\s*(?:前|以前|之前)", m.string[m.end():])
        kept = m.group(1) if m.group(1) and before and not said else ""
        said.append(kept)
        return f" {kept} {hour}:{minutes:02d} "

    return _CN_TIME.sub(repl, s)


_NINE_TO_FIVE = re.compile(r"[早朝]\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*[点點]?\s*晚\s*"
                           r"(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*[点點]?")


def _nine_to_five(m: re.Match) -> str:
    """``早9晚6`` / ``朝九晚五``: from the morning hour to the evening hour (18:00 / 17:00)."""
    start, end = (int(x) if x.isdigit() else int(_cn_number(x)) for x in m.groups())
    return f" {start}:00-{end + 12 if end < 12 else end}:00 "


def chinese_to_plain(s: str) -> str:
    """``s`` (lower-cased, NFKC-normalised) with its Chinese dates and clock times rewritten as
    ISO dates / ``day month`` and ``HH:MM`` (a month over 12 is left as written, for the parser
    to refuse)."""
    s = _NINE_TO_FIVE.sub(_nine_to_five, s).replace("之间", " ")
    return _cn_times(_CN_DATE.sub(_cn_date, s))
