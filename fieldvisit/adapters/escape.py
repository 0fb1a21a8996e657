"""Putting untrusted text (names, addresses, case ids, notes, review comments) into the files
FieldVisit writes, so that it stays text: one function per destination, used by every writer.

- :func:`json_for_script`: data inside an HTML ``<script>`` (the map page, window and export).
- :func:`html_text`: text inside HTML elements and attributes (prep sheets, PDF reports).
- :func:`xlsx_text`: a spreadsheet cell that holds text: always a string cell, never a formula.
- :func:`csv_cell`: a CSV cell that a spreadsheet would otherwise evaluate (``= + - @``, their
  full-width forms, TAB, CR, LF).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata

_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_RE = re.compile("[<>&\u2028\u2029]")


def json_for_script(obj) -> str:
    """``obj`` as a JavaScript literal that is safe inside ``<script>…</script>``: ``<``, ``>``,
    ``&`` and the line separators U+2028/2029 are written as ``\\uXXXX`` escapes, so no text can
    close the script, open a comment (``<!--``) or break the line. Equal to ``JSON.parse`` of it."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _SCRIPT_RE.sub(lambda m: _SCRIPT_UNSAFE[m.group(0)], text)


def html_text(value) -> str:
    """Text for HTML element content or a quoted attribute (``& < > " '`` escaped); None is ""."""
    return html.escape("" if value is None else str(value), quote=True)


#: What makes a spreadsheet read a cell as a formula or command (OWASP "CSV injection"); a
#: full-width or small form of ``= + - @`` (``＝ ＋ － ＠ ﹦``) counts as its ASCII self, since some
#: spreadsheet locales (CJK input methods, auto-convert) read a leading ``＝`` as a formula too.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def formula_like(value) -> bool:
    """Whether text ``value`` starts like a formula or command: its first character, read as
    Unicode NFKC (full-width ``＝`` is ``=``), is one of :data:`FORMULA_START`."""
    if not isinstance(value, str) or not value:
        return False
    return value.startswith(FORMULA_START) or unicodedata.normalize("NFKC", value[0]).startswith(FORMULA_START)


def csv_cell(value):
    """A CSV cell: text starting with ``= + - @`` (or a full-width ``＝ ＋ － ＠``), TAB, CR or LF
    gets a leading ``'`` (shown, not evaluated); plain numbers such as ``-12.50`` stay numbers;
    other values are unchanged."""
    if formula_like(value) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def xlsx_text(cell) -> None:
    """Make an openpyxl cell that holds a ``str`` a string cell (``data_type 's'``) with Excel's
    quote prefix: never a formula or an error code, even after the user edits it."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if formula_like(cell.value):
            cell.quotePrefix = True
