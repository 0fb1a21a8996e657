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


def workspace_region(uow: UnitOfWork) -> tuple[str, str]:
    """``(country, holidays_region)`` of the workspace's settings, upper case. Call inside ``with uow``."""
    return ((uow.settings.get("country") or "").upper(), (uow.settings.get("holidays_region") or "").upper())


def case_regions_of(uow: UnitOfWork, case, workspace: tuple[str, str] | None = None) -> frozenset[str]:
    """The holiday regions a case may be in (domain.holiday_regions: the region named in its
    address, its postcode, or its zone), else the workspace's ``holidays_region`` when the case is
    in the workspace's country, else none (national holidays only). ``workspace``: the
    :func:`workspace_region` read once by a caller with many cases. Call inside ``with uow``."""
    from fieldvisit.domain.holiday_regions import case_regions

    country = (case.country or "").upper()
    found = case_regions(country, case.address or "", case.timezone or "")
    if found:
        return found
    ws_country, ws_region = workspace if workspace is not None else workspace_region(uow)
    return frozenset({ws_region}) if country and country == ws_country and ws_region else frozenset()


def region_holiday_names(uow: UnitOfWork, country: str, regions, years) -> dict:
    """``{date: name}`` of the public holidays of ``country`` (ISO code) national and in ANY of
    ``regions`` (a day that may be a holiday where the customer lives counts: conservative), in
    ``years``. A region or country the holiday data does not know adds nothing. Calendars are
    asked once per distinct region (cached by the adapter). Call inside ``with uow``."""
    names: dict = {}
    if not country:
        return names
    for region in ("", *sorted(regions)):
        try:
            for day, name in uow.calendar(country, region, list(years)).items():
                names.setdefault(day, name)
        except ValueError:
            continue
    return names


def case_holiday_names(uow: UnitOfWork, case, years) -> dict:
    """``{date: name}`` of the public holidays where the debtor of ``case`` may live (its
    country's, and its regions' from :func:`case_regions_of`). Call inside ``with uow``."""
    return region_holiday_names(uow, (case.country or "").upper(), case_regions_of(uow, case), years)
