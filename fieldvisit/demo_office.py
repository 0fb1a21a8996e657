"""The demo workspace as an office: a supervisor identity, and a few days of visits from the two
demo collectors' laptops, delivered the real way (packs out, signed encrypted bundles back), so
the supervisor desk has something to show. Only for the demo workspace (``fieldvisit --demo``)."""

from __future__ import annotations

import random
import tempfile
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from fieldvisit.adapters import crypto
from fieldvisit.services.demo import CITY_TZ, COLLECTORS
from fieldvisit.services.identities import init_identity, public_identity, trust
from fieldvisit.services.progress import run
from fieldvisit.services.sync import export_bundle, export_pack, import_bundles, import_pack, review_visit
from fieldvisit.services.visits import record_visits

OUTCOMES = [("not_home", "nobody"), ("promise_to_pay", "debtor"), ("partial_payment", "debtor"),
            ("promise_to_pay", "debtor"), ("refused", "debtor"), ("third_party", "third_party"), ("rpc", "debtor")]


def _visits(case_ids: list[str], today: date, rng: random.Random) -> list[dict]:
    zone = ZoneInfo(CITY_TZ)
    out = []
    for n, case_id in enumerate(case_ids):
        day = today - timedelta(days=n % 4)
        while day.weekday() >= 5:  # the demo's Finnish rules: weekdays, unless agreed
            day -= timedelta(days=1)
        arrived = datetime.combine(day, time(9, 30), zone) + timedelta(minutes=50 * (n // 4) + rng.randint(0, 20))
        outcome, person = OUTCOMES[n % len(OUTCOMES)]
        v = {"visit_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "case_id": case_id,
             "arrived_at": arrived.isoformat(), "left_at": (arrived + timedelta(minutes=20)).isoformat(),
             "outcome": outcome, "person_met": person, "notes": ""}
        if outcome == "promise_to_pay":
            v["promise"] = {"amount": f"{rng.choice([50, 80, 120, 200])}.00", "date": (day + timedelta(days=3)).isoformat()}
        if outcome == "partial_payment":
            v["payment"] = {"amount": f"{rng.choice([30, 45, 60])}.00", "method": "card", "receipt": f"T-{rng.randint(1000, 9999)}"}
        out.append(v)
    return out


def build_demo_office(app, today: date | None = None) -> bool:
    """Give the demo workspace an office identity and synced visits (once). Returns True if built."""
    from fieldvisit.bootstrap import open_app

    today = today or date.today()
    with app.uow() as uow:
        if uow.keys.identity() is not None:
            return False
    init_identity(app.uow(), crypto, role="supervisor", name="Demo office")
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        bundles = []
        for n, collector in enumerate(COLLECTORS):
            laptop = open_app(f"sqlite:///{Path(tmp) / f'laptop{n}.sqlite'}", demo=True)
            try:
                init_identity(laptop.uow(), crypto, role="collector", name=collector.name)
                trust(app.uow(), crypto, public_identity(laptop.uow(), crypto))
                trust(laptop.uow(), crypto, public_identity(app.uow(), crypto))
                import_pack(laptop.uow(), crypto, export_pack(app.uow(), crypto, collector.name)[0])
                with laptop.uow() as uow:
                    ids = [c.case_id for c in uow.cases.list(status="open")][:10]
                record_visits(laptop.uow(), _visits(ids, today, rng), rules=laptop.rules())
                bundles.append((f"{collector.name}.fvbundle", export_bundle(laptop.uow(), crypto)[0]))
            finally:
                laptop.close()
        run(import_bundles(app.uow, crypto, bundles))
    with app.uow() as uow:
        rows = uow.visits.list()
    for row in rows[:4]:
        review_visit(app.uow(), row["visit_id"], "approved")
    if len(rows) > 5:
        review_visit(app.uow(), rows[5]["visit_id"], "has_issues",
                     "Please note what the customer said about their income.")
    return True
