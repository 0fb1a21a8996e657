"""Reading dates people and spreadsheets write: ISO, day-first or month-first, English/Spanish
month names, Chinese ``年月日``, and Excel date cells."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from dateutil import parser as du_parser


class DateError(ValueError):
    """Text that is not a date."""


class _Info(du_parser.parserinfo):
    """dateutil's parser, taught Spanish month and day names and the filler word ``de``."""

    JUMP = du_parser.parserinfo.JUMP + ["de", "del", "el", "the", "of"]
    MONTHS = [
        ("Jan", "January", "ene", "enero"), ("Feb", "February", "febrero"),
        ("Mar", "March", "marzo"), ("Apr", "April", "abr", "abril"), ("May", "mayo"),
        ("Jun", "June", "junio"), ("Jul", "July", "julio"), ("Aug", "August", "ago", "agosto"),
        ("Sep", "Sept", "September", "sept", "septiembre", "setiembre"),
        ("Oct", "October", "octubre"), ("Nov", "November", "noviembre"),
        ("Dec", "December", "dic", "diciembre"),
    ]
    WEEKDAYS = [
        ("Mon", "Monday", "lunes"), ("Tue", "Tuesday", "martes"),
        ("Wed", "Wednesday", "miércoles", "miercoles"), ("Thu", "Thursday", "jueves"),
        ("Fri", "Friday", "viernes"), ("Sat", "Saturday", "sábado", "sabado"),
        ("Sun", "Sunday", "domingo"),
    ]


PARSER_INFO = _Info()
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_CN_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")


def parse_date(value, *, dayfirst: bool = True, default: date | None = None) -> date:
    """A date from a cell: ``date``/``datetime`` objects pass through; text is parsed."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    m = _ISO_DATE.fullmatch(text) or _CN_DATE.fullmatch(text)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        ref = default or date.today()
        parsed = du_parser.parse(text, parserinfo=PARSER_INFO, dayfirst=dayfirst,
                                 default=datetime(ref.year, ref.month, ref.day))
    except (ValueError, OverflowError) as exc:
        raise DateError(f"{text!r} is not a date") from exc
    if parsed.time() != time(0) or parsed.tzinfo is not None:
        raise DateError(f"{text!r} is not a date")
    return parsed.date()
