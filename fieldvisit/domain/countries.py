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
    found = zone_country(zone)
    if found:
        return found
    territory = locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[1:2]
    code = territory[0].upper() if territory else ""
    return code if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES else ""


def zone_country(zone: str) -> str:
    """The country of a tz zone (``America/Chicago`` → US, ``US/Eastern`` → US, ``Europe/Kyiv`` →
    UA; CLDR's zone territories via Babel, aliases followed, else tzdata's zone.tab), or "" for a zone of no one country
    (``UTC``, ``Etc/GMT+5``) or unknown."""
    from babel.core import get_global

    zone = get_global("zone_aliases").get(zone, zone)
    found = get_global("zone_territories").get(zone, "")
    if not found and len(listed := _zone_tables().get(zone, ())) == 1:  # a zone newer than Babel's data
        found = next(iter(listed))
    return found if found and found not in _NOT_COUNTRIES and len(found) == 2 else ""


def zone_countries(zone: str) -> frozenset[str]:
    """Every country whose clocks a tz zone keeps (``Asia/Bangkok`` → TH, KH, LA, VN, CX;
    ``America/Chicago`` → US): tzdata's zone.tab and zone1970.tab (a zone some countries share
    since 1970 lists them all) and CLDR's territory of the zone. Empty for ``UTC`` or unknown."""
    found = set(_zone_tables().get(zone, ()))
    if own := zone_country(zone):
        found.add(own)
    return frozenset(found)


_ZONE_TABLES: dict[str, set[str]] = {}


def _zone_tables() -> dict[str, set[str]]:
    if not _ZONE_TABLES:
        from importlib import resources

        for name in ("zone.tab", "zone1970.tab"):  # zone.tab: one country a zone; zone1970: all
            try:
                text = resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
            except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - tzdata is a dependency
                continue
            for line in text.splitlines():
                parts = line.split("\t")
                if len(parts) >= 3 and not line.startswith("#"):
                    _ZONE_TABLES.setdefault(parts[2], set()).update(parts[0].split(","))
    return _ZONE_TABLES
