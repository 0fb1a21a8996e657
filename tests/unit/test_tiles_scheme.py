"""BRK16b #11: a raster MBTiles pack is read in the scheme its metadata declares (MBTiles' default
TMS, or xyz as some tools write), and PNG/JPEG/WebP tiles may be mixed, each served as its kind."""

import sqlite3

import pytest

from fieldvisit.adapters.maps.tiles import TilePack
from fieldvisit.services.errors import UserError


def _image(colour: str, fmt: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(data)


def _pack(path, scheme, row0: bytes, row1: bytes):
    """Zoom 1, column 0: stored row 0 holds ``row0``, stored row 1 holds ``row1`` (the tester's sch.py)."""
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE metadata (name TEXT, value TEXT);"
                       "CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB);")
    conn.execute("INSERT INTO metadata VALUES ('format', 'png')")
    if scheme is not None:
        conn.execute("INSERT INTO metadata VALUES ('scheme', ?)", (scheme,))
    conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                     [(0, 0, 0, row0), (1, 0, 0, row0), (1, 0, 1, row1)])
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("scheme, top", [("xyz", "red"), ("XYZ", "red"), ("tms", "blue"), (None, "blue")])
def test_declared_scheme_decides_which_row_is_the_top(tmp_path, qapp, scheme, top):
    red, blue = _image("red", "PNG"), _image("blue", "PNG")
    pack = TilePack(_pack(tmp_path / "s.mbtiles", scheme, red, blue))
    assert pack.tile(1, 0, 0) == (red if top == "red" else blue)  # XYZ y=0 is the top-left tile
    assert pack.tile(1, 0, 1) == (blue if top == "red" else red)


def test_unknown_scheme_is_refused_in_one_sentence(tmp_path, qapp):
    red = _image("red", "PNG")
    with pytest.raises(UserError, match=r"^s\.mbtiles declares the tile scheme 'google'[^\n]*tms or xyz\.$"):
        TilePack(_pack(tmp_path / "s.mbtiles", "google", red, red))


def test_png_and_jpeg_pack_is_drawn_each_tile_with_its_own_type(tmp_path, qapp):
    png, jpeg = _image("red", "PNG"), _image("blue", "JPG")
    webp = _image("green", "WEBP")
    pack = TilePack(_pack(tmp_path / "m.mbtiles", "xyz", png, jpeg))
    assert pack.mime_of(pack.tile(1, 0, 0)) == b"image/png"
    assert pack.mime_of(pack.tile(1, 0, 1)) == b"image/jpeg"
    if webp:  # Qt's WebP plugin may be missing; the magic bytes decide either way
        assert TilePack.mime_of(webp) == b"image/webp"
    with pytest.raises(UserError, match="not images"):
        TilePack(_pack(tmp_path / "t.mbtiles", "xyz", png, b"hello, I am text"))
