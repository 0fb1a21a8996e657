"""Which weekdays an appointment text names: lists ("Tue and Thu", "martes y jueves", "周二和周四"),
spans ("Mon-Fri", "de lunes a viernes", "L-V", "周一至周五"), groups ("weekdays", "fines de semana",
"工作日") and exceptions ("weekdays except Wed", "除周三外"). Anything else is not a day list."""

from __future__ import annotations

import re

from fieldvisit.domain.window_phrases import (
    CN_DAY, DAY_FILLER, DAY_GROUPS, LETTERS_EN, LETTERS_ES, LIST_WORDS, RANGE_WORDS, day_word,
)

_LATIN = "a-záéíóúñüçãõâêôà"
_GROUPS = sorted(DAY_GROUPS, key=len, reverse=True)
_GROUP_RE = re.compile("|".join(
    (rf"(?<![{_LATIN}]){re.escape(g)}(?![{_LATIN}])" if re.match(rf"[{_LATIN}]", g) else re.escape(g))
    for g in _GROUPS))
_TOKEN = re.compile(rf"§\d+|(?:周|星期|礼拜)[一二三四五六日天七]|[一二三四五六日天七]|[{_LATIN}]+\.?"
                    r"|[-–—~～〜,、，/&+()（）]|至|到|和|及|与|跟|或|除外|除了|除|以外|之外|外|\S")
_EXCEPT = ("except", "excepto", "salvo", "menos", "除", "除了")  # never "not"/"no": a refusal is not a list
_END_EXCEPT = ("外", "以外", "之外")
_EN_ONLY = {"t", "tu", "w", "th", "r", "f", "sa", "su"}
_ES_ONLY = {"l", "x", "mi", "j", "v", "d", "s"}


def _span(first: int, last: int) -> set[int]:
    return set(range(first, last + 1)) if first <= last else {*range(first, 7), *range(0, last + 1)}


def _tokens(text: str) -> list[tuple[str, object]] | None:
    """``[(kind, value)]`` with kind day/group/letter/range/list/except/end_except; None if a word
    is not about days."""
    groups: list[tuple[int, ...]] = []

    def mark(m: re.Match) -> str:
        groups.append(DAY_GROUPS[m.group(0)])
        return f" §{len(groups) - 1} "

    text = _GROUP_RE.sub(mark, text.replace("§", " ? "))
    out: list[tuple[str, object]] = []
    prefixed = "周" in text or "星期" in text or "礼拜" in text
    for tok in _TOKEN.findall(text):
        bare = tok.rstrip(".")
        if tok.startswith("§"):
            out.append(("group", groups[int(tok[1:])]))
        elif tok[-1] in CN_DAY and (len(tok) > 1 or prefixed):
            out.append(("day", CN_DAY[tok[-1]]))
        elif day_word(bare) is not None and bare not in LETTERS_EN:
            out.append(("day", day_word(bare)))
        elif bare == "除外":  # "周三除外": the days just named are the exception
            out.append(("except_after", None))
        elif bare in "()（）":  # "Mon-Fri (except Wed)", "周一至周五（周三除外）"
            out.append(("list", None))
        elif bare in _EXCEPT:
            out.append(("except", None))
        elif bare in _END_EXCEPT:
            out.append(("end_except", None))
        elif bare in RANGE_WORDS:
            out.append(("range", None))
        elif bare in LIST_WORDS:
            out.append(("list", None))
        elif bare in DAY_FILLER:
            continue
        elif bare in LETTERS_ES or bare in LETTERS_EN:
            out.append(("letter", bare))
        elif run := _letter_run(bare):
            out.extend(("letter", x) for x in run)
        else:
            return None
    return out


def _letter_run(word: str) -> list[str] | None:
    """``mwf`` → m, w, f; ``tth`` → t, th; ``lmxjv`` → l, m, x, j, v: day letters written together,
    in week order without repeats (so an ordinary word is not taken for days)."""
    for table in (LETTERS_EN, LETTERS_ES):
        if table is LETTERS_ES and "mm" in word:  # "lmmjv": the second M is miércoles
            word = word.replace("mm", "mx", 1)
        out, i = [], 0
        while i < len(word):
            two, one = word[i:i + 2], word[i]
            if len(two) == 2 and two in table:
                out.append(two)
                i += 2
            elif one in table:
                out.append(one)
                i += 1
            else:
                break
        else:
            days = [table[x] for x in out]
            if len(out) >= 2 and days == sorted(set(days)):
                return out
    return None


def _letters(tokens: list[tuple[str, object]]) -> list[tuple[str, object]] | None:
    """One-letter days in one language: Spanish L M X J V S D or English M T W Th F Sa Su; a text
    with only ``M`` (Monday or martes?) is ambiguous."""
    letters = {v for k, v in tokens if k == "letter"}
    if not letters:
        return tokens
    en, es = letters & _EN_ONLY, letters & _ES_ONLY
    if (en and es) or not (en or es):
        return None
    table = LETTERS_EN if en else LETTERS_ES
    if not letters <= set(table) or (table is LETTERS_ES and _m_unclear(letters)):
        return None
    return [("day", table[v]) if k == "letter" else (k, v) for k, v in tokens]


def _m_unclear(letters: set[str]) -> bool:
    """Spanish letters with an ``M`` and no ``X``/``Mi``: "L, M y V" is lunes-martes-viernes by
    the standard letters (L M X J V S D) but lunes-miércoles-viernes in much of Latin America."""
    return "m" in letters and not letters & {"x", "mi"}


def spanish_m_unclear(text: str) -> bool:
    """True when ``text`` is Spanish day letters whose ``M`` could be martes or miércoles."""
    tokens = _tokens(text.strip(" ,.:;").lower())
    letters = {v for k, v in tokens or () if k == "letter"}
    return bool(letters & _ES_ONLY) and not letters & _EN_ONLY and _m_unclear(letters)


_ES_NAMES = {"l": "lunes", "x": "miércoles", "j": "jueves", "v": "viernes", "s": "sábado", "d": "domingo"}
_LETTER_WORD = re.compile(r"(?<![\w])[lmxjvsd]{1,7}(?![\w])", re.IGNORECASE)


def m_readings(text: str) -> list[str]:
    """For an appointment text whose Spanish day letters have an ``M`` that could be martes or
    miércoles ("LMV 10-12"): the text written both ways with the days' names ("lunes, martes,
    viernes 10-12", "lunes, miércoles, viernes 10-12"), for a person to pick; else ``[]``."""
    letters = {c for w in _LETTER_WORD.findall(text) for c in w.lower()}
    if not _m_unclear(letters) or not letters & _ES_ONLY:  # "M" alone: Monday or martes, not this question
        return []
    out = []
    for m_is in ("martes", "miércoles"):
        names = {**_ES_NAMES, "m": m_is}
        out.append(_LETTER_WORD.sub(lambda w: ", ".join(names[c] for c in w.group(0).lower()), text))
    return out


def weekdays_of(text: str) -> tuple[int, ...] | None:
    """The weekdays (0 = Monday, sorted) ``text`` names, or None when it is not only days."""
    if any(ch.isdigit() for ch in text):
        return None  # days are words; a number belongs to a date
    tokens = _tokens(text.strip(" ,.:;"))
    tokens = _letters(tokens) if tokens is not None else None
    if not tokens:
        return None
    plus: set[int] = set()
    minus: set[int] = set()
    excepting = False
    pending: int | None = None  # a day waiting to see if a span follows
    spanning = False
    seen_day = False
    listed: set[int] = set()  # single days named since the last group or span ("周三、周四除外")
    for kind, value in tokens:
        target = minus if excepting else plus
        if kind == "except_after":
            if spanning or excepting or (pending is None and not listed):
                return None
            minus |= listed | ({pending} if pending is not None else set())
            plus -= listed
            pending, listed = None, set()
            continue
        if kind == "day":
            seen_day = True
            if spanning:
                if pending is None:
                    return None
                target |= _span(pending, value)
                pending, spanning = None, False
                listed = set()
            else:
                if pending is not None:
                    target.add(pending)
                    listed.add(pending)
                pending = value
        elif kind == "group":
            seen_day = True
            if spanning:
                return None
            if pending is not None:
                target.add(pending)
                pending = None
            target |= set(value)
            listed = set()
        elif kind == "range":
            if pending is None:
                if seen_day:
                    return None
                continue  # a leading "de"/"from" already removed; "a"/"-" alone in front: ignore
            spanning = True
        elif kind in ("list", "except", "end_except"):
            if spanning:
                return None
            if pending is not None:
                target.add(pending)
                listed.add(pending)
                pending = None
            if kind == "except":
                excepting = True
            elif kind == "end_except":
                excepting = False
    if spanning:
        return None
    if pending is not None:
        (minus if excepting else plus).add(pending)
    if not plus and minus:
        plus = set(range(7))  # "除周日外" alone: every day but Sunday
    days = plus - minus
    return tuple(sorted(days)) if days else None


def without_day_names(text: str) -> tuple[str, set[int]]:
    """``text`` with its weekday names taken out, and the weekdays they named
    ("martes 24 de noviembre" → "24 de noviembre", {1})."""
    named: set[int] = set()

    def drop(m: re.Match) -> str:
        day = day_word(m.group(0))
        if day is None or len(m.group(0).rstrip(".")) < 3:
            return m.group(0)
        named.add(day)
        return " "

    plain = re.sub(rf"[{_LATIN}]+\.?", drop, text)
    plain = re.sub(r"(?:周|星期|礼拜)([一二三四五六日天七])", lambda m: named.add(CN_DAY[m.group(1)]) or " ", plain)
    return plain, named


def only_filler(text: str) -> bool:
    """True when ``text`` holds only words without meaning for days ("todas las", "every")."""
    tokens = _tokens(text.strip(" ,.:;"))
    return tokens == [] if not any(ch.isdigit() for ch in text) else False


def names_a_group(text: str) -> bool:
    """True when ``text`` names a group of days (weekdays, fines de semana, 周末 …)."""
    return bool(_GROUP_RE.search(text))
