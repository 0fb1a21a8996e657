"""Values an import could not read for sure (an amount like ``1.234`` whose decimal mark the file
leaves open, a date like ``03/04/2026`` whose order it leaves open): the columns that go to the
review queue beside appointment texts, the readings a person picks from, and the reading of the
value a person types. Plain Python; used by ``services/window_review.py``."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from fieldvisit.domain.dates import AmbiguousDate, DateError, NoYear, from_serial, parse_date
from fieldvisit.domain.phones import typed_phone
from fieldvisit.domain.currencies import currency_decimal_comma, currency_digits, shared_currencies
from fieldvisit.domain.currencies import shared_word_currencies
from fieldvisit.domain.money import AmbiguousAmount, AmountError, currencies_of_symbol, currency_of_cell
from fieldvisit.domain.money import currency_of_symbol, parse_money
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


#: A bare serial day number written as text (``46085``).
SERIAL_TEXT = re.compile(r"\d{5}(?:\.\d+)?")

#: Joins the readings of a value kept while a person picks (``2026-06-01 or 2026-11-25``).
EITHER = " or "


def due_disagreement(written: date, days: int, derived: date):
    """The review sentence of a due date the file writes beside days past due that give another
    (more than a week apart): the written date is kept, and the item offers both; its text
    (``params["readings"]``, :func:`kept_readings`) is ``"<written> or <derived>"`` (ISO dates)."""
    return msg("the file's due date {written} and its {days} days past due (due {derived}) disagree; the due "
               "date is kept until you pick one", written=written.isoformat(), days=days,
               derived=derived.isoformat(), readings=f"{written.isoformat()}{EITHER}{derived.isoformat()}")


def kept_readings(column: str, text: str) -> list[str]:
    """The readings of an item whose value is kept meanwhile (``["2026-06-01", "2026-11-25"]`` for
    a due date the days past due contradict), else ``[]`` (the value waits unset)."""
    if column not in DATE_FIELDS or EITHER not in text:
        return []
    parts = [p.strip() for p in text.split(EITHER)]
    try:
        return [parse_date(p, dayfirst=None).isoformat() for p in parts]
    except DateError:
        return []


class ValueReviewError(ValueError):
    """The value a person typed cannot be read for that field either."""


#: At most this many amount-with-currency readings are offered (``$`` can be some 25 currencies).
CURRENCY_CANDIDATES = 6


def candidates(column: str, text: str, currency: str = "", currency_open: bool = False,
               symbol: str | None = None) -> list[str]:
    """The readings of an ambiguous cell, e.g. ``["1.23", "1234.00"]`` for ``1.234`` (amounts
    as plain decimals) or ``["2026-04-03", "2026-03-04"]`` for ``03/04/2026`` (ISO dates);
    empty when the text reads no way at all. ``currency_open``: the amount waits with its
    currency, each reading names it (``["12345.00 CNY", "12345 JPY"]`` for ``¥12,345``; ``symbol``:
    the one the file showed when the text does not, a number formatted ``"$"#,##0.00``). A
    currency cell that names a currency only with a country (``pesos``) → its currencies."""
    out: list[str] = []
    if kept := kept_readings(column, text):
        return kept
    if column in MONEY_FIELDS and currency_open:
        symbol = symbol_of(text) or symbol
        for code in shared_currencies(symbol) if symbol else ():
            out.extend(f"{shown_amount(value, code)} {code}" for value in _readings_in(text, code))
        return list(dict.fromkeys(out))[:CURRENCY_CANDIDATES]
    if column in CODE_FIELDS:
        return list(shared_word_currencies(text))
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
        if SERIAL_TEXT.fullmatch(text.strip()):  # "46085": a spreadsheet's serial day, if anything
            try:
                return [from_serial(float(text), 1900).isoformat()]
            except DateError:
                return []
        for dayfirst in (True, False):
            try:
                out.append(parse_date(text, dayfirst=dayfirst).isoformat())
            except DateError:
                continue
    return list(dict.fromkeys(out))


def symbol_of(text: str) -> str | None:
    """The currency symbol or code an amount's text shows (``¥12,345`` → ``¥``), or None."""
    try:
        return parse_money(text)[1]
    except AmbiguousAmount as exc:
        return exc.symbol
    except AmountError:
        return None


def _readings_in(text: str, code: str) -> list[Decimal]:
    """The readings of ``text`` in currency ``code``, written with its countries' decimal mark
    (both marks when they differ); none with more decimals than ``code`` has."""
    own = currency_decimal_comma(code)
    places = max(currency_digits(code) or 0, 2)
    out: list[Decimal] = []
    for comma in (own,) if own is not None else (False, True):
        try:
            values = [parse_money(text, comma, code)[0]]
        except AmbiguousAmount as exc:
            values = list(exc.readings)
        except AmountError:
            continue
        out.extend(v for v in values if -v.as_tuple().exponent <= places and v not in out)
    return out


def shown_amount(value: Decimal, code: str) -> str:
    """An amount as the currency writes it: ``12345`` yen, ``12345.00`` yuan, ``1.234`` dinars
    (without the code)."""
    if currency_digits(code) == 0 and value == value.to_integral_value():
        return str(value.to_integral_value())
    return _shown(value)


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
    if column in MONEY_FIELDS:
        return read_amount(text, currency)[0]
    if column in TEXT_FIELDS:
        phone, problem = typed_phone(text)
        if problem or not phone:
            raise ValueReviewError(msg("{text!r} is not a phone number; type it in full, e.g. +34 600 111 222.",
                                       text=text))
        return phone
    try:
        if column in DATE_FIELDS:
            return parse_date(text, dayfirst=None, year_needed=True)
    except NoYear:
        raise ValueReviewError(msg("{text!r} writes no year; write the whole date, e.g. 2026-03-04.",
                                   text=text)) from None
    except AmbiguousDate:
        raise ValueReviewError(msg("{text!r} can still be read two ways; write the date as 2026-03-04.",
                                   text=text)) from None
    except DateError as exc:
        raise ValueReviewError(msg("{text!r} cannot be read ({exc}); write e.g. 1234.00 or 2026-03-04.",
                                   text=text, exc=exc)) from None
    raise ValueReviewError(msg("{column} is not a value the review queue sets.", column=column))


def read_amount(text: str, currency: str = "", *, original: str = "", currency_open: bool = False,
                symbol: str | None = None) -> tuple[Decimal, str]:
    """``(amount, ISO currency)`` a person typed for an amount: ``1234.00`` in ``currency`` (the
    case's), or naming its currency: ``12345 JPY``, ``12345.00 CNY``, ``£1,234.00``.
    ``original``: the text the file wrote; a currency its symbol (else ``symbol``, the one the file
    showed) cannot be is refused (``¥12,345`` is never EUR). ``currency_open``: the case's currency waits with the amount, so the answer
    must name one. Raises ValueReviewError with one sentence."""
    text = (text or "").strip()
    if not text:
        raise ValueReviewError(msg("Type the value, e.g. 1234.00 or 2026-03-04."))
    shown = symbol_of(original) or symbol  # what the file showed
    try:
        value, symbol = parse_money(text, None, "" if currency_open else currency)
    except AmbiguousAmount:
        raise ValueReviewError(msg("{text!r} can still be read two ways; write the amount with two decimals, "
                                   "e.g. 1234.00 or 1.23.", text=text)) from None
    except AmountError as exc:
        raise ValueReviewError(msg("{text!r} cannot be read ({exc}); write e.g. 1234.00 or 2026-03-04.",
                                   text=text, exc=exc)) from None
    code = currency_of_symbol(symbol) if symbol else None
    allowed = sorted(currencies_of_symbol(shown)) if shown else []
    example = f"{value} {allowed[0]}" if allowed else f"{value} EUR"
    if symbol and code is None:
        raise ValueReviewError(msg("{text!r} does not say which currency {symbol} is; write its three-letter code, "
                                   "e.g. {example}.", text=text, symbol=symbol, example=example))
    if code is None and currency_open:
        raise ValueReviewError(msg("Say the currency too: the file does not, e.g. {example}.", example=example))
    if code and allowed and code not in allowed:
        raise ValueReviewError(msg("{original!r} is in {symbol}, which cannot be {code}; it could be {allowed}.",
                                   original=original, symbol=shown, code=code, allowed=", ".join(allowed)))
    if code and currency and code != currency and not currency_open:
        raise ValueReviewError(msg("The case's amounts are in {currency}; type the amount in {currency}.",
                                   currency=currency))
    if code and code != currency:  # the amount in its own currency's steps (1234.5 yen stays 1234.50)
        value = parse_money(text, None, code)[0]
    return value, code or currency
