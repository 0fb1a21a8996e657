"""BRK15b #1: a case with a blocking flag gets a sheet that leads with the block and what it
means, and makes no repayment offer and no promise-to-pay talking points; a supervisor's
override shows the proposal with the override noted."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from fieldvisit.adapters.rules import load_rulebook
from fieldvisit.domain.cases import Case, Flag
from fieldvisit.domain.prep import build_sheet

AS_OF = date(2026, 11, 24)
RULES = load_rulebook(None)
MEANS = {Flag.CEASE: "stop contact", Flag.BANKRUPTCY: "automatic stay", Flag.LAWYER: "lawyer only",
         Flag.DECEASED: "estate", Flag.DO_NOT_VISIT: "stopped visits", Flag.DISPUTE: "recovery is suspended",
         Flag.LEGAL_HOLD: "Legal hold", Flag.VULNERABLE: "supervisor's approval"}


def case(flag, country="ES"):
    return Case(case_id="B-1", name="Ana Ruiz", balance=Decimal("900.00"), currency="EUR", country=country,
                due_date=AS_OF - timedelta(days=20), flags=frozenset({flag}))


def no_offer(sheet) -> None:
    text = " ".join([sheet.approach, sheet.tone, *sheet.talking_points, *sheet.proposal.notes]).lower()
    assert sheet.blocked and not sheet.proposal.installments and sheet.proposal.kind == "blocked"
    assert not any(t.startswith("Offer:") for t in sheet.talking_points) and "agree an exact date" not in text and "write the promise down" not in text
    data = sheet.as_json()
    assert data["blocked"] is True and data["proposal"]["installments"] == []
    assert "ask at the door" not in str(data).lower() and data["find_out"] == [] and data["confirm_at_door"] == []


@pytest.mark.parametrize("flag", list(MEANS))
@pytest.mark.parametrize("country", ["ES", "US", "CN", "FI", "DE", None])
def test_every_blocking_flag_leads_with_the_block_and_makes_no_offer(flag, country):
    sheet = build_sheet(case(flag, country or ""), AS_OF, rule=RULES.for_country(country or ""))
    no_offer(sheet)
    assert sheet.blocks[0].flag == flag.value and MEANS[flag] in sheet.blocks[0].meaning
    assert sheet.talking_points[0] == sheet.blocks[0].meaning  # the block leads the talking points
    assert sheet.as_json()["blocks"][0]["flag"] == flag.value


def test_without_a_rule_book_every_product_flag_still_blocks():
    for flag in MEANS:
        no_offer(build_sheet(case(flag), AS_OF))


def test_vulnerable_under_a_blocking_rule_set_names_it_and_offers_forbearance():
    sheet = build_sheet(case(Flag.VULNERABLE, "GB"), AS_OF, rule=RULES.for_country("GB"))
    no_offer(sheet)
    assert "no visit under United Kingdom" in sheet.blocks[0].meaning and "CONC 7.9.3G" in sheet.blocks[0].source
    assert sheet.proposal.forbearance


def test_cease_and_bankruptcy_together_lead_with_the_cease():
    c = case(Flag.CEASE)
    c = Case(**{**{f: getattr(c, f) for f in ("case_id", "name", "balance", "currency", "country", "due_date")},
                "flags": frozenset({Flag.BANKRUPTCY, Flag.CEASE})})
    sheet = build_sheet(c, AS_OF, rule=RULES.for_country("ES"))
    assert [b.flag for b in sheet.blocks] == ["cease", "bankruptcy"]


def test_an_override_shows_the_proposal_with_the_override_noted():
    override = {"by": "Sara Sup", "reason": "Checked with the office, visit agreed", "day": None}
    sheet = build_sheet(case(Flag.VULNERABLE), AS_OF, rule=RULES.for_country("ES"), override=override)
    assert not sheet.blocked and sheet.blocks and sheet.proposal.installments
    assert "override by Sara Sup" in sheet.proposal.notes[0]
    data = sheet.as_json()
    assert data["blocked"] is False and data["override"]["by"] == "Sara Sup"


def test_no_workplace_is_not_a_block():
    sheet = build_sheet(case(Flag.NO_WORKPLACE), AS_OF, rule=RULES.for_country("ES"))
    assert not sheet.blocked and not sheet.blocks and sheet.proposal.installments
