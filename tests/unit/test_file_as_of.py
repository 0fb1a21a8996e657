"""BRK16a #8: the cut-off ("as of") date a case file states, in a title line or by its rows' due
dates and days past due agreeing on one day, is the day its days past due count from."""

from datetime import date, datetime

import pytest

from fieldvisit.domain.file_as_of import file_as_of, rows_date, title_date

TODAY = date(2026, 12, 1)
CUT = date(2026, 11, 23)


@pytest.mark.parametrize("line, dayfirst", [
    ("Fecha de corte: 23/11/2026", None),
    ("Fecha corte 23-11-2026", True),
    ("Cartera vencida al corte: 23/11/2026", None),
    ("As of 11/23/2026", False),
    ("Portfolio as at 23 November 2026", True),
    ("Cut-off date: 2026-11-23", None),
    ("截至2026年11月23日", None),
    ("数据日期：2026-11-23", None),
    ("Stichtag: 23.11.2026", True),
    ("Date d'arrêté : 23/11/2026", True),
    ("Situation au 23/11/2026", True),
    ("Data de corte: 23/11/2026", True),
    ("Fecha de corte: 2026-11-23", None),  # an XLSX date cell beside the label, as the reader joins it
])
def test_a_title_line_states_the_cut_off_date(line, dayfirst):
    assert title_date(["Banco Ejemplo — Cartera vencida", line], dayfirst) == (CUT, line)


@pytest.mark.parametrize("lines", [
    ["Banco Ejemplo — Cartera vencida"],
    ["Generado: 23/11/2026"],  # when it was printed is not a cut-off date
    ["As of 03/04/2026"],  # a date that reads two ways, the order undecided: not used
])
def test_no_stated_cut_off_date(lines):
    assert title_date(lines, None) is None


def test_rows_agreeing_on_one_day_give_it_and_a_row_that_disagrees_is_outvoted():
    pairs = [(datetime(2026, 10, 24), 30), ("2026-09-24", "60"), ("25/08/2026", 90), ("2026-03-04", 45)]
    assert rows_date(pairs, True) == (CUT, 3, 4)
    assert rows_date(pairs[:1], True) is None  # one row proves nothing
    assert rows_date([("2026-10-24", 30), ("2026-09-24", 61), ("2026-08-25", 95)], True) is None  # no majority


def test_file_as_of_prefers_the_title_and_never_a_day_after_today():
    rows = [{"due_date": "2026-10-24", "days_past_due": "30"}, {"due_date": "2026-09-24", "days_past_due": "60"}]
    day, sentence = file_as_of([], rows, today=TODAY, dayfirst=True)
    assert day == CUT and "2 of the file's 2 rows" in sentence
    day, sentence = file_as_of(["As of 2026-11-20"], rows, today=TODAY, dayfirst=True)
    assert day == date(2026, 11, 20) and "As of 2026-11-20" in sentence
    assert file_as_of([], rows, today=CUT, dayfirst=True) is None  # the file agrees with today: nothing to say
    assert file_as_of(["As of 2026-12-05"], [], today=TODAY, dayfirst=True) is None  # a future day is no cut-off
    assert file_as_of([], [{"due_date": "2026-10-24", "days_past_due": ""}], today=TODAY, dayfirst=True) is None
