"""Offline base maps: MBTiles tile packs (SQLite; rows are TMS, so y is flipped)."""

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


def _raster_format(name: str, declared: str, samples: list[bytes]) -> str:
    """The pack's one image format, told by sampled tiles' bytes (metadata can be wrong or missing).
    Raises :class:`UserError` for a pack without tiles, vector (pbf) tiles, any other kind of
    content (whatever its metadata's ``format`` says), or tiles of more than one kind."""
    if not samples:
        raise UserError(f"{name} holds no tiles, so the map would be blank; import a tile pack that has map "
                        "tiles in it.")
    kinds = {_tile_kind(sample) for sample in samples}
    if len(kinds) > 1:
        shown = ", ".join(sorted(k.upper() if k else "unreadable" for k in kinds))
        raise UserError(f"{name} mixes tiles of different kinds ({shown}), which the map cannot show together; "
                        "import a pack made in one raster format (PNG, JPEG or WebP).")
    kind, declared = kinds.pop(), declared.lower()
    if kind and kind != "pbf":
        return kind
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
    unknown tiles, or tiles of mixed formats. ``format``: "png", "jpg" or "webp"."""

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
        tms_y = (2**z - 1) - y
        row = self._conn().execute(
            "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?", (z, x, tms_y)).fetchone()
        return (_blob(row[0]) or None) if row and row[0] is not None else None  # NULL or empty: no tile

    @property
    def mime(self) -> bytes:
        return {"jpg": b"image/jpeg", "jpeg": b"image/jpeg", "webp": b"image/webp"}.get(self.format, b"image/png")

    def leaflet_layer(self, url_template: str = "fvmap://tiles/{z}/{x}/{y}") -> dict:
        return {"url": url_template, "minzoom": self.minzoom, "maxzoom": self.maxzoom,
                "attribution": self.metadata.get("attribution", "")}
