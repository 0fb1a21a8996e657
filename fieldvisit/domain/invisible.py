"""Invisible characters that change how a name, address or case id shows without changing what
it seems to say: bidi controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates)
turn ``Ana\u202eziuR`` into "AnaRuiz" on screen, and zero-width characters (U+200B zero-width
space, U+2060 word joiner, U+FEFF) hide inside ``Zero\u200bWidth`` so a search for "ZeroWidth"
fails and two case ids that look alike differ.

Control characters hide too, and worse: ``Ana\x1b[2J`` clears the terminal a ``cases list``
prints it to, and a bell or backspace changes what a reader sees. C0 controls other than TAB,
LF and CR (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), DEL (U+007F) and the C1 controls
(U+0080–U+009F) are always removed (a NUL never gets here: the reader rejects its row).

Rule: bidi controls, U+200B, U+2060 and U+FEFF are always removed. The zero-width joiner and
non-joiner (U+200D, U+200C) are letters' business in some scripts (Persian ``می‌خواهم``, Indic
conjuncts) and glue emoji sequences (👨‍👩‍👧): they are kept between two characters that are
letters, marks or symbols of a script other than Latin (or emoji), and removed elsewhere (next to
ASCII or Latin letters, spaces, digits, at either end), where they only hide. Left-to-right and
right-to-left marks (U+200E, U+200F) are kept: they only nudge neutral characters and Arabic or
Hebrew exports carry them legitimately.
"""

from __future__ import annotations

import re
import unicodedata

from fieldvisit.domain.text import CONTROL_CHARACTERS

#: always removed
_HIDDEN = "\u200b\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_JOINERS = "\u200c\u200d"
#: control characters, always removed (TAB, LF and CR are the line rules' business)
_CONTROLS = CONTROL_CHARACTERS
_ANY = re.compile(f"[{_HIDDEN}{_JOINERS}{re.escape(_CONTROLS)}]")


def _joins(c: str) -> bool:
    """A character a joiner may legitimately sit next to: a letter, mark or symbol, not Latin."""
    if c.isascii():
        return False
    category = unicodedata.category(c)
    if category[0] not in "LMS":
        return False
    return not unicodedata.name(c, "").startswith("LATIN")


def strip_invisible(text: str) -> tuple[str, list[str]]:
    """``text`` without the characters of the module's rule, and the code points removed
    (``["U+202E", ...]``, in order, each once). Text without any comes back as it is."""
    if not _ANY.search(text):
        return text, []
    kept: list[str] = []
    removed: list[str] = []
    last = len(text) - 1
    for i, c in enumerate(text):
        if c in _HIDDEN or c in _CONTROLS or c in _JOINERS and not (0 < i < last and _joins(text[i - 1]) and _joins(text[i + 1])):
            code = f"U+{ord(c):04X}"
            if code not in removed:
                removed.append(code)
            continue
        kept.append(c)
    return "".join(kept), removed


def removed_note(removed: list[str]) -> str:
    """The note for a cell that lost invisible characters: ``invisible characters removed
    (U+202E); they change how the text shows or is searched, not what it says``."""
    return (f"invisible characters removed ({', '.join(removed)}); they change how the text shows or is "
            "searched, not what it says")


#: the case fields cleaned at import: what a collector reads to find the person and the place
CASE_FIELDS = ("case_id", "name", "address", "work_address")


def clean_case(case) -> list[tuple[str, str]]:
    """Remove the invisible characters from ``case``'s :data:`CASE_FIELDS` in place; returns the
    import notes ``[(column, sentence)]``, one per cell changed (none for clean text)."""
    notes = []
    for column in CASE_FIELDS:
        value = getattr(case, column)
        if value and not (value.isascii() and value.isprintable()):
            cleaned, removed = strip_invisible(value)
            if removed:
                setattr(case, column, cleaned.strip())
                notes.append((column, removed_note(removed)))
    return notes
