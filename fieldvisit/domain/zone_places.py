"""Places whose civil time differs from the rest of their country, told by the postcode or the
name in an address (a step of :func:`fieldvisit.domain.case_places.case_zone`, for rows without
coordinates). One table, :data:`FAR_PLACES`:

==========  ==============================  ========================  ==========================
country     place                           postcode                  zone
==========  ==============================  ========================  ==========================
ES          Canary Islands                  35xxx, 38xxx              Atlantic/Canary
FR          Guadeloupe, Martinique,         971xx, 972xx, 973xx,      America/Guadeloupe,
            Guyane, Réunion, Saint-Pierre,  974xx, 975xx, 976xx,      America/Martinique,
            Mayotte, Saint-Barthélemy,      977xx, 978xx, 986xx,      America/Cayenne,
            Saint-Martin, Wallis-et-Futuna, 987xx, 988xx              Indian/Reunion ... (below)
            Polynésie, Nouvelle-Calédonie
PT          Azores                          9500-xxx … 9999-xxx       Atlantic/Azores
CL          Easter Island (Rapa Nui)        277xxxx                   Pacific/Easter
CL          Magallanes (Punta Arenas)       62xxxxx, 63xxxxx          America/Punta_Arenas
BR          Fernando de Noronha             53990-xxx                 America/Noronha
EC          Galápagos                       20xxxx                    Pacific/Galapagos
NZ          Chatham Islands                 (name only)               Pacific/Chatham
US          El Paso TX                      799xx, 885xx              America/Denver
US          Pensacola FL (west panhandle)   325xx                     America/Chicago
US          Gary IN, Evansville IN          463xx, 464xx, 477xx       America/Chicago
AU          Broken Hill NSW, Lord Howe,     2880, 2898, 2899, 6798,   Australia/Broken_Hill,
            Norfolk, Christmas and Cocos    6799                      Australia/Lord_Howe,
            Islands                                                   Pacific/Norfolk, Indian/...
==========  ==============================  ========================  ==========================

Madeira (PT 9000-9399) keeps Lisbon's time: it is not in the table. French Polynesia's
Marquesas and Gambier (a few thousand people) are half an hour and one hour off Tahiti's time:
987xx is read as Tahiti with a note (see :func:`straddle_note`).

States that straddle two zones (:data:`STRADDLING`: US IN TX FL KY TN MI ND SD NE KS ID OR,
CA BC NL NU, AU NSW) get their main zone unless a ZIP or postcode above tells. A row of one without coordinates
whose appointment times are placed gets a note in the import summary, not a review item (most of
their people live in the main zone; sending every Texas case to the queue would bury the real
questions): the note says which zone was assumed and what would tell.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple


class FarPlace(NamedTuple):
    country: str
    zone: str
    postcode: re.Pattern | None
    names: re.Pattern | None
    region_codes: frozenset[str] = frozenset()


def _post(rx: str) -> re.Pattern:
    return re.compile(rf"(?<![\d-]){rx}(?![\d-]|-\d)")


def _last(rx: str) -> re.Pattern:
    """A US ZIP or Australian postcode: at the end of the address, where the file's parts put it
    (a house number such as ``2880 Main Rd`` is no postcode)."""
    return re.compile(rf"(?<![\d-]){rx}\s*$")


def _names(*names: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(names) + r")\b")


_FR = (("America/Guadeloupe", "971", ("guadeloupe", "pointe a pitre", "basse terre")),
       ("America/Martinique", "972", ("martinique", "fort de france")),
       ("America/Cayenne", "973", ("guyane", "french guiana", "cayenne", "kourou")),
       ("Indian/Reunion", "974", ("la reunion", "reunion", "saint pierre reunion")),
       ("America/Miquelon", "975", ("saint pierre et miquelon", "miquelon")),
       ("Indian/Mayotte", "976", ("mayotte", "mamoudzou")),
       ("America/St_Barthelemy", "977", ()),
       ("America/Marigot", "978", ()),
       ("Pacific/Wallis", "986", ("wallis", "futuna")),
       ("Pacific/Tahiti", "987", ("polynesie", "polynesia", "tahiti", "papeete")),
       ("Pacific/Noumea", "988", ("nouvelle caledonie", "new caledonia", "noumea")))

#: The ISO codes of the French overseas departments and collectivities, by postcode prefix.
_FR_CODES = {"971": "GP", "972": "MQ", "973": "GF", "974": "RE", "975": "PM", "976": "YT", "977": "BL",
             "978": "MF", "986": "WF", "987": "PF", "988": "NC"}

#: Every far place (the table of the module docstring); names are matched on plain text
#: (lower case, no accents, words separated by single spaces).
FAR_PLACES: tuple[FarPlace, ...] = (
    FarPlace("ES", "Atlantic/Canary", _post(r"(?:35|38)\d{3}"),
             _names("canarias", "canary", "las palmas", "santa cruz de tenerife", "tenerife", "gran canaria",
                    "lanzarote", "fuerteventura", "la gomera", "el hierro", "la palma", "arrecife",
                    "puerto del rosario", "san cristobal de la laguna"),
             frozenset({"CN", "GC", "TF", "ES-CN", "ES-GC", "ES-TF"})),
    *(FarPlace("FR", zone, _post(rf"{prefix}\d{{2}}"), _names(*names) if names else None,
               frozenset({prefix, f"FR-{prefix}", _FR_CODES[prefix], f"FR-{_FR_CODES[prefix]}"}))
      for zone, prefix, names in _FR),
    FarPlace("PT", "Atlantic/Azores", _post(r"9[5-9]\d{2}-\d{3}"),
             _names("acores", "azores", "ponta delgada", "angra do heroismo", "sao miguel", "terceira",
                    "ilha do faial", "ilha do pico", "ilha das flores"), frozenset({"20", "PT-20"})),
    FarPlace("CL", "Pacific/Easter", _post(r"277\d{4}"), _names("isla de pascua", "rapa nui", "hanga roa")),
    FarPlace("CL", "America/Punta_Arenas", _post(r"6[23]\d{5}"),
             _names("magallanes", "punta arenas", "puerto natales", "puerto williams"), frozenset({"MA", "CL-MA"})),
    FarPlace("BR", "America/Noronha", _post(r"53990-?\d{3}"), _names("fernando de noronha")),
    FarPlace("EC", "Pacific/Galapagos", _post(r"20\d{4}"),
             _names("galapagos", "puerto ayora", "puerto baquerizo moreno"), frozenset({"W", "EC-W"})),
    FarPlace("NZ", "Pacific/Chatham", None, _names("chatham islands?", "wharekauri"), frozenset({"CIT", "NZ-CIT"})),
    FarPlace("US", "America/Denver", _last(r"(?:799|885)\d{2}(?:-\d{4})?"), None),
    FarPlace("US", "America/Chicago", _last(r"(?:325|463|464|477)\d{2}(?:-\d{4})?"), None),
    FarPlace("AU", "Australia/Broken_Hill", _last("2880"), _names("broken hill")),
    FarPlace("AU", "Australia/Lord_Howe", _last("2898"), _names("lord howe island")),
    FarPlace("AU", "Pacific/Norfolk", _last("2899"), _names("norfolk island")),
    FarPlace("AU", "Indian/Christmas", _last("6798"), _names("christmas island")),
    FarPlace("AU", "Indian/Cocos", _last("6799"), _names("cocos (?:keeling )?islands")),
)

#: States and provinces with places in two zones: code → name (for the note).
STRADDLING = {
    "US": {"IN": "Indiana", "TX": "Texas", "FL": "Florida", "KY": "Kentucky", "TN": "Tennessee",
           "MI": "Michigan", "ND": "North Dakota", "SD": "South Dakota", "NE": "Nebraska", "KS": "Kansas",
           "ID": "Idaho", "OR": "Oregon"},
    "CA": {"BC": "British Columbia", "NL": "Newfoundland and Labrador", "NU": "Nunavut"},
    "AU": {"NSW": "New South Wales"},
}


def plain(text: str) -> str:
    """Lower case, no accents, words separated by single spaces (``Pointe-à-Pitre`` →
    ``pointe a pitre``)."""
    t = unicodedata.normalize("NFKD", text.casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", " ", t).strip()


def far_place_zone(country: str, region: str, address: str) -> str | None:
    """The zone of a far place of ``country`` the ``region`` or ``address`` names (table above),
    or None. The postcode decides over a name (``97400`` is Réunion whatever the city); a name in
    the address counts only when the address has no postcode (``Rue de la Réunion, 75020 Paris``
    is in Paris)."""
    places = [p for p in FAR_PLACES if p.country == country]
    if not places:
        return None
    for p in places:
        if p.postcode is not None and p.postcode.search(address):
            return p.zone
    code = region.strip().upper()
    named = f" {plain(region)} {'' if re.search(r'(?<!\d)\d{4,}', address) else plain(address)} "
    for p in places:
        if code in p.region_codes or (p.names is not None and p.names.search(named)):
            return p.zone
    return None


def straddle_note(country: str, code: str, zone: str) -> str | None:
    """The note of a case placed by a state that straddles two zones (``code``: its ISO code),
    or of a far place whose zone is not the whole place's, else None."""
    if zone == "Pacific/Tahiti":
        return ("French Polynesia has three time zones (Tahiti, Marquesas, Gambier); the appointment times are "
                "placed in Pacific/Tahiti; coordinates or a Timezone column would tell for sure")
    name = STRADDLING.get(country, {}).get(code)
    if not name:
        return None
    return (f"{name} has places in two time zones; the appointment times are placed in {zone}, where most of "
            "its people live; coordinates or a Timezone column would tell for sure")
