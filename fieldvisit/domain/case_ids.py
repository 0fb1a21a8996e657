"""Case ids as spreadsheets leave them: matched to the stored ones on re-import with spaces
trimmed and letter case ignored (``r-2 `` is ``R-2``; the stored spelling is kept); an id Excel
turned into scientific notation (``4.5E+15``: digits lost) or stripped of its leading zeros
(``123`` for the stored ``00123``) is refused with a sentence, never stored as a new case. An id
that differs from another only by punctuation or spacing (``A001`` beside ``A-001``) is a new
case, with a note saying which one it looks like (:func:`loose_key`, :meth:`StoredIds.looks_like`)."""

from __future__ import annotations

import re
import unicodedata

#: ASCII characters that are no letter or digit, dropped by :func:`loose_key`.
_ASCII_DROP = bytes(c for c in range(128) if not chr(c).isalnum())
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")


def id_key(case_id: str) -> str:
    """The form two ids are compared in: trimmed, case-folded."""
    return case_id.strip().casefold()


def loose_key(case_id: str) -> str:
    """The form near-duplicate ids share: :func:`id_key` of the NFKC text with every character
    that is no letter or digit left out (``A-001``, ``a 001``, ``A_001``, ``Ａ００１`` → ``a001``)."""
    if case_id.isascii():  # the usual ids: one C-level pass
        return case_id.lower().encode().translate(None, _ASCII_DROP).decode()
    return "".join(ch for ch in unicodedata.normalize("NFKC", case_id).casefold() if ch.isalnum())


def id_problem(case_id: str) -> str | None:
    """The sentence refusing an id a spreadsheet mangled beyond repair, or None."""
    if ("e" in case_id or "E" in case_id) and _SCIENTIFIC.fullmatch(case_id.strip()):  # most ids: no regex
        return (f"case id {case_id!r} is a number a spreadsheet turned into scientific notation, which lost "
                "digits; export the id column as text and import again")
    return None


class StoredIds:
    """The stored ids, indexed for matching a file's ids (``stored``: id → anything)."""

    def __init__(self, stored) -> None:
        self.by_key: dict[str, str] = {}
        self.by_digits: dict[str, list[str]] = {}
        self._by_loose: dict[str, list[str]] | None = None  # built by the first looks_like()
        for case_id in stored:
            self.by_key.setdefault(id_key(case_id), case_id)
            if case_id[:1] == "0" and case_id.isdigit():
                self.by_digits.setdefault(case_id.lstrip("0"), []).append(case_id)

    def match(self, case_id: str) -> tuple[str | None, str | None]:
        """``(stored id it is, None)``, ``(None, why it is refused)``, or ``(None, None)`` for a
        new case."""
        found = self.by_key.get(id_key(case_id))
        if found is not None:
            return found, None
        if case_id.isdigit() and case_id[:1] != "0" and case_id in self.by_digits:
            stored = " or ".join(self.by_digits[case_id][:3])
            return None, (f"case id {case_id} looks like the stored {stored} with its leading zeros lost (a "
                          "spreadsheet does this); export the id column as text and import again")
        return None, None

    def looks_like(self, case_id: str) -> str | None:
        """A stored id that is not ``case_id`` but differs only by punctuation or spacing (the file's
        ``A001`` for the stored ``A-001``, or ``A-001`` for the stored ``A 001``), or None."""
        key, loose = id_key(case_id), loose_key(case_id)
        if not loose:
            return None
        if self._by_loose is None:  # only ids with punctuation or spaces can have a near twin
            self._by_loose = {}
            for stored in self.by_key.values():
                if not stored.isalnum():
                    self._by_loose.setdefault(loose_key(stored), []).append(stored)
        for other in self._by_loose.get(loose, ()):
            if id_key(other) != key:
                return other
        if case_id.strip().isalnum():
            return None
        # the stored id is the one without punctuation (A001) and the file writes A-001
        found = self.by_key.get(loose)
        return found if found is not None and id_key(found) != key else None
