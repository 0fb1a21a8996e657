"""Use case: the preparation sheet of a case, or of every stop of a planned day (in route order)."""

from __future__ import annotations

from datetime import date

from fieldvisit.domain.prep import History, PrepSheet, build_sheet
from fieldvisit.domain.text import clip, msg
from fieldvisit.services.day_state import latest_plans
from fieldvisit.services.errors import UserError
from fieldvisit.services.holidays import case_holiday_names, holidays_of, workdays_of
from fieldvisit.services.ports import UnitOfWork
from fieldvisit.services.visit_record import history_index
from fieldvisit.services.window_review import fields_to_review


def sheet_from_history(uow: UnitOfWork, case, history: dict, day: date,
                       to_review: frozenset[str] = frozenset(), rules=None, context=None) -> PrepSheet:
    """The sheet of ``case`` on ``day`` given what its visit record says (``history``: a dict as
    ``visit_record.history_of`` makes it; missing counts are 0), with the workspace's days off and
    the public holidays of the case's country and region (services.holidays.case_holiday_names),
    the case's conduct rule set from ``rules`` (a RuleBook; None: every blocking flag blocks) and
    the supervisor's override for ``day`` if any (a blocked case without one gets no offer);
    ``context``: :func:`day_context` of ``day`` when the caller already has it (a batch of visits).
    Call inside ``with uow``. Raises UserError when the holidays settings are wrong."""
    counts = History(promises_kept=history.get("promises_kept", 0), promises_broken=history.get("promises_broken", 0),
                     refusals=history.get("refusals", 0), contacts=history.get("contacts", 0))
    rule = rules.for_country(case.country) if rules is not None else None
    holidays, workdays, overrides = (day_context(uow, day) if context is None else context)
    holidays = holidays | frozenset(case_holiday_names(uow, case, range(day.year, day.year + 3)))  # its own region's
    return build_sheet(case, day, counts, holidays=holidays, workdays=workdays,
                       to_review=to_review, rule=rule, override=overrides.get(case.case_id))


def day_context(uow: UnitOfWork, day: date) -> tuple[frozenset[date], frozenset[date], dict[str, dict]]:
    """What every sheet on ``day`` reads besides its case: the workspace's days off, the weekend
    working days and the supervisors' overrides (case_id → override); each sheet adds its case's
    own region's holidays. Call inside ``with uow``."""
    return holidays_of(uow, day), workdays_of(uow, day), uow.overrides.for_day(day)


def prep_sheet(uow: UnitOfWork, case_id: str, as_of: date, rules=None) -> PrepSheet:
    """The preparation sheet of one case as of ``as_of`` under ``rules`` (the conduct RuleBook;
    None: every blocking flag blocks). Raises UserError for an unknown case or one with nothing
    outstanding."""
    with uow:
        case = uow.cases.get(case_id)
    if case is None:
        raise UserError(msg("No case with id {case_id}; check it with 'fieldvisit cases list'.",
                            case_id=clip(case_id)))
    with uow:
        # values, appointment texts and currencies waiting in the review queue (BRK2 #6)
        pending = frozenset(fields_to_review(uow, windows=True).get(case_id, ()))
    if case.balance is not None and case.balance <= 0 and "balance" not in pending:  # unknown: asked about
        raise UserError(msg('Case {case_id} has nothing outstanding; no preparation sheet is needed.', case_id=case_id))
    history = history_index(uow, as_of).get(case_id, {})
    with uow:
        sheet = sheet_from_history(uow, case, history, as_of, pending, rules)
    return sheet


def day_pack(uow: UnitOfWork, day: date, collector: str | None, as_of: date,
             rules=None) -> tuple[dict, list[PrepSheet]]:
    """The latest plan of the day and the sheets of its stops in route order (``rules``: as for
    :func:`prep_sheet`)."""
    plans = latest_plans(uow, day, collector)
    if not plans:
        raise UserError(msg("No plan on {isoformat}; run 'fieldvisit plan --date {isoformat}' first.",
                            isoformat=day.isoformat()))
    if len(plans) > 1:
        raise UserError(msg('Several collectors have plans that day; choose one with --collector.'))
    plan = plans[0]
    return plan, [prep_sheet(uow, s["case_id"], as_of, rules) for s in plan["stops"]]
