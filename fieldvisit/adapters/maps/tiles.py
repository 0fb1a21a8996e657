"""Offline base maps: MBTiles tile packs (SQLite; rows are TMS, so y is flipped, unless the pack's
metadata declares ``scheme=xyz`` as some tools write)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from fieldvisit.services.errors import UserError


RASTER = {"png": b"\x89PNG", "jpg": b"\xff\xd8", "jpeg": b"\xff\xd8", "webp": b"RIFF"}


def _tile_kind(sample: bytes) -> str:
    """What one tile's bytes are: "png", "jpg", "webp", "pbf" (vector, gzip'd or plain) or "" (unknown)."""
    for fmt, magic in RASTER.items():
        if sample.startswith(magic) and (fmt != "webp" or sample[8:12] == b"WEBP"):
            return "jpg" if fmt == "jpeg" else fmt
    return "pbf" if sample[:2] == b"\x1f\x8b" or sample[:1] == b"\x1a" else ""


MIME = {"png": b"image/png", "jpg": b"image/jpeg", "webp": b"image/webp"}


def _raster_format(name: str, declared: str, samples: list[bytes]) -> str:
    """The pack's image format (its first sampled tile's, told by the bytes: metadata can be wrong
    or missing); PNG, JPEG and WebP tiles may be mixed (the map draws each by its own bytes).
    Raises :class:`UserError` for a pack without tiles, vector (pbf) tiles, or any tile that is no
    image (whatever its metadata's ``format`` says)."""
    if not samples:
        raise UserError(f"{name} holds no tiles, so the map would be blank; import a tile pack that has map "
                        "tiles in it.")
    kinds = [_tile_kind(sample) for sample in samples]
    if all(kind in MIME for kind in kinds):
        return kinds[0]
    kind = "pbf" if "pbf" in kinds else ""
    declared = declared.lower()
    if kind == "pbf" or declared in ("pbf", "mvt"):
        raise UserError(f"{name} holds vector tiles (pbf), which this map cannot draw as a tile pack; import a "
                        "raster MBTiles pack (PNG, JPEG or WebP) or build a region pack from an .osm.pbf extract.")
    # the bytes are no image whatever the metadata says (base64 text, damaged rows): the map would
    # show broken tiles, so the pack is refused (BRK15b #10)
    stated = f" although it says {declared.upper()}" if declared in RASTER else ""
    raise UserError(f"{name} holds tiles that are not images (not PNG, JPEG or WebP bytes{stated}; text such as "
                    "base64, or damaged data); import a raster MBTiles pack with the images stored as BLOBs.")


def _blob(value) -> bytes:
    """A tile row's bytes (a TEXT value, as some tools write, as its UTF-8 bytes)."""
    return bytes(value) if isinstance(value, (bytes, memoryview)) else str(value).encode()


class TilePack:
    """One raster MBTiles pack (read only), checked when opened. Raises :class:`UserError` (one
    sentence) for a missing file, a file that is not MBTiles, a pack without tiles, vector or
    unknown tiles, or a tile scheme other than tms/xyz. ``format``: the first sampled tile's, "png",
    "jpg" or "webp"."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            if self.path.exists():  # a FIFO or a device: refused (never opened by SQLite, which would wait)
                from fieldvisit.adapters.files.safe_write import open_untrusted

                open_untrusted(self.path, follow=True).close()
            raise UserError(f"The tile pack {self.path} does not exist.")
        self._local = threading.local()
        try:
            meta = dict(self._conn().execute("SELECT name, value FROM metadata").fetchall())
            self._conn().execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            raise UserError(f"{self.path.name} is not an MBTiles tile pack.") from exc
        self.metadata = meta
        self.format = _raster_format(self.path.name, meta.get("format", ""), self._samples())
        scheme = str(meta.get("scheme") or "tms").strip().lower()
        if scheme not in ("tms", "xyz"):
            raise UserError(f"{self.path.name} declares the tile scheme {scheme[:20]!r}, which the map cannot "
                            "read; import an MBTiles pack whose scheme is tms or xyz.")
        self.flip_rows = scheme == "tms"  # MBTiles' default; some tools write xyz rows (BRK16b #11)
        zooms = self._conn().execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
        self.minzoom = int(meta.get("minzoom", zooms[0] if zooms[0] is not None else 0))
        self.maxzoom = int(meta.get("maxzoom", zooms[1] if zooms[1] is not None else 0))

    def _samples(self) -> list[bytes]:
        """The first and last stored tile of every zoom level (NULL and empty tiles left out): a
        cheap walk of the MBTiles (zoom, column, row) index, even for a pack of millions of tiles."""
        conn = self._conn()
        out: list[bytes] = []
        for (zoom,) in conn.execute("SELECT DISTINCT zoom_level FROM tiles").fetchall():
            for order in ("ASC", "DESC"):
                row = conn.execute(
                    "SELECT tile_data FROM tiles WHERE zoom_level=? AND length(tile_data) > 0 "
                    f"ORDER BY tile_column {order}, tile_row {order} LIMIT 1", (zoom,)).fetchone()
                if row:
                    out.append(_blob(row[0]))
        return out

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        return conn

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ (Leaflet's scheme) coordinates as image bytes, or None where the pack
        has no tile there (a missing, NULL or empty row: the map shows "no tile", a 404)."""
        if z < 0 or not (0 <= x < 2**z and 0 <= y < 2**z):
            return None
        row_y = (2**z - 1) - y if self.flip_rows else y
        row = self._conn().execute(
            "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?", (z, x, row_y)).fetchone()
        return (_blob(row[0]) or None) if row and row[0] is not None else None  # NULL or empty: no tile

    @staticmethod
    def mime_of(data: bytes) -> bytes:
        """The content type of one tile, from its own bytes (a pack may mix PNG, JPEG and WebP)."""
        return MIME.get(_tile_kind(data), b"application/octet-stream")

    def leaflet_layer(self, url_template: str = "fvmap://tiles/{z}/{x}/{y}") -> dict:
        return {"url": url_template, "minzoom": self.minzoom, "maxzoom": self.maxzoom,
                "attribution": self.metadata.get("attribution", "")}
