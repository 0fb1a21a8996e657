"""The general reading of an amount of money (:func:`parse_slow`): the path
:func:`~fieldvisit.domain.money.parse_money` takes for a cell that is not a plain number. Currency
symbols, codes and names (price-parser, plus the marks it does not know), ``lakh``/``crore`` and
Chinese/Japanese numerals (:mod:`.cjk_amounts`), accounting negatives and credits, scientific
notation, and which mark is the decimal one (:func:`_three_digits`); the rules are in
:mod:`fieldvisit.domain.money`'s docstring.

Also the errors every reading of an amount raises (:class:`AmountError`, :class:`AmbiguousAmount`),
importable from :mod:`fieldvisit.domain.money` too.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from fieldvisit.domain.cjk_amounts import HAS_CN_DIGIT, NUMERAL, AmbiguousNumeral, NumeralError, chinese_numerals
from fieldvisit.domain.cjk_amounts import numeral_value
from fieldvisit.domain.currencies import currency_decimal_comma, currency_digits, currency_of_name
from fieldvisit.domain.currencies import currencies_of_symbol, currency_of_symbol, money_step, reading_currencies

#: Symbols and words price-parser does not know, or reads differently.
_EXTRA_SYMBOLS = re.compile(r"((?<![A-Za-z])S?Fr\.(?!\w)|(?<![A-Za-z])SFr(?![A-Za-z])|US\$|HK\$|NT\$|MX\$|Mex\$|COL\$|S\$|NZ\$|R\$|C\$|A\$|CN¥|JP¥|S/\.?|RMB|元|円|圆|人民币|yuan|"
                            r"(?<![A-Za-z])Rs\.?(?![A-Za-z])|원|₩)", re.IGNORECASE)
_ISO = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")
_MULTIPLIERS = {"LAKH": Decimal(10**5), "LAKHS": Decimal(10**5), "LAC": Decimal(10**5), "LACS": Decimal(10**5),
                "CRORE": Decimal(10**7), "CRORES": Decimal(10**7)}  # 万, 千 …: cjk_amounts
_MULTIPLIER = re.compile(r"(?<=[\d\s.])((?<![A-Za-z])(?:lakhs?|lacs?|crores?)(?![A-Za-z]))", re.IGNORECASE)
#: A dash-like mark right after the decimal mark: ``2.500,-``, ``850.–`` — no cents, never a sign.
_NO_CENTS = re.compile(r"(?<=\d)([.,])\s?[-\u2010-\u2015\u2212\uff0d]+(?![\d\u2010-\u2015-])")
#: A number in scientific notation (``1.5E+3``, ``1,5E+03``), as a narrow spreadsheet column shows it.
_SCIENTIFIC = re.compile(r"-?\d+(?:[.,]\d+)?[eE][+-]?\d{1,2}")
#: An accounting credit/debit mark after the amount (``500,00 CR``, ``1.234,56 Dr``).
_CREDIT = re.compile(r"(?<=[\d\s.])(CR|Cr|cr|DR|Dr|dr)\.?$")
#: Currencies whose ``Cr`` is read as crore (ten million) as often as credit.
_CRORE_CURRENCIES = frozenset({"INR", "PKR", "NPR", "LKR", "BDT"})
_NUMBER = re.compile(r"[\d.,'\u00a0\u202f\u2009 ]*\d[\d.,'\u00a0\u202f\u2009 ]*")


class AmountError(ValueError):
    """The text is not an amount of money."""


class AmbiguousAmount(AmountError):
    """The text is an amount, but which mark is the decimal one cannot be told (``1.234`` with no
    currency and no file convention); ``readings`` holds both values."""

    def __init__(self, message: str, readings: tuple[Decimal, ...]):
        super().__init__(message)
        self.readings = readings
        #: the currency symbol or code the text shows (``£``, ``¥``), or None
        self.symbol: str | None = None


@lru_cache(maxsize=4096)
def parse_slow(raw: str, decimal_comma: bool | None, currency: str) -> tuple[Decimal, str | None]:
    """:func:`~fieldvisit.domain.money.parse_money`'s reading of a stripped cell that is not a plain
    number (``currency`` upper case): ``(amount, the symbol it shows or None)``; cached per cell."""
    t = unicodedata.normalize("NFKC", raw).strip()
    if not t.isascii() and HAS_CN_DIGIT.search(t):  # 叁仟元, 壹万贰仟…元陆角柒分: in digits first
        try:
            t = chinese_numerals(t, raw)
        except NumeralError as exc:
            raise AmountError(str(exc)) from None
    if _SCIENTIFIC.fullmatch(t):  # "1.5E+3": a spreadsheet's narrow column; digits may be gone
        value = Decimal(t.replace(",", ".")).quantize(money_step(currency), rounding=ROUND_HALF_UP)
        raise AmbiguousAmount(f"{raw!r} is written in scientific notation, which may hide digits (read as "
                              f"{value}); check the amount in the file", (value, value))
    t = _NO_CENTS.sub(r"\g<1>00", t)  # "2.500,-" is 2.500,00: the dash says "no cents", not "minus"
    t = t.replace("\u2212", "-").replace("\uff0d", "-")
    negative = False
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1].strip()
    credit = _CREDIT.search(t)
    if credit:
        t = t[:credit.start()].strip()
    symbols: list[str] = []
    for m in reversed(list(_ISO.finditer(t))):
        if currency_digits(m.group(0)) is not None:
            symbols.append(m.group(0))
            t = (t[:m.start()] + " " + t[m.end():]).strip()
    while (m := _EXTRA_SYMBOLS.search(t)) is not None:
        symbols.append(m.group(1))
        t = (t[:m.start()] + " " + t[m.end():]).strip()
    multiplier = Decimal(1)
    if (m := NUMERAL.search(t)) is not None:  # "1万2千", "1亿2000万", "1.5万": its exact value
        multiplier = _numeral(m.group(0), raw)  # ... times the number 1 left in its place
        t = (t[:m.start()] + " 1 " + t[m.end():]).strip()
        if NUMERAL.search(t) or _MULTIPLIER.search(t):  # "1万 lakh", "3万元2千"
            raise AmountError(f"{raw!r} is not an amount")
    elif (m := _MULTIPLIER.search(t)) is not None:
        multiplier = _MULTIPLIERS[m.group(1).upper()]
        t = (t[:m.start()] + " " + t[m.end():]).strip()
        if _MULTIPLIER.search(t):  # "2 lakh 3 crore": more than one multiplier is not read
            raise AmountError(f"{raw!r} is not an amount")
    if not _NUMBER.fullmatch(t.strip("()- ")) and (named := _named_currency(t)) is not None:
        symbols.append(named[0])  # "新台幣 12,345", "12.345 Euro"
        t = named[1]
    if not _NUMBER.fullmatch(t.strip("()- ")):
        from price_parser import Price

        found = Price.fromstring(t).currency
        if found:
            symbols.append(found)
            t = t.replace(found, " ", 1).strip()
    symbol = _one_currency(symbols, raw)
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1].strip()
    if t.startswith("-"):
        negative, t = True, t[1:].strip()
    elif t.endswith("-"):
        negative, t = True, t[:-1].strip()
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1].strip()
    if not _NUMBER.fullmatch(t):
        raise AmountError(f"{raw!r} is not an amount")
    try:
        currency, value = _read_in(t, raw, decimal_comma, currency, symbol, multiplier)
    except AmbiguousAmount as exc:
        exc.symbol = _shown_symbol(symbol)
        raise
    if credit and credit.group(1).upper() == "CR":
        if currency in _CRORE_CURRENCIES and multiplier == 1:
            crore = (value * _MULTIPLIERS["CRORE"]).quantize(money_step(currency))
            raise AmbiguousAmount(f"{raw!r} could be {crore} ({value} crore) or a credit of {value}; write "
                                  "crore in full, or the credit as a negative amount", (crore, -value))
        if negative:  # "(500,00) CR": two signs, no guess
            raise AmountError(f"{raw!r} is marked both negative and as a credit; check it")
        negative = True  # a credit: the borrower is owed this much (stored negative, as (50.00) is)
    elif credit and negative:
        raise AmountError(f"{raw!r} is marked both negative and as a debit; check it")
    return (-value if negative else value), _shown_symbol(symbol)


def _shown_symbol(symbol: str | None) -> str | None:
    if symbol is None:
        return None
    symbol = symbol.upper() if symbol.isascii() else symbol
    return {"S/.": "S/", "YUAN": "元", "人民币": "元"}.get(symbol, symbol)


def _read_in(t: str, raw: str, decimal_comma: bool | None, currency: str, symbol: str | None,
             multiplier: Decimal) -> tuple[str, Decimal]:
    """``(currency read in, value)`` of the number ``t``, in the currency its symbol shows
    (:func:`~fieldvisit.domain.currencies.reading_currencies`): a symbol of another currency than
    ``currency`` (``£`` in a EUR file) is read with that currency's own decimal mark when all its
    countries write the same one (GBP: a point, so ``£1,234`` is 1234.00); a shared symbol the
    file's currency cannot be (``¥`` in a EUR file) is read in every currency it can be, with the
    file's decimal mark when it has one: one value when they agree (``¥12,345``: 12345 yen or
    yuan), AmbiguousAmount when they differ."""
    codes = reading_currencies(symbol, currency)
    values: list[Decimal] = []
    for code in codes:
        comma = decimal_comma
        if len(codes) == 1 and code and code != currency and (own := currency_decimal_comma(code)) is not None:
            comma = own  # the symbol's one currency writes its own decimal mark, whatever the file's
        try:
            value = _number(t, raw, comma, code, multiplier)
        except AmbiguousAmount as exc:
            if len(codes) == 1:
                raise
            values.extend(r for r in exc.readings if r not in values)
            continue
        value = (value * multiplier).quantize(money_step(code), rounding=ROUND_HALF_UP)
        if value not in values:
            values.append(value)
    if len(codes) == 1:
        return codes[0], values[0]
    if len(values) == 1:
        return currency, values[0]
    shown = " or ".join(str(v) for v in values[:3])
    raise AmbiguousAmount(f"{raw!r} could be {shown}: the currencies {symbol} can be ({', '.join(codes[:4])}) "
                          "write their decimals differently", tuple(values))


def _numeral(numeral: str, raw: str) -> Decimal:
    """The value of a numeral with Chinese/Japanese units (:mod:`.cjk_amounts`), its errors as
    AmountError / AmbiguousAmount."""
    try:
        return numeral_value(numeral, raw)
    except AmbiguousNumeral as exc:
        raise AmbiguousAmount(str(exc), exc.readings) from None
    except NumeralError as exc:
        raise AmountError(str(exc)) from None


def _named_currency(t: str) -> tuple[str, str] | None:
    """``(ISO code, the rest)`` when the text starts or ends with a currency's name (``新台幣``,
    ``Euro``, ``pesos mexicanos``) around a number; None otherwise."""
    m = re.fullmatch(r"([^\d().,\s-][^\d]*?)\s*([-(]?\d[\d.,'\s]*\)?)|([-(]?\d[\d.,'\s]*\)?-?)\s*([^\d().,\s-][^\d]*)", t)
    if m is None:
        return None
    word, rest = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    code = currency_of_name(word)
    return (code, rest.strip()) if code else None


def _one_currency(symbols: list[str], raw: str) -> str | None:
    """The one currency several marks name (``COP $``, ``人民币…元``), the most specific kept;
    AmountError when they disagree (``USD 5 €``)."""
    if not symbols:
        return None
    codes = {currency_of_symbol(sym) for sym in symbols} - {None}
    if len(codes) > 1:
        # "新台幣5,000元", "港币500元": a shared mark (元 is also TWD, HKD) goes with the one currency named
        possible = [currencies_of_symbol(sym) or {currency_of_symbol(sym)} - {None} for sym in symbols]
        common = frozenset.intersection(*map(frozenset, possible))
        if len(common) != 1:
            raise AmountError(f"{raw!r} shows two currencies")
        return min(symbols, key=lambda sym: len(currencies_of_symbol(sym)) or 1)  # the most specific
    if codes:
        return next(sym for sym in symbols if currency_of_symbol(sym))
    return symbols[0]


def _number(t: str, raw: str, decimal_comma: bool | None, currency: str, multiplier: Decimal) -> Decimal:
    t = re.sub(r"['\u00a0\u202f\u2009 ]", "", t)
    commas, points = t.count(","), t.count(".")
    if commas and points:
        decimal = "," if t.rfind(",") > t.rfind(".") else "."
        if t.count(decimal) > 1:
            raise AmountError(f"{raw!r} is not an amount")
    elif commas > 1 or points > 1:
        mark = "," if commas else "."
        m = re.escape(mark)
        if not re.fullmatch(rf"\d{{1,3}}(?:{m}\d{{3}})+|\d{{1,2}}(?:{m}\d{{2}})+{m}\d{{3}}", t):  # 2,50,000 (lakh)
            raise AmountError(f"{raw!r} is not an amount")
        decimal = "." if mark == "," else ","
    elif commas or points:
        mark = "," if commas else "."
        whole, frac = t.split(mark)
        if not frac:
            raise AmountError(f"{raw!r} is not an amount")
        if not whole:  # ".50", "-.5": a mark before any digit can only be the decimal one
            if len(frac) > max(2, currency_digits(currency) or 0):
                raise AmountError(f"{raw!r} is not an amount")
            decimal = mark
        elif len(frac) != 3 or whole.startswith("0") or len(whole.lstrip("+-")) > 3 or multiplier != 1:
            decimal = mark  # only 1 to 3 digits come before a thousands mark: 1234.567 has decimals
        else:
            decimal = _three_digits(mark, raw, decimal_comma, currency, whole, frac)
    else:
        decimal = "."
    grouping = "," if decimal == "." else "."
    t = t.replace(grouping, "").replace(decimal, ".")
    try:
        return Decimal(t)
    except InvalidOperation as exc:
        raise AmountError(f"{raw!r} is not an amount") from exc


def _three_digits(mark: str, raw: str, decimal_comma: bool | None, currency: str, whole: str, frac: str) -> str:
    """``1.234`` / ``1,234``: which mark is the decimal one (see :mod:`.money`'s doc). Only the file's
    own decimal mark decides: the other mark groups thousands; the file's mark read as decimals
    gives three decimals, which only a three-decimal currency (KWD…) has. A currency without
    decimals (JPY) cannot be ``1.234`` yen. Otherwise AmbiguousAmount: review, never 1000x."""
    digits = currency_digits(currency) if currency else None
    other = "." if mark == "," else ","
    if digits == 0:
        return other  # a yen amount has no decimals at all
    if decimal_comma is None and currency and digits is not None and digits < 3:
        # the file is silent: when every country of the currency writes the same decimal mark
        # (TWD, CNY) and the reading with three decimals is one the currency does not have
        decimal_comma = currency_decimal_comma(currency)
    file_decimal = None if decimal_comma is None else ("," if decimal_comma else ".")
    if file_decimal is not None and mark != file_decimal:
        return other
    if file_decimal is not None and digits == 3:
        return mark
    readings = (Decimal(whole + frac), Decimal(f"{whole}.{frac}"))
    if file_decimal is not None:
        raise AmbiguousAmount(f"{raw!r} read with the file's decimal mark is {readings[1]}, three decimals "
                              f"{currency or 'the currency'} does not have; it could be {readings[0]}", readings)
    raise AmbiguousAmount(f"{raw!r} could be {readings[0]} or {readings[1]}; the file does not show which "
                          "mark is the decimal one", readings)
