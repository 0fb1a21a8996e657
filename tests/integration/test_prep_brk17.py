"""BRK17 6-7 through the CLI on the testers' files: a due date the days past due contradict is
listed under ``to_review`` (days past due null) and the prep sheet does not grade the debtor on the
disputed days; ``1er avril 2026`` is read as 1 April; ``prep --json`` of a case with no balance
gives ``proposal.total`` null."""

import json

from tests.integration.test_cli_lender_columns import fv
from tests.paths import ROOT

DATA = ROOT / "tests" / "data" / "brk17"


def _import(db, name):
    r = fv(db, "--json", "cases", "import", str(DATA / name), "--as-of", "2026-11-23")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_a_disputed_due_date_is_under_review_everywhere(tmp_path):
    db = tmp_path / "ws.db"
    data = _import(db, "h_abbrev_es.csv")
    assert any(i["case_id"] == "E-1" and i["column"] == "due_date" for i in data["review"])
    case = {c["case_id"]: c for c in json.loads(fv(db, "--json", "cases", "list").stdout)["cases"]}["E-1"]
    assert case["to_review"] == ["due_date"] and case["days_past_due"] is None and case["bucket"] is None
    sheet = json.loads(fv(db, "--json", "prep", "E-1", "--as-of", "2026-12-01").stdout)
    assert sheet["days_past_due"] is None and sheet["to_review"] == ["due_date"]
    assert sheet["willingness"]["verdict"] != "unwilling" and "Later stage" not in sheet["tone"]
    assert "days past due to review" in fv(db, "prep", "E-1", "--as-of", "2026-12-01").stdout


def test_french_1er_is_the_first_of_the_month(tmp_path):
    db = tmp_path / "ws.db"
    data = _import(db, "d_months.csv")
    assert not [i for i in data["review"] if i["case_id"] == "M-2"], data["review"]
    cases = {c["case_id"]: c for c in json.loads(fv(db, "--json", "cases", "list").stdout)["cases"]}
    assert cases["M-2"]["days_past_due"] == cases["M-1"]["days_past_due"] - 28  # 1 April, 4 March


def test_prep_json_with_no_balance_has_a_null_total(tmp_path):
    db = tmp_path / "ws.db"
    _import(db, "nobal.csv")
    sheet = json.loads(fv(db, "--json", "prep", "NB-1", "--as-of", "2026-12-01").stdout)
    assert sheet["balance"] is None and sheet["proposal"]["total"] is None
