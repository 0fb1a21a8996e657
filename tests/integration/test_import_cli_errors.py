"""Bad import input is refused in one sentence with exit 2 (BRK13 #17): a delimiter of two
characters, a file where every row is rejected (nothing written), a mapping file that does not
exist, a header row past the end, a password-protected workbook; one NUL byte in a CSV leaves
out that row only (documented choice: the value around a NUL cannot be trusted, so the row is
rejected rather than the NUL stripped)."""

import json

import pytest

from fieldvisit.adapters.files.readers import read_table
from fieldvisit.services.errors import UserError
from tests.integration.test_cli_plan import fv

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _csv(tmp_path, text, name="cases.csv"):
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def _import(tmp_path, *args):
    return fv("cases", "import", *map(str, args), "--as-of", "2026-11-23", db=f"sqlite:///{tmp_path / 'ws.db'}")


def _one_sentence(r):
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr and "Error:" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    return r.stderr


def test_reader_refusals(tmp_path):
    good = _csv(tmp_path, "case_id,name\nA,x\nB,y\n")
    with pytest.raises(UserError, match="cannot be used; give one character"):
        read_table(str(good), delimiter="xx")
    with pytest.raises(UserError, match="has only 3 rows; choose a header row from 1 to 3"):
        read_table(str(good), header_row=99)
    protected = _csv(tmp_path, OLE + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le"),
                     name="book.bin")
    with pytest.raises(UserError, match="password-protected; save it without a password"):
        read_table(str(protected))
    named = _csv(tmp_path, OLE, name="report.xlsx")  # an OLE file named .xlsx is an encrypted workbook
    with pytest.raises(UserError, match="password-protected"):
        read_table(str(named))
    old = _csv(tmp_path, OLE, name="old.xls")
    with pytest.raises(UserError, match="old Excel .xls"):
        read_table(str(old))


def test_a_nul_byte_leaves_out_its_row_only(tmp_path):
    path = _csv(tmp_path, b"case_id,name,balance\nN1,Ana,10\nN2,Lu\x00is,20\nN3,Eva,30\n")
    table = read_table(str(path))
    assert [values[0] for _, values in table.rows] == ["N1", "N3"]
    assert [(s["row"], s["kind"]) for s in table.skipped] == [(3, "broken")]
    assert "NUL byte" in table.skipped[0]["reason"]
    r = _import(tmp_path, path, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["rows"], data["imported"], [x["row"] for x in data["rejected"]]) == (3, 2, [3])


def test_binary_with_many_nul_bytes_is_still_refused(tmp_path):
    path = _csv(tmp_path, b"case_id\n" + bytes(range(256)) * 40)
    with pytest.raises(UserError, match="not a text"):
        read_table(str(path))


def test_cli_exit_codes_and_sentences(tmp_path):
    good = _csv(tmp_path, "case_id,name,balance\nA,x,10\n")
    assert "cannot be used" in _one_sentence(_import(tmp_path, good, "--delimiter", "xx"))
    assert "was not found" in _one_sentence(_import(tmp_path, good, "--mapping", tmp_path / "nope.json"))
    assert "has only 2 rows" in _one_sentence(_import(tmp_path, good, "--header-row", "99"))
    protected = _csv(tmp_path, OLE + "EncryptedPackage".encode("utf-16-le"), name="locked.xlsx")
    assert "password-protected" in _one_sentence(_import(tmp_path, protected))


def test_every_row_rejected_exits_2_and_writes_nothing(tmp_path):
    bad = _csv(tmp_path, "case_id,name,lat,lon\nA,x,abc,1\nB,y,999,1\n")
    err = _one_sentence(_import(tmp_path, bad))
    assert "None of the 2 rows" in err and "nothing was written" in err
    listed = json.loads(fv("--json", "cases", "list", db=f"sqlite:///{tmp_path / 'ws.db'}").stdout)
    assert listed["cases"] == []
    # some rows good: exit 0, the rejected ones listed
    mixed = _csv(tmp_path, "case_id,name,lat,lon\nA,x,abc,1\nC,z,40.1,-3.7\n", name="mixed.csv")
    r = _import(tmp_path, mixed, "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["imported"] == 1


def test_code_pages_and_double_utf8_end_to_end(tmp_path):
    """BRK13 #7: names stored as written, never mojibake; the encoding is said."""
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    ru = _csv(tmp_path, "case_id,name,balance\nRU-1,Иван Петров,1000\nRU-2,Мария Смирнова,2000\n".encode("koi8_r"),
              name="ru.csv")
    r = fv("--json", "cases", "import", str(ru), "--as-of", "2026-11-23", db=db)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["encoding"] == "koi8_r"
    doubled = "case_id,name,balance\nU-1,José Núñez,1\n".encode("utf-8").decode("cp1252").encode("utf-8")
    assert fv("cases", "import", str(_csv(tmp_path, doubled, name="u.csv")), "--as-of", "2026-11-23",
              db=db).returncode == 0
    names = {c["case_id"]: c["name"] for c in json.loads(fv("--json", "cases", "list", db=db).stdout)["cases"]}
    assert names == {"RU-1": "Иван Петров", "RU-2": "Мария Смирнова", "U-1": "José Núñez"}
    mixed = ("case_id,name\nU-1,José\n".encode("utf-8").decode("cp1252") + "U-2,Zoë Müller\nU-3,Ñandú\n").encode()
    err = _one_sentence(_import(tmp_path, _csv(tmp_path, mixed, name="mixed.csv")))
    assert "--encoding" in err


def test_xlsx_header_row_past_the_end(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["case_id", "name"])
    book.active.append(["A", "x"])
    path = tmp_path / "b.xlsx"
    book.save(path)
    with pytest.raises(UserError, match="has only 2 rows; choose a header row from 1 to 2"):
        read_table(str(path), header_row=99)


def test_a_sheet_asked_of_a_csv_file_is_a_sentence_not_ignored(tmp_path):
    """A tester's `--sheet Nope` on a CSV was silently ignored: the user believed they had picked
    a sheet."""
    good = _csv(tmp_path, "case_id,name\nA,x\nB,y\n")
    with pytest.raises(UserError, match="has no sheets; leave out --sheet"):
        read_table(str(good), sheet="Nope")
    assert "has no sheets" in _one_sentence(_import(tmp_path, good, "--sheet", "Nope"))


def test_a_workbook_saved_under_a_csv_name_is_read_by_its_content(tmp_path):
    """BRK13c: an XLSX named cases.csv gave exit 1 "unexpected error: InvalidFileException"."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["case_id", "name", "balance", "currency"])
    wb.active.append(["W-1", "Ana", 1234.5, "EUR"])
    wb.save(tmp_path / "cases.csv")
    table = read_table(str(tmp_path / "cases.csv"))
    assert table.headers[:3] == ["case_id", "name", "balance"]
    r = fv("--json", "cases", "import", str(tmp_path / "cases.csv"), "--as-of", "2026-11-23",
           db=f"sqlite:///{tmp_path / 'ws.db'}")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["imported"] == 1
    preview = fv("--json", "cases", "import", str(tmp_path / "cases.csv"), "--preview", "--as-of", "2026-11-23",
                 db=f"sqlite:///{tmp_path / 'ws.db'}")
    assert preview.returncode == 0, preview.stderr


def test_unknown_currency_and_country_options_are_refused(tmp_path):
    """BRK13c: --currency XYZ was accepted and stored; --country ZZ silently ignored."""
    good = _csv(tmp_path, "case_id,name,balance\nA,x,10\n")
    assert "'XYZ' is not an ISO currency code" in _one_sentence(_import(tmp_path, good, "--currency", "XYZ"))
    assert "'ZZ' is not an ISO country code" in _one_sentence(_import(tmp_path, good, "--country", "ZZ"))
    assert _import(tmp_path, good, "--currency", "eur", "--country", "uk").returncode == 0
    fake = _csv(tmp_path, "case_id,name,balance,currency\nA,x,10,XYZ\nB,y,5,EUR\n", name="fake_code.csv")
    r = fv("--json", "cases", "import", str(fake), "--as-of", "2026-11-23", db=f"sqlite:///{tmp_path / 'w2.db'}")
    assert r.returncode == 0, r.stderr
    rejected = json.loads(r.stdout)["rejected"]
    assert [(x["row"], x["column"]) for x in rejected] == [(2, "currency")]


def test_a_file_giving_no_balance_name_or_place_is_imported_with_a_warning(tmp_path):
    """BRK13c #9: mapping only case_id stored cases with balance 0.00, no name, no word (exit 0)."""
    path = _csv(tmp_path, "Aktenzeichen;Schuldner;Forderung\nDE-1;Jürgen;1.234,56 €\nDE-2;Anna;99,00 €\n")
    mapping = '{"Aktenzeichen": "case_id", "Schuldner": "keep", "Forderung": "keep"}'  # German headers are read now
    plain = _import(tmp_path, path, "--mapping", mapping)
    assert plain.returncode == 0, plain.stderr
    assert ("Warning: The file gives no balance (their balance shows as unknown, not 0.00), no name, no address or coordinates and no days past due or due "
            "date (their days past due show as unknown, not 0) for its cases; they were imported without them.") \
        in plain.stdout
    r = fv("--json", "cases", "import", str(path), "--mapping", mapping, "--as-of", "2026-11-23",
           db=f"sqlite:///{tmp_path / 'w2.db'}")
    data = json.loads(r.stdout)
    assert r.returncode == 0 and data["imported"] == 2
    assert data["missing_fields"] == ["balance", "name", "address", "days_past_due"] and len(data["warnings"]) == 1
    preview = fv("--json", "cases", "import", str(path), "--mapping", mapping, "--preview", "--as-of", "2026-11-23",
                 db=f"sqlite:///{tmp_path / 'w3.db'}")
    assert json.loads(preview.stdout)["missing_fields"] == ["balance", "name", "address", "days_past_due"]
    full = _csv(tmp_path, "case_id,name,lat,lon,balance,due_date\nA,x,40.4,-3.7,10,2026-10-01\n", name="full.csv")
    r = fv("--json", "cases", "import", str(full), "--as-of", "2026-11-23", db=f"sqlite:///{tmp_path / 'w4.db'}")
    assert json.loads(r.stdout)["missing_fields"] == [] and json.loads(r.stdout)["warnings"] == []


def test_a_file_named_like_a_workbook_is_read_by_its_content(tmp_path):
    """BRK13c #10: "garbage" named fake.xlsx said "no case_id column (headers found: garbage)"."""
    fake = _csv(tmp_path, "garbage", name="fake.xlsx")
    assert "neither a workbook nor a table of text" in _one_sentence(_import(tmp_path, fake))
    renamed = _csv(tmp_path, "case_id,name,address,balance\nA,x,1 Main St,10\n", name="renamed.xlsx")
    r = fv("--json", "cases", "import", str(renamed), "--as-of", "2026-11-23", db=f"sqlite:///{tmp_path / 'w2.db'}")
    assert r.returncode == 0 and json.loads(r.stdout)["imported"] == 1
