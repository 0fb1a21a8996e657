"""The date a case file counts its days past due from (its cut-off, "as of" date), when the user
gave none: a file exported a few days before it is imported counts them from its own day, and
reading them from the import's day would put every row's due date and days past due at odds
(one false review item a row, BRK16a #8).

The file says it in one of two ways, looked at once per file (never per row):

- a title line above the header states it: ``Fecha de corte: 23/11/2026``, ``As of 2026-11-23``,
  ``截至2026年11月23日``, ``Stichtag: 23.11.2026``, ``Date d'arrêté : 23/11/2026``;
- the rows that give both a due date and days past due agree on one day (due date + days): at
  least two of them and more than half, the day the file was made (a row that disagrees with
  the rest still goes to review, against that day).

A day after the import's own day is no cut-off date (never used). Plain Python.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from fieldvisit.domain.cells import days_count
from fieldvisit.domain.dates import DateError, parse_date
from fieldvisit.domain.text import msg

#: A label saying the date after it is the file's cut-off / as-of date (EN, ES, PT, FR, DE, IT, ZH).
_LABEL = re.compile(
    r"fecha\s+(?:de\s+)?(?:corte|cierre)|corte\s+al|al\s+corte|saldos?\s+al|datos\s+al|"
    r"data\s+(?:de\s+|-)?(?:corte|base)|"
    r"posi[çc][ãa]o\s+em|as\s+(?:of|at)|cut[\s-]?off(?:\s+date)?|position\s+(?:as\s+)?at|"
    r"date\s+d['’]arr[êe]t[ée]|arr[êe]t[ée]e?\s+au|situation\s+au|stichtag|stand(?:\s+vom)?|"
    r"data\s+di\s+riferimento|截至|截止(?:日期)?|数据日期|統計日期|统计日期",
    re.IGNORECASE)
#: A date written after the label: ``23/11/2026``, ``2026-11-23``, ``23.11.2026``, ``2026年11月23日``,
#: ``23 de noviembre de 2026``, ``23 novembre 2026``, ``Nov 23, 2026``.
_DATE = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}|"
    r"\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]+\.?\s+(?:de\s+)?\d{4}|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4}")


def title_date(lines: Iterable[str], dayfirst: bool | None) -> tuple[date, str] | None:
    """``(date, the line)`` of the first title line that states a cut-off date (a label, then a
    date that reads one way: ``dayfirst`` is the file's order, None when undecided), else None."""
    for line in lines:
        label = _LABEL.search(line)
        if not label:
            continue
        found = _DATE.search(line, label.end())
        if not found:
            continue
        try:
            return parse_date(found.group(0).strip(), dayfirst=dayfirst), line.strip()
        except (DateError, ValueError):
            continue
    return None


def rows_date(pairs: Iterable[tuple[Any, Any]], dayfirst: bool | None) -> tuple[date, int, int] | None:
    """``(day, rows on it, rows read)``: the day (due date + days past due) that most ``(due date
    cell, days past due cell)`` pairs agree on, when at least two and more than half of those that
    read agree on it; None otherwise (a row that disagrees with the rest still goes to review, now
    against that day). Each distinct cell is read once (a file repeats them)."""
    try:  # a file repeats its cells: each distinct pair is read once
        distinct = Counter(pairs)
    except TypeError:  # an unhashable cell: no cut-off date from the rows
        return None
    dues: dict[Any, date | None] = {}
    days: dict[Any, int | None] = {}
    counts: Counter[date] = Counter()
    for (due_cell, days_cell), n in distinct.items():
        due = dues[due_cell] if due_cell in dues else dues.setdefault(due_cell, _due(due_cell, dayfirst))
        count = days[days_cell] if days_cell in days else days.setdefault(days_cell, _days(days_cell))
        if due is not None and count is not None:
            counts[due + timedelta(days=count)] += n
    if not counts:
        return None
    day, agree = counts.most_common(1)[0]
    read = sum(counts.values())
    return (day, agree, read) if agree >= 2 and agree * 2 > read else None


def _due(cell, dayfirst: bool | None) -> date | None:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if not isinstance(cell, str) or not cell.strip():
        return None
    try:
        return parse_date(cell.strip(), dayfirst=dayfirst, time_ok=True)
    except (DateError, ValueError):
        return None


def _days(cell) -> int | None:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    try:
        count = days_count(cell)
    except (ValueError, TypeError):
        return None
    return count if count >= 0 else None


def file_as_of(title_lines: Sequence[str], rows: Iterable[dict], *, today: date,
               dayfirst: bool | None) -> tuple[date, str] | None:
    """``(the file's as-of date, the evidence sentence)`` from its title lines, else from its rows
    (canonical column → raw cell; only rows with ``due_date`` and ``days_past_due``); None when
    the file states none, or the day it states is ``today`` or later."""
    stated = title_date(title_lines, dayfirst)
    if stated is not None and stated[0] < today:
        day, line = stated
        return day, msg("As of {day}: the file states its cut-off date ({line}); days past due count from that "
                        "day.", day=day.isoformat(), line=line[:80])
    if stated is not None:
        return None
    found = rows_date(((r.get("due_date"), r.get("days_past_due")) for r in rows), dayfirst)
    if found is None or found[0] >= today:
        return None
    day, agree, read = found
    return day, msg("As of {day}: the due dates and days past due of {agree} of the file's {read} rows agree on that "
                    "day (the file was made then); days past due count from it.", day=day.isoformat(), agree=agree,
                    read=read)
