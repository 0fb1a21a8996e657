"""Issue 17 (second breaker round): files that are not files, and inputs that used to end in exit
1. A FIFO or a device given to any command that reads a file is refused at once (exit 2, one
sentence) instead of hanging or filling memory; a workspace file too short, a read-only
workspace, wrong JSON types, huge numbers and DTDs in a workbook are sentences too."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.integration.test_hostile_cli import _cases_csv, _visit, assert_refused, fv

READERS = [
    ("cases", "import"),
    ("sync", "import"),
    ("pack", "import"),
    ("visits", "add", "--json-file"),
    ("keys", "trust"),
]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ws")
    db = str(folder / "ws.sqlite")
    r = fv("cases", "import", str(_cases_csv(folder / "c.csv")), db=db)
    assert r.returncode == 0, r.stderr
    return db


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c))
def test_a_fifo_is_refused_at_once_not_waited_on(command, workspace, tmp_path):
    fifo = tmp_path / "x.fvbundle"
    os.mkfifo(fifo)
    r = fv(*command, str(fifo), db=workspace, timeout=60)  # a hang would end in TimeoutExpired
    assert_refused(r, "not a plain file")


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c))
def test_a_device_is_refused_without_reading_it(command, workspace):
    r = fv(*command, "/dev/zero", db=workspace, timeout=60)
    assert_refused(r, "not a plain file")


def test_read_limited_stops_at_the_limit_whatever_the_size_says(tmp_path):
    from fieldvisit.adapters.files.safe_write import TooLarge, read_capped

    with open("/dev/zero", "rb") as fh, pytest.raises(TooLarge):
        read_capped(fh, 3 * 1024 * 1024, "file", "/dev/zero")


def test_a_fifo_swapped_into_the_sync_folder_is_skipped(tmp_path):
    from fieldvisit.adapters.files.mailbox import FolderMailbox
    from fieldvisit.services.errors import UserError

    share = tmp_path / "share"
    (share / "bundles").mkdir(parents=True)
    os.mkfifo(share / "bundles" / "b-000001.fvbundle")
    box = FolderMailbox(share)
    listed = box.bundles()
    assert listed == []  # not a file: not even listed
    # swapped in after the listing: opening it does not wait for a writer
    from fieldvisit.adapters.files.mailbox import MailFile

    item = MailFile("b-000001.fvbundle", share / "bundles" / "b-000001.fvbundle")
    with pytest.raises(UserError, match="not a plain file"):
        item.head()
    with pytest.raises(UserError, match="not a plain file"):
        item.read()


# --- workbooks: DTDs and huge cells refused while streaming ------------------------------------

def _book(path: Path, sheet_edit=None, strings: str | None = None) -> Path:
    import zipfile

    from tests.integration.test_hostile_cli import _xlsx

    base = _xlsx(path.with_suffix(".base.xlsx"), sheet_edit or (lambda x: x))
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, src.read(item))
        if strings is not None:
            dst.writestr("xl/sharedStrings.xml", strings)
    return path


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>')
XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'


@pytest.mark.parametrize("dtd", [LAUGHS, XXE], ids=["billion laughs", "external entity"])
def test_a_workbook_with_a_dtd_is_refused_in_one_sentence(dtd, tmp_path):
    book = _book(tmp_path / "dtd.xlsx", lambda x: dtd + x.split("?>", 1)[-1])
    r = fv("cases", "import", str(book), db=str(tmp_path / "ws.sqlite"), timeout=60)
    assert_refused(r, "document type")


def test_a_huge_inline_cell_is_refused_while_streaming(tmp_path):
    """A 50-million-character cell in a 50 KB workbook: refused with its row, memory bounded."""
    import resource
    import subprocess
    import sys

    import zipfile

    from tests.integration.test_hostile_cli import _xlsx

    base = _xlsx(tmp_path / "base.xlsx", lambda x: x)
    book = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(item.filename, data)
                continue
            head, tail = data.split(b"Ana Ruiz")
            with dst.open(item.filename, "w", force_zip64=True) as out:  # written in pieces: this test
                out.write(head)                                          # holds no 50 MB string either
                for _ in range(50):
                    out.write(b"A" * 1_000_000)
                out.write(tail)
    assert book.stat().st_size < 1024 * 1024
    code = ("import resource, sys\n"
            "from fieldvisit.adapters.files.readers import read_table\n"
            "from fieldvisit.services.errors import UserError\n"
            "try:\n    read_table(sys.argv[1])\nexcept UserError as exc:\n    print(exc)\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")
    out = subprocess.run([sys.executable, "-c", code, str(book)], capture_output=True, text=True, timeout=120)
    lines = out.stdout.strip().splitlines()
    assert "row 2 holds a text longer than 20000 characters" in lines[0], out
    assert int(lines[-1]) < 300 * 1024  # KB: nowhere near the 50 MB string and its copies
    del resource


def test_a_huge_shared_string_is_refused_with_its_number(tmp_path):
    from fieldvisit.adapters.files.readers import read_table
    from fieldvisit.services.errors import UserError

    strings = "<sst><si><t>Ana</t></si><si><t>" + "B" * 1_000_000 + "</t></si></sst>"
    book = _book(tmp_path / "sst.xlsx", strings=strings)
    with pytest.raises(UserError, match="shared text number 2 holds a text longer"):
        read_table(str(book))


def test_a_long_but_allowed_cell_still_rejects_only_its_row(tmp_path):
    """Between the cell limit and the streaming bound the row is rejected, the file still read."""
    from tests.integration.test_hostile_cli import _xlsx

    book = _xlsx(tmp_path / "long.xlsx", lambda x: x.replace("Ana Ruiz", "Elena " * 5_000))
    r = fv("--json", "cases", "import", str(book), "--as-of", "2026-11-23", db=str(tmp_path / "ws.sqlite"))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["rejected"][0]["row"] == 2


# --- inputs that used to end in exit 1 ---------------------------------------------------------

def test_a_workspace_file_too_short_is_a_sentence(tmp_path):
    short = tmp_path / "short.sqlite"
    short.write_bytes(b"NotAWorksp")
    assert_refused(fv("cases", "list", db=str(short)), "not a FieldVisit workspace")


def test_a_read_only_workspace_is_a_sentence(workspace, tmp_path):
    import shutil
    import subprocess

    copy = tmp_path / "ro.sqlite"
    shutil.copyfile(workspace, copy)
    if subprocess.run(["chattr", "+i", str(copy)], capture_output=True).returncode != 0:
        os.chmod(copy, 0o444)
        if os.geteuid() == 0:
            pytest.skip("cannot make a file read-only for root here")
    try:
        r = fv("cases", "import", str(_cases_csv(tmp_path / "c.csv", "Rosa Gil")), db=str(copy))
    finally:
        subprocess.run(["chattr", "-i", str(copy)], capture_output=True)
    assert_refused(r, "read-only")


@pytest.mark.parametrize("doc", [
    {"format": "fieldvisit-identity/1", "name": "Ana", "role": "collector", "sign_key": 5, "box_key": "x",
     "fingerprint": "x", "signature": "x"},
    {"format": "fieldvisit-identity/1", "name": ["Ana"], "role": "collector", "sign_key": "x", "box_key": "x",
     "fingerprint": "x", "signature": "x"},
    {"format": "fieldvisit-identity/1", "role": {"a": 1}},
], ids=["number key", "list name", "object role"])
def test_keys_trust_with_wrong_json_types_is_a_sentence(doc, workspace, tmp_path):
    from fieldvisit.adapters.crypto import IDENTITY_FORMAT

    doc = {**doc, "format": IDENTITY_FORMAT}
    path = tmp_path / "id.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert_refused(fv("keys", "trust", str(path), db=workspace), "identity")


def test_a_visit_with_a_5000_digit_amount_is_a_sentence(workspace, tmp_path):
    path = _visit(tmp_path / "v.json")
    text = path.read_text(encoding="utf-8").replace('"outcome": "not_home"', '"outcome": "paid"')
    text = text.replace('"person_met": "nobody"', '"person_met": "debtor", "payment": {"amount": ' + "9" * 5000
                        + ', "currency": "EUR", "method": "cash", "receipt": "R1"}')
    path.write_text(text, encoding="utf-8")
    assert_refused(fv("visits", "add", "--json-file", str(path), db=workspace), "too large")


def test_a_key_twice_in_a_visit_file_is_refused(workspace, tmp_path):
    path = tmp_path / "v.json"
    path.write_text('{"case_id": "C-1", "case_id": "C-2"}', encoding="utf-8")
    assert_refused(fv("visits", "add", "--json-file", str(path), db=workspace), "appears twice")


@pytest.mark.parametrize("field,value", [("notes", {"a": 1}), ("follow_up", 20261201), ("case_id", ["C-1"])])
def test_wrong_json_types_in_a_visit_are_refused_not_turned_into_text(field, value, workspace, tmp_path):
    path = _visit(tmp_path / "v.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data[field] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    r = fv("visits", "add", "--json-file", str(path), db=workspace)
    assert r.returncode == 2, r.stderr
    assert "must be text" in r.stderr and "Traceback" not in r.stderr


def test_a_file_name_with_a_newline_stays_on_one_line(workspace, tmp_path):
    odd = tmp_path / "a\nfieldvisit: all good.json"
    odd.write_text("{not json", encoding="utf-8")
    r = fv("visits", "add", "--json-file", str(odd), db=workspace)
    assert_refused(r)
    assert "\\n" in r.stderr


def test_strict_json_rules():
    from fieldvisit.domain.strict_json import JsonError, loads

    assert loads(b'\xef\xbb\xbf{"a": [1, 2.5, "x"]}') == {"a": [1, 2.5, "x"]}
    for bad, why in [('{"a": 1, "a": 2}', "twice"), ('{"n": ' + "1" * 100 + "}", "digits"),
                     ("[" * 50 + "]" * 50, "nested"), ("[NaN]", "NaN")]:
        with pytest.raises(JsonError, match=why):
            loads(bad)


def test_a_new_workspace_needs_a_passphrase_of_eight_characters(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "weak.sqlite"
    env = {**os.environ, "FIELDVISIT_PASSPHRASE": "a", "FIELDVISIT_HOME": str(tmp_path)}
    r = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", str(db), "keys", "init", "--role", "collector",
                        "--name", "Ana"], capture_output=True, text=True, env=env, timeout=120)
    assert_refused(r, "at least 8 characters")
    assert not db.exists()
    assert len(os.environ["FIELDVISIT_PASSPHRASE"]) >= 8  # the suite's own passphrase meets the rule


def test_a_nul_character_rejects_its_row_alike_on_sqlite_and_postgresql(db_url, tmp_path):
    """PostgreSQL cannot store a NUL: the row is rejected with its number on every store, and the
    other rows are imported (never a failed import on one store and a stored row on the other)."""
    path = tmp_path / "nul.csv"
    path.write_text("case_id,name,lat,lon,country,timezone,balance,currency,days_past_due\n"  # UTF-16: a NUL
                    "N-1,Ana Ruiz,40.42,-3.70,ES,Europe/Madrid,100.00,EUR,10\n"      # can be a character
                    "N-2,Ele\x00na,40.42,-3.70,ES,Europe/Madrid,100.00,EUR,10\n", encoding="utf-16")
    r = fv("--json", "cases", "import", str(path), "--as-of", "2026-11-23", db=db_url)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["imported"] == 1
    assert any(s["row"] == 3 and "NUL" in (s.get("reason") or s.get("error") or "")
               for s in data.get("skipped", []) + data["rejected"]), data


def test_a_nul_in_a_workbook_is_refused_with_its_row(tmp_path):
    from fieldvisit.adapters.files.readers import read_table
    from fieldvisit.services.errors import UserError
    from tests.integration.test_hostile_cli import _xlsx

    book = _xlsx(tmp_path / "nul.xlsx", lambda x: x.replace("Ana Ruiz", "Ana_x0000_Ruiz"))
    with pytest.raises(UserError, match="row 2 holds a NUL character"):
        read_table(str(book))
