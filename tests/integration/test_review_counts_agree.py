"""What the preview and the import call "review" is what ``cases review`` lists (BRK15 #3): each
kind of review item is counted the same in the preview, the import's JSON and the queue; what
nobody needs to answer is a note everywhere. A due date the days past due contradict keeps the
written date and waits in the queue with both readings to pick from."""

import json

import pytest

from tests.integration.test_cli_lender_columns import fv
from tests.paths import ROOT

AS_OF = "2026-11-30"
DATA = ROOT / "tests" / "data" / "brk15"
HEAD = "case_id,name,address,lat,lon,balance,currency,days_past_due,due_date,country,phone,appointment\n"
BASE = "{id},N,A,40.41,-3.70,{balance},{currency},{dpd},{due},ES,{phone},{appointment}\n"
#: One row per kind: (case id, cells, the column of its review item or None for a note / nothing).
KINDS = {
    "due_vs_dpd": ("K-1", {"dpd": "5", "due": "2026-06-01"}, "due_date"),
    "due_vs_dpd_2": ("K-2", {"dpd": "400", "due": "2026-11-01"}, "due_date"),
    "unreadable_appointment": ("K-3", {"appointment": "call first"}, "appointment"),
    "ambiguous_amount": ("K-4", {"balance": "1.234"}, "balance"),
    "ambiguous_date": ("K-5", {"dpd": "", "due": "03/04/2026"}, None),  # ES: day first, read
    "phone_notation": ("K-6", {"phone": "6.00111E+08"}, "phone"),
    "due_unreadable_dpd_used": ("K-7", {"dpd": "30", "due": "31/02/2026"}, None),  # a note
}


def _row(case_id: str, cells: dict) -> str:
    values = {"balance": "100", "currency": "EUR", "dpd": "30", "due": "", "phone": "", "appointment": ""}
    return BASE.format(id=case_id, **{**values, **cells})


def _three_counts(db, path):
    pv = fv(db, "--json", "cases", "import", str(path), "--preview", "--as-of", AS_OF)
    assert pv.returncode == 0, pv.stderr
    imp = fv(db, "--json", "cases", "import", str(path), "--as-of", AS_OF)
    assert imp.returncode == 0, imp.stderr
    rev = fv(db, "--json", "cases", "review")
    assert rev.returncode == 0, rev.stderr
    return json.loads(pv.stdout), json.loads(imp.stdout), json.loads(rev.stdout)


def _key(items):
    return sorted((i["row"], i["column"]) for i in items)


def test_c45_the_disagreeing_due_date_is_in_the_queue_with_both_readings(tmp_path):
    db = tmp_path / "ws.db"
    preview, summary, queue = _three_counts(db, DATA / "c45_dpd_vs_due.csv")
    assert len(preview["review"]) == len(summary["review"]) == queue["count"] == 1
    [item] = queue["reviews"]
    assert (item["case_id"], item["column"], item["kind"]) == ("DV-2", "due_date", "value")
    assert item["candidates"] == ["2026-06-01", "2026-11-25"]  # as written, and from the 5 days past due
    listed = {c["case_id"]: c for c in json.loads(fv(db, "--json", "cases", "list", "--as-of", AS_OF).stdout)["cases"]}
    # the written date is kept meanwhile, but the days past due wait for the pick (BRK17 6): not 182
    assert listed["DV-2"]["days_past_due"] is None and listed["DV-2"]["to_review"] == ["due_date"]
    done = fv(db, "cases", "review", "--resolve", str(item["id"]), "--text", "2026-11-25")
    assert done.returncode == 0, done.stderr
    listed = {c["case_id"]: c for c in json.loads(fv(db, "--json", "cases", "list", "--as-of", AS_OF).stdout)["cases"]}
    assert listed["DV-2"]["days_past_due"] == 5 and listed["DV-2"]["to_review"] == []
    assert json.loads(fv(db, "--json", "cases", "review").stdout)["count"] == 0


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_is_counted_alike_in_the_preview_the_import_and_the_queue(tmp_path, kind):
    case_id, cells, column = KINDS[kind]
    path = tmp_path / f"{kind}.csv"
    path.write_text(HEAD + _row("OK-1", {}) + _row(case_id, cells), encoding="utf-8")
    preview, summary, queue = _three_counts(tmp_path / "ws.db", path)
    assert _key(preview["review"]) == _key(summary["review"]) == _key(queue["reviews"])
    assert [i["column"] for i in queue["reviews"]] == ([column] if column else [])
    if kind == "due_unreadable_dpd_used":  # nothing to answer: a note in the preview and the import
        assert [n["column"] for n in preview["notes"]] == [n["column"] for n in summary["notes"]] == ["due_date"]


def test_a_whole_file_of_kinds_agrees_and_twin_ids_are_notes(tmp_path):
    path = tmp_path / "all.csv"
    path.write_text(HEAD + "".join(_row(i, c) for i, c, _ in KINDS.values()) + _row("K7", {}), encoding="utf-8")
    preview, summary, queue = _three_counts(tmp_path / "ws.db", path)
    assert _key(preview["review"]) == _key(summary["review"]) == _key(queue["reviews"])
    assert queue["count"] == sum(1 for *_, c in KINDS.values() if c)
    twins = [n for n in summary["notes"] if n["column"] == "case_id"]  # K7 beside K-7: said, never queued
    assert [n["case_id"] for n in twins] == ["K7"] and [n["column"] for n in preview["notes"]].count("case_id") == 1
