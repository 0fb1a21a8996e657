"""Use cases of region packs (roads, address index, street map built offline from an OSM extract).

The packs live in a :class:`RegionStore` (adapter: ``fieldvisit.adapters.regions.store``); the
planner uses them through the travel model the bootstrap wires (``travel: roads`` in a plan).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from fieldvisit.services.errors import UserError
from fieldvisit.services.progress import Work

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,62}$")


class RegionStore(Protocol):
    def packs(self) -> list: ...
    def build(self, extract: Path, name: str, street_map: bool = True) -> Work[dict]: ...
    def remove(self, name: str) -> None: ...
    def search(self, query: str, limit: int = 5, streets: bool = True) -> list: ...


def default_name(extract: Path) -> str:
    """``Helsinki.osm.pbf`` -> ``Helsinki``."""
    name = extract.name
    for suffix in (".osm.pbf", ".pbf"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return extract.stem


def build_region(store: RegionStore, extract: Path, name: str | None = None, street_map: bool = True) -> Work[dict]:
    """Build a pack from ``extract`` (.osm.pbf). Work returning JSON with ``name``, ``modes``,
    ``addresses`` (count), ``seconds`` (build time), ``bytes`` (pack size). Raises
    :class:`UserError` for a bad name, a missing / truncated / non-OSM extract or one without roads."""
    name = (name or default_name(extract)).strip()
    if not NAME_RE.match(name):
        raise UserError(f"The region name {name!r} cannot be used; give --name with letters, digits, '-', '_' or '.'.")
    if not extract.is_file():
        raise UserError(f"The extract {extract} does not exist; give the path of an .osm.pbf file.")
    return store.build(extract, name, street_map=street_map)


def list_regions(store: RegionStore) -> list[dict]:
    return [p.as_json() for p in store.packs()]


def remove_region(store: RegionStore, name: str) -> None:
    store.remove(name)


def find_place(store: RegionStore, query: str, limit: int = 5) -> list[dict]:
    """Addresses, streets and places matching ``query`` offline: ``[{lat, lon, label, kind, score}]``."""
    if not query.strip():
        return []
    return [{"lat": h.lat, "lon": h.lon, "label": h.label, "kind": h.kind, "score": round(h.score, 1)}
            for h in store.search(query, limit=limit)]
