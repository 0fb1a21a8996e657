"""Sync benchmark: 10,000 finalized visits exported as one signed, encrypted bundle on a
collector's laptop (SQLite) and imported at the office (SQLite, and PostgreSQL when
``FIELDVISIT_TEST_PG_URL`` names a server), each against a bare ``executemany`` of the same
visit rows into the same backend.

    python benchmarks/bench_sync.py [--visits 10000] [--cases 2000]

Target (issue 7): ≤ 5 s each way on SQLite on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("FIELDVISIT_PASSPHRASE", "benchmark passphrase")  # workspaces are encrypted at rest

from fieldvisit.adapters import crypto  # noqa: E402
from fieldvisit.bootstrap import open_app  # noqa: E402
from fieldvisit.domain.cases import Case  # noqa: E402
from fieldvisit.domain.visits import parse_visit  # noqa: E402
from fieldvisit.services.identities import init_identity, public_identity, trust  # noqa: E402
from fieldvisit.services.progress import run  # noqa: E402
from fieldvisit.services.sync import export_bundle, import_bundles  # noqa: E402

OUTCOMES = ["not_home", "promise_to_pay", "partial_payment", "refused", "rpc", "third_party"]


def make_cases(n: int) -> list[Case]:
    from decimal import Decimal

    rng = random.Random(3)
    return [Case(case_id=f"B-{i:06d}", name=f"Debtor {i}", address=f"Calle {i}, Madrid", lat=40.3 + rng.random() / 5,
                 lon=-3.8 + rng.random() / 5, country="ES", timezone="Europe/Madrid",
                 balance=Decimal(rng.randint(100, 9000)), currency="EUR", collector="Ana") for i in range(n)]


def make_visits(n: int, cases: int) -> list[dict]:
    rng = random.Random(5)
    start = datetime(2026, 9, 1, 8, tzinfo=UTC)
    out = []
    for i in range(n):
        at = start + timedelta(minutes=37 * i)
        outcome = rng.choice(OUTCOMES)
        v = {"visit_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "case_id": f"B-{rng.randrange(cases):06d}",
             "arrived_at": at.isoformat(), "left_at": (at + timedelta(minutes=15)).isoformat(), "outcome": outcome,
             "person_met": "third_party" if outcome == "third_party" else ("nobody" if outcome == "not_home" else "debtor"),
             "notes": "Spoke at the door; follow-up agreed."}
        if outcome == "promise_to_pay":
            v["promise"] = {"amount": "150.00", "currency": "EUR", "date": (at + timedelta(days=7)).date().isoformat()}
        if outcome == "partial_payment":
            v["payment"] = {"amount": "60.00", "currency": "EUR", "method": "cash", "receipt": f"R{i}"}
        out.append(v)
    return out


PREP = {"quadrant": "willing, unable", "proposal": {"installments": [{"date": "2026-12-01", "amount": "50.00"}] * 3},
        "intent": {"verdict": "medium", "evidence": ["two promises kept"]}}


def workspace(url: str, role: str, name: str, cases: list[Case]):
    app = open_app(url)
    init_identity(app.uow(), crypto, role=role, name=name)
    with app.uow() as uow:
        uow.collectors.get_or_create("Ana")
        uow.cases.add_many(cases, None)
        uow.commit()
    return app


def bare_executemany(app, visits: list[dict]) -> float:
    """The same visit rows, plain DBAPI executemany into a scratch table with the same columns."""
    import json

    rows = [(v["visit_id"], 1, v["case_id"], v["arrived_at"], v["left_at"], v["outcome"], json.dumps(v), "[]",
             json.dumps(PREP)) for v in visits]
    raw = app.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("CREATE TABLE bench_bare (visit_id VARCHAR(36) PRIMARY KEY, version INTEGER, case_id TEXT, "
                    "arrived_at TEXT, left_at TEXT, outcome TEXT, data TEXT, warnings TEXT, prep TEXT)")
        raw.commit()
        mark = "?" if app.engine.dialect.paramstyle == "qmark" else "%s"
        start = time.perf_counter()
        cur.executemany(f"INSERT INTO bench_bare VALUES ({', '.join([mark] * 9)})", rows)
        raw.commit()
        return time.perf_counter() - start
    finally:
        raw.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=2_000)
    args = parser.parse_args()
    os.environ.setdefault("TZ", "Europe/Madrid")
    cases = make_cases(args.cases)
    visits = make_visits(args.visits, args.cases)
    pg = os.environ.get("FIELDVISIT_TEST_PG_URL")
    with tempfile.TemporaryDirectory() as tmp:
        laptop = workspace(f"sqlite:///{tmp}/laptop.sqlite", "collector", "Ana", cases)
        with laptop.uow() as uow:
            now = datetime.now(UTC)
            uow.visits.add_many([{"visit": (p := parse_visit(v)), "version": 1, "content_hash": p.content_hash(),
                                  "warnings": [], "recorded_at": now, "prep": PREP, "collector": "Ana"} for v in visits])
            uow.commit()
        offices = [("SQLite", f"sqlite:///{tmp}/office.sqlite")]
        if pg:
            import psycopg

            name = f"fv_bench_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(pg, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            offices.append(("PostgreSQL", pg.rsplit("/", 1)[0] + "/" + name))
        apps = []
        for label, url in offices:
            office = workspace(url, "supervisor", "Office", cases)
            trust(office.uow(), crypto, public_identity(laptop.uow(), crypto))
            apps.append((label, office))
        for _, office in apps:
            trust(laptop.uow(), crypto, public_identity(office.uow(), crypto))

        start = time.perf_counter()
        blob, summary = export_bundle(laptop.uow(), crypto)
        export_s = time.perf_counter() - start
        bare_laptop = bare_executemany(laptop, visits)
        print(f"{summary['visits']:,} visits, bundle {len(blob) / 1e6:.2f} MB (signed, encrypted to {len(apps)} office(s))")
        print(f"export on SQLite            : {export_s:6.2f} s   bare executemany {bare_laptop:5.2f} s   "
              f"ratio {export_s / bare_laptop:5.1f} x   (target <= 5 s: {'met' if export_s <= 5 else 'MISSED'})")
        for label, office in apps:
            start = time.perf_counter()
            result = run(import_bundles(office.uow, crypto, [("bundle", blob)]))
            import_s = time.perf_counter() - start
            start = time.perf_counter()
            again = run(import_bundles(office.uow, crypto, [("bundle", blob)]))
            again_s = time.perf_counter() - start
            bare = bare_executemany(office, visits)
            assert result["imported"] == args.visits and again["duplicates"] == args.visits
            target = f"(target <= 5 s: {'met' if import_s <= 5 else 'MISSED'})" if label == "SQLite" else ""
            print(f"import on {label:<11}       : {import_s:6.2f} s   bare executemany {bare:5.2f} s   "
                  f"ratio {import_s / bare:5.1f} x   {target}")
            print(f"  re-import (all duplicates): {again_s:6.2f} s")
            office.close()
        laptop.close()
        if pg:
            with psycopg.connect(pg, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
