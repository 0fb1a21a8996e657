"""Workspace cache of road travel matrices (from an OSRM ``/table`` service), so a laptop that
planned once with the office's routing service keeps road times when it is offline.

Matrices are kept whole, one row per (source, points in order): found whole or not at all. When
the service is unreachable, ``known`` lends the road times of the newest cached matrices for the
points they share with the request (read as blocks, never pair by pair)."""

from __future__ import annotations

import hashlib
import zlib
from datetime import UTC, datetime

import numpy as np
from sqlalchemy import Engine, delete, insert, select

from fieldvisit.adapters.storage.schema import travel_matrices as t

Point = tuple[float, float]
KEEP = 20  # newest matrices kept per source


def _rounded(points: list[Point]) -> np.ndarray:
    return np.round(np.asarray(points, dtype=np.float64).reshape(-1, 2), 5)


def points_key(points: list[Point]) -> str:
    return hashlib.sha256(_rounded(points).tobytes()).hexdigest()


def _pack(a: np.ndarray, dtype) -> bytes:
    return zlib.compress(np.ascontiguousarray(a, dtype=dtype).tobytes(), 1)


def _unpack(b: bytes, dtype, shape) -> np.ndarray:
    return np.frombuffer(zlib.decompress(b), dtype=dtype).reshape(shape)


class TravelCache:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, source: str, points: list[Point]) -> tuple[np.ndarray, np.ndarray] | None:
        """(seconds, metres) for exactly these points in this order, or None."""
        with self.engine.connect() as conn:
            r = conn.execute(select(t.c.size, t.c.seconds, t.c.metres).where(t.c.source == source)
                             .where(t.c.points_key == points_key(points))).first()
        if r is None:
            return None
        shape = (r.size, r.size)
        return _unpack(r.seconds, np.int32, shape).astype(np.int64), _unpack(r.metres, np.int32, shape).astype(np.int64)

    def put(self, source: str, points: list[Point], seconds: np.ndarray, metres: np.ndarray) -> None:
        """Keep a whole matrix (replacing the same one), and only the newest KEEP per source."""
        key = points_key(points)
        row = {"source": source, "points_key": key, "size": len(points),
               "points": _pack(_rounded(points), np.float64), "seconds": _pack(seconds, np.int32),
               "metres": _pack(metres, np.int32), "created_at": datetime.now(UTC)}
        with self.engine.begin() as conn:
            conn.execute(delete(t).where(t.c.source == source).where(t.c.points_key == key))
            conn.execute(insert(t), [row])
            old = [r.id for r in conn.execute(select(t.c.id).where(t.c.source == source)
                                               .order_by(t.c.id.desc()).offset(KEEP))]
            if old:
                conn.execute(delete(t).where(t.c.id.in_(old)))

    def known(self, source: str, points: list[Point]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Road times the cached matrices know between ``points``: (seconds, metres, known mask),
        newest matrix first; unknown entries are 0 with mask False."""
        n = len(points)
        want = _rounded(points)
        secs = np.zeros((n, n), dtype=np.int64)
        metres = np.zeros((n, n), dtype=np.int64)
        mask = np.zeros((n, n), dtype=bool)
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.c.size, t.c.points, t.c.seconds, t.c.metres).where(t.c.source == source)
                                .order_by(t.c.id.desc())).all()
        for r in rows:
            have = _unpack(r.points, np.float64, (r.size, 2))
            where = {tuple(p): i for i, p in enumerate(have.tolist())}
            mine = [i for i, p in enumerate(want.tolist()) if tuple(p) in where]
            if len(mine) < 2:
                continue
            theirs = [where[tuple(want[i].tolist())] for i in mine]
            block = np.ix_(mine, mine)
            fresh = ~mask[block]
            shape = (r.size, r.size)
            s_all, m_all = _unpack(r.seconds, np.int32, shape), _unpack(r.metres, np.int32, shape)
            secs[block] = np.where(fresh, s_all[np.ix_(theirs, theirs)], secs[block])
            metres[block] = np.where(fresh, m_all[np.ix_(theirs, theirs)], metres[block])
            mask[block] = True
        return secs, metres, mask
