"""Positions as people type them: one parser for every place a position is accepted (``plan
--start/--end``, ``collectors set-home``, the window's start box, case files' lat/lon cells).

Read (degrees; south and west are negative):

* decimal degrees with a sign, or a hemisphere letter before or after: ``-16.79``, ``16.79S``,
  ``S16.79``, ``179.96 E``; the Unicode minus (``−16.79``, as pasted from web pages) is a minus;
* degrees and minutes, or degrees, minutes and seconds, with their marks or a hemisphere letter:
  ``16°47.4'S``, ``16 47.4 S``, ``16°47'24"S`` (typographic marks ``′ ″ ’ ” º`` too);
* a decimal comma inside a coordinate (``-16,79``) when the pair is not separated by a comma;
* a pair separated by a comma, a semicolon or spaces, optionally in brackets:
  ``-16.79,179.96``, ``-16,79;179,96``, ``-16.79 179.96``, ``(-16.79, 179.96)``,
  ``16.79S 179.96E``, ``16°47'24"S 179°57'36"E``. Latitude first, always.

Never a guess: a sign and a hemisphere letter together, a latitude letter (N/S) on the longitude
or the other way round, minutes or seconds of 60 or more, a value outside -90..90 / -180..180 (a
swapped pair is refused, never swapped back), or a text that splits into two positions more than
one way raise :class:`PositionError` (a ``ValueError``) with one sentence.
"""

from __future__ import annotations

import math
import re

#: Typed or pasted look-alikes, and what they stand for.
_SAME = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2012": "-", "\u2010": "-", "\ufe63": "-", "\uff0d": "-",
                       "\uff0b": "+", "\u00ba": "°", "\u02da": "°", "\u2032": "'", "\u2019": "'", "\u00b4": "'",
                       "`": "'", "\u2033": '"', "\u201d": '"', "\u201c": '"', "\uff0c": ",", "\uff1b": ";",
                       "\u00a0": " ", "\u202f": " ", "\u2009": " "})

_NUM = r"\d+(?:[.,]\d+)?|[.,]\d+"
_COORD = re.compile(
    rf"(?P<pre>[NSEW])?\s*(?P<sign>[-+])?\s*(?P<deg>{_NUM})\s*(?P<dmark>°)?"
    rf"(?:\s*(?P<min>{_NUM})\s*(?P<mmark>'(?!'))?"
    rf"(?:\s*(?P<sec>{_NUM})\s*(?P<smark>\"|'')?)?)?"
    r"\s*(?P<post>[NSEW])?", re.IGNORECASE)
_POSITION_CHARS = re.compile(r"[\s\d.,;°'\"+\-NSEWnsew()\[\]{}]*\d[\s\d.,;°'\"+\-NSEWnsew()\[\]{}]*")
_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+")
_AXIS = {"lat": ("NS", 90.0, "latitude"), "lon": ("EW", 180.0, "longitude")}


class PositionError(ValueError):
    """A text that is not one position (or coordinate); ``str()`` is one sentence. ``ambiguous``:
    it reads as more than one position (rather than as none)."""

    def __init__(self, message: str, ambiguous: bool = False) -> None:
        super().__init__(message)
        self.ambiguous = ambiguous


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def parse_coordinate(text: str, axis: str | None = None) -> float:
    """One coordinate in degrees (negative: south or west). ``axis``: "lat" or "lon" (checks the
    hemisphere letter and the range), None for either. Raises :class:`PositionError`."""
    cleaned = (text or "").translate(_SAME).strip()
    value = _coordinate(cleaned, axis)
    if value is None:
        what = _AXIS[axis][2] if axis else "coordinate"
        raise PositionError(f"{(text or '').strip()!r} is not a {what}")
    return value


def _coordinate(text: str, axis: str | None) -> float | None:
    m = _COORD.fullmatch(text)
    if not m:
        return None
    pre, post, sign = (m["pre"] or "").upper(), (m["post"] or "").upper(), m["sign"]
    if (pre and post) or ((pre or post) and sign):
        return None  # "-16S", "S16N": never guessed
    letter = pre or post
    parts = [m["deg"], m["min"], m["sec"]]
    given = [p for p in parts if p is not None]
    if len(given) > 1 and not (m["dmark"] or m["mmark"] or letter):
        return None  # "16 47" alone is two numbers, not degrees and minutes
    if any("," in p and "." in p for p in given) or any(
            re.search(r"[.,]", p) for p in given[:-1]):  # only the last part may have decimals
        return None
    if m["sec"] is not None and m["smark"] is None and not letter:
        return None  # "10°20' 30": seconds are marked (″) or the coordinate ends in its letter
    deg, minutes, seconds = (_number(p) if p is not None else 0.0 for p in parts)
    if minutes >= 60 or seconds >= 60 or (m["dmark"] is None and m["min"] is None and m["mmark"]):
        return None
    value = deg + minutes / 60 + seconds / 3600
    if sign == "-" or letter in ("S", "W"):
        value = -value
    if not math.isfinite(value):
        return None
    value = round(value, 9)  # 16°47'24" is -16.79, not -16.790000000000003
    if axis:
        letters, bound, _ = _AXIS[axis]
        if letter and letter not in letters:
            return None
        if abs(value) > bound:
            return None
    elif letter and abs(value) > (90 if letter in "NS" else 180):
        return None
    return value


def looks_like_position(text: str) -> bool:
    """Whether ``text`` is written as a position (digits, signs, separators, degree marks and
    hemisphere letters only), not as an address: a box that takes either reads it with
    :func:`parse_position` (and says what is wrong) instead of geocoding it."""
    return bool(_POSITION_CHARS.fullmatch((text or "").translate(_SAME).strip()))


def parse_position(text: str) -> tuple[float, float]:
    """``(lat, lon)`` degrees from a position as typed (see the module's forms). Raises
    :class:`PositionError` with one sentence when it is not one position on Earth or reads more
    than one way."""
    raw = (text or "").strip()
    cleaned = raw.translate(_SAME).strip()
    if len(cleaned) >= 2 and cleaned[0] + cleaned[-1] in ("()", "[]", "{}"):
        cleaned = cleaned[1:-1].strip()
    found: set[tuple[float, float]] = set()
    if len(cleaned) <= 100:
        for sep in _SEPARATOR.finditer(cleaned):
            left, right = cleaned[:sep.start()], cleaned[sep.end():]
            if "," in sep.group() and ("," in left or "," in right):
                continue  # "16,79,179,96": the commas cannot be both decimals and the separator
            if ";" in left or ";" in right:
                continue
            lat, lon = _coordinate(left.strip(), "lat"), _coordinate(right.strip(), "lon")
            if lat is not None and lon is not None:
                found.add((lat, lon))
    if len(found) > 1:
        raise PositionError(f"{raw!r} can be read as more than one position; write it as LAT,LON with a dot "
                            "for decimals, e.g. -16.79,179.96", ambiguous=True)
    if not found:
        raise PositionError(f"{raw!r} is not a position; write it as LAT,LON, e.g. 40.4168,-3.7038 "
                            "(16.79S 179.96E and 16°47'24\"S 179°57'36\"E also work)")
    lat, lon = found.pop()
    return lat + 0.0, lon + 0.0  # -0.0 is 0.0
