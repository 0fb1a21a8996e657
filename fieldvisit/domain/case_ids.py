"""Case ids as spreadsheets leave them: matched to the stored ones on re-import with spaces
trimmed and letter case ignored (``r-2 `` is ``R-2``; the stored spelling is kept); an id Excel
turned into scientific notation (``4.5E+15``: digits lost) or stripped of its leading zeros
(``123`` for the stored ``00123``) is refused with a sentence, never stored as a new case."""

from __future__ import annotations

import re

_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")


def id_key(case_id: str) -> str:
    """The form two ids are compared in: trimmed, case-folded."""
    return case_id.strip().casefold()


def id_problem(case_id: str) -> str | None:
    """The sentence refusing an id a spreadsheet mangled beyond repair, or None."""
    if _SCIENTIFIC.fullmatch(case_id.strip()):
        return (f"case id {case_id!r} is a number a spreadsheet turned into scientific notation, which lost "
                "digits; export the id column as text and import again")
    return None


class StoredIds:
    """The stored ids, indexed for matching a file's ids (``stored``: id → anything)."""

    def __init__(self, stored) -> None:
        self.by_key: dict[str, str] = {}
        self.by_digits: dict[str, list[str]] = {}
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
