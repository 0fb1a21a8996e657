"""Import preview, column plan and profiles through the real CLI on a real workspace (SQLite and
PostgreSQL): the preview writes nothing and names every column; unknown columns are kept as
information (stored per case, on the prep sheet), never dropped unseen; a saved profile comes
back by itself when the same headers do (issue 13, us_headers_dropped.csv)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldvisit.adapters.storage import schema as s
from fieldvisit.cli import main

SOURCE = Path(__file__).resolve().parents[1] / "fixtures" / "us_headers_dropped.csv"  # shared/cases, as given
HEADERS = ["Account #", "Customer Name", "Street Address", "City", "State", "Zip", "Balance ($)",
           "Days Delinquent", "Best Time To Visit", "Last Pmt Date"]
#: the user's choices over what FieldVisit recognises: the ZIP kept as information, a date ignored
MAPPING = {"Zip": "keep", "Last Pmt Date": "ignore"}
UNKNOWN = "Account #,Customer Name,Branch,Loan Officer,Balance,Currency\nUS-7,Ann Lee,North,Bob Ray,10.00,USD\n"


def run(capsys, url, *args):
    rc = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return rc, out, err


def run_json(capsys, url, *args):
    rc, out, err = run(capsys, url, "--json", *args)
    assert rc == 0, err
    return json.loads(out)


def snapshot(app) -> dict:
    with app.engine.connect() as conn:
        counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar()
                  for t in (s.cases, s.imports, s.audit_log, s.settings, s.collectors, s.windows, s.case_history)}
        counts["settings_rows"] = sorted(tuple(r) for r in conn.execute(select(s.settings)))
    return counts


@pytest.fixture
def url(app, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Madrid")
    return app.url


def test_preview_writes_nothing_and_lists_every_column(capsys, app, url):
    before = snapshot(app)
    data = run_json(capsys, url, "cases", "import", str(SOURCE), "--preview", "--as-of", "2026-11-23")
    assert snapshot(app) == before
    for key in ("sheet", "header_row", "encoding", "delimiter", "conventions", "columns", "sample", "review"):
        assert key in data
    assert set(data["conventions"]) >= {"decimal", "date_order"}
    assert [c["source"] for c in data["columns"]] == HEADERS
    actions = {c["source"]: c["action"] for c in data["columns"]}
    assert actions["Account #"] == "map" and actions["Customer Name"] == "map"
    # whatever the synonyms learn, nothing is dropped unseen: every column is mapped or kept
    assert set(actions.values()) <= {"map", "keep"}
    assert data["header_row"] == 1 and data["delimiter"] == "," and len(data["sample"]) == 4
    assert data["sample"][0]["values"]["City"] == "Springfield"


def test_plain_preview_and_import_name_every_column(capsys, url):
    rc, out, _ = run(capsys, url, "cases", "import", str(SOURCE), "--preview", "--as-of", "2026-11-23")
    assert rc == 0 and "nothing written" in out
    for header in HEADERS:
        assert f"  {header}: " in out
    rc, out, err = run(capsys, url, "cases", "import", str(SOURCE), "--as-of", "2026-11-23",
                       "--mapping", json.dumps(MAPPING))
    assert rc == 0, err
    for header in HEADERS:
        assert f"  {header}: " in out
    assert "  Last Pmt Date: ignored" in out and "  Zip: kept as information" in out
    assert "Street Address: → address" in out


def test_kept_columns_are_stored_and_shown_on_the_prep_sheet(capsys, url):
    data = run_json(capsys, url, "cases", "import", str(SOURCE), "--as-of", "2026-11-23",
                    "--mapping", json.dumps(MAPPING))
    assert data["imported"] == 4 and data["kept_columns"] == ["Zip"]
    assert data["ignored_columns"] == ["Last Pmt Date"]
    assert {c["source"]: c["action"] for c in data["columns"]}["Last Pmt Date"] == "ignore"
    sheet = run_json(capsys, url, "prep", "US-1001", "--as-of", "2026-11-23")
    assert sheet["extra"] == {"Zip": "62701"}
    assert sheet["balance"] == "1234.56"
    listed = run_json(capsys, url, "cases", "list", "--as-of", "2026-11-23")["cases"]
    first = next(c for c in listed if c["case_id"] == "US-1001")
    assert first["address"].startswith("123 Main St, Apt 4") and "62701" not in first["address"]
    assert first["days_past_due"] == 45 and first["extra"] == {"Zip": "62701"}


def test_without_a_mapping_unknown_columns_are_kept_not_dropped(capsys, app, url, tmp_path):
    path = tmp_path / "branch.csv"
    path.write_text(UNKNOWN, encoding="utf-8")
    data = run_json(capsys, url, "cases", "import", str(path), "--as-of", "2026-11-23")
    assert data["ignored_columns"] == [] and data["kept_columns"] == ["Branch", "Loan Officer"]
    with app.uow() as uow:  # every kept column is stored with the case, as written
        case = uow.cases.get("US-7")
    assert case.extra == {"Branch": "North", "Loan Officer": "Bob Ray"} and str(case.balance) == "10.00"
    sheet = run_json(capsys, url, "prep", "US-7", "--as-of", "2026-11-23")
    assert sheet["extra"] == {"Branch": "North", "Loan Officer": "Bob Ray"}


def test_profile_saved_then_applied_when_the_same_headers_come_back(capsys, url, tmp_path):
    data = run_json(capsys, url, "cases", "import", str(SOURCE), "--preview", "--mapping", json.dumps(MAPPING),
                    "--date-order", "DMY", "--save-profile", "US bank")
    assert data["saved_profile"] == "US bank"
    # next month's export: same headers (other case and order), new rows
    later = tmp_path / "december.csv"
    later.write_text("customer name,ACCOUNT #,Street Address,City,State,Zip,Balance ($),Days Delinquent,"
                     "Best Time To Visit,Last Pmt Date\n"
                     'Ann Lee,US-2001,9 Oak Ct,Peoria,IL,61602,"$2,000.10",31,,11/02/2026\n', encoding="utf-8")
    preview = run_json(capsys, url, "cases", "import", str(later), "--preview", "--as-of", "2026-12-01")
    assert preview["profile"] == "US bank"
    assert {c["source"]: c["action"] for c in preview["columns"]}["Last Pmt Date"] == "ignore"
    data = run_json(capsys, url, "cases", "import", str(later), "--as-of", "2026-12-01")
    # the profile's own choices, even the date order the user set
    assert data["profile"] == "US bank" and data["imported"] == 1 and data["conventions"]["date_order"] == "DMY"
    case = next(c for c in run_json(capsys, url, "cases", "list", "--as-of", "2026-12-01")["cases"])
    assert case["case_id"] == "US-2001" and case["balance"] == "2000.10" and case["address"].startswith("9 Oak Ct")
    sheet = run_json(capsys, url, "prep", "US-2001", "--as-of", "2026-12-01")
    assert sheet["extra"] == {"Zip": "61602"}


def test_named_profile_and_unknown_profile(capsys, url, tmp_path):
    run_json(capsys, url, "cases", "import", str(SOURCE), "--preview", "--mapping", json.dumps(MAPPING),
             "--save-profile", "us")
    other = tmp_path / "renamed.csv"
    shutil.copy(SOURCE, other)
    data = run_json(capsys, url, "cases", "import", str(other), "--preview", "--profile", "us")
    assert data["profile"] == "us"
    rc, out, err = run(capsys, url, "cases", "import", str(other), "--profile", "nope")
    assert rc == 2 and out == "" and "No import profile named 'nope'" in err and "\n" == err[-1] and err.count("\n") == 1
    listed = run_json(capsys, url, "cases", "profiles")["profiles"]
    assert [p["name"] for p in listed] == ["us"] and listed[0]["mapping"]["Zip"] == "keep"
    assert run_json(capsys, url, "cases", "profiles", "--delete", "us") == {"deleted": "us"}
    assert run_json(capsys, url, "cases", "profiles")["profiles"] == []
    rc, _, err = run(capsys, url, "cases", "profiles", "--delete", "us")
    assert rc == 2 and "No import profile named 'us'" in err


@pytest.mark.parametrize(("args", "phrase"), [
    (["--mapping", '{"Zip": "postcode"}'], "not a column FieldVisit knows"),
    (["--mapping", '{"Zip code": "keep"}'], "which us_headers_dropped.csv does not have"),
    (["--encoding", "klingon"], "cannot be read as klingon"),
    (["--header-row", "40"], "has only 5 rows; choose a header row from 1 to 5"),
])
def test_bad_preview_choices_exit_2_with_one_sentence(capsys, app, url, args, phrase):
    before = snapshot(app)
    rc, out, err = run(capsys, url, "cases", "import", str(SOURCE), "--preview", *args)
    assert rc == 2 and phrase in err and "Traceback" not in err
    assert out == ""
    assert snapshot(app) == before


def test_a_preview_with_no_case_id_column_shows_the_columns_and_says_so(capsys, app, url):
    """BRK15 #12: the preview is where the user maps the id, so it exits 0 and states the problem."""
    before = snapshot(app)
    rc, out, err = run(capsys, url, "cases", "import", str(SOURCE), "--preview", "--mapping",
                       '{"Account #": "ignore"}')
    assert rc == 0 and err == ""
    assert "Account #: ignored" in out and "Customer Name: → name" in out
    assert "Cannot be imported as it is:" in out and "no case_id column" in out and "--mapping" in out
    rc, out, err = run(capsys, url, "cases", "import", str(SOURCE), "--mapping", '{"Account #": "ignore"}')
    assert rc == 2 and "no case_id column" in err and out == ""  # the import itself is refused
    assert snapshot(app) == before


def test_header_row_delimiter_and_sheet_can_be_chosen(capsys, url, tmp_path):
    odd = tmp_path / "odd.csv"
    odd.write_text("Report of 30 Nov|x\nref|who|where\nA-1|Ana|Calle Mayor 1\n", encoding="cp1252")
    data = run_json(capsys, url, "cases", "import", str(odd), "--preview", "--header-row", "2", "--delimiter", "|",
                    "--encoding", "cp1252")
    assert data["header_row"] == 2 and data["delimiter"] == "|" and data["encoding"] == "cp1252"
    assert [(c["source"], c["action"]) for c in data["columns"]] == [("ref", "map"), ("who", "keep"), ("where", "keep")]


def test_kept_information_is_added_to_on_update_and_travels_in_the_pack(app, tmp_path):
    from fieldvisit.domain.cases import Case
    from fieldvisit.domain.sync import case_from_json, case_to_json

    with app.uow() as uow:
        uow.cases.add_many([Case(case_id="X-1", extra={"City": "Springfield", "Zip": "62701"})], None)
        uow.commit()
    with app.uow() as uow:
        pk = uow.cases.keys()["X-1"]
        uow.cases.update_many([(pk, Case(case_id="X-1", extra={"Zip": "62702", "Branch": "North"}),
                                frozenset({"extra"}))], None)
        uow.commit()
    with app.uow() as uow:
        case = uow.cases.get("X-1")
    assert case.extra == {"City": "Springfield", "Zip": "62702", "Branch": "North"}
    assert case_from_json(case_to_json(case)).extra == case.extra


def test_a_workbook_sheet_can_be_chosen(capsys, url, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["nothing here"])
    cases = book.create_sheet("Cases")
    cases.append(["case_id", "name", "Branch"])
    cases.append(["W-1", "Ana", "North"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    data = run_json(capsys, url, "cases", "import", str(path), "--preview", "--sheet", "Cases")
    assert data["sheet"] == "Cases" and data["sheets"] == ["Notes", "Cases"]
    assert [(c["source"], c["action"]) for c in data["columns"]] == [("case_id", "map"), ("name", "map"),
                                                                     ("Branch", "keep")]
    rc, _, err = run(capsys, url, "cases", "import", str(path), "--preview", "--sheet", "Missing")
    assert rc == 2 and "no sheet called Missing" in err


def test_the_user_says_the_currency_the_file_does_not(capsys, url, tmp_path):
    path = tmp_path / "dollars.csv"
    path.write_text("Account #,Customer Name,Balance\nMX-1,Ana,\"$1,500.00\"\n", encoding="utf-8")
    data = run_json(capsys, url, "cases", "import", str(path), "--preview")
    # the row is kept; its amount waits in the review queue with its currency (BRK14 #11)
    assert data["rejected"] == [] and "USD, MXN" in data["review"][0]["error"]
    assert data["sample"][0]["values"]["Balance"] == "$1,500.00 (?)"
    data = run_json(capsys, url, "cases", "import", str(path), "--preview", "--currency", "mxn")
    assert data["rejected"] == [] and data["sample"][0]["values"]["Balance"] == "1500.00 MXN"
    assert data["conventions"]["currency"] == "MXN"
    rc, _, err = run(capsys, url, "cases", "import", str(path), "--currency", "pesos")
    assert rc == 2 and "not a three-letter currency code" in err


def test_preview_counts_broken_records_as_the_import_does(capsys, url):
    broken = Path("/work/shared/cases/broken_quote_row.csv")
    if not broken.exists():
        pytest.skip("shared case file not here")
    preview = run_json(capsys, url, "cases", "import", str(broken), "--preview")
    before = [(r["row"], r["error"]) for r in preview["rejected"]]
    data = run_json(capsys, url, "cases", "import", str(broken))
    assert before == [(r["row"], r["error"]) for r in data["rejected"]] and before
