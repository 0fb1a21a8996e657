"""Public holidays from the ``holidays`` package (offline data, no network): by country (ISO
3166-1 alpha-2) and optional subdivision (ISO 3166-2 suffix, e.g. ES + MD for Madrid, CN, MX +
CMX). Services reach it through the unit of work's ``calendar`` (ports.HolidayCalendar). The
package is imported at the first look-up (a workspace with no country never pays for it)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache


class UnknownRegion(ValueError):
    """A country or subdivision the holiday data does not know; the message says which exist."""


@lru_cache(maxsize=256)
def _names(country: str, subdivision: str, years: tuple[int, ...]) -> dict[date, str]:
    import holidays

    try:
        found = holidays.country_holidays(country, subdiv=subdivision or None, years=years)
    except NotImplementedError:
        known = holidays.list_supported_countries().get(country)
        if known is None:
            return {}  # no holiday data for this country: nothing to skip, not an error
        shown = ", ".join(known[:40]) + (" …" if len(known) > 40 else "")
        raise UnknownRegion(f"{subdivision!r} is not a region of {country} in the holiday calendar; "
                            f"use one of {shown}") from None
    return dict(sorted(found.items()))


def holiday_names(country: str, subdivision: str, years: Iterable[int]) -> dict[date, str]:
    """``{date: name}`` of the public holidays of ``country`` (and ``subdivision``) in ``years``;
    empty for an empty or unknown country. Raises UnknownRegion for a subdivision it lacks."""
    country = (country or "").upper()
    if not country:
        return {}
    return dict(_names(country, (subdivision or "").upper(), tuple(sorted(set(years)))))


def public_holidays(country: str, subdivision: str, years: Iterable[int]) -> frozenset[date]:
    """The public holiday dates (CONTRACTS #5)."""
    return frozenset(holiday_names(country, subdivision, years))
