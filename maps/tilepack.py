"""Build an MBTiles tile pack for FieldVisit's offline map.

    python -m maps.tilepack from-dir TILES_DIR OUT.mbtiles [--name N] [--attribution TEXT]
        TILES_DIR holds XYZ tiles as {z}/{x}/{y}.png (what most tile downloaders write).
    python -m maps.tilepack sample OUT.mbtiles --zoom 0-3
        A small synthetic pack (a coloured grid, labelled by nothing): for tests and demos.

MBTiles stores rows in TMS order: y is flipped (tile_row = 2^z - 1 - y).
"""

from __future__ import annotations

import argparse
import sqlite3
import struct
import zlib
from pathlib import Path


def _png(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    """A solid-colour PNG with a one-pixel darker border, written with the standard library."""
    r, g, b = rgb
    dark = (max(r - 40, 0), max(g - 40, 0), max(b - 40, 0))
    rows = []
    for y in range(size):
        line = bytearray([0])
        for x in range(size):
            line += bytes(dark if x == 0 or y == 0 else rgb)
        rows.append(bytes(line))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def create(out: Path, name: str, attribution: str = "", fmt: str = "png") -> sqlite3.Connection:
    if out.exists():
        out.unlink()
    conn = sqlite3.connect(out)
    conn.executescript("""
        CREATE TABLE metadata (name TEXT, value TEXT);
        CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);
        CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);
    """)
    conn.executemany("INSERT INTO metadata VALUES (?, ?)",
                     [("name", name), ("format", fmt), ("attribution", attribution), ("type", "baselayer")])
    return conn


def add_tile(conn: sqlite3.Connection, z: int, x: int, y: int, data: bytes) -> None:
    conn.execute("INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)", (z, x, (2**z - 1) - y, data))


def from_dir(folder: Path, out: Path, name: str, attribution: str) -> int:
    conn = create(out, name, attribution)
    count = 0
    zooms = []
    for path in sorted(folder.glob("*/*/*.png")):
        z, x, y = int(path.parts[-3]), int(path.parts[-2]), int(path.stem)
        add_tile(conn, z, x, y, path.read_bytes())
        zooms.append(z)
        count += 1
    if zooms:
        conn.executemany("INSERT INTO metadata VALUES (?, ?)", [("minzoom", str(min(zooms))), ("maxzoom", str(max(zooms)))])
    conn.commit()
    conn.close()
    return count


def sample(out: Path, zmin: int = 0, zmax: int = 3) -> int:
    """Every tile a different colour, so tests can tell which tile arrived (TMS flip included)."""
    conn = create(out, "FieldVisit sample", "sample tiles")
    count = 0
    for z in range(zmin, zmax + 1):
        for x in range(2**z):
            for y in range(2**z):
                colour = (80 + (x * 37) % 160, 80 + (y * 53) % 160, 120 + z * 30 % 120)
                add_tile(conn, z, x, y, _png(colour, 64))
                count += 1
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", [("minzoom", str(zmin)), ("maxzoom", str(zmax))])
    conn.commit()
    conn.close()
    return count


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m maps.tilepack")
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("from-dir")
    d.add_argument("folder")
    d.add_argument("out")
    d.add_argument("--name", default="FieldVisit tiles")
    d.add_argument("--attribution", default="")
    s = sub.add_parser("sample")
    s.add_argument("out")
    s.add_argument("--zoom", default="0-3")
    a = ap.parse_args(argv)
    if a.cmd == "from-dir":
        print(f"{from_dir(Path(a.folder), Path(a.out), a.name, a.attribution)} tiles written to {a.out}")
    else:
        lo, _, hi = a.zoom.partition("-")
        print(f"{sample(Path(a.out), int(lo), int(hi or lo))} tiles written to {a.out}")


if __name__ == "__main__":
    main()
