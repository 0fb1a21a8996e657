"""Free-text appointment windows → timezone-aware :class:`Window` objects.

Reads what people type into a case file's appointment column, in English, Spanish and Chinese::

    2026-11-24 14:00-16:00          2026/11/24 09:00~11:30        2026年11月25日 15:00-17:00
    25/11/2026 de 16:00 a 18:00     11/24/2026 6pm-8pm            Nov 25 2026 9:30am - 11am
    2026-11-24T14:00/2026-11-24T16:00                             weekdays 18:00-20:00
    martes y jueves 16:00-18:00     de lunes a viernes de 9 a 14  L-V 9:00-14:00   Tue & Thu 4-6pm
    周二和周四 下午3点-5点            周一至周五 9:00-14:00           工作日晚上7点后    周六上午
    Sat AM    after 6pm    weekdays 9-5    por las tardes    9h-14h    work: Mon,Wed 12:00-13:00
    noon-2pm    mediodía a 14h    any weekday before noon    工作日中午前    mañana y tarde    上午和下午

Also Mexican ``9:00 a. m. - 2:00 p. m.``, ``24/7``, ``0900-1200`` and Portuguese ``seg a sex das 9h
às 18h`` (:mod:`fieldvisit.domain.window_forms`).

Morning or evening: hours without am/pm or a 24-hour hint are read in the afternoon/evening only
when no one means them in the morning — a start from 1:00 to 5:59 (``Fri 5-7`` = 17:00–19:00) —
or when the end would otherwise come before the start (``9-5`` = 09:00–17:00). Every other time
is taken as written (``Mon 7-9`` = 07:00–09:00, ``Sat 6-8`` = 06:00–08:00): the lawful-hours
rule (:mod:`fieldvisit.domain.lawful_windows`) then clips it or sends it to review "outside lawful
visiting hours"; a plausible morning time is never moved 12 hours. Bounds (``after 6``) take
their one lawful reading, as a morning bound would say nothing. A window over midnight
(``Sat 23:00-02:00``) keeps its evening part; with none of it lawful it goes to review saying so.
Full rule and table: :mod:`fieldvisit.domain.window_phrases`.

Days are read as lists and spans ("Tue and Thu" is two days, "Mon-Fri" five); vague times have
the documented meanings of :mod:`fieldvisit.domain.window_phrases`, clipped to the lawful contact
hours given. Several windows are separated by ``;``; a split day ("L-V de 9 a 14 y de 16 a 19") or
days with their own hours ("Mon 9-11, Wed 14-16") give several. A part that cannot be read is
returned as an error message next to the windows that could, so the caller keeps the row and
queues it for review.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from fieldvisit.domain.text import msg
from fieldvisit.domain.window_chinese import chinese_to_plain
from fieldvisit.domain.window_clauses import JOIN, Ambiguous, day_segments, split_clauses
from fieldvisit.domain.window_dates import WindowParseError, one_off_date, parse_iso_interval
from fieldvisit.domain.window_days import only_filler, weekdays_of
from fieldvisit.domain.window_forms import plain_forms
from fieldvisit.domain.window_hours import bare_single, explicit, read_token, resolve
from fieldvisit.domain.window_phrases import (
    PERIOD_PHRASES, PERIODS, base_period, merged_spans, name_points, take_periods,
)
from fieldvisit.domain.window_places import take_place
from fieldvisit.domain.windows import Window

DEFAULT_LAWFUL = (time(8), time(21))

_TIME = r"\d{1,2}(?:[:.]\d{2}|h\d{2})?(?:\s*(?:[ap]\.?m\.?(?![a-z])|h(?:rs?|s)?(?![a-z])|horas?\b))?"
_END = r"(?![\d/:.]|-\d)"
_START = r"(?<![\d/.:\-])"
_RANGE = re.compile(
    rf"{_START}(?:(?:from|de|desde|entre|between)\s+(?:las?\s+)?)?(?P<a>{_TIME})\s*"
    r"(?:-|–|—|~|～|〜|\bto\b|\ba\b|\bal\b|\bhasta\b|\buntil\b|\btill\b|\bthru\b|\bthrough\b|\by\b|\band\b|至|到)"
    rf"\s*(?:las?\s+)?(?P<b>{_TIME}){_END}")
_AFTER = re.compile(
    rf"\b(?:after|from|past|since|desde|despu[eé]s de|a partir de|m[aá]s tarde de)\s+(?:las?\s+)?(?P<a>{_TIME}){_END}"
    rf"|{_START}(?P<b>{_TIME})\s*(?:onwards?\b|or later\b|en adelante\b|o m[aá]s tarde\b|后|以后|之后|以後|\+(?!\s*\d))")
#: "around 5pm", "sobre las 17h", "5点左右": half an hour either side (documented in window_phrases)
_AROUND = re.compile(
    rf"\b(?:around|about|approx(?:\.|imately)?|circa|sobre|hacia|a eso de|alrededor de)\s+(?:las?\s+)?(?P<a>{_TIME}){_END}"
    rf"|{_START}(?P<b>{_TIME})\s*(?:左右|前后)")
_BEFORE = re.compile(
    rf"\b(?:before|until|till|by|no later than|antes de|hasta)\s+(?:las?\s+)?(?P<a>{_TIME}){_END}"
    rf"|{_START}(?P<b>{_TIME})\s*(?:or earlier\b|前|以前|之前)")
_SINGLE = re.compile(rf"{_START}(?P<at>\bat\s+|\ba las\s+|\blas\s+)?(?P<a>{_TIME}){_END}")
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")
_PERIODS = {name: re.compile(rx) for name, rx in PERIOD_PHRASES.items()}
#: Two hours with a word between that is no range word FieldVisit knows ("9 bis 12", "dalle 9 alle 12").
_UNKNOWN_RANGE = re.compile(r"(?<![\d/.:\-])(?:[01]?\d|2[0-4])(?:[:.h]\d{2})?\s*(?:h|uhr)?\s+([^\d\s/.,:;\-]+)\s+"
                            r"(?:[01]?\d|2[0-4])(?:[:.h]\d{2})?(?![\d/.:\-])")
@dataclass(slots=True)
class ParsedWindows:
    windows: list[Window] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: the errors that are a rule set's refusal of the days of a text read in full (also in ``errors``)
    refused: list[str] = field(default_factory=list)


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


def parse_windows(text: str, tz: str, *, dayfirst: bool = True, today: date | None = None,
                  lawful: tuple[time, time] = DEFAULT_LAWFUL) -> ParsedWindows:
    """Parse every ``;``-separated window in ``text`` in the zone ``tz``; vague times are clipped to
    ``lawful`` (the debtor's lawful contact hours, local time)."""
    result = ParsedWindows()
    for part in re.split(r"[;；\n]", text or ""):
        if not part.strip():
            continue
        outcome = _parse_cached(part, tz, dayfirst, today or date.today(), lawful)
        if isinstance(outcome, str):
            result.errors.append(f"{part.strip()!r}: {outcome}")
        else:
            result.windows.extend(outcome)
    return result


def parse_window(text: str, tz: str, *, dayfirst: bool = True, today: date | None = None,
                 lawful: tuple[time, time] = DEFAULT_LAWFUL) -> Window:
    """Parse one window; raise :class:`WindowParseError` with a short reason when unreadable (or
    when the text holds several, such as a split day "L-V de 9 a 14 y de 16 a 19": use parse_windows)."""
    outcome = _parse_cached(text, tz, dayfirst, today or date.today(), lawful)
    if isinstance(outcome, str):
        raise WindowParseError(outcome)
    if len(outcome) != 1:
        raise WindowParseError(msg("several windows in one text"))
    return outcome[0]


@lru_cache(maxsize=8192)
def _parse_cached(text: str, tz: str, dayfirst: bool, today: date,
                  lawful: tuple[time, time]) -> tuple[Window, ...] | str:
    """Case files repeat the same texts ("weekdays 18:00-20:00") thousands of times: parse once.
    Windows are immutable, so sharing them is safe; errors are cached as their message."""
    try:
        return _parse(text, tz, dayfirst=dayfirst, today=today, lawful=lawful)
    except WindowParseError as exc:
        return exc.args[0]  # the sentence (a domain.text.Msg, translatable)


def _minutes(t: time, *, end: bool = False) -> int:
    return 24 * 60 if end and t == time(0) else t.hour * 60 + t.minute


def _clock(minutes: int) -> time:
    return time(0) if minutes >= 24 * 60 else time(minutes // 60, minutes % 60)


#: Traditional characters of the day and time words, read as the simplified ones (週六上午 = 周六上午).
_TRADITIONAL = str.maketrans({"(": " ", ")": " ", "[": " ", "]": " ", "週": "周", "禮": "礼", "點": "点", "後": "后", "間": "间", "與": "与", "時": "时",
                              "鐘": "钟", "個": "个", "僅": "仅", "見": "见"})


def _parse(text: str, tz: str, *, dayfirst: bool, today: date, lawful: tuple[time, time]) -> tuple[Window, ...]:
    raw = text.strip()
    zone = ZoneInfo(tz)
    s = unicodedata.normalize("NFKC", raw).lower().strip().rstrip(".。").strip().translate(_TRADITIONAL)
    if not s:
        raise WindowParseError(msg("empty"))
    if "/" in s and "t" in s and " " not in s.strip():
        return (parse_iso_interval(s, zone, raw),)
    s, place = take_place(name_points(plain_forms(s)))
    s = re.sub(r"\bweeknights?\b", " weekdays evenings ", s)
    s = chinese_to_plain(s)
    ranges = list(_RANGE.finditer(s))
    segments = day_segments(s, ranges) if len(ranges) > 1 else None
    if segments:  # "Mon 9-11, Wed 14-16": each part its own days and hours
        return tuple(replace(w, place=place, text=raw) for seg in segments
                     for w in _parse(seg, tz, dayfirst=dayfirst, today=today, lawful=lawful))
    joined = take_periods(s, _PERIODS)
    try:  # (two parts of the day side by side, "mañana y tarde", are one clause)
        clauses = split_clauses(s, _has_time, _vague, _has_days) if not joined or len(joined[0]) < 2 else None
    except Ambiguous:
        raise WindowParseError(msg("cannot tell which days go with which times; write one window per days "
                                   "and times, separated by ;")) from None
    if clauses:  # "weekdays after 6pm, weekends all day", "evenings and weekends"
        return tuple(replace(w, place=place, text=raw) for part in clauses
                     for w in _parse(part, tz, dayfirst=dayfirst, today=today, lawful=lawful))
    law = (_minutes(lawful[0]), _minutes(lawful[1], end=True))
    kind, token_lists, s = _take_time(s, ranges)
    taken = take_periods(s, _PERIODS)
    if taken is None:
        raise WindowParseError(msg("cannot tell which parts of the day are meant; write e.g. Mon-Fri mornings; "
                                   "Sat afternoons"))
    if len(taken[0]) > 1 and kind:
        raise WindowParseError(msg("several parts of the day in one window; separate windows with ;"))
    periods, s = taken
    if len(periods) > 1:  # "mañana y tarde": each part its own window, parts that touch as one
        spans = merged_spans([_span(None, [], p, law) for p in periods])
    else:
        period = periods[0] if periods else None
        spans = [_span(kind, tokens, period, law) for tokens in token_lists] or [_span(None, [], period, law)]
    rest = re.sub(r"\b(?:from|between|entre(?! semana)|desde|at|a las)\b", " ", s)
    rest = re.sub(r"\s+", " ", rest).strip(" ,-@:.")
    if not rest or only_filler(rest):
        if spans == [None]:
            raise WindowParseError(msg("no time range such as 14:00-16:00"))
        if kind == "single":  # "15:00" alone: which days, and until when? a guess: review
            raise WindowParseError(msg("a time alone says no day and no end; write the days and hours, e.g. "
                                       "Mon-Fri 15:00-17:00, or the date, e.g. 2026-11-24 15:00-16:00"))
        days: tuple[int, ...] | None = tuple(range(7))  # a time without a day: every day
    else:
        days = weekdays_of(rest)
    if days is not None:
        return tuple(Window.weekly(days, _clock(a), _clock(b), tz, place=place, text=raw)
                     for a, b in (span if span is not None else law for span in spans))
    if spans == [None] and (m := _UNKNOWN_RANGE.search(rest)):  # "dalle 9 alle 12", "9 bis 12 Uhr"
        raise WindowParseError(msg("cannot read {word} between two times; write the range as 14:00-16:00",
                                   word=repr(m.group(1))))
    try:
        day = one_off_date(rest, dayfirst, today)
    except WindowParseError as exc:  # never quote what is left once the time is taken out ("平日 以降")
        if rest == raw or repr(rest) not in str(exc):  # quoted as written, or not quoted
            raise
        raise WindowParseError(msg("cannot read the days or the date in {text}; write e.g. Tue and Thu, Mon-Fri, "
                                   "2026-11-24", text=repr(raw))) from None
    if spans == [None]:
        raise WindowParseError(msg("a date needs a time, e.g. 2026-11-24 14:00-16:00"))
    out = []
    for a, b in spans:
        start = datetime.combine(day, _clock(a), zone)
        end = datetime.combine(day + timedelta(days=1) if b >= 24 * 60 else day, _clock(b), zone)
        if end <= start:
            raise WindowParseError(msg("the window ends before it starts"))
        out.append(Window.once(start, end, place=place, text=raw))
    return tuple(out)


def _take_time(s: str, ranges: list[re.Match]) -> tuple[str | None, list[list[str]], str]:
    """Find the time expression: ``range`` (two tokens; several ranges side by side for a split day:
    "de 9 a 14 y de 16 a 19"), ``after``/``before``/``single`` (one token)."""
    for kind, regex in (("range", None), ("around", _AROUND), ("after", _AFTER), ("before", _BEFORE)):
        found = ranges if regex is None else list(regex.finditer(s))
        if len(found) > 1 and (kind != "range" or any(
                not JOIN.fullmatch(s[a.end():b.start()]) for a, b in zip(found, found[1:]))):
            raise WindowParseError(msg("several times in one window; separate windows with ;"))
        if found:
            tokens = [[t for t in (m.groupdict().get("a"), m.groupdict().get("b")) if t] for m in found]
            return kind, tokens, s[: found[0].start()] + " " + s[found[-1].end():]
    # a single time needs a clock (16:00, 4pm, 16h) or "at"/"a las" before it ("mañana a las 10")
    singles = [m for m in _SINGLE.finditer(s) if explicit(m.group("a")) or m.group("at")]
    between = s[singles[0].end():singles[1].start()].strip(" ,") if len(singles) == 2 else ""
    if between and not re.search(r"[;,]|\d|\b(?:or|o|u|and|y|e)\b|或|和", between):  # "午後2時から4時": a range word not known
        raise WindowParseError(msg("cannot read {word} between two times; write the range as 14:00-16:00",
                                   word=repr(between)))
    if len(singles) > 1:
        raise WindowParseError(msg("several times in one window; separate windows with ;"))
    if singles:
        m = singles[0]
        return "single", [[m.group("a")]], s[: m.start()] + " " + s[m.end():]
    return None, [], s


def _vague(s: str) -> bool:
    return any(regex.search(s) for regex in _PERIODS.values())


def _days_text(s: str) -> str:
    """``s`` without its times and parts of the day."""
    for regex in (_RANGE, _AROUND, _AFTER, _BEFORE, *_PERIODS.values()):
        s = regex.sub(" ", s)
    return _SINGLE.sub(lambda m: " " if explicit(m.group("a")) or m.group("at") else m.group(0), s).strip(" ,.:;")


def _has_days(s: str) -> bool:
    """Whether ``s`` names days (and nothing but days) besides its times; None: only a time."""
    rest = _days_text(s)
    return None if not rest or only_filler(rest) else weekdays_of(rest) is not None


def _has_time(s: str, leading: bool = False) -> bool:
    """Whether ``s`` holds a time: a range, after/before a time, a clock time or a part of the day;
    ``leading``: one that comes before anything else ("9-14 lunes a viernes", not "lunes 9-14")."""
    if leading:
        starts = [m.start() for rx in (_RANGE, _AROUND, _AFTER, _BEFORE, _SINGLE, *_PERIODS.values())
                  for m in rx.finditer(s) if rx is not _SINGLE or explicit(m.group("a")) or m.group("at")]
        return bool(starts) and not _days_text(s[:min(starts)])
    return bool(_RANGE.search(s) or _AFTER.search(s) or _BEFORE.search(s) or _AROUND.search(s) or _vague(s)
                or any(explicit(m.group("a")) or m.group("at") for m in _SINGLE.finditer(s)))


def _matching(points: list[int], period: str | None) -> list[int]:
    """``points`` (the hours of a range or a single time), checked against the part of the day the
    text names beside them: "tardes de 05:30 a 07:30 h" read in the morning is no window of the
    afternoon, and "mañanas 14:00-16:00" none of the morning; such a text goes to review."""
    part = base_period(period)
    if (part in ("afternoon", "evening") and points[0] < 12 * 60) or (part == "morning" and points[0] >= 12 * 60):
        raise WindowParseError(msg("the hours {hours} do not fall in the part of the day the text names; write them "
                                   "on the 24-hour clock, e.g. 17:30-19:30",
                                   hours="-".join(f"{_clock(p):%H:%M}" for p in points)))
    return points


def _span(kind: str | None, tokens: list[str], period: str | None,
          law: tuple[int, int]) -> tuple[int, int] | None:
    """Start and end in minutes of the day (end up to 1440); vague times (a part of the day,
    after/before a time) get their documented meaning clipped to the lawful hours ``law``."""
    meaning = PERIODS.get(period) if period else None
    frame = (_minutes(meaning[0]), _minutes(meaning[1], end=True)) if meaning else law
    if kind == "range":
        start, end = _matching(resolve(tokens, law, period), period)
        if end == 0:
            end = 24 * 60
        if end <= start and start >= 18 * 60 and end <= 6 * 60:  # "Sat 23:00-02:00": over midnight
            if start >= law[1]:
                raise WindowParseError(msg(
                    "the window crosses midnight ({start}-{end}) and is outside the lawful visiting hours "
                    "({law_start}-{law_end})", start=f"{_clock(start):%H:%M}", end=f"{_clock(end):%H:%M}",
                    law_start=f"{_clock(law[0]):%H:%M}", law_end=f"{_clock(law[1]):%H:%M}"))
            return start, 24 * 60  # the evening part (the lawful-hours rule keeps what is lawful)
        if end <= start:
            raise WindowParseError(msg("the window ends before it starts"))
        return start, end
    if kind == "single":
        start = _matching(resolve(tokens, law, period), period)[0]
        return start, start + 60
    if kind in ("after", "before", "around"):
        (point,) = resolve(tokens, (0, 24 * 60), period, bound=True) if explicit(tokens[0]) else \
            [bare_single(*read_token(tokens[0])[:2], law, period)]
        if kind == "around":
            frame = (point - 30, point + 30)
        # "afternoons after 3" ends with the afternoon; "después de las 7 de la tarde" (7 pm) with the law
        after_end = frame[1] if frame[1] > point else law[1]
        before_start = frame[0] if frame[0] < point else law[0]
        start, end = {"after": (point, after_end), "before": (before_start, point), "around": frame}[kind]
    elif period:
        start, end = frame
    else:
        return None
    start, end = max(start, law[0]), min(end, law[1])
    if end <= start:
        raise WindowParseError(msg("that time falls outside the lawful contact hours ({start}-{end})",
                                   start=f"{_clock(law[0]):%H:%M}", end=f"{_clock(law[1]):%H:%M}"))
    return start, end
