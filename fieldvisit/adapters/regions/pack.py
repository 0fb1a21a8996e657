"""A region pack on disk: ``<regions folder>/<name>/`` with ``manifest.json``, one OSRM dataset per
travel profile (``car/``, ``bicycle/``, ``foot/``), ``addresses.sqlite`` and ``streets.mbtiles``.

The manifest says which engine built it; a pack built by another engine version is refused
(OSRM's files are not portable between versions).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from fieldvisit.services.errors import UserError

FORMAT = 1
MANIFEST = "manifest.json"
#: FieldVisit travel mode -> OSRM profile of the pack (public transport has none: geodesic).
MODE_PROFILE = {"car": "car", "motorbike": "car", "bicycle": "bicycle", "walk": "foot"}
PROFILES = ("car", "bicycle", "foot")
#: A pack's folder name: letters (any script), digits, spaces, '-', '_', '.'; never a path.
NAME_RE = re.compile(r"^[^\W_][\w .-]{0,62}$")
#: Files each profile's OSRM dataset (CH) cannot be opened without.
OSRM_NEEDS = ("region.osrm.hsgr", "region.osrm.fileIndex", "region.osrm.ebg_nodes", "region.osrm.properties")


def engine_version() -> str:
    """``osrm-bindings <version>``: what a pack's routing files must have been built with."""
    try:
        return f"osrm-bindings {metadata.version('osrm-bindings')}"
    except metadata.PackageNotFoundError:  # pragma: no cover - declared dependency
        return "osrm-bindings ?"


def check_name(name: str) -> str:
    """``name`` stripped; raises :class:`UserError` unless it is a plain folder name (no '/', '..')."""
    name = (name or "").strip()
    if not NAME_RE.match(name) or name.endswith("."):
        raise UserError(f"The region name {name!r} cannot be used; use letters, digits, spaces, '-', '_' or '.'.")
    return name


@dataclass(frozen=True)
class RegionPack:
    """A built pack. ``bounds`` is (min_lat, min_lon, max_lat, max_lon) in degrees."""

    path: Path
    name: str
    profiles: tuple[str, ...]
    bounds: tuple[float, float, float, float]
    addresses: int
    engine: str
    source: str
    built: str
    tiles: str | None = None  # file name of the street map inside the pack, if built

    @property
    def modes(self) -> list[str]:
        return [m for m, p in MODE_PROFILE.items() if p in self.profiles]

    def osrm_file(self, profile: str) -> Path:
        return self.path / profile / "region.osrm"

    def contains(self, lat: float, lon: float) -> bool:
        s, w, n, e = self.bounds
        return s <= lat <= n and w <= lon <= e

    def size(self) -> int:
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())

    def as_json(self) -> dict:
        return {"name": self.name, "modes": self.modes, "addresses": self.addresses, "bounds": list(self.bounds),
                "engine": self.engine, "source": self.source, "built": self.built, "bytes": self.size(),
                "street_map": bool(self.tiles), "path": str(self.path)}


def write_manifest(folder: Path, **fields) -> None:
    (folder / MANIFEST).write_text(json.dumps({"format": FORMAT, **fields}, indent=1), encoding="utf-8")


def load_pack(folder: Path) -> RegionPack:
    """Read a pack's manifest. Raises :class:`UserError` for a broken pack or one built by another
    engine version (one sentence; rebuild it from its extract)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        pack = RegionPack(folder, data["name"], tuple(data["profiles"]), tuple(data["bounds"]),
                          int(data["addresses"]), data["engine"], data.get("source", ""), data.get("built", ""),
                          data.get("tiles"))
        fmt = data["format"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"The region pack in {folder} is incomplete or damaged; remove it and build it again.") from exc
    if fmt != FORMAT or pack.engine != engine_version():
        raise UserError(f"The region pack {pack.name!r} was built by {pack.engine} (format {fmt}); this FieldVisit "
                        f"uses {engine_version()}: build it again from its extract.")
    missing = [f"{p}/{f}" for p in pack.profiles for f in OSRM_NEEDS if not (folder / p / f).is_file()]
    if not (folder / "addresses.sqlite").is_file():
        missing.append("addresses.sqlite")
    if missing:
        raise UserError(f"The region pack {pack.name!r} is missing {missing[0]}"
                        + (f" and {len(missing) - 1} more files" if len(missing) > 1 else "")
                        + "; remove it and build it again from its extract.")
    return pack


def unusable_packs(root: Path) -> list[dict]:
    """Pack folders under ``root`` that cannot be used, as ``[{name, error}]`` (error: one sentence
    saying why and what to do): another engine version, damaged or missing files."""
    out = []
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            if folder.is_dir() and not folder.name.startswith(".") and (folder / MANIFEST).is_file():
                try:
                    load_pack(folder)
                except UserError as exc:
                    out.append({"name": folder.name, "error": str(exc)})
    return out


def list_packs(root: Path) -> list[RegionPack]:
    """Usable packs under ``root`` (sorted by name); unfinished builds (``.building-*``) and packs
    of another version are skipped."""
    packs = []
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            if folder.is_dir() and not folder.name.startswith(".") and (folder / MANIFEST).is_file():
                try:
                    packs.append(load_pack(folder))
                except UserError:
                    continue
    return packs
