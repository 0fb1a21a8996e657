"""Workspace cache of road travel times (from an OSRM ``/table`` service), so a laptop that
planned once with the office's routing service keeps road times when it is offline."""

from __future__ import annotations

from sqlalchemy import Engine, delete, insert, select, tuple_

from fieldvisit.adapters.storage.schema import travel_cache as t

Point = tuple[float, float]
CHUNK = 400


def _key(p: Point) -> tuple[float, float]:
    return round(p[0], 5), round(p[1], 5)


class TravelCache:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get_many(self, source: str, pairs: list[tuple[Point, Point]]) -> dict:
        found = {}
        keys = [(*_key(a), *_key(b)) for a, b in pairs]
        with self.engine.connect() as conn:
            for start in range(0, len(keys), CHUNK):
                chunk = keys[start:start + CHUNK]
                q = (select(t.c.a_lat, t.c.a_lon, t.c.b_lat, t.c.b_lon, t.c.seconds, t.c.metres)
                     .where(t.c.source == source)
                     .where(tuple_(t.c.a_lat, t.c.a_lon, t.c.b_lat, t.c.b_lon).in_(chunk)))
                for r in conn.execute(q):
                    found[(r.a_lat, r.a_lon, r.b_lat, r.b_lon)] = (r.seconds, r.metres)
        return {(a, b): found[(*_key(a), *_key(b))] for a, b in pairs if (*_key(a), *_key(b)) in found}

    def put_many(self, source: str, legs: dict) -> None:
        rows = [{"source": source, "a_lat": _key(a)[0], "a_lon": _key(a)[1], "b_lat": _key(b)[0], "b_lon": _key(b)[1],
                 "seconds": s, "metres": m} for (a, b), (s, m) in legs.items()]
        if not rows:
            return
        with self.engine.begin() as conn:
            keys = [(r["a_lat"], r["a_lon"], r["b_lat"], r["b_lon"]) for r in rows]
            for start in range(0, len(keys), CHUNK):
                conn.execute(delete(t).where(t.c.source == source).where(
                    tuple_(t.c.a_lat, t.c.a_lon, t.c.b_lat, t.c.b_lon).in_(keys[start:start + CHUNK])))
            conn.execute(insert(t), rows)
