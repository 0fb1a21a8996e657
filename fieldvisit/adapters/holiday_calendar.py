"""Public holidays from the ``holidays`` package (offline data, no network): by country (ISO
3166-1 alpha-2) and optional subdivision (ISO 3166-2 suffix, e.g. ES + MD for Madrid, CN, MX +
CMX). Services reach it through the unit of work's ``calendar`` (ports.HolidayCalendar). The
package is imported at the first look-up (a workspace with no country never pays for it), and
each answer is kept in a small JSON cache (``<FIELDVISIT_HOME or the user cache folder>/holidays``,
one file per package version, country, region and years: public dates, no personal data), so a
plan run from the CLI does not load the package again (~0.15 s).

Names come in the interface's language where the package has it for the country (``set_language``,
called when the interface language is installed; English otherwise, as the CLI speaks), else in
the package's default for the country (usually its own language). ``weekend_workdays`` gives the
weekend days a country made official working days (China's 调休 make-up days).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path


#: The interface language (``en``, ``es``, ``zh_CN``): holiday names are shown in it where possible.
_language = "en"


def set_language(language: str) -> None:
    """Holiday names from now on in ``language`` (an interface language code) where available."""
    global _language
    _language = language or "en"


class UnknownRegion(ValueError):
    """A country or subdivision the holiday data does not know; the message says which exist."""


def _cache_file(country: str, subdivision: str, years: tuple[int, ...], language: str = "",
                kind: str = "json") -> Path | None:
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
    name = f"{release}-{language or '_'}-{country}-{subdivision or '_'}-{'-'.join(map(str, years))}.{kind}"
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
    _write_cache(path, json.dumps({d.isoformat(): n for d, n in names.items()}, ensure_ascii=False))


def _write_cache(path: Path, text: str) -> None:
    """Keep ``text`` at ``path``: the cache folders (``cache/`` and ``cache/holidays/``, FieldVisit's
    own) owner-only (0700, also when an earlier version made them 0755), the file 0600."""
    try:
        from fieldvisit.adapters.files.safe_write import PRIVATE_FILE, PRIVATE_FOLDER, private_folder

        private_folder(path.parent)  # FIELDVISIT_HOME (the workspace's folder too) stays owner-only
        for folder in (path.parent, path.parent.parent):  # holidays/ and cache/
            if not folder.is_symlink() and folder.stat().st_mode & 0o777 != PRIVATE_FOLDER:
                os.chmod(folder, PRIVATE_FOLDER)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only or full disk only costs the next run the package's load


@lru_cache(maxsize=256)
def _names(country: str, subdivision: str, years: tuple[int, ...], language: str = "en") -> dict[date, str]:
    path = _cache_file(country, subdivision, years, language)
    found = _cached(path)
    if found is None:
        found = dict(sorted(_computed(country, subdivision, years, language).items()))
        _keep(path, found)
    return found


def _package_language(supported, language: str) -> str | None:
    """The package's language code closest to the interface's: the same code, else the same
    language in another country (``en`` → ``en_US``); None: the package default."""
    supported = tuple(supported or ())
    if language in supported:
        return language
    if language.startswith("zh"):
        return None  # simplified and traditional Chinese are not swapped for each other
    base = language.split("_")[0]
    same = sorted(c for c in supported if c.split("_")[0] == base)
    return ("en_US" if "en_US" in same else same[0]) if same else None


def _computed(country: str, subdivision: str, years: tuple[int, ...], language: str = ""):
    """The package's holiday object (a ``{date: name}`` mapping) for these arguments."""
    import holidays

    try:
        found = holidays.country_holidays(country, subdiv=subdivision or None, years=years)
        wanted = _package_language(getattr(found, "supported_languages", ()), language) if language else None
        if wanted and wanted != getattr(found, "default_language", None):
            found = holidays.country_holidays(country, subdiv=subdivision or None, years=years, language=wanted)
    except NotImplementedError:
        known = holidays.list_supported_countries().get(country)
        if known is None:
            return {}  # no holiday data for this country: nothing to skip, not an error
        shown = ", ".join(known[:40]) + (" …" if len(known) > 40 else "")
        raise UnknownRegion(f"{subdivision!r} is not a region of {country} in the holiday calendar; "
                            f"use one of {shown}") from None
    return found


def holiday_names(country: str, subdivision: str, years: Iterable[int]) -> dict[date, str]:
    """``{date: name}`` of the public holidays of ``country`` (and ``subdivision``) in ``years``;
    empty for an empty or unknown country. Raises UnknownRegion for a subdivision it lacks."""
    country = (country or "").upper()
    if not country:
        return {}
    return dict(_names(country, (subdivision or "").upper(), tuple(sorted(set(years))), _language))


def public_holidays(country: str, subdivision: str, years: Iterable[int]) -> frozenset[date]:
    """The public holiday dates (CONTRACTS #5)."""
    return frozenset(holiday_names(country, subdivision, years))


@lru_cache(maxsize=256)
def _workdays(country: str, subdivision: str, years: tuple[int, ...]) -> frozenset[date]:
    path = _cache_file(country, subdivision, years, kind="workdays.json")
    try:
        return frozenset(date.fromisoformat(d) for d in json.loads(path.read_text(encoding="utf-8")))  # type: ignore[union-attr]
    except (OSError, ValueError, TypeError, AttributeError):
        pass
    found = _computed(country, subdivision, years)
    days = frozenset(d for d in getattr(found, "weekend_workdays", ()) if d.year in years)
    if path is not None:
        _write_cache(path, json.dumps(sorted(d.isoformat() for d in days)))
    return days


def weekend_workdays(country: str, subdivision: str, years: Iterable[int]) -> frozenset[date]:
    """Saturdays and Sundays that ``country`` made official working days in ``years`` (China's
    调休 make-up days, from the package's ``weekend_workdays``); empty for most countries and for
    an empty or unknown one. Raises UnknownRegion for a subdivision the data lacks."""
    country = (country or "").upper()
    if not country:
        return frozenset()
    return _workdays(country, (subdivision or "").upper(), tuple(sorted(set(years))))


@lru_cache(maxsize=1)
def supported_countries() -> dict[str, str]:
    """``{ISO alpha-2 code: English name}`` of every country the ``holidays`` package has public
    holidays for, sorted by code (about 250): the countries a workspace may choose."""
    import holidays
    from babel import Locale

    names = Locale("en").territories
    return {code: names.get(code, code) for code in sorted(holidays.list_supported_countries())
            if len(code) == 2 and code.isalpha()}
