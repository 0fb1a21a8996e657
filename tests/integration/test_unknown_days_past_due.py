"""BRK14 smaller issues. (b) A file with no days-past-due or due-date column: the import's
warning names it, and the cases show their days past due as unknown (``null`` in ``cases list
--json``, ``?`` in the plain list, "unknown" on the prep sheet and in the case table), never
0 days / M0. Decision: the model keeps such a case's due date empty (``Case.due_known`` False);
the planner ranks it as not overdue. (c) ``cases list`` lists every open review item of a case
under ``to_review`` (a time zone and an appointment waiting too), and a time-zone item of a case
with no country shows its address without an empty ``()``."""

from __future__ import annotations

import json

from tests.integration.test_cli_plan import fv


def _run(tmp_path, *args):
    return fv(*args, db=f"sqlite:///{tmp_path / 'ws.db'}")


def test_no_days_past_due_column_is_named_and_shown_as_unknown(tmp_path):
    path = tmp_path / "k8_dup_headers.csv"
    path.write_text("case_id,name,address,balance\nDH-1,Ann,\"Calle Mayor 1, Madrid\",100.00\n", encoding="utf-8")
    r = _run(tmp_path, "--json", "cases", "import", str(path), "--as-of", "2026-11-23", "--country", "ES")
    data = json.loads(r.stdout)
    assert r.returncode == 0 and data["missing_fields"] == ["days_past_due"]
    assert "no days past due or due date (their days past due show as unknown, not 0)" in data["warnings"][0]
    [case] = json.loads(_run(tmp_path, "--json", "cases", "list", "--as-of", "2026-11-23").stdout)["cases"]
    assert (case["days_past_due"], case["bucket"]) == (None, None)
    plain = _run(tmp_path, "cases", "list", "--as-of", "2026-11-23").stdout
    assert plain.split()[:3] == ["DH-1", "?", "?"] and "M0" not in plain
    prep = _run(tmp_path, "--json", "prep", "DH-1", "--as-of", "2026-11-23")
    sheet = json.loads(prep.stdout)
    assert (sheet["days_past_due"], sheet["bucket"]) == (None, None)
    assert "days past due unknown" in _run(tmp_path, "prep", "DH-1", "--as-of", "2026-11-23").stdout
    # a file with days past due: known, as before
    path.write_text("case_id,name,address,balance,days_past_due\nDH-2,Bo,\"Calle Sol 2, Madrid\",5.00,0\n",
                    encoding="utf-8")
    _run(tmp_path, "cases", "import", str(path), "--as-of", "2026-11-23", "--country", "ES")
    rows = {c["case_id"]: c for c in json.loads(_run(tmp_path, "--json", "cases", "list", "--as-of",
                                                     "2026-11-23").stdout)["cases"]}
    assert (rows["DH-2"]["days_past_due"], rows["DH-2"]["bucket"]) == (0, "M0")


def test_cases_list_shows_every_open_review_item_and_the_zone_item_has_no_empty_brackets(tmp_path):
    path = tmp_path / "k1_en_synonyms.csv"
    path.write_text("Loan No,Borrower,Address,Outstanding Amt,DPD,Best Time\n"
                    "LN-001,Ann,\"Main Street 12, Springfield, 62701\",100.00,45,weekdays after 6pm\n",
                    encoding="utf-8")
    assert _run(tmp_path, "cases", "import", str(path), "--as-of", "2026-11-23", "--currency", "USD").returncode == 0
    [case] = json.loads(_run(tmp_path, "--json", "cases", "list", "--as-of", "2026-11-23").stdout)["cases"]
    assert case["to_review"] == ["appointment", "timezone"]
    items = json.loads(_run(tmp_path, "--json", "cases", "review", "--as-of", "2026-11-23").stdout)
    items = items["reviews"]
    zone = next(i for i in items if i["column"] == "timezone")
    assert zone["text"] == "Main Street 12, Springfield, 62701"
