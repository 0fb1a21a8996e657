"""Read an XLSX workbook the way a person sees it in Excel.

- The data sheet is chosen, not assumed: among the visible sheets, the one whose header (within
  its top rows) names the most known columns, ``case_id`` first; a summary or cover sheet in
  front is passed over. ``sheet=`` overrides.
- The declared sheet size (``<dimension ref="A1"/>``, stale in some exporters) is ignored: every
  row in the sheet's data is read.
- Merged ranges give every cell of the range the top-left cell's value (a collector's name
  merged down a group of rows belongs to each row).
- Cached formula results are read; a formula with no saved result (a file written by a program
  that never calculated it) rejects its row with a sentence saying so, rather than reading blank.
- Dates: date-formatted cells arrive as dates in the workbook's own date system (1900 or 1904);
  ``Table.date_system`` tells the row reader how to read plain serial numbers in date columns.
- Row numbers are the sheet's own. Rows hidden or filtered out in Excel are read like the others
  (they are cases too) and listed in ``Table.hidden_rows`` so the import can say so.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from fieldvisit.adapters.files.table_rows import data_rows, footer_reason, pick_header
from fieldvisit.domain import limits
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import Table

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CHUNK = 1 << 20


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')


def scan_sheet(book, sheet) -> tuple[list[tuple[int, int, int, int]], bool, list[int]]:
    """``(merged ranges as (min_row, min_col, max_row, max_col), has formulas, hidden rows)``
    read straight from the sheet's XML (read-only worksheets expose neither merged cells nor
    which rows are hidden or filtered out)."""
    merges: list[tuple[int, int, int, int]] = []
    hidden: list[int] = []
    formulas = False
    tail = b""
    with book._archive.open(sheet._worksheet_path) as src:  # noqa: SLF001 - openpyxl keeps the path there
        while True:
            chunk = src.read(_CHUNK)
            if not chunk:
                break
            data = tail + chunk
            if not formulas and _FORMULA.search(data):
                formulas = True
            cut = data.rfind(b"<")
            body, tail = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
            if len(tail) > 4096:  # no tag is that long: keep the scan bounded
                body, tail = data, b""
            if b"mergeCell" in body:
                for a, r1, b, r2 in _MERGE.findall(body):
                    b, r2 = b or a, r2 or r1
                    merges.append((int(r1), _column(a), int(r2), _column(b)))
            if b'hidden="' in body:
                for tag in _ROW_TAG.findall(body):
                    if _HIDDEN.search(tag) and (number := _ROW_NUMBER.search(tag)):
                        hidden.append(int(number.group(1)))
    return merges, formulas, hidden


def check_unzipped(p: Path) -> None:
    """Refuse a workbook whose parts would unzip beyond the limits, before openpyxl reads them
    (it reads the shared strings whole): a zip bomb or a 512 MB name in a 0.5 MB file."""
    from fieldvisit.adapters.files.xlsx_guard import check_parts

    try:
        with zipfile.ZipFile(p) as archive:
            infos = archive.infolist()
            total = sum(i.file_size for i in infos)
            strings = sum(i.file_size for i in infos if i.filename.lower().endswith("sharedstrings.xml"))
            if total > limits.MAX_XLSX_UNZIPPED_BYTES or strings > limits.MAX_XLSX_STRINGS_BYTES:
                raise UserError(msg("{name} unpacks to {mb} MB, more than a case file can be; save it again from "
                                    "Excel or export it as CSV.", name=p.name, mb=total // limits.MIB))
            check_parts(archive, p.name)  # a DTD, a 50-million-character cell: refused while streaming
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise UserError(msg('{name} is not a readable XLSX workbook; open and save it again in Excel.',
                            name=p.name)) from exc


def _numbered(sheet, merges):
    """``(row number, values)`` of every non-empty row, merged ranges filled."""
    by_row: dict[int, list[tuple[int, int, int, int]]] = {}
    for m in merges:
        if m[2] - m[0] > 100000:
            continue
        for r in range(m[0], m[2] + 1):
            by_row.setdefault(r, []).append(m)
    top_left: dict[tuple[int, int], object] = {}
    for n, vals in enumerate(sheet.iter_rows(values_only=True), start=1):
        if n > limits.MAX_ROWS + limits.MAX_HEADER_ROW:
            raise UserError(msg("The workbook goes on past row {n}; at most {limit} rows are imported at once. "
                                "Split the file or delete the empty rows below the data.", n=n - 1,
                                limit=limits.MAX_ROWS))
        if vals and len(vals) > limits.MAX_COLUMNS and any(v not in (None, "") for v in vals[limits.MAX_COLUMNS:]):
            raise UserError(msg("The workbook's row {row} has {columns} columns; at most {limit} are read. Remove "
                                "the extra columns and import again.", row=n, columns=len(vals),
                                limit=limits.MAX_COLUMNS))
        values = list(vals) if vals else []
        for r1, c1, r2, c2 in by_row.get(n, ()):
            if len(values) < c2:
                values.extend([None] * (c2 - len(values)))
            if n == r1:
                top_left[(r1, c1)] = values[c1 - 1]
            value = top_left.get((r1, c1))
            for c in range(c1, c2 + 1):
                values[c - 1] = value
        if values and any(v is not None and v != "" for v in values):
            yield n, values


def _with_formula_check(sheet_values, sheet_formulas, skipped):
    """Walk each row beside the formula view of the same sheet (both in row order): a formula
    whose cached value is missing makes the row broken (rejected with the reason)."""
    from openpyxl.utils import get_column_letter

    formulas_iter = iter(sheet_formulas)
    pending = next(formulas_iter, None)
    for n, values in sheet_values:
        while pending is not None and pending[0] <= n:
            fn, formulas = pending
            pending = next(formulas_iter, None)
            row = values if fn == n else []
            missing = [(i, f) for i, f in enumerate(formulas) if isinstance(f, str) and f.startswith("=")
                       and (i >= len(row) or row[i] is None)]
            if missing and not (fn == n and footer_reason(values)):
                i, f = missing[0]
                skipped.append({"row": fn, "kind": "broken",
                                "reason": f"cell {get_column_letter(i + 1)}{fn} holds a formula ({f[:40]}) with no "
                                          "saved result; open the workbook in Excel, save it, and import again"})
                if fn == n:
                    values = None
        if values is not None:
            yield n, values
    while pending is not None:
        fn, formulas = pending
        pending = next(formulas_iter, None)
        if any(isinstance(f, str) and f.startswith("=") for f in formulas):
            skipped.append({"row": fn, "kind": "broken",
                            "reason": "this row holds formulas with no saved result; open the workbook in Excel, "
                                      "save it, and import again"})


def read_xlsx(p: Path, *, sheet: str | None = None, header_row: int | None = None) -> Table:
    """Read the data sheet of an XLSX workbook (or the sheet named ``sheet``; the header on
    ``header_row`` when given)."""
    from openpyxl import load_workbook  # imported here: only XLSX imports pay for it

    check_unzipped(p)
    try:
        book = load_workbook(p, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise UserError(msg('{name} is not a readable XLSX workbook; open and save it again in Excel.',
                            name=p.name)) from exc
    names = list(book.sheetnames)
    if sheet is not None and sheet not in names:
        book.close()
        raise UserError(msg('{name} has no sheet called {sheet} (sheets: {sheets}).', name=p.name, sheet=sheet,
                            sheets=", ".join(names)))
    candidates = [book[sheet]] if sheet is not None else \
        [ws for ws in book.worksheets if getattr(ws, "sheet_state", "visible") == "visible"] or list(book.worksheets)
    best = None
    for ws in candidates:
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
        merges, formulas, hidden = scan_sheet(book, ws)
        found_titles: set[str] = set()
        number, headers, _, known = pick_header(_numbered(ws, merges), header_row, found_titles)
        if headers is None:
            continue
        has_id = any(v is not None and _canonical(v) == "case_id" for v in headers)
        score = (has_id, known)
        if best is None or score > best[0]:
            best = (score, ws, merges, formulas, number, headers, found_titles, hidden)
    if best is None:
        book.close()
        raise UserError(msg('{name} has no rows; export the case file again.', name=p.name))
    _, ws, merges, formulas, number, headers, titles, hidden = best
    headers = ["" if v is None else str(v).strip() for v in headers]
    while headers and not headers[-1]:
        headers.pop()
    skipped: list[dict] = []
    row_numbers: list[int] = []
    numbered = ((n, v) for n, v in _numbered(ws, merges) if n > number)
    formula_book = None
    if formulas:
        formula_book = load_workbook(p, read_only=True, data_only=False)
        fws = formula_book[ws.title]
        fws.reset_dimensions()
        numbered = _with_formula_check(numbered, ((n, v) for n, v in _numbered(fws, []) if n > number), skipped)

    def rows():
        try:
            yield from data_rows(numbered, len(headers), skipped, row_numbers, headers, titles)
        finally:
            book.close()
            if formula_book is not None:
                formula_book.close()

    return Table(headers=headers, rows=rows(), kind="xlsx", header_row=number, total_rows=None,
                 sheet=ws.title, sheets=names, row_numbers=row_numbers, skipped=skipped,
                 hidden_rows=[n for n in hidden if n > number],
                 date_system=1904 if book.epoch.year == 1904 else 1900,
                 column_symbols=_format_symbols(ws, number, len(headers)))


#: The currency in a number format: ``[$£-809]``, ``[$MXN] ``, ``"R$"``, ``\$``, ``€`` …
_FORMAT_SYMBOL = re.compile(r'\[\$([^\]\-]+)(?:-[0-9A-Fa-f]+)?\]|"([^"]+)"|\\?([$€£¥￥₹₩])')
FORMAT_ROWS = 50


def _format_symbols(ws, header_number: int, width: int) -> dict[int, str]:
    """``{column position: currency symbol}`` for columns whose numbers (first rows) are
    formatted in one currency."""
    from fieldvisit.domain.money import currency_of_symbol

    seen: dict[int, set[str]] = {}
    for row in ws.iter_rows(min_row=header_number + 1, max_row=header_number + FORMAT_ROWS, max_col=width):
        for i, cell in enumerate(row):
            value = getattr(cell, "value", None)
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                continue
            fmt = getattr(cell, "number_format", "") or ""
            found = ""
            for m in _FORMAT_SYMBOL.finditer(fmt.split(";")[0]):
                symbol = (m.group(1) or m.group(2) or m.group(3) or "").strip()
                if symbol in ("$", "¥", "￥") or currency_of_symbol(symbol):
                    found = symbol
                    break
            seen.setdefault(i, set()).add(found)
    return {i: next(iter(s)) for i, s in seen.items() if len(s) == 1 and "" not in s}


def _canonical(value) -> str | None:
    from fieldvisit.domain.columns import canonical_for

    return canonical_for(str(value))
