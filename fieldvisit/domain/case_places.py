"""Where a case is, checked against its country: coordinates that cannot be in the country
(swapped latitude and longitude, a point on another continent) and the time zone of a case in a
country with several zones (a state or province name tells, else the coordinates, else a person).

Plain Python: the zone by coordinates is asked of the caller's ``zone_for`` (timezonefinder in the
adapters); states and provinces are named by ISO 3166-2 (pycountry) or their usual codes.

Bounding boxes: :mod:`.country_boxes` (Natural Earth's admin-0 map subunits, a country's own
and those under the same sovereign). A point is implausible when it lies outside every box of its
country by more than :data:`MARGIN_DEGREES`; a code with no land in the data is not checked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from fieldvisit.domain.conventions import US_STATE_ZONES
from fieldvisit.domain.country_boxes import country_boxes
from fieldvisit.domain.subdivision_zones import ONE_CIVIL_TIME
from fieldvisit.domain.subdivisions import countries_of_region, region_zone
from fieldvisit.domain.text import msg
from fieldvisit.domain.zone_places import far_place_zone, straddle_note

#: How far outside its boxes a point may lie (degrees): the boxes leave out the smallest pieces
#: of land (Melilla lies 0.7° south of the box of Spain).
MARGIN_DEGREES = 0.75


def _inside(boxes: tuple, lat: float, lon: float) -> bool:
    m = MARGIN_DEGREES
    for a, b, c, d in boxes:  # a loop, not any(...): this runs once per imported row
        if a - m <= lat <= b + m and c - m <= lon <= d + m:
            return True
    return False


@lru_cache(maxsize=512)
def _widened_boxes(country: str) -> tuple[tuple[float, float, float, float], ...]:
    """The boxes of ``country`` (as a row writes it) widened by :data:`MARGIN_DEGREES`, as
    :func:`_inside` widens them."""
    m = MARGIN_DEGREES
    return tuple((a - m, b + m, c - m, d + m) for a, b, c, d in country_boxes((country or "").upper()))


def implausible_position(country: str, lat: float, lon: float) -> str | None:
    """The reason ``(lat, lon)`` (degrees) cannot be a place in ``country`` (ISO code), or None
    when it can be or the country is not one with boxes."""
    for a, b, c, d in _widened_boxes(country):  # inline: this runs once per imported row
        if a <= lat <= b and c <= lon <= d:
            return None
    country = (country or "").upper()
    boxes = country_boxes(country)
    if not boxes:
        return None
    if -90 <= lon <= 90 and _inside(boxes, lon, lat):
        return (f"latitude {lat:g}, longitude {lon:g} is not in {country}; latitude and longitude look swapped "
                f"({lon:g}, {lat:g} is); check the coordinates")
    return (f"latitude {lat:g}, longitude {lon:g} is far outside {country}; check the coordinates or the "
            "country (they are not stored)")


def geocoded_outside(country: str, lat: float, lon: float):
    """The reason a geocoder's answer ``(lat, lon)`` cannot be the place of a case in
    ``country`` — it lies far outside it, as :func:`implausible_position` tells an import's
    coordinates — or None. Such an answer is not stored and never moves the case's zone."""
    if implausible_position(country, lat, lon) is None:
        return None
    return msg("the geocoder placed the address at latitude {lat}, longitude {lon}, far outside {country}; check "
               "the address and the country, or place the case on the map (the answer is not stored)",
               lat=f"{lat:g}", lon=f"{lon:g}", country=(country or "").upper())


#: Provinces and territories of Canada and Australia (ISO 3166-2 codes) → their zone.
_PROVINCE_ZONES = {
    "CA": {"AB": "America/Edmonton", "BC": "America/Vancouver", "MB": "America/Winnipeg", "NB": "America/Moncton",
           "NL": "America/St_Johns", "NS": "America/Halifax", "NT": "America/Yellowknife", "NU": "America/Iqaluit",
           "ON": "America/Toronto", "PE": "America/Halifax", "QC": "America/Toronto", "SK": "America/Regina",
           "YT": "America/Whitehorse"},
    "AU": {"NSW": "Australia/Sydney", "ACT": "Australia/Sydney", "VIC": "Australia/Melbourne",
           "QLD": "Australia/Brisbane", "SA": "Australia/Adelaide", "WA": "Australia/Perth",
           "TAS": "Australia/Hobart", "NT": "Australia/Darwin"},
    "US": US_STATE_ZONES,
}

#: Countries whose people live in more than one civil time (tzdata); without a state, province
#: or coordinates their cases' zone is a question for a person.
SEVERAL_ZONES = frozenset("US CA MX BR AU RU ID MN CD EC NZ PF KI FM UA".split())  # KZ: one time since 2024


#: Words of every "zone undecided" reason (:func:`case_zone`): an appointment held for this
#: reason is read again once a person chooses the zone.
ZONE_UNDECIDED = "has several time zones"


def zone_undecided(reason: str) -> bool:
    """Whether a review reason is :func:`case_zone`'s "the zone cannot be told"."""
    return ZONE_UNDECIDED in reason


def province_zones(country: str) -> list[str]:
    """The distinct zones of ``country``'s states or provinces (US, Canada, Australia), the zone
    of most of them first; else []."""
    from collections import Counter

    counts = Counter(_PROVINCE_ZONES.get((country or "").upper(), {}).values())
    return [zone for zone, _ in counts.most_common()]  # the zone of most states first


def _plain(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"\s+", " ", "".join(c for c in t if not unicodedata.combining(c))).strip()


def _subdivision_code(country: str, region: str) -> str:
    """``("US", "Texas")`` → ``"TX"``; a code stays a code; '' when not a subdivision of it."""
    raw = region.strip()
    table = _PROVINCE_ZONES.get(country, {})
    if raw.upper() in table:
        return raw.upper()
    import pycountry

    key = _plain(re.sub(r"\[.*?\]|\(.*?\)", " ", raw))
    for sub in pycountry.subdivisions.get(country_code=country) or ():
        if _plain(re.sub(r"\[.*?\]", " ", sub.name)) == key:
            return sub.code.split("-", 1)[1]
    return ""


def case_zone(country: str, region: str, address: str, lat: float | None, lon: float | None,
              zone_for: Callable[[str, float | None, float | None], str | None] | None,
              default: str | None, *, default_given: bool = True) -> tuple[str | None, str | None]:
    """The IANA zone of a case and, when it cannot be told, the reason it goes to review.

    The order: a far place of the country by its postcode or name (the Canaries, the French
    overseas departments, the Azores …: :mod:`.zone_places`), the state or province (``region``:
    a name or a code, for the US, Canada, Australia, Mexico, Brazil …), then the
    coordinates (``zone_for``), then the country when it has one zone (or one where nearly
    everyone lives: China, Spain outside the Canaries). A country with several zones and none of
    these → ``(default, reason)``: its appointment times cannot be placed. So is a case with no
    country at all when ``default`` is a zone nobody gave (``default_given`` False: the
    computer's zone, not the workspace's setting).

    Whenever nothing tells the zone, ``default`` comes back: a caller that must not store a
    guess (a re-import over a stored zone) passes None and gets None then."""
    if lat is not None and country and zone_for is not None:  # most rows of big files: one question
        return zone_for(country.upper(), lat, lon) or default, None
    country = (country or "").upper()
    if not country and region.strip():
        found = countries_of_region(region)
        country = next(iter(found)) if len(found) == 1 else ""
    if lat is None and (far := far_place_zone(country, region, address)):
        return far, None
    if lat is None and region.strip():
        if country in _PROVINCE_ZONES:
            code = _subdivision_code(country, region)
            if code:
                return _PROVINCE_ZONES[country][code], None
        zone = region_zone(country, region)
        if zone:
            return zone, None
    if lat is None and country in ONE_CIVIL_TIME:
        return ONE_CIVIL_TIME[country], None
    if lat is None and not region.strip() and country in SEVERAL_ZONES:  # "12 Queen St, Auckland"
        named = {z for part in address.split(",")[1:] if (z := region_zone(country, part))}
        if len(named) == 1:
            return named.pop(), None
    found = zone_for(country, lat, lon) if zone_for else None
    if found:
        return found, None
    if country in SEVERAL_ZONES and lat is None and zone_for is not None and region.strip():
        return default, (f"the region {region.strip()!r} is not one FieldVisit can place in the time zones of "
                         f"{country}, so its appointment times cannot be placed; add coordinates or a Timezone column")
    if country in SEVERAL_ZONES and lat is None and zone_for is not None:
        where = "the state or province" if country in ("US", "MX", "CA", "BR", "AU", "RU") else "the region"
        return default, (f"{country} {ZONE_UNDECIDED} and the row gives neither {where} nor coordinates, "
                         "so its appointment times cannot be placed; add a State/Province column or coordinates")
    if not country and not default_given and lat is None:
        return default, NO_ZONE_GIVEN
    return default, None


#: The reason a case without a country, coordinates or time zone cannot place appointment times.
NO_ZONE_GIVEN = ("neither the file nor the workspace gives the country or time zone, so its appointment times "
                 "cannot be placed; add a Country column, choose the country when importing (--country on the "
                 "command line), or set the workspace's country")


def zone_note(country: str, region: str, address: str, lat: float | None, zone: str) -> str | None:
    """The note of a case without coordinates placed in ``zone`` by a state or province with
    places in two zones (Texas, New South Wales …; see :mod:`.zone_places`), or None. A note, not
    a review item: most of its people live in that zone."""
    country = (country or "").upper()
    if lat is not None or not region.strip() and zone != "Pacific/Tahiti":
        return None
    far = far_place_zone(country, region, address)
    if far and far != "Pacific/Tahiti":
        return None  # the postcode told (El Paso 79901, Broken Hill 2880)
    return straddle_note(country, _subdivision_code(country, region) if region.strip() else "", zone)
