"""Which currency a symbol, a code or a word names (``€`` → EUR, ``$`` with country MX → MXN,
``Euros``/``人民币``/``新台幣`` → EUR/CNY/TWD), how many decimals it has (CLDR via Babel: KWD 3,
JPY 0) and which decimal mark its countries write. Plain Python data and Babel; amounts
themselves are read in :mod:`fieldvisit.domain.money`."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

CENT = Decimal("0.01")

#: Symbols and words in amounts, for one currency each.
_SYMBOL_CODES = {"€": "EUR", "£": "GBP", "₹": "INR", "圆": "CNY", "人民币": "CNY", "RMB": "CNY",
                 "YUAN": "CNY", "円": "JPY", "US$": "USD", "HK$": "HKD", "NT$": "TWD", "R$": "BRL",
                 "C$": "CAD", "A$": "AUD", "MX$": "MXN", "MEX$": "MXN", "COL$": "COP", "S$": "SGD", "NZ$": "NZD",
                 "RS": "INR", "RS.": "INR", "원": "KRW", "CN¥": "CNY", "JP¥": "JPY", "S/": "PEN", "S/.": "PEN", "₩": "KRW", "₱": "PHP", "₽": "RUB",
                 "ZŁ": "PLN", "CHF": "CHF", "FR.": "CHF", "SFR.": "CHF", "SFR": "CHF", "KČ": "CZK", "₺": "TRY", "₫": "VND", "฿": "THB", "RP": "IDR",
                 # signs of one currency each that price-parser finds in amounts (CLDR's symbols)
                 "₴": "UAH", "₸": "KZT", "₾": "GEL", "₡": "CRC", "ЛВ": "BGN", "FT": "HUF", "₦": "NGN", "₪": "ILS",
                 "₭": "LAK", "៛": "KHR", "TL": "TRY", "₮": "MNT", "₲": "PYG", "₵": "GHS", "₼": "AZN", "֏": "AMD",
                 "৳": "BDT", "RM": "MYR", "E£": "EGP", "KSH": "KES"}
#: Symbols shared by several currencies: the country decides.
_SHARED = {"$": {"US": "USD", "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "CA": "CAD", "AU": "AUD",
                 "HK": "HKD", "SG": "SGD", "NZ": "NZD", "EC": "USD", "SV": "USD", "PA": "USD", "PR": "USD",
                 "TW": "TWD", "BR": "BRL", "UY": "UYU", "DO": "DOP", "JM": "JMD", "TT": "TTD", "BS": "BSD",
                 "BB": "BBD", "BZ": "BZD", "FJ": "FJD", "NA": "NAD", "LR": "LRD", "GY": "GYD", "SR": "SRD",
                 "CU": "CUP", "KY": "KYD", "BM": "BMD", "SB": "SBD", "BN": "BND", "TV": "AUD", "KI": "AUD",
                 "NR": "AUD", "TL": "USD", "FM": "USD", "MH": "USD", "PW": "USD", "VG": "USD", "TC": "USD",
                 "BQ": "USD", "ZW": "USD"},
           "¥": {"CN": "CNY", "JP": "JPY"},
           "KR": {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"},
           "元": {"CN": "CNY", "TW": "TWD", "HK": "HKD", "MO": "MOP"},  # yuan; Taiwan's and Hong Kong's dollar
           "LEI": {"RO": "RON", "MD": "MDL"}, "BS": {"VE": "VES", "BO": "BOB"}}
#: What a shared symbol means when no country, currency column or chosen currency decides.
_SHARED_DEFAULT = {"元": "CNY"}


def money_step(currency: str = "") -> Decimal:
    """The smallest step amounts in ``currency`` are kept to: 0.001 for a three-decimal currency
    (KWD, BHD…), else 0.01 (a yen amount written ``1234.5`` keeps its written half)."""
    return Decimal("0.001") if currency and currency_digits(currency.upper()) == 3 else CENT


@lru_cache(maxsize=512)
def currency_digits(code: str) -> int | None:
    """Decimals of an ISO currency (EUR 2, JPY 0, KWD 3) from CLDR; None for an unknown code."""
    if not code:
        return None
    from babel.numbers import get_currency_precision, list_currencies

    if code.upper() not in list_currencies():
        return None
    return get_currency_precision(code.upper())


@lru_cache(maxsize=64)
def currency_decimal_comma(code: str) -> bool | None:
    """Whether the people of every country that uses ``code`` today write a decimal comma (True)
    or point (False), in each of its official languages, by CLDR via Babel; None when they differ
    (USD: the US and Ecuador; EUR; CHF: German and French Swiss) or nothing is known."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.languages import get_official_languages
    from babel.numbers import get_decimal_symbol

    marks = set()
    for territory, entries in get_global("territory_currencies").items():
        if any(entry[0] == code and entry[2] is None and entry[3] for entry in entries):
            for language in get_official_languages(territory, de_facto=True) or ():
                try:
                    marks.add(get_decimal_symbol(Locale.parse(f"{language}_{territory}")))
                except (UnknownLocaleError, ValueError):
                    continue
    return marks == {","} if len(marks) == 1 else None


def currency_of_symbol(symbol: str, country: str = "") -> str | None:
    """``"€"`` → EUR; ``"$"`` with country MX → MXN, without a country → None (cannot tell);
    ``"元"`` with country TW → TWD, else CNY; a three-letter code passes through. Unknown symbols
    → None."""
    s = symbol.strip().upper()
    if not s:
        return None
    if s in _SHARED:
        if country and country.upper() in _SHARED[s]:
            return _SHARED[s][country.upper()]
        return _SHARED_DEFAULT.get(s) if not country or s in _SHARED_DEFAULT else None
    if s in _SYMBOL_CODES:
        return _SYMBOL_CODES[s]
    if re.fullmatch(r"[A-Z]{3}", s) and currency_digits(s) is not None:
        return s
    return None


@lru_cache(maxsize=256)
def currencies_of_symbol(symbol: str) -> frozenset[str]:
    """Every currency a symbol can denote: ``"$"`` → USD, MXN, AUD…; ``"€"`` → EUR; a code → itself;
    unknown → empty."""
    s = unicodedata.normalize("NFKC", symbol).strip().upper()  # ￥ is ¥
    if s in _SHARED:
        return frozenset(_SHARED[s].values())
    code = currency_of_symbol(s)
    return frozenset({code}) if code else frozenset()


#: Currency words people write in a currency column that name a currency only with the country.
_SHARED_WORDS = {
    "peso": {"MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "PH": "PHP", "UY": "UYU", "DO": "DOP", "CU": "CUP"},
    "dollar": {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD",
               "EC": "USD", "SV": "USD", "PA": "USD", "PR": "USD"},
    "kr": {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"},
    "yen": {"JP": "JPY", "CN": "CNY"},
}
_WORD_FORMS = {"pesos": "peso", "dollars": "dollar", "dólar": "dollar", "dólares": "dollar", "dolar": "dollar",
               "dolares": "dollar", "krona": "kr", "kronor": "kr", "krone": "kr", "kroner": "kr", "kr.": "kr",
               "¥": "yen", "￥": "yen", "$": "dollar"}
_PLAIN_WORDS = {"euro": "EUR", "euros": "EUR", "eur": "EUR", "rmb": "CNY", "yuan": "CNY", "人民币": "CNY",
                "元": "CNY", "圆": "CNY", "円": "JPY", "日元": "JPY", "美元": "USD", "欧元": "EUR", "港币": "HKD",
                "reais": "BRL", "real": "BRL", "libra": "GBP", "libras": "GBP", "pound": "GBP", "pounds": "GBP",
                "rupee": "INR", "rupees": "INR", "złoty": "PLN", "zloty": "PLN", "zł": "PLN", "soles": "PEN",
                "sol": "PEN", "台幣": "TWD", "臺幣": "TWD", "新台幣": "TWD", "新臺幣": "TWD", "新台币": "TWD"}
_NAMES: dict[str, str] = {}


def _currency_names() -> dict[str, str]:
    """Babel's currency names (singular and plural) in the lenders' languages → ISO code; a name
    two currencies share is left out."""
    if not _NAMES:
        from babel import Locale  # plain Python data; loaded once, on the first word cell

        seen: dict[str, set[str]] = {}
        for tag in ("en", "es", "pt", "fr", "de", "it", "zh", "zh_Hant", "ja", "pl", "cs", "sv", "el", "ru"):
            locale = Locale.parse(tag)
            plurals = locale._data.get("currency_names_plural", {})
            for code, name in locale.currencies.items():
                forms = [name, *(plurals.get(code, {}) or {}).values()]
                for form in forms:
                    seen.setdefault(form.strip().lower(), set()).add(code)
        _NAMES.update({name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1})
    return _NAMES


def currency_of_name(word: str) -> str | None:
    """The ISO code a currency's name or word names alone (``Euro``, ``新台幣``, ``pesos
    mexicanos``); None for none or a name several currencies share (``pesos``)."""
    key = word.strip().lower()
    return _PLAIN_WORDS.get(key) or _currency_names().get(key)


def reading_currencies(symbol: str | None, currency: str = "") -> tuple[str, ...]:
    """The currencies to read an amount written with ``symbol`` in, when ``currency`` (the file's
    or row's, possibly "") is the one expected: ``currency`` when the text shows no symbol or one
    that can denote it (``$`` in a USD file); the symbol's own currency when it names one (``£`` →
    GBP, even in a EUR file; ``元`` → CNY); else every currency a shared symbol can be, commonest
    first (``¥`` in a EUR file → CNY, JPY). Unknown symbols keep ``currency``."""
    if not symbol:
        return (currency,)
    possible = currencies_of_symbol(symbol)
    if not possible or currency in possible:
        return (currency,)
    own = currency_of_symbol(symbol)
    if own:
        return (own,)
    return shared_currencies(symbol)


def shared_currencies(symbol: str) -> tuple[str, ...]:
    """Every currency a symbol can denote, commonest first: ``$`` → USD, MXN, COP…; ``¥`` → CNY,
    JPY; ``kr`` → SEK, NOK, DKK, ISK; a symbol of one currency → that one; unknown → ()."""
    s = unicodedata.normalize("NFKC", symbol).strip().upper()
    if s in _SHARED:
        return tuple(dict.fromkeys(_SHARED[s].values()))
    return tuple(currencies_of_symbol(s))


def shared_word_currencies(word: str) -> tuple[str, ...]:
    """The currencies a currency column's word names with a country (``pesos`` → MXN, COP, CLP…;
    ``kr`` → SEK, NOK…), commonest first; () for any other word."""
    key = word.strip().lower()
    shared = _SHARED_WORDS.get(_WORD_FORMS.get(key, key))
    return tuple(dict.fromkeys(shared.values())) if shared else ()


def currency_of_cell(text: str, country: str = "") -> tuple[str | None, str | None]:
    """A currency column's cell → ``(ISO code, None)``; ``(None, why)`` when it names a currency
    only with a country the row does not give (``pesos``, ``$``, ``kr``) or names none.
    ``€``, ``US$``, ``Euros``, ``euro``, ``人民币``, ``元``, ``RMB`` (→ CNY), ``R$``, ``peso mexicano``
    read alone; ``pesos`` with country MX is MXN, ``kr`` with SE is SEK, ``$`` with US is USD."""
    raw = text.strip()
    word = raw.lower()
    if re.fullmatch(r"[A-Za-z]{3}", raw) and word != "rmb" and currency_digits(raw.upper()) is not None:
        return raw.upper(), None
    if word in _PLAIN_WORDS:
        return _PLAIN_WORDS[word], None
    shared = _SHARED_WORDS.get(_WORD_FORMS.get(word, word))
    if shared is not None:
        code = shared.get(country.upper()) if country else None
        if code:
            return code, None
        return None, (f"{raw!r} could be the currency of several countries and the row does not say which; "
                      "add a country column or a three-letter currency code")
    code = currency_of_symbol(raw, country)
    if code:
        return code, None
    code = _currency_names().get(word)
    if code:
        return code, None
    return None, f"{raw!r} is not a currency; write a three-letter code such as EUR"

