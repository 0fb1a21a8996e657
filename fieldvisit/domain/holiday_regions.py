"""The region (state, province, autonomous community …) whose public holidays a case keeps, told
from its own data the way its time zone is (:mod:`.case_places`). A Barcelona case keeps Sant
Joan (ES-CT), a Munich case Corpus Christi (DE-BY), whatever the workspace's single
``holidays_region`` says.

What is used, in this order (the first that tells wins):

1. **A region named in the address** — a State/Province/Region column is joined into the address
   at import (``cells.join_address``), and people write it there too: an address part after the
   first comma that is the name of a first-level subdivision of the case's country (ISO 3166-2
   names and their bracketed variants from ``pycountry``; a province such as ``Barcelona`` counts
   for its community, ES-CT), or the subdivision's code as the last part's first word
   (``Austin, TX 78701``, ``Toronto ON M5V 2T6``).
2. **The postcode** — :data:`POSTCODE_REGIONS`: Spain (the first two digits are the province,
   INE/Correos), Germany (the first two digits, the Deutsche Post *Leitregion*; a Leitregion
   that crosses a state border gives every state it touches), Austria (first digit), France
   (Moselle 57, Alsace 67/68, the overseas departments 971–976), Portugal (Azores 95–99, Madeira
   90–93), the United Kingdom (postcode area: BT Northern Ireland, the Scottish and Welsh areas;
   border areas give both nations), Australia (four digits by state, ACT ranges first), Canada
   (the first letter of the postal code).
3. **The coordinates, through the time zone they gave** (``case.timezone``, from timezonefinder's
   zone polygons): FieldVisit ships no state-boundary polygons, so coordinates tell a region only
   where a zone belongs to one region or a few (:data:`ZONE_REGIONS`: Canary Islands, Azores,
   Madeira, Australian and Canadian zones).

Several regions may come back (a postcode area across a border, a zone shared by two provinces):
the caller treats a day as a holiday when it is one in ANY of them — no cold visit on a day that
may be a holiday where the customer lives (conservative on purpose). A case whose region cannot
be told gets an empty set: the caller uses the workspace's ``holidays_region`` when the case is in
the workspace's country, else the country's national holidays. Codes are the ``holidays``
package's (equal to ISO 3166-2 suffixes for these countries); the service drops any the calendar
does not know.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldvisit.domain.zone_places import plain


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Spain: province (first two postcode digits) → autonomous community.
_ES = {"01": "PV", "02": "CM", "03": "VC", "04": "AN", "05": "CL", "06": "EX", "07": "IB", "08": "CT", "09": "CL",
       "10": "EX", "11": "AN", "12": "VC", "13": "CM", "14": "AN", "15": "GA", "16": "CM", "17": "CT", "18": "AN",
       "19": "CM", "20": "PV", "21": "AN", "22": "AR", "23": "AN", "24": "CL", "25": "CT", "26": "RI", "27": "GA",
       "28": "MD", "29": "AN", "30": "MC", "31": "NC", "32": "GA", "33": "AS", "34": "CL", "35": "CN", "36": "GA",
       "37": "CL", "38": "CN", "39": "CB", "40": "CL", "41": "AN", "42": "CL", "43": "CT", "44": "AR", "45": "CM",
       "46": "VC", "47": "CL", "48": "PV", "49": "CL", "50": "AR", "51": "CE", "52": "ML"}

#: Germany: Leitregion (first two PLZ digits) → the states it covers (several at a border).
_DE = {"01": "SN", "02": "SN", "03": "BB SN", "04": "SN TH ST", "06": "ST TH SN", "07": "TH SN", "08": "SN TH",
       "09": "SN", "10": "BE", "12": "BE", "13": "BE", "14": "BB BE", "15": "BB", "16": "BB", "17": "MV BB",
       "18": "MV", "19": "MV BB NI SH", "20": "HH", "21": "HH NI SH", "22": "HH SH", "23": "SH MV", "24": "SH",
       "25": "SH", "26": "NI", "27": "NI HB", "28": "HB NI", "29": "NI ST", "30": "NI", "31": "NI NW", "32": "NW NI",
       "33": "NW", "34": "HE NI NW", "35": "HE", "36": "HE TH BY", "37": "NI HE TH", "38": "NI ST", "39": "ST NI",
       "40": "NW", "41": "NW", "42": "NW", "44": "NW", "45": "NW", "46": "NW", "47": "NW", "48": "NW NI",
       "49": "NI NW", "50": "NW", "51": "NW", "52": "NW", "53": "NW RP", "54": "RP", "55": "RP", "56": "RP",
       "57": "NW RP HE", "58": "NW", "59": "NW", "60": "HE", "61": "HE", "63": "HE BY", "64": "HE BY", "65": "HE RP",
       "66": "SL RP", "67": "RP", "68": "BW HE", "69": "BW HE", "70": "BW", "71": "BW", "72": "BW", "73": "BW",
       "74": "BW BY", "75": "BW", "76": "BW RP", "77": "BW", "78": "BW", "79": "BW", "80": "BY", "81": "BY",
       "82": "BY", "83": "BY", "84": "BY", "85": "BY", "86": "BY", "87": "BY", "88": "BW BY", "89": "BY BW",
       "90": "BY", "91": "BY", "92": "BY", "93": "BY", "94": "BY", "95": "BY", "96": "BY TH", "97": "BY BW HE TH",
       "98": "TH", "99": "TH"}

#: Austria: first postcode digit → Länder (1 Burgenland … 9 Wien, the ``holidays`` codes).
_AT = {"1": "9 3", "2": "3 1", "3": "3", "4": "4", "5": "5 4", "6": "7 8", "7": "1", "8": "6", "9": "2 7"}

#: United Kingdom: postcode areas outside England (border areas: both nations).
_GB = {"BT": "NIR", "AB": "SCT", "DD": "SCT", "EH": "SCT", "FK": "SCT", "G": "SCT", "HS": "SCT", "IV": "SCT",
       "KA": "SCT", "KW": "SCT", "KY": "SCT", "ML": "SCT", "PA": "SCT", "PH": "SCT", "ZE": "SCT", "DG": "SCT ENG",
       "TD": "SCT ENG", "CF": "WLS", "NP": "WLS", "SA": "WLS", "LD": "WLS ENG", "LL": "WLS ENG", "SY": "WLS ENG",
       "CH": "ENG WLS", "HR": "ENG WLS"}

#: Canada: first letter of the postal code → province or territory.
_CA = {"A": "NL", "B": "NS", "C": "PE", "E": "NB", "G": "QC", "H": "QC", "J": "QC", "K": "ON", "L": "ON", "M": "ON",
       "N": "ON", "P": "ON", "R": "MB", "S": "SK", "T": "AB", "V": "BC", "X": "NT NU", "Y": "YT"}

_FIVE = re.compile(r"(?<![\d-])(\d{5})(?![\d-])")
_FOUR_AT_END = re.compile(r"(?<![\d-])(\d{4})\s*$")
_FOUR = re.compile(r"(?<![\d-])(\d{4})(?![\d])")
_PT = re.compile(r"(?<![\d-])(\d{4})-\d{3}(?!\d)")
_GB_POST = re.compile(r"\b([A-Z]{1,2})\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_CA_POST = re.compile(r"\b([A-Z])\d[A-Z]\s?\d[A-Z]\d\b")


def _au(code: int) -> str:
    if 800 <= code <= 999:
        return "NT"
    if 2600 <= code <= 2618 or 2900 <= code <= 2920:
        return "ACT"
    return {2: "NSW", 3: "VIC", 4: "QLD", 5: "SA", 6: "WA", 7: "TAS"}.get(code // 1000, "")


def postcode_regions(country: str, address: str) -> frozenset[str]:
    """The regions the postcode in ``address`` lies in (table in the module docstring), or empty."""
    country = country.upper()
    if country in ("ES", "DE", "FR"):
        found = _FIVE.findall(address)
        if not found:
            return frozenset()
        code = found[-1]
        if country == "ES":
            return _codes(_ES.get(code[:2], ""))
        if country == "DE":
            return _codes(_DE.get(code[:2], ""))
        if code[:3] in ("971", "972", "973", "974", "976"):
            return frozenset({code[:3]})
        return frozenset({"57"}) if code[:2] == "57" else frozenset({"6AE"}) if code[:2] in ("67", "68") else frozenset()
    if country == "PT":
        found = _PT.findall(address)
        if not found:
            return frozenset()
        n = int(found[-1])
        return frozenset({"20"}) if 9500 <= n <= 9999 else frozenset({"30"}) if 9000 <= n <= 9399 else frozenset()
    if country == "AT":
        found = _FOUR.findall(address)
        return _codes(_AT.get(found[-1][0], "")) if found else frozenset()
    if country == "AU":
        found = _FOUR_AT_END.findall(address)
        return _codes(_au(int(found[-1]))) if found else frozenset()
    if country == "GB":
        found = _GB_POST.findall(address.upper())
        return _codes(_GB.get(found[-1], "ENG")) if found else frozenset()
    if country == "CA":
        found = _CA_POST.findall(address.upper())
        return _codes(_CA.get(found[-1], "")) if found else frozenset()
    return frozenset()


#: Time zones (from the coordinates) that tell the region: zone → (country, regions).
ZONE_REGIONS: dict[str, tuple[str, frozenset[str]]] = {
    "Atlantic/Canary": ("ES", _codes("CN")), "Atlantic/Azores": ("PT", _codes("20")),
    "Atlantic/Madeira": ("PT", _codes("30")),
    "Australia/Perth": ("AU", _codes("WA")), "Australia/Adelaide": ("AU", _codes("SA")),
    "Australia/Darwin": ("AU", _codes("NT")), "Australia/Brisbane": ("AU", _codes("QLD")),
    "Australia/Lindeman": ("AU", _codes("QLD")), "Australia/Hobart": ("AU", _codes("TAS")),
    "Australia/Melbourne": ("AU", _codes("VIC")), "Australia/Sydney": ("AU", _codes("NSW ACT")),
    "Australia/Broken_Hill": ("AU", _codes("NSW")),
    "America/Vancouver": ("CA", _codes("BC")), "America/Edmonton": ("CA", _codes("AB")),
    "America/Regina": ("CA", _codes("SK")), "America/Winnipeg": ("CA", _codes("MB")),
    "America/Toronto": ("CA", _codes("ON QC")), "America/Halifax": ("CA", _codes("NS PE")),
    "America/Moncton": ("CA", _codes("NB")), "America/St_Johns": ("CA", _codes("NL")),
    "America/Whitehorse": ("CA", _codes("YT")),
}


@lru_cache(maxsize=64)
def _names(country: str) -> dict[str, str]:
    """``{plain name: top-level code}`` of ``country``'s subdivisions (pycountry; a lower level,
    such as a Spanish province, counts for the first-level one above it)."""
    import pycountry

    subs = {s.code: s for s in pycountry.subdivisions.get(country_code=country) or ()}
    out: dict[str, str] = {}
    for sub in subs.values():
        top = sub
        while getattr(top, "parent_code", None) and top.parent_code in subs:
            top = subs[top.parent_code]
        code = top.code.split("-", 1)[1]
        for name in {sub.name, *re.findall(r"\[(.*?)\]", sub.name), re.sub(r"\s*\[.*?\]", "", sub.name)}:
            key = plain(name)
            if len(key) >= 3:
                out.setdefault(key, code)
    return out


def named_regions(country: str, address: str) -> frozenset[str]:
    """The region named in an address part after the first comma, or the code that starts the
    last part (``TX 78701``), or empty."""
    parts = [p.strip() for p in address.split(",")[1:] if p.strip()]
    if not parts:
        return frozenset()
    names = _names(country.upper())
    found = set()
    for part in parts:
        key = plain(re.sub(r"\d", " ", part))
        if key in names:
            found.add(names[key])
    if found:
        return frozenset(found)
    first = parts[-1].split()[0]
    if first.isalpha() and first.isupper() and 2 <= len(first) <= 3 and first in set(names.values()):
        return frozenset({first})
    return frozenset()


@lru_cache(maxsize=8192)
def case_regions(country: str, address: str, timezone: str = "") -> frozenset[str]:
    """The regions (``holidays`` subdivision codes) a case may be in: named, else by postcode,
    else by its zone (module docstring); empty when nothing tells."""
    country = (country or "").upper()
    if not country:
        return frozenset()
    return (named_regions(country, address or "") or postcode_regions(country, address or "")
            or (ZONE_REGIONS[timezone][1] if timezone in ZONE_REGIONS and ZONE_REGIONS[timezone][0] == country
                else frozenset()))
