"""Issue 17: a pack number far in the future (forged with the office's key, or broken) is refused
and blocks nothing; an office restored from a backup (its numbers went back) recovers with
'fieldvisit pack new-series': the next pack starts the numbering afresh on the laptop."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pathlib import Path

from fieldvisit.adapters import crypto
from fieldvisit.services.errors import UserError
from fieldvisit.services.packs import StalePack, export_pack, import_pack, new_series
from fieldvisit.services.sealed import own_identity
from tests.integration.test_sync import COLLECTOR, fv, laptop, office  # noqa: F401 - fixtures


def _forged(office, laptop, seq: int) -> bytes:
    """A pack validly signed with the office's own key, with a number of its choosing."""
    with office.uow() as uow:
        me = own_identity(uow, "supervisor")
    with office.uow() as uow:
        lap = next(p for p in uow.keys.peers() if p["role"] == "collector")
    payload = {"type": "pack", "version": 1, "seq": seq, "collector": COLLECTOR, "supervisor": me["name"],
               "created_at": datetime.now(UTC).isoformat(), "cases": [], "recalled": [], "payments": [],
               "reviews": [], "acks": [], "overrides": [], "home": None, "end": None}
    from fieldvisit.domain.sync import PACK_VERSION

    payload["version"] = PACK_VERSION
    return crypto.seal(payload, kind="pack", sender_fingerprint=me["fingerprint"], sign_private=me["sign_private"],
                       recipients=[(lap["fingerprint"], lap["box_key"])])


def test_a_far_future_pack_is_refused_and_the_next_real_pack_imports(office, laptop):
    first, _ = export_pack(office.uow(), crypto, COLLECTOR)
    import_pack(laptop.uow(), crypto, first)
    with pytest.raises(UserError, match="jumps far past the last pack"):
        import_pack(laptop.uow(), crypto, _forged(office, laptop, 10 ** 15))
    second, s = export_pack(office.uow(), crypto, COLLECTOR)
    got = import_pack(laptop.uow(), crypto, second)
    assert got["seq"] == s["seq"] == 2 and not got["again"]


def test_an_office_restored_from_a_backup_recovers_with_a_new_series(office, laptop, tmp_path):
    import shutil

    from fieldvisit.bootstrap import open_app

    if not office.url.startswith("sqlite"):
        pytest.skip("a file backup is a SQLite workspace's")
    office_file = office.url.removeprefix("sqlite:///")
    backup = tmp_path / "office-backup.sqlite"
    office.engine.dispose() if hasattr(office, "engine") else None
    for suffix in ("", "-wal", "-shm"):  # the office's backup, before packs 1 and 2
        if Path(office_file + suffix).exists():
            shutil.copyfile(office_file + suffix, str(backup) + suffix)
    for _ in range(2):
        import_pack(laptop.uow(), crypto, export_pack(office.uow(), crypto, COLLECTOR)[0])
    restored = open_app(f"sqlite:///{backup}")
    try:
        again, s = export_pack(restored.uow(), crypto, COLLECTOR)
        assert s["seq"] == 1  # its numbers went back
        with pytest.raises(StalePack, match="pack new-series"):
            import_pack(laptop.uow(), crypto, again)
        r = fv(f"sqlite:///{backup}", "--json", "pack", "new-series")
        assert r.returncode == 0, r.stderr
        fresh, s = export_pack(restored.uow(), crypto, COLLECTOR)
        got = import_pack(laptop.uow(), crypto, fresh)
        assert not got["again"] and got["series"] > 0
        # the numbering goes on within the new series; an old-series pack cannot come back
        import_pack(laptop.uow(), crypto, export_pack(restored.uow(), crypto, COLLECTOR)[0])
        with pytest.raises(StalePack):
            import_pack(laptop.uow(), crypto, _forged(office, laptop, 50))
    finally:
        restored.close()


def test_new_series_is_for_the_office_only(laptop):
    with pytest.raises(UserError):
        new_series(laptop.uow())
