"""Issue 17: the CLI against hostile or broken inputs. Each one ends with exit 2 and one sentence
on stderr: no traceback, no SQL, no personal data from the workspace or the file."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.paths import CASES  # noqa: E402
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
#: words that must never reach stderr: SQL, Python internals, and the personal data used below
FORBIDDEN = ("Traceback", "INSERT", "SELECT", "UPDATE ", "[SQL", "parameters", "File \"", "Elena", "secret note",
             "555-0199")


def fv(*args, db, timeout=120):
    env = {**os.environ, "TZ": "Europe/Madrid", "FIELDVISIT_HOME": str(Path(db).parent)}
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def assert_refused(result, *words):
    assert result.returncode == 2, (result.returncode, result.stderr)
    for bad in FORBIDDEN:
        assert bad not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word.lower() in result.stderr.lower(), result.stderr


def _cases_csv(path: Path, name: str = "Elena Cruz") -> Path:
    path.write_text("case_id,name,lat,lon,country,timezone,balance,currency,days_past_due,phone,collector\n"
                    f"C-1,{name},40.42,-3.70,ES,Europe/Madrid,100.00,EUR,10,555-0199,ana\n", encoding="utf-8")
    return path


def _visit(path: Path, case_id: str = "C-1") -> Path:
    path.write_text(json.dumps({"visit_id": "7d0c6a56-7a52-4d7e-9a4c-3c6f1f1f0002", "case_id": case_id,
                                "arrived_at": "2026-11-24T10:05:00+01:00", "left_at": "2026-11-24T10:25:00+01:00",
                                "outcome": "not_home", "person_met": "nobody", "notes": "secret note for Elena"}),
                    encoding="utf-8")
    return path


# --- a workspace another FieldVisit is writing to (case 12) ----------------------------------

#: case 12's hold_lock.py, through SQLCipher (workspaces are encrypted at rest): another process
#: holding the workspace's write lock, as a long import does
HOLD_LOCK = """
import os, sys, time
from pathlib import Path
from fieldvisit.adapters.storage.cipher import open_raw
c = open_raw(Path(sys.argv[1]), os.environ["FIELDVISIT_PASSPHRASE"])
c.isolation_level = None
c.execute("BEGIN IMMEDIATE"); print("locked", flush=True); time.sleep(float(sys.argv[2])); c.execute("COMMIT")
"""

def test_locked_workspace_is_a_sentence_not_sql(tmp_path):
    db = tmp_path / "ws.sqlite"
    assert fv("cases", "import", str(_cases_csv(tmp_path / "c.csv")), "--as-of", "2026-11-23",
              db=str(db)).returncode == 0
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db), "30"], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[2])
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = fv("visits", "add", "--json-file", str(_visit(tmp_path / "v.json")), db=str(db))
    finally:
        holder.kill()
        holder.wait()
    assert_refused(result, "another FieldVisit is writing to this workspace", "try again")
    # nothing half-written: the visit can be recorded once the lock is gone
    assert fv("visits", "add", "--json-file", str(tmp_path / "v.json"), db=str(db)).returncode == 0


# --- a geocoder that refuses (case 8) ----------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def fake_nominatim(tmp_path):
    port = _free_port()
    server = subprocess.Popen([sys.executable, str(CASES / "08_geocode_429_message" / "fake_nominatim.py"), str(port),
                               str(tmp_path / "requests.log")])
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.kill()
    server.wait()


def test_geocoder_429_says_too_many_requests_and_keeps_the_queue(tmp_path, fake_nominatim):
    db = str(tmp_path / "ws.sqlite")
    assert fv("cases", "import", str(CASES / "08_geocode_429_message" / "geo.csv"), "--as-of", "2026-11-23",
              db=db).returncode == 0
    result = fv("--json", "geocode", "--url", fake_nominatim, db=db)
    assert_refused(result, "the geocoder refused: too many requests (HTTP 429); wait and try again")
    for bad in ("Ocupado", "BUSY", "Calle"):
        assert bad not in result.stderr
    data = json.loads(result.stdout)
    assert data["refused"] == "rate_limited" and data["pending"] == 2
    listed = json.loads(fv("--json", "cases", "list", "--as-of", "2026-11-23", db=db).stdout)["cases"]
    waiting = sorted(c["case_id"] for c in listed if c["lat"] is None)
    # A-2 (Beijing, answered in Madrid) not stored; A-3 not found; A-4 (refused) and A-5 still queued
    assert waiting == ["A-2", "A-3", "A-4", "A-5"]


def test_geocoder_server_error_is_named_by_kind(tmp_path, fake_nominatim):
    db = str(tmp_path / "ws.sqlite")
    (tmp_path / "g.csv").write_text("case_id,name,address,country,balance,currency,days_past_due\n"
                                    "B-1,Rota,Calle BROKEN 1,ES,100.00,EUR,10\n", encoding="utf-8")
    assert fv("cases", "import", str(tmp_path / "g.csv"), "--as-of", "2026-11-23", db=db).returncode == 0
    result = fv("geocode", "--url", fake_nominatim, db=db)
    assert_refused(result, "the geocoder failed (HTTP 502)")


# --- damaged workspaces ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def good_workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ws")
    db = folder / "ws.sqlite"
    assert fv("demo", "--cases", "400", db=str(db)).returncode == 0
    from fieldvisit.adapters.storage.cipher import open_raw

    con = open_raw(db, os.environ["FIELDVISIT_PASSPHRASE"])
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return db


def _damaged(kind: str, good: Path, tmp_path: Path) -> Path:
    db = tmp_path / f"{kind}.sqlite"
    if kind == "empty":
        db.write_bytes(b"")
    elif kind == "random":
        db.write_bytes(os.urandom(40_000))
    else:
        shutil.copy(good, db)
        size = db.stat().st_size
        with open(db, "r+b") as fh:
            if kind == "truncated":
                fh.truncate(size // 2)
            else:  # 64 KiB of garbage in the middle
                fh.seek(size // 2 - 32768)
                fh.write(os.urandom(65536))
    return db


@pytest.mark.parametrize("kind", ["empty", "random", "truncated", "garbage"])
@pytest.mark.parametrize("command", [("cases", "list"), ("audit", "verify")])
def test_damaged_workspace_is_refused_before_any_write(kind, command, good_workspace, tmp_path):
    db = _damaged(kind, good_workspace, tmp_path)
    before = db.read_bytes()
    result = fv(*command, db=str(db))
    assert_refused(result, "workspace", "empty" if kind == "empty" else "damaged")
    assert db.read_bytes() == before  # nothing written: a 0-byte file did not become a new workspace


def test_a_missing_file_is_still_a_new_workspace(tmp_path):
    assert fv("cases", "list", db=str(tmp_path / "new.sqlite")).returncode == 0


# --- values longer than the database keeps (PostgreSQL refuses them, SQLite would store them) ----

def test_over_long_fields_reject_their_row_alike_on_sqlite_and_postgresql(db_url, tmp_path):
    csv = tmp_path / "long.csv"
    csv.write_text("case_id,name,lat,lon,country,timezone,balance,currency,days_past_due,phone\n"
                   "L-1,Ana Ruiz,40.42,-3.70,ES,Europe/Madrid,100.00,EUR,10,600\n"
                   f"L-2,{'Elena ' * 100},40.42,-3.70,ES,Europe/Madrid,100.00,EUR,10,555-0199\n"
                   f"L-3,Luis Gil,40.42,-3.70,ES,Europe/Madrid,100.00,EUR,10,{'5' * 500}\n", encoding="utf-8")
    result = fv("--json", "cases", "import", str(csv), "--as-of", "2026-11-23", db=db_url)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["imported"] == 1
    assert [(r["row"], r["column"]) for r in data["rejected"]] == [(3, "name"), (4, "phone")]
    assert "at most 300" in data["rejected"][0]["error"] and "Elena" not in data["rejected"][0]["error"]


# --- case files beyond the limits ----------------------------------------------------------------

def _xlsx(path: Path, edit) -> Path:
    """A small real workbook whose sheet XML is then changed by ``edit(xml) -> xml``."""
    import zipfile

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["case_id", "name", "lat", "lon", "country", "balance", "currency", "days_past_due"])
    ws.append(["X-1", "Ana Ruiz", 40.42, -3.70, "ES", 100, "EUR", 10])
    plain = path.with_suffix(".plain.xlsx")
    wb.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = edit(data.decode()).encode()
            dst.writestr(item.filename, data)
    return path


def test_xlsx_declaring_millions_of_columns_reads_its_real_cells(tmp_path):
    """A declared size is not trusted (stale or hostile): the real cells are read, quickly."""
    book = _xlsx(tmp_path / "wide.xlsx", lambda x: x.replace('<dimension ref="A1:H2" />',
                                                             '<dimension ref="A1:ZZZ2" />'))
    result = fv("--json", "cases", "import", str(book), "--as-of", "2026-11-23", db=str(tmp_path / "ws.sqlite"),
                timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["imported"] == 1


def test_xlsx_with_a_cell_far_to_the_right_is_refused_with_its_row(tmp_path):
    far = '<c r="XFD1" t="inlineStr"><is><t>far</t></is></c></row>'
    book = _xlsx(tmp_path / "far.xlsx", lambda x: x.replace('<dimension ref="A1:H2" />', "")
                 .replace("</row>", far, 1))
    result = fv("cases", "import", str(book), "--as-of", "2026-11-23", db=str(tmp_path / "ws.sqlite"), timeout=60)
    assert_refused(result, "row 1 has 16384 columns; at most 1000")


def test_xlsx_with_a_row_a_hundred_million_down_is_refused(tmp_path):
    last = '<row r="100000000"><c r="A100000000" t="inlineStr"><is><t>Z-9</t></is></c></row></sheetData>'
    book = _xlsx(tmp_path / "deep.xlsx", lambda x: x.replace('<dimension ref="A1:H2" />', "")
                 .replace("</sheetData>", last))
    result = fv("cases", "import", str(book), "--as-of", "2026-11-23", db=str(tmp_path / "ws.sqlite"), timeout=120)
    assert_refused(result, "at most 2000000 rows")


def test_xlsx_with_a_huge_name_rejects_that_row_with_its_number(tmp_path):
    book = _xlsx(tmp_path / "long.xlsx", lambda x: x.replace("Ana Ruiz", "Elena " * 20_000))
    result = fv("--json", "cases", "import", str(book), "--as-of", "2026-11-23", db=str(tmp_path / "ws.sqlite"),
                timeout=60)
    # every row rejected: exit 2, nothing written, the sentence names the row and column (BRK13 #17)
    assert result.returncode == 2, result.stderr
    assert "row 2 (name)" in result.stderr and "Elena" not in result.stderr


def test_xlsx_whose_shared_strings_unzip_beyond_the_limit_is_refused(tmp_path, monkeypatch):
    import zipfile

    from fieldvisit.adapters.files.readers import read_table
    from fieldvisit.domain import limits
    from fieldvisit.services.errors import UserError

    book = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(_xlsx(tmp_path / "base.xlsx", lambda x: x)) as src, \
            zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, src.read(item))
        dst.writestr("xl/sharedStrings.xml", "<sst><si><t>" + "A" * (3 * 1024 * 1024) + "</t></si></sst>")
    assert book.stat().st_size < 64 * 1024
    monkeypatch.setattr(limits, "MAX_XLSX_STRINGS_BYTES", 1024 * 1024)
    with pytest.raises(UserError, match="unpacks to"):
        read_table(str(book))


def test_csv_with_too_many_columns_is_refused_with_its_row(tmp_path):
    wide = tmp_path / "wide.csv"
    wide.write_text("case_id,name\nC-1,Ana\n" + ",".join(["x"] * 5000) + "\n", encoding="utf-8")
    result = fv("cases", "import", str(wide), "--as-of", "2026-11-23", db=str(tmp_path / "ws.sqlite"))
    assert_refused(result, "row 3 has 5000 columns")


def test_a_visit_file_too_large_is_refused_before_reading(tmp_path):
    big = tmp_path / "v.json"
    with open(big, "wb") as fh:
        fh.truncate(60 * 1024 * 1024)
    result = fv("visits", "add", "--json-file", str(big), db=str(tmp_path / "ws.sqlite"))
    assert_refused(result, "at most 50 MB")


# --- signed packs and bundles that are malformed, oversized or damaged --------------------------

@pytest.fixture(scope="module")
def office_and_laptop(tmp_path_factory):
    from fieldvisit.adapters import crypto
    from fieldvisit.bootstrap import open_app
    from fieldvisit.services.identities import init_identity, public_identity, trust

    folder = tmp_path_factory.mktemp("keys")
    office, laptop = open_app(f"sqlite:///{folder / 'office.sqlite'}"), open_app(f"sqlite:///{folder / 'laptop.sqlite'}")
    init_identity(office.uow(), crypto, role="supervisor", name="Office")
    init_identity(laptop.uow(), crypto, role="collector", name="Elena Cruz")
    trust(office.uow(), crypto, public_identity(laptop.uow(), crypto))
    trust(laptop.uow(), crypto, public_identity(office.uow(), crypto))
    ids = {}
    for name, app in (("office", office), ("laptop", laptop)):
        with app.uow() as uow:
            ids[name] = uow.keys.identity()
        ids[name]["url"] = app.url
        app.close()
    return ids


def _sealed(kind, sender, recipient, payload=None, raw=None):
    import zlib

    from fieldvisit.adapters import crypto

    box = crypto.public_from_private(recipient["sign_private"], recipient["box_private"])[1]
    original = zlib.compress
    try:
        if raw is not None:
            zlib.compress = lambda data, level=6: original(raw, 9)
        return crypto.seal(payload or {}, kind=kind, sender_fingerprint=sender["fingerprint"],
                           sign_private=sender["sign_private"], recipients=[(recipient["fingerprint"], box)])
    finally:
        zlib.compress = original


def _deflate_bomb(mib: int) -> bytes:
    """A zlib stream of ``{"v":"AAAA…`` inflating to ``mib`` MiB, built from one flushed block
    repeated (its checksum is never reached: the reader stops at its limit first)."""
    import zlib

    c = zlib.compressobj(9)
    head = c.compress(b'{"v":"') + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(b"A" * (1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(b"A" * (1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)
    assert block == again
    return head + block * mib + c.compress(b'"}') + c.flush()


def _sealed_stream(kind, sender, recipient, compressed: bytes) -> bytes:
    import zlib

    original = zlib.compress
    try:
        zlib.compress = lambda data, level=6: compressed
        return _sealed(kind, sender, recipient, {})
    finally:
        zlib.compress = original


PACK = {"type": "pack", "version": 1, "seq": 1, "collector": "Elena Cruz", "created_at": "2026-11-24T08:00:00+00:00",
        "cases": [], "recalled": [], "reviews": [], "acks": [], "payments": []}
BAD_PACKS = {
    "huge seq": {**PACK, "seq": 2 ** 70},
    "case not an object": {**PACK, "cases": [["Elena Cruz", "555-0199"]]},
    "case name too long": {**PACK, "cases": [{"case_id": "K-1", "name": "Elena " * 100, "balance": "1"}]},
    "review without fields": {**PACK, "reviews": [{"status": "rejected"}]},
    "override day not a date": {**PACK, "overrides": [{"case_id": "K-1", "day": 5, "by": "x", "reason": "y"}]},
    "acks not text": {**PACK, "acks": [{"Elena": 1}]},
}


@pytest.mark.parametrize("name", sorted(BAD_PACKS))
def test_malformed_signed_pack_is_a_sentence(name, office_and_laptop, tmp_path):
    ids = office_and_laptop
    pack = tmp_path / "p.fvpack"
    pack.write_bytes(_sealed("pack", ids["office"], ids["laptop"], BAD_PACKS[name]))
    assert_refused(fv("pack", "import", str(pack), db=ids["laptop"]["url"]), "cannot be imported", "nothing")


@pytest.mark.parametrize("damage", ["bomb", "nan", "truncated", "stranger", "not json"])
def test_damaged_or_foreign_files_are_sentences(damage, office_and_laptop, tmp_path):
    from fieldvisit.adapters import crypto

    ids = office_and_laptop
    if damage == "bomb":  # < 1 MB on disk, 1 GB inflated
        data = _sealed_stream("bundle", ids["laptop"], ids["office"], _deflate_bomb(1024))
    elif damage == "nan":
        data = _sealed("bundle", ids["laptop"], ids["office"], raw=b'{"type":"bundle","seq":NaN}')
    elif damage == "truncated":
        data = _sealed("bundle", ids["laptop"], ids["office"], {"type": "bundle"})[:300]
    elif damage == "stranger":
        other = crypto.new_keys()
        data = _sealed("bundle", {"fingerprint": other["fingerprint"], "sign_private": other["sign_private"]},
                       ids["office"], {"type": "bundle"})
    else:
        data = b"Elena Cruz,555-0199\n" * 10
    bundle = tmp_path / "b.fvbundle"
    bundle.write_bytes(data)
    assert_refused(fv("sync", "import", str(bundle), db=ids["office"]["url"]), "cannot be imported")
