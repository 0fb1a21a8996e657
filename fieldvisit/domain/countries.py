"""Country names to ISO 3166 codes, and the usual currency of each country FieldVisit serves."""

from __future__ import annotations

_NAMES = {
    "china": "CN", "中国": "CN", "prc": "CN", "people's republic of china": "CN",
    "spain": "ES", "españa": "ES", "espana": "ES", "西班牙": "ES",
    "united states": "US", "usa": "US", "u.s.": "US", "u.s.a.": "US", "estados unidos": "US",
    "美国": "US", "united kingdom": "GB", "uk": "GB", "great britain": "GB", "reino unido": "GB",
    "英国": "GB", "india": "IN", "印度": "IN", "mexico": "MX", "méxico": "MX", "墨西哥": "MX",
}

CURRENCIES = {"CN": "CNY", "ES": "EUR", "US": "USD", "GB": "GBP", "IN": "INR", "MX": "MXN",
              "FR": "EUR", "DE": "EUR", "IT": "EUR", "PT": "EUR", "HK": "HKD", "SG": "SGD",
              "CO": "COP", "PE": "PEN", "CL": "CLP", "AR": "ARS", "PH": "PHP", "ID": "IDR"}
#: Three-letter codes a header note (``Amount USD``) may name: the countries' currencies above and
#: other common ones. A word such as ``Nov`` is not one.
CURRENCY_CODES = frozenset(CURRENCIES.values()) | frozenset(
    "CAD AUD NZD JPY KRW TWD CHF SEK NOK DKK PLN CZK HUF BRL UYU BOB PYG VES DOP GTQ CRC ZAR TRY RUB AED "
    "SAR THB MYR VND PKR BDT NGN KES EGP MAD ILS".split())


class CountryError(ValueError):
    pass


#: Two-letter codes CLDR lists that are no country: unknown (ZZ), groupings (EU, UN), private use.
_NOT_COUNTRIES = frozenset({"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"})
_ISO: set[str] = set()


def iso_countries() -> set[str]:
    """The ISO 3166 two-letter country and territory codes (CLDR via Babel; Kosovo XK included)."""
    if not _ISO:
        from babel import Locale

        _ISO.update(k for k in Locale.parse("en").territories if len(k) == 2 and k.isalpha())
        _ISO.difference_update(_NOT_COUNTRIES)
    return _ISO


def country_code(text: str) -> str:
    """``"España"`` → ``"ES"``, ``"cn"`` → ``"CN"``; '' stays ''. Unknown names raise CountryError."""
    t = text.strip()
    if not t:
        return ""
    if len(t) == 2 and t.isascii() and t.isalpha() and t.upper() in iso_countries():
        return t.upper()
    code = _NAMES.get(t.casefold())  # "UK" → GB
    if code is None:
        raise CountryError(f"{t!r} is not an ISO country code (use two letters such as CN, ES, US)")
    return code


def system_country(zone: str, locale_name: str = "") -> str:
    """The country a computer's settings name, for a first-run default: the time zone's country
    (``Europe/Madrid`` → ES, CLDR's zone territories via Babel), else the locale's territory
    (``es_MX.UTF-8`` → MX); "" when neither names one (``UTC``, ``C.UTF-8``), so the user chooses."""
    from babel.core import get_global

    zone = get_global("zone_aliases").get(zone, zone)
    found = get_global("zone_territories").get(zone, "")
    if found and found not in _NOT_COUNTRIES and len(found) == 2:
        return found
    territory = locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[1:2]
    code = territory[0].upper() if territory else ""
    return code if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES else ""
