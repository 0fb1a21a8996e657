"""MBTiles packs: TMS rows are flipped to XYZ; bad files are refused."""

import sqlite3

import pytest

from fieldvisit.adapters.maps.tiles import TilePack
from fieldvisit.services.errors import UserError
from maps import tilepack


def test_tms_rows_are_flipped(tmp_path):
    path = tmp_path / "t.mbtiles"
    conn = tilepack.create(path, "t")
    tilepack.add_tile(conn, 2, 1, 0, b"north")  # XYZ y=0 is the top row
    conn.commit()
    conn.close()
    raw = sqlite3.connect(path).execute("SELECT tile_row FROM tiles").fetchone()[0]
    assert raw == 3  # stored as TMS
    pack = TilePack(path)
    assert pack.tile(2, 1, 0) == b"north" and pack.tile(2, 1, 3) is None
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
