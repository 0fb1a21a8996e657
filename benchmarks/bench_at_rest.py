"""What encryption at rest costs: the 100,000-row case import and the 10,000-visit bundle export
and import, each on a plain SQLite workspace and on the encrypted (SQLCipher) workspace FieldVisit
now uses, side by side in the same run.

    python benchmarks/bench_at_rest.py [--rows 100000] [--visits 10000]

The plain runs open the workspace with a plain SQLite engine through the very same code path (the
engine factory is swapped in a child process); everything else — parsing, services, SQL — is
identical. Prints seconds and the ratio encrypted / plain.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
os.environ.setdefault("FIELDVISIT_PASSPHRASE", "benchmark passphrase")
os.environ.setdefault("TZ", "Europe/Madrid")

CHILD = """
import contextlib, io, json, sys, time
mode, csv_path, db = sys.argv[1:4]
if mode == "plain":
    from sqlalchemy import create_engine, event
    import fieldvisit.bootstrap as bootstrap
    from fieldvisit.adapters.storage import db as storage

    def plain_engine(url, *, migrate=True, passphrases=None):
        import sqlcipher3  # the same library, no key: a plain file that can still ATTACH the (keyed) import stage
        engine = create_engine(url, module=sqlcipher3.dbapi2)
        event.listen(engine, "connect", storage._sqlite_pragmas)
        storage.upgrade(engine)
        return engine

    bootstrap.open_engine = plain_engine
from fieldvisit.cli import main
out = io.StringIO()
start = time.perf_counter()
with contextlib.redirect_stdout(out):
    rc = main(["--db", "sqlite:///" + db, "cases", "import", csv_path, "--as-of", "2026-11-23", "--json"])
print(json.dumps({"rc": rc, "seconds": time.perf_counter() - start, **{k: v for k, v in json.loads(out.getvalue()).items() if k in ("imported", "rows")}}))
"""


def plain_app(path: Path):
    from sqlalchemy import create_engine, event

    from fieldvisit.adapters.storage import db as storage
    from fieldvisit.bootstrap import App

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", storage._sqlite_pragmas)
    storage.upgrade(engine)
    return App(url=f"sqlite:///{path}", engine=engine)


def sealed_app(path: Path):
    from fieldvisit.bootstrap import open_app

    return open_app(f"sqlite:///{path}")


def import_run(mode: str, csv_path: Path, tmp: Path) -> dict:
    r = subprocess.run([sys.executable, "-c", CHILD, mode, str(csv_path), str(tmp / f"{mode}.sqlite")],
                       capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(r.stdout.strip().splitlines()[-1])


def sync_run(factory, tmp: Path, label: str, cases, visits) -> tuple[float, float]:
    from bench_sync import PREP

    from fieldvisit.adapters import crypto
    from fieldvisit.domain.visits import parse_visit
    from fieldvisit.services.identities import init_identity, public_identity, trust
    from fieldvisit.services.progress import run
    from fieldvisit.services.sync import export_bundle, import_bundles

    def workspace(name, role, who):
        app = factory(tmp / f"{label}-{name}.sqlite")
        init_identity(app.uow(), crypto, role=role, name=who)
        with app.uow() as uow:
            uow.collectors.get_or_create("Ana")
            uow.cases.add_many(cases, None)
            uow.commit()
        return app

    laptop, office = workspace("laptop", "collector", "Ana"), workspace("office", "supervisor", "Office")
    trust(office.uow(), crypto, public_identity(laptop.uow(), crypto))
    trust(laptop.uow(), crypto, public_identity(office.uow(), crypto))
    with laptop.uow() as uow:
        now = datetime.now(UTC)
        uow.visits.add_many([{"visit": (p := parse_visit(v)), "version": 1, "content_hash": p.content_hash(),
                              "warnings": [], "recorded_at": now, "prep": PREP, "collector": "Ana"} for v in visits])
        uow.commit()
    start = time.perf_counter()
    blob, _ = export_bundle(laptop.uow(), crypto)
    export_s = time.perf_counter() - start
    start = time.perf_counter()
    result = run(import_bundles(office.uow, crypto, [("bundle", blob)]))
    import_s = time.perf_counter() - start
    assert result["imported"] == len(visits)
    laptop.close()
    office.close()
    return export_s, import_s


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=2_000)
    args = parser.parse_args()
    from bench_import import make_file
    from bench_sync import make_cases, make_visits

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        csv_path = tmp / "cases.csv"
        make_file(csv_path, args.rows)
        plain = import_run("plain", csv_path, tmp)
        sealed = import_run("sealed", csv_path, tmp)
        assert plain["imported"] == sealed["imported"] == args.rows, (plain, sealed)
        print(f"{args.rows:,}-row case import   plain {plain['seconds']:6.2f} s   encrypted {sealed['seconds']:6.2f} s"
              f"   ratio {sealed['seconds'] / plain['seconds']:4.2f}")
        cases, visits = make_cases(args.cases), make_visits(args.visits, args.cases)
        pe, pi = sync_run(plain_app, tmp, "plain", cases, visits)
        se, si = sync_run(sealed_app, tmp, "sealed", cases, visits)
        print(f"{args.visits:,}-visit bundle export plain {pe:6.2f} s   encrypted {se:6.2f} s   ratio {se / pe:4.2f}")
        print(f"{args.visits:,}-visit bundle import plain {pi:6.2f} s   encrypted {si:6.2f} s   ratio {si / pi:4.2f}")


if __name__ == "__main__":
    main()
