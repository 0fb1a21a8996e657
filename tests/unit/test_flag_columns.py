"""Columns naming a blocking condition become flags (BRK13 #1); blanks keep what is stored (#2)."""

import pytest

from fieldvisit.domain.cases import Flag
from fieldvisit.domain.columns import plan_columns
from fieldvisit.domain.flag_columns import answer, flag_field, read_flag_cells, words_to_flags


@pytest.mark.parametrize("header, field", [
    ("Do Not Visit", "flag:do_not_visit"), ("DNV_FLAG", "flag:do_not_visit"), ("No visitar", "flag:do_not_visit"),
    ("Cease & Desist", "flag:cease"), ("No contact", "flag:cease"), ("In Dispute", "flag:dispute"),
    ("Disputa", "flag:dispute"), ("Bankrupt", "flag:bankruptcy"), ("Concurso", "flag:bankruptcy"),
    ("Deceased?", "flag:deceased"), ("Fallecido", "flag:deceased"), ("已故", "flag:deceased"),
    ("Abogado", "flag:lawyer"), ("Attorney Represented", "flag:lawyer"), ("律师", "flag:lawyer"),
    ("禁止上门", "flag:do_not_visit"), ("争议", "flag:dispute"), ("破产", "flag:bankruptcy"),
    ("Legal hold", "flag:legal_hold"), ("Is Deceased (Y/N)", "flag:deceased"),
    ("Bloqueos", "flag:*"), ("Restricciones", "flag:*"),
    ("Balance", None), ("Name", None), ("flags", None),
])
def test_headers_naming_a_condition(header, field):
    assert flag_field(header) == field


def test_plan_maps_every_condition_column_even_two_of_the_same():
    plan = plan_columns(["Account", "Deceased", "Fallecido", "Bloqueos", "flags"])
    assert [f for _, f, _ in plan] == ["case_id", "flag:deceased", "flag:deceased:3", "flag:*", "flags"]


@pytest.mark.parametrize("cell, said", [
    ("Y", True), ("Yes", True), ("TRUE", True), ("x", True), ("1", True), ("Sí", True), ("si", True),
    ("是", True), ("✓", True), ("N", False), ("No", False), ("FALSE", False), ("0", False), ("否", False),
    ("maybe", None), ("2024-03-01", None),
])
def test_yes_no_cells(cell, said):
    assert answer(cell) is said


def test_cells_set_clear_or_hold_for_review():
    labels = {"flag:deceased": "Fallecido", "flag:do_not_visit": "No visitar", "flag:*": "Bloqueos"}
    r = read_flag_cells({"flag:deceased": "Sí", "flag:do_not_visit": "N"}, labels)
    assert r.flags == {Flag.DECEASED} and r.cleared == {Flag.DO_NOT_VISIT} and not r.review and not r.whole
    r = read_flag_cells({"flag:deceased": "quizá"}, labels)
    assert r.flags == {Flag.DECEASED} and "Fallecido" in r.review[0][1]  # held, never guessed away
    r = read_flag_cells({"flag:*": "fallecido, concurso"}, labels)
    assert r.flags == {Flag.DECEASED, Flag.BANKRUPTCY} and not r.review
    r = read_flag_cells({"flag:*": "cliente muy amable"}, labels)
    assert r.flags == {Flag.DO_NOT_VISIT} and r.review
    r = read_flag_cells({"flag:do_not_visit": "lunes por la mañana"}, labels)
    assert r.inconvenient == "lunes por la mañana" and not r.flags
    assert not read_flag_cells({"flag:deceased": ""}, labels).says_anything


def test_merge_with_stored_flags():
    stored = frozenset({Flag.DISPUTE, Flag.DECEASED})
    r = read_flag_cells({"flag:deceased": "N", "flag:cease": "Y"})
    assert r.merged(stored) == {Flag.DISPUTE, Flag.CEASE}
    whole = read_flag_cells({"flags": "lawyer"})
    assert whole.merged(stored) == {Flag.LAWYER}
    assert read_flag_cells({"flags": "ninguno"}).merged(stored) == frozenset()


def test_free_words_in_three_languages():
    assert words_to_flags("no visitar; abogado") == {Flag.DO_NOT_VISIT, Flag.LAWYER}
    assert words_to_flags("已故、破产") == {Flag.DECEASED, Flag.BANKRUPTCY}
    assert words_to_flags("none") == frozenset()


def test_no_visitar_times_are_times_not_to_visit_and_other_text_holds_the_case():
    from datetime import date

    from fieldvisit.domain.case_rows import RowContext, read_row

    ctx = RowContext(as_of=date(2026, 11, 23), default_timezone="Europe/Madrid",
                     columns=frozenset({"case_id", "flag:do_not_visit"}),
                     flag_labels={"flag:do_not_visit": "No visitar"})
    r = read_row({"case_id": "A", "flag:do_not_visit": "weekdays 13:00-16:00"}, ctx)
    assert r.case.flags == frozenset() and r.case.windows and all(w.inconvenient for w in r.case.windows)
    r = read_row({"case_id": "A", "flag:do_not_visit": "xyz"}, ctx)
    assert r.case.flags == {Flag.DO_NOT_VISIT} and r.review and "flags" in r.present
    r = read_row({"case_id": "A", "flag:do_not_visit": ""}, ctx)
    assert "flags" not in r.present and "flag:do_not_visit" not in r.present


def test_the_preview_shows_what_a_condition_column_sets():
    from datetime import date

    from fieldvisit.domain.case_rows import RowContext, read_row
    from fieldvisit.services.import_preview import shown

    ctx = RowContext(as_of=date(2026, 11, 23), default_timezone="Europe/Madrid",
                     columns=frozenset({"case_id", "flag:do_not_visit"}), flag_labels={"flag:do_not_visit": "No visitar"})
    times = read_row({"case_id": "A", "flag:do_not_visit": "weekdays 13:00-16:00"}, ctx).case
    held = read_row({"case_id": "B", "flag:do_not_visit": "Y"}, ctx).case
    assert shown(times, "flag:do_not_visit", date(2026, 11, 23)).startswith("Mon")
    assert shown(held, "flag:do_not_visit", date(2026, 11, 23)) == "do_not_visit"
    assert shown(held, "flag:deceased", date(2026, 11, 23)) == "no"


def test_an_unclear_no_visitar_cell_holds_the_case_and_leaves_its_windows():
    """BRK2 #1: neither yes, no nor a time: held and reviewed; the stored windows are not replaced."""
    from datetime import date

    from fieldvisit.domain.case_rows import RowContext, read_row

    ctx = RowContext(as_of=date(2026, 11, 23), default_timezone="America/New_York",
                     columns=frozenset({"case_id", "flag:do_not_visit"}),
                     flag_labels={"flag:do_not_visit": "Do Not Visit"})
    r = read_row({"case_id": "W1", "flag:do_not_visit": "unclear"}, ctx)
    assert r.case.flags == {Flag.DO_NOT_VISIT} and "flags" in r.present
    assert "windows" not in r.present and r.case.windows == []  # the import keeps the stored windows
    assert [c for c, _ in r.review] == ["flag:do_not_visit"]
    r = read_row({"case_id": "W1", "flag:do_not_visit": "weekdays 13:00-16:00"}, ctx)
    assert "windows" in r.present and all(w.inconvenient for w in r.case.windows)


def test_a_flags_cell_keeps_a_stored_flag_whose_own_column_is_blank():
    """BRK2 #9: Flags=dispute with a blank Do Not Visit cell: the blank says nothing about do_not_visit."""
    labels = {"flags": "Flags", "flag:do_not_visit": "Do Not Visit", "flag:deceased": "Deceased"}
    stored = frozenset({Flag.DO_NOT_VISIT, Flag.LAWYER})
    r = read_flag_cells({"flags": "dispute", "flag:do_not_visit": "", "flag:deceased": ""}, labels)
    assert r.whole and r.merged(stored) == {Flag.DISPUTE, Flag.DO_NOT_VISIT}  # lawyer: no column of its own
    r = read_flag_cells({"flags": "dispute", "flag:do_not_visit": "N", "flag:deceased": ""}, labels)
    assert r.merged(stored) == {Flag.DISPUTE}
    r = read_flag_cells({"flags": "none", "flag:do_not_visit": "", "flag:deceased": ""}, labels)
    assert r.merged(stored) == {Flag.DO_NOT_VISIT}
    assert read_flag_cells({"flags": "dispute"}, {"flags": "Flags"}).merged(stored) == {Flag.DISPUTE}
    assert not read_flag_cells({"flags": "", "flag:do_not_visit": ""}, labels).says_anything
