"""Limits on everything FieldVisit reads from outside (case files, packs, bundles, sync-folder
files, visit JSON): one place, the same on SQLite and PostgreSQL, checked *before* reading a
thing whole. A value over a limit is refused with a sentence (a case-file row with its row
number); nothing is truncated silently.

Sizes are in bytes unless named otherwise; lengths in characters.
"""

from __future__ import annotations

MIB = 1024 * 1024

#: A case file (CSV/XLSX) on disk. A 1-million-row CSV of cases is ~200 MB.
MAX_CASE_FILE_BYTES = 512 * MIB
#: An XLSX workbook's parts once unzipped (openpyxl streams the sheets; this bounds a zip bomb).
MAX_XLSX_UNZIPPED_BYTES = 1024 * MIB
#: Its shared strings, which openpyxl reads whole into memory.
MAX_XLSX_STRINGS_BYTES = 256 * MIB
#: Columns in a case file's header (the widest real exports have ~250).
MAX_COLUMNS = 1000
#: Data rows in one case file.
MAX_ROWS = 2_000_000
#: Rows above the header (titles, blank lines) a case file may have.
MAX_HEADER_ROW = 1000
#: Characters in any one cell of a case file (the longest field, notes, is below this).
MAX_CELL_CHARS = 20_000

#: A sealed pack or bundle file on disk (a 20,000-case pack is ~15 MB).
MAX_SEALED_BYTES = 100 * MIB
#: A pack's or bundle's payload once decompressed (a 20,000-case pack is ~40 MB).
MAX_PAYLOAD_BYTES = 256 * MIB
#: Any other small JSON the CLI reads (a visit file, an identity, a mapping, settings).
MAX_JSON_BYTES = 50 * MIB

#: Characters per stored field. The database's own column sizes (schema.py) are these or larger,
#: so a value within them is stored alike on SQLite (which would keep anything) and PostgreSQL
#: (which refuses a value longer than its column).
FIELD_CHARS = {
    "case_id": 120,
    "name": 300,
    "phone": 80,
    "collector": 200,
    "address": 2000,
    "work_address": 2000,
    "notes": 10_000,
    "appointment": 2000,
    "inconvenient": 2000,
    "appointment_text": 2000,
    "flags": 200,
    "country": 60,  # a country's name in a file; stored as its two-letter code
    "currency": 3,
    "timezone": 64,
    "comment": 5000,  # a review comment
    "reason": 2000,  # an override's reason
    "by": 200,
    "visit_id": 36,
    "outcome": 30,
    "text": 2000,  # a window's original text
}
#: Any field not named above.
DEFAULT_FIELD_CHARS = MAX_CELL_CHARS


def field_limit(name: str) -> int:
    return FIELD_CHARS.get(name, DEFAULT_FIELD_CHARS)


def too_long(name: str, value) -> str | None:
    """The reason ``value`` cannot be stored as field ``name`` ("" values and non-text are fine)."""
    if isinstance(value, str) and len(value) > field_limit(name):
        return f"{name} is {len(value)} characters long; at most {field_limit(name)} are allowed"
    return None


#: A case file's cells: as the fields, except those read into a shorter stored form (a currency
#: cell may say ``Euros`` or ``peso mexicano``; the stored code has three letters).
CELL_CHARS = {**FIELD_CHARS, "currency": 40}


def cell_too_long(name: str, value) -> str | None:
    """The reason a case file's cell for ``name`` is refused for its length, or None."""
    limit = CELL_CHARS.get(name, DEFAULT_FIELD_CHARS)
    if isinstance(value, str) and len(value) > limit:
        return f"{name} is {len(value)} characters long; at most {limit} are allowed"
    return None
