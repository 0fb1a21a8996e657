"""Which order a case file writes its dates in (``03/04/2026``: 3 April or March 4): the votes
:func:`fieldvisit.domain.conventions.decide_conventions` weighs — dates only one order can read
(``25/11/2026``), the plausibility of each reading (an appointment from a month ago to half a
year ahead, a payment in the last ten years) and the countries that write month first (never a
currency: USD is written by the US and by day-first Ecuador, El Salvador, Timor-Leste, by Panama,
which writes both orders, and by month-first Puerto Rico; the country's own order decides) — :func:`plausible_order` for one appointment when the file leaves the order open,
:func:`country_dayfirst` for the order a country writes (None for year-first countries such as
CN, JP or KR: they settle nothing about ``12/01``), and :func:`past_appointment` for an
appointment that falls more than :data:`PAST_APPOINTMENT_DAYS` before the import's date."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache

#: Countries that write the month first (the United States and places that follow its usage).
MONTH_FIRST = frozenset({"US", "PH", "PR", "GU", "AS", "VI", "MP", "UM", "FM", "MH", "PW"})
#: Countries that write both orders in everyday use, so the country settles nothing about
#: ``03/04/2026``: Panama (CLDR's es_PA writes ``MM/dd/yy``, the US usage, while official papers and
#: much everyday writing put the day first). Ambiguous dates there go to review.
BOTH_ORDERS = frozenset({"PA"})
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?!\d)")
DATE_COLUMNS = ("due_date", "last_payment_date", "appointment", "inconvenient")
#: An appointment more than this many days before the import's date is not kept as a window: it
#: goes to review as "in the past". Lenders export their files up to a few weeks before they are
#: imported (a monthly assignment cycle), so an appointment of the last month may just be one the
#: file still lists; one older than that is stale or a date read in the wrong order (12/01 read as
#: 12 January in late November). The same bound makes a reading implausible in :func:`plausible_order`.
PAST_APPOINTMENT_DAYS = 30
#: How far ahead an appointment is still plausible (half a year).
FUTURE_APPOINTMENT_DAYS = 183


@lru_cache(maxsize=256)
def country_dayfirst(country: str) -> bool | None:
    """True when people in ``country`` write the day before the month (ES ``d/M/yy``), False when
    the month comes first (US ``M/d/yy``), None when the country writes the year first (CN
    ``y/M/d``, JP, KR, CA, SE…: a ``12/01/2026`` there is no evidence either way), writes both
    orders (:data:`BOTH_ORDERS`) or is unknown.
    From CLDR's short date pattern (Babel) of the country's official languages."""
    if not country or country in BOTH_ORDERS:
        return None
    if country in MONTH_FIRST:
        return False
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_date_format
    from babel.languages import get_official_languages

    for language in get_official_languages(country, de_facto=True) or ():
        try:
            pattern = get_date_format("short", Locale.parse(f"{language}_{country}")).pattern
        except (UnknownLocaleError, ValueError):
            continue
        first = next((ch for ch in pattern if ch in "dMy"), "")
        return {"d": True, "M": False}.get(first)
    return None


def _appointment_range(as_of: date) -> tuple[date, date]:
    return as_of - timedelta(days=PAST_APPOINTMENT_DAYS), as_of + timedelta(days=FUTURE_APPOINTMENT_DAYS)


def example_date(rows, dayfirst: bool) -> str:
    """The first date of the file that only the ``dayfirst`` order can read (``25/04/2026``), as
    written, for the sentence saying why the order was chosen; "" when none."""
    for column in DATE_COLUMNS:
        for t in dict.fromkeys(column_texts(rows, column)):  # each distinct text once, in file order
            for m in _NUMERIC_DATE.finditer(t):
                a, b = int(m.group(1)), int(m.group(2))
                if (a > 12 >= b >= 1) if dayfirst else (b > 12 >= a >= 1):
                    return m.group(0)
    return ""


def past_appointment(windows, as_of: date) -> date | None:
    """The day of the first one-off window in ``windows`` that ends more than
    :data:`PAST_APPOINTMENT_DAYS` before ``as_of`` (a stale or misread appointment), else None.
    Weekly windows are never in the past."""
    low = as_of - timedelta(days=PAST_APPOINTMENT_DAYS)
    for w in windows:
        if w.end is not None and w.end.date() < low:
            return w.start.date()
    return None


def other_reading(text: str, dayfirst: bool) -> date | None:
    """The first ambiguous numeric date of ``text`` read in the other order (``12/01/2026`` read
    day first is 12 Jan; the other reading is 1 Dec), or None when it has none."""
    for a, b, y in _NUMERIC_DATE.findall(text):
        a, b, y = int(a), int(b), int(y) if len(y) == 4 else 2000 + int(y)
        if a != b and 1 <= a <= 12 and 1 <= b <= 12:
            return date(y, a, b) if dayfirst else date(y, b, a)
    return None


def column_texts(rows, column: str) -> list[str]:
    """The non-empty cells of ``column`` in ``rows`` (canonical column → raw cell), stripped."""
    out = []
    for row in rows:
        v = row.get(column)
        if v is None:
            continue
        t = v.strip() if type(v) is str else str(v).strip()
        if t:
            out.append(t)
    return out


def date_votes(rows) -> tuple[int, int]:
    """Dates only the day-first (``25/11/2026``) and only the month-first order can read; a
    text the file repeats is read once and counted as often as it is written."""
    day, month = 0, 0
    for column in DATE_COLUMNS:
        for t, times in Counter(column_texts(rows, column)).items():
            for a, b, _ in _NUMERIC_DATE.findall(t):
                a, b = int(a), int(b)
                if a > 12 >= b >= 1:
                    day += times
                elif b > 12 >= a >= 1:
                    month += times
    return day, month


def plausibility_votes(rows, as_of: date) -> tuple[int, int]:
    """Rows where only the day-first (or only the month-first) reading of an ambiguous date is
    plausible: appointments from a month ago to half a year ahead, payments not in the future."""
    day, month = 0, 0
    ranges = {"appointment": _appointment_range(as_of),
              "last_payment_date": (as_of - timedelta(days=3650), as_of + timedelta(days=1))}
    for column, (low, high) in ranges.items():
        for t, times in Counter(column_texts(rows, column)).items():  # a repeated text read once
            for a, b, y in _NUMERIC_DATE.findall(t):
                a, b, y = int(a), int(b), int(y) if len(y) == 4 else 2000 + int(y)
                if a == b or a > 12 or b > 12 or a < 1 or b < 1:
                    continue
                d_ok = low <= date(y, b, a) <= high
                m_ok = low <= date(y, a, b) <= high
                if d_ok and not m_ok:
                    day += times
                elif m_ok and not d_ok:
                    month += times
    return day, month


def undecided_dates(rows, as_of: date) -> int:
    """Ambiguous dates (``02/03/2027``) that plausibility does not settle: both readings of an
    appointment or payment plausible, or a date column plausibility does not judge (due dates)."""
    count = 0
    for column in DATE_COLUMNS:
        for t, times in Counter(column_texts(rows, column)).items():  # a repeated text read once
            for a, b, y in _NUMERIC_DATE.findall(t):
                a, b = int(a), int(b)
                if a == b or a > 12 or b > 12 or a < 1 or b < 1:
                    continue
                if column in ("appointment", "last_payment_date"):
                    if plausible_order(f"{a}/{b}/{y}", as_of, column) is None:
                        count += times
                else:
                    count += times
    return count


def plausible_order(text: str, as_of: date, column: str = "appointment") -> bool | None:
    """True (day first) or False (month first) when every ambiguous date in ``text`` is plausible
    only one way (an appointment from :data:`PAST_APPOINTMENT_DAYS` ago to half a year ahead; a
    payment in the last ten years), else None."""
    low, high = _appointment_range(as_of) if column != "last_payment_date" else \
        (as_of - timedelta(days=3650), as_of + timedelta(days=1))
    found: set[bool] = set()
    for a, b, y in _NUMERIC_DATE.findall(text):
        a, b, y = int(a), int(b), int(y) if len(y) == 4 else 2000 + int(y)
        if a == b or a > 12 or b > 12 or a < 1 or b < 1:
            continue
        d_ok, m_ok = low <= date(y, b, a) <= high, low <= date(y, a, b) <= high
        if d_ok == m_ok:
            return None
        found.add(d_ok)
    return found.pop() if len(found) == 1 else None


def past_sentence(text: str, day: date, as_of: date, dayfirst: bool) -> str:
    """The review sentence for an appointment ``text`` read as ``day``, more than
    :data:`PAST_APPOINTMENT_DAYS` before the import's ``as_of``; names the other reading of an
    ambiguous date when that one falls near the import's date."""
    out = (f"{text!r}: read as {day.isoformat()}, {(as_of - day).days} days before the import's date "
           f"({as_of.isoformat()}), the appointment is in the past; enter the new one by hand or dismiss it")
    other = other_reading(text, dayfirst)
    low, high = _appointment_range(as_of)
    if other is not None and low <= other <= high:
        out += f" (read {'month' if dayfirst else 'day'} first it would be {other.isoformat()})"
    return out
