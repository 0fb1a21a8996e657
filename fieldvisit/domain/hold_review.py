"""Review items that hold a case rather than leave a value unset: a condition column whose cell
is unclear (``Deceased: maybe`` — the case is held), a time zone no row evidence decides (a US
case with no state and no coordinates), coordinates that cannot be in the case's country
(swapped, or on another continent: not stored, the address is geocoded), a geocoder's answer far
outside the case's country (not stored, the case keeps its zone). What a person may
answer to each, and the reading of that answer. Plain Python; used by
``services/hold_review.py``.

Answers (the text a person types or picks):

- a flag hold (column ``flags``, ``flag:*``, ``flag:<code>``): the flags the cell means
  (``deceased``, ``fallecido, abogado``), ``yes``/``no`` for a yes/no column, or ``none`` (the
  hold is lifted);
- a time zone (column ``timezone``): an IANA zone such as ``America/Chicago`` (any letter case);
- coordinates (column ``lat``): ``as written``, ``swapped`` or ``geocode`` (leave them out);
- a geocoder's answer (column ``geocoded``): ``as written`` (keep it) or ``geocode`` (leave it
  out: the case waits for a corrected address or a pin on the map).
"""

from __future__ import annotations

import difflib
import importlib.resources
from functools import lru_cache
from zoneinfo import available_timezones

from fieldvisit.domain.cases import Flag, FlagError
from fieldvisit.domain.flag_columns import FREE_TEXT, PREFIX, _norm, answer, words_to_flags
from fieldvisit.domain.status_columns import named_flags
from fieldvisit.domain.text import msg

ZONE_FIELD = "timezone"
POSITION_FIELD = "lat"
#: The column of a geocoder's answer that cannot be in the case's country.
GEOCODED_FIELD = "geocoded"
#: The answers to implausible coordinates, as stored.
AS_WRITTEN, SWAPPED, GEOCODE = "as written", "swapped", "geocode"
_POSITION_WORDS = {AS_WRITTEN: ("as written", "written", "keep", "file", "as is"),
                   SWAPPED: ("swapped", "swap", "swapped back"),
                   GEOCODE: ("geocode", "leave out", "none", "no", "address", "omit")}


class HoldReviewError(ValueError):
    """The answer a person typed does not settle the item (one sentence, what to write)."""


def is_flag_column(column: str) -> bool:
    return column == "flags" or column.startswith(PREFIX)


def review_kind(column: str) -> str:
    """``flag``, ``timezone``, ``position`` for the items of this module, else ``""``."""
    if is_flag_column(column):
        return "flag"
    return {ZONE_FIELD: "timezone", POSITION_FIELD: "position", GEOCODED_FIELD: "position"}.get(column, "")


def is_yes_no(column: str) -> bool:
    """A yes/no condition column (``flag:deceased``), not a free text of flags."""
    return column.startswith(PREFIX) and not column.startswith(FREE_TEXT)


def hold_flag(column: str) -> Flag:
    """The flag an unclear cell of ``column`` holds the case with: the column's own condition for
    a yes/no column, else do-not-visit."""
    if is_yes_no(column):
        return Flag(column[len(PREFIX):].split(":")[0])
    return Flag.DO_NOT_VISIT


def read_flag_answer(column: str, text: str) -> frozenset[Flag]:
    """The flags a person says the cell means. ``none``/``no`` → no flag (the hold is lifted);
    ``yes`` (a yes/no column) → that column's flag. Raises HoldReviewError when it names no flag."""
    text = (text or "").strip()
    if not text:
        raise HoldReviewError(msg("Type the flags the text means, e.g. deceased, or none."))
    said = answer(text)
    if said is not None:
        if said and not is_yes_no(column):
            raise HoldReviewError(msg("{text!r} does not say which flag; name it, e.g. dispute, or write none.",
                                      text=text))
        return frozenset({hold_flag(column)}) if said else frozenset()
    try:
        return words_to_flags(text)
    except FlagError as exc:
        known = ", ".join(f.value for f in Flag)
        raise HoldReviewError(msg("{exc}; write the flags the text means ({known}) or none.",
                                  exc=exc, known=known)) from None


def _reads(part: str) -> bool:
    try:
        return bool(words_to_flags(part))
    except FlagError:
        return False


def flag_candidates(column: str, text: str) -> list[str]:
    """Answers to offer: the column's flag for a yes/no column; for free text, for each part no
    flag reads (all parts when every one reads: a repeated row's ``deceased``) the flags it names
    or nearly names (``Dispute resolved`` → ``dispute``, ``Deceaced`` → ``deceased``), else the
    known flags closest to it (``dispite`` → ``dispute``); always ``none`` last."""
    if is_yes_no(column):
        return [hold_flag(column).value, "none"]
    names = [f.value for f in Flag]
    out: list[str] = []
    parts = [p for p in text.replace(";", ",").split(",") if _norm(p)]
    unknown = [p for p in parts if not _reads(p)] or parts  # all read: the hold is the whole text's
    for part in unknown:
        named = [f.value for f in named_flags(part)]  # "Dispute resolved" → dispute, "Deceaced" → deceased
        out += named or difflib.get_close_matches(_norm(part).replace(" ", "_"), names, n=2, cutoff=0.6)
    return [*dict.fromkeys(out), "none"]


@lru_cache(maxsize=1)
def _zones_by_key() -> dict[str, str]:
    return {z.casefold(): z for z in available_timezones()}


def read_zone(text: str) -> str:
    """An IANA zone as a person typed it (``america/chicago`` → ``America/Chicago``); raises
    HoldReviewError when it is none."""
    zone = _zones_by_key().get((text or "").strip().replace(" ", "_").casefold())
    if zone is None:
        raise HoldReviewError(msg("{text!r} is not an IANA time zone; write one such as America/Chicago.",
                                  text=(text or "").strip()))
    return zone


@lru_cache(maxsize=64)
def zone_candidates(country: str) -> list[str]:
    """The zones people of ``country`` live in, as tzdata lists them (``US`` → New York,
    Chicago, Denver…); at most 12."""
    from fieldvisit.domain.case_places import province_zones

    found = province_zones(country)
    if not found:
        tab = importlib.resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
        found = [line.split("\t")[2] for line in tab.splitlines()
                 if line.startswith(f"{(country or '').upper()}\t")]
    return list(dict.fromkeys(found))[:12]


def position_text(lat: float, lon: float) -> str:
    """The coordinates as the item keeps them: ``"40.4168, -3.7038"`` (latitude first, as written)."""
    return f"{lat!r}, {lon!r}"


def read_position_answer(text: str) -> str:
    """:data:`AS_WRITTEN`, :data:`SWAPPED` or :data:`GEOCODE` from what a person typed; raises
    HoldReviewError otherwise."""
    t = " ".join((text or "").strip().casefold().replace("_", " ").replace("-", " ").split())
    for choice, words in _POSITION_WORDS.items():
        if t in words:
            return choice
    raise HoldReviewError(msg("Answer 'as written', 'swapped' or 'geocode' (leave the coordinates out)."))


def position_of(text: str, choice: str) -> tuple[float, float] | None:
    """The ``(lat, lon)`` to store for ``choice`` over the item's ``text``, or None (geocode).
    Raises HoldReviewError when the pair cannot be a place on Earth that way."""
    if choice == GEOCODE:
        return None
    try:
        lat, lon = (float(p) for p in text.split(","))
    except ValueError:
        raise HoldReviewError(msg("{text!r} are not coordinates; leave them out (geocode).", text=text)) from None
    if choice == SWAPPED:
        lat, lon = lon, lat
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise HoldReviewError(msg("Latitude {lat} is outside -90..90 read that way; choose another answer.",
                                  lat=f"{lat:g}"))
    return lat, lon


def review_text(column: str, values: dict, case, decimal_comma: bool | None = None, message: str = "") -> str:
    """The text a review item of ``column`` keeps from its row (``values``: canonical column →
    raw cell; ``case``: the case read from it): the coordinates as :func:`position_text`, the
    address and country of a case whose zone is undecided, the readings a ``message`` offers
    (a due date the days past due contradict: ``"2026-06-01 or 2026-11-25"``), else the cell as
    written. A person's decision is given again when the same text comes back for the case."""
    from fieldvisit.domain.cells import cell_text, coordinate

    if readings := getattr(message, "params", {}).get("readings"):
        return readings

    if column == POSITION_FIELD:
        try:
            return position_text(coordinate(values.get("lat"), decimal_comma),
                                 coordinate(values.get("lon"), decimal_comma))
        except (TypeError, ValueError):
            return f"{cell_text(values.get('lat'))}, {cell_text(values.get('lon'))}"
    if column == ZONE_FIELD and case is not None:
        # "Main Street 12, Springfield (US)"; no empty "()" when no country is known
        return f"{case.address} ({case.country})" if case.address and case.country else case.address or case.country
    return cell_text(values.get(column))
