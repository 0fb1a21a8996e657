"""The demo workspace as a collector's laptop (``fieldvisit --demo collector``): an identity for
the demo collector, the demo office trusted, a real assignment pack from a demo office imported
(made the real way: office workspace, signed and encrypted pack), one earlier visit the office
has reviewed with a comment (so *Office reviews…* has something), and the start point of the day
set — so the README's collector guide can be walked as written."""

from __future__ import annotations

import tempfile
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from fieldvisit.adapters import crypto
from fieldvisit.services.collectors import set_home
from fieldvisit.services.demo import CITY_TZ, COLLECTORS, COUNTRY, CURRENCY, build_demo
from fieldvisit.services.identities import identity_file_text, init_identity, public_identity, trust
from fieldvisit.services.progress import run
from fieldvisit.services.sync import export_bundle, export_pack, import_bundles, import_pack, review_visit
from fieldvisit.services.visits import record_visits

OFFICE = "Demo office"
COMMENT = "Thank you. Next time, write down when they said they would be home."


def _earlier_visit(case_id: str, today: date) -> dict:
    day = today - timedelta(days=1)
    while day.weekday() >= 5:  # the last weekday before today
        day -= timedelta(days=1)
    arrived = datetime.combine(day, time(11, 0), ZoneInfo(CITY_TZ))
    return {"visit_id": str(uuid.uuid4()), "case_id": case_id, "arrived_at": arrived.isoformat(),
            "left_at": (arrived + timedelta(minutes=15)).isoformat(), "outcome": "not_home", "person_met": "nobody",
            "notes": "Nobody answered; left no message.", "next_action": "revisit"}


def build_demo_collector(app, today: date | None = None, files: Path | None = None) -> bool:
    """Make ``app`` the demo collector's laptop (once: False when it already has an identity).
    With ``files`` (a folder), the office's next pack — carrying its comment on the earlier visit —
    is left there as ``next-pack.fvpack`` with ``office-identity.json``, for the guide's first step
    (*Sync → Import assignment pack…*); without it, that pack is imported too."""
    from fieldvisit.bootstrap import open_app

    today = today or date.today()
    me = COLLECTORS[0]
    with app.uow() as uow:
        if uow.keys.identity() is not None:
            return False
    with tempfile.TemporaryDirectory() as tmp:
        office = open_app(f"sqlite:///{Path(tmp) / 'office.sqlite'}", demo=True)  # the demo passphrase
        try:
            build_demo(office.uow(), as_of=today)
            init_identity(office.uow(), crypto, role="supervisor", name=OFFICE)
            init_identity(app.uow(), crypto, role="collector", name=me.name)
            trust(office.uow(), crypto, public_identity(app.uow(), crypto))
            trust(app.uow(), crypto, public_identity(office.uow(), crypto))
            import_pack(app.uow(), crypto, export_pack(office.uow(), crypto, me.name)[0])
            with app.uow() as uow:
                first = next(c.case_id for c in uow.cases.list(status="open") if not c.blocking_flags)
            visit = _earlier_visit(first, today)
            record_visits(app.uow(), [visit], rules=app.rules())
            run(import_bundles(office.uow, crypto, [("demo.fvbundle", export_bundle(app.uow(), crypto)[0])]))
            review_visit(office.uow(), visit["visit_id"], "has_issues", COMMENT)
            following = export_pack(office.uow(), crypto, me.name)[0]
            if files is None:
                import_pack(app.uow(), crypto, following)
            else:
                files.mkdir(parents=True, exist_ok=True)
                (files / "next-pack.fvpack").write_bytes(following)
                (files / "office-identity.json").write_text(identity_file_text(office.uow(), crypto)[0],
                                                            encoding="utf-8")
        finally:
            office.close()
    with app.uow() as uow:
        for key, value in (("timezone", CITY_TZ), ("country", COUNTRY), ("currency", CURRENCY)):
            if not uow.settings.get(key):
                uow.settings.set(key, value)
        uow.settings.set("first_run_done", "1")
        uow.commit()
    set_home(app.uow(), me.name, me.home)
    return True
