"""Whether a CSV record the reader took over several lines is one row of the file, or rows run
together by a quote that was never closed.

A quoted value may hold line breaks (an address over three lines is one row). A quote opened by
mistake makes the reader run on into the next rows until some later quote: one opening a value of
the next row, or that row's own broken quote (``BT-2,"Bea,…`` then ``BT-3,"Cris,…``). The record it
gives may even have the header's number of values (BT-2 named "Bea,Calle 2,…BT-3,Cris" with BT-3's
address and balance). :func:`quote_never_closed` tells the two apart; the reader asks it only
about records over several lines, so an ordinary one-line row pays nothing.
"""

from __future__ import annotations

import csv


def fit(values: list[str], width: int) -> list[str]:
    """``values`` without the empty values past ``width`` a trailing delimiter leaves."""
    end = len(values)
    while end > width and not values[end - 1].strip():
        end -= 1
    return values[:end]


def _one_record(text: str | list[str], delimiter: str) -> list[str] | None:
    """The one record ``text`` holds as :class:`csv.writer` writes records (every quoted value
    closed right before a delimiter or the line end), or None."""
    try:
        records = list(csv.reader([text] if isinstance(text, str) else text, delimiter=delimiter, strict=True))
    except csv.Error:
        return None
    return records[0] if len(records) == 1 else None


def _body(line: str) -> str:
    return line.rstrip("\r\n")


def row_with_open_quote(line: str, delimiter: str, width: int) -> bool:
    """Whether ``line`` on its own is a whole row of ``width`` values once one quote opening a
    value (at the line's start or right after a delimiter), the quote never closed, is read as
    plain text. The first line of a record run together by such a quote is one."""
    if line.count('"') % 2 == 0:
        return False
    body = _body(line)
    starts = [0] if body.startswith('"') else []
    at = body.find(delimiter + '"')
    while at != -1:
        starts.append(at + len(delimiter))
        at = body.find(delimiter + '"', at + 1)
    for p in starts:
        values = _one_record(body[:p] + body[p + 1:], delimiter)
        if values is not None and len(fit(values, width)) == width:
            return True
    return False


def row_of_its_own(line: str, delimiter: str, width: int) -> bool:
    """Whether ``line`` read on its own is a whole, well-formed row of ``width`` values: quotes in
    pairs, or one of plain text inside a value (``TV 5" screen``). A line with an odd quote opening
    a value, or at its end (trailing delimiters aside), is not one: that quote may close or open a
    multi-line value (the last line of ``"a⏎b,c,d"`` or of ``"n;⏎n";";a"``)."""
    if not line.strip():
        return False
    body = _body(line)
    if body.count('"') % 2 and (body.startswith('"') or delimiter + '"' in body
                                or body.rstrip(delimiter + " \t").endswith('"')):
        return False
    values = _one_record(body, delimiter)
    return values is not None and len(fit(values, width)) == width and sum(1 for v in values if v.strip()) > 1


def _rows_run_together(later: list[str], delimiter: str, width: int) -> bool:
    """Whether the lines after a record's first are rows of their own, every one: blank lines
    aside, each a whole row (:func:`row_of_its_own`). One line that is not (a value's middle or
    its closing line) makes the record one row with a multi-line value."""
    filled = [line for line in later if line.strip(delimiter + " \t\r\n")]
    return bool(filled) and all(row_of_its_own(line, delimiter, width) for line in filled)


def quote_never_closed(lines: list[str], first: int, used: int, delimiter: str, width: int) -> bool:
    """Whether the record read from ``used`` (> 1) ``lines`` from ``first`` is rows run together
    by a quote never closed, rather than one row with a multi-line value: its text is not one
    well-formed record (a quote the reader took for a closing one is followed by more of the value,
    or the file ends inside quotes); or it has the wrong number of values while its first line is
    a whole row once its open quote is plain text, or its later lines are whole rows.
    A well-formed record of the header's width is one row: its multi-line value may hold
    delimiters on its first and last lines (``"Calle 1, 2º B⏎Madrid, Spain, EU"``), which no
    line-by-line judgement tells from rows run together. A well-formed record of another width with
    no sign of rows run together is a row with a wrong number of values (said so by the caller)."""
    chunk = lines[first:first + used]
    values = _one_record(chunk, delimiter)
    if values is None:
        return True
    if len(fit(values, width)) == width:
        return False
    return row_with_open_quote(chunk[0], delimiter, width) or _rows_run_together(chunk[1:], delimiter, width)
