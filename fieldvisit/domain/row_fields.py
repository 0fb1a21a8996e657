"""Helpers :func:`fieldvisit.domain.case_rows.read_row` reads single fields of a row with: date
cells (:func:`date_cell`: a spreadsheet's serial day, text in the row's date order, a bare number
written as text sent to review), the flag reading made once per distinct combination of flag cells
(:func:`flag_reading`), and the patterns and tolerance for the address, its US state and the due
date. ``ctx`` is the file's ``case_rows.RowContext`` (this module imports nothing of case_rows)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from fieldvisit.domain.dates import AmbiguousDate, from_serial, parse_date, serial_text_problem
from fieldvisit.domain.flag_columns import FlagReading, read_flag_cells

SERIAL_TEXT = re.compile(r"\d{5}(?:\.\d+)?")


def date_cell(value: Any, ctx: Any, dayfirst: bool | None) -> date:
    """A date cell: a date, a spreadsheet's number cell (a serial day in the workbook's date
    system) or text read in the row's date order. AmbiguousDate when the order is undecided and it
    matters, when the text writes no year (``3/4``), or for a bare number written as text
    (``46085`` in a CSV: a serial day only perhaps — :func:`serial_text_problem`)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return from_serial(float(value), ctx.date_system)
    if type(value) is str and SERIAL_TEXT.fullmatch(value.strip()):
        raise AmbiguousDate(serial_text_problem(value.strip(), ctx.date_system))
    return parse_date(value, dayfirst=dayfirst, default=ctx.as_of, time_ok=True,  # "2026-10-31 23:59:59"
                      year_needed=True)


#: Line breaks inside an address cell (with the spaces around them): joined with ", ".
LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


#: Days a file's due date and its days-past-due column may differ (a file exported some days ago).
DUE_DATE_TOLERANCE_DAYS = 7


#: A US state at the end of an address (``…, MA 02108``, ``…, TX``): the case's zone without coordinates.
US_STATE_ZIP = re.compile(r"\b([A-Z]{2})\s+\d{5}(?:-\d{4})?\s*$|,\s*([A-Z]{2})\s*$")


#: Distinct flag cells remembered per file; past this many the readings are made per row.
FLAG_READINGS_KEPT = 4096


def flag_reading(text: dict[str, str], ctx: Any) -> FlagReading:
    """:func:`read_flag_cells` once per distinct combination of the row's flag cells. A reading
    that leaves times to read (a ``No visitar`` cell) may be changed by the caller
    (:func:`hold_unread_times`): that one is made for its row alone."""
    key = tuple(map(text.get, ctx.flag_keys))  # a missing cell (None) and a blank one: two keys, one reading
    found = ctx.flag_readings.get(key)
    if found is None:
        found = read_flag_cells(text, ctx.flag_labels)
        if not found.inconvenient and len(ctx.flag_readings) < FLAG_READINGS_KEPT:
            ctx.flag_readings[key] = found
    return found
