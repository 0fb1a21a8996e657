"""The evidence about a case file's country that is not its own columns' say-so: the decimal mark
and currency a country writes (CLDR via Babel), the countries a country column names, the country of an
international phone number, the country of each row's coordinates (:func:`point_countries`), and
whether the workspace's country fits the file at all (:func:`workspace_misfit`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from fieldvisit.domain.countries import CURRENCIES, CountryError, country_code, zone_countries, zone_country
from fieldvisit.domain.country_boxes import countries_at
from fieldvisit.domain.date_order import column_texts as _texts
from fieldvisit.domain.money import looks_decimal_comma

AGREE = 0.9
MONEY_COLUMNS = ("balance", "last_payment_amount")


@lru_cache(maxsize=256)
def country_decimal_comma(country: str) -> bool | None:
    """Whether people in ``country`` write a decimal comma (CLDR via Babel); None if unknown."""
    if not country:
        return None
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages
    from babel.numbers import get_decimal_symbol

    for language in get_official_languages(country, de_facto=True) or ():
        try:
            return get_decimal_symbol(Locale.parse(f"{language}_{country}")) == ","
        except (UnknownLocaleError, ValueError):
            continue
    return None


#: Countries where CLDR (Babel) lists several legal-tender currencies, and the one their amounts are in
#: when a file writes none: Panama's balboa is coins only (notes, loans and balances are US dollars);
#: Namibia, Lesotho and Bhutan lend in their own currency beside the rand or rupee they accept. A
#: country with several and none here (Haiti, Zimbabwe, Palestine) has no currency of its own to
#: assume: "" (amounts without a written currency go to review).
EVERYDAY_CURRENCY = {"PA": "USD", "NA": "NAD", "LS": "LSL", "BT": "BTN"}


def country_currency(country: str) -> str:
    """The currency amounts in ``country`` are in when none is written (``PA`` → USD, ``EC`` → USD,
    ``ME`` → EUR), or "" when the country is unknown or uses several with none the everyday one."""
    if not country:
        return ""
    if country in CURRENCIES:
        return CURRENCIES[country]
    if country in EVERYDAY_CURRENCY:
        return EVERYDAY_CURRENCY[country]
    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(country)  # the legal tender in use today
    return found[0] if len(found) == 1 else ""


def row_countries(rows) -> tuple[str, ...]:
    """The countries the country column names (ISO codes, sorted), unreadable cells left out."""
    codes = set()
    for t in set(_texts(rows, "country")):  # files repeat "ES": each spelling is read once
        try:
            codes.add(country_code(t))
        except CountryError:
            continue
    return tuple(sorted(codes))


#: Digits in a postcode, per country, for :func:`workspace_misfit` (separators left out: ZIP+4 and
#: Brazil's 01310-100 count whole). Only countries whose postcodes are all digits.
POSTCODE_DIGITS = {"CN": {6}, "IN": {6}, "SG": {6}, "RU": {6}, "CO": {6}, "ES": {5}, "US": {5, 9}, "MX": {5},
                   "DE": {5}, "FR": {5}, "IT": {5}, "FI": {5}, "MY": {5}, "TH": {5}, "ID": {5}, "PE": {5},
                   "TW": {3, 5, 6}, "BR": {8}, "JP": {7}, "CL": {7}, "PH": {4}, "AU": {4}, "ZA": {4}, "CH": {4},
                   "AT": {4}, "BE": {4}, "DK": {4}, "NO": {4}, "AR": {4}, "PT": {7}, "KR": {5}}


def workspace_misfit(rows, country: str, comma: int, point: int, currency: str = "") -> str:
    """Why the file cannot be in the workspace's ``country`` ("" when nothing says so): amounts
    written only with a decimal comma where the country writes a point; postcodes (nine in ten) of
    a length the country's never have; coordinates (nine in ten) outside the country; amounts the
    file writes in another currency (``currency``, from its currency column or symbols; not USD,
    lent in many countries). ``comma``/``point``: the file's decimal-mark votes."""
    reasons = []
    own = country_currency(country)
    if currency and own and currency not in (own, "USD"):  # dollar loans are made in many countries
        reasons.append(f"its amounts are in {currency}, not {own}")
    points = [p for p in map(_point, rows) if p is not None]
    outside = [p for p in points if (inside := countries_at(*p)) and country not in inside]
    if points and len(outside) >= AGREE * len(points):
        reasons.append(f"coordinates such as {outside[0][0]:g},{outside[0][1]:g} are outside {country}")
    if comma and not point and country_decimal_comma(country) is False:
        reasons.append(f"amounts such as {decimal_example(rows, True)} have a decimal comma, which {country} "
                       "does not write")
    lengths = POSTCODE_DIGITS.get(country)
    codes = [re.sub(r"[\s\-]", "", t) for t in _texts(rows, "postal_code")]
    if lengths and codes and all(c.isdigit() for c in codes):
        wrong = [c for c in codes if len(c) not in lengths]
        if len(wrong) >= AGREE * len(codes):
            reasons.append(f"postcodes such as {wrong[0]} have {len(wrong[0])} digits, {country}'s "
                           f"{' or '.join(str(n) for n in sorted(lengths))}")
    return "; ".join(reasons)


#: The time zone at a point (``(lat, lon) -> "America/Chicago"`` or None): the import's zone finder.
ZoneAt = Callable[[float, float], "str | None"]
#: Points closer than this (degrees) are one question to ``zone_at`` (a file of one city asks a few).
_POINT_STEP = 0.01


def point_countries(rows, zone_at: ZoneAt | None) -> list[str]:
    """The country of each row's coordinates ("?" when they do not tell one): the one country
    whose boxes hold the point, else — where boxes overlap (Chicago lies in Canada's box too, Geneva
    in France's) — the country of the time zone there when its boxes hold the point (time zones
    follow borders), else the one country of those the zone also keeps the clocks of (Hanoi's
    Asia/Bangkok is Vietnam's and Laos's, whose box holds Hanoi too: no country). Each distinct point (to :data:`_POINT_STEP`) is asked once."""
    out: list[str] = []
    asked: dict[tuple[int, int], str] = {}
    for row in rows:
        point = _point(row)
        if point is None:
            continue
        lat, lon = point
        key = (round(lat / _POINT_STEP), round(lon / _POINT_STEP))
        found = asked.get(key)
        if found is None:
            inside = countries_at(lat, lon)
            if len(inside) == 1:
                found = inside[0]
            elif inside and zone_at is not None:  # the zone's own country, else the one it shares with the boxes
                zone = zone_at(lat, lon) or ""
                both = {own} if (own := zone_country(zone)) in inside else zone_countries(zone).intersection(inside)
                found = next(iter(both)) if len(both) == 1 else "?"
            else:
                found = "?"
            asked[key] = found
        out.append(found)
    return out


def _point(row) -> tuple[float, float] | None:
    try:
        lat, lon = (float(str(row.get(k) or "").strip().replace(",", ".")) for k in ("lat", "lon"))
    except ValueError:
        return None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 and (lat or lon) else None


def decimal_example(rows, comma: bool) -> str:
    """An amount or coordinate of the file that shows the decimal mark (as written), else a made-up one."""
    for column in MONEY_COLUMNS + ("lat", "lon"):
        for v in _texts(rows, column):
            hint = looks_decimal_comma(v) if column in MONEY_COLUMNS else \
                (True if "," in v and "." not in v else False if "." in v else None)
            if hint is comma:
                return v
    return "1.234,56" if comma else "1,234.56"


#: Country calling codes that tell a shared currency symbol ($, ¥) apart. +1 is the North American
#: plan (USD here; Canada's numbers share it, so a file whose other evidence says CA is not read so).
CALLING = {"US": "1", "MX": "52", "CO": "57", "CL": "56", "AR": "54", "AU": "61", "NZ": "64", "SG": "65",
           "HK": "852", "TW": "886", "BR": "55", "UY": "598", "DO": "1809", "CN": "86", "JP": "81"}


def calling_country(phone: str) -> str:
    """The country of an international number (``+52 55 1234 5678`` → MX), or "" when not written
    internationally."""
    digits = re.sub(r"[\s\-().]", "", phone)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not digits.startswith("+"):
        return ""
    best = ""
    for country, code in CALLING.items():
        if digits[1:].startswith(code) and len(code) > len(CALLING.get(best, "")):
            best = country
    return best
