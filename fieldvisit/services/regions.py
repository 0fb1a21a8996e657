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

#: A pack's name is its folder's: letters (any script), digits, spaces, '-', '_', '.'; never a path.
NAME_RE = re.compile(r"^[^\W_][\w .-]{0,62}$")


class RegionStore(Protocol):
    def packs(self) -> list: ...
    def unusable(self) -> list[dict]: ...
    def build(self, extract: Path, name: str, street_map: bool = True) -> Work[dict]: ...
    def remove(self, name: str) -> None: ...
    def search(self, query: str, limit: int = 5, streets: bool = True) -> list: ...


def default_name(extract: Path) -> str:
    """``Helsinki.osm.pbf`` -> ``Helsinki``; characters a pack name cannot hold become spaces
    (``finland-latest (1).osm.pbf`` -> ``finland-latest 1``, ``Zürich.osm.pbf`` -> ``Zürich``)."""
    name = extract.name
    for suffix in (".osm.pbf", ".pbf"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    else:
        name = extract.stem
    return " ".join(re.sub(r"[^\w.-]+", " ", name).split()).strip(" ._-")[:63]


def build_region(store: RegionStore, extract: Path, name: str | None = None, street_map: bool = True) -> Work[dict]:
    """Build a pack from ``extract`` (.osm.pbf). Work returning JSON with ``name``, ``modes``,
    ``addresses`` (count), ``seconds`` (build time), ``bytes`` (pack size). Raises
    :class:`UserError` for a bad name, a missing / truncated / non-OSM extract or one without roads."""
    name = (default_name(extract) if name is None else name).strip()
    if not NAME_RE.match(name) or name.endswith("."):
        raise UserError(f"The region name {name!r} cannot be used; give --name with letters, digits, '-', '_' or '.'.")
    if not extract.is_file():
        raise UserError(f"The extract {extract} does not exist; give the path of an .osm.pbf file.")
    return store.build(extract, name, street_map=street_map)


def list_regions(store: RegionStore) -> list[dict]:
    """The usable packs: ``[{name, modes, addresses, bounds, engine, source, built, bytes, street_map, path}]``."""
    return [p.as_json() for p in store.packs()]


def unusable_regions(store: RegionStore) -> list[dict]:
    """Packs that cannot be used (another engine version, files missing): ``[{name, error}]``,
    ``error`` being one sentence saying what to do."""
    return store.unusable()


def remove_region(store: RegionStore, name: str) -> None:
    store.remove(name)


def find_place(store: RegionStore, query: str, limit: int = 5) -> list[dict]:
    """Addresses, streets and places matching ``query`` offline: ``[{lat, lon, label, kind, score}]``."""
    if not query.strip():
        return []
    return [{"lat": h.lat, "lon": h.lon, "label": h.label, "kind": h.kind, "score": round(h.score, 1)}
            for h in store.search(query, limit=limit)]
