"""Offline base maps: MBTiles tile packs (SQLite; rows are TMS, so y is flipped)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from fieldvisit.services.errors import UserError


RASTER = {"png": b"\x89PNG", "jpg": b"\xff\xd8", "jpeg": b"\xff\xd8", "webp": b"RIFF"}


def _raster_format(name: str, declared: str, sample: bytes) -> str:
    """The pack's image format, told by its first tile's bytes (metadata can be wrong or missing).
    Raises :class:`UserError` for vector (pbf) tiles and any other kind of content."""
    for fmt, magic in RASTER.items():
        if sample.startswith(magic) and (fmt != "webp" or sample[8:12] == b"WEBP"):
            return "jpg" if fmt == "jpeg" else fmt
    declared = declared.lower()
    if declared in ("pbf", "mvt") or sample[:2] == b"\x1f\x8b" or sample[:1] == b"\x1a":
        raise UserError(f"{name} holds vector tiles (pbf), which this map cannot draw as a tile pack; import a "
                        "raster MBTiles pack (PNG, JPEG or WebP) or build a region pack from an .osm.pbf extract.")
    if declared in RASTER or (not declared and not sample):
        return "jpg" if declared == "jpeg" else declared or "png"
    raise UserError(f"{name} holds tiles of an unknown format ({declared or 'not stated'}); import a raster "
                    "MBTiles pack (PNG, JPEG or WebP).")


class TilePack:
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
        self.format = _raster_format(self.path.name, meta.get("format", ""), self._first_tile())
        zooms = self._conn().execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
        self.minzoom = int(meta.get("minzoom", zooms[0] if zooms[0] is not None else 0))
        self.maxzoom = int(meta.get("maxzoom", zooms[1] if zooms[1] is not None else 0))

    def _first_tile(self) -> bytes:
        row = self._conn().execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
        return bytes(row[0] or b"") if row else b""

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        return conn

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ (Leaflet's scheme) coordinates, or None."""
        if z < 0 or not (0 <= x < 2**z and 0 <= y < 2**z):
            return None
        tms_y = (2**z - 1) - y
        row = self._conn().execute(
            "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?", (z, x, tms_y)).fetchone()
        return bytes(row[0]) if row else None

    @property
    def mime(self) -> bytes:
        return {"jpg": b"image/jpeg", "jpeg": b"image/jpeg", "webp": b"image/webp"}.get(self.format, b"image/png")

    def leaflet_layer(self, url_template: str = "fvmap://tiles/{z}/{x}/{y}") -> dict:
        return {"url": url_template, "minzoom": self.minzoom, "maxzoom": self.maxzoom,
                "attribution": self.metadata.get("attribution", "")}
