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
the library per cell. This module keeps that fast path, the checks every amount passes
(:data:`MAX_AMOUNT`), :func:`looks_decimal_comma` and :func:`parse_typed_amount` (what a person
types); the general reading of everything else, and the errors (:class:`AmountError`,
:class:`AmbiguousAmount`, importable from here), are :mod:`.money_reading`'s.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from fieldvisit.domain.currencies import CENT
# re-exported: callers read amounts and their currencies from here
from fieldvisit.domain.currencies import currencies_of_symbol, currency_of_cell, currency_of_symbol  # noqa: F401
from fieldvisit.domain.currencies import currency_digits, money_step  # noqa: F401
from fieldvisit.domain.money_reading import AmbiguousAmount, AmountError  # noqa: F401 - importable here
from fieldvisit.domain.money_reading import parse_slow as _parse_slow

_PLAIN = re.compile(r"-?\d+(?:\.\d{1,2})?")
# (one group and no decimals — "1,234" — is not here: the slow path decides it with the currency)
_GROUPED_POINT = re.compile(r"-?\d{1,3}(?:,\d{3})+\.\d{1,2}|-?\d{1,3}(?:,\d{3}){2,}")
_GROUPED_COMMA = re.compile(r"-?\d{1,3}(?:\.\d{3})+,\d{1,2}|-?\d{1,3}(?:\.\d{3}){2,}|-?\d+,\d{1,2}")
_PLAIN_OR_GROUPED_POINT = re.compile(f"{_PLAIN.pattern}|{_GROUPED_POINT.pattern}")

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


