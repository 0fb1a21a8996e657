"""JSON from outside (visit files, identity files, mappings, signed packs and bundles) read
strictly, in one place: a key given twice in one object is refused (in a signed payload "last one
wins" would let two readers see different things), NaN/Infinity are refused, a number longer than
any real amount is refused before Python converts it (a 5000-digit integer would otherwise stop
the parser), absurd nesting is named as such, and a string holding a lone surrogate (``"\\ud800"``,
half of a character: it can be neither stored nor printed) is refused as "not valid text".

Errors: :class:`JsonError` (a ValueError) with a short reason, no content.
"""

from __future__ import annotations

import json
import re

#: Digits in a JSON number: amounts, sequence numbers and versions are far shorter.
MAX_NUMBER_CHARS = 40
#: Levels of objects/lists in any JSON FieldVisit reads (a visit is 4 deep).
MAX_DEPTH = 20


class JsonError(ValueError):
    """JSON FieldVisit refuses; ``str()`` is the reason ("a key appears twice: 'seq'")."""


def _pairs(pairs: list[tuple[str, object]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise JsonError(f"the key {key[:40]!r} appears twice in one object")
        out[key] = value
    return out


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise JsonError(f"a number has {len(text)} digits, too large to be an amount or a count")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise JsonError(f"a number has {len(text)} characters, too large to be an amount")
    return float(text)


def _constant(name: str):
    raise JsonError(f"{name} is not a number FieldVisit accepts")


def loads(data: str | bytes):
    """The JSON value in ``data`` (text, or UTF-8 bytes with or without BOM). Raises JsonError
    (duplicate key, huge number, NaN, nesting deeper than :data:`MAX_DEPTH`) or
    json.JSONDecodeError / UnicodeDecodeError."""
    if isinstance(data, bytes):
        data = data.decode("utf-8-sig")
    try:
        value = json.loads(data, object_pairs_hook=_pairs, parse_int=_int, parse_float=_float,
                           parse_constant=_constant)
    except RecursionError:
        raise JsonError(f"it is nested more than {MAX_DEPTH} levels deep") from None
    if depth(value) > MAX_DEPTH:
        raise JsonError(f"it is nested more than {MAX_DEPTH} levels deep")
    if _SURROGATE_ESCAPE.search(data) and (where := _lone_surrogate(value)):
        raise JsonError(f"{where} is not valid text: it holds half of a character (a lone \\u{ord(where.char):x} "
                        "escape); write the character itself, in UTF-8")
    return value


#: How a lone surrogate gets into JSON text (raw UTF-8 bytes cannot carry one: they fail to decode).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATES = re.compile("[\ud800-\udfff]")


class _Where(str):
    char: str


def _lone_surrogate(value, key: str = "") -> _Where | None:
    """Where in ``value`` a string (a key or a value) holds a lone surrogate, e.g. "the value of
    'notes'"; None when none does. ``json`` keeps an escaped surrogate pair as one character."""
    if isinstance(value, str):
        found = _SURROGATES.search(value)
        if found is None:
            return None
        where = _Where(f"the value of {key[:40]!r}" if key else "a value")
        where.char = found.group(0)
        return where
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for k, v in items:
        if isinstance(k, str) and (found := _SURROGATES.search(k)):
            where = _Where("a key")
            where.char = found.group(0)
            return where
        if (where := _lone_surrogate(v, k if isinstance(k, str) else key)) is not None:
            return where
    return None


def depth(value, limit: int = MAX_DEPTH + 1) -> int:
    """Levels of objects/lists in ``value`` (0 for a scalar), counted up to ``limit``."""
    level, current = 0, [value]
    while current and level < limit:
        nxt = []
        for item in current:
            if isinstance(item, dict):
                nxt.extend(item.values())
            elif isinstance(item, list):
                nxt.extend(item)
        if not nxt and not any(isinstance(i, (dict, list)) for i in current):
            break
        level += 1
        current = nxt
    return level
