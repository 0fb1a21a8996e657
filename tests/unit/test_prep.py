"""Preparation sheet rules: the four assessments, the quadrant, and the proposal calculator."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvisit.domain.cases import Case, Flag
from fieldvisit.domain.prep import History, build_sheet
from fieldvisit.domain.repayment import FIRST_PAYMENT_WITHIN_DAYS, first_payment_date, propose, split

AS_OF = date(2026, 11, 24)


def case(**kw):
    base = dict(case_id="P-1", name="Ana Ruiz", balance=Decimal("900.00"), currency="EUR",
                due_date=AS_OF - timedelta(days=20))
    base.update(kw)
    return Case(**base)


@pytest.mark.parametrize(("kw", "history", "quadrant"), [
    (dict(last_payment_date=AS_OF - timedelta(days=10), last_payment_amount=Decimal("100")), History(), "able_willing"),
    (dict(notes="Lost his job in June (unemployed)"), History(promises_kept=1), "unable_willing"),
    (dict(flags=frozenset({Flag.VULNERABLE})), History(promises_kept=1), "unable_willing"),
    (dict(notes="Lost his job in June (unemployed)"), History(), "unknown"),
    (dict(notes="refused to pay at last visit", last_payment_date=AS_OF - timedelta(days=10),
          last_payment_amount=Decimal("50")), History(), "able_unwilling"),
    (dict(notes="enfermo, se niega a pagar"), History(), "unable_unwilling"),
    (dict(), History(promises_broken=3, promises_kept=0), "unknown"),
    (dict(last_payment_date=AS_OF - timedelta(days=80), last_payment_amount=Decimal("40")),
     History(promises_broken=3, promises_kept=0), "able_unwilling"),
    (dict(flags=frozenset({Flag.DISPUTE})), History(), "unknown"),
    (dict(flags=frozenset({Flag.DISPUTE}), last_payment_date=AS_OF - timedelta(days=10),
          last_payment_amount=Decimal("100")), History(), "able_unwilling"),
    (dict(), History(monthly_income=Decimal("100"), promises_kept=1), "unable_willing"),
    (dict(), History(), "unknown"),
])
def test_quadrants(kw, history, quadrant):
    # a flagged case shows the proposal only under a supervisor's override (test_prep_blocks.py)
    override = {"by": "Sup", "reason": "Approved after a call"} if kw.get("flags") else None
    sheet = build_sheet(case(**kw), AS_OF, history, override=override)
    assert sheet.quadrant == quadrant
    assert sheet.approach and sheet.proposal.installments


def test_intent_assessments():
    assert build_sheet(case(flags=frozenset({Flag.DISPUTE})), AS_OF).intent.verdict == "dispute"
    assert build_sheet(case(), AS_OF).intent.verdict == "oversight"  # 20 days, M1
    old = case(due_date=AS_OF - timedelta(days=150))
    assert build_sheet(old, AS_OF).intent.verdict == "possibly_intentional"
    assert build_sheet(case(due_date=AS_OF - timedelta(days=45)), AS_OF).intent.verdict == "unclear"
    assert build_sheet(case(), AS_OF, History(promises_broken=2)).intent.verdict == "possibly_intentional"


def test_long_silence_counts_against_willingness():
    silent = case(due_date=AS_OF - timedelta(days=300), last_payment_date=AS_OF - timedelta(days=330),
                  last_payment_amount=Decimal("50"))
    sheet = build_sheet(silent, AS_OF)
    assert sheet.willingness.verdict == "unwilling" and sheet.intent.verdict == "possibly_intentional"
    assert sheet.ability.verdict == "unknown"  # the issue-12 sheet: not "able / unwilling"
    assert "firm" not in sheet.tone and "find out first" in sheet.tone and sheet.tone in sheet.talking_points
    assert sheet.quadrant == "unknown" and sheet.proposal.kind == "installments"


def test_unknown_axis_is_never_guessed_and_says_what_to_ask():
    """A fresh case with nothing on record: ability unknown, so no quadrant, no firm approach."""
    sheet = build_sheet(case(), AS_OF)
    assert sheet.ability.verdict == "unknown" and sheet.willingness.verdict == "unknown"
    assert sheet.quadrant == "unknown"
    assert sheet.approach.startswith("Find out first")
    assert "state the lawful next steps" not in sheet.approach and "Hardest" not in sheet.approach
    asked = " ".join(sheet.find_out)
    assert "afford" in asked and "income" in asked and "dispute" in asked
    assert sheet.proposal.notes[0].startswith("What they can afford is not known yet")
    data = sheet.as_json()
    assert data["quadrant"] == "unknown" and data["find_out"] == sheet.find_out
    for forbidden in ("relative", "family", "neighbour", "employer", "police", "jail", "shame", "threat"):
        assert forbidden not in asked.lower()


def test_only_the_unknown_axis_is_asked_about():
    paid = case(last_payment_date=AS_OF - timedelta(days=10), last_payment_amount=Decimal("100"))
    assert build_sheet(paid, AS_OF).find_out == []  # able and willing: nothing to find out
    hardship = build_sheet(case(notes="hospital since May"), AS_OF)
    assert hardship.ability.verdict == "unable" and hardship.quadrant == "unknown"
    assert hardship.find_out and all("afford" not in q for q in hardship.find_out)
    assert hardship.proposal.forbearance  # what is known (unable) still shapes the plan
    refused = build_sheet(case(notes="refused to pay"), AS_OF)
    assert refused.willingness.verdict == "unwilling" and refused.quadrant == "unknown"
    assert all("dispute" not in q for q in refused.find_out)


def test_ability_unknown_asks_at_the_door_and_tone_follows_the_bucket():
    sheet = build_sheet(case(), AS_OF)
    assert sheet.ability.verdict == "unknown" and "ask at the door" in sheet.ability.evidence[0]
    assert "Early stage" in sheet.tone
    assert "Later stage" in build_sheet(case(due_date=AS_OF - timedelta(days=100)), AS_OF).tone


def test_talking_points_are_lawful():
    sheet = build_sheet(case(flags=frozenset({Flag.NO_WORKPLACE})), AS_OF)
    text = " ".join(sheet.talking_points + sheet.confirm_at_door).lower()
    assert "confirm you are speaking with ana ruiz" in text
    assert "say nothing about the debt" in text and "workplace contact is not allowed" in text
    for forbidden in ("relative", "family", "neighbour", "employer will", "police", "jail", "shame", "threat"):
        assert forbidden not in text


def test_unable_quadrants_offer_forbearance_and_disputes_are_not_pressed():
    sheet = build_sheet(case(notes="hardship"), AS_OF)
    assert sheet.proposal.forbearance and sheet.proposal.kind == "installments"
    disputed = build_sheet(case(flags=frozenset({Flag.DISPUTE})), AS_OF, override={"by": "S", "reason": "r"})
    assert disputed.proposal.notes[1].startswith("Do not press for payment")
    assert not build_sheet(case(flags=frozenset({Flag.DISPUTE})), AS_OF).proposal.installments


def test_affordability_with_income():
    p = propose(Decimal("3000.00"), "EUR", AS_OF, count=3, monthly_income=Decimal("1000"))
    assert all(i.amount <= Decimal("300.00") for i in p.installments)
    assert len(p.installments) == 10 and "30%" in p.notes[0]


def test_first_payment_moves_when_three_days_are_holidays():
    holidays = frozenset(AS_OF + timedelta(days=d) for d in (1, 2, 3))
    day, note = first_payment_date(AS_OF, holidays)
    assert day == AS_OF + timedelta(days=4) and "agree it explicitly" in note


HOLIDAYS = st.frozensets(st.dates(date(2026, 1, 1), date(2029, 12, 31)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(total=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("250000"), places=2),
       count=st.integers(1, 24), frequency=st.sampled_from(["weekly", "fortnightly", "monthly"]),
       as_of=st.dates(date(2026, 1, 1), date(2027, 12, 31)), holidays=HOLIDAYS)
def test_proposal_properties(total, count, frequency, as_of, holidays):
    p = propose(total, "EUR", as_of, count=count, frequency=frequency, holidays=holidays)
    amounts = [i.amount for i in p.installments]
    dates = [i.date for i in p.installments]
    assert sum(amounts) == total
    assert all(a > 0 and a == a.quantize(Decimal("0.01")) for a in amounts)
    assert dates == sorted(dates) and len(set(dates)) == len(dates)
    assert all(d.weekday() != 6 and d not in holidays for d in dates)
    window = {as_of + timedelta(days=k) for k in range(1, FIRST_PAYMENT_WITHIN_DAYS + 1)}
    if any(d.weekday() != 6 and d not in holidays for d in window):
        assert dates[0] in window
    else:
        assert any("agree it explicitly" in n for n in p.notes)


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("10000"), places=2), st.integers(1, 50))
def test_split_is_exact(total, n):
    n = min(n, int(total * 100))
    parts = split(total, n)
    assert sum(parts) == total and len(parts) == n
