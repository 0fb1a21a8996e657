"""The money of one case-file row: its currency cell, its amounts (balance, last payment) and
the currency their symbols show (see :mod:`fieldvisit.domain.case_rows` for the row's rules).

- A currency column may hold a code, a symbol or a word (``€``, ``Euros``, ``人民币``, ``新台幣``;
  ``pesos``/``kr``/``$`` with the row's country, else the row goes to review, currency unset).
- Amounts carry their currency: the currency column, else the symbol in the cell or its header,
  else the row's country's, else the file's currency. A shared symbol (``$``, ``¥``, ``kr``) goes
  with any currency it can denote: the currency column or the user's ``--currency`` decides, else
  the row's country, else the file's currency or country. A symbol that contradicts the currency
  column rejects the row.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from fieldvisit.domain.cases import Case
from fieldvisit.domain.cells import amount as _amount
from fieldvisit.domain.conventions import country_currency
from fieldvisit.domain.money import AmbiguousAmount, AmountError, currencies_of_symbol, currency_of_cell
from fieldvisit.domain.money import currency_of_symbol, parse_money

#: The review note of a blank balance cell (a stored case keeps its balance: no note).
BALANCE_EMPTY = "balance is empty"

_currency_of_cell = lru_cache(maxsize=1024)(currency_of_cell)
_country_currency = lru_cache(maxsize=256)(country_currency)  # Babel's, for countries CURRENCIES lacks (AT)


def read_money(case: Case, text: dict[str, str], values: dict[str, Any], ctx: Any, row_country: str,
               errors: list[tuple[str, str]], review: list[tuple[str, str]], present: set[str]) -> None:
    """Set ``case.balance``, ``last_payment_amount`` and ``currency`` from the row's cells
    (``text`` stripped, ``values`` as read; ``ctx`` the file's ``case_rows.RowContext``); problems go to ``errors`` (the row is rejected) or
    ``review`` (the field is left unset and dropped from ``present``)."""
    get = text.get
    currency = get("currency", "")
    if currency:  # EUR, €, Euros, 人民币, RMB; pesos / kr / $ with the row's country
        code, problem = _currency_of_cell(currency, case.country)
        if code is None:
            (review if "several countries" in problem else errors).append(("currency", problem))
        currency = code or ""
    shown: dict[str, str] = {}
    hint = currency or _country_currency(row_country) or ctx.default_currency
    for column, attr in (("balance", "balance"), ("last_payment_amount", "last_payment_amount")):
        if not get(column):
            if column == "balance" and column in ctx.columns:  # a new case's balance is unknown, never 0.00
                review.append((column, BALANCE_EMPTY))  # (the import drops it for a stored case: kept)
            continue
        try:
            raw = values[column]  # text (a CSV's cells) is read as the money it shows
            amount, symbol = parse_money(text[column], ctx.decimal_comma, hint) if type(raw) is str else \
                _amount(raw, ctx.decimal_comma, hint)
            setattr(case, attr, amount)
            symbol = symbol or ctx.header_symbols.get(column)
            if symbol:
                shown[column] = symbol
        except AmbiguousAmount as exc:
            review.append((column, str(exc)))
            present.discard(column)
        except AmountError as exc:
            errors.append((column, str(exc)))
    case.currency = currency
    for column, symbol in shown.items():
        code = _symbol_currency(symbol, currency or ctx.chosen_currency, row_country, case.country, ctx)
        decided = currency or ctx.chosen_currency
        if code is None and decided:
            possible = sorted(currencies_of_symbol(symbol))
            named = f" ({', '.join(possible[:-1])} or {possible[-1]})" if 1 < len(possible) <= 4 else ""
            errors.append((column, f"{text[column]!r} is in {symbol}{named}, which cannot be {decided} as "
                                   f"{'the currency column says' if currency else 'the chosen currency'}"))
        elif code is None:
            errors.append((column, f"{text[column]!r} is in {symbol}, which could be several currencies; add a "
                                   "currency column, or choose the file's currency or country (--currency, "
                                   "--country)"))
        elif currency and code != currency:
            errors.append((column, f"{text[column]!r} is in {code} but the currency column says {currency}"))
        elif case.currency and code != case.currency:
            errors.append((column, f"{text[column]!r} is in {code} but the balance is in {case.currency}"))
        else:
            case.currency = code
    case.currency = case.currency or hint
    if case.currency:
        present.add("currency")
    if review and any(column == "currency" for column, _ in review):  # waits in the review queue (BRK2 #5)
        present.discard("currency")


def _symbol_currency(symbol: str, decided: str, row_country: str, country: str, ctx: Any) -> str | None:
    """The currency an amount's symbol stands for. A symbol of one currency (``€``) names it; a
    shared one (``$``, ``¥``, ``kr``) is any currency it can denote: the currency column or the
    user's ``--currency`` (``decided``) decides, else the row's country, else the file's
    currency, else the file's country; None when nothing does."""
    possible = currencies_of_symbol(symbol)
    if len(possible) == 1:
        return next(iter(possible))
    if not possible:
        return currency_of_symbol(symbol, country)
    if decided:
        return decided if decided in possible else None
    if row_country and (code := currency_of_symbol(symbol, row_country)):
        return code
    if ctx.default_currency in possible:
        return ctx.default_currency
    return currency_of_symbol(symbol, country)
