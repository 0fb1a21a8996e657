"""A promise to pay dated on a Sunday or a public holiday (PRODUCT.md: "If the date falls on a
Sunday or holiday, agree the next business day explicitly"): the note that names the day and
the next business day, for ``visits add``, the visit form before saving, and the supervisor's
report (it is stored with the visit's warnings); and a business day for the form's default date.
Business days are those of the repayment proposals (``domain.repayment``): not a Sunday (unless
the country made it a working day, China's 调休) and not a public holiday of the workspace's
calendar or of the debtor's country and region (the one its address, postcode or zone tells),
nor an office closure."""

from __future__ import annotations

from datetime import date

from fieldvisit.domain.promises import far_promise_note
from fieldvisit.domain.repayment import is_business_day, next_business_day
from fieldvisit.domain.text import msg
from fieldvisit.services.holidays import case_holiday_names, holiday_calendar
from fieldvisit.services.ports import UnitOfWork


def days_off(uow: UnitOfWork, case, years) -> tuple[dict[date, str], frozenset[date]]:
    """``({date: holiday name}, weekend working days)`` for the debtor of ``case`` in ``years``:
    the workspace's days off plus the public holidays of the case's country and of every region
    it may be in (services.holidays.case_holiday_names: its address, postcode or zone, else the
    workspace's region). Call inside ``with uow``. Raises UserError when the holidays settings are
    wrong."""
    years = sorted(set(years))
    names = dict(holiday_calendar(uow, years))
    country = (case.country or "").upper()
    for day, name in case_holiday_names(uow, case, years).items():
        names.setdefault(day, name)
    workdays: frozenset[date] = frozenset()
    if country:
        try:
            workdays = frozenset(uow.workdays(country, "", years))
        except ValueError:  # a country the holidays data does not know: the workspace's days only
            pass
    return names, workdays


def promise_notes(uow: UnitOfWork, case, promised: date, made_on: date) -> list[str]:
    """Every note for a promise to pay on ``promised`` made on ``made_on`` (the visit's local day):
    beyond the three days a promise is pinned to (domain.promises.far_promise_note), and a Sunday
    or a public holiday (:func:`promise_day_note`). Call inside ``with uow``."""
    names, workdays = days_off(uow, case, [made_on.year, made_on.year + 1])
    far = far_promise_note(promised, made_on, frozenset(names), workdays)
    day = promise_day_note(uow, case, promised)
    return [n for n in (far, day) if n]


def promise_day_note(uow: UnitOfWork, case, promised: date) -> str | None:
    """The note for a promise to pay on ``promised`` when it is a Sunday or a public holiday
    ("the promised date Tue 08 Dec 2026 is a public holiday (Inmaculada Concepción): agree the
    next business day, Wed 09 Dec 2026, explicitly"), else None. Call inside ``with uow``."""
    names, workdays = days_off(uow, case, [promised.year, promised.year + 1])
    holidays = frozenset(names)
    if is_business_day(promised, holidays, workdays):
        return None
    following = next_business_day(promised, holidays, workdays)
    if promised in names:
        return msg("the promised date {day} is a public holiday ({name}): agree the next business day, {next}, "
                   "explicitly", day=promised, name=names[promised], next=following)
    return msg("the promised date {day} is a Sunday: agree the next business day, {next}, explicitly",
               day=promised, next=following)


def business_day_from(uow: UnitOfWork, case_id: str, day: date) -> date:
    """The first business day on or after ``day`` for the debtor of ``case_id`` (the visit form's
    default promise date); ``day`` itself for an unknown case."""
    with uow:
        case = uow.cases.get(case_id)
        if case is None:
            return day
        names, workdays = days_off(uow, case, [day.year, day.year + 1])
    return next_business_day(day, frozenset(names), workdays)


def promise_note_for(uow: UnitOfWork, case_id: str, promised: date, made_on: date | None = None) -> list[str]:
    """:func:`promise_notes` for the case ``case_id`` made on ``made_on`` (default today); empty
    for an unknown case: what the visit form shows under the promise date before saving."""
    with uow:
        case = uow.cases.get(case_id)
        return [] if case is None else promise_notes(uow, case, promised, made_on or date.today())


__all__ = ["business_day_from", "days_off", "promise_day_note", "promise_note_for", "promise_notes"]
