"""BRK14 #6: appointment windows keep to the rule set's visiting days by the planner's own rule.

A weekly window on a day the rule set forbids (Saturday and Sunday in ES and FI) is not stored as
if usable: it loses those days (with a note naming them and the rule's source), and a text left
with no visiting day goes to review with one sentence. A date is an appointment the customer agreed
for that very day, which the planner visits even on a weekend or a public holiday: it is kept.
The import and the planner must never disagree: checked here day by day, rule set by rule set."""

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest

from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.lawful_windows import within_lawful
from fieldvisit.domain.planning import Reason, build_candidates
from fieldvisit.domain.rules import parse_rulebook
from fieldvisit.domain.window_parser import parse_windows
from fieldvisit.services.window_review import read_correction, visiting_days
from resources import HERE
from tests.unit.test_conduct_scenarios import RULES, ZONES, case, req

TODAY = date(2026, 11, 23)  # a Monday
ES = RULES.for_country("ES")
SATURDAY_ES = "Saturday is not a visiting day in ES (Spain — CCD2 art. 35, customary practice)"


def read(text, country="ES"):
    rule = RULES.for_country(country)
    notes: list[str] = []
    parsed = parse_windows(text, ZONES.get(country, "UTC"), today=TODAY, lawful=rule.contact_hours)
    windows, problems = within_lawful(parsed.windows, rule.contact_hours, notes, days=rule.visiting_days)
    return windows, problems, notes


@pytest.mark.parametrize("text", ["Sat AM", "周六上午", "sáb 10-13"])
def test_the_testers_saturday_phrasings_go_to_review_in_spain(text):
    windows, problems, notes = read(text)
    assert windows == [] and notes == []
    assert problems == [f"{text!r}: {SATURDAY_ES}; choose another day or the date of an appointment the "
                        "customer agreed"]


def test_both_weekend_days_are_named_in_one_sentence():
    _, problems, _ = read("fines de semana 10-13")
    assert problems == ["'fines de semana 10-13': Saturday and Sunday are not visiting days in ES (Spain — CCD2 "
                        "art. 35, customary practice); choose another day or the date of an appointment the customer "
                        "agreed"]


@pytest.mark.parametrize("text, kept", [
    ("L-S 10-13", "Mon–Fri 10:00–13:00"),
    ("every day except Sunday 10:00–13:00", "Mon–Fri 10:00–13:00"),
    ("lunes a sábado por la mañana", "Mon–Fri 09:00–12:00"),
])
def test_named_forbidden_days_are_removed_with_a_note(text, kept):
    windows, problems, notes = read(text)
    assert problems == [] and [w.describe() for w in windows] == [kept]
    assert notes == [f"{text!r} kept as {kept}: {SATURDAY_ES}"]


def test_a_forbidden_window_beside_a_lawful_one_is_left_out_with_a_note():
    windows, problems, notes = read("Sat 10-12, Mon 10-12")
    assert problems == [] and [w.describe() for w in windows] == ["Mon 10:00–12:00"]
    assert notes == [f"'Sat 10-12, Mon 10-12': Sat 10:00–12:00 left out: {SATURDAY_ES}"]


@pytest.mark.parametrize("text", ["mornings", "por las tardes", "9-14", "after 6pm", "a partir de las 7 de la tarde"])
def test_a_text_naming_no_day_means_every_visiting_day(text):
    windows, problems, notes = read(text)
    assert problems == [] and notes == [] and [w.weekdays for w in windows] == [(0, 1, 2, 3, 4)]


@pytest.mark.parametrize("text", ["todos los días 10-13", "todos los días", "every day 10-13", "daily 10-13",
                                  "每天10点到13点", "diario", "a diario de 10 a 13", "los 7 días de la semana 10-13",
                                  "7 days a week", "24/7", "cualquier día de 10 a 13"])
def test_every_day_in_words_is_said_when_the_weekend_is_taken_out(text):
    """BRK15 #10: "todos los días" became Mon–Fri in silence while "cualquier día menos domingo" was noted."""
    windows, problems, notes = read(text)
    assert problems == [] and [w.weekdays for w in windows] == [(0, 1, 2, 3, 4)]
    assert len(notes) == 1 and notes[0].startswith(f"{text!r} kept as Mon–Fri")
    assert "Saturday and Sunday are not visiting days in ES" in notes[0]


def test_hours_and_days_are_both_kept_lawful_and_the_note_shows_what_is_stored():
    windows, problems, notes = read("06:00-23:00")
    assert [w.describe() for w in windows] == ["Mon–Fri 09:00–21:00"]
    assert notes == ["'06:00-23:00' clipped to the lawful visiting hours (09:00-21:00): Mon–Fri 09:00–21:00"]


@pytest.mark.parametrize("text", ["2026-11-28 10:00-12:00", "2026-12-08 10:00-12:00"])  # a Saturday; a holiday
def test_a_dated_appointment_is_agreed_and_kept_on_any_day(text):
    windows, problems, notes = read(text)
    assert problems == [] and notes == [] and len(windows) == 1


@pytest.mark.parametrize("country", ["US", "GB", "IN", "CN", "XX"])
def test_rule_sets_without_day_limits_keep_saturday(country):
    windows, problems, notes = read("Sat AM", country)
    assert problems == [] and notes == [] and [w.weekdays for w in windows] == [(5,)]


def test_finland_names_its_own_source():
    _, problems, _ = read("Sun 10-12", "FI")
    assert "Sunday is not a visiting day in FI (FieldVisit default, conservative: weekdays" in problems[0]


def test_the_rule_is_data_an_office_that_allows_saturdays_keeps_them():
    data = json.loads((HERE / "rulesets.json").read_text(encoding="utf-8"))
    data["sets"]["ES"]["contact_days"] = ["mon", "tue", "wed", "thu", "fri", "sat"]
    book = parse_rulebook(data)
    rule = book.for_country("ES")
    parsed = parse_windows("Sat AM", "Europe/Madrid", today=TODAY, lawful=rule.contact_hours)
    assert within_lawful(parsed.windows, rule.contact_hours, days=rule.visiting_days)[1] == []
    assert rule.contact_day(date(2026, 11, 28)) and not rule.contact_day(date(2026, 11, 29))


FORTNIGHT = [TODAY + timedelta(days=i) for i in range(14)]
DAY_TEXT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def refused_by_planner(c, day) -> bool:
    """Whether the planner leaves ``c`` out on ``day`` for its lawful hours or days (other reasons,
    such as notice before a first visit, are not the day rule's)."""
    cands, skipped = build_candidates([c], req(day), day)
    return not cands and skipped[0].reason == Reason.OUTSIDE_LAWFUL


@pytest.mark.parametrize("country", sorted(set(RULES.sets) - {"generic"}) + ["XX"])
def test_the_import_and_the_planner_agree_on_every_day(country):
    """A weekly window on one weekday is kept by the import exactly when the planner would visit a
    case on that weekday; a dated appointment is kept, and the planner visits it that day."""
    for day in FORTNIGHT:
        text = f"{DAY_TEXT[day.weekday()]} 10:00-12:00"
        windows, problems, _ = read(text, country)
        zone = ZONES.get(country, "Europe/Helsinki")
        c = replace(case("ES"), country=country, timezone=zone, windows=windows)
        assert bool(windows) != refused_by_planner(c, day), (country, day)
        if not windows:  # the planner refuses the day itself; the import said so at once, in the queue
            assert len(problems) == 1, (country, day)
        dated = read(f"{day.isoformat()} 10:00-12:00", country)[0]
        assert dated and not refused_by_planner(replace(c, windows=dated), day), (country, day)


def test_the_import_row_and_the_review_editor_read_alike():
    ctx = RowContext(as_of=TODAY, default_timezone="Europe/Madrid", default_country="ES",
                     lawful_for=lambda country: RULES.for_country(country).contact_hours,
                     days_for=lambda country: RULES.for_country(country).visiting_days,
                     columns=frozenset({"case_id", "appointment", "country"}))
    result = read_row({"case_id": "W-05", "appointment": "Sat AM", "country": "ES"}, ctx)
    assert result.case.windows == [] and SATURDAY_ES in result.review[0][1]
    result = read_row({"case_id": "W-13", "appointment": "L-S 10-13", "country": "ES"}, ctx)
    assert result.case.windows[0].weekdays == (0, 1, 2, 3, 4) and SATURDAY_ES in result.notes[0][1]

    parsed = read_correction("sáb 10-13", "Europe/Madrid", lawful=ES.contact_hours, today=TODAY,
                             days=visiting_days(RULES, "ES"))
    assert parsed.windows == [] and parsed.refused == parsed.errors and SATURDAY_ES in parsed.errors[0]
    parsed = read_correction("sáb 10-13", "Europe/Madrid", lawful=ES.contact_hours, today=TODAY,
                             days=visiting_days(RULES, "ES"), inconvenient=True)
    assert parsed.errors == [] and parsed.windows[0].weekdays == (5,)  # a time not to come: as written
    assert visiting_days(None, "ES") is None


def test_the_planner_asks_the_same_day_rule():
    saturday, monday = date(2026, 11, 28), date(2026, 11, 30)
    assert not ES.contact_day(saturday) and ES.contact_day(monday)
    assert ES.visiting_days.allows_day(monday) and not ES.visiting_days.allows_day(saturday)
