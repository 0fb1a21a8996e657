"""A stored case's position when a re-import gives its address again.

The position belongs to the address: a file that moves a case to another address without giving
coordinates clears the stored ones (the case waits for geocoding: a collector is never routed to
the old door); a moved case with coordinates takes them; the same address keeps what is stored,
and a position a collector pinned by hand on the map is kept over the file's coordinates.

Addresses are compared normalised (:func:`address_key`): Unicode compatibility forms, letter case,
accents, punctuation and spacing do not make a move (``Calle Mayor 2, Madrid`` is
``calle mayor 2 madrid``).
"""

from __future__ import annotations

import re
import unicodedata

from fieldvisit.domain.cases import GeoStatus

_NOT_WORD = re.compile(r"[\W_]+")

KEEP = "keep"        # the file's reading stands (no move, or a move with its own coordinates)
CLEAR = "clear"      # moved without coordinates: the stored position is cleared, geocoding pending
PINNED = "pinned"    # same address, a hand-pinned position is kept over the file's coordinates


def address_key(address: str) -> str:
    """The form two addresses are compared in: NFKC, accents dropped, case-folded, words only."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", address or ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def position_on_reimport(stored_address: str, stored_status: str, new_address: str, *,
                         address_given: bool, coordinates_given: bool) -> str:
    """What a re-import does with a stored case's position: :data:`KEEP`, :data:`CLEAR` or
    :data:`PINNED`. ``address_given``/``coordinates_given``: the row has a non-blank address /
    usable coordinates."""
    moved = address_given and address_key(stored_address) != address_key(new_address)
    if moved:
        return KEEP if coordinates_given else CLEAR
    if coordinates_given and stored_status == GeoStatus.MANUAL.value:
        return PINNED
    return KEEP
