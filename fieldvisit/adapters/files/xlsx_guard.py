"""Checks on an XLSX workbook's XML parts before openpyxl parses any of them, streaming (1 MiB at a
time, whatever the parts' size), so a hostile workbook costs about a second and little memory:

- a DTD (``<!DOCTYPE``/``<!ENTITY``: "billion laughs", external entities reading local files) is
  refused: no spreadsheet program writes one;
- a NUL character (raw, or Excel's ``_x0000_`` escape) is refused with its row: PostgreSQL cannot
  store it, so no store gets it;
- a text longer than any cell may be (:data:`~fieldvisit.domain.limits.MAX_CELL_CHARS`) is refused
  with its row (or its shared-text number) while it is being read, instead of after a 50-million-
  character string has been built.

Raises UserError (one sentence, no cell content).
"""

from __future__ import annotations

import re
import zipfile

from fieldvisit.domain import limits
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError

_CHUNK = 1 << 20
#: Bytes of text between two tags beyond which no cell can be within the limit, even written as
#: character references (``&#x10FFFF;`` is 10 bytes for one character).
_RUN_BYTES = 10 * limits.MAX_CELL_CHARS
_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')
_DTD = (b"<!DOCTYPE", b"<!ENTITY")
_NUL = (b"\x00", b"_x0000_", b"_X0000_")


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


def check_parts(archive: zipfile.ZipFile, name: str) -> None:
    """Scan every XML part of ``archive`` (the workbook file ``name``); UserError for a DTD or an
    over-long text."""
    for info in archive.infolist():
        if _is_xml(info.filename):
            _check_part(archive, info, name)


def _check_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    sheet = "/worksheets/" in info.filename.lower()
    strings = info.filename.lower().endswith("sharedstrings.xml")
    carry = b""  # from the last '<' seen on (bounded by _RUN_BYTES)
    row = None
    seen_strings = 0
    with archive.open(info) as src:
        while True:
            chunk = src.read(_CHUNK)
            if not chunk:
                break
            data = carry + chunk
            if any(word in data for word in _DTD):
                raise UserError(msg("{name} declares a document type (a DTD) inside the workbook, which no "
                                    "spreadsheet program writes; FieldVisit does not read such files. Open it in "
                                    "Excel, save it again, and import that.", name=name))
            nul = min((at for at in map(data.find, _NUL) if at >= 0), default=-1)
            if nul >= 0:  # PostgreSQL cannot store it: refused alike on every store
                where = _where(data[:nul] + b"<" + b"x" * _RUN_BYTES, row, seen_strings, sheet, strings)
                raise UserError(msg("{name}: {where} holds a NUL character (\\0), which cannot be stored; remove it "
                                    "and import again.", name=name, where=where))
            last = data.rfind(b"<")
            carry = data[max(last, 0):]  # from the last '<' on: a tag or a DTD cut by the chunk is whole next time
            if len(carry) > _RUN_BYTES + 1 or _long_run(data, last):
                where = _where(data, row, seen_strings, sheet, strings)
                raise UserError(msg("{name}: {where} holds a text longer than {limit} characters, more than any "
                                    "cell may hold; shorten it and import again.", name=name, where=where,
                                    limit=limits.MAX_CELL_CHARS))
            if sheet:
                row = _last_row(data) or row
            elif strings:
                seen_strings += data.count(b"<si>") + data.count(b"<si ")


def _long_run(data: bytes, last: int) -> bool:
    """Whether ``data[:last]`` holds more than ``_RUN_BYTES`` without a ``<``. Such a run covers a
    whole aligned window of half that size, so only windows with no ``<`` at all (one memchr each)
    are measured."""
    window = _RUN_BYTES // 2
    for start in range(0, max(0, last - window + 1), window):
        if data.find(b"<", start, start + window) == -1:
            begin = data.rfind(b"<", 0, start) + 1
            end = data.find(b"<", start + window)
            if (end if end >= 0 else len(data)) - begin > _RUN_BYTES:
                return True
    return False


def _last_row(data: bytes) -> int | None:
    """The number of the last ``<row r="N"`` that starts in ``data`` (one backwards search)."""
    at = max(data.rfind(b"<row "), data.rfind(b":row "))
    found = _ROW.match(data, at if data[at:at + 1] == b"<" else at - 1) if at >= 0 else None
    return int(found.group(1)) if found else None


def _where(data: bytes, row: int | None, seen_strings: int, sheet: bool, strings: bool) -> str:
    """Where the long text is, in words: its row (a sheet), its shared-text number, or "a part"."""
    long_at = next((m.start() for m in re.finditer(rb"[^<]{%d}" % min(_RUN_BYTES, 4096), data)), len(data))
    head = data[:long_at]
    if sheet:
        row = _last_row(head) or row
        return f"row {row}" if row else "a cell"
    if strings:
        return f"shared text number {seen_strings + head.count(b'<si>') + head.count(b'<si ')}"
    return "a part of the workbook"
