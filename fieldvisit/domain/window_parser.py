"""Free-text appointment windows → timezone-aware :class:`Window` objects.

Reads what people type into a case file's appointment column, in English, Spanish and Chinese::

    2026-11-24 14:00-16:00          2026/11/24 09:00~11:30        2026年11月25日 15:00-17:00
    25/11/2026 de 16:00 a 18:00     11/24/2026 6pm-8pm            Nov 25 2026 9:30am - 11am
    2026-11-24T14:00/2026-11-24T16:00                             weekdays 18:00-20:00
    martes 10:00-12:00              周二 下午3点-5点               work: Mon,Wed 12:00-13:00

Several windows are separated by ``;``. A part that cannot be read is returned as an error
message next to the windows that could, so the caller can keep the row and report it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from fieldvisit.domain.dates import DateError, parse_date
from fieldvisit.domain.windows import Place, Window



_DAY_WORDS: dict[str, tuple[int, ...]] = {}
for _i, _names in enumerate([
    ("mon", "monday", "mondays", "lunes", "lun", "周一", "星期一", "礼拜一"),
    ("tue", "tues", "tuesday", "tuesdays", "martes", "mar", "周二", "星期二", "礼拜二"),
    ("wed", "wednesday", "wednesdays", "miércoles", "miercoles", "mié", "mie", "周三", "星期三", "礼拜三"),
    ("thu", "thur", "thurs", "thursday", "thursdays", "jueves", "jue", "周四", "星期四", "礼拜四"),
    ("fri", "friday", "fridays", "viernes", "vie", "周五", "星期五", "礼拜五"),
    ("sat", "saturday", "saturdays", "sábado", "sabado", "sábados", "sabados", "sáb", "sab", "周六", "星期六", "礼拜六"),
    ("sun", "sunday", "sundays", "domingo", "domingos", "dom", "周日", "周天", "星期日", "星期天", "礼拜天", "礼拜日"),
]):
    for _n in _names:
        _DAY_WORDS[_n] = (_i,)
for _n in ("weekdays", "weekday", "workdays", "entre semana", "días laborables", "dias laborables",
           "laborables", "工作日", "平日"):
    _DAY_WORDS[_n] = (0, 1, 2, 3, 4)
for _n in ("weekends", "weekend", "fines de semana", "fin de semana", "周末"):
    _DAY_WORDS[_n] = (5, 6)
for _n in ("daily", "every day", "everyday", "todos los días", "todos los dias", "cada día",
           "cada dia", "a diario", "每天", "每日"):
    _DAY_WORDS[_n] = tuple(range(7))

_TIME = r"\d{1,2}(?:[:h.]\d{2})?\s*(?:[ap]\.?m\.?|h)?"
_RANGE = re.compile(rf"(?<![\d/.\-])(?P<a>{_TIME})\s*-\s*(?P<b>{_TIME})\s*$")
_SINGLE = re.compile(rf"(?<![\d/.\-])(?P<a>\d{{1,2}}(?:[:h]\d{{2}})\s*(?:[ap]\.?m\.?)?|\d{{1,2}}\s*[ap]\.?m\.?)\s*$")
_TIME_PARTS = re.compile(r"(\d{1,2})(?:[:h.](\d{2}))?\s*(?:([ap])\.?m\.?)?")
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")
_CN_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
_CN_TIME = re.compile(r"(上午|早上|中午|下午|晚上)?\s*(\d{1,2})\s*[点點时](?:\s*(\d{1,2})\s*分?|半)?")
_PLACE_WORK = re.compile(r"\b(?:at work|work|trabajo|oficina|office)\b\s*:?|(?:在)?(?:工作单位|单位|公司)\s*:?")
_PLACE_HOME = re.compile(r"\b(?:at home|home|casa|domicilio)\b\s*:?|(?:在)?家(?:里|中)?\s*:?")
_FILLER = re.compile(r"\b(?:from|between|entre|desde|las|los|on|every|each|cada|at|el|la)\b")


class WindowParseError(ValueError):
    """One window text that cannot be read."""


@dataclass(slots=True)
class ParsedWindows:
    windows: list[Window] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def infer_dayfirst(texts) -> bool | None:
    """Look at ``a/b/yyyy`` dates in a file: True if some first number is > 12 (day first),
    False if some second number is (month first), None when every date is ambiguous."""
    for text in texts:
        if not text:
            continue
        for a, b, _ in _NUMERIC_DATE.findall(str(text)):
            if int(a) > 12 >= int(b):
                return True
            if int(b) > 12 >= int(a):
                return False
    return None


def parse_windows(text: str, tz: str, *, dayfirst: bool = True, today: date | None = None) -> ParsedWindows:
    """Parse every ``;``-separated window in ``text`` in the zone ``tz``."""
    result = ParsedWindows()
    for part in re.split(r"[;；\n]", text or ""):
        if not part.strip():
            continue
        try:
            result.windows.append(parse_window(part, tz, dayfirst=dayfirst, today=today))
        except WindowParseError as exc:
            result.errors.append(f"{part.strip()!r}: {exc}")
    return result


def parse_window(text: str, tz: str, *, dayfirst: bool = True, today: date | None = None) -> Window:
    """Parse one window; raise :class:`WindowParseError` with a short reason when unreadable."""
    outcome = _parse_cached(text, tz, dayfirst, today or date.today())
    if isinstance(outcome, str):
        raise WindowParseError(outcome)
    return outcome


@lru_cache(maxsize=8192)
def _parse_cached(text: str, tz: str, dayfirst: bool, today: date) -> Window | str:
    """Case files repeat the same texts ("weekdays 18:00-20:00") thousands of times: parse once.
    Windows are immutable, so sharing them is safe; errors are cached as their message."""
    try:
        return _parse(text, tz, dayfirst=dayfirst, today=today)
    except WindowParseError as exc:
        return str(exc)


def _parse(text: str, tz: str, *, dayfirst: bool, today: date) -> Window:
    raw = text.strip()
    zone = ZoneInfo(tz)
    s = unicodedata.normalize("NFKC", raw).lower().strip()
    if not s:
        raise WindowParseError("empty")
    if "/" in s and "t" in s and " " not in s.strip():
        return _parse_iso_interval(s, zone, raw)
    s, place = _take_place(s)
    s = _normalise(s)
    m = _RANGE.search(s)
    if m:
        start_t, end_t = _times(m.group("a"), m.group("b"))
        head = s[: m.start()]
    else:
        m = _SINGLE.search(s)
        if not m:
            raise WindowParseError("no time range such as 14:00-16:00")
        start_t = _one_time(m.group("a"), None)
        end_t = (datetime.combine(date(2000, 1, 1), start_t) + timedelta(hours=1)).time()
        head = s[: m.start()]
    head = head.strip(" ,-@:")
    if not head:
        raise WindowParseError("no date or weekday")
    days = _weekdays(head)
    if days is not None:
        if end_t <= start_t and end_t != time(0):
            raise WindowParseError("the window ends before it starts")
        return Window.weekly(days, start_t, end_t, tz, place=place, text=raw)
    day = _date(head, dayfirst, today)
    start = datetime.combine(day, start_t, zone)
    end_day = day + timedelta(days=1) if end_t == time(0) else day
    end = datetime.combine(end_day, end_t, zone)
    if end <= start:
        raise WindowParseError("the window ends before it starts")
    return Window.once(start, end, place=place, text=raw)


def _parse_iso_interval(s: str, zone: ZoneInfo, raw: str) -> Window:
    left, _, right = s.partition("/")
    try:
        start = datetime.fromisoformat(left.upper())
        if re.fullmatch(r"p(t(\d+h)?(\d+m)?)", right):
            hours = re.search(r"(\d+)h", right)
            minutes = re.search(r"(\d+)m", right)
            end = start + timedelta(hours=int(hours.group(1)) if hours else 0,
                                    minutes=int(minutes.group(1)) if minutes else 0)
        elif re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", right):
            end = datetime.combine(start.date(), time.fromisoformat(right), start.tzinfo)
        else:
            end = datetime.fromisoformat(right.upper())
    except ValueError as exc:
        raise WindowParseError("not a valid ISO 8601 interval") from exc
    start = start if start.tzinfo else start.replace(tzinfo=zone)
    end = end if end.tzinfo else end.replace(tzinfo=zone)
    start, end = start.astimezone(zone), end.astimezone(zone)
    if end <= start:
        raise WindowParseError("the window ends before it starts")
    return Window.once(start, end, text=raw)


def _take_place(s: str) -> tuple[str, Place]:
    s = s.replace("工作日", " weekdays ")
    for regex, place in ((_PLACE_WORK, Place.WORK), (_PLACE_HOME, Place.HOME)):
        if regex.search(s):
            return regex.sub(" ", s), place
    return s, Place.ANY


def _cn_times(s: str) -> str:
    """``下午3点-5点`` → ``15:00-17:00``: the period of the first time carries to the second."""
    last_period: list[str | None] = [None]

    def repl(m: re.Match) -> str:
        period, hour, minute = m.group(1), int(m.group(2)), m.group(3)
        period = period or last_period[0]
        last_period[0] = period
        minutes = 30 if m.group(0).endswith("半") else int(minute or 0)
        if (period in ("下午", "晚上") and hour < 12) or (period == "中午" and hour < 6):
            hour += 12
        return f" {hour}:{minutes:02d} "

    return _CN_TIME.sub(repl, s)


def _normalise(s: str) -> str:
    s = _CN_DATE.sub(lambda m: f" {m.group(1) + '-' if m.group(1) else ''}{m.group(2)}-{m.group(3)} ", s)
    s = _cn_times(s)
    s = re.sub(r"[~～〜–—至到]|\bto\b|\bhasta\b|\ba\b|\by\b|\buntil\b|\btill\b", "-", s)
    s = _FILLER.sub(" ", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def _one_time(token: str, meridiem_hint: str | None) -> time:
    m = _TIME_PARTS.fullmatch(token.strip().rstrip("h").strip()) or _TIME_PARTS.match(token.strip())
    if not m:
        raise WindowParseError(f"{token!r} is not a time")
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    meridiem = m.group(3) or meridiem_hint
    if meridiem:
        if not 1 <= hour <= 12:
            raise WindowParseError(f"{token!r} is not a time")
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour == 24 and minute == 0:
        return time(0)
    if hour > 23 or minute > 59:
        raise WindowParseError(f"{token!r} is not a time")
    return time(hour, minute)


def _meridiem(token: str) -> str | None:
    m = _TIME_PARTS.match(token.strip())
    return m.group(3) if m else None


def _times(a: str, b: str) -> tuple[time, time]:
    ma, mb = _meridiem(a), _meridiem(b)
    end = _one_time(b, None)
    if ma is None and mb is not None:
        start = _one_time(a, mb)
        if start >= end and mb == "p":  # "11-1pm" is 11am to 1pm
            start = _one_time(a, "a")
    else:
        start = _one_time(a, None)
    if ":" not in a + b and "h" not in a + b and ma is None and mb is None and "." not in a + b:
        raise WindowParseError("times need minutes or am/pm, e.g. 14:00-16:00")
    return start, end


def _weekdays(head: str) -> tuple[int, ...] | None:
    h = re.sub(r"\s*-\s*", "-", head.strip(" ,.:"))
    if h in _DAY_WORDS:
        return _DAY_WORDS[h]
    days: set[int] = set()
    for chunk in re.split(r"\s*(?:,|、|\band\b|&|\+|\s)\s*", h):
        if not chunk:
            continue
        if "-" in chunk:
            a, _, b = chunk.partition("-")
            if a in _DAY_WORDS and b in _DAY_WORDS and len(_DAY_WORDS[a]) == len(_DAY_WORDS[b]) == 1:
                first, last = _DAY_WORDS[a][0], _DAY_WORDS[b][0]
                span = range(first, last + 1) if first <= last else [*range(first, 7), *range(0, last + 1)]
                days.update(span)
                continue
            return None
        if chunk in _DAY_WORDS:
            days.update(_DAY_WORDS[chunk])
        elif chunk in ("周", "星期", "礼拜"):
            continue
        else:
            return None
    return tuple(sorted(days)) if days else None


_RELATIVE = {"today": 0, "hoy": 0, "今天": 0, "今日": 0, "tomorrow": 1, "mañana": 1, "manana": 1,
             "明天": 1, "明日": 1, "后天": 2, "pasado mañana": 2, "pasado manana": 2}


def _date(head: str, dayfirst: bool, today: date | None) -> date:
    if head.strip() in _RELATIVE:
        return (today or date.today()) + timedelta(days=_RELATIVE[head.strip()])
    try:
        return parse_date(head, dayfirst=dayfirst, default=today)
    except DateError as exc:
        raise WindowParseError(str(exc)) from None
