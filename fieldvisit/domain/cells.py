"""Reading one spreadsheet or CSV cell as a value: text, coordinates, amounts with their
currency, day counts, a position (lat, lon) with the reason it is wrong, and addresses joined from
their parts. Used by :mod:`fieldvisit.domain.case_rows`, which turns a whole row into a case."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from fieldvisit.domain.positions import PositionError, parse_coordinate
from fieldvisit.domain.money import MAX_AMOUNT, AmountError, money_step, parse_money


def cell_text(value: Any) -> str:
    """Any cell as trimmed text; ``1001.0`` from a spreadsheet becomes ``1001``."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if type(value) is ShownNumber:  # a number formatted as text in its workbook (00012345)
        return value.shown
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


class PricedNumber(float):
    """A spreadsheet number whose cell format shows a currency (``[$€-x-euro2] #,##0.00``,
    ``"R$"#,##0.00``): the number, and ``symbol`` as :func:`~fieldvisit.domain.money.currency_of_symbol`
    reads it (``€``, ``R$``, ``CN¥``)."""

    symbol: str

    def __new__(cls, value: float, symbol: str) -> "PricedNumber":
        number = super().__new__(cls, value)
        number.symbol = symbol
        return number


class ShownNumber(float):
    """A spreadsheet number whose cell format makes it look like text (``00000000`` shows 12345 as
    ``00012345``; ``(###) ###-####``): the number for amounts, counts and dates, and ``shown``, the
    text the spreadsheet shows, for everything read as text (ids, phones, postal codes)."""

    shown: str

    def __new__(cls, value: float, shown: str) -> "ShownNumber":
        number = super().__new__(cls, value)
        number.shown = shown
        return number


def coordinate(value: Any, decimal_comma: bool | None, axis: str | None = None) -> float:
    """One lat/lon cell in degrees: a number, ``-16,79`` with a decimal comma, or as people type
    it (``16.81S``, ``179°57'W``, ``−16.83``, full width ``２３．１２``: :func:`fieldvisit.domain.positions.parse_coordinate`;
    ``axis`` "lat"/"lon" checks the hemisphere letter). Raises ValueError (one sentence)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if not decimal_comma and type(value) is str and "," not in value:
        try:
            return float(value)
        except ValueError:
            pass
    written = cell_text(value)
    if not written.isascii():  # full width "２３．１２", as CJK input methods type it
        written = unicodedata.normalize("NFKC", written)
    text = written.replace(" ", "")
    if decimal_comma or ("," in text and "." not in text):
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        pass
    try:
        return parse_coordinate(written, axis)
    except PositionError:
        raise ValueError(f"{cell_text(value)!r} is not a coordinate") from None


def amount(value: Any, decimal_comma: bool | None, currency: str = "") -> tuple[Decimal, str | None]:
    """``(amount, symbol shown or None)``; AmountError / AmbiguousAmount as parse_money."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # a number cell is a number: 99.999 is 100.00, never "99999 or 99.999"
        if isinstance(value, float) and not math.isfinite(value):
            raise AmountError(f"{value!r} is not an amount")
        number = Decimal(repr(float(value))) if isinstance(value, float) else Decimal(value)
        if abs(number) >= MAX_AMOUNT:
            raise AmountError(f"{cell_text(value)!r} is too large to be a real amount; check it")
        return number.quantize(money_step(currency), rounding=ROUND_HALF_UP), getattr(value, "symbol", None)
    return parse_money(cell_text(value), decimal_comma, currency)


#: More days past due than this (100 years) is a file's mistake (and beyond the calendar soon).
MAX_DAYS_PAST_DUE = 36_500


@lru_cache(maxsize=4096, typed=True)  # files repeat a few hundred day counts
def days_count(value: Any) -> int:
    text = cell_text(value)
    if text.isdigit():
        return int(text)
    m = re.fullmatch(r"(-?\d+)(?:[.,]0+)?\s*(?:d|days?|días?|dias?|天)?", text, re.IGNORECASE)
    if not m:
        raise ValueError(f"{text!r} is not a number of days")
    return int(m.group(1))


def position(values, lat_t: str, lon_t: str, decimal_comma):
    """``(lat, lon)`` floats when the position is good, else ``(column, reason)``."""
    if not lat_t:
        return ("lat", "lat is empty but lon is set; give both or neither")
    if not lon_t:
        return ("lon", "lon is empty but lat is set; give both or neither")
    try:
        lat = coordinate(values["lat"], decimal_comma, "lat")
    except ValueError as exc:
        return ("lat", str(exc))
    try:
        lon = coordinate(values["lon"], decimal_comma, "lon")
    except ValueError as exc:
        return ("lon", str(exc))
    if not -90 <= lat <= 90:
        return ("lat", f"latitude {lat_t} is outside -90..90")
    if not -180 <= lon <= 180:
        return ("lon", f"longitude {lon_t} is outside -180..180")
    if lat == 0 and lon == 0:
        return ("lat", "0, 0 is not a real address; leave lat/lon empty to geocode it")
    return (lat, lon)


_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](?:\d{4}|\d{2})(?!\d)")


def ambiguous_date(text: str) -> bool:
    return any(a != b and int(a) <= 12 and int(b) <= 12 for a, b in _NUMERIC_DATE.findall(text))


def _cjk(text: str) -> bool:
    return any(0x3040 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7A3 for c in text)


def join_name(text: dict[str, str]) -> str:
    """A name in parts → one name: ``John`` + ``Q`` + ``Public`` → ``"John Q Public"``; ``José`` +
    ``Martínez`` + ``Ruiz`` → ``"José Martínez Ruiz"``; Chinese, Japanese and Korean names are
    written family name first without a space (``张`` + ``伟`` → ``"张伟"``)."""
    given, middle = text.get("name", ""), text.get("middle_name", "")
    surnames = [t for t in (text.get("surname", ""), text.get("second_surname", "")) if t]
    parts = [t for t in (given, middle, *surnames) if t]
    if parts and all(_cjk(t) and not any(c.isascii() and c.isalpha() for c in t) for t in parts):
        return "".join([*surnames, given, middle])
    return " ".join(parts)


def join_address(text: dict[str, str]) -> str:
    """``123 Main St, Apt 4`` + ``Springfield`` + ``IL`` + ``62701`` →
    ``"123 Main St, Apt 4, Springfield, IL 62701"``; a house number follows its street
    (``Calle Morelos`` + ``56`` → ``Calle Morelos 56``). Chinese, Japanese and Korean addresses
    are written largest first without commas (``广东省广州市天河区天河路385号``)."""
    street = " ".join(t for t in (text.get("address", ""), text.get("house_number", "")) if t)
    if street and not street.isascii() and any(0x3040 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7A3
                                               for c in street):
        # Chinese, Japanese, Korean: province, city, district, street — largest first, as written
        ordered: list[str] = []
        for t in (text.get(k, "") for k in ("region", "city", "district")):
            if t and t not in ordered and not street.startswith(t):
                ordered.append(t)
        joined = "".join(ordered) + street + "".join(text.get(k, "") for k in ("address_line2",))
        return f"{joined} {text['postal_code']}".strip() if text.get("postal_code") else joined
    region = " ".join(t for t in (text.get("region", ""), text.get("postal_code", "")) if t)
    parts = [street] + [text.get(k, "") for k in ("address_line2", "district", "city")] + [region]
    return ", ".join(p for p in parts if p)
