"""The folder of region packs of this installation (``<data folder>/regions``) and the offline
geocoder over their address indexes. The address index and the builder are imported when used
(listing the packs, as every plan does, stays cheap)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fieldvisit.adapters.regions.pack import NAME_RE, RegionPack, list_packs, load_pack, unusable_packs
from fieldvisit.domain.case_places import implausible_position
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import GeocoderOffline

if TYPE_CHECKING:
    from fieldvisit.adapters.regions.addresses import Hit


@dataclass
class RegionFolder:
    root: Path

    def packs(self) -> list[RegionPack]:
        return list_packs(self.root)

    def unusable(self) -> list[dict]:
        """Packs here that cannot be used: ``[{name, error}]`` (see :func:`unusable_packs`)."""
        return unusable_packs(self.root)

    def _folder(self, name: str) -> Path:
        """The folder of pack ``name``; raises :class:`UserError` when there is none. A name is
        never a path: ``../x`` or ``/home/me`` never reach outside the regions folder."""
        name = (name or "").strip()
        folder = self.root / name
        if not NAME_RE.match(name) or name.endswith(".") or not (folder / "manifest.json").is_file():
            known = ", ".join(sorted({p.name for p in self.packs()} | {u["name"] for u in self.unusable()})) or "none"
            raise UserError(f"There is no region pack named {name!r} (known: {known}); see `fieldvisit region list`.")
        return folder

    def build(self, extract: Path, name: str, street_map: bool = True):
        """Work (generator of Progress) returning the built pack's JSON; see :func:`build_pack`."""
        from fieldvisit.adapters.regions.build import build_pack

        from fieldvisit.adapters.files.safe_write import private_folder

        private_folder(self.root)  # inside FieldVisit's own folder, which stays owner-only
        return build_pack(extract, self.root, name, street_map=street_map)

    def remove(self, name: str) -> None:
        """Delete pack ``name`` (usable or not). Raises :class:`UserError` if there is none."""
        shutil.rmtree(self._folder(name))

    def pack(self, name: str) -> RegionPack:
        return load_pack(self._folder(name))

    def search(self, query: str, limit: int = 5, streets: bool = True) -> list[Hit]:
        """Addresses, streets and named places matching ``query`` in every pack, best first."""
        from fieldvisit.adapters.regions.addresses import index_for

        hits: list[Hit] = []
        for pack in self.packs():
            index = index_for(pack.path)
            if index is not None:
                hits += index.search(query, limit=limit, streets=streets)
        return sorted(hits, key=lambda h: -h.score)[:limit]


@dataclass
class RegionGeocoder:
    """Geocoder port: the region packs' addresses first, ``online`` (may be None) for the rest."""

    regions: RegionFolder
    online: object | None

    @property
    def key(self) -> str:
        return "regions+" + (self.online.key if self.online is not None else "offline")

    def geocode(self, query: str, country: str = "") -> tuple[float, float, str] | None:
        hits = self.regions.search(query, limit=8, streets=False)
        if hits:
            best = hits[0]
            rivals = [h for h in hits[1:] if best.score - h.score < 2]
            # Shops in one building share its address: near each other they are one answer;
            # two different doors scoring alike are a guess, left to the online geocoder.
            if all(abs(h.lat - best.lat) < 0.0015 and abs(h.lon - best.lon) < 0.003 for h in rivals) and \
                    not (country and implausible_position(country, best.lat, best.lon)):  # not another country's pack
                return best.lat, best.lon, best.label
        if self.online is None:
            raise GeocoderOffline("no online geocoder")
        return self.online.geocode(query, country)
