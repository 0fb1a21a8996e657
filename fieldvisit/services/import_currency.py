"""Amounts a file gives without any currency (BRK15 #8): a new case's wait in the review queue
with their currency (:data:`~fieldvisit.domain.row_money.NO_CURRENCY`); a case already stored
with a currency takes its amounts in that currency (a lender's file imported again), as a blank
balance keeps a stored case's balance. Only files with such items pay for this."""

from __future__ import annotations

from fieldvisit.domain.money import AmountError, parse_money
from fieldvisit.domain.row_money import no_currency_in
from fieldvisit.services.ports import UnitOfWork


def in_stored_currency(uow: UnitOfWork, good: list, stored, review: list[dict],
                       decimal_comma: bool | None) -> tuple[list, list[dict]]:
    """``(good, review)`` with the no-currency amounts of stored cases that have a currency read
    in it (set on the case and marked present; their review items dropped). ``good``: the
    import's ``(row, case, present)``; ``stored``: the stored case ids; ``review``: the import's
    items ``{case_id, column, error, text}``. An amount still ambiguous in that currency keeps
    its item. Call inside ``with uow``."""
    waiting: dict[str, list[dict]] = {}
    for item in review:
        if item["case_id"] in stored and no_currency_in(item["error"] or ""):
            waiting.setdefault(item["case_id"], []).append(item)
    settled: dict[str, dict[str, object]] = {}
    for case_id, items in waiting.items():
        case = uow.cases.get(case_id)
        if case is None or not case.currency:
            continue
        try:
            settled[case_id] = {i["column"]: parse_money(i["text"], decimal_comma, case.currency)[0] for i in items}
        except AmountError:  # AmbiguousAmount too: a person decides
            continue
    if not settled:
        return good, review
    out = []
    for number, case, present in good:
        if case.case_id in settled:
            for column, value in settled[case.case_id].items():
                setattr(case, column, value)
            present = present | settled[case.case_id].keys()
        out.append((number, case, present))
    return out, [i for i in review if not (i["case_id"] in settled and i["column"] in settled[i["case_id"]]
                                          and no_currency_in(i["error"] or ""))]
