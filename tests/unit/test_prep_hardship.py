"""A customer who may be in financial difficulty (unable to pay, hardship words, vulnerable,
or what they can afford unknown) never gets the firm line; the sheet offers forbearance and
tells them free debt advice is available (FCA CONC 7.3; BRK16b #17: GB U-2, "lost job
hardship", unwilling, got "firm and factual … state the lawful consequences plainly")."""

import csv
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from fieldvisit.domain.cases import Case, Flag
from fieldvisit.domain.prep import DEBT_ADVICE, TONE, History, build_sheet

AS_OF = date(2026, 12, 1)
FIRM = TONE[False]
DATA = Path(__file__).parents[1] / "data" / "brk16" / "prep_hardship.csv"


def later(**kw):
    base = dict(case_id="H-1", name="Ursula", balance=Decimal("3000.00"), currency="GBP", country="GB",
                due_date=AS_OF - timedelta(days=158))
    base.update(kw)
    return Case(**base)


def _says_advice(sheet) -> bool:
    return DEBT_ADVICE in sheet.talking_points and any("debt advice" in f for f in sheet.proposal.forbearance)


def test_tester_u2_unable_and_unwilling_gets_no_firm_tone_and_debt_advice():
    row = next(r for r in csv.DictReader(DATA.open(encoding="utf-8")) if r["case_id"] == "U-2")
    sheet = build_sheet(later(notes=row["notes"]), AS_OF, History(promises_broken=1, refusals=1))
    assert sheet.quadrant == "unable_unwilling"
    assert sheet.tone != FIRM and "firm" not in sheet.tone.lower()
    assert FIRM not in sheet.talking_points
    assert _says_advice(sheet)
    assert any("afford" in n for n in sheet.proposal.notes)


@pytest.mark.parametrize(("kw", "history"), [
    (dict(notes="unemployed since June, refuses to pay"), History()),                 # hardship words, unwilling
    (dict(notes="en paro"), History(promises_kept=1)),                               # Spanish hardship, willing
    (dict(notes="住院 拒绝"), History()),                                              # Chinese hardship, refusal
    (dict(), History(monthly_income=Decimal("200"), refusals=2)),                     # income too low, unwilling
    (dict(), History(promises_broken=3)),                                             # ability unknown, unwilling
    (dict(notes="says he will not pay"), History()),                                   # ability unknown, refusal
])
def test_any_sign_of_difficulty_gets_forbearance_advice_and_never_the_firm_line(kw, history):
    sheet = build_sheet(later(**kw), AS_OF, history)
    assert not sheet.blocked
    assert sheet.tone != FIRM and FIRM not in sheet.talking_points
    assert _says_advice(sheet)


def test_vulnerable_customer_under_override_gets_advice_and_no_firm_line():
    sheet = build_sheet(later(flags=frozenset({Flag.VULNERABLE})), AS_OF, History(refusals=2),
                        override={"by": "sup", "reason": "agreed by phone", "day": AS_OF})
    assert sheet.tone != FIRM and _says_advice(sheet)


def test_able_and_unwilling_later_stage_keeps_the_lawful_firm_line():
    sheet = build_sheet(later(notes="refused to pay", last_payment_date=AS_OF - timedelta(days=80),
                              last_payment_amount=Decimal("40")), AS_OF, History())
    assert sheet.quadrant == "able_unwilling"
    assert sheet.tone == FIRM
    assert DEBT_ADVICE not in sheet.talking_points
