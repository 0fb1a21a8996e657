"""What a blocking flag means for the preparation sheet (PRODUCT.md, "Conduct"): a case with a
cease request, a bankruptcy, a lawyer, a death, a do-not-visit mark, an open dispute or a legal
hold — or a vulnerable customer under its rule set — gets no repayment offer and no promise-to-pay
talking points. The sheet leads with the block and what it means. A supervisor's override
(audited) lets the ordinary sheet show, with the override noted."""

from __future__ import annotations

from dataclasses import dataclass

from fieldvisit.domain.cases import BLOCKING_FLAGS, Case, Flag
from fieldvisit.domain.text import msg

#: What each blocking flag means at the door: what the collector must (not) do.
MEANING = {
    Flag.CEASE: msg("Cease request: the borrower asked to stop contact. Honour it: no visit, no call and no "
                    "request for payment; pass anything they send to your office."),
    Flag.BANKRUPTCY: msg("Bankruptcy: the automatic stay stops collection. No visit and no request for payment; "
                         "the office deals with the bankruptcy proceedings."),
    Flag.LAWYER: msg("Represented by a lawyer: no contact with the borrower; the office speaks to the lawyer only."),
    Flag.DECEASED: msg("Deceased: no visit and no request for payment; the office deals with the estate."),
    Flag.DO_NOT_VISIT: msg("Do not visit: the office has stopped visits to this borrower; no contact at the door."),
    Flag.DISPUTE: msg("Dispute open: recovery is suspended while the dispute lasts. Only help resolve it: note "
                      "what is disputed and pass it to the office; ask for no payment and no promise."),
    Flag.LEGAL_HOLD: msg("Legal hold: no collection activity until the office lifts the hold."),
}
VULNERABLE_APPROVAL = msg("Vulnerable customer: a visit needs a supervisor's approval first; if approved, offer "
                          "the forbearance options first, with no pressure.")
ORDER = (Flag.CEASE, Flag.BANKRUPTCY, Flag.LAWYER, Flag.DECEASED, Flag.DO_NOT_VISIT, Flag.LEGAL_HOLD,
         Flag.DISPUTE, Flag.VULNERABLE)

BLOCKED_APPROACH = msg("No collection on this case: read why above. Do not visit, ask for no payment and record no "
                       "promise, unless a supervisor approves an override.")
BLOCKED_TONE = msg("No collection talk: no repayment offer and no promise to pay.")


@dataclass(frozen=True, slots=True)
class Block:
    """One reason the case may not be collected: the flag, what it means, and its legal source
    (from the rule set; may be empty)."""

    flag: str
    meaning: str
    source: str = ""

    def as_json(self) -> dict:
        return {"flag": self.flag, "meaning": self.meaning, "source": self.source}


def case_blocks(case: Case, rule=None) -> list[Block]:
    """The blocks of ``case`` under ``rule`` (a :class:`~fieldvisit.domain.rules.RuleSet`; None:
    every flag PRODUCT.md names blocks, and a vulnerable customer needs approval), most severe
    first; ``[]`` when nothing blocks."""
    flags = rule.blocking_flags if rule is not None else BLOCKING_FLAGS
    out = []
    for flag in ORDER:
        if flag not in case.flags:
            continue
        source = rule.source(flag.value) if rule is not None else ""
        if flag is Flag.VULNERABLE:
            if rule is not None and rule.vulnerable == "block":
                out.append(Block(flag.value, msg("Vulnerable customer: no visit under {rules}; the office "
                                                 "decides on forbearance.", rules=rule.name), source))
            else:
                out.append(Block(flag.value, VULNERABLE_APPROVAL, source))
        elif flag in flags:
            out.append(Block(flag.value, MEANING[flag], source))
    return out
