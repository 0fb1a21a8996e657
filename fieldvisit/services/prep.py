"""Use case: the preparation sheet of a case, or of every stop of a planned day (in route order)."""

from __future__ import annotations

from datetime import date

from fieldvisit.domain.prep import History, PrepSheet, build_sheet
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork
from fieldvisit.services.visits import history_index


def office_closures(text: str) -> frozenset[date]:
    """Workspace setting ``holidays``: comma-separated ISO dates the office adds to the public
    holidays (closures, local feasts). Raises UserError on a part that is not a date."""
    out = set()
    for part in (text or "").split(","):
        if part.strip():
            try:
                out.add(date.fromisoformat(part.strip()))
            except ValueError:
                raise UserError(msg('The holidays setting has {strip}, which is not a YYYY-MM-DD date.',
                                    strip=repr(part.strip()))) from None
    return frozenset(out)


def holiday_calendar(uow: UnitOfWork, years) -> dict[date, str]:
    """``{date: name}``: the public holidays of the workspace's country and region (settings
    ``country``, ``holidays_region``) in ``years``, plus the office closures. Call inside ``with uow``."""
    country = uow.settings.get("country") or ""
    region = uow.settings.get("holidays_region") or ""
    try:
        names = dict(uow.calendar(country, region, years))
    except ValueError as exc:
        raise UserError(msg('The holidays region setting is wrong: {exc}.', exc=exc)) from None
    for day in office_closures(uow.settings.get("holidays") or ""):
        names.setdefault(day, "office closure")
    return names


def holidays_of(uow: UnitOfWork, as_of: date | None = None) -> frozenset[date]:
    """Every day off (public holidays and office closures) from ``as_of``'s year to two years on —
    as far as a repayment schedule reaches. Call inside ``with uow``."""
    year = (as_of or date.today()).year
    return frozenset(holiday_calendar(uow, range(year, year + 3)))


def prep_sheet(uow: UnitOfWork, case_id: str, as_of: date) -> PrepSheet:
    with uow:
        case = uow.cases.get(case_id)
        holidays = holidays_of(uow, as_of)
    if case is None:
        raise UserError(msg("No case with id {case_id}; check it with 'fieldvisit cases list'.", case_id=case_id))
    if case.balance <= 0:
        raise UserError(msg('Case {case_id} has nothing outstanding; no preparation sheet is needed.', case_id=case_id))
    h = history_index(uow, as_of).get(case_id, {})
    history = History(promises_kept=h.get("promises_kept", 0), promises_broken=h.get("promises_broken", 0),
                      refusals=h.get("refusals", 0), contacts=h.get("contacts", 0))
    return build_sheet(case, as_of, history, holidays=holidays)


def day_pack(uow: UnitOfWork, day: date, collector: str | None, as_of: date) -> tuple[dict, list[PrepSheet]]:
    """The latest plan of the day and the sheets of its stops in route order."""
    with uow:
        plans = uow.plans.latest(day, collector)
    if not plans:
        raise UserError(msg("No plan on {isoformat}; run 'fieldvisit plan --date {isoformat}' first.",
                            isoformat=day.isoformat()))
    if len(plans) > 1:
        raise UserError(msg('Several collectors have plans that day; choose one with --collector.'))
    plan = plans[0]
    return plan, [prep_sheet(uow, s["case_id"], as_of) for s in plan["stops"]]
