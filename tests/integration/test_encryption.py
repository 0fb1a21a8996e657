"""A stolen laptop gives nothing away: the workspace file is SQLCipher-encrypted, owner-only,
holds no readable personal data or key material, and opens only with its passphrase (CLI.md:
keyring, FIELDVISIT_PASSPHRASE or a terminal prompt; with none, exit 2 and one sentence)."""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fieldvisit.adapters.storage import cipher
from fieldvisit.adapters.storage.passphrase import PassphraseSource

PASS = "correct horse battery staple"
CSV = ("case_id,name,address,phone,notes,balance,currency\n"
       "ENC-1,Zacarías Peñalver Quintanilla,Calle del Olivar 17,+34 611 222 333,"
       "Prefers mornings; daughter Ximena answers,1500.00,EUR\n")


def fv(db: Path, *args, passphrase: str | None = PASS, extra: dict | None = None, stdin=subprocess.DEVNULL):
    env = {k: v for k, v in os.environ.items() if k not in ("FIELDVISIT_PASSPHRASE", "FIELDVISIT_NEW_PASSPHRASE")}
    env.update({"TZ": "Europe/Madrid", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", **(extra or {})})
    if passphrase is not None:
        env["FIELDVISIT_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", f"sqlite:///{db}", *args],
                          capture_output=True, text=True, env=env, stdin=stdin, timeout=180)


def _no_leak(r: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in r.stderr and "SELECT" not in r.stderr and "Zacar" not in r.stderr


def test_workspace_file_reveals_nothing(tmp_path):
    db = tmp_path / "ws.sqlite"
    src = tmp_path / "cases.csv"
    src.write_text(CSV, encoding="utf-8")
    assert fv(db, "cases", "import", str(src), "--as-of", "2026-11-23").returncode == 0
    assert fv(db, "keys", "init", "--role", "collector", "--name", "Lucía Romero").returncode == 0
    data = db.read_bytes()
    # only SQLite's 96-byte header is in the clear (so plain SQLite clients can see the lock)
    assert cipher.file_kind(db) == "sealed" and data.startswith(cipher.SQLITE_MAGIC)
    key = cipher.derive_key(PASS, cipher.read_salt(db))
    assert key not in data and key.hex().encode() not in data and PASS.encode() not in data
    for secret in ("Zacarías", "Zacar", "Peñalver", "Olivar", "611 222", "Ximena", "ENC-1", "Lucía", "audit_log",
                   "CREATE TABLE"):
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in data, secret
    # the private keys: no base64 of any stored key survives (the DB holds them only encrypted)
    conn = cipher.open_raw(db, PASS)
    row = conn.execute("SELECT sign_private, box_private FROM identity").fetchone()
    conn.close()
    for key in row:
        raw = key if isinstance(key, bytes) else str(key).encode()
        assert raw not in data
        try:
            assert base64.b64decode(raw) not in data
        except ValueError:
            pass
    mode = stat.S_IMODE(db.stat().st_mode)
    assert mode == 0o600, oct(mode)
    for companion in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        if companion.exists():
            assert stat.S_IMODE(companion.stat().st_mode) & 0o077 == 0
    listed = json.loads(fv(db, "cases", "list", "--json").stdout)["cases"]
    assert listed[0]["name"] == "Zacarías Peñalver Quintanilla"


def test_without_or_with_a_wrong_passphrase_exit_2_one_sentence(tmp_path):
    db = tmp_path / "ws.sqlite"
    assert fv(db, "cases", "list").returncode == 0
    r = fv(db, "cases", "list", passphrase=None)
    assert r.returncode == 2 and "FIELDVISIT_PASSPHRASE" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    _no_leak(r)
    r = fv(db, "cases", "list", passphrase="not the passphrase")
    assert r.returncode == 2 and "passphrase does not open" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    _no_leak(r)
    r = fv(tmp_path / "new.sqlite", "cases", "list", passphrase=None)
    assert r.returncode == 2 and "needs a passphrase" in r.stderr
    assert not (tmp_path / "new.sqlite").exists()


def test_an_empty_file_is_not_a_new_workspace(tmp_path):
    db = tmp_path / "ws.sqlite"
    db.write_bytes(b"")
    r = fv(db, "cases", "list")
    assert r.returncode == 2 and "empty" in r.stderr
    assert db.read_bytes() == b""


def test_plain_workspace_is_encrypted_on_first_open_with_a_backup(tmp_path):
    db = tmp_path / "old.sqlite"
    src = tmp_path / "cases.csv"
    src.write_text(CSV, encoding="utf-8")
    # a workspace written before encryption: a plain SQLite file made through the same migrations
    from sqlalchemy import create_engine

    from fieldvisit.adapters.storage.db import upgrade

    engine = create_engine(f"sqlite:///{db}")
    upgrade(engine)
    engine.dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('country', 'ES')")
    assert db.read_bytes().startswith(cipher.SQLITE_MAGIC)
    assert fv(db, "cases", "import", str(src), "--as-of", "2026-11-23").returncode == 0
    backup = db.with_name("old.sqlite.before-encryption")
    assert backup.exists() and stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert cipher.file_kind(db) == "sealed"
    assert b"Zacar" not in db.read_bytes()
    conn = cipher.open_raw(db, PASS)
    assert conn.execute("SELECT value FROM settings WHERE key='country'").fetchone()[0] == "ES"
    conn.close()
    # the backup is sealed under the same passphrase; nothing of the plain file stays in the folder
    assert b"SQLite format 3" in backup.read_bytes()[:16] and b"country" not in backup.read_bytes()
    conn = cipher.open_raw(backup, PASS)
    assert conn.execute("SELECT value FROM settings WHERE key='country'").fetchone()[0] == "ES"
    conn.close()
    for leftover in tmp_path.iterdir():
        if leftover.is_file() and leftover != src:
            assert b"country" not in leftover.read_bytes(), leftover


def test_another_programs_sqlite_file_is_not_taken_over(tmp_path):
    db = tmp_path / "places.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE moz_places (url TEXT)")
        conn.execute("INSERT INTO moz_places VALUES ('https://example.org/')")
    before = db.read_bytes()
    r = fv(db, "cases", "list")
    assert r.returncode == 2 and "another program" in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]


def test_change_the_passphrase(tmp_path):
    db = tmp_path / "ws.sqlite"
    assert fv(db, "cases", "list").returncode == 0
    r = fv(db, "workspace", "passphrase", extra={"FIELDVISIT_NEW_PASSPHRASE": "short"})
    assert r.returncode == 2 and "at least 8" in r.stderr
    r = fv(db, "workspace", "passphrase", extra={"FIELDVISIT_NEW_PASSPHRASE": "a brand new passphrase"})
    assert r.returncode == 0, r.stderr
    assert fv(db, "cases", "list").returncode == 2
    assert fv(db, "cases", "list", passphrase="a brand new passphrase").returncode == 0


def test_keyring_then_environment_then_prompt(tmp_path, monkeypatch):
    """The order CLI.md gives; a wrong keyring entry falls through to the next source."""
    path = tmp_path / "ws.sqlite"
    asked = []

    def prompt(p, *, new, attempt):
        asked.append((new, attempt))
        return PASS if attempt == 0 else None

    monkeypatch.delenv("FIELDVISIT_PASSPHRASE", raising=False)
    from fieldvisit.adapters.storage.db import open_engine

    open_engine(f"sqlite:///{path}", passphrases=PassphraseSource(prompt=prompt)).dispose()
    assert asked == [(True, 0)]
    monkeypatch.setattr("fieldvisit.adapters.storage.passphrase.keyring_get", lambda p: "stale entry")
    monkeypatch.setenv("FIELDVISIT_PASSPHRASE", PASS)
    asked.clear()
    source = PassphraseSource(prompt=prompt)
    open_engine(f"sqlite:///{path}", passphrases=source).dispose()
    assert asked == [] and source.used == PASS


#: zeros, random bytes, and a file that looks like a sealed workspace (SQLite header with
#: SQLCipher's 80 reserved bytes) but whose pages are random
SEALED_LOOKALIKE = (cipher.SQLITE_MAGIC + bytes([0x10, 0, 2, 2, cipher.RESERVE, 64, 32, 32]) + os.urandom(72)
                    + os.urandom(8096))


@pytest.mark.parametrize("garbage", [b"\x00" * 4096, os.urandom(8192), SEALED_LOOKALIKE])
def test_random_or_damaged_file_is_one_sentence(tmp_path, garbage):
    db = tmp_path / "ws.sqlite"
    db.write_bytes(garbage)
    r = fv(db, "cases", "list")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    _no_leak(r)


def test_forgotten_passphrase_recovered_through_the_office(tmp_path):
    office, laptop = tmp_path / "office.sqlite", tmp_path / "laptop.sqlite"
    assert fv(office, "keys", "init", "--role", "supervisor", "--name", "Madrid office").returncode == 0
    assert fv(laptop, "keys", "init", "--role", "collector", "--name", "Lucía Romero").returncode == 0
    assert fv(office, "keys", "export", "--out", str(tmp_path / "office.json")).returncode == 0
    assert fv(laptop, "keys", "export", "--out", str(tmp_path / "lucia.json")).returncode == 0
    assert fv(office, "keys", "trust", str(tmp_path / "lucia.json")).returncode == 0
    assert fv(laptop, "keys", "trust", str(tmp_path / "office.json")).returncode == 0
    src = tmp_path / "cases.csv"
    src.write_text(CSV, encoding="utf-8")
    assert fv(laptop, "cases", "import", str(src), "--as-of", "2026-11-23").returncode == 0
    recovery = Path(f"{laptop}.recovery")
    assert recovery.exists() and stat.S_IMODE(recovery.stat().st_mode) == 0o600
    assert b"Zacar" not in recovery.read_bytes()
    # the laptop itself cannot open its recovery file; a stranger office neither
    assert fv(laptop, "workspace", "recovery-code", str(recovery)).returncode == 2
    r = fv(office, "workspace", "recovery-code", str(recovery), "--json")
    assert r.returncode == 0, r.stderr
    code = json.loads(r.stdout)["code"]
    # the collector forgot the passphrase: the code sets a new one
    bad = fv(laptop, "workspace", "recover", "--code", "00" * 32, passphrase=None,
             extra={"FIELDVISIT_NEW_PASSPHRASE": "my new passphrase"})
    assert bad.returncode == 2 and "does not open" in bad.stderr
    r = fv(laptop, "workspace", "recover", "--code", code, passphrase=None,
           extra={"FIELDVISIT_NEW_PASSPHRASE": "my new passphrase"})
    assert r.returncode == 0, r.stderr
    assert fv(laptop, "cases", "list").returncode == 2  # the forgotten one no longer works
    listed = fv(laptop, "cases", "list", "--json", passphrase="my new passphrase")
    assert json.loads(listed.stdout)["cases"][0]["case_id"] == "ENC-1"
