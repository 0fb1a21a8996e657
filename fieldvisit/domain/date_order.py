"""Which order a case file writes its dates in (``03/04/2026``: 3 April or March 4): the votes
:func:`fieldvisit.domain.conventions.decide_conventions` weighs — dates only one order can read
(``25/11/2026``), the plausibility of each reading (an appointment from a month ago to half a
year ahead, a payment in the last ten years) and the countries and currencies that write month
first — and :func:`plausible_order` for one appointment when the file leaves the order open."""

from __future__ import annotations

import re
from datetime import date, timedelta

#: Countries that write the month first (the United States and places that follow its usage).
MONTH_FIRST = frozenset({"US", "PH", "PR", "GU", "AS", "VI", "MP", "UM", "FM", "MH", "PW"})
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?!\d)")
#: The date order usual where a currency is used, for files that name no country: USD month first
#: (the US writes most USD files); currencies of day-first countries day first.
CURRENCY_DATE_ORDER = {"USD": False, "EUR": True, "GBP": True, "MXN": True, "INR": True, "COP": True,
                        "PEN": True, "CLP": True, "ARS": True, "BRL": True}
DATE_COLUMNS = ("due_date", "last_payment_date", "appointment", "inconvenient")


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
    day, month = 0, 0
    for column in DATE_COLUMNS:
        for t in column_texts(rows, column):
            for a, b, _ in _NUMERIC_DATE.findall(t):
                a, b = int(a), int(b)
                if a > 12 >= b >= 1:
                    day += 1
                elif b > 12 >= a >= 1:
                    month += 1
    return day, month


def plausibility_votes(rows, as_of: date) -> tuple[int, int]:
    """Rows where only the day-first (or only the month-first) reading of an ambiguous date is
    plausible: appointments from a month ago to half a year ahead, payments not in the future."""
    day, month = 0, 0
    ranges = {"appointment": (as_of - timedelta(days=31), as_of + timedelta(days=183)),
              "last_payment_date": (as_of - timedelta(days=3650), as_of + timedelta(days=1))}
    for column, (low, high) in ranges.items():
        for t in column_texts(rows, column):
            for a, b, y in _NUMERIC_DATE.findall(t):
                a, b, y = int(a), int(b), int(y) if len(y) == 4 else 2000 + int(y)
                if a == b or a > 12 or b > 12 or a < 1 or b < 1:
                    continue
                d_ok = low <= date(y, b, a) <= high
                m_ok = low <= date(y, a, b) <= high
                if d_ok and not m_ok:
                    day += 1
                elif m_ok and not d_ok:
                    month += 1
    return day, month


def undecided_dates(rows, as_of: date) -> int:
    """Ambiguous dates (``02/03/2027``) that plausibility does not settle: both readings of an
    appointment or payment plausible, or a date column plausibility does not judge (due dates)."""
    count = 0
    for column in DATE_COLUMNS:
        for t in column_texts(rows, column):
            for a, b, y in _NUMERIC_DATE.findall(t):
                a, b = int(a), int(b)
                if a == b or a > 12 or b > 12 or a < 1 or b < 1:
                    continue
                if column in ("appointment", "last_payment_date"):
                    if plausible_order(f"{a}/{b}/{y}", as_of, column) is None:
                        count += 1
                else:
                    count += 1
    return count


def plausible_order(text: str, as_of: date, column: str = "appointment") -> bool | None:
    """True (day first) or False (month first) when every ambiguous date in ``text`` is plausible
    only one way (an appointment from a month ago to half a year ahead; a payment in the last ten
    years), else None."""
    low, high = (as_of - timedelta(days=31), as_of + timedelta(days=183)) if column != "last_payment_date" else \
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
