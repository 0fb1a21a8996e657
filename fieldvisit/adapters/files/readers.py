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

from fieldvisit.domain import limits
from fieldvisit.domain.columns import canonical_for
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import Table

_CANDIDATES = ["gb18030", "cp1252", "latin_1"]


def read_table(path: str) -> Table:
    p = Path(path)
    if not p.exists():
        raise UserError(f"The file {path} does not exist; check the path.")
    if p.is_dir():
        raise UserError(f"{path} is a folder; give the case file itself.")
    if p.stat().st_size > limits.MAX_CASE_FILE_BYTES:
        raise UserError(f"{p.name} is {p.stat().st_size // limits.MIB} MB; at most "
                        f"{limits.MAX_CASE_FILE_BYTES // limits.MIB} MB are imported at once. Split the file.")
    with p.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(p)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(f"{p.name} is an old Excel .xls file; save it as .xlsx or .csv and import that.")
    return _read_csv(p)


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


def _pick_header(numbered_rows):
    """Lenders' exports sometimes put a title or blank lines above the header: the header is the
    first of the top rows where at least two cells name known columns (else the first row).
    Returns ``(header_number, header_values, remaining_iterator)``."""
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


def _read_csv(p: Path) -> Table:
    text, encoding = decode(p.read_bytes(), p.name)
    if not text.strip():
        raise UserError(f"{p.name} is empty; export the case file again.")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def numbered():
        try:
            for values in reader:
                if len(values) > limits.MAX_COLUMNS:
                    raise UserError(_too_wide(p.name, reader.line_num, len(values)))
                if any(v.strip() for v in values):
                    yield reader.line_num, values
        except csv.Error as exc:
            raise UserError(f"{p.name} is damaged near line {reader.line_num} ({exc}); fix or export "
                            "it again.") from exc

    number, headers, rows = _pick_header(numbered())
    if headers is None:
        raise UserError(f"{p.name} has no rows; export the case file again.")
    return Table(headers=[h.strip() for h in headers], rows=rows, kind="csv", encoding=encoding,
                 delimiter=delimiter, header_row=number, total_rows=text.count("\n"))


def _too_wide(name: str, row: int, columns: int) -> str:
    return (f"{name}: row {row} has {columns} columns; at most {limits.MAX_COLUMNS} are read. Remove the empty "
            "or extra columns and import again.")


def _check_unzipped(p: Path) -> None:
    """Refuse a workbook whose parts would unzip beyond the limits, before openpyxl reads them
    (it reads the shared strings whole)."""
    try:
        with zipfile.ZipFile(p) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(f"{p.name} is not a readable XLSX workbook; open and save it again in Excel.") from exc
    total = sum(i.file_size for i in infos)
    strings = sum(i.file_size for i in infos if i.filename.lower().endswith("sharedstrings.xml"))
    if total > limits.MAX_XLSX_UNZIPPED_BYTES or strings > limits.MAX_XLSX_STRINGS_BYTES:
        raise UserError(f"{p.name} unpacks to {total // limits.MIB} MB, more than a case file can be; save it again "
                        "from Excel or export it as CSV.")


def _read_xlsx(p: Path) -> Table:
    from openpyxl import load_workbook  # imported here: only XLSX imports pay for it

    _check_unzipped(p)
    try:
        book = load_workbook(p, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(f"{p.name} is not a readable XLSX workbook; open and save it again in Excel.") from exc
    for sheet in book.worksheets:
        def numbered(sheet=sheet):
            # openpyxl pads every row to the sheet's width and fills skipped rows: bound both
            declared = sheet.max_column
            if declared and declared > limits.MAX_COLUMNS:
                raise UserError(_too_wide(p.name, 1, declared))
            width = declared or limits.MAX_COLUMNS
            filler = None  # openpyxl yields one shared tuple for every skipped row: skip it at once
            for n, vals in enumerate(sheet.iter_rows(values_only=True, max_col=width), start=1):
                if n > limits.MAX_ROWS + limits.MAX_HEADER_ROW:
                    raise UserError(f"{p.name} goes on past row {n - 1}; at most {limits.MAX_ROWS} rows are "
                                    "imported at once. Split the file or delete the empty rows below the data.")
                if vals is filler:
                    continue
                if vals and any(v not in (None, "") for v in vals):
                    yield n, list(vals)
                elif isinstance(vals, tuple):
                    filler = vals

        number, headers, rest = _pick_header(numbered())
        if headers is None:
            continue

        def rows(rest=rest, book=book):
            try:
                yield from rest
            finally:
                book.close()

        return Table(headers=["" if v is None else str(v).strip() for v in headers], rows=rows(),
                     kind="xlsx", header_row=number, total_rows=sheet.max_row)
    book.close()
    raise UserError(f"{p.name} has no rows; export the case file again.")
