"""The money of one case-file row: its currency cell, its amounts (balance, last payment) and
the currency their symbols show (see :mod:`fieldvisit.domain.case_rows` for the row's rules).

- A currency column may hold a code, a symbol or a word (``€``, ``Euros``, ``人民币``, ``新台幣``;
  ``pesos``/``kr``/``$`` with the row's country, else the row goes to review, currency unset).
- Amounts carry their currency: the currency column, else the symbol in the cell or its header,
  else the row's country's, else the file's currency. A symbol of one currency names it and is
  read as that currency writes decimals (``£1,234`` in a EUR file: 1234.00 GBP). A shared symbol
  (``$``, ``¥``, ``kr``) goes with any currency it can denote: the currency column or the user's
  ``--currency`` decides, else the row's country, else the file's currency or country (the
  workspace's when the file is silent), else the row's other amount; when nothing does, the case
  is kept, with no currency, and the amount waits in the review queue with its currency
  (:data:`CURRENCY_OPEN`). So does an amount with no sign when nothing at all gives a currency
  (no currency column or cell, no country, no ``--currency``, no workspace currency:
  :data:`NO_CURRENCY`); an amount is never stored without its currency. A symbol that
  contradicts the currency column rejects the row.
"""

from __future__ import annotations

import re
from dataclasses import fields
from decimal import Decimal
from functools import lru_cache
from typing import Any

from fieldvisit.domain.cases import Case
from fieldvisit.domain.cells import amount as _amount
from fieldvisit.domain.conventions import country_currency
from fieldvisit.domain.currencies import shared_currencies
from fieldvisit.domain.money import AmbiguousAmount, AmountError, currencies_of_symbol, currency_of_cell
from fieldvisit.domain.money import currency_of_symbol, parse_money, plain_amount

#: The review note of a blank balance cell (a stored case keeps its balance: no note).
BALANCE_EMPTY = "balance is empty"

_currency_of_cell = lru_cache(maxsize=1024)(currency_of_cell)
_country_currency = lru_cache(maxsize=256)(country_currency)  # Babel's, for countries CURRENCIES lacks (AT)


def read_money(case: Case, text: dict[str, str], values: dict[str, Any], ctx: Any, row_country: str,
               errors: list[tuple[str, str]], review: list[tuple[str, str]], present: set[str]) -> None:
    """Set ``case.balance``, ``last_payment_amount`` and ``currency`` from the row's cells
    (``text`` stripped, ``values`` as read; ``ctx`` the file's ``case_rows.RowContext``); problems go to ``errors`` (the row is rejected) or
    ``review`` (the field is left unset and dropped from ``present``). An amount whose shared
    symbol nothing in the row or file decides (``¥12,345`` in a EUR file) goes to review with its
    currency (:data:`CURRENCY_OPEN`): the case is imported with no currency, never the file's."""
    get = text.get
    currency = get("currency", "")
    if currency:  # EUR, €, Euros, 人民币, RMB; pesos / kr / $ with the row's country
        code, problem = _currency_of_cell(currency, case.country)
        if code is None:
            (review if "several countries" in problem else errors).append(("currency", problem))
        currency = code or ""
    decided = currency or ctx.chosen_currency
    hint = currency or _country_currency(row_country) or ctx.default_currency
    read: dict[str, tuple[Decimal | None, str | None, str]] = {}  # column → (amount, symbol, why ambiguous)
    symbols = False
    for column in MONEY_COLUMNS:
        cell = get(column)
        if not cell:
            if column == "balance":  # a new case's balance is unknown (None), never 0.00
                case.balance = None  # (an update leaves a stored case's balance as it is: not present)
                if column in ctx.columns:
                    review.append((column, BALANCE_EMPTY))  # (the import drops it for a stored case: kept)
            continue
        raw = values[column]
        if type(raw) is str and column not in ctx.header_symbols and \
                (amount := plain_amount(cell, ctx.decimal_comma)) is not None:
            setattr(case, column, amount)  # "2,402.48": no symbol, nothing for the reading below to decide
            continue
        try:  # text (a CSV's cells) is read as the money it shows
            amount, symbol = parse_money(cell, ctx.decimal_comma, hint) if type(raw) is str else \
                _amount(raw, ctx.decimal_comma, hint)
            read[column] = (amount, symbol or ctx.header_symbols.get(column), "")
        except AmbiguousAmount as exc:
            read[column] = _ambiguous(exc, cell, raw, ctx, hint, ctx.header_symbols.get(column))
        except AmountError as exc:
            errors.append((column, str(exc)))
            continue
        symbols = symbols or read[column][1] is not None
    case_currency = ""
    open_columns: dict[str, frozenset[str]] = {}
    if read:  # amounts not plain (most rows have none): symbols to settle, readings held
        # symbols of one currency first: a shared one (``$``) may go with the currency they decide
        for column, (amount, symbol, ambiguous) in sorted(read.items(), key=lambda kv: len(_possible(kv[1][1]))) \
                if symbols else ():
            if not symbol:
                continue
            code = _symbol_currency(symbol, decided, row_country, case.country, ctx)
            possible = _possible(symbol)
            if code is None and not decided and case_currency in possible:
                code = case_currency  # "US$ 5" beside "$100": the row's other amount decides
            if code is None and decided:
                names = sorted(possible)
                named = f" ({', '.join(names[:-1])} or {names[-1]})" if 1 < len(names) <= 4 else ""
                errors.append((column, f"{text[column]!r} is in {symbol}{named}, which cannot be {decided} as "
                                       f"{'the currency column says' if currency else 'the chosen currency'}"))
            elif code is None:
                open_columns[column] = possible
            elif currency and code != currency:
                errors.append((column, f"{text[column]!r} is in {code} but the currency column says {currency}"))
            elif case_currency and code != case_currency:
                errors.append((column, f"{text[column]!r} is in {code} but the balance is in {case_currency}"))
            else:
                case_currency = code
                if len(possible) > 1 and code != hint:  # "$1.234" in Mexico: read as pesos are written
                    try:
                        amount, _ = parse_money(text[column], ctx.decimal_comma, code) if type(values[column]) is str \
                            else _amount(values[column], ctx.decimal_comma, code)
                        read[column] = (amount, symbol, "")
                    except AmbiguousAmount as exc:
                        read[column] = (None, symbol, str(exc))
                    except AmountError as exc:
                        errors.append((column, str(exc)))
        for column, (amount, symbol, ambiguous) in read.items():
            if column in open_columns:
                review.append((column, _open_note(text[column], symbol, ambiguous)))
                present.discard(column)
            elif ambiguous:
                review.append((column, ambiguous))
                present.discard(column)
            else:
                setattr(case, column, amount)
    if not (currency or case_currency or hint) and not any(c == "currency" for c, _ in review):
        _no_currency(case, text, read, open_columns, errors, review, present)  # (rare: nothing gives one)
    pending = bool(open_columns) or bool(review) and any(column == "currency" for column, _ in review)
    case.currency = currency or case_currency or ("" if pending else hint)  # to review: none, never a guess
    if case.currency and not pending:
        present.add("currency")
    if pending:  # waits in the review queue (BRK2 #5; BRK14 #5, #11)
        present.discard("currency")


#: The mark of a review item whose amount waits with its currency (``¥12,345`` in a EUR file).
CURRENCY_OPEN = "pick the amount with its currency"
MONEY_COLUMNS = ("balance", "last_payment_amount")
_OPEN_SYMBOL = re.compile(r"is in (\S+) \([^()]*\) and the file does not say which: " + re.escape(CURRENCY_OPEN))


def currency_open_in(error: str) -> bool:
    """Whether a review item's amount was left for review because its currency is undecided."""
    return CURRENCY_OPEN in error


def open_symbol(error: str) -> str | None:
    """The symbol a currency-open review item names (``$`` of ``... is in $ (USD, MXN…) and the
    file does not say which: …``): the cell itself may not show it (a spreadsheet number whose
    format is ``"$"#,##0.00``)."""
    m = _OPEN_SYMBOL.search(error)
    return m.group(1) if m else None


#: Why an amount with no currency sign waits when nothing gives its currency (BRK15 #8).
NO_CURRENCY = "has no currency and neither the file, its row nor the workspace gives one"


def no_currency_in(error: str) -> bool:
    """Whether a review item's amount waits because nothing gives the file a currency."""
    return NO_CURRENCY in error


_UNSET = {f.name: f.default for f in fields(Case) if f.name in MONEY_COLUMNS}


def _no_currency(case: Case, text: dict[str, str], read: dict, open_columns: dict, errors: list,
                 review: list, present: set[str]) -> None:
    """No currency anywhere (no currency cell, no sign, no country, no ``--currency``, no
    workspace currency): an amount is never stored without one (BRK15 #8). Each amount the row
    read waits in the review queue with its currency (:data:`CURRENCY_OPEN`), unset."""
    rejected = {column for column, _ in errors}
    for column in MONEY_COLUMNS:
        if not text.get(column) or column in rejected or column in open_columns:
            continue
        ambiguous = read[column][2] if column in read else ""
        if ambiguous:  # one question: its readings and its currency
            review[:] = [item for item in review if item != (column, ambiguous)]
        review.append((column, _open_note(text[column], None, ambiguous)))
        open_columns[column] = frozenset()
        present.discard(column)
        setattr(case, column, _UNSET[column])  # as a new case's: unset, "to review"


def _open_note(cell: str, symbol: str | None, ambiguous: str) -> str:
    if not symbol:
        amount = f"could be {' or '.join(_readings(ambiguous))} and " if ambiguous else ""
        return f"{cell!r} {amount}{NO_CURRENCY} (choose one with --currency, or in the preview): {CURRENCY_OPEN}"
    codes = shared_currencies(symbol)
    listed = "no currency known by that sign" if not codes else f"{', '.join(codes[:-1])} or {codes[-1]}" \
        if len(codes) <= 4 else f"{', '.join(codes[:4])} or another"
    amount = f"could be {' or '.join(_readings(ambiguous))} and " if ambiguous else ""
    return f"{cell!r} {amount}is in {symbol} ({listed}) and the file does not say which: {CURRENCY_OPEN}"


def _readings(ambiguous: str) -> list[str]:
    """The readings an AmbiguousAmount message names (``could be 1234 or 1.234``)."""
    m = re.search(r"could be ([\d.]+(?: or [\d.]+)*)", ambiguous)
    return m.group(1).split(" or ") if m else ["several amounts"]


def _possible(symbol: str | None) -> frozenset[str]:
    return currencies_of_symbol(symbol) if symbol else frozenset()


def _ambiguous(exc: AmbiguousAmount, cell: str, raw: Any, ctx: Any, hint: str,
               header: str | None) -> tuple[Decimal | None, str | None, str]:
    """``(None, symbol, why)`` of an amount cell whose reading is ambiguous, or ``(amount, symbol,
    "")`` when a cell with no symbol of its own reads one way with its header's (``Saldo (£)``),
    which the file's currency cannot be."""
    if exc.symbol or not header or type(raw) is not str or hint in _possible(header):
        return None, exc.symbol or header, str(exc)
    try:
        amount, symbol = parse_money(f"{header} {cell}", ctx.decimal_comma, hint)
    except AmbiguousAmount as again:
        return None, again.symbol or header, str(again)
    except AmountError:  # "1.5E+3" under "Balance ($)": no better with the header's symbol; its doubt stands
        return None, exc.symbol or header, str(exc)
    return amount, symbol or header, ""


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
