"""BRK17 6-7: a due date the days past due contradict waits for review, so the prep sheet grades
nothing on its days (never "unwilling" from 272 disputed days), names no stage and the planner does
not rank it on them; a proposal with no known balance has no total (null, never "0"); a day
written with an ordinal mark (``1er avril 2026``, ``1º de abril``) is a date."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo
from decimal import Decimal

import pytest

from fieldvisit.domain.cases import Case
from fieldvisit.domain.dates import NoYear, parse_date
from fieldvisit.domain.planning import DayRequest, build_candidates
from fieldvisit.domain.prep import build_sheet

AS_OF = date(2026, 12, 1)


def _case(**kw):
    base = dict(case_id="E-1", name="Ana", balance=Decimal("100.50"), currency="EUR",
                due_date=AS_OF - timedelta(days=272), lat=40.4, lon=-3.7, timezone="Europe/Madrid", country="ES")
    base.update(kw)
    return Case(**base)


def test_a_disputed_due_date_is_not_graded_on():
    graded = build_sheet(_case(), AS_OF)  # the same case with its due date settled: 272 days
    assert graded.willingness.verdict == "unwilling" and graded.tone.startswith("Later stage")
    sheet = build_sheet(_case(), AS_OF, to_review=frozenset({"due_date"}))
    data = sheet.as_json()
    assert sheet.willingness.verdict != "unwilling"
    assert data["days_past_due"] is None and data["bucket"] is None and data["to_review"] == ["due_date"]
    assert "272" not in " ".join(data["talking_points"] + [data["tone"]] + data["intent"]["evidence"]
                                 + data["willingness"]["evidence"])
    assert not sheet.tone.startswith(("Early stage", "Later stage"))


def test_the_planner_does_not_rank_a_disputed_due_date():
    zone, day = ZoneInfo("Europe/Madrid"), date(2026, 12, 2)
    req = DayRequest(day=day, collector="ana", start=(40.4, -3.7), shift_start=datetime.combine(day, time(9), zone),
                     shift_end=datetime.combine(day, time(18), zone))
    settled = build_candidates([_case()], req, AS_OF)[0][0].value
    req.due_to_review = {"E-1"}
    waiting = build_candidates([_case()], req, AS_OF)[0][0].value
    assert waiting < settled


@pytest.mark.parametrize("balance_kw", [dict(balance=None), dict()])
def test_a_proposal_with_no_known_balance_has_no_total(balance_kw):
    to_review = frozenset() if balance_kw else frozenset({"balance"})
    proposal = build_sheet(_case(**balance_kw), AS_OF, to_review=to_review).as_json()["proposal"]
    assert proposal["kind"] == "to_review" and proposal["total"] is None and proposal["installments"] == []


@pytest.mark.parametrize("text", ["1er avril 2026", "le 1er avril 2026", "1ER AVRIL 2026", "1º de abril de 2026",
                                  "1.º de abril de 2026", "1° avril 2026", "1st April 2026", "April 1st, 2026"])
def test_a_day_with_an_ordinal_mark_is_a_date(text):
    assert parse_date(text, year_needed=True) == date(2026, 4, 1)


def test_ordinals_keep_the_other_rules():
    assert parse_date("2nd March 2026") == date(2026, 3, 2)
    with pytest.raises(NoYear):
        parse_date("1er avril", year_needed=True)
