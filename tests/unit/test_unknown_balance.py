"""A case whose file gives no balance has an unknown balance (None), never 0.00 (breaker report
16a, finding 9): the planner ranks it in the middle, the prep sheet asks about it and proposes no
amount, a sync pack carries it as unknown."""

from datetime import date
from decimal import Decimal

from fieldvisit.domain.cases import Case
from fieldvisit.domain.planning import UNKNOWN_BALANCE_POINTS, priority
from fieldvisit.domain.prep import build_sheet

AS_OF = date(2026, 11, 30)


def test_an_unknown_balance_is_ranked_as_one_waiting_for_review():
    unknown = Case("A", balance=None, due_date=date(2026, 10, 1))
    waiting = Case("B", balance=Decimal("0.00"), due_date=date(2026, 10, 1))
    assert priority(unknown, AS_OF) == priority(waiting, AS_OF, balance_unknown=True)
    assert priority(unknown, AS_OF) > priority(waiting, AS_OF) - UNKNOWN_BALANCE_POINTS + 1


def test_the_prep_sheet_of_an_unknown_balance_asks_and_proposes_nothing():
    sheet = build_sheet(Case("A", name="Ann", balance=None, currency="EUR", due_date=date(2026, 10, 1)), AS_OF)
    data = sheet.as_json()
    assert data["balance"] is None and data["proposal"]["installments"] == []
    assert any("not known" in t for t in data["talking_points"])
    assert not any("0.00" in t or "0.01" in t for t in data["talking_points"])
    both = build_sheet(Case("B", balance=None), AS_OF).as_json()
    assert both["balance"] is None and any("not known" in t for t in both["talking_points"])


def test_a_pack_carries_an_unknown_balance_as_unknown():
    from fieldvisit.domain.sync import case_from_json, case_to_json

    payload = case_to_json(Case("A", name="Ann", balance=None, currency="EUR"))
    assert payload["balance"] is None
    assert case_from_json(payload).balance is None
    assert case_from_json(case_to_json(Case("B", balance=Decimal("12.50")))).balance == Decimal("12.50")
