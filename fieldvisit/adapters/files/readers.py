"""Read a CSV or XLSX case file into a :class:`~fieldvisit.services.ports.Table`.

CSV: encoding detected (UTF-8 with or without BOM, UTF-16 with BOM, then GB18030/GBK or
Windows-1252/Latin-1 chosen by charset-normalizer), delimiter detected among ``,`` ``;`` tab.
XLSX: the first worksheet with data; the first non-empty row is the header; cell types kept
(Excel dates arrive as dates, numbers as numbers).
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from charset_normalizer import from_bytes

from fieldvisit.domain.columns import canonical_for
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import Table

_CANDIDATES = ["gb18030", "cp1252", "latin_1"]


def read_table(path: str, *, sheet: str | None = None, header_row: int | None = None,
               encoding: str | None = None, delimiter: str | None = None) -> Table:
    """Read a case file. ``sheet`` (XLSX), ``header_row`` (1-based, as a spreadsheet shows it),
    ``encoding`` and ``delimiter`` (CSV), when given, override what would be detected; a wrong
    one raises :class:`UserError`."""
    p = Path(path)
    if not p.exists():
        raise UserError(f"The file {path} does not exist; check the path.")
    if p.is_dir():
        raise UserError(f"{path} is a folder; give the case file itself.")
    with p.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(p, sheet, header_row)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(f"{p.name} is an old Excel .xls file; save it as .xlsx or .csv and import that.")
    return _read_csv(p, header_row, encoding, delimiter)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode a text file's bytes; returns ``(text, encoding)``."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:8192]:
        raise UserError(f"{name} is not a text (CSV) or XLSX file; export the case file as CSV or XLSX.")
    try:
        return data.decode("utf-8-sig"), "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:262144], cp_isolation=_CANDIDATES).best()
    order = ([best.encoding] if best else []) + [c for c in _CANDIDATES if not best or c != best.encoding]
    for encoding in order:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UserError(f"The text encoding of {name} cannot be recognised; save it as UTF-8 CSV and "
                    "import again.")  # pragma: no cover - latin_1 decodes any bytes


def sniff_delimiter(text: str) -> str:
    sample_lines = text.splitlines()[:50]
    sample = "\n".join(sample_lines)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        header = sample_lines[0] if sample_lines else ""
        counts = {d: header.count(d) for d in (",", ";", "\t")}
        return max(counts, key=counts.get) if any(counts.values()) else ","


HEADER_SEARCH_ROWS = 10


def _pick_header(numbered_rows, header_row: int | None = None):
    """Lenders' exports sometimes put a title or blank lines above the header: the header is the
    first of the top rows where at least two cells name known columns (else the first row), or
    the row numbered ``header_row`` when the user says so.
    Returns ``(header_number, header_values, remaining_iterator)``."""
    if header_row is not None:
        for number, values in numbered_rows:
            if number >= header_row:
                return number, values, numbered_rows
        return None, None, iter(())
    buffered = []
    for item in numbered_rows:
        buffered.append(item)
        if len(buffered) >= HEADER_SEARCH_ROWS:
            break
    if not buffered:
        return None, None, iter(())
    chosen = 0
    for i, (_, values) in enumerate(buffered):
        if sum(1 for v in values if v is not None and canonical_for(str(v))) >= 2:
            chosen = i
            break
    number, header = buffered[chosen]

    def rest():
        yield from buffered[chosen + 1:]
        yield from numbered_rows

    return number, header, rest()


def _decode_as(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    try:
        sig = encoding.lower().replace("_", "-") in ("utf-8", "utf8")  # a BOM is no header text
        return data.decode("utf-8-sig" if sig else encoding), encoding
    except LookupError:
        raise UserError(f"{encoding!r} is not a text encoding FieldVisit knows; choose e.g. utf-8, "
                        "cp1252 or gb18030.") from None
    except UnicodeDecodeError:
        raise UserError(f"{name} cannot be read as {encoding}; choose another encoding.") from None


def _read_csv(p: Path, header_row: int | None = None, encoding: str | None = None,
              delimiter: str | None = None) -> Table:
    data = p.read_bytes()
    text, encoding = _decode_as(data, p.name, encoding) if encoding else decode(data, p.name)
    if not text.strip():
        raise UserError(f"{p.name} is empty; export the case file again.")
    delimiter = {"tab": "\t", "\\t": "\t"}.get(delimiter or "", delimiter) or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def numbered():
        try:
            for values in reader:
                if any(v.strip() for v in values):
                    yield reader.line_num, values
        except csv.Error as exc:
            raise UserError(f"{p.name} is damaged near line {reader.line_num} ({exc}); fix or export "
                            "it again.") from exc

    number, headers, rows = _pick_header(numbered(), header_row)
    if headers is None:
        raise UserError(f"{p.name} has no rows{' from row ' + str(header_row) if header_row else ''}; "
                        "choose another header row or export the case file again.")
    return Table(headers=[h.strip() for h in headers], rows=rows, kind="csv", encoding=encoding,
                 delimiter=delimiter, header_row=number, total_rows=text.count("\n"))


def _read_xlsx(p: Path, sheet_name: str | None = None, header_row: int | None = None) -> Table:
    from openpyxl import load_workbook  # imported here: only XLSX imports pay for it

    try:
        book = load_workbook(p, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(f"{p.name} is not a readable XLSX workbook; open and save it again in Excel.") from exc
    names = list(book.sheetnames)
    sheets = book.worksheets
    if sheet_name:
        if sheet_name not in names:
            book.close()
            raise UserError(f"{p.name} has no sheet {sheet_name!r} (sheets: {', '.join(names)}); choose one of them.")
        sheets = [book[sheet_name]]
    for sheet in sheets:
        def numbered(sheet=sheet):
            for n, vals in enumerate(sheet.iter_rows(values_only=True), start=1):
                if vals and any(v not in (None, "") for v in vals):
                    yield n, list(vals)

        number, headers, rest = _pick_header(numbered(), header_row)
        if headers is None:
            continue

        def rows(rest=rest, book=book):
            try:
                yield from rest
            finally:
                book.close()

        return Table(headers=["" if v is None else str(v).strip() for v in headers], rows=rows(),
                     kind="xlsx", header_row=number, total_rows=sheet.max_row, sheet=sheet.title,
                     sheets=names)
    book.close()
    raise UserError(f"{p.name} has no rows; export the case file again.")
