"""States, provinces and departments (ISO 3166-2 names from pycountry; Chinese, Japanese and
Korean ones by their ending) as evidence of a file's country, and the time zone a state's people
live in where a country has several (Mexico, by name or abbreviation — ``NL``, ``Q. Roo``; Brazil).

``Antioquia``, ``Valle del Cauca`` → CO; ``Jalisco``, ``Nuevo León`` → MX; ``Karnataka`` → IN.
Names are compared case- and accent-insensitively, without bracketed variants (``Girona
[Gerona]``), inverted articles (``Madrid, Comunidad de``) or type words (``Beijing Shi``). A name
several countries use (``Córdoba``) is evidence for none of them alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Names people write that ISO spells otherwise.
_ALIASES = {"cdmx": "MX", "ciudad de mexico": "MX", "distrito federal": "MX", "df": "MX",
            "estado de mexico": "MX", "edomex": "MX", "bogota": "CO", "bogota d c": "CO", "bogota dc": "CO",
            "nuevo leon": "MX", "michoacan": "MX", "veracruz": "MX", "coahuila": "MX"}
_TYPE_WORDS = re.compile(r"\b(sheng|shi|zizhiqu|province|state|department|departamento|estado)\b")

#: Mexican states whose people live outside Central time (tzdata zones); the rest: Mexico City.
_MX_ZONES = {"baja california": "America/Tijuana", "baja california sur": "America/Mazatlan",
             "sinaloa": "America/Mazatlan", "nayarit": "America/Mazatlan", "sonora": "America/Hermosillo",
             "chihuahua": "America/Chihuahua", "quintana roo": "America/Cancun"}


#: Mexican states as files abbreviate them: the usual abbreviations (``N.L.``, ``Jal.``, ``Q. Roo``,
#: ``Edomex``), the two-letter codes of the CURP and many systems (``NL``, ``JC``, ``QR``) and
#: ISO 3166-2's three letters (``NLE``, ``MX-NLE``), each → the state's plain name. Letters only,
#: lower case (``N.L.`` → ``nl``). None of them names two states.
_MX_CODES = {
    **dict.fromkeys(("ags", "as", "agu"), "aguascalientes"), **dict.fromkeys(("bc", "bcn"), "baja california"),
    **dict.fromkeys(("bcs", "bs"), "baja california sur"), **dict.fromkeys(("camp", "cc", "cam"), "campeche"),
    **dict.fromkeys(("chis", "cs", "chp"), "chiapas"), **dict.fromkeys(("chih", "ch", "chh"), "chihuahua"),
    **dict.fromkeys(("coah", "cl", "coa"), "coahuila"), **dict.fromkeys(("col", "cm"), "colima"),
    **dict.fromkeys(("dgo", "dg", "dur"), "durango"), **dict.fromkeys(("gto", "gt", "gua"), "guanajuato"),
    **dict.fromkeys(("gro", "gr"), "guerrero"), **dict.fromkeys(("hgo", "hg", "hid"), "hidalgo"),
    **dict.fromkeys(("jal", "jc"), "jalisco"), **dict.fromkeys(("mex", "mc", "edomex", "edomx", "edomexico"), "mexico"),
    **dict.fromkeys(("mich", "mn", "mic"), "michoacan"), **dict.fromkeys(("mor", "ms"), "morelos"),
    **dict.fromkeys(("nay", "nt"), "nayarit"), **dict.fromkeys(("nl", "nle"), "nuevo leon"),
    **dict.fromkeys(("oax", "oc"), "oaxaca"), **dict.fromkeys(("pue", "pl"), "puebla"),
    **dict.fromkeys(("qro", "qt", "que"), "queretaro"), **dict.fromkeys(("qroo", "qr", "roo"), "quintana roo"),
    **dict.fromkeys(("slp", "sp"), "san luis potosi"), **dict.fromkeys(("sin", "sl"), "sinaloa"),
    **dict.fromkeys(("son", "sr"), "sonora"), **dict.fromkeys(("tab", "tc"), "tabasco"),
    **dict.fromkeys(("tamps", "ts", "tam"), "tamaulipas"), **dict.fromkeys(("tlax", "tl", "tla"), "tlaxcala"),
    **dict.fromkeys(("ver", "vz"), "veracruz"), **dict.fromkeys(("yuc", "yn"), "yucatan"),
    **dict.fromkeys(("zac", "zs"), "zacatecas"), **dict.fromkeys(("df", "cdmx", "cmx"), "ciudad de mexico"),
}


def mx_state(region: str) -> str:
    """The plain name of the Mexican state an abbreviation or code names (``NL`` → ``nuevo leon``,
    ``MX-NLE`` too), else ""."""
    key = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", str(region).casefold()))
    if key.startswith("mx") and len(key) == 5:  # MX-NLE
        key = key[2:]
    return _MX_CODES.get(key, "")


def _norm(text: str) -> str:
    t = re.sub(r"\[.*?\]|\(.*?\)", " ", str(text))
    if "," in t:  # "Madrid, Comunidad de" → "Comunidad de Madrid" is not needed: the part before
        t = t.split(",", 1)[0]
    t = unicodedata.normalize("NFKD", t.casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = _TYPE_WORDS.sub(" ", re.sub(r"[^\w]+", " ", t))
    return re.sub(r"\s+", " ", t).strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None and sub.country_code != "ES":  # first level only (ES: provinces too)
            continue
        for name in {sub.name, *re.findall(r"\[(.*?)\]", sub.name)}:
            key = _norm(name)
            if len(key) >= 3:
                out.setdefault(key, set()).add(sub.country_code)
    for key, country in _ALIASES.items():
        out.setdefault(key, set()).add(country)
    return {k: frozenset(v) for k, v in out.items()}


#: Chinese, Japanese and Korean state names by their ending (北京市 广东省 东京都 大阪府 서울특별시).
_CJK_REGION = (("CN", re.compile(r"^(北京|上海|天津|重庆|重慶)市?$|[省]$|自治区$|自治區$|特别行政区$")),
               ("JP", re.compile(r"^(東京都|北海道|大阪府|京都府|.{1,3}県)$")),
               ("KR", re.compile(r"(특별시|광역시|특별자치시|특별자치도|도)$")))


def countries_of_region(text: str) -> frozenset[str]:
    """The countries with a first-level subdivision so named (empty when none or a code)."""
    raw = str(text).strip()
    for country, pattern in _CJK_REGION:
        if raw and not raw.isascii() and pattern.search(raw):
            return frozenset({country})
    key = _norm(raw)
    return _index().get(key, frozenset()) if len(key) >= 3 else frozenset()


#: Brazilian states (ISO codes) outside Brasília time; the rest: São Paulo's.
_BR_ZONES = {"AM": "America/Manaus", "RR": "America/Boa_Vista", "RO": "America/Porto_Velho",
             "MT": "America/Cuiaba", "MS": "America/Campo_Grande", "AC": "America/Rio_Branco"}


def region_zone(country: str, region: str) -> str | None:
    """The IANA zone of ``region`` in ``country`` when the country has several and the state
    tells (Mexico, Brazil; Indonesia, Russia, Ecuador, New Zealand, Mongolia, DR Congo,
    Kazakhstan by :mod:`.subdivision_zones`), else None."""
    from fieldvisit.domain.subdivision_zones import table_zone

    if country.upper() not in ("BR", "MX"):
        return table_zone(country, region, recognised=country.upper() in countries_of_region(region))
    if country.upper() == "BR" and region.strip():
        code = region.strip().upper()
        if len(code) != 2:
            import pycountry

            found = [s.code[3:] for s in pycountry.subdivisions.get(country_code="BR") or ()
                     if _norm(s.name) == _norm(region)]
            code = found[0] if found else ""
        return (_BR_ZONES.get(code, "America/Sao_Paulo")) if code else None
    if country.upper() != "MX" or not region.strip():
        return None
    key = mx_state(region) or _norm(region)  # "NL", "Q. Roo": the state's name
    if "MX" not in countries_of_region(key) and key not in _ALIASES:
        return None
    return _MX_ZONES.get(key, "America/Mexico_City")
