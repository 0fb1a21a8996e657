"""Reading dates people and spreadsheets write: ISO (with a midnight time, or ``20260304``; any time
of day where the caller allows it: a due date written ``2026-10-31 23:59:59``),
day-first or month-first, month names of English, Spanish, Portuguese, French, German, Italian and
Dutch (``4 mars 2026``, ``4. März 2026``), Chinese ``年月日`` and Japanese era dates (``令和8年3月4日``),
Excel date cells and Excel serial numbers (1900 and 1904 date systems). A date that writes no year
(``3/4``) is refused where a whole date is needed (``year_needed``), never given one."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from dateutil import parser as du_parser


class DateError(ValueError):
    """Text that is not a date."""


class AmbiguousDate(DateError):
    """``03/04/2026`` when the file's date order is undecided: 3 April or 4 March."""


class NoYear(AmbiguousDate):
    """``3/4`` or ``4 mars`` where a whole date is needed (a due date): which year is not written."""


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


def serial_text_problem(text: str, date_system: int = 1900) -> str:
    """The review sentence of a bare five-digit number in a date column's text (a CSV's
    ``46085``): perhaps a spreadsheet's serial day that lost its format on export (2026-03-04),
    perhaps some other number; never read silently."""
    try:
        day = from_serial(float(text), date_system).isoformat()
    except (DateError, ValueError):
        return f"{text!r} is a number, not a date; enter the date"
    return f"{text!r} is a number, not a date; as a spreadsheet's serial day it would be {day}: pick it or enter the date"


class _Info(du_parser.parserinfo):
    """dateutil's parser, taught the month names (and their usual abbreviations) of English,
    Spanish, Portuguese, French, German, Italian and Dutch, their weekday names, and the filler
    words ``de``, ``le``, ``den``… No abbreviation means two months (``mar`` is March in every
    one of them; ``mar.`` for mardi/martes is never a month here)."""

    JUMP = du_parser.parserinfo.JUMP + ["de", "del", "el", "the", "of", "le", "den", "der", "il", "op"]
    MONTHS = [
        ("Jan", "January", "ene", "enero", "janeiro", "janvier", "janv", "Januar", "Jänner", "Jän", "gennaio", "gen",
         "januari"),
        ("Feb", "February", "febrero", "fev", "fevereiro", "février", "fevrier", "févr", "fevr", "fév", "Februar",
         "Feber", "febbraio", "febr", "februari"),
        ("Mar", "March", "marzo", "março", "marco", "mars", "März", "Maerz", "Mär", "Mrz", "maart", "mrt"),
        ("Apr", "April", "abr", "abril", "avril", "avr", "aprile", "apr"),
        ("May", "mayo", "maio", "mai", "maggio", "mag", "mei"),
        ("Jun", "June", "junio", "junho", "juin", "Juni", "giugno", "giu", "juni"),
        ("Jul", "July", "julio", "julho", "juillet", "juil", "Juli", "luglio", "lug", "juli"),
        ("Aug", "August", "ago", "agosto", "août", "aout", "augustus", "aug"),
        ("Sep", "Sept", "September", "sept", "septiembre", "setiembre", "set", "setembro", "septembre",
         "settembre", "sett"),
        ("Oct", "October", "octubre", "out", "outubro", "octobre", "Oktober", "Okt", "ottobre", "ott", "oktober"),
        ("Nov", "November", "noviembre", "novembro", "novembre", "nov"),
        ("Dec", "December", "dic", "diciembre", "dez", "dezembro", "décembre", "decembre", "déc", "Dezember",
         "dicembre", "december"),
    ]
    WEEKDAYS = [
        ("Mon", "Monday", "lunes", "lundi", "Montag", "lunedì", "lunedi", "maandag", "segunda"),
        ("Tue", "Tuesday", "martes", "mardi", "Dienstag", "martedì", "martedi", "dinsdag", "terça", "terca"),
        ("Wed", "Wednesday", "miércoles", "miercoles", "mercredi", "Mittwoch", "mercoledì", "mercoledi", "woensdag",
         "quarta"),
        ("Thu", "Thursday", "jueves", "jeudi", "Donnerstag", "giovedì", "giovedi", "donderdag", "quinta"),
        ("Fri", "Friday", "viernes", "vendredi", "Freitag", "venerdì", "venerdi", "vrijdag", "sexta"),
        ("Sat", "Saturday", "sábado", "sabado", "samedi", "Samstag", "Sonnabend", "sabato", "zaterdag"),
        ("Sun", "Sunday", "domingo", "dimanche", "Sonntag", "domenica", "zondag"),
    ]


PARSER_INFO = _Info()
#: Year first is always year-month-day, whatever the file's order (a midnight time part, as
#: database exports write it, is allowed); ``20260304`` too.
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]0{1,2}:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?"
                       r"|((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
_CN_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
#: A Japanese era date (``令和8年3月4日`` is 2026-03-04; the first year of an era is 元年).
_JP_ERA = re.compile(r"(令和|平成|昭和)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")
_ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925}
_NUMBERS = re.compile(r"\d+")
_FOUR_DIGITS = re.compile(r"\d{4}")


#: ``Mar-26``, ``mar/26``: a spreadsheet's mmm-yy (March 2026) or the 26th of March?
_MONTH_YEAR = re.compile(r"[A-Za-zé]{3,10}\.?[-/']\d{2}")
_AMBIGUOUS = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")


#: A day's ordinal mark that dateutil does not know (``1er avril``, ``1º de abril``, ``1.º``, ``1°``;
#: ``1st``/``2nd`` it reads itself): dropped, tried only once the text failed as written.
_ORDINAL = re.compile(r"(?<=\d)(?:er|\.?[º°])(?![^\W\d_])", re.IGNORECASE)


#: A time of day after a date (``2026-10-31 23:59:59``, ``31/10/2026 23:59``, ``…T23:59:59Z``,
#: ``10/31/2026 11:59 PM``, ``2026-10-31 23:59:59+01:00``): group 1 is the date part.
_WITH_TIME = re.compile(r"(.*?\d)(?:\s+|T|\s*,\s*)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?"
                        r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|UTC|GMT|[+-](?:0\d|1[0-4]):?[0-5]\d))?", re.IGNORECASE)

#: A date part that names its year (``12 10:00`` is no date with a time).
_FULL_DATE = re.compile(r"\d{4}|\d+\D+\d+\D+\d+")


def has_year(text: str) -> bool:
    """Whether a date's text writes its year: a four-digit number, three numbers (``04/03/26``),
    or two beside a month's name (``4-Mar-26``); ``3/4`` and ``4 mars`` do not."""
    if _FOUR_DIGITS.search(text):  # most dates: one scan
        return True
    numbers = _NUMBERS.findall(text)
    return len(numbers) >= 3 or (len(numbers) == 2 and any(c.isalpha() for c in text))


def parse_date(value, *, dayfirst: bool | None = True, default: date | None = None, time_ok: bool = False,
               year_needed: bool = False) -> date:
    """A date from a cell: ``date``/``datetime`` objects pass through; text is parsed.

    ``dayfirst=None`` (the file's order undecided) raises AmbiguousDate for ``03/04/2026``; a
    date whose numbers only fit one way (``25/11/2026``) or that repeats them (``05/05/2026``)
    is still read.

    ``year_needed`` (a due date, a last payment): text that writes no year (``3/4``, ``4 mars``)
    raises :class:`NoYear` instead of taking ``default``'s year.

    ``time_ok`` (a due date, a last payment): a date written with a time of day (``2026-10-31
    23:59:59``, ``31/10/2026 23:59``, ``2026-10-31T23:59:59Z``) is the date as written; the time
    and any zone mark are dropped, never used to move the day (a system's "due at 23:59:59 UTC"
    is still due on the 31st). Otherwise such text raises DateError.
    """
    try:
        return _parse_date(value, dayfirst=dayfirst, default=default, year_needed=year_needed)
    except AmbiguousDate:
        raise
    except DateError:
        if not time_ok or not (m := _WITH_TIME.fullmatch(str(value).strip())) or not _FULL_DATE.search(m.group(1)):
            raise
    try:
        return _parse_date(m.group(1), dayfirst=dayfirst, default=default, year_needed=year_needed)
    except AmbiguousDate as exc:
        raise AmbiguousDate(f"{str(value).strip()!r}: {exc}") from None
    except DateError:
        raise DateError(f"{str(value).strip()!r} is not a date") from None


def _parse_date(value, *, dayfirst: bool | None, default: date | None, year_needed: bool = False) -> date:
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
    era = None if m else _JP_ERA.fullmatch(text)
    try:
        if m:
            y, mo, d = [g for g in m.groups() if g is not None][:3]
            return date(int(y), int(mo), int(d))
        if era:
            return date(_ERA_START[era.group(1)] + (1 if era.group(2) == "元" else int(era.group(2))),
                        int(era.group(3)), int(era.group(4)))
        ref = default or date.today()
        parsed = du_parser.parse(text, parserinfo=PARSER_INFO, dayfirst=dayfirst,
                                 default=datetime(ref.year, ref.month, ref.day))
    except (ValueError, OverflowError) as exc:
        if (plain := _ORDINAL.sub("", text)) != text:  # "1er avril 2026": the 1st
            try:
                return _parse_date(plain, dayfirst=dayfirst, default=default, year_needed=year_needed)
            except NoYear:
                raise NoYear(f"{text!r} writes no year; enter the whole date with its year") from None
            except DateError:
                pass
        raise DateError(f"{text!r} is not a date") from exc
    if parsed.time() != time(0) or parsed.tzinfo is not None:
        raise DateError(f"{text!r} is not a date")
    if year_needed and not has_year(text):  # "3/4": never the default's year, silently
        raise NoYear(f"{text!r} writes no year; enter the whole date with its year")
    return parsed.date()
