"""What both readers do to numbered rows once cells are values: find the header below any title
rows, and set aside the rows that are not cases (total/footer lines, trailing notes; the lines a
report-style export repeats on each page or group: "Página 1 de 2", "第1页 共3页", "Gestor: Pedro",
the title again, the header again, an unlabelled subtotal) with their row number and reason, so
every row of the file is accounted for.

A numbered row is ``(row number as a spreadsheet shows it, list of cell values)``.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from datetime import date, datetime
from collections.abc import Iterable, Iterator
from typing import Any

from fieldvisit.domain.columns import canonical_for

HEADER_SEARCH_ROWS = 10

#: A row whose first filled cell starts with one of these words (then nothing, a space, a colon or
#: a bracket) is a total line: "Total", "TOTALS:", "Grand total", "Total general", "Gesamt",
#: "Summe", "Sous-total", "Totale", "Total geral", "Suma", "合计", "總計", "小计", "合計" (JP), "합계".
_FOOTER_WORDS = (
    r"grand\s*totals?", r"sub\s*-?\s*totals?", r"sous\s*-?\s*totaux", r"sous\s*-?\s*totals?", r"subtotale",
    r"totals?", r"totales", r"totaux", r"totale", r"total\s+general", r"total\s+geral", r"totaal", r"subtotaal",
    r"sumas", r"summe", r"summen", r"gesamtsumme",
    r"zwischensumme", r"endsumme", r"gesamtbetrag", r"gesamt", r"insgesamt", r"gesamtergebnis",
    r"合计", r"總計", r"总计", r"合計", r"小计", r"小計", r"共计", r"共計", r"总和", r"總和", r"累计", r"累計",
    r"総計", r"総合計", r"합계", r"소계", r"총계")
_FOOTER = re.compile(r"(" + "|".join(_FOOTER_WORDS) + r")(?=$|[\s:：(（\[=])"
                     # "Suma", "Soma", "Somma" are given names and surnames too: alone, or with "total"
                     r"|(suma|soma|somma|somme)(\s+(total|totale|general|generale|generale|geral|g[ée]n[ée]rale?))?"
                     r"\s*[:：]?\s*$", re.IGNORECASE)


#: The first characters of those words (both cases): a row starting otherwise is never a total row.
_FIRST = frozenset("tTgGsSiIzZeE合總总小共累総합소총")


def footer_reason(values: list[Any]) -> str | None:
    """The reason a row is a total/footer row, or None when it may be a case."""
    first = values[0] if values else None
    if type(first) is str and first and first[0] not in _FIRST and not first[0].isspace() \
            and first[0] not in "\uff34\uff47\uff53":  # full-width Ｔ ｇ ｓ
        return None
    for value in values:
        if value is None:
            continue
        text = value.strip() if type(value) is str else str(value).strip()
        if not text:
            continue
        text = unicodedata.normalize("NFKC", text)
        if _FOOTER.match(text):
            return f"total row ({text[:40]}), not a case"
        return None
    return None


#: A page line of a printed report: "Página 1 de 2", "Page 2 of 5", "Pág. 3", "Hoja 1/4",
#: "第1页 共3页", "第 2 頁", "共3页".
_PAGE = re.compile(
    r"(p[áa]g(ina)?\.?|page|hoja|seite|p\.)\s*\d+\s*((de|of|/|von|sur)\s*\d+)?"
    r"|第\s*\d+\s*[页頁](\s*[,，/]?\s*共\s*\d+\s*[页頁])?|共\s*\d+\s*[页頁](\s*第\s*\d+\s*[页頁])?",
    re.IGNORECASE)
#: A group heading or report caption on a line of its own: "Gestor: Pedro", "Entidad: Banco
#: Ejemplo", "Generado: 23/11/2026", "催收员：王芳" — a label without digits, a colon, a value.
_HEADING = re.compile(r"[^\d:：]{1,40}[:：]\s*\S.*")
#: A cell of an unlabelled total line: an amount or a currency code.
_AMOUNT = re.compile(r"[-+(−]?\s*[$€£¥₹]?\s*\d[\d.,'’ \u00a0]*\)?\s*[$€£¥₹%]?|[A-Z]{3}")


def _norm(value: Any) -> str:
    return unicodedata.normalize("NFKC", str(value)).strip().casefold() if value is not None else ""


def report_reason(values: list[Any], headers: list[str] | None = None,
                  titles: frozenset[str] = frozenset()) -> str | None:
    """Why a row is a line a report-style export prints between cases, not a case, or None:
    the header again (a page break), a page number, the title again (``titles``: the normalised
    lines above the header), a group heading ("Gestor: Pedro"), an unlabelled subtotal (no first
    value, only amounts)."""
    filled = [(i, v) for i, v in enumerate(values)
              if v is not None and (type(v) is not str or v.strip())]
    if not filled:
        return None
    if headers and len(filled) >= 2:
        same = sum(1 for i, v in filled if i < len(headers) and _norm(v) == _norm(headers[i]) and _norm(v))
        if same == len(filled):
            return "the header row again (a page break in the export), not a case"
    if len(filled) == 1:
        value = filled[0][1]
        if type(value) is str:
            text = unicodedata.normalize("NFKC", value).strip()
            if _PAGE.fullmatch(text):
                return f"a page number line ({text[:40]}), not a case"
            if text.casefold() in titles:
                return f"the report title again ({text[:40]}), not a case"
            if _HEADING.fullmatch(text):
                return f"a group heading ({text[:40]}), not a case"
    first = values[0] if values else None
    if (first is None or (type(first) is str and not first.strip())) and \
            all(not isinstance(v, str) and isinstance(v, (int, float)) or isinstance(v, str)
                and _AMOUNT.fullmatch(unicodedata.normalize("NFKC", v).strip()) for _, v in filled) and \
            any(isinstance(v, (int, float)) or any(c.isdigit() for c in str(v)) for _, v in filled):
        return "a total line without a label (only amounts), not a case"
    return None


def _is_header(values: list[Any]) -> int:
    return sum(1 for v in values if v is not None and str(v).strip() and canonical_for(str(v)))


def _in_group(header: list[Any], i: int) -> bool:
    """Whether column ``i`` lies under a group label: a merged cell read into each column it spans
    (``Dirección | Dirección``), or a label followed or preceded by blank header cells."""
    def text(j):
        return str(header[j]).strip() if 0 <= j < len(header) and header[j] is not None else ""

    here = text(i)
    if not here:
        return True
    return here in (text(i - 1), text(i + 1)) or (i + 1 < len(header) and not text(i + 1))


def sub_header(header: list[Any], below: list[Any]) -> list[Any] | None:
    """A second header row under merged group labels (``Dirección`` over ``Calle | Ciudad``): the
    combined column names (``Dirección Calle``, ``Dirección Ciudad``; the other columns keep
    theirs), or None when ``below`` is not such a row. It is one when every filled cell is text
    without digits that names a known column, under a group label or a blank header cell — a case
    row has its case id under a header of its own, and values that name no column."""
    filled = [(i, v) for i, v in enumerate(below) if v is not None and str(v).strip()]
    if not filled or len(filled) > len(header):
        return None
    for i, v in filled:
        if type(v) is not str or any(c.isdigit() for c in v) or not _in_group(header, i):
            return None
    if not all(canonical_for(v) for _, v in filled):
        return None
    out = list(header) + [None] * max(0, len(below) - len(header))
    group = ""
    for i in range(len(out)):
        top = str(out[i]).strip() if out[i] is not None else ""
        sub = str(below[i]).strip() if i < len(below) and below[i] is not None else ""
        group = top or (group if sub else "")
        if sub:
            out[i] = f"{group} {sub}".strip()
    return out


def _note_sub_row(sub_rows: list[dict] | None, number: int, sub: tuple[int, list[Any]]) -> None:
    if sub_rows is not None:
        names = ", ".join(str(v).strip() for v in sub[1] if v is not None and str(v).strip())
        sub_rows.append({"row": sub[0], "kind": "header",
                         "reason": f"the second header row ({names[:80]}), read into the column names under "
                                   f"row {number}'s group labels, not a case"})


def pick_header(numbered_rows: Iterator[tuple[int, list[Any]]], header_row: int | None = None,
                titles: set[str] | None = None, sub_rows: list[dict] | None = None, above: list[str] | None = None):
    """Lenders' exports sometimes put a title or blank lines above the header: the header is the
    first of the top rows where at least two cells name known columns (else the first row), or
    the first non-blank row from ``header_row`` on when the user says where it is. ``titles``,
    when given, receives the normalised one-value lines above the header (a report's title, which
    a paged export prints again); ``above``, when given, receives each non-blank row above the
    header as one text (its cells joined by spaces, a date cell as ISO: ``Fecha de corte:
    2026-11-23``), where a report states its cut-off date.
    A second header row under merged group labels (:func:`sub_header`) is read into the column
    names; ``sub_rows``, when given, then receives ``{"row", "reason", "kind": "header"}`` for it
    (the data start below it; the remaining iterator starts there too).
    Returns ``(header_number, header_values, remaining_iterator, known_columns)``."""
    numbered_rows = iter(numbered_rows)
    if header_row is not None:
        for number, values in numbered_rows:
            if number >= header_row:
                known = _is_header(values)
                below = next(numbered_rows, None)
                if below is not None and known and (combined := sub_header(values, below[1])):
                    _note_sub_row(sub_rows, number, below)
                    return number, combined, numbered_rows, known
                rest = numbered_rows if below is None else itertools.chain([below], numbered_rows)
                return number, values, rest, known
        return None, None, iter(()), 0
    buffered = []
    for item in numbered_rows:
        buffered.append(item)
        if len(buffered) >= HEADER_SEARCH_ROWS:
            break
    if not buffered:
        return None, None, iter(()), 0
    chosen, known = 0, 0
    for i, (_, values) in enumerate(buffered):
        score = _is_header(values)
        if score >= 2:
            chosen, known = i, score
            break
    # a group header above the real one ("Customer | | Address | | | Amounts"): the row below
    # names more known columns
    while known and chosen + 1 < len(buffered) and (below := _is_header(buffered[chosen + 1][1])) > known:
        chosen, known = chosen + 1, below
    number, header = buffered[chosen]
    if known and chosen + 1 < len(buffered) and (combined := sub_header(header, buffered[chosen + 1][1])):
        _note_sub_row(sub_rows, number, buffered[chosen + 1])
        buffered.pop(chosen + 1)
        header = combined
    for _, values in buffered[:chosen]:
        filled = [v for v in values if v is not None and str(v).strip()]
        if titles is not None and len(filled) == 1:
            titles.add(_norm(filled[0]))
        if above is not None and filled:
            above.append(" ".join(v.date().isoformat() if isinstance(v, datetime) else
                                  v.isoformat() if isinstance(v, date) else str(v).strip() for v in filled))

    def rest():
        yield from buffered[chosen + 1:]
        yield from numbered_rows

    return number, header, rest(), known


def data_rows(rows: Iterable[tuple[int, list[Any]]], width: int, skipped: list[dict],
              row_numbers: list[int], headers: list[Any] | None = None,
              titles: set[str] | frozenset[str] = frozenset()) -> Iterator[tuple[int, list[Any]]]:
    """Yield the case rows; total rows, trailing one-cell notes and report lines
    (:func:`report_reason`, kind ``"report"``; ``headers`` and ``titles`` let it know the header
    and title again) go to ``skipped`` instead (``{"row", "reason", "kind"}``); every yielded
    row's number is appended to ``row_numbers``."""
    notes: list[tuple[int, list[Any]]] = []
    first = _FIRST
    header_first = headers[0] if headers else None
    titles = frozenset(titles)
    for number, values in rows:
        if len(values) > 1 and not notes:  # fast path: a case id and a second cell filled
            head, second = values[0], values[1]
            if type(head) is str and head and head[0] not in first and not head[0].isspace() \
                    and head != header_first \
                    and not "\uff10" <= head[0] <= "\uffef" and second is not None \
                    and (type(second) is not str or (second and not second.isspace())):
                row_numbers.append(number)
                yield number, values
                continue
        reason = footer_reason(values)
        if reason:
            for n, _ in notes:
                skipped.append({"row": n, "reason": "a note line, not a case", "kind": "note"})
            notes.clear()
            skipped.append({"row": number, "reason": reason, "kind": "total"})
            continue
        reason = report_reason(values, headers, titles)
        if reason:
            skipped.append({"row": number, "reason": reason, "kind": "report"})
            continue
        filled = None
        if width >= 3:
            for v in values:
                if v is not None and (type(v) is not str or v.strip()):
                    if filled is not None:
                        filled = None
                        break
                    filled = v
        if filled is not None and isinstance(filled, str) and " " in filled.strip():
            notes.append((number, values))  # a line of text under the table; decided at the end
            continue
        if notes:  # a case came after: those were rows after all
            for item in notes:
                row_numbers.append(item[0])
                yield item
            notes.clear()
        row_numbers.append(number)
        yield number, values
    for n, _ in notes:
        skipped.append({"row": n, "reason": "a note line under the table, not a case", "kind": "note"})
