"""MBTiles packs: TMS rows are flipped to XYZ; bad files are refused."""

import sqlite3

import pytest

from fieldvisit.adapters.maps.tiles import TilePack
from fieldvisit.services.errors import UserError
from maps import tilepack


def test_tms_rows_are_flipped(tmp_path):
    path = tmp_path / "t.mbtiles"
    conn = tilepack.create(path, "t")
    tilepack.add_tile(conn, 2, 1, 0, b"\x89PNG\r\n\x1a\nnorth")  # XYZ y=0 is the top row
    conn.commit()
    conn.close()
    raw = sqlite3.connect(path).execute("SELECT tile_row FROM tiles").fetchone()[0]
    assert raw == 3  # stored as TMS
    pack = TilePack(path)
    assert pack.tile(2, 1, 0) == b"\x89PNG\r\n\x1a\nnorth" and pack.tile(2, 1, 3) is None
    assert pack.tile(2, 9, 0) is None and pack.tile(-1, 0, 0) is None


def test_sample_pack_and_refusals(tmp_path):
    path = tmp_path / "s.mbtiles"
    assert tilepack.sample(path, 0, 2) == 1 + 4 + 16
    pack = TilePack(path)
    assert (pack.minzoom, pack.maxzoom) == (0, 2) and pack.tile(1, 1, 1).startswith(b"\x89PNG")
    bad = tmp_path / "bad.mbtiles"
    bad.write_text("nope")
    with pytest.raises(UserError, match="not an MBTiles"):
        TilePack(bad)
    with pytest.raises(UserError, match="does not exist"):
        TilePack(tmp_path / "missing.mbtiles")


def test_vector_tile_pack_is_refused_in_one_sentence(tmp_path):
    """/work/shared/cases/14_vector_mbtiles_accepted: gzip'd pbf tiles were accepted and served as PNG."""
    import gzip

    path = tmp_path / "vector.mbtiles"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE metadata (name TEXT, value TEXT);"
                       "CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB);")
    conn.execute("INSERT INTO metadata VALUES ('format', 'pbf')")
    conn.execute("INSERT INTO tiles VALUES (0, 0, 0, ?)", (gzip.compress(b"\x1a\x05layer"),))
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match=r"^vector\.mbtiles holds vector tiles \(pbf\), [^\n]*extract\.$"):
        TilePack(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE metadata SET value = 'png'")  # metadata lying: the bytes tell
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="vector tiles"):
        TilePack(path)


def _pack(path, rows, fmt="png"):
    """A bare MBTiles file with ``rows`` of (z, x, tms_row, tile_data)."""
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE metadata (name TEXT, value TEXT);"
                       "CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB);")
    conn.execute("INSERT INTO metadata VALUES ('format', ?)", (fmt,))
    conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()
    return path


PNG, JPEG = b"\x89PNG\r\n\x1a\nrest", b"\xff\xd8\xff\xe0rest"


def test_pack_without_tiles_is_refused_in_one_sentence(tmp_path):
    """BRK14b F: a valid pack with 0 tiles was accepted and the map drew blank with no message."""
    with pytest.raises(UserError, match=r"^e\.mbtiles holds no tiles[^\n]*\.$"):
        TilePack(_pack(tmp_path / "e.mbtiles", []))
    with pytest.raises(UserError, match="holds no tiles"):  # only NULL and empty rows: no tiles either
        TilePack(_pack(tmp_path / "n.mbtiles", [(0, 0, 0, None), (1, 0, 0, b"")]))


def test_null_tile_is_no_tile_not_a_crash(tmp_path):
    """BRK14b F: a NULL tile_data row made tile() raise TypeError; it is a missing tile (404)."""
    pack = TilePack(_pack(tmp_path / "n.mbtiles", [(0, 0, 0, None), (1, 0, 0, PNG), (1, 1, 1, b"")]))
    assert pack.format == "png"
    assert pack.tile(0, 0, 0) is None and pack.tile(1, 1, 0) is None  # NULL and empty rows
    assert pack.tile(1, 0, 1) == PNG  # TMS row 0 = XYZ y 1


def test_mixed_image_pack_is_served_tile_by_tile_and_non_images_refused(tmp_path):
    """BRK14b F / BRK16b #11: each tile is served with its own type (Leaflet draws PNG and JPEG
    alike); a non-image tile anywhere in the pack (deep, at another zoom) still refuses it."""
    rows = [(0, 0, 0, PNG)] + [(2, x, y, PNG) for x in range(4) for y in range(4)]
    rows[-1] = (2, 3, 3, JPEG)  # a different format deep in the pack, at another zoom level
    mixed = TilePack(_pack(tmp_path / "m.mbtiles", rows))
    assert mixed.mime_of(mixed.tile(2, 3, 0)) == b"image/jpeg" and mixed.mime_of(mixed.tile(0, 0, 0)) == b"image/png"
    rows[-1] = (2, 3, 3, b"<html>not a tile</html>")
    with pytest.raises(UserError, match=r"^x\.mbtiles holds tiles that are not images[^\n]*\.$"):
        TilePack(_pack(tmp_path / "x.mbtiles", rows))
    one = TilePack(_pack(tmp_path / "j.mbtiles", [(0, 0, 0, JPEG), (1, 0, 0, JPEG), (1, 1, 1, JPEG)], "png"))
    assert (one.format, one.mime_of(one.tile(0, 0, 0))) == ("jpg", b"image/jpeg")


def test_text_tiles_are_refused_whatever_the_metadata_says(tmp_path):
    """BRK15b #10: a pack whose tile_data is base64 TEXT was accepted as PNG (broken tiles)."""
    import base64

    text = base64.b64encode(PNG).decode()  # stored as TEXT, as some tools write
    with pytest.raises(UserError, match=r"^t\.mbtiles holds tiles that are not images \(not PNG, JPEG or WebP "
                                        r"bytes although it says PNG;[^\n]*\.$"):
        TilePack(_pack(tmp_path / "t.mbtiles", [(0, 0, 0, text), (1, 0, 0, text)], "png"))
    with pytest.raises(UserError, match="not images"):
        TilePack(_pack(tmp_path / "u.mbtiles", [(0, 0, 0, b"just bytes")], ""))
