"""The street maps of the region packs on the map page: vector tiles (MBTiles of gzip'd Mapbox
vector tiles, built by ``adapters.regions.tiles``) served decompressed to protomaps-leaflet.

The window's page fetches ``fvmap://app/vtiles/<pack>/{z}/{x}/{y}.pbf`` (same origin as the page,
answered by ``adapters.web_scheme``); an exported page carries the tiles of the day's area
inline (base64, size-capped) so it draws streets offline in any browser.

``STREET_MAPS`` is wired by the bootstrap: ``() -> [(name, mbtiles path), ...]`` of the installed
region packs that have a street map; None (tests, no packs) draws no street layer.
"""

from __future__ import annotations

import base64
import gzip
import math
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from fieldvisit.services.errors import UserError

MIME = b"application/vnd.mapbox-vector-tile"
URL = "fvmap://app/vtiles/{pack}/{{z}}/{{x}}/{{y}}.pbf"
#: Inline tiles of an exported page stop at this many bytes (before base64): about 3 MB.
INLINE_CAP = 3_000_000

STREET_MAPS: Callable[[], list[tuple[str, Path]]] | None = None
_OPEN: dict[tuple[Path, int], "StreetTiles"] = {}  # by path and modification time (a rebuilt pack is new)
_BY_NAME: dict[str, "StreetTiles"] = {}  # as found when the last page was built


class StreetTiles:
    """One street map (read only). ``bounds``: (south, west, north, east) in degrees; zooms from
    the file's metadata. Raises :class:`UserError` when the file is missing or not vector MBTiles."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        try:
            meta = dict(self._conn().execute("SELECT name, value FROM metadata").fetchall())
        except sqlite3.DatabaseError as exc:
            raise UserError(f"The street map {self.path} is damaged; build the region pack again.") from exc
        if meta.get("format") != "pbf":
            raise UserError(f"{self.path.name} is not a street map of vector tiles; build the region pack again.")
        w, s, e, n = (float(v) for v in meta.get("bounds", "-180,-85,180,85").split(","))
        self.bounds = (s, w, n, e)
        self.minzoom, self.maxzoom = int(meta.get("minzoom", 0)), int(meta.get("maxzoom", 14))
        self.attribution = meta.get("attribution", "")

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if not self.path.is_file():
                raise UserError(f"The street map {self.path} does not exist; build the region pack again.")
            conn = self._local.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        return conn

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ coordinates as plain (not gzip'd) protobuf bytes, or None."""
        if z < 0 or not (0 <= x < 2**z and 0 <= y < 2**z):
            return None
        row = self._conn().execute("SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                                   (z, x, (2**z - 1) - y)).fetchone()
        if not row or row[0] is None:
            return None
        data = bytes(row[0])
        return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data

    def tiles_in(self, south: float, west: float, north: float, east: float, z: int) -> list[tuple[int, int, int]]:
        """(z, x, y) of the stored tiles covering the box (degrees)."""
        x0, y0 = lonlat_tile(west, north, z)
        x1, y1 = lonlat_tile(east, south, z)
        rows = self._conn().execute("SELECT tile_column, tile_row FROM tiles WHERE zoom_level=? AND tile_column "
                                    "BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?",
                                    (z, x0, x1, (2**z - 1) - y1, (2**z - 1) - y0)).fetchall()
        return sorted((z, x, (2**z - 1) - r) for x, r in rows)

    def layer(self, url: str) -> dict:
        """The page's description of this map: ``url`` template, ``bounds`` [[s, w], [n, e]], zooms."""
        s, w, n, e = self.bounds
        return {"url": url, "bounds": [[s, w], [n, e]], "minzoom": self.minzoom, "maxzoom": self.maxzoom,
                "attribution": self.attribution}


def lonlat_tile(lon: float, lat: float, z: int) -> tuple[int, int]:
    """The XYZ tile (x, y) holding a point (degrees) at zoom ``z``."""
    lat = max(-85.0511, min(85.0511, lat))
    n = 2**z
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return min(max(x, 0), n - 1), min(max(y, 0), n - 1)


def street_tiles(name: str) -> StreetTiles | None:
    """The street map of the installed pack ``name`` (opened once), or None. Raises
    :class:`UserError` for a damaged street map."""
    if name not in _BY_NAME:
        _installed()
    return _BY_NAME.get(name)


def _installed() -> list[tuple[str, StreetTiles]]:
    """The installed packs' street maps (read again from ``STREET_MAPS``); damaged ones skipped."""
    found = []
    for name, path in (STREET_MAPS() if STREET_MAPS else []):
        try:
            key = (path, path.stat().st_mtime_ns)
            if key not in _OPEN:
                _OPEN[key] = StreetTiles(path)
        except (OSError, UserError):
            continue
        found.append((name, _OPEN[key]))
    _BY_NAME.clear()
    _BY_NAME.update(found)
    return found


def embedded_layers() -> list[dict]:
    """Street layers of every installed pack for the window's page (served by the scheme)."""
    from urllib.parse import quote

    return [tiles.layer(URL.format(pack=quote(name))) for name, tiles in _installed()]


def inline_layers(box: tuple[float, float, float, float] | None, cap: int = INLINE_CAP) -> list[dict]:
    """Street layers for an exported page: the tiles of the packs meeting ``box`` (south, west,
    north, east in degrees, padded by ~500 m) carried in the page, zoom by zoom from the lowest
    while under ``cap`` bytes. Each layer has ``url`` ``fvinline://<i>/{z}/{x}/{y}`` and
    ``tiles`` {"z/x/y": base64}; an empty list when no pack meets the box."""
    if box is None:
        return []
    s, w, n, e = box[0] - 0.005, box[1] - 0.01, box[2] + 0.005, box[3] + 0.01
    layers, used = [], 0
    for i, (_name, tiles) in enumerate(_installed()):
        ts, tw, tn, te = tiles.bounds
        if ts > n or tn < s or tw > e or te < w:
            continue
        carried: dict[str, str] = {}
        top = tiles.minzoom - 1
        for z in range(tiles.minzoom, tiles.maxzoom + 1):
            batch, size = {}, 0
            for _z, x, y in tiles.tiles_in(s, w, n, e, z):
                data = tiles.tile(z, x, y) or b""
                size += len(data)
                if used + size > cap:
                    break  # this zoom does not fit: the page stops at the one before
                if data:
                    batch[f"{z}/{x}/{y}"] = data
            if used + size > cap:
                break
            used += size
            carried.update({k: base64.b64encode(v).decode("ascii") for k, v in batch.items()})
            top = z
        if carried:
            layer = tiles.layer(f"fvinline://{i}/{{z}}/{{x}}/{{y}}")
            layers.append({**layer, "maxzoom": top, "tiles": carried})
    return layers
