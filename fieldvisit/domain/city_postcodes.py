"""A file's country from its postcodes beside the names of big cities (``70173 Stuttgart``,
``75001 Paris``): evidence for a file that names no country, has no coordinates and whose states
say nothing (a German or French bank's export: PLZ and Ort, code postal and ville).

A row counts for a country only when its city is one of that country's big cities below **and**
its postcode starts as that city's do (Paris 750xx/751xx: Paris, Texas is 754xx; Hamburg 20-22xxx:
Hamburg, New York is 140xx). The file's country is the one its counting rows name when they are
at least a quarter of the rows with a postcode, no row counts for another country, and every
postcode has that country's digits. A file of small towns stays silent (its country is asked),
never guessed. Each distinct (postcode, city) pair is read once.

The table: the largest cities of the countries whose postcodes are five digits and whose
cases FieldVisit serves (DE, FR, ES, IT), with the first digits of their postcodes (Deutsche Post,
La Poste, Correos, Poste Italiane). Names are compared in plain form (lower case, no accents;
``München``, ``Muenchen`` and ``Munich`` alike). A name two countries' big cities share is left out.
"""

from __future__ import annotations

import re
from collections import Counter

from fieldvisit.domain.date_order import column_texts
from fieldvisit.domain.zone_places import plain

_CITIES: dict[str, dict[str, tuple[str, ...]]] = {
    "DE": {
        "berlin": ("10", "12", "13", "14"), "hamburg": ("20", "21", "22"), "munchen": ("80", "81"),
        "muenchen": ("80", "81"), "munich": ("80", "81"), "koln": ("50", "51"), "koeln": ("50", "51"),
        "cologne": ("50", "51"), "frankfurt am main": ("60", "65"), "frankfurt": ("60", "65"), "stuttgart": ("70",),
        "dusseldorf": ("40",), "duesseldorf": ("40",), "dortmund": ("44",), "essen": ("45",), "leipzig": ("04",),
        "bremen": ("28",), "dresden": ("01",), "hannover": ("30",), "nurnberg": ("90",), "nuernberg": ("90",),
        "nuremberg": ("90",), "duisburg": ("47",), "bochum": ("44",), "wuppertal": ("42",), "bielefeld": ("33",),
        "bonn": ("53",), "mannheim": ("68",), "karlsruhe": ("76",), "augsburg": ("86",), "wiesbaden": ("65",),
        "munster": ("48",), "muenster": ("48",), "kiel": ("24",), "chemnitz": ("09",), "freiburg im breisgau": ("79",),
        "mainz": ("55",),
    },
    "FR": {
        "paris": ("750", "751"), "marseille": ("13",), "lyon": ("69",), "toulouse": ("31",), "nice": ("06",),
        "nantes": ("44",), "montpellier": ("34",), "strasbourg": ("67",), "bordeaux": ("33",), "lille": ("59",),
        "rennes": ("35",), "reims": ("51",), "toulon": ("83",), "grenoble": ("38",), "dijon": ("21",),
        "angers": ("49",), "nimes": ("30",), "aix en provence": ("13",), "le havre": ("76",),
        "saint etienne": ("42",), "brest": ("29",), "clermont ferrand": ("63",), "tours": ("37",),
        "limoges": ("87",), "amiens": ("80",), "metz": ("57",), "perpignan": ("66",), "besancon": ("25",),
        "orleans": ("45",), "rouen": ("76",), "caen": ("14",), "nancy": ("54",), "mulhouse": ("68",),
    },
    "ES": {
        "madrid": ("28",), "barcelona": ("08",), "valencia": ("46",), "sevilla": ("41",), "zaragoza": ("50",),
        "malaga": ("29",), "murcia": ("30",), "palma": ("07",), "palma de mallorca": ("07",), "bilbao": ("48",),
        "alicante": ("03",), "valladolid": ("47",), "vigo": ("36",), "gijon": ("33",), "granada": ("18",),
        "a coruna": ("15",), "la coruna": ("15",), "vitoria": ("01",), "vitoria gasteiz": ("01",),
    },
    "IT": {
        "roma": ("00",), "rome": ("00",), "milano": ("20",), "milan": ("20",), "napoli": ("80",), "naples": ("80",),
        "torino": ("10",), "turin": ("10",), "palermo": ("90",), "genova": ("16",), "bologna": ("40",),
        "firenze": ("50",), "florence": ("50",), "bari": ("70",), "catania": ("95",), "venezia": ("30",),
        "verona": ("37",), "messina": ("98",), "padova": ("35",), "trieste": ("34",), "brescia": ("25",),
    },
}
_POSTCODE = re.compile(r"\d{5}")
_CODE_CITY = re.compile(r"(?P<code>\d{5})\s+(?P<city>\D+)")
_CITY_CODE = re.compile(r"(?P<city>\D+?)\s+(?P<code>\d{5})")
SHARE = 0.25
#: At most this many rows, spread over the file, are read (the rule is a share of them).
SAMPLE = 2000


def _country_of(postcode: str, city: str) -> str:
    name = plain(city)
    for country, cities in _CITIES.items():
        prefixes = cities.get(name)
        if prefixes and postcode.startswith(prefixes):
            return country
    return ""


def _pairs(rows) -> list[tuple[str, str]]:
    """Each row's (postcode, city): from the postcode and city columns, else from its address
    (``75001 Paris``, ``Paris 75001`` or ``Stuttgart, 70173`` as comma-separated parts)."""
    out = []
    for row in rows:
        code = str(row.get("postal_code") or "").strip()
        if _POSTCODE.fullmatch(code):
            out.append((code, str(row.get("city") or "").strip()))
            continue
        address = str(row.get("address") or "")
        if code or not _POSTCODE.search(address):  # most addresses: one scan, no parsing
            continue
        parts = [p.strip() for p in address.split(",")]
        for i, part in enumerate(parts):
            if (m := _CODE_CITY.fullmatch(part)) or (m := _CITY_CODE.fullmatch(part)):
                out.append((m.group("code"), m.group("city")))
                break
            if i and _POSTCODE.fullmatch(part):
                out.append((part, parts[i - 1]))
                break
    return out


def postcode_city_country(rows) -> tuple[str, str]:
    """``(country, example)`` the file's postcodes beside big cities name (``("DE", "70173
    Stuttgart")``), else ``("", "")``: see the module's rules."""
    step = max(1, len(rows) // SAMPLE)
    pairs = _pairs(rows[::step] if step > 1 else rows)
    if not pairs:
        return "", ""
    codes = column_texts(rows[::step] if step > 1 else rows, "postal_code")
    if codes and not all(_POSTCODE.fullmatch(c) for c in codes):  # other lengths: another country's
        return "", ""
    found = {pair: _country_of(*pair) for pair in set(pairs)}  # each distinct pair read once
    votes = Counter(found[p] for p in pairs if found[p])
    if len(votes) != 1:
        return "", ""
    country, count = votes.most_common(1)[0]
    if count < SHARE * len(pairs):
        return "", ""
    example = next(f"{code} {city.strip()}" for code, city in pairs if found[(code, city)] == country)
    return country, example
