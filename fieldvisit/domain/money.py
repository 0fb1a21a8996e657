"""A tolerant parser for amounts of money (Decimal, never float; the currency travels beside it).

Case files write amounts as ``1,234.50``, ``1.234,56``, ``€ 1 234,56`` or ``¥1234``; this module
reads them without ever going through float.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")

_SYMBOLS = re.compile(r"[\s\u00a0\u202f'’$€£¥￥₹]|rmb|cny|eur|usd|gbp|inr|元", re.IGNORECASE)


class AmountError(ValueError):
    """The text is not an amount of money."""


def looks_decimal_comma(text: str) -> bool | None:
    """Tell whether one amount shows its writer uses a decimal comma (True), a decimal point
    (False), or cannot tell (None)."""
    t = _SYMBOLS.sub("", text.strip())
    if "," in t and "." in t:
        return t.rfind(",") > t.rfind(".")
    if re.fullmatch(r"-?\d+,\d{1,2}", t) or re.fullmatch(r"-?\d+,\d{4,}", t):
        return True
    if re.fullmatch(r"-?\d+\.\d{1,2}", t) or re.fullmatch(r"-?\d+\.\d{4,}", t):
        return False
    if re.fullmatch(r"-?\d{1,3}(\.\d{3}){2,}", t):
        return True
    if re.fullmatch(r"-?\d{1,3}(,\d{3}){2,}", t):
        return False
    return None


def parse_amount(text: str, decimal_comma: bool | None = None) -> Decimal:
    """Parse an amount written by a person or a spreadsheet into a Decimal rounded to cents.

    ``decimal_comma`` is the file's convention when known; an ambiguous ``1,234`` or ``1.234``
    is read by it (thousands separator when the file uses the other mark as decimal point).
    """
    raw = text.strip()
    if not raw:
        raise AmountError("empty amount")
    t = _SYMBOLS.sub("", raw)
    negative = False
    if t.startswith("(") and t.endswith(")"):
        negative, t = True, t[1:-1]
    if t.startswith("-"):
        negative, t = True, t[1:]
    if not re.fullmatch(r"[\d.,]+", t) or not re.search(r"\d", t):
        raise AmountError(f"{raw!r} is not an amount")
    hint = looks_decimal_comma(t)
    comma_is_decimal = hint if hint is not None else bool(decimal_comma)
    if comma_is_decimal:
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", "")
    if t.count(".") > 1:
        raise AmountError(f"{raw!r} is not an amount")
    try:
        value = Decimal(t)
    except InvalidOperation as exc:  # pragma: no cover - regex above prevents it
        raise AmountError(f"{raw!r} is not an amount") from exc
    value = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return -value if negative else value


def parse_typed_amount(text: str, decimal_point: str, group_separator: str) -> Decimal:
    """An amount typed by a person in their interface language: ``1.500,00`` with a decimal comma
    (``decimal_point=","``, ``group_separator="."``), ``1,500.00`` with a decimal point. Grouping
    is optional but, when used, must be in threes; at most two decimals. Nothing is guessed: text
    written with the other convention raises AmountError. Returns the exact Decimal."""
    raw = text.strip()
    t = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if group_separator.strip() == "":
        t = t.replace(" ", "")
        group_separator = ""
    if not t:
        raise AmountError("empty amount")
    whole, _, cents = t.partition(decimal_point)
    pattern = r"\d+" if not group_separator else rf"(\d+|\d{{1,3}}({re.escape(group_separator)}\d{{3}})+)"
    if not re.fullmatch(pattern, whole) or (cents and not re.fullmatch(r"\d{1,2}", cents)) or (
            decimal_point in t and not cents):
        raise AmountError(f"{raw!r} is not an amount written as {decimal_point!r} for decimals")
    number = whole.replace(group_separator, "") if group_separator else whole
    return Decimal(f"{number}.{cents or '0'}").quantize(CENT)
