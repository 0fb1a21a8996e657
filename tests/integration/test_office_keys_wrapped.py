"""Issue 17: the office's private keys in its PostgreSQL database are wrapped with the office
passphrase (scrypt + ChaCha20-Poly1305, as the collector's workspace key is derived): a search of
the identity table finds no key material, clear keys of an older database are wrapped when it is
opened, and after a restart the office still signs packs and opens bundles."""

from __future__ import annotations

import base64
import uuid

import psycopg
import pytest

from fieldvisit.adapters import crypto
from fieldvisit.bootstrap import open_app
from fieldvisit.services.demo import build_demo
from fieldvisit.services.errors import UserError
from fieldvisit.services.identities import init_identity, public_identity, trust
from fieldvisit.services.progress import run
from fieldvisit.services.sync import export_bundle, export_pack, import_bundles, import_pack
from fieldvisit.services.visits import record_visits

pytestmark = pytest.mark.postgres
WHO = "Lucía Romero"


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _identity_text(url: str) -> str:
    """Everything the server holds in the identity table, as text (what a dump would show)."""
    with psycopg.connect(_plain(url)) as conn:
        return "\n".join(r[0] for r in conn.execute("SELECT identity::text FROM identity").fetchall())


def _secrets(keys: dict) -> list[str]:
    """A private key as stored before (base64), and its raw bytes as hex and as PostgreSQL bytea text."""
    out = []
    for column in ("sign_private", "box_private"):
        raw = base64.b64decode(keys[column])
        out += [keys[column], raw.hex(), base64.b64encode(raw).decode()[:20]]
    return out


def _office_with_laptop(db_url, tmp_path):
    office = open_app(db_url)
    build_demo(office.uow(), count=12)
    init_identity(office.uow(), crypto, role="supervisor", name="Madrid office")
    laptop = open_app(f"sqlite:///{tmp_path / 'laptop.sqlite'}")
    init_identity(laptop.uow(), crypto, role="collector", name=WHO)
    trust(office.uow(), crypto, public_identity(laptop.uow(), crypto))
    trust(laptop.uow(), crypto, public_identity(office.uow(), crypto))
    return office, laptop


def _round_trip(office, laptop) -> None:
    """The office signs a pack the laptop accepts, and opens the laptop's bundle."""
    blob, _ = export_pack(office.uow(), crypto, WHO)
    got = import_pack(laptop.uow(), crypto, blob)
    assert got["cases"] > 0
    with laptop.uow() as uow:
        case_id = uow.cases.list()[0].case_id
    record_visits(laptop.uow(), [{"visit_id": str(uuid.uuid4()), "case_id": case_id,
                                  "arrived_at": "2026-11-24T10:00:00+01:00", "left_at": "2026-11-24T10:10:00+01:00",
                                  "outcome": "not_home", "person_met": "nobody"}])
    bundle, _ = export_bundle(laptop.uow(), crypto)
    assert run(import_bundles(office.uow, crypto, [("bundle", bundle)]))["imported"] == 1


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_office_keys_are_wrapped_and_still_work_after_a_restart(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Madrid")
    office, laptop = _office_with_laptop(db_url, tmp_path)
    try:
        with office.uow() as uow:
            keys = uow.keys.identity()
        stored = _identity_text(db_url)
        assert "fv-wrapped/1:" in stored
        for secret in _secrets(keys):
            assert secret not in stored
        office.close()
        office = open_app(db_url)  # a restart: the passphrase unwraps the keys again
        _round_trip(office, laptop)
    finally:
        office.close()
        laptop.close()


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_clear_keys_of_an_older_database_are_wrapped_on_first_open(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Madrid")
    office, laptop = _office_with_laptop(db_url, tmp_path)
    with office.uow() as uow:
        keys = uow.keys.identity()
    office.close()
    with psycopg.connect(_plain(db_url)) as conn:  # what a database made before this change holds
        conn.execute("UPDATE identity SET sign_private = %s, box_private = %s",
                     (keys["sign_private"], keys["box_private"]))
    assert keys["sign_private"] in _identity_text(db_url)
    office = open_app(db_url)
    try:
        stored = _identity_text(db_url)
        for secret in _secrets(keys):
            assert secret not in stored
        _round_trip(office, laptop)
    finally:
        office.close()
        laptop.close()


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_a_wrong_passphrase_does_not_open_the_office_keys(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Madrid")
    office, laptop = _office_with_laptop(db_url, tmp_path)
    office.close()
    laptop.close()
    monkeypatch.setenv("FIELDVISIT_PASSPHRASE", "not the office passphrase")
    with pytest.raises(UserError, match="does not open the office's private keys"):
        open_app(db_url)


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_changing_the_office_passphrase_rewraps_every_key(db_url, tmp_path, monkeypatch):
    """Issue 17: on PostgreSQL a passphrase change re-wraps the office's keys in one audited
    transaction; the old passphrase then opens nothing, the new one signs and opens as before."""
    from fieldvisit.bootstrap import change_passphrase
    from fieldvisit.services.audit import audit_entries, verify_audit

    monkeypatch.setenv("TZ", "Europe/Madrid")
    old, new = "test workspace passphrase", "the office's new passphrase"
    office, laptop = _office_with_laptop(db_url, tmp_path)
    try:
        with office.uow() as uow:
            keys = uow.keys.identity()
        before = _identity_text(db_url)
        with pytest.raises(UserError, match="at least 8"):
            change_passphrase(office, "short")
        with pytest.raises(UserError, match="does not open"), office.uow() as uow:  # a wrong current one
            uow.keys.rewrap_private("not the office passphrase", new)
        assert _identity_text(db_url) == before
        change_passphrase(office, new)
        stored = _identity_text(db_url)
        assert stored != before and stored.count("fv-wrapped/1:") == 2
        for secret in _secrets(keys):
            assert secret not in stored
        _round_trip(office, laptop)  # the same session goes on signing and opening
        entry = next(e for e in audit_entries(office.uow()) if e["action"] == "passphrase change")
        assert entry["details"] == {"keys_rewrapped": 2}
        assert verify_audit(office.uow())["valid"]
        office.close()
        with pytest.raises(UserError, match="does not open the office's private keys"):
            open_app(db_url)  # FIELDVISIT_PASSPHRASE still holds the old one
        monkeypatch.setenv("FIELDVISIT_PASSPHRASE", new)
        office = open_app(db_url)
        with office.uow() as uow:
            assert uow.keys.identity()["sign_private"] == keys["sign_private"]
        _round_trip(office, laptop)
        assert old != new
    finally:
        office.close()
        laptop.close()
