"""Issue 17, case 12 as written: a plain SQLite client (Python's ``sqlite3``, no SQLCipher) holds
the workspace's write lock, and FieldVisit's writing commands wait, then say one sentence (exit 2,
no SQL, no personal data); once the lock is gone the same command goes through and nothing was
half-written. Possible because a sealed workspace keeps SQLite's 96-byte header in the clear (see
fieldvisit/adapters/storage/cipher.py); the earlier full-SQLCipher layout is converted on open.
Also: a plain client closing last checkpoints the encrypted WAL, and VACUUM, a passphrase change
and a plain file copy keep the workspace openable."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fieldvisit.adapters.storage import cipher
from tests.integration.test_hostile_cli import _cases_csv, _visit, assert_refused, fv
from tests.paths import CASES

HOLD_LOCK = CASES / "12_sqlite_locked_message" / "hold_lock.py"
PASS = os.environ.get("FIELDVISIT_PASSPHRASE", "")
#: a plain sqlite3 holder released by the test (a line on stdin), not by the clock
HOLD_UNTIL_TOLD = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE"); print("locked", flush=True)
sys.stdin.readline(); c.execute("COMMIT"); c.close(); print("released", flush=True)
"""


def _json(*args, db) -> dict:
    r = fv(*args, "--json", db=db)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _workspace(tmp_path: Path) -> Path:
    db = tmp_path / "ws.sqlite"
    assert fv("cases", "import", str(_cases_csv(tmp_path / "c.csv")), "--as-of", "2026-11-23",
              db=str(db)).returncode == 0
    return db


def test_case_12_as_written_plain_sqlite_holds_the_lock(tmp_path, monkeypatch):
    db = _workspace(tmp_path)
    assert cipher.file_kind(db) == "sealed"
    more = tmp_path / "more.csv"
    more.write_text("case_id,name,lat,lon,country,timezone,balance,currency,days_past_due,phone,collector\n"
                    "C-2,Elena Marta Ruiz,40.43,-3.71,ES,Europe/Madrid,50.00,EUR,5,555-0199,ana\n", encoding="utf-8")
    visit = _visit(tmp_path / "v.json")
    # the case's own script, run by a plain Python: sqlite3 with no SQLCipher at all
    holder = subprocess.Popen([sys.executable, str(HOLD_LOCK), str(db), "600"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setenv("FIELDVISIT_BUSY_TIMEOUT_MS", "1000")  # (the product waits 10 s)
        monkeypatch.setenv("FIELDVISIT_NEW_PASSPHRASE", "a passphrase never set")
        refused = [fv("visits", "add", "--json-file", str(visit), db=str(db)),
                   fv("cases", "import", str(more), "--as-of", "2026-11-23", db=str(db)),
                   fv("workspace", "passphrase", db=str(db))]
    finally:
        holder.kill()  # the holder goes away (as a finished or closed client does): the lock is released
        holder.wait()
    monkeypatch.delenv("FIELDVISIT_BUSY_TIMEOUT_MS")
    monkeypatch.delenv("FIELDVISIT_NEW_PASSPHRASE")
    for result in refused:
        assert_refused(result, "another FieldVisit is writing to this workspace", "try again")
        assert "locked" not in result.stderr and "Marta" not in result.stderr
    # nothing half-written: same passphrase, no visit, no second case; then the same commands go through
    assert _json("visits", "list", db=str(db))["visits"] == []
    assert [c["case_id"] for c in _json("cases", "list", db=str(db))["cases"]] == ["C-1"]
    assert fv("visits", "add", "--json-file", str(visit), db=str(db)).returncode == 0
    assert fv("cases", "import", str(more), "--as-of", "2026-11-23", db=str(db)).returncode == 0
    assert len(_json("visits", "list", db=str(db))["visits"]) == 1
    assert sorted(c["case_id"] for c in _json("cases", "list", db=str(db))["cases"]) == ["C-1", "C-2"]


def test_a_plain_client_closing_last_checkpoints_the_encrypted_wal(tmp_path):
    db = _workspace(tmp_path)
    conn = cipher.open_raw(db, PASS)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO settings (key, value) VALUES ('probe', 'written by SQLCipher')")
    conn.commit()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_UNTIL_TOLD, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        conn.close()  # not the last connection: the frames stay in the WAL
        wal = Path(f"{db}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
    finally:
        holder.kill()
        holder.wait()
    assert not wal.exists()  # plain SQLite copied the (encrypted) frames into the file
    assert b"written by" not in db.read_bytes() and b"Elena" not in db.read_bytes()
    check = cipher.open_raw(db, PASS)
    try:
        assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert check.execute("SELECT value FROM settings WHERE key='probe'").fetchone()[0] == "written by SQLCipher"
    finally:
        check.close()
    assert _json("cases", "list", db=str(db))["cases"][0]["name"] == "Elena Cruz"


def _to_legacy(db: Path) -> bytes:
    """Rewrite ``db`` in the earlier layout (full SQLCipher: random 16-byte salt in bytes 0-15,
    page key scrypt(passphrase, salt16) as a raw key); returns that salt."""
    salt16 = os.urandom(16)
    key = cipher.derive_key(PASS, salt16)
    legacy = db.with_name("legacy.sqlite")
    conn = cipher.open_raw(db, PASS)
    try:
        conn.execute(f"ATTACH DATABASE ? AS old KEY \"x'{key.hex()}{salt16.hex()}'\"", (str(legacy),))
        conn.execute("PRAGMA old.cipher_plaintext_header_size = 0")
        conn.execute("SELECT sqlcipher_export('old')")
        conn.execute("DETACH DATABASE old")
    finally:
        conn.close()
    os.replace(legacy, db)
    for extra in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        extra.unlink(missing_ok=True)
    return salt16


def test_an_earlier_full_sqlcipher_workspace_is_converted_on_open(tmp_path, monkeypatch):
    db = _workspace(tmp_path)
    assert fv("visits", "add", "--json-file", str(_visit(tmp_path / "v.json")), db=str(db)).returncode == 0
    salt16 = _to_legacy(db)
    before = db.read_bytes()
    assert before[:16] == salt16 and cipher.file_kind(db) == "legacy"
    stale = Path(f"{db}.recovery")
    stale.write_bytes(b"a recovery file holding the old key")
    # a wrong passphrase changes nothing and says one sentence
    monkeypatch.setenv("FIELDVISIT_PASSPHRASE", "not the passphrase")
    r = fv("cases", "list", db=str(db))
    monkeypatch.setenv("FIELDVISIT_PASSPHRASE", PASS)
    assert_refused(r, "passphrase does not open")
    assert db.read_bytes() == before
    # the right one opens it, converted, every row kept
    cases = _json("cases", "list", db=str(db))["cases"]
    assert [(c["case_id"], c["name"]) for c in cases] == [("C-1", "Elena Cruz")]
    assert _json("visits", "list", db=str(db))["visits"][0]["notes"] == "secret note for Elena"
    assert cipher.file_kind(db) == "sealed" and not stale.exists()
    # no copy of the old file, nothing readable anywhere in the folder
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert leftovers == sorted(n for n in ("c.csv", "v.json", "ws.sqlite", "ws.sqlite-wal", "ws.sqlite-shm",
                                           "ws.sqlite.inuse") if (tmp_path / n).exists()), leftovers
    assert not (tmp_path / "ws.sqlite.inuse").exists() or (tmp_path / "ws.sqlite.inuse").stat().st_size == 0
    for name in leftovers:
        if name.startswith("ws.sqlite"):
            data = (tmp_path / name).read_bytes()
            for secret in (b"Elena", b"secret note", b"555-0199", salt16):
                assert secret not in data, (name, secret)


def test_vacuum_passphrase_change_and_a_copy_keep_the_workspace_openable(tmp_path, monkeypatch):
    db = _workspace(tmp_path)
    salt = cipher.read_salt(db)
    conn = cipher.open_raw(db, PASS)
    try:
        conn.execute("VACUUM")
    finally:
        conn.close()
    assert cipher.read_salt(db) == salt and cipher.file_kind(db) == "sealed"
    assert _json("cases", "list", db=str(db))["cases"][0]["case_id"] == "C-1"
    monkeypatch.setenv("FIELDVISIT_NEW_PASSPHRASE", "a brand new passphrase")
    assert fv("workspace", "passphrase", db=str(db)).returncode == 0
    assert cipher.read_salt(db) == salt and cipher.file_kind(db) == "sealed"
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(db, copy)  # a backup made with any file tool: the salt travels inside the file
    for path in (db, copy):
        conn = cipher.open_raw(path, "a brand new passphrase")
        try:
            assert conn.execute("SELECT name FROM cases").fetchall() == [("Elena Cruz",)]
        finally:
            conn.close()
    with pytest.raises(cipher.WrongPassphrase):
        cipher.open_raw(copy, PASS)
    # and a plain SQLite client sees a database it cannot read (no schema, no rows)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT name FROM sqlite_master").fetchall()


def test_an_earlier_workspace_is_recovered_with_its_old_recovery_code(tmp_path, monkeypatch):
    """The passphrase was forgotten before the workspace was ever opened by this version: the code
    the office reads from the old recovery file (the old page key) still sets a new passphrase."""
    db = _workspace(tmp_path)
    salt16 = _to_legacy(db)
    code = cipher.derive_key(PASS, salt16).hex()
    Path(f"{db}.recovery").write_bytes(b"a recovery file holding the old key")
    monkeypatch.delenv("FIELDVISIT_PASSPHRASE")
    monkeypatch.setenv("FIELDVISIT_NEW_PASSPHRASE", "my new passphrase")
    bad = fv("workspace", "recover", "--code", "00" * 32, db=str(db))
    assert_refused(bad, "does not open")
    assert cipher.file_kind(db) == "legacy"
    r = fv("workspace", "recover", "--code", code, db=str(db))
    assert r.returncode == 0, r.stderr
    assert cipher.file_kind(db) == "sealed" and not Path(f"{db}.recovery").exists()
    monkeypatch.setenv("FIELDVISIT_PASSPHRASE", "my new passphrase")
    assert _json("cases", "list", db=str(db))["cases"][0]["name"] == "Elena Cruz"


def test_a_conversion_in_progress_elsewhere_is_waited_for(tmp_path, monkeypatch):
    """Another FieldVisit converting the same earlier workspace (its ``.converting`` marker): this
    one waits, then says the busy sentence and changes nothing; a marker left by a crash (old) is
    taken over."""
    db = _workspace(tmp_path)
    _to_legacy(db)
    before = db.read_bytes()
    marker = Path(f"{db}.converting")
    marker.touch()
    monkeypatch.setenv("FIELDVISIT_BUSY_TIMEOUT_MS", "500")
    assert_refused(fv("cases", "list", db=str(db)), "another FieldVisit is writing to this workspace")
    assert db.read_bytes() == before and marker.exists()
    os.utime(marker, (1_000_000_000, 1_000_000_000))  # left by a crash long ago
    assert _json("cases", "list", db=str(db))["cases"][0]["name"] == "Elena Cruz"
    assert cipher.file_kind(db) == "sealed" and not marker.exists()


#: another FieldVisit process that keeps the workspace open (as a long import would) until told
KEEP_OPEN = """
import sys
from fieldvisit.adapters.storage.db import open_engine
from sqlalchemy import text
engine = open_engine("sqlite:///" + sys.argv[1])
with engine.connect() as c:
    c.execute(text("SELECT count(*) FROM cases")).scalar()
print("open", flush=True)
sys.stdin.readline()
with engine.connect() as c:  # still reads its workspace after the other process tried a change
    print(c.execute(text("SELECT count(*) FROM cases")).scalar(), flush=True)
"""


def test_passphrase_change_waits_for_another_fieldvisit_that_has_the_workspace_open(tmp_path):
    """A tester changed the passphrase while an import ran in another process: the change went
    through between two chunks and the import then called its healthy workspace damaged."""
    db = tmp_path / "ws.sqlite"
    assert fv("cases", "import", str(_cases_csv(tmp_path / "c.csv")), "--as-of", "2026-11-23", db=db).returncode == 0
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    other = subprocess.Popen([sys.executable, "-c", KEEP_OPEN, str(db)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert other.stdout.readline().strip() == "open"
        r = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", str(db), "workspace", "passphrase"],
                           capture_output=True, text=True, timeout=120,
                           env={**os.environ, "FIELDVISIT_HOME": str(tmp_path), "FIELDVISIT_BUSY_TIMEOUT_MS": "500",
                                "FIELDVISIT_NEW_PASSPHRASE": "a brand new passphrase"})
        assert_refused(r, "another fieldvisit", "open")
        other.stdin.write("go\n")
        other.stdin.flush()
        assert other.stdout.readline().strip() == "1"  # its workspace was never re-keyed under it
        assert other.wait(timeout=60) == 0, other.stderr.read()
    finally:
        other.kill()
    r = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", str(db), "workspace", "passphrase"],
                       capture_output=True, text=True, timeout=120,
                       env={**os.environ, "FIELDVISIT_HOME": str(tmp_path),
                            "FIELDVISIT_NEW_PASSPHRASE": "a brand new passphrase"})
    assert r.returncode == 0, r.stderr
