"""The offline address index of a region pack (``addresses.sqlite``) and tolerant search in it.

Queries are matched the way people write addresses: any case, with or without accents
(unidecode), common abbreviations ("bd", "av.", "str.", Finnish "-k." / "-t."), the house number
before or after the street, a postcode or city or not. A house number must match exactly (a
different number is a different door); the street name may be misspelt a little (rapidfuzz).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process
from unidecode import unidecode

FILE = "addresses.sqlite"
#: Street score (0-100) needed for a match; below it the online geocoder (or the user) decides.
CUTOFF = 84
ABBREVIATIONS = {
    "bd": "boulevard", "bld": "boulevard", "blvd": "boulevard", "av": "avenue", "ave": "avenue", "r": "rue",
    "pl": "place", "ch": "chemin", "rte": "route", "imp": "impasse", "st": "saint", "ste": "sainte",
    "str": "strasse", "rd": "road", "pk": "puistokatu", "esp": "esplanadi",
}
SUFFIXES = ((re.compile(r"(\w{3,})k\.(?=\s|$|,)"), r"\1katu"), (re.compile(r"(\w{3,})t\.(?=\s|$|,)"), r"\1tie"),
            (re.compile(r"(\w{3,})str\.(?=\s|$|,)"), r"\1strasse"))
NUMBER = re.compile(r"^\d+[a-z]?$")
POSTCODE = re.compile(r"^\d{4,6}$")


def normalize(text: str) -> str:
    """Lower case, no accents, abbreviations spelled out, punctuation as spaces."""
    text = unidecode(text or "").lower()
    for pattern, repl in SUFFIXES:
        text = pattern.sub(repl, text)
    text = text.replace("ß", "ss")
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


def write_index(path: Path, entries: list[dict]) -> int:
    """Write the index; returns the number of street addresses (with a house number)."""
    con = sqlite3.connect(path)
    try:
        con.execute("CREATE TABLE entries (kind TEXT, street TEXT, number TEXT, postcode TEXT, city TEXT, "
                    "name TEXT, lat REAL, lon REAL, street_key TEXT, number_key TEXT, name_key TEXT)")
        con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
            (e["kind"], e["street"], e["number"], e["postcode"], e["city"], e["name"], e["lat"], e["lon"],
             normalize(e["street"]), normalize(e["number"]).replace(" ", ""), normalize(e["name"]))
            for e in entries])
        con.commit()
    finally:
        con.close()
    return sum(e["kind"] == "address" for e in entries)


@dataclass(frozen=True, slots=True)
class Hit:
    """A found place: ``label`` as the map shows it, ``kind`` address | street | place, score 0-100."""

    lat: float
    lon: float
    label: str
    kind: str
    score: float


class AddressIndex:
    def __init__(self, path: Path) -> None:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("SELECT kind, street, number, postcode, city, name, lat, lon, street_key, "
                               "number_key, name_key FROM entries").fetchall()
        finally:
            con.close()
        self.rows = rows
        self.by_number: dict[str, list[int]] = {}
        for i, r in enumerate(rows):
            if r[0] == "address":
                for number in door_numbers(r[2]):
                    self.by_number.setdefault(number, []).append(i)
        #: Town names of the addresses ("helsinki"): a word of the query that only names the town.
        self.cities = {normalize(r[4]) for r in rows if r[0] == "address" and r[4]}
        self.named = [i for i, r in enumerate(rows) if r[0] != "address"]
        self.named_keys = [rows[i][10] for i in self.named]

    @staticmethod
    def _label(r) -> str:
        if r[0] == "address":
            place = " ".join(x for x in (r[3], r[4]) if x)
            return f"{r[1]} {r[2]}" + (f", {place}" if place else "")
        return r[5]

    def search(self, query: str, *, limit: int = 5, streets: bool = True) -> list[Hit]:
        """Best matches for ``query``, best first. With a house number in the query only addresses
        with that number are candidates; without one, streets and named places (when ``streets``)."""
        postcodes = {w for w in normalize(query).split() if POSTCODE.match(w)}
        numbers: list[str] = []
        rest = ""
        segments = [seg for seg in re.split(r"[,;/]", query) if seg.strip()]
        for k, seg in enumerate(segments):  # the street is in the part with the house number
            found = [n for n in house_numbers(seg) if not POSTCODE.match(n)]
            if found:
                numbers = door_numbers(seg, found)
                words = [w for w in normalize(seg).split() if not NUMBER.match(w) and w not in postcodes
                         and not (len(w) == 1 and any(n.endswith(w) for n in found))]
                if not words and k + 1 < len(segments):  # "12, Rue de la Paix"
                    words = [w for w in normalize(segments[k + 1]).split() if w not in postcodes]
                rest = " ".join(words)
                break
        if not numbers:
            rest = " ".join(w for w in normalize(query).split() if w not in postcodes)
        if numbers:  # "eerikink 3 helsinki": the town is not part of the street's name
            rest = " ".join(w for w in rest.split() if w not in self.cities) or rest
        if not rest:
            return []
        hits: list[Hit] = []
        if numbers:
            candidates = sorted({i for n in numbers for i in self.by_number.get(n, ())})
            keys = [self.rows[i][8] for i in candidates]
            for key, score, pos in process.extract(rest, keys, scorer=_street_score, limit=limit * 3,
                                                   score_cutoff=CUTOFF):
                r = self.rows[candidates[pos]]
                if postcodes and r[3] and r[3] not in postcodes:
                    score -= 10
                if r[9] == "".join(numbers) or normalize(r[2]) == " ".join(numbers):
                    score += 6  # the very same house number
                elif door_numbers(r[2])[:1] == numbers[:1]:  # "14" in "14-20"
                    score += 2
                elif len(numbers) > 1 and r[9] == numbers[-1]:  # "28 B" (stair B) at number 28
                    score += 1
                hits.append(Hit(r[6], r[7], self._label(r), "address", score))
        elif streets:
            for key, score, pos in process.extract(rest, self.named_keys, scorer=fuzz.WRatio, limit=limit * 4,
                                                   score_cutoff=CUTOFF):
                r = self.rows[self.named[pos]]
                score += (10 if key == rest else 0) + (3 if r[0] == "street" else 0)  # the street itself first
                hits.append(Hit(r[6], r[7], self._label(r), r[0], score))
        hits.sort(key=lambda h: -h.score)
        return [h for h in hits if h.score >= CUTOFF][:limit]


def house_numbers(text: str) -> list[str]:
    """The door numbers a house number stands for: "12 B" -> ["12b"], "1-5" -> ["1", "3", "5"]
    (a Nordic range on one side of the street), "8, floor 6" -> ["8", "6"] (the first one first)."""
    text = normalize(text or "")
    found = re.findall(r"\d+(?: ?[a-z]\b)?", text)
    numbers = [n.replace(" ", "") for n in found]
    span = re.match(r"^(\d+) (\d+)$", text)
    if span and int(span[1]) < int(span[2]) <= int(span[1]) + 20:
        step = 2 if (int(span[2]) - int(span[1])) % 2 == 0 else 1
        numbers += [str(n) for n in range(int(span[1]), int(span[2]) + 1, step)]
    return list(dict.fromkeys(numbers))


def door_numbers(text: str, found: list[str] | None = None) -> list[str]:
    """The doors an address's house number names, without the staircase's apartment or the floor
    (Nordic "Kalevankatu 4 A 5" is door 4, staircase A, flat 5; "6, 1. krs" is door 6): the first
    number ("4a" for "4 A"; then "4" too, as "A" is mostly a staircase), or the span of a range.
    ``found``: :func:`house_numbers` of ``text`` when already known."""
    found = house_numbers(text) if found is None else found
    if not found:
        return []
    first = found[0]
    span = re.search(r"(\d+) ?[-\u2013] ?(\d+)", unidecode(text or ""))
    if span and span[1] == first and int(span[1]) < int(span[2]) <= int(span[1]) + 20:
        return list(dict.fromkeys([span[1], span[2], *found]))  # "1-5": a range of doors
    base = first.rstrip("abcdefghijklmnopqrstuvwxyz")
    return [first, base] if base != first else [first]


def _street_score(query: str, street: str, **kwargs) -> float:
    """How well ``query`` names ``street`` (both normalized), 0-100."""
    return max(fuzz.ratio(query, street), fuzz.token_set_ratio(query, street) - 2,
               fuzz.partial_ratio(query, street) - 8)


@lru_cache(maxsize=8)
def _open(path: str, mtime: float) -> AddressIndex:
    return AddressIndex(Path(path))


def index_for(folder: Path) -> AddressIndex | None:
    path = folder / FILE
    return _open(str(path), path.stat().st_mtime) if path.is_file() else None
