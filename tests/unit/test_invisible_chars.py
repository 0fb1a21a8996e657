"""Bidi controls and zero-width characters are removed from case ids, names and addresses at
import, with a note on the row (breaker report 15, finding 7: a U+202E override and a zero-width
space were stored in names, so the display could be spoofed and a search for "ZeroWidth" failed);
joiners that letters or emoji need are kept."""

from __future__ import annotations

from datetime import date

import pytest

from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.invisible import strip_invisible

AS_OF = date(2026, 11, 30)


@pytest.mark.parametrize("text, cleaned, removed", [
    ("محمد \u202eالعلي", "محمد العلي", ["U+202E"]),  # c39b row 3
    ("Zero\u200bWidth", "ZeroWidth", ["U+200B"]),  # c39b row 7
    ("\ufeffAna\u2066 Ruiz\u2069\u2060", "Ana Ruiz", ["U+FEFF", "U+2066", "U+2069", "U+2060"]),
    ("Ana\u202a\u202b\u202c\u202d\u202eRuiz\u2067\u2068", "AnaRuiz",
     ["U+202A", "U+202B", "U+202C", "U+202D", "U+202E", "U+2067", "U+2068"]),
    ("Zero\u200dWidth\u200cJoin", "ZeroWidthJoin", ["U+200D", "U+200C"]),  # next to Latin: it only hides
    ("José\u200dPérez", "JoséPérez", ["U+200D"]),
    ("\u200dمحمد", "محمد", ["U+200D"]),  # at either end: joins nothing
    ("Family 👨\u200d👩\u200d👧 Home", "Family 👨\u200d👩\u200d👧 Home", []),  # an emoji sequence
    ("❤\ufe0f\u200d🔥", "❤\ufe0f\u200d🔥", []),
    ("می\u200cخواهم", "می\u200cخواهم", []),  # Persian: the non-joiner is spelling
    ("क्\u200dष", "क्\u200dष", []),  # Devanagari half form
    ("Calle Mayor 1", "Calle Mayor 1", []),
    ("שלום\u200f 12", "שלום\u200f 12", []),  # a right-to-left mark only nudges: kept
    ("Ana\x1b[2J Ruiz", "Ana[2J Ruiz", ["U+001B"]),  # a terminal escape: would clear the screen it is printed to
    ("Bell\x07\x08Back", "BellBack", ["U+0007", "U+0008"]),
    ("Del\x7fete\x85\x9b", "Delete", ["U+007F", "U+0085", "U+009B"]),  # DEL and C1 controls (NEL, CSI)
    ("Tab\tkept", "Tab\tkept", []),  # TAB, LF and CR are the line rules' business
])
def test_the_rule(text, cleaned, removed):
    assert strip_invisible(text) == (cleaned, removed)


def _row(**cells):
    return read_row({"case_id": "A-1", "name": "Ana", "address": "Calle 1", "balance": "100", "currency": "EUR",
                     **cells}, RowContext(as_of=AS_OF, default_timezone="Europe/Madrid"))


def test_a_row_loses_the_characters_and_says_so_per_cell():
    result = _row(case_id="A-\u200b1", name="Ana \u202eziuR", address="Calle\u2060 1", notes="keep \u200b as written")
    case = result.case
    assert (case.case_id, case.name, case.address) == ("A-1", "Ana ziuR", "Calle 1")
    assert case.notes == "keep \u200b as written"  # free text is not a name, address or id
    assert [c for c, _ in result.notes] == ["case_id", "name", "address"]
    assert all("U+" in note and "invisible" in note for _, note in result.notes)
    assert "U+202E" in dict(result.notes)["name"]


def test_control_characters_in_plain_ascii_are_removed_with_a_note():
    """Held-back kind of breaker report 15's finding 7: control characters hide in ASCII text too
    (an ESC sequence in a name clears the terminal that lists it)."""
    result = _row(case_id="A-1\x07", name="Ana\x1b[31m Ruiz", address="Calle\x00 1\x7f")
    case = result.case
    assert (case.case_id, case.name, case.address) == ("A-1", "Ana[31m Ruiz", "Calle 1")
    assert [c for c, _ in result.notes] == ["case_id", "name", "address"]
    assert "U+001B" in dict(result.notes)["name"]
    assert _row(case_id="\x1b\x07").case is None


def test_plain_and_accented_rows_get_no_note():
    assert _row().notes == []
    assert _row(name="José Pérez Núñez", address="Calle Ñandú 3, 2º").notes == []


def test_a_case_id_of_invisible_characters_only_is_rejected():
    result = _row(case_id="\u200b\u200b")
    assert result.case is None and result.errors[0][0] == "case_id"
