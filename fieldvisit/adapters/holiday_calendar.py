"""Public holidays from the ``holidays`` package (offline data, no network): by country (ISO
3166-1 alpha-2) and optional subdivision (ISO 3166-2 suffix, e.g. ES + MD for Madrid, CN, MX +
CMX). Services reach it through the unit of work's ``calendar`` (ports.HolidayCalendar). The
package is imported at the first look-up (a workspace with no country never pays for it), and
each answer is kept in a small JSON cache (``<FIELDVISIT_HOME or the user cache folder>/holidays``,
one file per package version, country, region and years: public dates, no personal data), so a
plan run from the CLI does not load the package again (~0.15 s)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path


class UnknownRegion(ValueError):
    """A country or subdivision the holiday data does not know; the message says which exist."""


def _cache_file(country: str, subdivision: str, years: tuple[int, ...]) -> Path | None:
    """Where the answer for these arguments is kept; None when the package version is unknown."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("holidays")
    except PackageNotFoundError:
        return None
    if os.environ.get("FIELDVISIT_HOME"):
        root = Path(os.environ["FIELDVISIT_HOME"]) / "cache"
    else:
        from platformdirs import user_cache_dir

        root = Path(user_cache_dir("FieldVisit", "FieldVisit"))
    name = f"{release}-{country}-{subdivision or '_'}-{'-'.join(map(str, years))}.json"
    return root / "holidays" / name


def _cached(path: Path | None) -> dict[date, str] | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8")) if path is not None else None
        return {date.fromisoformat(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else None
    except (OSError, ValueError, TypeError, AttributeError):
        return None  # missing or damaged: computed again and rewritten


def _keep(path: Path | None, names: dict[date, str]) -> None:
    if path is None:
        return
    try:
        from fieldvisit.adapters.files.safe_write import private_folder

        private_folder(path.parent)  # FIELDVISIT_HOME (the workspace's folder too) stays owner-only
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({d.isoformat(): n for d, n in names.items()}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only or full disk only costs the next run the package's load


@lru_cache(maxsize=256)
def _names(country: str, subdivision: str, years: tuple[int, ...]) -> dict[date, str]:
    path = _cache_file(country, subdivision, years)
    found = _cached(path)
    if found is None:
        found = _computed(country, subdivision, years)
        _keep(path, found)
    return found


def _computed(country: str, subdivision: str, years: tuple[int, ...]) -> dict[date, str]:
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
