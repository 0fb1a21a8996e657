"""Days off of the workspace: the public holidays of its country and region (settings ``country``,
``holidays_region``; data from the ``holidays`` package behind ``uow.calendar``) plus the office
closures typed in Settings (setting ``holidays``). Repayment proposals and the planners use them
(CONTRACTS #5)."""

from __future__ import annotations

from datetime import date

from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork


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


def workdays_of(uow: UnitOfWork, as_of: date | None = None, years=None) -> frozenset[date]:
    """The weekend days the workspace's country made official working days (China's 调休), from
    ``as_of``'s year to two years on (or in ``years``). Call inside ``with uow``."""
    year = (as_of or date.today()).year
    try:
        return uow.workdays(uow.settings.get("country") or "", uow.settings.get("holidays_region") or "",
                            years or range(year, year + 3))
    except ValueError as exc:
        raise UserError(msg('The holidays region setting is wrong: {exc}.', exc=exc)) from None


def holidays_of(uow: UnitOfWork, as_of: date | None = None) -> frozenset[date]:
    """Every day off (public holidays and office closures) from ``as_of``'s year to two years on —
    as far as a repayment schedule reaches. Call inside ``with uow``."""
    year = (as_of or date.today()).year
    return frozenset(holiday_calendar(uow, range(year, year + 3)))
