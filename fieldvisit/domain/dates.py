"""Reading dates people and spreadsheets write: ISO (with a midnight time, or ``20260304``; any time
of day where the caller allows it: a due date written ``2026-10-31 23:59:59``),
day-first or month-first, English/Spanish/Portuguese month names, Chinese ``年月日``, Excel date cells and Excel serial numbers (1900 and 1904 date
systems)."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from dateutil import parser as du_parser


class DateError(ValueError):
    """Text that is not a date."""


class AmbiguousDate(DateError):
    """``03/04/2026`` when the file's date order is undecided: 3 April or 4 March."""


_EPOCHS = {1900: date(1899, 12, 30), 1904: date(1904, 1, 1)}


def from_serial(value: float, date_system: int = 1900) -> date:
    """An Excel serial day number as a date: 46300 → 2026-10-05 in the 1900 system (Excel's
    phantom 29 Feb 1900 accounted for), serial 0 = 1 Jan 1904 in the 1904 system. DateError
    outside 1 Jan 1910..31 Dec 2199 (such a number is no date in a case file)."""
    from datetime import timedelta

    if date_system not in _EPOCHS:
        raise DateError(f"unknown spreadsheet date system {date_system}")
    day = _EPOCHS[date_system] + timedelta(days=int(value))
    if not date(1910, 1, 1) <= day <= date(2199, 12, 31):
        raise DateError(f"{value:g} is not a date")
    return day


class _Info(du_parser.parserinfo):
    """dateutil's parser, taught Spanish month and day names and the filler word ``de``."""

    JUMP = du_parser.parserinfo.JUMP + ["de", "del", "el", "the", "of"]
    MONTHS = [
        ("Jan", "January", "ene", "enero", "janeiro"), ("Feb", "February", "febrero", "fev", "fevereiro"),
        ("Mar", "March", "marzo", "março", "marco"), ("Apr", "April", "abr", "abril"), ("May", "mayo", "maio"),
        ("Jun", "June", "junio", "junho"), ("Jul", "July", "julio", "julho"), ("Aug", "August", "ago", "agosto"),
        ("Sep", "Sept", "September", "sept", "septiembre", "setiembre", "set", "setembro"),
        ("Oct", "October", "octubre", "out", "outubro"), ("Nov", "November", "noviembre", "novembro"),
        ("Dec", "December", "dic", "diciembre", "dez", "dezembro"),
    ]
    WEEKDAYS = [
        ("Mon", "Monday", "lunes"), ("Tue", "Tuesday", "martes"),
        ("Wed", "Wednesday", "miércoles", "miercoles"), ("Thu", "Thursday", "jueves"),
        ("Fri", "Friday", "viernes"), ("Sat", "Saturday", "sábado", "sabado"),
        ("Sun", "Sunday", "domingo"),
    ]


PARSER_INFO = _Info()
#: Year first is always year-month-day, whatever the file's order (a midnight time part, as
#: database exports write it, is allowed); ``20260304`` too.
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]0{1,2}:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?"
                       r"|((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
_CN_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")


#: ``Mar-26``, ``mar/26``: a spreadsheet's mmm-yy (March 2026) or the 26th of March?
_MONTH_YEAR = re.compile(r"[A-Za-zé]{3,10}\.?[-/']\d{2}")
_AMBIGUOUS = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")


#: A time of day after a date (``2026-10-31 23:59:59``, ``31/10/2026 23:59``, ``…T23:59:59Z``,
#: ``10/31/2026 11:59 PM``, ``2026-10-31 23:59:59+01:00``): group 1 is the date part.
_WITH_TIME = re.compile(r"(.*?\d)(?:\s+|T|\s*,\s*)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?"
                        r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|UTC|GMT|[+-](?:0\d|1[0-4]):?[0-5]\d))?", re.IGNORECASE)

#: A date part that names its year (``12 10:00`` is no date with a time).
_FULL_DATE = re.compile(r"\d{4}|\d+\D+\d+\D+\d+")


def parse_date(value, *, dayfirst: bool | None = True, default: date | None = None, time_ok: bool = False) -> date:
    """A date from a cell: ``date``/``datetime`` objects pass through; text is parsed.

    ``dayfirst=None`` (the file's order undecided) raises AmbiguousDate for ``03/04/2026``; a
    date whose numbers only fit one way (``25/11/2026``) or that repeats them (``05/05/2026``)
    is still read.

    ``time_ok`` (a due date, a last payment): a date written with a time of day (``2026-10-31
    23:59:59``, ``31/10/2026 23:59``, ``2026-10-31T23:59:59Z``) is the date as written; the time
    and any zone mark are dropped, never used to move the day (a system's "due at 23:59:59 UTC"
    is still due on the 31st). Otherwise such text raises DateError.
    """
    try:
        return _parse_date(value, dayfirst=dayfirst, default=default)
    except AmbiguousDate:
        raise
    except DateError:
        if not time_ok or not (m := _WITH_TIME.fullmatch(str(value).strip())) or not _FULL_DATE.search(m.group(1)):
            raise
    try:
        return _parse_date(m.group(1), dayfirst=dayfirst, default=default)
    except AmbiguousDate as exc:
        raise AmbiguousDate(f"{str(value).strip()!r}: {exc}") from None
    except DateError:
        raise DateError(f"{str(value).strip()!r} is not a date") from None


def _parse_date(value, *, dayfirst: bool | None, default: date | None) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if dayfirst is None:
        a = _AMBIGUOUS.fullmatch(text)
        if a and a.group(1) != a.group(2) and int(a.group(1)) <= 12 and int(a.group(2)) <= 12:
            raise AmbiguousDate(f"{text!r} could be day first or month first and the file does not show "
                                "which; enter it by hand")
        dayfirst = True
    if _MONTH_YEAR.fullmatch(text):
        raise AmbiguousDate(f"{text!r} could be a day of that month or the month of a year (a spreadsheet's "
                            "mmm-yy format); enter the full date by hand")
    m = _ISO_DATE.fullmatch(text) or _CN_DATE.fullmatch(text)
    try:
        if m:
            y, mo, d = [g for g in m.groups() if g is not None][:3]
            return date(int(y), int(mo), int(d))
        ref = default or date.today()
        parsed = du_parser.parse(text, parserinfo=PARSER_INFO, dayfirst=dayfirst,
                                 default=datetime(ref.year, ref.month, ref.day))
    except (ValueError, OverflowError) as exc:
        raise DateError(f"{text!r} is not a date") from exc
    if parsed.time() != time(0) or parsed.tzinfo is not None:
        raise DateError(f"{text!r} is not a date")
    return parsed.date()
