"""The time zone of a region of a country with several (a step of
:func:`fieldvisit.domain.subdivisions.region_zone`): Indonesia, Russia, Ecuador, New Zealand,
Mongolia, DR Congo; Kazakhstan has one civil time (UTC+5) since March 2024.

Regions are matched by the start of a word of their plain name (lower case, no accents, Cyrillic
transliterated): ``Bali`` and ``Primorsky Krai``/``Primorskiy kray``/``Приморский край`` are found
whatever the spelling of the type word. A region with places in more than one zone (Sakha,
Kalimantan as a whole) or not in the table gets None: the caller says the region is not one
FieldVisit can place. Sources: tzdata's zone1970.tab descriptions and the countries' time laws
(Indonesia WIB/WITA/WIT; Russia's federal law on time, 2014 and later changes).
"""

from __future__ import annotations

import re

from fieldvisit.domain.zone_places import plain

#: Countries whose zones all keep one civil time now: any place in them.
ONE_CIVIL_TIME = {"KZ": "Asia/Almaty"}


def _table(rows: dict[str, str]) -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(rf"\b(?:{stems})"), zone) for zone, stems in rows.items())


#: country → ((region pattern, zone), ...), tried in order; zone "" = the region straddles zones.
_ZONES: dict[str, tuple[tuple[re.Pattern, str], ...]] = {
    "ID": _table({
        "Asia/Jakarta": r"kalimantan barat|west kalimantan|kalimantan tengah|central kalimantan|aceh|sumat|riau|"
                        r"jambi|bengkulu|lampung|bangka|belitung|jakarta|jawa|java|banten|yogyakarta|jogja",
        "Asia/Makassar": r"kalimantan (?:selatan|timur|utara)|(?:south|east|north) kalimantan|bali|nusa tenggara|"
                         r"ntb\b|ntt\b|sulawesi|celebes|gorontalo",
        "": r"kalimantan|borneo",
        "Asia/Jayapura": r"maluku|moluccas|papua|irian",
    }),
    "RU": _table({
        "": r"sakha|yakutia|yakutiya",
        "Europe/Kaliningrad": r"kaliningrad",
        "Europe/Samara": r"samar|udmurt",
        "Europe/Ulyanovsk": r"ul ?yanovsk",
        "Europe/Saratov": r"saratov",
        "Europe/Astrakhan": r"astrakhan",
        "Europe/Volgograd": r"volgograd",
        "Europe/Kirov": r"kirov",
        "Asia/Yekaterinburg": r"sverdlovsk|yekaterinburg|ekaterinburg|chelyabinsk|bashk|perm|orenburg|kurgan|"
                              r"tyumen|khanty|yamal",
        "Asia/Omsk": r"omsk",
        "Asia/Novosibirsk": r"novosibirsk",
        "Asia/Barnaul": r"altai|altay",
        "Asia/Tomsk": r"tomsk",
        "Asia/Novokuznetsk": r"kemerov|kuzbass",
        "Asia/Krasnoyarsk": r"krasnoyarsk|khakas|tuva|tyva",
        "Asia/Irkutsk": r"irkutsk|buryat",
        "Asia/Chita": r"zabaykal|zabaikal|transbaikal|chita",
        "Asia/Yakutsk": r"amur",
        "Asia/Vladivostok": r"primorsk|primorye|khabarovsk|jewish|yevrey|evrei|evrey",
        "Asia/Magadan": r"magadan",
        "Asia/Sakhalin": r"sakhalin",
        "Asia/Kamchatka": r"kamchat",
        "Asia/Anadyr": r"chukot",
        "Europe/Moscow": r"moscow|moskv|moskov|petersburg|peterburg|leningrad|nizhn|nizhegorod|tatarstan|kazan|"
                         r"rostov|krasnodar|kuban|voronezh|dagestan|stavropol|belgorod|bryansk|vladimir|ivanov|"
                         r"kaluga|kostroma|kursk|lipetsk|orel|oryol|ryazan|smolensk|tambov|tver|tula|yaroslavl|"
                         r"arkhangel|vologda|murmansk|novgorod|pskov|karel|komi|nenets|adyg|kalmyk|chechen|"
                         r"ingush|kabardin|karachay|karachai|ossetia|osetiya|mordov|mari el|chuvash|penza",
    }),
    "EC": _table({"Pacific/Galapagos": r"galapagos"}),
    "NZ": _table({
        "Pacific/Chatham": r"chatham",
        "Pacific/Auckland": r"auckland|wellington|canterbury|christchurch|waikato|hamilton|otago|dunedin|"
                            r"northland|whangarei|bay of plenty|tauranga|rotorua|taranaki|new plymouth|hawke|"
                            r"napier|hastings|manawatu|palmerston north|whanganui|nelson|tasman|marlborough|"
                            r"blenheim|west coast|greymouth|southland|invercargill|gisborne|queenstown",
    }),
    "MN": _table({"Asia/Hovd": r"hovd|khovd|bayan ol|uvs|govi alt|gobi alt|zavkhan|dzavhan"}),
    "CD": _table({"Africa/Kinshasa": r"kinshasa|kongo central|bas congo|kwango|kwilu|mai ndombe|equateur|"
                                     r"mongala|nord ubangi|sud ubangi|tshuapa|bandundu|matadi|mbandaka"}),
}
#: The zone of every other first-level region of these countries (recognised by pycountry).
_REST = {"EC": "America/Guayaquil", "MN": "Asia/Ulaanbaatar", "CD": "Africa/Lubumbashi"}


def table_zone(country: str, region: str, *, recognised: bool = False) -> str | None:
    """The zone of ``region`` in ``country`` from the tables above; ``recognised``: the region
    is one of the country's (pycountry), so a region not in its table gets the country's other
    zone where there is one (Ecuador outside Galápagos: Guayaquil). None when unknown or when
    the region straddles zones."""
    country = country.upper()
    if country in ONE_CIVIL_TIME:
        return ONE_CIVIL_TIME[country]
    table = _ZONES.get(country)
    if table is None or not region.strip():
        return None
    text = plain(_latin(region))
    for pattern, zone in table:
        if pattern.search(text):
            return zone or None
    return _REST.get(country) if recognised else None


def _latin(text: str) -> str:
    if text.isascii():
        return text
    from unidecode import unidecode

    return unidecode(text)
