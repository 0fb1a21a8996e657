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
- A workbook with one sheet per collector or branch (the same header on several visible sheets)
  is read whole, its rows numbered ``Marta!3``; a sheet with other columns is named in
  ``sheets_not_read`` (pick it with ``sheet=``), never passed over silently.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from fieldvisit.adapters.files.table_rows import data_rows, footer_reason, pick_header
from fieldvisit.domain import limits
from fieldvisit.adapters.files.xlsx_shown import shown_text, text_format
from fieldvisit.domain.cells import PricedNumber, ShownNumber
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import SheetRow, Table

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


def _numbered(sheet, merges, shown: dict[int, list[tuple[int, str]]] | None = None):
    """``(row number, values)`` of every non-empty row, merged ranges filled; ``shown``: the
    numbers to read as the text their format shows (:func:`_shown_cells`), by row."""
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
        if shown and n in shown:
            for i, text in shown[n]:
                values[i] = ShownNumber(values[i], text)
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


def _load_workbook(p: Path, *, data_only: bool):
    """openpyxl's read-only workbook. A workbook is known by its content (the reader saw a zip):
    one saved under another name (``cases.csv``, ``export.txt``) is opened through a file object,
    as openpyxl refuses such names."""
    from openpyxl import load_workbook

    if p.suffix.lower() in (".xlsx", ".xlsm", ".xltx", ".xltm"):
        return load_workbook(p, read_only=True, data_only=data_only)
    return load_workbook(p.open("rb"), read_only=True, data_only=data_only)


def read_xlsx(p: Path, *, sheet: str | None = None, header_row: int | None = None) -> Table:
    """Read the data sheet of an XLSX workbook (or the sheet named ``sheet``; the header on
    ``header_row`` when given)."""
    from openpyxl.utils.exceptions import InvalidFileException  # imported here: only XLSX imports pay for it

    check_unzipped(p)
    try:
        book = _load_workbook(p, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, InvalidFileException) as exc:
        raise UserError(msg('{name} is not a readable XLSX workbook; open and save it again in Excel.',
                            name=p.name)) from exc
    names = list(book.sheetnames)
    if sheet is not None and sheet not in names:
        book.close()
        raise UserError(msg('{name} has no sheet called {sheet} (sheets: {sheets}).', name=p.name, sheet=sheet,
                            sheets=", ".join(names)))
    candidates = [book[sheet]] if sheet is not None else \
        [ws for ws in book.worksheets if getattr(ws, "sheet_state", "visible") == "visible"] or list(book.worksheets)
    found = []
    empty: list[str] = []
    above: dict[str, list[str]] = {}
    for ws in candidates:
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
        merges, formulas, hidden = scan_sheet(book, ws)
        found_titles: set[str] = set()
        sub_rows: list[dict] = []  # a second header row under merged group labels
        above[ws.title] = []  # the title lines (a cut-off date may be stated there)
        number, headers, _, known = pick_header(_numbered(ws, merges), header_row, found_titles, sub_rows,
                                                above[ws.title])
        if headers is None:
            empty.append(ws.title)
            continue
        has_id = any(v is not None and _canonical(v) == "case_id" for v in headers)
        start = max([number, *(r["row"] for r in sub_rows)])  # the data start below the header rows
        found.append(((has_id, known), ws, merges, formulas, start, headers, found_titles, hidden, number, sub_rows))
    if not found:
        last = max((n for ws in candidates for n, _ in _numbered(ws, [])), default=0) if header_row else 0
        book.close()
        if last:
            raise UserError(msg('{name} has only {rows} rows; choose a header row from 1 to {rows}.', name=p.name,
                                rows=last))
        raise UserError(msg('{name} has no rows; export the case file again.', name=p.name))
    best = max(found, key=lambda f: f[0])  # the first of the best: sheet order breaks ties
    _, ws, merges, formulas, number, headers, titles, hidden, header_number, sub_rows = best
    headers = _trimmed(headers)
    # a workbook with one sheet per collector or branch: every sheet with the same header is read
    same = [f for f in found if _header_key(f[5]) == _header_key(headers)] if sheet is None else [best]
    # every sheet not read is named with the reason, never passed over silently (BRK2 #7)
    others = [{"sheet": f[1].title, "kind": "columns", "reason": "its columns differ from the sheet read; import it on its own with "
                                              f"--sheet {f[1].title!r}"}
              for f in found if not any(f is g for g in same)] if sheet is None else []
    if sheet is None:
        others += [{"sheet": title, "kind": "empty", "reason": "no header row found (the sheet is empty)"} for title in empty]
        considered = {ws.title for ws in candidates}
        worksheets = {ws.title for ws in book.worksheets}
        others += [{"sheet": title, "kind": "hidden", "reason": f"hidden in the workbook; import it with --sheet {title!r}"}
                   for title in names if title in worksheets and title not in considered]
        others += [{"sheet": title, "kind": "chart", "reason": "it is a chart, not a sheet of rows"}
                   for title in names if title not in worksheets]
        order = {title: i for i, title in enumerate(names)}
        others.sort(key=lambda o: order.get(o["sheet"], len(names)))
    several = len(same) > 1
    skipped: list[dict] = [{**r, "row": SheetRow(r["row"], f[1].title, order) if several else r["row"]}
                           for order, f in enumerate(same) for r in f[9]]  # second header rows
    row_numbers: list[int] = []
    opened = []

    text_styles = _text_styles(book)

    def sheet_rows(order, ws, merges, formulas, number):
        shown = _shown_cells(ws, number, text_styles) if text_styles else None
        numbered = ((n, v) for n, v in _numbered(ws, merges, shown) if n > number)
        if formulas:
            formula_book = _load_workbook(p, data_only=False)
            opened.append(formula_book)
            fws = formula_book[ws.title]
            fws.reset_dimensions()
            numbered = _with_formula_check(numbered, ((n, v) for n, v in _numbered(fws, []) if n > number), skipped)
        numbered = _priced(numbered, ws, number, mixed)
        if several:  # rows named "Marta!3"
            numbered = ((SheetRow(n, ws.title, order), v) for n, v in numbered)
        return numbered

    column_symbols, mixed = _format_symbols(ws, number, len(headers))

    def rows():
        try:
            for order, f in enumerate(same):
                yield from data_rows(sheet_rows(order, f[1], f[2], f[3], f[4]), len(headers), skipped, row_numbers,
                                     headers, f[6])
        finally:
            book.close()
            for other in opened:
                other.close()

    hidden_rows = [SheetRow(n, f[1].title, order) if several else n
                   for order, f in enumerate(same) for n in f[7] if n > f[4]]
    return Table(headers=headers, rows=rows(), kind="xlsx", header_row=header_number, total_rows=None,
                 sheet=ws.title, sheets=names, row_numbers=row_numbers, skipped=skipped,
                 hidden_rows=hidden_rows,
                 date_system=1904 if book.epoch.year == 1904 else 1900,
                 column_symbols=column_symbols,
                 sheets_read=[f[1].title for f in same], sheets_not_read=others, title_lines=above.get(ws.title, []))


def _text_styles(book) -> dict[int, str]:
    """``{cell style index: number format}`` of the workbook's styles whose format shows a whole
    number as text (``00000000``, ``"0"####``, ``000-00-0000``): read once per workbook, and
    most workbooks have none (their rows are then read with no look at cell styles)."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

    found: dict[int, str] = {}
    for i, style in enumerate(getattr(book, "_cell_styles", ())):
        n = style.numFmtId
        try:
            fmt = BUILTIN_FORMATS.get(n, "General") if n < BUILTIN_FORMATS_MAX_SIZE else \
                book._number_formats[n - BUILTIN_FORMATS_MAX_SIZE]  # noqa: SLF001 - openpyxl keeps them there
        except IndexError:
            continue
        if text_format(fmt):
            found[i] = fmt
    return found


def _shown_cells(ws, header_number: int, styles: dict[int, str]) -> dict[int, list[tuple[int, str]]]:
    """``{row: [(position, shown text)]}``: the whole numbers below the header whose cell format
    (one of ``styles``) shows them as text: an account number 12345 formatted ``00000000`` is the
    ``00012345`` the spreadsheet shows, as the same account in a CSV export is."""
    shown: dict[int, list[tuple[int, str]]] = {}
    for row in ws.iter_rows(min_row=header_number + 1):
        for i, cell in enumerate(row):
            fmt = styles.get(getattr(cell, "_style_id", 0))
            if fmt is not None and (text := shown_text(cell.value, fmt)) is not None:
                shown.setdefault(cell.row, []).append((i, text))
    return shown


def _trimmed(headers) -> list[str]:
    out = ["" if v is None else str(v).strip() for v in headers]
    while out and not out[-1]:
        out.pop()
    return out


def _header_key(headers) -> tuple[str, ...]:
    from fieldvisit.domain.columns import normalise_header

    return tuple(normalise_header(h) for h in _trimmed(headers))


#: The currency in a number format: ``[$£-809]``, ``[$€-x-euro2]``, ``[$MXN] ``, ``"R$"``, ``\$``, ``€`` …
_FORMAT_SYMBOL = re.compile(r'\[\$([^\]\-]*)(?:-([^\]]*))?\]|"([^"]+)"|\\?([$€£¥￥₹₩])')
#: A shared symbol made specific by the format's locale id (``[$¥-804]`` is yuan, ``[$¥-411]`` yen).
_LOCALE_SYMBOLS = {("¥", "804"): "CN¥", ("￥", "804"): "CN¥", ("¥", "411"): "JP¥", ("￥", "411"): "JP¥",
                   ("$", "409"): "US$", ("$", "80a"): "MX$", ("$", "1009"): "C$", ("$", "c09"): "A$",
                   ("$", "240a"): "COL$", ("$", "416"): "R$", ("$", "1409"): "NZ$"}
FORMAT_ROWS = 50


def format_symbol(fmt: str) -> str:
    """The currency symbol a cell's number format shows (its positive part), or ""."""
    from fieldvisit.domain.money import currency_of_symbol

    for m in _FORMAT_SYMBOL.finditer((fmt or "").split(";")[0]):
        symbol = (m.group(1) or m.group(3) or m.group(4) or "").strip()
        if symbol in ("$", "¥", "￥") or currency_of_symbol(symbol):
            return _LOCALE_SYMBOLS.get((symbol, (m.group(2) or "").lower()), symbol)
    return ""


def _format_symbols(ws, header_number: int, width: int) -> tuple[dict[int, str], set[int]]:
    """``({column position: currency symbol}, mixed columns)``: columns whose numbers (first
    rows) are formatted in one currency, and those formatted in several (read cell by cell)."""
    seen: dict[int, set[str]] = {}
    for row in ws.iter_rows(min_row=header_number + 1, max_row=header_number + FORMAT_ROWS, max_col=width):
        for i, cell in enumerate(row):
            value = getattr(cell, "value", None)
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                continue
            seen.setdefault(i, set()).add(format_symbol(getattr(cell, "number_format", "") or ""))
    uniform = {i: next(iter(s)) for i, s in seen.items() if len(s) == 1 and "" not in s}
    return uniform, {i for i, s in seen.items() if len(s - {""}) > 1}


def _priced(numbered, ws, header_number: int, columns: set[int]):
    """The rows with each number of a ``columns`` cell carrying its format's currency symbol."""
    if not columns:
        yield from numbered
        return
    symbols: dict[tuple[int, int], str] = {}
    for i in columns:
        for n, row in enumerate(ws.iter_rows(min_row=header_number + 1, min_col=i + 1, max_col=i + 1),
                                start=header_number + 1):
            for cell in row:
                found = format_symbol(getattr(cell, "number_format", "") or "")
                if found:
                    symbols[(n, i)] = found
    for n, values in numbered:
        for i in columns:
            value = values[i] if i < len(values) else None
            symbol = symbols.get((n, i))
            if symbol and isinstance(value, (int, float)) and not isinstance(value, bool):
                values[i] = PricedNumber(value, symbol)
        yield n, values


def _canonical(value) -> str | None:
    from fieldvisit.domain.columns import canonical_for

    return canonical_for(str(value))
