"""Items waiting in the review queue are not taken as read (BRK2 #4, #6): a case whose appointment
text waits is left unplanned (``appointment_to_review``) until the review is resolved — then it
is planned inside the corrected window; the prep sheet names every field waiting for review."""

import json

from tests.integration.test_cli_plan import fv

H_CSV = """Case ID,Name,Lat,Lon,Country,Timezone,Balance,Currency,Days Past Due,Appointment
H1,Ha One,40.71,-74.00,US,America/New_York,100,USD,30,22:00-23:30
H2,Ha Two,40.72,-74.01,US,America/New_York,100,USD,30,06:00-07:30
H6,Ha Six,40.76,-74.05,US,America/New_York,100,USD,30,anytime
"""
PLAN = ("--json", "plan", "--date", "2026-12-05", "--collector", "Q", "--start", "40.7,-74.0",
        "--as-of", "2026-11-30", "--time-limit", "1")


def test_appointment_to_review_is_not_planned_until_resolved(tmp_path):
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    path = tmp_path / "h.csv"
    path.write_text(H_CSV, encoding="utf-8")
    assert fv("cases", "import", str(path), "--as-of", "2026-11-30", db=db).returncode == 0
    assert fv("cases", "assign", "--collector", "Q", "--unassigned", db=db).returncode == 0
    r = fv(*PLAN, db=db)
    assert r.returncode == 0, r.stderr
    plan = json.loads(r.stdout)
    unplanned = {u["case_id"]: u for u in plan["unplanned"]}
    assert unplanned["H1"]["reason"] == unplanned["H2"]["reason"] == "appointment_to_review"
    assert "review" in unplanned["H1"]["text"]
    assert [s["case_id"] for s in plan["stops"]] == ["H6"]
    text = fv(*PLAN[1:], db=db).stdout
    assert "waits in the review queue" in text

    items = {i["case_id"]: i for i in json.loads(fv("--json", "cases", "review", db=db).stdout)["reviews"]}
    r = fv("cases", "review", "--resolve", str(items["H2"]["id"]), "--text", "Sat 15:00-16:00", db=db)
    assert r.returncode == 0, r.stderr
    plan = json.loads(fv(*PLAN, db=db).stdout)
    stops = {s["case_id"]: s for s in plan["stops"]}
    assert stops["H2"]["window"]["start"].startswith("2026-12-05T15:00")
    assert "15:00" <= stops["H2"]["start"][11:16] <= "16:00"
    assert {u["case_id"]: u["reason"] for u in plan["unplanned"]} == {"H1": "appointment_to_review"}


D_CSV = """Case ID,Name,Address,Balance,Currency,Due Date,Phone,Appointment
E2,Otto Pembrook,11 Road,500,pesos,2026-10-01,612345679,Mon-Fri 09:00-17:00
E3,Pia Quenneville,12 Road,700,EUR,03/04/2026,612345680,03/04/2027 10:00-12:00
"""


def test_prep_names_the_fields_to_review_and_a_pending_currency_waits_in_the_queue(tmp_path):
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    path = tmp_path / "d.csv"
    path.write_text(D_CSV, encoding="utf-8")
    assert fv("cases", "import", str(path), "--as-of", "2026-11-30", db=db).returncode == 0
    # a pending due date is not "0 days" nor an "oversight"
    r = fv("prep", "E3", "--as-of", "2026-11-30", db=db)
    assert r.returncode == 0, r.stderr
    assert "To review: appointment, due date" in r.stdout and "0 days" not in r.stdout
    assert "Intent: oversight" not in r.stdout
    data = json.loads(fv("--json", "prep", "E3", "--as-of", "2026-11-30", db=db).stdout)
    # (the time zone waits too: neither the file nor the workspace gives a country or zone, BRK13c 2)
    assert data["to_review"] == ["appointment", "due_date", "timezone"] and data["days_past_due"] is None
    assert data["intent"]["verdict"] == "unclear"
    # currency 'pesos' with no country: in the queue (BRK2 #5), on the prep sheet, resolved by a code;
    # meanwhile the balance is in no known currency: to review, no proposal (BRK14 #5)
    data = json.loads(fv("--json", "prep", "E2", "--as-of", "2026-11-30", db=db).stdout)
    assert data["to_review"] == ["appointment", "balance", "currency", "timezone"]
    assert data["balance"] is None and data["proposal"]["kind"] == "to_review" and data["currency"] == ""
    items = {(i["case_id"], i["column"]): i for i in json.loads(fv("--json", "cases", "review", db=db).stdout)["reviews"]}
    assert ("E2", "currency") in items
    r = fv("cases", "review", "--resolve", str(items[("E2", "currency")]["id"]), "--text", "MXN", db=db)
    assert r.returncode == 0, r.stderr
    data = json.loads(fv("--json", "prep", "E2", "--as-of", "2026-11-30", db=db).stdout)
    assert data["to_review"] == ["appointment", "timezone"] and data["currency"] == "MXN"


def test_a_flag_hold_waits_in_the_review_queue(tmp_path):
    """Issue 13 leftover: an unclear Do Not Visit cell holds the case and waits in 'cases review'
    (it used to be only in the import's summary, where nobody could settle it)."""
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    path = tmp_path / "w.csv"
    path.write_text("Case ID,Name,Balance,Do Not Visit\nW1,Wa One,100,unclear\n", encoding="utf-8")
    r = fv("cases", "import", str(path), "--as-of", "2026-11-30", "--currency", "EUR", db=db)
    assert r.returncode == 0, r.stderr
    assert "see 'fieldvisit cases review'" in r.stdout and "not in 'fieldvisit cases review'" not in r.stdout
    items = json.loads(fv("--json", "cases", "review", db=db).stdout)["reviews"]
    assert [(i["case_id"], i["column"], i["kind"], i["text"]) for i in items] == [
        ("W1", "flag:do_not_visit", "flag", "unclear")]


def test_a_balance_waiting_for_review_gets_no_repayment_amounts_until_resolved(tmp_path):
    # '1.234' with no currency and no decimal mark in the file: 1234 or 1.234, a person decides
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    path = tmp_path / "b.csv"
    path.write_text("case_id,name,address,balance,days_past_due\nB1,Ana Ruiz,Calle Mayor 1,1.234,40\n",
                    encoding="utf-8")
    assert fv("cases", "import", str(path), "--as-of", "2026-11-30", "--currency", "EUR", db=db).returncode == 0
    data = json.loads(fv("--json", "prep", "B1", "--as-of", "2026-11-30", db=db).stdout)
    assert data["balance"] is None
    assert data["proposal"]["kind"] == "to_review" and data["proposal"]["installments"] == []  # never from 0.00
    text = fv("prep", "B1", "--as-of", "2026-11-30", db=db).stdout
    assert "Proposal: none until the balance is reviewed" in text and "0.01" not in text
    items = {(i["case_id"], i["column"]): i for i in json.loads(fv("--json", "cases", "review", db=db).stdout)["reviews"]}
    r = fv("cases", "review", "--resolve", str(items[("B1", "balance")]["id"]), "--text", "1234", db=db)
    assert r.returncode == 0, r.stderr
    proposal = json.loads(fv("--json", "prep", "B1", "--as-of", "2026-11-30", db=db).stdout)["proposal"]
    assert proposal["total"] == "1234.00" and sum(float(i["amount"]) for i in proposal["installments"]) == 1234
