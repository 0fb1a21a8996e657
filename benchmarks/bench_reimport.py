"""Issue 17: how long a re-import of many EXISTING cases holds the workspace's write lock.

Imports ``--rows`` new cases, then re-imports the same case ids with new balances, addresses and
appointment windows, and reports the longest write transaction of the re-import (seconds, from
BEGIN to COMMIT as SQLAlchemy sees them) — the time other writers (the visit form's autosave,
another command) may have to wait — and the re-import's wall time.

    FIELDVISIT_PASSPHRASE=... python -m benchmarks.bench_reimport --rows 100000 [--db URL]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import event

from fieldvisit.bootstrap import open_app
from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.progress import run


def write_file(path: Path, rows: int, version: int) -> None:
    lines = ["case_id,name,address,lat,lon,country,balance,currency,days_past_due,appointment,collector"]
    lines += [f"R-{i:06d},Nombre {i},Calle {i + version} {version},40.{i % 90:02d},-3.{i % 70:02d},ES,"
              f"{100 + i + version}.50,EUR,{i % 200},{'martes 10:00-12:00' if (i + version) % 3 else 'jueves 9-11'},"
              f"{'Ana' if i % 2 else 'Luis'}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def import_file(app, path: Path):
    table = app.read_table(str(path))
    return run(import_cases(app.uow(), table, file_name=path.name, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                            as_of=date(2026, 11, 23), zones=app.zones, default_timezone="Europe/Madrid"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fv-reimport-"))
    os.environ.setdefault("FIELDVISIT_PASSPHRASE", "benchmark passphrase")
    app = open_app(args.db or f"sqlite:///{folder / 'ws.sqlite'}")
    first, second = folder / "first.csv", folder / "second.csv"
    write_file(first, args.rows, 0)
    write_file(second, args.rows, 1)
    import_file(app, first)
    started: dict[int, float] = {}
    spans: list[float] = []
    event.listen(app.engine, "begin", lambda conn: started.__setitem__(id(conn), time.perf_counter()))
    event.listen(app.engine, "commit", lambda conn: spans.append(time.perf_counter() - started.pop(id(conn), time.perf_counter())))
    t0 = time.perf_counter()
    summary = import_file(app, second)
    wall = time.perf_counter() - t0
    print(f"rows {args.rows}: updated {summary.updated}, imported {summary.imported}; re-import wall {wall:.2f} s; "
          f"longest write transaction {max(spans):.2f} s over {len(spans)} transactions, the final one {spans[-2]:.2f} s "
          f"(all: {' '.join(f'{x:.2f}' for x in spans)})")
    app.close()


if __name__ == "__main__":
    main()
