"""Phone cells and case ids as spreadsheets mangle them (BRK13 #16, #12)."""

from datetime import date

import pytest

from fieldvisit.domain.case_ids import StoredIds, id_problem
from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.phones import clean_phone


@pytest.mark.parametrize(("cell", "phone"), [
    ("34600111222.0", "34600111222"), ("n/a", ""), ("-", ""), ("none", ""), ("sin teléfono", ""), ("N/A", ""),
    ("0", ""), ("+34 600-111-222 ext. 5", "+34 600-111-222 ext. 5"), ("=+34600111222", "+34600111222"),
    ("600 11 12 22 / 911 23 45 67", "600 11 12 22 / 911 23 45 67"),
])
def test_phone_cells(cell, phone):
    assert clean_phone(cell) == (phone, None)


@pytest.mark.parametrize("cell", ["6.00111E+08", "3.46001E+10", "3,46001E+10"])
def test_a_phone_in_scientific_notation_lost_digits_and_is_left_blank(cell):
    phone, problem = clean_phone(cell)
    assert phone == "" and "scientific notation" in problem


def test_the_row_is_kept_with_the_phone_blank_and_a_review_note():
    r = read_row({"case_id": "PH-1", "phone": "6.00111E+08"}, RowContext(as_of=date(2026, 11, 23)))
    assert r.case is not None and r.case.phone == "" and "phone" not in r.present
    assert [c for c, _ in r.review] == ["phone"]
    r = read_row({"case_id": "PH-8", "phone": "34600111222.0"}, RowContext(as_of=date(2026, 11, 23)))
    assert r.case.phone == "34600111222" and r.review == []


def test_case_ids_match_trimmed_and_case_insensitively_keeping_the_stored_spelling():
    ids = StoredIds({"R-1": 1, "R-2": 2, "00123": 3})
    assert ids.match("r-2") == ("R-2", None)
    assert ids.match(" R-1 ") == ("R-1", None)
    assert ids.match("R-4") == (None, None)
    found, problem = ids.match("123")
    assert found is None and "00123" in problem and "leading zeros" in problem
    assert id_problem("4.5E+15") and "scientific notation" in id_problem("4.5E+15")
    assert id_problem("R-1") is None and id_problem("12345") is None


def test_ids_differing_only_by_punctuation_or_spaces_are_near_twins():
    from fieldvisit.domain.case_ids import loose_key

    assert {loose_key(i) for i in ("A-001", "a 001", "A_001", "A.001", "Ａ００１", "A/001 ")} == {"a001"}
    ids = StoredIds({"A-001": 1, "B7": 2, "C 3": 3})
    assert ids.looks_like("A001") == "A-001"  # the file drops the hyphen
    assert ids.looks_like("B-7") == "B7"  # the file adds one
    assert ids.looks_like("C-3") == "C 3"
    assert ids.looks_like("a-001") is None and ids.looks_like("A-001") is None  # the same id: matched, not a twin
    assert ids.looks_like("A002") is None and ids.looks_like("--") is None
