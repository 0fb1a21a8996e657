"""The preparation sheet: why the borrower is overdue (intent), whether they can pay (ability),
whether they want to (willingness), the quadrant and its approach, a repayment proposal, and
talking points from approved templates only.

An axis the record says nothing about is ``unknown``, never guessed: the quadrant is then
``unknown`` and the approach is "find out", with the questions to ask at the door (``find_out``).

Approved templates never threaten, never involve relatives or other third parties, and never
disclose the debt to anyone but the borrower: identity is confirmed first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from fieldvisit.domain.cases import Case, Flag
from fieldvisit.domain.prep_blocks import BLOCKED_APPROACH, BLOCKED_TONE, Block, case_blocks
from fieldvisit.domain.repayment import TO_REVIEW_KIND, Proposal, propose
from fieldvisit.domain.text import msg

HARDSHIP_WORDS = re.compile(
    r"hardship|unemploy|laid off|redundan|sick|illness|hospital|medical|divorc|bereave|disab|"
    r"paro|desemple|despid|enferm|hospital|divorci|luto|discapac|"
    r"失业|下岗|生病|住院|困难|离婚|残疾", re.IGNORECASE)
REFUSAL_WORDS = re.compile(r"refus|won't pay|will not pay|se niega|no va a pagar|拒绝|不还", re.IGNORECASE)

APPROACH = {
    "able_willing": msg("Oversight: remind, make paying easy, fix an exact date and amount today."),
    "unable_willing": msg("Hardship: offer a payment plan with affordable installments; discuss forbearance options."),
    "able_unwilling": msg("Find out why. If there is a genuine dispute, record it and stop collection until it is "
                      "resolved; otherwise state the lawful next steps clearly and calmly."),
    "unable_unwilling": msg("Hardest case: listen, defuse any dispute, try a small plan; if nothing is possible, "
                        "explain calmly that the account will follow the lender's formal process."),
}
UNKNOWN_APPROACH = msg("Find out first: the record does not say enough to choose an approach. Ask the questions "
                       "below, listen, and choose the approach from the answers.")
#: Open, lawful questions for the borrower only (never about or through anyone else).
QUESTIONS = {
    "ability": [msg("Ask what has changed in their income or regular costs since the account fell behind."),
                msg("Ask what they could afford to pay each month after essentials such as rent, food and bills."),
                msg("Ask whether anything (illness, loss of work, a change at home) makes paying hard right now; "
                    "if so, mention free debt advice services.")],
    "willingness": [msg("Ask whether they agree with the balance, or whether anything about the account is in dispute."),
                    msg("Ask how they would like to settle the account: in full, or in instalments, and from which "
                        "date.")],
}
TONE = {True: msg("Early stage: service tone — a reminder, helpful and brief."),
        False: msg("Later stage: firm and factual — negotiate, and state the lawful consequences plainly.")}
#: A later-stage case whose quadrant is unknown: no firm line before the answers are in.
TONE_FIND_OUT = msg("Later stage: calm and factual — find out first; talk about next steps once you know whether "
                    "they can pay.")
#: A case whose days past due are not known (no due date, or one waiting for review): no stage claimed.
TONE_STAGE_UNKNOWN = msg("Stage not known: calm and factual — find out first; talk about next steps once you know "
                         "how long the account is overdue and whether they can pay.")
FORBEARANCE = [msg("A short payment holiday (agree the restart date)"), msg("Reduced installments for a set period"),
               msg("Ask the lender to freeze interest and charges"), msg("Point to free debt advice services")]

#: The tone for a customer showing any sign of financial difficulty or vulnerability (ability
#: unable or unknown, hardship words in the notes, the vulnerable flag), whatever the bucket or
#: the willingness: never the firm line. Sources: PRODUCT.md's conduct table (UK — forbearance
#: for customers unable to pay) and FCA CONC 7.3.4–7.3.7A (treat customers in default or arrears
#: difficulties with forbearance and due consideration; tell them that free and independent debt
#: advice is available, CONC 7.3.7A); EU CCD2 Art. 35 (reasonable forbearance before enforcement).
TONE_HARDSHIP = msg("Calm and supportive — the customer may be in financial difficulty: no pressure; offer "
                    "forbearance, agree only what they can afford, and tell them free debt advice is available.")
#: The talking point every sheet with a sign of difficulty carries (CONC 7.3.7A signposting).
DEBT_ADVICE = msg("Tell them free, independent debt advice is available (a not-for-profit debt advice service) "
                  "and give them time to get it before agreeing a plan.")
#: The note on an offer to a customer who may be in difficulty: the amounts are a ceiling, not a demand.
AFFORDABLE_ONLY = msg("Agree only what they can afford after essentials (rent, food, bills): lower the installments "
                      "or use a forbearance option rather than press for this plan.")


def difficulty_signs(case: Case, ability: Assessment) -> bool:
    """Whether the sheet must treat the customer as possibly in difficulty: ability ``unable``
    or ``unknown``, hardship words in the notes, or the vulnerable flag (see TONE_HARDSHIP)."""
    return (ability.verdict in ("unable", "unknown") or Flag.VULNERABLE in case.flags
            or HARDSHIP_WORDS.search(case.notes or "") is not None)


@dataclass(slots=True)
class Assessment:
    verdict: str
    evidence: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"verdict": self.verdict, "evidence": self.evidence}


@dataclass(slots=True)
class History:
    """What the record says beyond the case file (visits and promises arrive with issue 5's
    visit recording; until then these come from the case only)."""

    promises_kept: int = 0
    promises_broken: int = 0
    refusals: int = 0
    contacts: int = 0
    monthly_income: Decimal | None = None


@dataclass(slots=True)
class PrepSheet:
    case: Case
    as_of: date
    intent: Assessment
    ability: Assessment
    willingness: Assessment
    quadrant: str
    approach: str
    tone: str
    proposal: Proposal
    talking_points: list[str]
    confirm_at_door: list[str]
    find_out: list[str] = field(default_factory=list)
    #: fields waiting in the review queue (``balance``, ``due_date``...): shown "to review", not 0
    to_review: frozenset[str] = frozenset()
    #: why the case may not be collected (blocking flags, a vulnerable customer), most severe first
    blocks: list[Block] = field(default_factory=list)
    #: the supervisor's override for the day (``{"by", "reason", "day"}``), or None
    override: dict | None = None

    @property
    def blocked(self) -> bool:
        """True when a block stands (no override): the sheet then makes no repayment offer."""
        return bool(self.blocks) and self.override is None

    @property
    def due_unknown(self) -> bool:
        """No due date (it waits for review, or the file gave none): days past due and bucket are
        not known (never 0 days)."""
        return self.case.due_date is None

    def as_json(self) -> dict:
        c = self.case
        return {"case_id": c.case_id, "name": c.name, "as_of": self.as_of.isoformat(),
                # a value waiting in the review queue is None (listed in to_review), never text in a number's place;
                # so is a balance the case file never gave (unknown)
                "bucket": None if self.due_unknown else c.bucket(self.as_of).value,
                "days_past_due": None if self.due_unknown else c.days_past_due(self.as_of),
                "balance": None if "balance" in self.to_review or c.balance is None else str(c.balance),
                "currency": c.currency,
                "to_review": sorted(self.to_review),
                "intent": self.intent.as_json(), "ability": self.ability.as_json(),
                "willingness": self.willingness.as_json(), "quadrant": self.quadrant,
                "approach": self.approach, "tone": self.tone, "proposal": self.proposal.as_json(),
                "talking_points": self.talking_points, "confirm_at_door": self.confirm_at_door,
                "extra": dict(c.extra), "find_out": self.find_out,
                "blocked": self.blocked, "blocks": [b.as_json() for b in self.blocks],
                "override": None if self.override is None else {
                    "by": self.override.get("by", ""), "reason": self.override.get("reason", ""),
                    "day": (d.isoformat() if hasattr(d := self.override.get("day"), "isoformat") else d)}}


def assess_intent(case: Case, as_of: date, h: History, due_unknown: bool = False,
                  due_waiting: bool = True) -> Assessment:
    """``due_unknown``: no due date (``due_waiting``: it waits for review; else the file gave
    none); days past due are not read as 0."""
    ev = []
    if Flag.DISPUTE in case.flags:
        return Assessment("dispute", [msg("The borrower disputes the debt: resolve the dispute before collecting.")])
    dpd = case.days_past_due(as_of)
    paid_recently = case.last_payment_date is not None and (as_of - case.last_payment_date).days <= 60
    if case.last_payment_date:
        days = (as_of - case.last_payment_date).days
        if case.last_payment_amount:
            ev.append(msg("Last payment {date} (1 day ago), {amount} {currency}", date=case.last_payment_date,
                          amount=case.last_payment_amount, currency=case.currency) if days == 1 else
                      msg("Last payment {date} ({days} days ago), {amount} {currency}", date=case.last_payment_date,
                          days=days, amount=case.last_payment_amount, currency=case.currency))
        else:
            ev.append(msg("Last payment {date} (1 day ago)", date=case.last_payment_date) if days == 1 else
                      msg("Last payment {date} ({days} days ago)", date=case.last_payment_date, days=days))
    else:
        ev.append(msg("No payment on record"))
    if due_unknown and due_waiting:
        ev.append(msg("Days past due not known: the due date waits for review"))
    elif due_unknown:
        ev.append(msg("Days past due not known: the case file gave no due date or days past due"))
    else:
        ev.append(msg("1 day past due ({bucket})", bucket=case.bucket(as_of).value) if dpd == 1 else
                  msg("{days} days past due ({bucket})", days=dpd, bucket=case.bucket(as_of).value))
    if h.promises_broken:
        ev.append(msg("1 broken promise") if h.promises_broken == 1 else
                  msg("{n} broken promises", n=h.promises_broken))
    if due_unknown:
        return Assessment("possibly_intentional" if h.promises_broken >= 2 else "unclear", ev)
    silent_long = case.last_payment_date is None or (as_of - case.last_payment_date).days > 180
    if h.promises_broken >= 2 or (silent_long and dpd > 90):
        return Assessment("possibly_intentional", ev)
    if dpd <= 30 or paid_recently:
        return Assessment("oversight", ev)
    return Assessment("unclear", ev)


def assess_ability(case: Case, as_of: date, h: History) -> Assessment:
    ev = []
    if Flag.VULNERABLE in case.flags:
        ev.append(msg("Flagged vulnerable"))
    hardship = HARDSHIP_WORDS.search(case.notes or "")
    if hardship:
        ev.append(msg("Notes mention hardship (“{words}”)", words=hardship.group(0)))
    if h.monthly_income is not None:
        ev.append(msg("Stated monthly income {amount} {currency}", amount=h.monthly_income, currency=case.currency))
    if case.last_payment_amount and case.last_payment_date and (as_of - case.last_payment_date).days <= 90:
        ev.append(msg("Paid {amount} {currency} within the last 90 days", amount=case.last_payment_amount, currency=case.currency))
    if hardship or Flag.VULNERABLE in case.flags:
        return Assessment("unable", ev)
    if h.monthly_income is not None and case.balance is not None and \
            h.monthly_income * Decimal("0.3") * 12 < case.balance:
        ev.append(msg("The balance is more than a year of affordable installments"))
        return Assessment("unable", ev)
    if len(ev) == 0:
        ev.append(msg("Nothing on record about income or hardship: ask at the door"))
        return Assessment("unknown", ev)
    return Assessment("able", ev)


def assess_willingness(case: Case, as_of: date, h: History) -> Assessment:
    ev = []
    refused = h.refusals + (1 if REFUSAL_WORDS.search(case.notes or "") else 0)
    if h.promises_kept:
        ev.append(msg("{n} promise(s) kept", n=h.promises_kept))
    if h.promises_broken:
        ev.append(msg("{n} promise(s) broken", n=h.promises_broken))
    if refused:
        ev.append(msg("{n} refusal(s) on record", n=refused))
    recent = case.last_payment_date is not None and (as_of - case.last_payment_date).days <= 60
    if recent:
        ev.append(msg("Paid something in the last 60 days"))
    silent = case.last_payment_date is None or (as_of - case.last_payment_date).days > 90
    if silent and case.days_past_due(as_of) > 90 and not h.promises_kept:
        ev.append(msg("More than 90 days past due and no payment in the last 90 days"))
    if refused or h.promises_broken > h.promises_kept + 1:
        return Assessment("unwilling", ev)
    if silent and case.days_past_due(as_of) > 90 and not h.promises_kept:
        return Assessment("unwilling", ev)
    if recent or h.promises_kept > h.promises_broken:
        return Assessment("willing", ev)
    ev.append(msg("No clear signal on record: ask at the door"))
    return Assessment("unknown", ev)


def build_sheet(case: Case, as_of: date, history: History | None = None,
                holidays: frozenset[date] = frozenset(), workdays: frozenset[date] = frozenset(),
                to_review: frozenset[str] = frozenset(), rule=None, override: dict | None = None) -> PrepSheet:
    """``to_review``: the case's fields waiting in the review queue (a pending due date is not 0 days).
    ``rule``: the case's conduct rule set (its blocking flags and what a vulnerable customer needs;
    None: every flag PRODUCT.md names blocks). ``override``: the supervisor's override for the day
    (``{"by", "reason", "day"}``). A blocked case without an override gets the block, no repayment
    offer and no promise-to-pay talking points."""
    h = history or History()
    if "due_date" in to_review and case.due_date is not None:
        case = replace(case, due_date=None)  # kept while its readings wait: no days past due to grade on
    blocks = case_blocks(case, rule)
    if blocks and override is None:
        return _blocked_sheet(case, as_of, h, blocks, to_review)
    due_unknown = case.due_date is None  # waiting for review, or no due date in the file
    intent = assess_intent(case, as_of, h, due_unknown, "due_date" in to_review)
    ability = assess_ability(case, as_of, h)
    willingness = assess_willingness(case, as_of, h)
    quadrant = _quadrant(ability.verdict, "unwilling" if intent.verdict == "dispute" else willingness.verdict)
    find_out = [q for axis, a in (("ability", ability), ("willingness", willingness)) if a.verdict == "unknown"
                for q in QUESTIONS[axis]]
    balance_waits = "balance" in to_review  # waits in the review queue: never a proposal from 0.00
    balance_unknown = balance_waits or case.balance is None  # or the file gave none: asked about
    total = case.balance if not balance_unknown and case.balance > 0 else Decimal("0.01")
    if balance_waits:
        proposal = Proposal(TO_REVIEW_KIND, None, case.currency, None, [], notes=[msg(
            "The balance waits for review: agree no amount until it is checked.")])
    elif balance_unknown:
        proposal = Proposal(TO_REVIEW_KIND, None, case.currency, None, [], notes=[msg(
            "The case file gave no balance: ask the office what is owed, and agree no amount until you know it.")])
    elif ability.verdict == "able" and quadrant != "able_unwilling":
        proposal = propose(total, case.currency, as_of, count=1, holidays=holidays, workdays=workdays)
    elif ability.verdict != "unable":
        proposal = propose(total, case.currency, as_of, count=3, frequency="monthly", holidays=holidays,
                           workdays=workdays)
    else:
        count = 6 if total < 3000 else 12
        proposal = propose(total, case.currency, as_of, count=count, frequency="monthly", holidays=holidays,
                           monthly_income=h.monthly_income, workdays=workdays)
        proposal.forbearance = list(FORBEARANCE)
    if ability.verdict == "unknown":
        proposal.notes.insert(0, msg("What they can afford is not known yet: ask before agreeing amounts, and "
                                     "adjust the plan to the answer."))
    difficulty = difficulty_signs(case, ability)
    if difficulty and proposal.installments:  # forbearance and advice for anyone who may be in difficulty
        proposal.forbearance = list(FORBEARANCE)
        if ability.verdict != "unknown":  # unknown: the note above already says to ask first
            proposal.notes.insert(0, AFFORDABLE_ONLY)
    if intent.verdict == "dispute":
        proposal.notes.insert(0, msg("Do not press for payment while the dispute is open."))
    early = case.bucket(as_of).early
    # never the firm line for a customer who may be in difficulty (ability unknown: "find out" or service tone)
    tone = (TONE_HARDSHIP if difficulty and ability.verdict != "unknown" else
            TONE_STAGE_UNKNOWN if due_unknown else
            TONE_FIND_OUT if quadrant == "unknown" and not early else TONE[early])
    first = proposal.installments[0] if proposal.installments else None
    if first is None and not balance_waits and balance_unknown:
        offer = msg("Offer: none yet; the balance is not known.")
    elif first is None:
        offer = msg("Offer: none yet; the balance waits for review.")
    elif proposal.kind == "pay_in_full":
        offer = msg("Offer: pay in full, {amount} {currency} on {date}.", amount=first.amount,
                    currency=case.currency, date=first.date)
    else:
        offer = msg("Offer: {n} {frequency} installments, first payment {amount} {currency} on {date}.",
                    n=len(proposal.installments), frequency=proposal.frequency, amount=first.amount,
                    currency=case.currency, date=first.date)
    talking = [
        msg("Introduce yourself and the lender; show your ID card."),
        msg("The balance and the days past due are not known: ask the office before the visit, and ask the "
            "borrower whether they agree with what is owed.")
        if due_unknown and balance_unknown and not balance_waits else
        (msg("The account is 1 day overdue; its balance is not known (the case file gave none), so ask the office "
             "before the visit.") if case.days_past_due(as_of) == 1 else
         msg("The account is {days} days overdue; its balance is not known (the case file gave none), so ask the "
             "office before the visit.", days=case.days_past_due(as_of))) if balance_unknown and not balance_waits else
        msg("The balance and the due date wait for review: check both before the visit.") if due_unknown and
        balance_unknown else
        (msg("The account is 1 day overdue; its balance waits for review, so check it before the visit.")
         if case.days_past_due(as_of) == 1 else
         msg("The account is {days} days overdue; its balance waits for review, so check it before the visit.",
             days=case.days_past_due(as_of))) if balance_unknown else
        msg("The account has {amount} {currency} outstanding; check how long it is overdue (the due date waits "
            "for review).", amount=case.balance, currency=case.currency) if due_unknown else
        msg("The account is 1 day overdue with {amount} {currency} outstanding.", amount=case.balance,
            currency=case.currency) if case.days_past_due(as_of) == 1 else
        msg("The account is {days} days overdue with {amount} {currency} outstanding.",
            days=case.days_past_due(as_of), amount=case.balance, currency=case.currency),
        msg("Ask what has made paying difficult, and listen."),
        offer,
        msg("Agree an exact date and amount; write the promise down together before you leave."),
        *([DEBT_ADVICE] if difficulty else []),
        tone,
    ]
    if case.name:
        who = msg("Confirm you are speaking with {name} (ask for the name and date of birth) before mentioning "
                  "the debt.", name=case.name)
    else:
        who = msg("Confirm you are speaking with the borrower (ask for the name and date of birth) before "
                  "mentioning the debt.")
    confirm = [who,
               msg("If someone else answers: give only your name and a phone number; say nothing about the debt."),
               msg("Check the address and the best phone number and times to call.")]
    if Flag.NO_WORKPLACE in case.flags:
        confirm.append(msg("Workplace contact is not allowed for this borrower."))
    approach = UNKNOWN_APPROACH if quadrant == "unknown" else APPROACH[quadrant]
    if blocks:  # shown under the supervisor's override, with the block still leading
        proposal.notes.insert(0, msg("Shown under the supervisor's override by {by}: {reason}", by=override.get("by", ""),
                                     reason=override.get("reason", "")))
    return PrepSheet(case, as_of, intent, ability, willingness, quadrant, approach, tone, proposal,
                     talking, confirm, find_out, to_review=frozenset(to_review), blocks=blocks, override=override)


def _blocked_sheet(case: Case, as_of: date, h: History, blocks: list[Block], to_review) -> PrepSheet:
    """The sheet of a case a block stands on: the assessments for the record, the block as the
    approach and the talking points, no offer (forbearance options for a vulnerable customer)."""
    due_unknown = case.due_date is None
    intent = assess_intent(case, as_of, h, due_unknown, "due_date" in to_review)
    ability = assess_ability(case, as_of, h)
    willingness = assess_willingness(case, as_of, h)
    for axis in (ability, willingness):  # nothing is asked at the door of a blocked case
        axis.evidence = [e for e in axis.evidence if "ask at the door" not in e]
    proposal = Proposal("blocked", Decimal("0"), case.currency, None, [],
                        notes=[msg("No repayment offer: the case is blocked ({flags}).",
                                   flags=", ".join(b.flag.replace("_", " ") for b in blocks))])
    if any(b.flag == Flag.VULNERABLE.value for b in blocks):
        proposal.forbearance = list(FORBEARANCE)
    talking = [b.meaning for b in blocks] + [msg("Ask for no payment and write down no promise to pay.")]
    return PrepSheet(case, as_of, intent, ability, willingness, "blocked", BLOCKED_APPROACH, BLOCKED_TONE, proposal,
                     talking, [], [], to_review=frozenset(to_review), blocks=blocks)


def _quadrant(ability: str, willingness: str) -> str:
    """``able_willing`` … ``unable_unwilling``, or ``unknown`` when either axis is unknown."""
    if "unknown" in (ability, willingness):
        return "unknown"
    return f"{ability}_{willingness}"
