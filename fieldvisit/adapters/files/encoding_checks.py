"""Two ways a CSV's text goes wrong that no single encoding reveals (BRK14 #7):

- **mixed encodings**: some rows written as UTF-8 and others in a legacy code page (rows pasted
  from two systems into one file). No one encoding reads both; the file is refused naming the first
  rows of each kind (:func:`mixed_rows`).
- **mojibake from a forced encoding**: UTF-8 bytes read as Windows-1252 or Latin-1 become ``Ã©``,
  ``Ã±``, ``â€™``, ``Â `` (:func:`mojibake_rows`); such text is refused, never stored.

Rows are counted as the file's lines (header = row 1), what a spreadsheet shows when no cell
holds a line break.
"""

from __future__ import annotations

import re

from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError

#: What the bytes 0x80-0xBF (a UTF-8 sequence's continuation) become read as cp1252 or Latin-1.
_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e" \
        "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
#: A UTF-8 letter read as cp1252/Latin-1: a lead byte (Â…ß for two bytes, à…ï for three) and its
#: continuation bytes (é → Ã©, ñ → Ã±, ’ → â€™, a no-break space → Â).
_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}")


def mojibake_rows(text: str, limit: int = 3) -> tuple[list[int], str]:
    """The first ``limit`` rows (1-based lines) showing UTF-8 letters read in a single-byte code
    page, and the first such sequence (``"Ã©"``); ``([], "")`` when none."""
    rows: list[int] = []
    example = ""
    for number, line in enumerate(text.split("\n"), 1):
        m = _MOJIBAKE.search(line)
        if m:
            rows.append(number)
            example = example or m.group()
            if len(rows) >= limit:
                break
    return rows, example


def mixed_rows(data: bytes, plausible) -> tuple[list[int], list[int]] | None:
    """``(UTF-8 rows, rows that are not UTF-8)`` when a file's non-ASCII rows are
    some UTF-8 and some not, else None. ``plausible(text) -> float`` (1.0: ordinary letters) keeps
    a legacy row that happens to be valid UTF-8 (Chinese bytes, read as rare characters) from
    counting as UTF-8."""
    utf8: list[int] = []
    other: list[int] = []
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            other.append(number)
            continue
        if plausible(text) > 0.5 and not _MOJIBAKE.search(text):
            utf8.append(number)
    if utf8 and other:
        return utf8, other
    return None


def rows_text(rows: list[int], limit: int = 3) -> str:
    """``"row 2"``, ``"rows 2, 5 and 9"``, ``"rows 2, 5, 9 and 4 more"`` (``limit`` named)."""
    if len(rows) > limit:
        return "rows " + ", ".join(map(str, rows[:limit])) + f" and {len(rows) - limit} more"
    if len(rows) == 1:
        return f"row {rows[0]}"
    return "rows " + ", ".join(map(str, rows[:-1])) + f" and {rows[-1]}"


def refuse_mojibake(text: str, name: str, encoding: str) -> None:
    """Raise UserError (one sentence naming the rows) when ``text``, read as the chosen
    ``encoding``, shows UTF-8 letters garbled."""
    rows, example = mojibake_rows(text)
    if rows:
        raise UserError(msg('Read as {encoding}, {name} shows garbled letters such as {example!r} on {rows} (UTF-8 '
                            'text read in another encoding), so nothing was imported; import without --encoding, or '
                            'save the whole file as UTF-8 CSV and import again.',
                            encoding=encoding, name=name, example=example, rows=rows_text(rows)))
