"""Issue 17: a pack or bundle is recorded as sent only once its file is in place. A write that
fails (a full disk, a planted link, no permission) is one sentence, uses up no sequence number
(the office sees no gap), and one collector's broken folder does not stop the others' packs."""

from __future__ import annotations

import errno
import uuid

import pytest

from fieldvisit.adapters import crypto
from fieldvisit.adapters.files import mailbox as mailbox_module
from fieldvisit.adapters.files.mailbox import FolderMailbox, device_folder
from fieldvisit.services.errors import UserError
from fieldvisit.services.identities import public_identity, trust
from fieldvisit.services.progress import run
from fieldvisit.services.sync import export_bundle, import_bundles
from fieldvisit.services.sync_folder import sync_with_folder
from fieldvisit.services.visits import record_visits
from tests.integration.test_sync import (  # noqa: F401 - fixtures
    COLLECTOR, _cases, _deliver_pack, _laptop, fv, laptop, office,
)


def _fingerprint(app):
    with app.uow() as uow:
        return uow.keys.identity()["fingerprint"]


def _visit(laptop, hour=10):
    case_id = sorted(_cases(laptop))[0]
    record_visits(laptop.uow(), [{"visit_id": str(uuid.uuid4()), "case_id": case_id,
                                  "arrived_at": f"2026-11-24T{hour:02d}:00:00+01:00",
                                  "left_at": f"2026-11-24T{hour:02d}:20:00+01:00",
                                  "outcome": "not_home", "person_met": "nobody"}])


def _disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_bundle_that_cannot_be_written_uses_up_no_sequence_number(office, laptop, tmp_path, monkeypatch):
    _deliver_pack(office, laptop)
    _visit(laptop)
    share = tmp_path / "share"
    share.mkdir()
    with monkeypatch.context() as m:
        m.setattr(mailbox_module, "write_bytes_atomic", _disk_full)
        with pytest.raises(UserError, match="disk is full"):
            sync_with_folder(laptop.uow, crypto, FolderMailbox(share))
    out = sync_with_folder(laptop.uow, crypto, FolderMailbox(share))
    assert out["bundles_written"] == 1
    files = sorted((share / "bundles").iterdir())
    assert [f.name for f in files] == [f"{device_folder(_fingerprint(laptop))}-000001.fvbundle"]
    got = run(import_bundles(office.uow, crypto, [(files[0].name, files[0].read_bytes())]))
    assert got["imported"] == 1 and got["gaps"] == []


def test_cli_sync_export_onto_a_full_disk_exits_2_and_leaves_no_gap(office, laptop, tmp_path, monkeypatch):
    _deliver_pack(office, laptop)
    _visit(laptop)
    blob1, s1 = export_bundle(laptop.uow(), crypto)  # bundle 1 reaches the office
    run(import_bundles(office.uow, crypto, [("b1", blob1)]))
    _visit(laptop, hour=11)

    def failing(blob, summary):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        export_bundle(laptop.uow(), crypto, deliver=failing)
    blob2, s2 = export_bundle(laptop.uow(), crypto)
    assert (s1["seq"], s2["seq"]) == (1, 2)
    got = run(import_bundles(office.uow, crypto, [("b2", blob2)]))
    assert got["gaps"] == []
    # the CLI: a write that fails is exit 2, one sentence, and uses up no number
    r = fv(laptop.url, "sync", "export", "--out", str(tmp_path))  # a folder where the file belongs
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = fv(laptop.url, "--json", "sync", "export", "--out", str(tmp_path / "b3.fvbundle"))
    assert r.returncode == 0 and '"seq": 3' in r.stdout, r.stdout


def test_one_collectors_broken_folder_does_not_stop_the_others(office, laptop, tmp_path, monkeypatch):
    other = _laptop(tmp_path, monkeypatch, name="Pedro Gil", file="pedro.sqlite")
    trust(office.uow(), crypto, public_identity(other.uow(), crypto))
    share = tmp_path / "share"
    (share / "packs").mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (share / "packs" / device_folder(_fingerprint(laptop))).symlink_to(elsewhere, target_is_directory=True)
    out = sync_with_folder(office.uow, crypto, FolderMailbox(share))
    assert any(COLLECTOR in p and "is a link" in p for p in out["problems"]), out["problems"]
    assert (share / "packs" / device_folder(_fingerprint(other)) / "pack-000001.fvpack").is_file()
    assert out["packs_written"] == 1
    other.close()
