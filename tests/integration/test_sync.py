"""The sync loop with real workspaces, real keys and real files: assignment packs out, visit-report
bundles back, office import, review comments and acknowledgements back to the laptop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from datetime import date

import pytest

from fieldvisit.adapters import crypto
from fieldvisit.bootstrap import open_app
from fieldvisit.domain.sync import case_to_json
from fieldvisit.services.cases import assign_cases
from fieldvisit.services.demo import build_demo
from fieldvisit.services.errors import UserError
from fieldvisit.services.identities import init_identity, public_identity, revoke, trust
from fieldvisit.services.progress import run
from fieldvisit.services.sync import export_bundle, export_pack, import_bundles, import_pack, review_visit
from fieldvisit.services.visits import list_visits, record_visits

AS_OF = date(2026, 11, 24)
COLLECTOR = "Lucía Romero"


def fv(db, *args):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=180)


@pytest.fixture
def office(app):
    build_demo(app.uow(), count=40, as_of=AS_OF)
    init_identity(app.uow(), crypto, role="supervisor", name="Madrid office")
    return app


def _laptop(tmp_path, monkeypatch, name=COLLECTOR, file="laptop.sqlite"):
    monkeypatch.setenv("TZ", "Europe/Madrid")
    laptop = open_app(f"sqlite:///{tmp_path / file}")
    init_identity(laptop.uow(), crypto, role="collector", name=name)
    return laptop


@pytest.fixture
def laptop(tmp_path, monkeypatch, office):
    lap = _laptop(tmp_path, monkeypatch)
    trust(office.uow(), crypto, public_identity(lap.uow(), crypto))
    trust(lap.uow(), crypto, public_identity(office.uow(), crypto))
    yield lap
    lap.close()


def _visit(case_id, hour=10, **extra):
    return {"visit_id": str(uuid.uuid4()), "case_id": case_id, "arrived_at": f"2026-11-24T{hour:02d}:00:00+01:00",
            "left_at": f"2026-11-24T{hour:02d}:20:00+01:00", "outcome": "promise_to_pay", "person_met": "debtor",
            "promise": {"amount": "120.00", "date": "2026-12-01"}, **extra}


def _deliver_pack(office, laptop, collector=COLLECTOR):
    blob, summary = export_pack(office.uow(), crypto, collector)
    return import_pack(laptop.uow(), crypto, blob), summary, blob


def _deliver_bundle(office, laptop):
    blob, summary = export_bundle(laptop.uow(), crypto)
    return run(import_bundles(office.uow, crypto, [("bundle", blob)])), summary, blob


def _cases(app, collector=None):
    with app.uow() as uow:
        return {c.case_id: c for c in uow.cases.list(collector=collector)}


def test_full_round_trip_between_office_and_laptop(office, laptop):
    from fieldvisit.domain.cases import Flag
    from fieldvisit.domain.sync import in_hand

    assigned = _cases(office, COLLECTOR)
    sent = {cid: c for cid, c in assigned.items() if in_hand(c)}  # disputed cases stay at the office
    assert sent and any(c.windows for c in sent.values())
    assert all(Flag.DISPUTE in c.flags for cid, c in assigned.items() if cid not in sent)
    got, summary, _ = _deliver_pack(office, laptop)
    assert got["cases"] == summary["cases"] == len(sent) and got["again"] is False
    received = _cases(laptop, COLLECTOR)
    # every field and window arrives unchanged
    assert {cid: case_to_json(c) for cid, c in received.items()} == {cid: case_to_json(c) for cid, c in sent.items()}

    case_id = sorted(received)[0]
    visit = _visit(case_id)
    record_visits(laptop.uow(), [visit])
    laptop_row = list_visits(laptop.uow())[0]
    assert laptop_row["acknowledged"] is False

    result, bundle, _ = _deliver_bundle(office, laptop)
    assert bundle["visits"] == 1 and result["imported"] == 1 and result["duplicates"] == 0
    with office.uow() as uow:
        row = uow.visits.get(visit["visit_id"])
    assert row["collector"] == COLLECTOR and row["device"] and row["received_at"] is not None
    assert row["prep"]["case_id"] == case_id and row["prep"]["proposal"]  # the prep sheet travelled with it
    assert row["data"]["promise"] == {"amount": "120.00", "currency": "EUR", "date": "2026-12-01"}

    review_visit(office.uow(), visit["visit_id"], "has_issues", "Add the receipt number, please.")
    back, pack2, _ = _deliver_pack(office, laptop)
    assert pack2["acks"] == 1 and back["acknowledged"] == 1 and back["reviews"] == 1
    mine = list_visits(laptop.uow())[0]
    assert mine["acknowledged"] is True
    assert mine["review"]["status"] == "has_issues" and mine["review"]["comment"] == "Add the receipt number, please."
    # acknowledged visits do not travel again
    _, again, _ = _deliver_bundle(office, laptop)
    assert again["visits"] == 0


def test_reimport_is_a_no_op_for_packs_and_bundles(office, laptop):
    _, _, pack = _deliver_pack(office, laptop)
    assert import_pack(laptop.uow(), crypto, pack)["again"] is True
    record_visits(laptop.uow(), [_visit(sorted(_cases(laptop))[0])])
    first, _, bundle = _deliver_bundle(office, laptop)
    second = run(import_bundles(office.uow, crypto, [("same bundle", bundle)]))
    assert (first["imported"], second["imported"], second["duplicates"]) == (1, 0, 1)
    with office.uow() as uow:
        assert len(uow.visits.list()) == 1


def test_older_pack_after_a_newer_one_is_refused(office, laptop):
    old, _ = export_pack(office.uow(), crypto, COLLECTOR)
    new, _ = export_pack(office.uow(), crypto, COLLECTOR)
    import_pack(laptop.uow(), crypto, new)
    before = _cases(laptop)
    with pytest.raises(UserError, match="older than a pack already imported"):
        import_pack(laptop.uow(), crypto, old)
    assert {k: case_to_json(v) for k, v in _cases(laptop).items()} == {k: case_to_json(v) for k, v in before.items()}


@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_damaged_bundle_exits_2_and_imports_nothing(office, laptop, tmp_path, damage):
    import_pack(laptop.uow(), crypto, export_pack(office.uow(), crypto, COLLECTOR)[0])
    record_visits(laptop.uow(), [_visit(c) for c in sorted(_cases(laptop))[:3]])
    good, _ = export_bundle(laptop.uow(), crypto)
    data = bytearray(good)
    if damage == "flip":
        data[len(data) // 2] ^= 0x01  # one bit, in the middle of the ciphertext
    else:
        data = data[: len(data) * 2 // 3]
    (tmp_path / "ok.fvbundle").write_bytes(good)
    (tmp_path / "bad.fvbundle").write_bytes(bytes(data))
    # one bad file among good ones: nothing at all is imported
    done = fv(office.url, "sync", "import", str(tmp_path / "ok.fvbundle"), str(tmp_path / "bad.fvbundle"))
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "bad.fvbundle cannot be imported" in done.stderr and "Nothing was imported" in done.stderr
    with office.uow() as uow:
        assert uow.visits.list() == []


def test_bundle_from_an_unenrolled_or_revoked_device_is_refused(office, laptop, tmp_path, monkeypatch):
    stranger = _laptop(tmp_path, monkeypatch, name="Mallory", file="stranger.sqlite")
    trust(stranger.uow(), crypto, public_identity(office.uow(), crypto))  # it knows the office's public key
    with pytest.raises(UserError, match="not enrolled"):
        run(import_bundles(office.uow, crypto, [("mallory.fvbundle", export_bundle(stranger.uow(), crypto)[0])]))
    stranger.close()
    import_pack(laptop.uow(), crypto, export_pack(office.uow(), crypto, COLLECTOR)[0])
    record_visits(laptop.uow(), [_visit(sorted(_cases(laptop))[0])])
    blob, _ = export_bundle(laptop.uow(), crypto)
    me = public_identity(laptop.uow(), crypto)
    revoke(office.uow(), me["fingerprint"])
    with pytest.raises(UserError, match="trusts no longer"):
        run(import_bundles(office.uow, crypto, [("lost-laptop.fvbundle", blob)]))
    with office.uow() as uow:
        assert uow.visits.list() == []


def test_pack_opened_by_the_wrong_collector_is_refused(office, laptop, tmp_path, monkeypatch):
    other = _laptop(tmp_path, monkeypatch, name="Javier Ortega", file="javier.sqlite")
    trust(other.uow(), crypto, public_identity(office.uow(), crypto))
    trust(office.uow(), crypto, public_identity(other.uow(), crypto))
    blob, _ = export_pack(office.uow(), crypto, COLLECTOR)
    with pytest.raises(UserError, match="addressed to someone else"):
        import_pack(other.uow(), crypto, blob)
    assert _cases(other) == {}
    other.close()


def test_a_lost_bundle_costs_nothing(office, laptop):
    import_pack(laptop.uow(), crypto, export_pack(office.uow(), crypto, COLLECTOR)[0])
    first, second = sorted(_cases(laptop))[:2]
    record_visits(laptop.uow(), [_visit(first)])
    export_bundle(laptop.uow(), crypto)  # bundle 1: lost on the way
    record_visits(laptop.uow(), [_visit(second, hour=11)])
    result, summary, _ = _deliver_bundle(office, laptop)  # bundle 2 carries both visits
    assert summary == {"visits": 2, "seq": 2} and result["imported"] == 2
    assert result["gaps"] == [{"collector": COLLECTOR, "device": public_identity(laptop.uow(), crypto)["fingerprint"],
                               "missing": [1]}]


def test_recalled_case_leaves_the_plan_but_its_visit_still_syncs(office, laptop):
    import_pack(laptop.uow(), crypto, export_pack(office.uow(), crypto, COLLECTOR)[0])
    case_id = sorted(_cases(laptop))[0]
    visit = _visit(case_id, outcome="paid_in_full", promise=None,
                   payment={"amount": "50.00", "method": "cash", "receipt": "R-1"})
    record_visits(laptop.uow(), [visit])  # in the outbox, not yet sent
    with office.uow() as uow:  # the office hears the case was paid
        uow.cases.set_status([case_id], "paid")
        uow.commit()
    got, summary, _ = _deliver_pack(office, laptop)
    assert summary["recalled"] == 1 and got["recalled"] == 1
    case = _cases(laptop)[case_id]
    assert case.status.value == "recalled" and case.collector is None
    with laptop.uow() as uow:
        assert case_id not in {c.case_id for c in uow.cases.list(status="open")}
    result, bundle, _ = _deliver_bundle(office, laptop)
    assert bundle["visits"] == 1 and result["imported"] == 1
    # a reassignment recalls as well, and the next pack still says so
    other = sorted(_cases(laptop, COLLECTOR))[0]
    assign_cases(office.uow(), "Javier Ortega", [other])
    assert _deliver_pack(office, laptop)[0]["recalled"] == 1
    assert _cases(laptop)[other].status.value == "recalled"


def test_same_visit_id_with_other_content_is_a_conflict(office, laptop):
    import_pack(laptop.uow(), crypto, export_pack(office.uow(), crypto, COLLECTOR)[0])
    cases = sorted(_cases(laptop))
    visit = _visit(cases[0])
    record_visits(laptop.uow(), [visit, _visit(cases[1])])
    _deliver_bundle(office, laptop)
    # a restored or tampered laptop sends the same UUID with other content
    from sqlalchemy import update

    from fieldvisit.adapters.storage import schema as s
    with laptop.engine.begin() as conn:
        changed = {**visit, "notes": "edited afterwards", "promise": {"amount": "999.00", "currency": "EUR",
                                                                      "date": "2026-12-01"}}
        from fieldvisit.domain.visits import parse_visit
        conn.execute(update(s.visits).where(s.visits.c.visit_id == visit["visit_id"])
                     .values(data=parse_visit(changed).as_json(), acknowledged_at=None))
    result, _, _ = _deliver_bundle(office, laptop)
    assert [c["visit_id"] for c in result["conflicts"]] == [visit["visit_id"]]
    assert result["imported"] == 0 and result["duplicates"] == 1
    with office.uow() as uow:
        assert uow.visits.get(visit["visit_id"])["data"]["promise"]["amount"] == "120.00"


def test_packs_and_bundles_carry_no_readable_personal_data(office, laptop):
    sent = _cases(office, COLLECTOR)
    _, _, pack = _deliver_pack(office, laptop)
    case = sorted(sent.values(), key=lambda c: c.case_id)[0]
    record_visits(laptop.uow(), [_visit(case.case_id, notes=f"Spoke with {case.name} at {case.address}")])
    _, _, bundle = _deliver_bundle(office, laptop)
    for blob in (pack, bundle):
        for c in sent.values():
            for secret in (c.name, c.address, c.phone, c.case_id, COLLECTOR):
                if secret:
                    assert secret.encode("utf-8") not in blob, secret
                    assert secret.split()[0].encode("utf-8") not in blob, secret


def test_cli_pack_and_sync_round_trip(office, laptop, tmp_path):
    pack = tmp_path / "lucia.fvpack"
    out = json.loads(fv(office.url, "pack", "export", "--collector", COLLECTOR, "--out", str(pack), "--json").stdout)
    assert out["cases"] > 0 and out["recalled"] == 0
    got = json.loads(fv(laptop.url, "pack", "import", str(pack), "--json").stdout)
    assert got["cases"] == out["cases"]
    visits = tmp_path / "visits.json"
    visits.write_text(json.dumps([_visit(sorted(_cases(laptop))[0])]), encoding="utf-8")
    assert fv(laptop.url, "visits", "add", "--json-file", str(visits)).returncode == 0
    bundle = tmp_path / "lucia.fvbundle"
    exp = json.loads(fv(laptop.url, "sync", "export", "--out", str(bundle), "--json").stdout)
    assert exp["visits"] == 1
    imp = json.loads(fv(office.url, "sync", "import", str(bundle), "--json").stdout)
    assert {k: imp[k] for k in ("imported", "duplicates", "conflicts", "rejected")} == {
        "imported": 1, "duplicates": 0, "conflicts": [], "rejected": []}
    # a pack imported on the office's own workspace is refused with one sentence
    wrong = fv(office.url, "pack", "import", str(pack))
    assert wrong.returncode == 2 and "Only a collector workspace" in wrong.stderr


def test_sync_folder_exchanges_both_ways(office, laptop, tmp_path):
    from fieldvisit.adapters.files.mailbox import FolderMailbox
    from fieldvisit.services.sync_folder import sync_with_folder

    share = FolderMailbox(tmp_path / "share")
    with pytest.raises(UserError, match="cannot be reached now"):
        sync_with_folder(laptop.uow, crypto, share)
    (tmp_path / "share").mkdir()
    first = sync_with_folder(office.uow, crypto, share)
    assert first["packs_written"] == 1
    assert sync_with_folder(office.uow, crypto, share)["packs_written"] == 0  # nothing changed: no new pack
    got = sync_with_folder(laptop.uow, crypto, share)
    assert got["packs_imported"] == 1 and got["bundles_written"] == 0
    record_visits(laptop.uow(), [_visit(sorted(_cases(laptop))[0])])
    assert sync_with_folder(laptop.uow, crypto, share)["visits"] == 1
    back = sync_with_folder(office.uow, crypto, share)
    assert back["imported"] == 1 and back["packs_written"] == 1  # the acknowledgement goes out
    assert sync_with_folder(laptop.uow, crypto, share)["packs_imported"] == 1
    assert list_visits(laptop.uow())[0]["acknowledged"] is True


@pytest.mark.postgres
def test_two_offices_importing_at_once_store_each_visit_once(tmp_path, monkeypatch):
    """Two processes import the same bundles into one PostgreSQL store at the same moment."""
    from tests.conftest import _pg_database

    url, admin, name = _pg_database()
    try:
        monkeypatch.setenv("TZ", "Europe/Madrid")
        office = open_app(url)
        build_demo(office.uow(), count=40, as_of=AS_OF)
        init_identity(office.uow(), crypto, role="supervisor", name="Madrid office")
        files = []
        for n, who in enumerate(["Lucía Romero", "Javier Ortega"]):
            lap = _laptop(tmp_path, monkeypatch, name=who, file=f"laptop{n}.sqlite")
            trust(office.uow(), crypto, public_identity(lap.uow(), crypto))
            trust(lap.uow(), crypto, public_identity(office.uow(), crypto))
            import_pack(lap.uow(), crypto, export_pack(office.uow(), crypto, who)[0])
            for k, cid in enumerate(sorted(_cases(lap))):
                record_visits(lap.uow(), [_visit(cid, hour=9 + k % 9)])
                if k % 4 == 3:
                    path = tmp_path / f"{n}-{k}.fvbundle"
                    path.write_bytes(export_bundle(lap.uow(), crypto)[0])
                    files.append(str(path))
            path = tmp_path / f"{n}-last.fvbundle"
            path.write_bytes(export_bundle(lap.uow(), crypto)[0])
            files.append(str(path))
            lap.close()
        with office.uow() as uow:
            from fieldvisit.domain.sync import in_hand  # one visit per case a laptop holds (disputed stay)

            expected = sum(1 for who in ["Lucía Romero", "Javier Ortega"]
                           for c in _cases(office, who).values() if in_hand(c))
        office.close()
        args = [sys.executable, "-m", "fieldvisit", "--db", url, "sync", "import", *files, "--json"]
        procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outs = [p.communicate(timeout=300) for p in procs]
        assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
        results = [json.loads(o[0]) for o in outs]
        # later bundles repeat earlier unacknowledged visits: the first import counts them once
        office = open_app(url)
        with office.uow() as uow:
            stored = uow.visits.list()
        office.close()
        ids = [r["visit_id"] for r in stored]
        assert len(ids) == len(set(ids)) == expected
        assert sum(r["imported"] for r in results) == expected
        assert all(r["conflicts"] == [] and r["rejected"] == [] for r in results)
    finally:
        import psycopg

        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_bundle_is_readable_by_each_trusted_supervisor(office, laptop, tmp_path, monkeypatch):
    second = open_app(f"sqlite:///{tmp_path / 'second-office.sqlite'}")
    try:
        build_demo(second.uow(), count=40, as_of=AS_OF)
        init_identity(second.uow(), crypto, role="supervisor", name="Night desk")
        trust(second.uow(), crypto, public_identity(laptop.uow(), crypto))
        trust(laptop.uow(), crypto, public_identity(second.uow(), crypto))
        import_pack(laptop.uow(), crypto, export_pack(office.uow(), crypto, COLLECTOR)[0])
        record_visits(laptop.uow(), [_visit(sorted(_cases(laptop))[0])])
        blob, _ = export_bundle(laptop.uow(), crypto)
        for desk in (office, second):
            assert run(import_bundles(desk.uow, crypto, [("bundle", blob)]))["imported"] == 1
    finally:
        second.close()


def test_supervisor_overrides_reach_the_laptop_and_collectors_cannot_override(office, laptop):
    from fieldvisit.services.audit import override

    case_id = sorted(_cases(office, COLLECTOR))[0]
    override(office.uow(), case_id, by="Marta (supervisor)", reason="Vulnerable customer asked for this visit")
    got, _, _ = _deliver_pack(office, laptop)
    assert got["overrides"] == 1
    with laptop.uow() as uow:
        assert case_id in uow.overrides.for_day(AS_OF)
    assert _deliver_pack(office, laptop)[0]["overrides"] == 0  # not twice
    with pytest.raises(UserError, match="supervisor's decision"):
        override(laptop.uow(), case_id, by="Lucía", reason="I think it is fine to visit")


def test_a_dispute_heard_at_the_door_survives_an_older_office_pack(office, laptop):
    from fieldvisit.domain.cases import Flag

    import_pack(laptop.uow(), crypto, export_pack(office.uow(), crypto, COLLECTOR)[0])
    case_id = sorted(_cases(laptop))[0]
    record_visits(laptop.uow(), [_visit(case_id, outcome="dispute", promise=None)])
    assert Flag.DISPUTE in _cases(laptop)[case_id].flags
    # the office has not received the visit yet: its pack still shows the case without the flag
    import_pack(laptop.uow(), crypto, export_pack(office.uow(), crypto, COLLECTOR)[0])
    assert Flag.DISPUTE in _cases(laptop)[case_id].flags
    # once the office has the visit, the flag is the office's too and the case is recalled
    _deliver_bundle(office, laptop)
    got, summary, _ = _deliver_pack(office, laptop)
    assert summary["recalled"] == 1 and _cases(laptop)[case_id].status.value == "recalled"


def test_recalled_case_is_purged_once_the_office_has_its_visits(office, laptop):
    """A stolen laptop should not carry people who are no longer its collector's work: once a
    recalled case's visits are acknowledged, its personal data is wiped (records stay)."""
    import_pack(laptop.uow(), crypto, export_pack(office.uow(), crypto, COLLECTOR)[0])
    case_id = sorted(_cases(laptop))[0]
    name = _cases(laptop)[case_id].name
    assert name
    record_visits(laptop.uow(), [_visit(case_id, outcome="paid_in_full", promise=None, notes="Paid at the door",
                                        payment={"amount": "50.00", "method": "cash", "receipt": "R-1"})])
    with office.uow() as uow:
        uow.cases.set_status([case_id], "paid")
        uow.commit()
    got, _, _ = _deliver_pack(office, laptop)
    assert got["purged"] == 0  # the visit is not at the office yet: nothing is forgotten
    assert _cases(laptop)[case_id].name == name
    _deliver_bundle(office, laptop)
    got, _, _ = _deliver_pack(office, laptop)  # acknowledges the visit
    assert got["purged"] == 1
    case = _cases(laptop)[case_id]
    assert (case.name, case.address, case.phone, case.notes, case.lat) == ("", "", "", "", None)
    with laptop.uow() as uow:
        (visit,) = uow.visits.list(case_id)
        assert visit["data"]["notes"] == "" and visit["data"]["outcome"] == "paid_in_full"
        assert uow.cases.history(case_id) == []
    with office.uow() as uow:  # the office keeps everything
        assert uow.cases.get(case_id).name == name
