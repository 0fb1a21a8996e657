"""What a case file's own cells say about its country, its currency and its decimal mark: the
evidence :func:`fieldvisit.domain.conventions.decide_conventions` decides from (see its module
docstring for the order of the evidence). :func:`file_country` (the country column, US states and
ZIP codes, provinces, time zones, coordinates, postcodes beside cities, phone numbers),
:func:`file_currency` (the currency column, the symbols amounts and headers show),
:func:`decimal_votes` (amounts and coordinates showing a decimal comma or point); :func:`agreed`:
the value nine rows in ten agree on.
"""

from __future__ import annotations

import re
from collections import Counter

from fieldvisit.domain.city_postcodes import postcode_city_country
from fieldvisit.domain.countries import CountryError, country_code, zone_country
from fieldvisit.domain.country_evidence import CALLING as _CALLING, MONEY_COLUMNS, ZoneAt
from fieldvisit.domain.country_evidence import calling_country as _calling_country, point_countries as _point_countries
from fieldvisit.domain.date_order import column_texts as _texts
from fieldvisit.domain.money import AmbiguousAmount, currencies_of_symbol, currency_of_cell, currency_of_symbol
from fieldvisit.domain.money import looks_decimal_comma, parse_money
from fieldvisit.domain.subdivisions import countries_of_region

AGREE = 0.9

#: The codes of the US states and territories (``TX``, ``PR``).
US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP".split())
_US_STATE_ZIP = re.compile(r"\b([A-Z]{2})\s+\d{5}(?:-\d{4})?\s*$")


def agreed(values: list[str]) -> str | None:
    if not values:
        return None
    value, count = Counter(values).most_common(1)[0]
    return value if count >= AGREE * len(values) else None


def file_country(rows, zone_at: ZoneAt | None = None) -> tuple[str, str]:
    code_of = {}
    for t in set(texts := _texts(rows, "country")):  # each distinct text read once
        try:
            code_of[t] = country_code(t)
        except CountryError:
            continue
    found = agreed([code_of[t] for t in texts if t in code_of])
    if found:
        return found, f"the country column says {found}"
    states = [t.upper() for t in _texts(rows, "region")]
    zips = _texts(rows, "postal_code")
    if states and sum(s in US_STATES for s in states) >= AGREE * len(states) and \
            (not zips or sum(bool(re.fullmatch(r"\d{5}(-\d{4})?", z)) for z in zips) >= AGREE * len(zips)):
        return "US", "the state and ZIP columns are American"
    addresses = _texts(rows, "address")
    if not states and addresses and sum(bool((m := _US_STATE_ZIP.search(a)) and m.group(1) in US_STATES)
                                        for a in addresses) >= AGREE * len(addresses):
        return "US", "the addresses end in American states and ZIP codes"
    if states:
        named = [countries_of_region(t) for t in _texts(rows, "region")]
        votes = Counter(c for found in named for c in found)
        if votes:
            top, count = votes.most_common(1)[0]
            if count >= AGREE * len(named) and sum(1 for v in votes.values() if v == count) == 1:
                return top, f"the states or provinces are in {top}"
    texts = _texts(rows, "timezone")
    of_zone = {t: zone_country(t) or "?" for t in set(texts)}  # each distinct zone read once
    found = agreed([of_zone[t] for t in texts])
    if found and found != "?":
        return found, f"the time zones are in {found}"
    found = agreed(_point_countries(rows, zone_at))
    if found and found != "?":
        return found, f"the coordinates are in {found}"
    found, example = postcode_city_country(rows)
    if found:
        return found, f"postcodes and cities such as {example} are in {found}"
    found = agreed([_calling_country(p) for p in _texts(rows, "phone")])
    if found and found != "US":  # +1 is the whole North American plan (Canada, the Caribbean)
        return found, f"the phone numbers are in {found}'s numbering (+{_CALLING[found]})"
    return "", ""


def decimal_votes(rows) -> tuple[int, int]:
    comma, point = 0, 0
    for column in MONEY_COLUMNS + ("lat", "lon"):
        for row in rows:
            v = row.get(column)
            if type(v) is not str or not v:
                continue
            hint = looks_decimal_comma(v) if column in MONEY_COLUMNS else \
                (True if "," in v and "." not in v else False if "." in v else None)
            if hint is True:
                comma += 1
            elif hint is False:
                point += 1
    return comma, point


def money_symbols(rows) -> list[str]:
    symbols = []
    for column in MONEY_COLUMNS:
        for t in _texts(rows, column):
            if t.replace(",", "").replace(".", "").lstrip("-").isdigit():
                continue
            try:
                try:
                    symbol = parse_money(t, False, "USD")[1]
                except AmbiguousAmount:  # "$1.234": the symbol is all this asks
                    symbol = parse_money(t, True, "USD")[1]
            except ValueError:
                continue
            if symbol:
                symbols.append(symbol)
    return symbols


def file_currency(rows, country: str, header_symbols: dict[str, str]) -> tuple[str, str]:
    texts = _texts(rows, "currency")
    code_of = {t: currency_of_cell(t, country)[0] or t.upper() for t in set(texts)}  # 新台幣 is TWD
    codes = [code_of[t] for t in texts]
    found = agreed(codes)
    if found and re.fullmatch(r"[A-Z]{3}", found):
        return found, "the currency column says so"
    symbols = money_symbols(rows) + list(header_symbols.values())
    codes = [currency_of_symbol(s, country) or s for s in symbols]  # Rs., ₹ and INR agree
    named = {c for c in codes if currency_of_symbol(c, country)}
    if len(named) == 1:  # ¥ beside 元 is yuan, $ beside MXN is pesos: a shared symbol takes the one named
        only = next(iter(named))
        codes = [only if only in currencies_of_symbol(c) else c for c in codes]
    code = agreed(codes)
    if code and currency_of_symbol(code, country):
        shown = sorted({s for s, c in zip(symbols, codes) if c == code})
        return currency_of_symbol(code, country), f"amounts are written with {' and '.join(shown)}"
    if code and not country and len(currencies_of_symbol(code)) > 1:  # "$" alone: the phones' country may tell
        calling = {_calling_country(p) for p in _texts(rows, "phone")}
        if len(calling) == 1 and (only := calling.pop()) and currency_of_symbol(code, only):
            return currency_of_symbol(code, only), (f"amounts are written with {code} and every phone number "
                                                    f"is in {only}'s numbering (+{_CALLING[only]})")
    return "", ""
