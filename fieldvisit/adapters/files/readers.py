"""Read a CSV or XLSX case file into a :class:`~fieldvisit.services.ports.Table`, as people see
it in a spreadsheet.

CSV: encoding told by :mod:`.text_decoding` (or refused in one sentence); delimiter detected
among ``,`` ``;`` tab ``|``. Row numbers count records, not text lines (an address over three
lines is one row). A broken record — a quote that never closes, more or fewer values than the
header has columns — is set aside in ``Table.skipped`` (kind ``"broken"``) with its row number and
reason, and the rows after it are still read; rows side by side that each open a quote are each set
aside, never run together into one (:mod:`.csv_quotes` judges a record over several lines).
XLSX: see :mod:`.xlsx`.
Both: title rows above the header skipped; total/footer rows ("Total", "合计", "Total general"),
trailing notes and the lines a paged report repeats (page numbers, group headings, the title and
header again; see :func:`.table_rows.report_reason`) set aside in ``Table.skipped``.
"""

from __future__ import annotations

import csv
import io
import os
from collections import Counter
from itertools import islice
from pathlib import Path

from fieldvisit.adapters.files.csv_quotes import fit, quote_never_closed
from fieldvisit.adapters.files.encoding_checks import refuse_mojibake
from fieldvisit.adapters.files.safe_write import open_untrusted, read_limited
from fieldvisit.adapters.files.table_rows import data_rows, footer_reason, pick_header, report_reason
from fieldvisit.adapters.files.text_decoding import decode
from fieldvisit.domain import limits
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import Table

__all__ = ["decode", "read_table", "sniff_delimiter"]

DELIMITERS = ",;\t|"


def read_table(path: str, *, sheet: str | None = None, encoding: str | None = None,
               delimiter: str | None = None, header_row: int | None = None) -> Table:
    """Read a case file. ``sheet`` (XLSX), ``encoding`` and ``delimiter`` (CSV) and ``header_row``
    (1-based, as a spreadsheet shows it) override what is detected (the import preview passes the
    user's choice). Raises UserError for an unreadable file."""
    p = Path(path)
    if not p.exists():
        raise UserError(msg('The file {path} does not exist; check the path.', path=path))
    if p.is_dir():
        raise UserError(msg('{path} is a folder; give the case file itself.', path=path))
    with open_untrusted(p, follow=True) as fh:  # a FIFO or a device is refused, never waited on
        size = os.fstat(fh.fileno()).st_size
        if size > limits.MAX_CASE_FILE_BYTES:
            raise UserError(msg("{name} is {mb} MB; at most {limit} MB are imported at once. Split the file.",
                                name=p.name, mb=size // limits.MIB, limit=limits.MAX_CASE_FILE_BYTES // limits.MIB))
        head = fh.read(8)
    if head.startswith(b"PK\x03\x04"):
        from fieldvisit.adapters.files.xlsx import read_xlsx

        return read_xlsx(p, sheet=sheet, header_row=header_row)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if _encrypted_workbook(p):
            raise UserError(msg('{name} is password-protected; save it without a password and import again.',
                                name=p.name))
        raise UserError(msg('{name} is an old Excel .xls file; save it as .xlsx or .csv and import that.',
                            name=p.name))
    if sheet:  # a CSV has one table: a sheet asked for is a mistake, not something to ignore
        raise UserError(msg('{name} is a text (CSV) file, which has no sheets; leave out --sheet.', name=p.name))
    table = _read_csv(p, encoding=encoding, delimiter=delimiter, header_row=header_row)
    if p.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods") and len(table.headers) < 2:
        # read by its content: a CSV renamed .xlsx is read; one line of text is no workbook at all
        raise UserError(msg('{name} is named like a spreadsheet but is neither a workbook nor a table of text; '
                            'export the case file again (as .xlsx or .csv) and import that.', name=p.name))
    return table


def _encrypted_workbook(p: Path) -> bool:
    """An OLE container holding an encrypted XLSX (Excel's "Encrypt with password"): its directory
    names the streams ``EncryptionInfo`` and ``EncryptedPackage`` (UTF-16)."""
    with p.open("rb") as fh:
        head = fh.read(1 << 20)
    return "EncryptedPackage".encode("utf-16-le") in head or p.suffix.lower() in (".xlsx", ".xlsm")


def too_wide(name: str, row: int, columns: int) -> str:
    """The sentence for a row wider than :data:`limits.MAX_COLUMNS`."""
    return msg("{name}: row {row} has {columns} columns; at most {limit} are read. Remove the empty or extra "
               "columns and import again.", name=name, row=row, columns=columns, limit=limits.MAX_COLUMNS)


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text, from its first 50 lines: :class:`csv.Sniffer`'s answer unless
    another delimiter splits the records more consistently (more records agreeing on a wider
    number of values). The Sniffer alone can take a ``;`` inside a name (``O';Neil``) for the
    delimiter of a comma file and read each row as one or two values."""
    sample_lines = text[:65536].splitlines()[:50]
    sample = "\n".join(sample_lines)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    scores = {d: _split_score(sample, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: scores[d])
    if sniffed is not None and scores[sniffed] >= scores[best]:
        return sniffed
    if scores[best] > (0, 0, 0):
        return best
    header = sample_lines[0] if sample_lines else ""
    counts = {d: header.count(d) for d in DELIMITERS}
    return max(counts, key=counts.get) if any(counts.values()) else ","


def _split_score(sample: str, delimiter: str) -> tuple[int, int, int]:
    """How well ``delimiter`` splits ``sample``: ``(splits made in the records that share the best
    number of values, how many records share it, that number)`` — the records agreeing on a width,
    times the width less one (many records of two values is weaker evidence than fewer of six);
    on a tie the delimiter more records agree on (a header and its row of three values, not one
    row's value ``;;;;`` split in five); ``(0, 0, 0)`` when no record has more than one value."""
    try:
        widths = Counter(len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter)
                         if len(r) > 1 and any(v.strip() for v in r))
    except csv.Error:  # a value past the field limit, a stray NUL: this delimiter tells nothing
        return 0, 0, 0
    if not widths:
        return 0, 0, 0
    width, agree = max(widths.items(), key=lambda item: (item[1] * (item[0] - 1), item[0]))
    return agree * (width - 1), agree, width


def _read_csv(p: Path, *, encoding: str | None, delimiter: str | None, header_row: int | None = None) -> Table:
    data = read_limited(p, limits.MAX_CASE_FILE_BYTES, "case file", follow=True)
    if encoding:
        try:
            text, encoding = data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            raise UserError(msg('{name} cannot be read as {encoding}; choose another encoding.', name=p.name,
                                encoding=encoding)) from None
        text = text.removeprefix("\ufeff")
        refuse_mojibake(text, p.name, encoding)
    else:
        text, encoding = decode(data, p.name)
    del data
    if not text.strip():
        raise UserError(msg('{name} is empty; export the case file again.', name=p.name))
    delimiter = {"tab": "\t", "\\t": "\t"}.get(delimiter or "", delimiter) or sniff_delimiter(text)
    if len(delimiter) != 1 or delimiter in "\r\n\"":
        raise UserError(msg("The delimiter {delimiter!r} cannot be used; give one character such as , ; | or tab.",
                            delimiter=delimiter))
    titles: set[str] = set()
    sub_rows: list[dict] = []  # a second header row under merged group labels
    lines = _lines(text, delimiter, p.name)  # split and checked once, for the header and the rows
    above: list[str] = []  # the title lines (a cut-off date may be stated there)
    number, headers, _, _ = pick_header(_csv_records(text, delimiter, [], name=p.name, lines=lines), header_row,
                                        titles, sub_rows, above)
    if headers is None and header_row is not None:
        last = max((n for n, _ in _csv_records(text, delimiter, [], name=p.name)), default=0)
        raise UserError(msg('{name} has only {rows} rows; choose a header row from 1 to {rows}.', name=p.name,
                            rows=last))
    if headers is None:
        raise UserError(msg('{name} has no rows; export the case file again.', name=p.name))
    headers = ["" if h is None else str(h) for h in headers]
    while headers and not headers[-1].strip():
        headers = headers[:-1]
    skipped: list[dict] = list(sub_rows)
    start = max([number, *(r["row"] for r in sub_rows)])
    rest = _csv_records(text, delimiter, skipped, len(headers), start, name=p.name, lines=lines)
    row_numbers: list[int] = []
    rows = data_rows(rest, len(headers), skipped, row_numbers, headers, titles)
    return Table(headers=[h.strip() for h in headers], rows=rows, kind="csv", encoding=encoding,
                 delimiter=delimiter, header_row=number, total_rows=text.count("\n"),
                 row_numbers=row_numbers, skipped=skipped, title_lines=above)


def _lines(text: str, delimiter: str, name: str = "The case file") -> list[str]:
    """The file's lines (line ends kept), checked before parsing: a line of a million delimiters
    costs gigabytes. Raises UserError for a line with far too many."""
    lines = list(io.StringIO(text, newline=""))
    most = 10 * limits.MAX_COLUMNS
    if lines and max(map(len, lines)) > most:  # only a line this long can hold that many delimiters
        for n, line in enumerate(lines, start=1):
            if line.count(delimiter) > most:
                raise UserError(too_wide(name, n, line.count(delimiter) + 1))
    return lines


def _quote_left_open(lines: list[str], first: int, used: int, delimiter: str) -> bool:
    """Whether a one-line record's text holds an odd number of quotes while one of its values opens
    with a quote: a quoted value always has its quotes in pairs (opening, closing, doubled ``""``),
    so one of them was never closed. A lone quote inside a value that does not start with one
    (``5" screen``) is plain text and is not counted."""
    chunk = "".join(lines[first:first + used])
    if chunk.count('"') % 2 == 0:
        return False
    return chunk.startswith('"') or (delimiter + '"') in chunk


def _one_whole_record(lines: list[str], first: int, used: int, delimiter: str, width: int) -> bool:
    """Whether a one-line record's text is one well-formed CSV record of ``width`` values (trailing
    empty values aside): every quoted value closed right before a delimiter or the line end, as
    :class:`csv.writer` writes them; a lone quote of plain text (``5" screen``) beside a quoted
    value is then no quote left open. Called only for a record the checks above would reject, so
    an ordinary row pays nothing. (A record over several lines: :func:`.csv_quotes.quote_never_closed`.)"""
    try:
        records = list(csv.reader(lines[first:first + used], delimiter=delimiter, strict=True))
    except csv.Error:
        return False
    return len(records) == 1 and len(fit(records[0], width)) == width


def _csv_records(text: str, delimiter: str, skipped: list[dict], width: int = 0, header_row: int = 0,
                 name: str = "The case file", lines: list[str] | None = None):
    """Yield ``(row number, values)`` for each non-blank record after ``header_row``; records
    whose width differs from ``width`` (trailing empty values aside) go to ``skipped``. After a
    broken record that ran over several lines (a quote never closed), reading starts again on the
    line after its first. ``lines``: :func:`_lines` of ``text``, when the caller has them.

    With ``width`` (the data rows), a file whose every record is one line is parsed in one go
    and each record checked by a few C-level tests, the others as below (the same answers)."""
    lines = _lines(text, delimiter, name) if lines is None else lines
    if width:
        records = _one_line_records(lines, delimiter)
        if records is not None:
            yield from _checked_lines(records, lines, delimiter, skipped, width, header_row, name)
            return
    base = 0  # index in lines where the current reader started
    number = 0
    while True:
        reader = csv.reader(islice(lines, base, None), delimiter=delimiter)
        before = 0
        restart = None
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                number += 1
                line = lines[base + before] if base + before < len(lines) else ""
                if "field limit" in str(exc) and line.count('"') % 2 == 0:  # one long value, quotes closed
                    reason = (f"a value in this row is longer than {limits.MAX_CELL_CHARS} characters, the most a "
                              "field may hold; shorten it")
                else:
                    reason = f"this record cannot be read ({exc}); a quote is probably not closed"
                skipped.append({"row": number, "kind": "broken", "reason": reason})
                restart = base + before + 1
                break
            used = reader.line_num - before
            first_line = base + before
            before = reader.line_num
            number += 1
            if number <= header_row or not values:
                continue
            action = _verdict(values, number, lines, first_line, used, delimiter, width, skipped, name)
            if action is _RESTART:
                restart = first_line + 1
                break
            if action is _KEEP:
                yield number, values
        base = restart


_KEEP, _SKIP, _RESTART = object(), object(), object()
_BROKEN_QUOTE = ("a quote opened in this row is never closed, so the row is left out and the rows after it are "
                 "read; close or remove that quote in the file and import it again")


def _verdict(values: list[str], number: int, lines: list[str], first_line: int, used: int, delimiter: str,
             width: int, skipped: list[dict], name: str):
    """What to do with a non-empty record read from ``used`` lines from ``first_line``: ``_KEEP``
    it, ``_SKIP`` it, or ``_RESTART`` reading on the line after its first (a quote never closed);
    a broken one is noted in ``skipped``. Raises UserError for a record far too wide."""
    joined = "".join(values)  # one C-level pass for the two checks of every cell below
    if not joined.strip():  # blank record
        return _SKIP
    if len(values) > limits.MAX_COLUMNS:
        raise UserError(too_wide(name, number, len(values)))
    if width and (quote_never_closed(lines, first_line, used, delimiter, width) if used > 1 else
                  ('"' in lines[first_line] and _quote_left_open(lines, first_line, used, delimiter)
                   or "\n" in joined or "\r" in joined)  # a line break in a one-line record: a quote ran to the end
                  and not _one_whole_record(lines, first_line, used, delimiter, width)):
        skipped.append({"row": number, "kind": "broken", "reason": _BROKEN_QUOTE})
        return _RESTART
    if width and len(values) != width:
        while len(values) > width and not values[-1].strip():
            values.pop()
        if len(values) != width:
            if used == 1 and lines[first_line].count('"') % 2:  # an odd quote: one never closed
                skipped.append({"row": number, "kind": "broken", "reason": _BROKEN_QUOTE})
                return _RESTART
            filled = [v for v in values if v.strip()]
            if not (footer_reason(values) or report_reason(values) or
                    len(filled) == 1 and " " in filled[0].strip()):
                skipped.append({"row": number, "kind": "broken",
                                "reason": f"this row has {len(values)} values but the header has {width} "
                                          "columns; check for a missing or extra delimiter"})
                return _SKIP
            # a total line or a note under the table: set aside as such by data_rows
    if "\x00" in joined:  # a damaged export: this row only (decode lets a few through)
        skipped.append({"row": number, "kind": "broken",
                        "reason": "this row holds a NUL byte (a damaged export); it is left out, "
                                  "check it in the source system"})
        return _SKIP
    return _KEEP


def _one_line_records(lines: list[str], delimiter: str) -> list[list[str]] | None:
    """Every record of the file when each is exactly one line (one record per line read), else
    None (a record over several lines, or one the reader refuses: read record by record)."""
    try:
        records = list(csv.reader(lines, delimiter=delimiter))
    except csv.Error:
        return None
    return records if len(records) == len(lines) else None


def _checked_lines(records: list[list[str]], lines: list[str], delimiter: str, skipped: list[dict], width: int,
                   header_row: int, name: str):
    """:func:`_csv_records`' records of a file whose records are its lines (record ``i`` is line
    ``i``, row number ``i + 1``). Reading again on the line after a broken record is reading on,
    so :func:`_verdict`'s restart is a skip here. A record of ``width`` values whose line has
    its quotes in pairs and whose text holds no line break or NUL is kept without more ado."""
    for i in range(header_row, len(records)):
        values = records[i]
        records[i] = None  # the caller keeps what it needs of each row
        if len(values) == width:
            joined = "".join(values)
            if joined.strip() and not lines[i].count('"') % 2 and "\n" not in joined and "\r" not in joined \
                    and "\x00" not in joined:
                yield i + 1, values
                continue
        elif not values:
            continue
        if _verdict(values, i + 1, lines, i, 1, delimiter, width, skipped, name) is _KEEP:
            yield i + 1, values
