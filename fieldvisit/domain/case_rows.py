"""One case-file row → a :class:`Case`, or the reasons it is rejected.

Rules (tested in ``tests/unit/test_case_rows.py``):
- ``case_id`` is required; a row without one is rejected.
- Typed columns that cannot be read (coordinates, amounts, dates, country, time zone, flags)
  reject the row: importing a wrong balance or a misspelt ``dispute`` flag is worse than asking.
- An unreadable appointment keeps the row and is reported for review.
- On update, an empty cell keeps what is stored, except ``flags``: an empty flags cell in a file
  with a flags column means the case has no flags now.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fieldvisit.domain.cases import Case, FlagError, GeoStatus, due_date_from_days, parse_flags
from fieldvisit.domain.countries import CURRENCIES, CountryError, country_code
from fieldvisit.domain.dates import DateError, parse_date
from fieldvisit.domain.money import AmountError, parse_amount
from fieldvisit.domain.window_parser import DEFAULT_LAWFUL, parse_windows

ZoneFor = Callable[[str, float | None, float | None], str | None]


@dataclass(slots=True)
class RowContext:
    as_of: date
    dayfirst: bool = True
    decimal_comma: bool | None = None
    default_timezone: str = "UTC"
    default_country: str = ""
    default_currency: str = ""
    zone_for: ZoneFor | None = None
    columns: frozenset[str] = frozenset()
    #: the lawful contact hours of a country's rule set (vague appointment times are clipped to them)
    lawful_for: Callable[[str], tuple[time, time]] | None = None


@dataclass(slots=True)
class RowResult:
    case: Case | None
    present: frozenset[str] = frozenset()
    errors: list[tuple[str, str]] = field(default_factory=list)
    review: list[tuple[str, str]] = field(default_factory=list)


def cell_text(value: Any) -> str:
    """Any cell as trimmed text; ``1001.0`` from a spreadsheet becomes ``1001``."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _coordinate(value: Any, decimal_comma: bool | None) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = cell_text(value).replace(" ", "")
    if decimal_comma or ("," in text and "." not in text):
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{cell_text(value)!r} is not a coordinate") from None


def _amount(value: Any, decimal_comma: bool | None) -> Decimal:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return parse_amount(repr(float(value)) if isinstance(value, float) else str(value), False)
    return parse_amount(cell_text(value), decimal_comma)


def _days(value: Any) -> int:
    text = cell_text(value)
    m = re.fullmatch(r"(-?\d+)(?:[.,]0+)?\s*(?:d|days?|días?|dias?|天)?", text, re.IGNORECASE)
    if not m:
        raise ValueError(f"{text!r} is not a number of days")
    return int(m.group(1))


def _position_problem(values, lat_t: str, lon_t: str, decimal_comma):
    """``(lat, lon)`` floats when the position is good, else ``(column, reason)``."""
    if not lat_t:
        return ("lat", "lat is empty but lon is set; give both or neither")
    if not lon_t:
        return ("lon", "lon is empty but lat is set; give both or neither")
    try:
        lat = _coordinate(values["lat"], decimal_comma)
    except ValueError as exc:
        return ("lat", str(exc))
    try:
        lon = _coordinate(values["lon"], decimal_comma)
    except ValueError as exc:
        return ("lon", str(exc))
    if not -90 <= lat <= 90:
        return ("lat", f"latitude {lat_t} is outside -90..90")
    if not -180 <= lon <= 180:
        return ("lon", f"longitude {lon_t} is outside -180..180")
    if lat == 0 and lon == 0:
        return ("lat", "0, 0 is not a real address; leave lat/lon empty to geocode it")
    return (lat, lon)


def read_row(values: dict[str, Any], ctx: RowContext) -> RowResult:
    """Convert one row (canonical column → raw cell) into a case."""
    text = {k: cell_text(v) for k, v in values.items()}
    case_id = text.get("case_id", "")
    if not case_id:
        return RowResult(None, errors=[("case_id", "case_id is empty")])
    errors: list[tuple[str, str]] = []
    review: list[tuple[str, str]] = []
    present = {k for k, v in text.items() if v}
    if "flags" in ctx.columns:
        present.add("flags")
    case = Case(case_id=case_id)
    for name in ("name", "address", "work_address", "phone", "notes"):
        setattr(case, name, text.get(name, ""))
    case.collector = text.get("collector") or None

    try:
        case.country = country_code(text.get("country", "")) or ctx.default_country
    except CountryError as exc:
        errors.append(("country", str(exc)))

    lat_t, lon_t = text.get("lat", ""), text.get("lon", "")
    if lat_t or lon_t:
        problem = _position_problem(values, lat_t, lon_t, ctx.decimal_comma)
        if isinstance(problem, tuple) and isinstance(problem[0], float):
            case.lat, case.lon = problem
            case.geo_status = GeoStatus.FROM_FILE
        else:
            errors.append(problem)

    tz_text = text.get("timezone", "")
    if tz_text:
        try:
            ZoneInfo(tz_text)
            case.timezone = tz_text
        except (ZoneInfoNotFoundError, ValueError):
            errors.append(("timezone", f"{tz_text!r} is not an IANA time zone such as Asia/Shanghai"))
    if not case.timezone:
        found = ctx.zone_for(case.country, case.lat, case.lon) if ctx.zone_for else None
        case.timezone = found or ctx.default_timezone

    if text.get("days_past_due"):
        try:
            days = _days(values["days_past_due"])
            if days < 0:
                raise ValueError("days past due cannot be negative")
            case.due_date = due_date_from_days(days, ctx.as_of)
            present.add("due_date")
        except ValueError as exc:
            errors.append(("days_past_due", str(exc)))
    elif text.get("due_date"):
        try:
            case.due_date = parse_date(values["due_date"], dayfirst=ctx.dayfirst, default=ctx.as_of)
        except DateError as exc:
            errors.append(("due_date", str(exc)))
    present.discard("days_past_due")

    if text.get("balance"):
        try:
            case.balance = _amount(values["balance"], ctx.decimal_comma)
        except AmountError as exc:
            errors.append(("balance", str(exc)))
    currency = text.get("currency", "").upper()
    if currency and not re.fullmatch(r"[A-Z]{3}", currency):
        errors.append(("currency", f"{currency!r} is not a three-letter currency code such as CNY"))
    case.currency = currency or CURRENCIES.get(case.country, "") or ctx.default_currency
    if case.currency:
        present.add("currency")

    if text.get("last_payment_date"):
        try:
            case.last_payment_date = parse_date(values["last_payment_date"], dayfirst=ctx.dayfirst,
                                                default=ctx.as_of)
        except DateError as exc:
            errors.append(("last_payment_date", str(exc)))
    if text.get("last_payment_amount"):
        try:
            case.last_payment_amount = _amount(values["last_payment_amount"], ctx.decimal_comma)
        except AmountError as exc:
            errors.append(("last_payment_amount", str(exc)))

    try:
        case.flags = parse_flags(text.get("flags", ""))
    except FlagError as exc:
        errors.append(("flags", str(exc)))

    lawful = ctx.lawful_for(case.country) if ctx.lawful_for else DEFAULT_LAWFUL
    appointment = text.get("appointment", "")
    if appointment and not errors:
        parsed = parse_windows(appointment, case.timezone, dayfirst=ctx.dayfirst, today=ctx.as_of, lawful=lawful)
        case.windows = parsed.windows
        case.appointment_text = appointment
        review.extend(("appointment", message) for message in parsed.errors)
        present.add("windows")
        present.add("appointment_text")
    inconvenient = text.get("inconvenient", "")
    if inconvenient and not errors:
        parsed = parse_windows(inconvenient, case.timezone, dayfirst=ctx.dayfirst, today=ctx.as_of, lawful=lawful)
        case.windows = case.windows + [replace(w, inconvenient=True) for w in parsed.windows]
        review.extend(("inconvenient", message) for message in parsed.errors)
        present.add("windows")
    present.discard("appointment")
    present.discard("inconvenient")
    if case.lat is not None:
        present.add("geo_status")
    if errors:
        return RowResult(None, errors=errors)
    return RowResult(case, frozenset(present), review=review)
