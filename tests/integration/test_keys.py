"""Workspace identities with real keys: init once, export a signed public identity, enroll a
collector at the office and trust the office on the laptop; tampered or wrong-role files refused."""

import json
import os
import subprocess
import sys

import pytest

from fieldvisit.adapters import crypto
from fieldvisit.services.errors import UserError
from fieldvisit.services.identities import init_identity, list_peers, public_identity, trust


def fv(db, *args):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=120)


def test_identity_round_trip_between_office_and_laptop(tmp_path):
    office, laptop = str(tmp_path / "office.sqlite"), str(tmp_path / "laptop.sqlite")
    sup = json.loads(fv(office, "keys", "init", "--role", "supervisor", "--name", "Madrid office", "--json").stdout)
    col = json.loads(fv(laptop, "keys", "init", "--role", "collector", "--name", "Lucía Romero", "--json").stdout)
    assert sup["role"] == "supervisor" and len(sup["fingerprint"]) == 39 and sup["fingerprint"] != col["fingerprint"]
    exp = json.loads(fv(laptop, "keys", "export", "--out", str(tmp_path / "lucia.json"), "--json").stdout)
    assert exp["fingerprint"] == col["fingerprint"]
    fv(office, "keys", "export", "--out", str(tmp_path / "office.json"))
    enrolled = json.loads(fv(office, "keys", "trust", str(tmp_path / "lucia.json"), "--json").stdout)
    assert (enrolled["name"], enrolled["role"], enrolled["fingerprint"]) == ("Lucía Romero", "collector", col["fingerprint"])
    trusted = json.loads(fv(laptop, "keys", "trust", str(tmp_path / "office.json"), "--json").stdout)
    assert trusted["role"] == "supervisor" and trusted["fingerprint"] == sup["fingerprint"]
    again = json.loads(fv(office, "keys", "trust", str(tmp_path / "lucia.json"), "--json").stdout)
    assert again["new"] is False
    # No private key ever leaves the workspace
    text = (tmp_path / "lucia.json").read_text(encoding="utf-8")
    assert "private" not in text


@pytest.mark.parametrize(("change", "phrase"), [
    (lambda d: d.update(name="Mallory"), "signature does not match"),
    (lambda d: d.update(role="supervisor"), "signature does not match"),
    (lambda d: d.update(fingerprint="0000 " * 7 + "0000"), "fingerprint does not match"),
    (lambda d: d.pop("signature"), "incomplete or damaged"),
    (lambda d: d.update(format="something-else"), "not a FieldVisit identity"),
])
def test_changed_identity_files_are_refused(app, change, phrase):
    init_identity(app.uow(), crypto, role="supervisor", name="Office")
    keys = crypto.new_keys()
    doc = crypto.identity_document("Ana", "collector", keys["sign_private"], keys["box_private"])
    change(doc)
    with pytest.raises(UserError, match=phrase):
        trust(app.uow(), crypto, doc)
    assert list_peers(app.uow())["trusted"] == []


def test_roles_and_own_identity(app):
    with pytest.raises(UserError, match="no identity yet"):
        public_identity(app.uow(), crypto)
    init_identity(app.uow(), crypto, role="collector", name="Ana")
    with pytest.raises(UserError, match="already has an identity"):
        init_identity(app.uow(), crypto, role="collector", name="Ana again")
    own = public_identity(app.uow(), crypto)
    with pytest.raises(UserError, match="own identity"):
        trust(app.uow(), crypto, own)
    other = crypto.new_keys()
    peer = crypto.identity_document("Luis", "collector", other["sign_private"], other["box_private"])
    with pytest.raises(UserError, match="A collector trusts supervisors"):
        trust(app.uow(), crypto, peer)
    with app.uow() as uow:
        assert any(e.action == "keys init" for e in uow.audit.entries())
