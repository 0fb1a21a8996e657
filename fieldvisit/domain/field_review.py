"""Values an import could not read for sure (an amount like ``1.234`` whose decimal mark the file
leaves open, a date like ``03/04/2026`` whose order it leaves open): the columns that go to the
review queue beside appointment texts, the readings a person picks from, and the reading of the
value a person types. Plain Python; used by ``services/window_review.py``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from fieldvisit.domain.dates import AmbiguousDate, DateError, parse_date
from fieldvisit.domain.phones import typed_phone
from fieldvisit.domain.money import AmbiguousAmount, AmountError, currency_of_cell, parse_money
from fieldvisit.domain.text import msg

MONEY_FIELDS = ("balance", "last_payment_amount")
DATE_FIELDS = ("due_date", "last_payment_date")
#: Text fields a file wrote unusably (a phone Excel turned into ``6.00111E+08``).
TEXT_FIELDS = ("phone",)
#: A currency the row did not tell (``pesos`` with no country).
CODE_FIELDS = ("currency",)
#: The case fields a review item may set (besides the appointment columns).
VALUE_FIELDS = MONEY_FIELDS + DATE_FIELDS + TEXT_FIELDS + CODE_FIELDS
WINDOW_FIELDS = ("appointment", "inconvenient")
#: Shown instead of a value that waits for review (never 0.00 or "no date").
TO_REVIEW = "to review"


class ValueReviewError(ValueError):
    """The value a person typed cannot be read for that field either."""


def candidates(column: str, text: str, currency: str = "") -> list[str]:
    """The readings of an ambiguous cell, e.g. ``["1.23", "1234.00"]`` for ``1.234`` (amounts
    as plain decimals) or ``["2026-04-03", "2026-03-04"]`` for ``03/04/2026`` (ISO dates);
    empty when the text reads no way at all."""
    out: list[str] = []
    if column in MONEY_FIELDS:
        for comma in (False, True):
            try:
                value, _ = parse_money(text, comma, currency)
            except AmbiguousAmount as exc:
                out.extend(_shown(r) for r in exc.readings)
                continue
            except AmountError:
                continue
            out.append(_shown(value))
    elif column in DATE_FIELDS:
        for dayfirst in (True, False):
            try:
                out.append(parse_date(text, dayfirst=dayfirst).isoformat())
            except DateError:
                continue
    return list(dict.fromkeys(out))


def _shown(value: Decimal) -> str:
    """``1234`` → ``1234.00``; ``1.234`` stays (three decimals are the reading, not cents)."""
    return f"{value:.2f}" if value == value.quantize(Decimal("0.01")) else str(value)


def read_value(column: str, text: str, currency: str = "") -> Decimal | date | str:
    """The value a person typed for ``column``: an amount (``1234.00``, ``1,234.00``,
    ``1.234,00``; in ``currency``), a date (ISO ``2026-03-04`` or written with the month's
    name) or a phone number. Raises ValueReviewError with one sentence when it is empty or still ambiguous."""
    text = (text or "").strip()
    if not text:
        raise ValueReviewError(msg("Type the value, e.g. 1234.00 or 2026-03-04."))
    if column in CODE_FIELDS:
        code, _ = currency_of_cell(text)
        if code is None or len(code) != 3:
            raise ValueReviewError(msg("{text!r} does not name one currency; write its three-letter code, e.g. MXN.",
                                       text=text))
        return code
    if column in TEXT_FIELDS:
        phone, problem = typed_phone(text)
        if problem or not phone:
            raise ValueReviewError(msg("{text!r} is not a phone number; type it in full, e.g. +34 600 111 222.",
                                       text=text))
        return phone
    try:
        if column in MONEY_FIELDS:
            return parse_money(text, None, currency)[0]
        if column in DATE_FIELDS:
            return parse_date(text, dayfirst=None)
    except AmbiguousAmount:
        raise ValueReviewError(msg("{text!r} can still be read two ways; write the amount with two decimals, "
                                   "e.g. 1234.00 or 1.23.", text=text)) from None
    except AmbiguousDate:
        raise ValueReviewError(msg("{text!r} can still be read two ways; write the date as 2026-03-04.",
                                   text=text)) from None
    except (AmountError, DateError) as exc:
        raise ValueReviewError(msg("{text!r} cannot be read ({exc}); write e.g. 1234.00 or 2026-03-04.",
                                   text=text, exc=exc)) from None
    raise ValueReviewError(msg("{column} is not a value the review queue sets.", column=column))
