"""Issue 17: crash safety as a test — a CI-sized version of the kill -9 trials. Each operation
runs in a real process that is killed (SIGKILL) at a random moment; afterwards the workspace
opens, its audit chain verifies, and the operation is all there or not there at all: a case
import, a batch of visits, a bundle import at the office, a pack import on the laptop, and the
visit form's autosave. (Seeded: the moments are the same on every run.)"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from datetime import date
from pathlib import Path

import pytest

from fieldvisit.adapters import crypto
from fieldvisit.bootstrap import open_app
from fieldvisit.services.audit import verify_audit
from fieldvisit.services.cases import assign_cases
from fieldvisit.services.demo import build_demo
from fieldvisit.services.identities import init_identity, public_identity, trust
from fieldvisit.services.sync import export_bundle, export_pack, import_pack
from fieldvisit.services.visits import record_visits

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
AS_OF = date(2026, 11, 24)
ROOT = Path(__file__).resolve().parents[2]
RNG = random.Random(17)


def _raw(db: Path):
    """The workspace file through SQLCipher (workspaces are encrypted at rest)."""
    from fieldvisit.adapters.storage.cipher import open_raw

    return open_raw(db, os.environ["FIELDVISIT_PASSPHRASE"])


def _checkpointed(db: Path) -> Path:
    con = _raw(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return db


def _copy(db: Path, to: Path) -> Path:
    shutil.copy(db, to)
    return to


def _run_and_kill(args: list[str], delay: float) -> int | None:
    """Start ``args`` and SIGKILL it after ``delay`` seconds (if still running); its return code."""
    env = {**os.environ, "TZ": "Europe/Madrid", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    return proc.returncode


def _fv(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "fieldvisit", "--db", f"sqlite:///{db}", *args]


def _counts(db: Path) -> dict:
    """Open after the crash: the workspace is sound, the audit chain verifies; row counts."""
    app = open_app(f"sqlite:///{db}")  # quick_check runs here
    try:
        audit = verify_audit(app.uow())
        assert audit["valid"], audit
        con = _raw(db)
        try:
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("cases", "visits", "imports", "drafts", "sync_log", "audit_log")}
        finally:
            con.close()
    finally:
        app.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """An office (demo cases) and a laptop that trust each other; a case file, a visit batch, a
    pack for the laptop and a bundle from it, all ready to be imported in a killed process."""
    folder = tmp_path_factory.mktemp("crash")
    office_db, laptop_db = folder / "office.sqlite", folder / "laptop.sqlite"
    office, laptop = open_app(f"sqlite:///{office_db}"), open_app(f"sqlite:///{laptop_db}")
    build_demo(office.uow(), count=150, as_of=AS_OF)
    init_identity(office.uow(), crypto, role="supervisor", name="Office")
    init_identity(laptop.uow(), crypto, role="collector", name="Ana Crash")
    trust(office.uow(), crypto, public_identity(laptop.uow(), crypto))
    trust(laptop.uow(), crypto, public_identity(office.uow(), crypto))
    assign_cases(office.uow(), "Ana Crash", (), unassigned=True)
    pack, _ = export_pack(office.uow(), crypto, "Ana Crash")
    (folder / "p.fvpack").write_bytes(pack)
    laptop.close()
    laptop_before_pack = _copy(_checkpointed(laptop_db), folder / "laptop-before-pack.sqlite")
    laptop = open_app(f"sqlite:///{laptop_db}")
    import_pack(laptop.uow(), crypto, pack)
    with laptop.uow() as uow:
        case_ids = [c.case_id for c in uow.cases.list()][:120]
    visits = [{"visit_id": str(uuid.uuid4()), "case_id": cid, "arrived_at": "2026-11-24T10:00:00+01:00",
               "left_at": "2026-11-24T10:20:00+01:00", "outcome": "not_home", "person_met": "nobody",
               "notes": "x" * 200} for cid in case_ids]
    record_visits(laptop.uow(), visits[:100])
    bundle, _ = export_bundle(laptop.uow(), crypto)
    (folder / "b.fvbundle").write_bytes(bundle)
    fresh_visits = [{**v, "visit_id": str(uuid.uuid4())} for v in visits]
    (folder / "visits.json").write_text(json.dumps(fresh_visits), encoding="utf-8")
    rows = ["case_id,name,lat,lon,country,timezone,balance,currency,days_past_due"]
    rows += [f"K-{i},Nombre {i},40.{i % 90:02d},-3.{i % 70:02d},ES,Europe/Madrid,{100 + i}.00,EUR,{i % 200}"
             for i in range(2000)]
    (folder / "cases.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    office.close()
    laptop.close()
    return {"folder": folder, "office": _checkpointed(office_db), "laptop": _checkpointed(laptop_db),
            "laptop_before_pack": laptop_before_pack}


def _trials(world, name: str, base: Path, args_for, n: int = 2):
    """Run the operation once to the end (timing it: ``D`` seconds), then ``n`` times on fresh
    copies of ``base``, killed at seeded random moments in the last 40 % of ``D`` (start-up comes
    first; the writing and the commit come last). Yields ``(before, after, finished)`` counts."""
    before = _counts(_copy(base, world["folder"] / f"{name}-ref.sqlite"))
    db = _copy(base, world["folder"] / f"{name}-full.sqlite")
    started = time.monotonic()
    assert _run_and_kill(args_for(db), 120) == 0
    duration = time.monotonic() - started
    yield before, _counts(db), True
    for i in range(n):
        db = _copy(base, world["folder"] / f"{name}-{i}.sqlite")
        code = _run_and_kill(args_for(db), RNG.uniform(0.6, 1.02) * duration)
        yield before, _counts(db), code == 0


def _all_or_nothing(trials, tables: tuple[str, ...]) -> None:
    """Every killed run left ``tables`` as before, or exactly as the run that finished did."""
    for n, (before, after, _) in enumerate(trials):
        if n == 0:
            full = {t: after[t] for t in tables}
            assert full != {t: before[t] for t in tables}, "the full run changed nothing"
            continue
        now = {t: after[t] for t in tables}
        assert now in ({t: before[t] for t in tables}, full), now


def test_killed_case_import_is_all_or_nothing(world):
    _all_or_nothing(_trials(world, "import", world["office"],
                            lambda db: _fv(db, "cases", "import", str(world["folder"] / "cases.csv"),
                                           "--as-of", "2026-11-24")), ("cases", "imports", "audit_log"))


def test_killed_visit_batch_is_all_or_nothing(world):
    _all_or_nothing(_trials(world, "visits", world["laptop"],
                            lambda db: _fv(db, "visits", "add", "--json-file", str(world["folder"] / "visits.json"))),
                    ("visits", "audit_log"))


def test_killed_bundle_import_is_all_or_nothing(world):
    _all_or_nothing(_trials(world, "bundle", world["office"],
                            lambda db: _fv(db, "sync", "import", str(world["folder"] / "b.fvbundle"))),
                    ("visits", "sync_log", "audit_log"))


def test_killed_pack_import_is_all_or_nothing(world):
    _all_or_nothing(_trials(world, "pack", world["laptop_before_pack"],
                            lambda db: _fv(db, "pack", "import", str(world["folder"] / "p.fvpack"))),
                    ("cases", "sync_log", "audit_log"))


AUTOSAVER = """
import sys, time
from fieldvisit.bootstrap import open_app
from fieldvisit.services.visits import save_draft
app = open_app(sys.argv[1])
n = 0
while True:  # the form's autosave, as fast as it can go, until killed
    n += 1
    save_draft(app.uow(), "d0000000-0000-4000-8000-000000000001", sys.argv[2], {"notes": "n" * 5000, "n": n})
"""


def test_killed_autosave_leaves_the_last_whole_draft(world):
    con = _raw(world["laptop"])
    case_id = con.execute("SELECT case_id FROM cases LIMIT 1").fetchone()[0]
    con.close()
    for i in range(2):
        db = _copy(world["laptop"], world["folder"] / f"draft-{i}.sqlite")
        # start-up takes about a second; after it the loop is always in the middle of a save
        assert _run_and_kill([sys.executable, "-c", AUTOSAVER, f"sqlite:///{db}", case_id],
                             RNG.uniform(2.0, 3.0)) == -signal.SIGKILL
        assert _counts(db)["drafts"] in {0, 1}
        con = _raw(db)
        row = con.execute("SELECT data FROM drafts").fetchone()
        con.close()
        if row is not None:
            data = json.loads(row[0])
            assert data["notes"] == "n" * 5000 and data["n"] >= 1
