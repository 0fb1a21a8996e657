"""A column holding latitude and longitude together (``Coordinates: 40.4168, -3.7038``): each
row's cell is split into the ``lat`` and ``lon`` the rest of the import reads.

Decided once per file: a file without such a column keeps the plain row splitter, so its rows pay
nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from fieldvisit.domain.case_rows import cell_text
from fieldvisit.domain.coordinate_pairs import split_pair

PAIR_FIELD = "coordinates"


def with_coordinate_pairs(split: Callable, columns: list[dict]) -> Callable:
    """``split`` (raw row → ``(mapped, kept)``, :func:`~fieldvisit.services.import_columns.row_splitter`)
    unchanged when no column is mapped to ``coordinates``; else a splitter that replaces that cell
    by ``lat`` and ``lon`` (columns of their own win). A cell that is not two numbers is given as the
    latitude and longitude, so the row is rejected naming it, never read as no place."""
    if not any(c["action"] == "map" and c["field"] == PAIR_FIELD for c in columns):
        return split

    def pair_split(values: list) -> tuple[dict, dict[str, str]]:
        mapped, kept = split(values)
        text = cell_text(mapped.pop(PAIR_FIELD, None)).strip()
        if text and not mapped.get("lat") and not mapped.get("lon"):
            pair = split_pair(text)
            mapped["lat"], mapped["lon"] = pair if pair else (text, text)
        return mapped, kept

    return pair_split
