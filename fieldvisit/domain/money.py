"""Amounts of money as people and spreadsheets write them (Decimal, never float), with the
currency the text itself shows.

``$1,234.56``, ``1.234,56 €``, ``€ 1 234,56``, ``12,345.60元``, ``１２，３４５．６０`` (full width),
``1.2万`` (ten thousands), ``3千元``, ``1万2千``, ``12万3456``, ``1億2000万`` (:mod:`.cjk_amounts`), ``1.2 lakh``, ``2 crore``, ``(50.00)`` and ``1.234,56-``
(accounting negatives), ``500,00 CR`` (a credit: the borrower is owed, stored negative like the
accounting negatives; ``DR`` is a debit, positive), ``RMB 3,000``, ``US$ 12.50``, ``新台幣 12,345``
(a currency's name, from Babel), ``€ 2.500,-`` / ``Fr. 850.–`` (a dash after the decimal mark:
no cents, never a minus sign). The currency symbol is found by price-parser (plus 元/円/RMB,
which it does not know); the currency's number of decimals comes from Babel (CLDR): amounts keep
at least two decimals, three for the currencies that have them (KWD, BHD, OMR, JOD, TND, LYD,
IQD: ``1.234`` KWD is 1.234, never 1.23). The number itself:

- with both marks, the last one is the decimal mark; a mark repeated is a thousands separator;
- one mark followed by 1–2 (or 4+) digits is the decimal mark;
- one mark followed by exactly three digits (``1.234``, ``1,234``) is a thousands separator when
  the file writes its decimals with the other mark (or the currency has no decimals, JPY), the
  decimal mark when it is the file's own and the currency has three decimals (KWD…), and
  **ambiguous** otherwise — the file leaves its mark open, or reading it as the file's decimal
  mark gives three decimals a cent currency does not have: :class:`AmbiguousAmount` is raised
  and the row goes to review instead of a guess (never 1000x silently). When the file leaves its
  mark open, a cent currency whose countries all write the same decimal mark (TWD, CNY, INR; not
  USD or EUR) gives it: ``NT$5,000`` is 5000 (``1,234`` KWD stays open: fils exist).
- ``2 Cr`` in rupees could be two crore or a credit of 2.00: AmbiguousAmount (review); so is
  ``1.5E+3`` (scientific notation may hide digits: 1523.40 shown narrow), with its one reading.

Plain numbers (``1234.5``, ``12,345.67``) take a fast path: a 100,000-row file must not pay for
the library per cell.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from fieldvisit.domain.cjk_amounts import HAS_CN_DIGIT, NUMERAL, AmbiguousNumeral, NumeralError, chinese_numerals
from fieldvisit.domain.cjk_amounts import numeral_value
from fieldvisit.domain.currencies import CENT, currency_decimal_comma, currency_digits, currency_of_name
from fieldvisit.domain.currencies import reading_currencies
# re-exported: callers read amounts and their currencies from here
from fieldvisit.domain.currencies import currencies_of_symbol, currency_of_cell, currency_of_symbol  # noqa: F401
from fieldvisit.domain.currencies import money_step  # noqa: F401

_PLAIN = re.compile(r"-?\d+(?:\.\d{1,2})?")
# (one group and no decimals — "1,234" — is not here: the slow path decides it with the currency)
_GROUPED_POINT = re.compile(r"-?\d{1,3}(?:,\d{3})+\.\d{1,2}|-?\d{1,3}(?:,\d{3}){2,}")
_GROUPED_COMMA = re.compile(r"-?\d{1,3}(?:\.\d{3})+,\d{1,2}|-?\d{1,3}(?:\.\d{3}){2,}|-?\d+,\d{1,2}")
_PLAIN_OR_GROUPED_POINT = re.compile(f"{_PLAIN.pattern}|{_GROUPED_POINT.pattern}")

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


_ASCII_NUMBER = re.compile(r"-?[0-9][0-9.,]*[0-9]|[0-9]")


def looks_decimal_comma(text: str) -> bool | None:
    """Tell whether one amount shows its writer uses a decimal comma (True), a decimal point
    (False), or cannot tell (None)."""
    if _ASCII_NUMBER.fullmatch(text):  # "12,345.60": nothing to normalise or strip (votes run on every row)
        t = text
    else:
        t = re.sub(r"[^\d.,\-]", "", unicodedata.normalize("NFKC", text))
        t = re.sub(r"^-?[.,]+|[.,]+$", lambda m: "-" if m.group(0).startswith("-") else "", t)  # "Rs. 45,000"
    if "," in t and "." in t:
        return t.rfind(",") > t.rfind(".")
    if re.fullmatch(r"-?\d+,\d{1,2}", t) or re.fullmatch(r"-?\d+,\d{4,}", t) or re.fullmatch(r"-?0,\d+", t):
        return True
    if re.fullmatch(r"-?\d+\.\d{1,2}", t) or re.fullmatch(r"-?\d+\.\d{4,}", t) or re.fullmatch(r"-?0\.\d+", t):
        return False
    if re.fullmatch(r"-?\d{1,3}(\.\d{3}){2,}", t):
        return True
    if re.fullmatch(r"-?\d{1,3}(,\d{3}){2,}", t):
        return False
    return None


def parse_amount(text: str, decimal_comma: bool | None = None, currency: str = "") -> Decimal:
    """An amount in cents precision (see the module doc); the currency symbol is dropped.

    Raises AmountError for text that is no amount, AmbiguousAmount when the decimal mark cannot
    be told.
    """
    return parse_money(text, decimal_comma, currency)[0]


def parse_money(text: str, decimal_comma: bool | None = None, currency: str = "") -> tuple[Decimal, str | None]:
    """``(amount rounded to cents, currency symbol or code the text shows, or None)``.

    ``decimal_comma`` is the file's convention when known; ``currency`` the ISO code the amount
    is in when known (it tells how many decimals are possible).
    """
    raw = text.strip() if type(text) is str else str(text).strip()
    if not raw:
        raise AmountError("empty amount")
    if "\u2019" in raw or "\u02bc" in raw:  # Swiss 1’234.50: a typographic apostrophe groups thousands
        raw = re.sub(r"(?<=\d)[\u2019\u02bc](?=\d{3})", "'", raw)
    try:
        value, symbol = _parse_money(raw, decimal_comma, currency)
    except InvalidOperation:  # more digits than a Decimal context holds
        raise AmountError(f"{raw[:40]!r} is too large to be a real amount; check it") from None
    if abs(value) >= MAX_AMOUNT:
        raise AmountError(f"{raw[:40]!r} is too large to be a real amount; check it")
    return value, symbol


#: Amounts at or above this (a thousand trillion) are a file's mistake, never a real balance.
MAX_AMOUNT = Decimal(10) ** 15


def _cents(value: Decimal, raw: str) -> Decimal:
    """``value`` to cents; one written with two decimals after a point (``12.50``) is already."""
    return value if raw[-3:-2] == "." else value.quantize(CENT, rounding=ROUND_HALF_UP)


def _parse_money(raw: str, decimal_comma: bool | None, currency: str) -> tuple[Decimal, str | None]:
    value = _plain_value(raw, decimal_comma)
    if value is not None:
        return value, None
    return _parse_slow(raw, decimal_comma, currency.upper())


def _plain_value(raw: str, decimal_comma: bool | None) -> Decimal | None:
    """The value of a plain number (``1234.5``) or one grouped as the file writes them
    (``12,345.67``; ``12.345,67`` in a decimal-comma file), to cents; None for anything else."""
    if decimal_comma is not True:
        if _PLAIN_OR_GROUPED_POINT.fullmatch(raw) is None:  # no comma in a plain one: replace is a no-op
            return None
        return _cents(Decimal(raw.replace(",", "")), raw)
    if _PLAIN.fullmatch(raw):
        return _cents(Decimal(raw), raw)
    if _GROUPED_COMMA.fullmatch(raw):
        return Decimal(raw.replace(".", "").replace(",", ".")).quantize(CENT, rounding=ROUND_HALF_UP)
    return None


def plain_amount(text: str, decimal_comma: bool | None) -> Decimal | None:
    """:func:`parse_money`'s amount of a stripped cell that is a plain number or one grouped as the
    file writes them (``2,402.48``; it shows no symbol), with no library and no currency; None when
    the cell needs the general reading (a symbol, a mark left open, an amount too large: parse_money
    then says what it is). The import reads most cells of a 100,000-row file this way."""
    if len(text) > 20:  # a Decimal holds its digits exactly below this; longer ones are read in full
        return None
    value = _plain_value(text, decimal_comma)
    return value if value is not None and -MAX_AMOUNT < value < MAX_AMOUNT else None


@lru_cache(maxsize=4096)
def _parse_slow(raw: str, decimal_comma: bool | None, currency: str) -> tuple[Decimal, str | None]:
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
    """``1.234`` / ``1,234``: which mark is the decimal one (see the module doc). Only the file's
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


def parse_typed_amount(text: str, decimal_point: str, group_separator: str, decimals: int = 2) -> Decimal:
    """An amount typed by a person in their interface language: ``1.500,00`` with a decimal comma
    (``decimal_point=","``, ``group_separator="."``), ``1,500.00`` with a decimal point. Grouping
    is optional but, when used, must be in threes; at most ``decimals`` decimals (2; 3 for KWD…).
    Nothing is guessed: text written with the other convention raises AmountError. Returns the
    exact Decimal."""
    raw = text.strip()
    t = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if group_separator.strip() == "":
        t = t.replace(" ", "")
        group_separator = ""
    if not t:
        raise AmountError("empty amount")
    whole, _, cents = t.partition(decimal_point)
    pattern = r"\d+" if not group_separator else rf"(\d+|\d{{1,3}}({re.escape(group_separator)}\d{{3}})+)"
    if not re.fullmatch(pattern, whole) or (cents and not re.fullmatch(rf"\d{{1,{decimals}}}", cents)) or (
            decimal_point in t and not cents):
        raise AmountError(f"{raw!r} is not an amount written as {decimal_point!r} for decimals")
    number = whole.replace(group_separator, "") if group_separator else whole
    return Decimal(f"{number}.{cents or '0'}").quantize(CENT if decimals <= 2 else Decimal(10) ** -decimals)


