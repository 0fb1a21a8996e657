"""``visits add`` benchmark (BRK16b #8): batches of N visits to ONE case (the worst case: each
visit's conduct checks and prep snapshot read that case's whole record) through the real service
on a real encrypted SQLite workspace, in CPU seconds (process time, which a busy shared machine
distorts much less than wall-clock time) and CPU milliseconds per visit.

    python benchmarks/bench_visits_add.py [--sizes 500,1000,2000]

Near-linear means the per-visit figure stays flat as N grows. Before the fix each visit read every
earlier visit of its case again, with their stored prep sheets. This script on the same loaded
2-core machine, 2026-12-01 (BRK16b's own wall-clock figures: 500 visits 37 s, 1,000 more 274 s,
20,000 not finished after 11 min; after the fix the CLI recorded those 20,000 in 288 s wall-clock
under a load of 9, the write lock held only for the final bulk write):

    visits      before (main 0e2adcf)          after
    250          3.42 CPU s  13.7 ms/visit      0.17 CPU s  0.68 ms/visit
    500         11.83 CPU s  23.7 ms/visit      0.22 CPU s  0.43 ms/visit
    1000        42.76 CPU s  42.8 ms/visit      0.44 CPU s  0.44 ms/visit
    5000              (not run)                  2.72 CPU s  0.54 ms/visit

The batch is written at the end in bulk statements, so the workspace's write lock is held for the
writing only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FIELDVISIT_PASSPHRASE", "benchmark passphrase")  # workspaces are encrypted at rest

CASE = ("case_id,name,lat,lon,country,timezone,balance,currency,days_past_due,collector\n"
        "K-1,Kim,40.41,-3.70,ES,Europe/Madrid,100.00,EUR,40,ana\n")


def visits(n: int) -> list[dict]:
    start = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    out = []
    for i in range(n):
        at = start + timedelta(minutes=7 * i)
        out.append({"case_id": "K-1", "arrived_at": at.isoformat(), "left_at": (at + timedelta(minutes=5)).isoformat(),
                    "outcome": ["not_home", "refused", "third_party"][i % 3],
                    "person_met": ["nobody", "debtor", "third_party"][i % 3], "notes": f"n{i}"})
    return out


def run(size: int, folder: Path) -> float:
    from fieldvisit.bootstrap import open_app
    from fieldvisit.cli import main
    from fieldvisit.services.visits import record_visits

    db = f"sqlite:///{folder}/w{size}.sqlite"
    (folder / "k.csv").write_text(CASE, encoding="utf-8")
    with open(os.devnull, "w") as null:
        saved, sys.stdout = sys.stdout, null
        try:
            main(["--db", db, "cases", "import", str(folder / "k.csv")])
        finally:
            sys.stdout = saved
    app = open_app(db)
    try:
        items = visits(size)
        begin = time.process_time()
        record_visits(app.uow(), items, rules=app.rules())
        return time.process_time() - begin
    finally:
        app.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,1000,2000")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            cpu = run(size, Path(tmp))
            print(json.dumps({"visits": size, "cpu_s": round(cpu, 2), "ms_per_visit": round(1000 * cpu / size, 2)}))


if __name__ == "__main__":
    main()
