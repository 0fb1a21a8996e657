"""CLI end to end on breaker report 15's import files (tests/data/brk15) and variants of each kind:
records with several multi-line quoted values are one row each (finding 1); the preview counts
rows and rejects them as the import does (finding 9); a stray NUL rejects its row, not the file,
and invisible bidi/zero-width characters are removed from names with a note (finding 7)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "brk15"


def fv(*args, db, check_rc=0):
    env = {**os.environ, "FIELDVISIT_HOME": str(Path(db).parent)}
    result = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, "--json", *args],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == check_rc, result.stderr
    return json.loads(result.stdout) if result.stdout.strip() else None


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "ws.sqlite")


def preview_and_import(db, path):
    preview = fv("cases", "import", str(path), "--preview", "--as-of", "2026-11-30", db=db)
    data = fv("cases", "import", str(path), "--as-of", "2026-11-30", db=db)
    # the preview says what the import does: the same rows, rejected rows and reasons
    assert preview["rows_read"] == data["rows"] and preview["complete"]
    assert [(r["row"], r["column"], r["error"]) for r in preview["rejected"]] == \
        [(r["row"], r["column"], r["error"]) for r in data["rejected"]]
    return preview, data


def listed(db):
    data = fv("cases", "list", "--as-of", "2026-11-30", db=db)
    return {c["case_id"]: c for c in (data["cases"] if isinstance(data, dict) else data)}


@pytest.mark.parametrize("name", ["c28e_two_multiline_fields.csv", "c28h_same_lf.csv"])
def test_a_record_with_two_multi_line_values_is_one_case(db, name):
    _, data = preview_and_import(db, DATA / name)
    assert (data["rows"], data["imported"], data["rejected"], data["review"]) == (2, 2, [], [])
    cases = listed(db)
    assert sorted(cases) == ["N-1", "N-2"]  # no "Block B" fragment
    assert cases["N-1"]["address"] == "Flat 3, Block B, 10 Long Rd, Leeds"
    assert cases["N-1"]["name"] == "Multi Line" and cases["N-2"]["name"] == "Second"


def test_embedded_line_breaks_keep_spreadsheet_row_numbers(db):
    _, data = preview_and_import(db, DATA / "c28_embedded_newlines.csv")
    assert (data["rows"], data["imported"]) == (3, 2)
    assert [(r["row"], r["column"]) for r in data["rejected"]] == [(4, "lat")]  # N-3's 'north', on row 4
    assert sorted(listed(db)) == ["N-1", "N-2"]


def test_multi_line_values_beside_a_quote_never_closed(db, tmp_path):
    """Variant: ';' delimiter, doubled quotes, a lone CR and CRLF inside quotes, several multi-line
    values per record, and one record whose quote never closes between them."""
    path = tmp_path / "ml.csv"
    path.write_bytes('case_id;name;address;balance;currency;notes\r\n'
                     'V-1;"Ana ""La Jefa""\r\nRuiz";"Calle 1\r\n2º B\rMadrid";100,00;EUR;"uno;\r\ndos"\r\n'
                     'V-2;"Unclosed;Calle 2;200,00;EUR;x\r\n'
                     'V-3;Luis;"Calle 3\nPiso 4";300,00;EUR;"a ""b""\r\n\r\nc"\r\n'
                     'V-4;Eva;Calle 4;400,00;EUR;\r\n'.encode())
    _, data = preview_and_import(db, path)
    assert (data["rows"], data["imported"]) == (4, 3)
    assert [(r["row"], "never closed" in r["error"]) for r in data["rejected"]] == [(3, True)]
    cases = listed(db)
    assert sorted(cases) == ["V-1", "V-3", "V-4"]
    assert cases["V-1"]["address"] == "Calle 1, 2º B, Madrid" and cases["V-3"]["address"] == "Calle 3, Piso 4"


@pytest.mark.parametrize("name, rows, rejected", [
    ("c26_broken_quote.csv", 4, [3]),
    ("c27_field_counts.csv", 5, [3, 4, 6]),
])
def test_the_preview_counts_the_rows_the_import_counts(db, name, rows, rejected):
    preview, data = preview_and_import(db, DATA / name)
    assert preview["rows_read"] == data["rows"] == rows
    assert [r["row"] for r in preview["rejected"]] == rejected


def test_the_preview_gives_one_rejected_entry_per_row_as_the_import(db, tmp_path):
    """Variant: a row with two bad cells, a broken record and a short row."""
    path = tmp_path / "mixed.csv"
    path.write_text("case_id,name,lat,lon,balance,currency\nP-1,Ana,north,-3.7,lots,EUR\n"
                    'P-2,"Open,40.1,-3.7,100,EUR\nP-3,Luis,40.2\nP-4,Eva,40.3,-3.7,100,EUR\n', encoding="utf-8")
    preview, data = preview_and_import(db, path)
    assert preview["rows_read"] == data["rows"] == 4
    assert [(r["row"], r["column"]) for r in data["rejected"]] == [(2, "lat, balance"), (3, ""), (4, "")]


def test_a_nul_byte_rejects_its_row_not_the_file(db):
    _, data = preview_and_import(db, DATA / "c39_hostile.csv")
    assert (data["rows"], data["imported"]) == (6, 4)
    rejected = {r["row"]: r for r in data["rejected"]}
    assert sorted(rejected) == [5, 6] and "NUL" in rejected[5]["error"]  # HX-4's NUL; HX-5's 20,000 characters
    assert sorted(listed(db)) == ["=cmd|' /C calc'!A0", "HX-2", "HX-3", "HX-6"]


def test_a_nul_beside_other_control_characters_in_a_text_file(db, tmp_path):
    """Variant: the NUL on the first data row, escapes and bells on others; a binary file is still
    refused (tests/integration/test_import_cli_errors.py)."""
    path = tmp_path / "nul.csv"
    path.write_bytes(b"case_id,name,balance,currency\nZ-1,Lu\x00is,10,EUR\nZ-2,A\x1b[31mna,20,EUR\n"
                     b"Z-3,Eva\x07,30,EUR\nZ-4,Bob\x0b,40,EUR\n")
    _, data = preview_and_import(db, path)
    assert (data["rows"], data["imported"], [r["row"] for r in data["rejected"]]) == (4, 3, [2])
    assert sorted(listed(db)) == ["Z-2", "Z-3", "Z-4"]


def test_invisible_characters_are_removed_from_names_with_a_note(db):
    preview, data = preview_and_import(db, DATA / "c39b_hostile_no_nul.csv")
    assert (data["rows"], data["imported"], [r["row"] for r in data["rejected"]]) == (6, 5, [6])
    notes = [(n["row"], n["column"]) for n in data["notes"] if "invisible" in n["note"]]
    assert notes == [(3, "name"), (5, "name"), (7, "name")]  # row 5: a bell and an escape in ASCII
    assert [(n["row"], n["column"]) for n in preview["notes"] if "invisible" in n["note"]] == notes
    cases = listed(db)
    assert cases["HX-6"]["name"] == "ZeroWidth" and cases["HX-2"]["name"] == "محمد العلي"
    assert cases["HX-3"]["name"] == "Emoji 😀 Person"
    assert cases["HX-4"]["name"] == "CtrlBellEsc"


def test_invisible_characters_in_ids_and_addresses(db, tmp_path):
    """Variant: an id with a zero-width space is the same case as without (a duplicate), an address
    with an isolate, and an emoji family and a Persian name keep their joiners."""
    path = tmp_path / "inv.csv"
    path.write_text("case_id,name,address,balance,currency\n"
                    "I-1,Ana,\u2067Calle 1\u2069,100,EUR\nI-\u200b1,Ana bis,Calle 1,100,EUR\n"
                    "I-2,\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645,Calle 2,100,EUR\n"
                    "I-3,Fam 👨\u200d👩\u200d👧,Calle 3,100,EUR\n", encoding="utf-8")
    _, data = preview_and_import(db, path)
    assert (data["imported"], [(r["row"], r["column"]) for r in data["rejected"]]) == (3, [(3, "case_id")])
    cases = listed(db)
    assert cases["I-1"]["address"] == "Calle 1"
    assert cases["I-2"]["name"] == "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert cases["I-3"]["name"] == "Fam 👨\u200d👩\u200d👧"
    assert [(n["row"], n["column"]) for n in data["notes"] if "invisible" in n["note"]] == [(2, "address")]
