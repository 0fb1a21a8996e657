"""Offline base maps: MBTiles tile packs (SQLite; rows are TMS, so y is flipped)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from fieldvisit.services.errors import UserError


class TilePack:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise UserError(f"The tile pack {self.path} does not exist.")
        self._local = threading.local()
        try:
            meta = dict(self._conn().execute("SELECT name, value FROM metadata").fetchall())
            self._conn().execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            raise UserError(f"{self.path.name} is not an MBTiles tile pack.") from exc
        self.metadata = meta
        self.format = meta.get("format", "png")
        zooms = self._conn().execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
        self.minzoom = int(meta.get("minzoom", zooms[0] if zooms[0] is not None else 0))
        self.maxzoom = int(meta.get("maxzoom", zooms[1] if zooms[1] is not None else 0))

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
