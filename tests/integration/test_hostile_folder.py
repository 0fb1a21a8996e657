"""Issue 17: a sync folder others can write to. Planted links are never followed (not to write a
file, not to read one), files from strangers are refused without being read whole, oversized
files are refused before reading, and every file appears whole or not at all."""

from __future__ import annotations

import uuid

import pytest

from fieldvisit.adapters import crypto
from fieldvisit.adapters.files.mailbox import FolderMailbox, device_folder
from fieldvisit.services.errors import UserError
from fieldvisit.services.identities import init_identity, public_identity
from fieldvisit.services.sync_folder import sync_with_folder
from fieldvisit.services.visits import record_visits
from tests.integration.test_sync import COLLECTOR, _cases, _deliver_pack, laptop, office  # noqa: F401 - fixtures


def _one_visit(office, laptop):
    _deliver_pack(office, laptop)
    case_id = sorted(_cases(laptop))[0]
    record_visits(laptop.uow(), [{"visit_id": str(uuid.uuid4()), "case_id": case_id,
                                  "arrived_at": "2026-11-24T10:00:00+01:00", "left_at": "2026-11-24T10:20:00+01:00",
                                  "outcome": "not_home", "person_met": "nobody"}])


def _fingerprint(app):
    with app.uow() as uow:
        return uow.keys.identity()["fingerprint"]


def test_a_planted_part_link_does_not_redirect_the_write(office, laptop, tmp_path):
    _one_visit(office, laptop)
    share = tmp_path / "share"
    (share / "bundles").mkdir(parents=True)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    name = f"{device_folder(_fingerprint(laptop))}-000001.fvbundle"
    for planted in (name + ".part", "." + name + ".part"):
        (share / "bundles" / planted).symlink_to(victim)
    out = sync_with_folder(laptop.uow, crypto, FolderMailbox(share))
    assert out["bundles_written"] == 1
    assert victim.read_text(encoding="utf-8") == "precious"
    written = share / "bundles" / name
    assert written.is_file() and not written.is_symlink()
    assert written.read_bytes().startswith(b'{"format":"fieldvisit-sealed/2"')


def test_a_link_in_the_share_is_not_read_and_is_reported(office, laptop, tmp_path):
    share = tmp_path / "share"
    (share / "bundles").mkdir(parents=True)
    workspace = office.url.removeprefix("sqlite:///")
    if office.url.startswith("sqlite"):
        (share / "bundles" / "evil-000001.fvbundle").symlink_to(workspace)
    else:
        (share / "bundles" / "evil-000001.fvbundle").symlink_to(tmp_path)
    out = sync_with_folder(office.uow, crypto, FolderMailbox(share))
    assert any("is a link" in p for p in out["problems"])
    assert out["imported"] == 0


def test_a_linked_device_folder_is_refused_on_the_office_side(office, laptop, tmp_path):
    share = tmp_path / "share"
    (share / "packs").mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (share / "packs" / device_folder(_fingerprint(laptop))).symlink_to(elsewhere, target_is_directory=True)
    out = sync_with_folder(office.uow, crypto, FolderMailbox(share))
    assert out["packs_written"] == 0 and any("is a link" in p for p in out["problems"]), out
    assert list(elsewhere.iterdir()) == []
    # the link removed: the pack that could not be written arrives on the next run (it was never
    # recorded as sent)
    (share / "packs" / device_folder(_fingerprint(laptop))).unlink()
    out = sync_with_folder(office.uow, crypto, FolderMailbox(share))
    assert out["packs_written"] == 1, out
    written = list((share / "packs" / device_folder(_fingerprint(laptop))).iterdir())
    assert [p.name for p in written] == ["pack-000001.fvpack"]


def _sparse(path, first_line: bytes, size: int) -> None:
    with open(path, "wb") as fh:
        fh.write(first_line)
        fh.truncate(size)


def test_files_from_strangers_or_too_large_are_refused_before_reading(office, laptop, tmp_path, monkeypatch):
    share = tmp_path / "share"
    (share / "bundles").mkdir(parents=True)
    stranger = crypto.new_keys()
    blob = crypto.seal({"x": 1}, kind="bundle", sender_fingerprint=stranger["fingerprint"],
                       sign_private=stranger["sign_private"], recipients=[(stranger["fingerprint"], stranger["box_key"])])
    _sparse(share / "bundles" / "a-000001.fvbundle", blob.split(b"\n")[0] + b"\n", 300 * 1024 * 1024)
    from fieldvisit.adapters.files.mailbox import MailFile

    whole = []
    real_read = MailFile.read
    monkeypatch.setattr(MailFile, "read", lambda self: whole.append(self.name) or real_read(self))
    out = sync_with_folder(office.uow, crypto, FolderMailbox(share))
    assert any("does not trust" in p for p in out["problems"])
    assert whole == []  # only its first line was read
    # from the trusted laptop but larger than any real bundle: refused by its size
    line = crypto.seal({"x": 1}, kind="bundle", sender_fingerprint=_fingerprint(laptop),
                       sign_private=crypto.new_keys()["sign_private"],
                       recipients=[(stranger["fingerprint"], stranger["box_key"])]).split(b"\n")[0] + b"\n"
    (share / "bundles" / "a-000001.fvbundle").unlink()
    _sparse(share / "bundles" / "b-000001.fvbundle", line, 300 * 1024 * 1024)
    out = sync_with_folder(office.uow, crypto, FolderMailbox(share))
    assert any("at most 100 MB" in p for p in out["problems"]), out["problems"]


def test_cli_sync_run_with_a_planted_link_exits_cleanly(office, laptop, tmp_path):
    from tests.integration.test_sync import fv

    share = tmp_path / "share"
    (share / "bundles").mkdir(parents=True)
    (share / "bundles" / "x-000001.fvbundle").symlink_to("/etc/passwd")
    r = fv(office.url, "sync", "run", "--folder", str(share))
    assert r.returncode == 0, r.stderr
    assert "is a link" in r.stdout and "Traceback" not in r.stderr and "root:" not in r.stdout
