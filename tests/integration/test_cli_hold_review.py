"""``fieldvisit cases import`` and ``cases review`` through the real CLI (issue 13 leftover): an
unclear Deceased cell, a US case with no state and no coordinates, Madrid's coordinates swapped,
and an appointment clipped to the lawful hours — every one said by the import, the first three
waiting in ``cases review`` (plain and ``--json``) until settled there."""

import json

from tests.integration.test_cli_plan import fv

FILE = ("case_id,name,address,country,balance,currency,Deceased,appointment,lat,lon\n"
        "A1,Ana,\"Calle 1, Madrid\",ES,100,EUR,maybe,,,\n"
        "A3,Cid,\"1 Main St, Springfield\",US,100,USD,,Tue 10:00-12:00,,\n"
        "A4,Dan,\"Calle 4, Madrid\",ES,100,EUR,,06:00-23:00,-3.7038,40.4168\n")


def _cases(db):
    out = fv("--json", "cases", "list", "--as-of", "2026-11-23", db=db)
    return {c["case_id"]: c for c in json.loads(out.stdout)["cases"]}


def test_holds_are_listed_and_settled_through_the_cli(tmp_path):
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    path = tmp_path / "lender.csv"
    path.write_text(FILE, encoding="utf-8")
    # the preview says the same, with Spain's lawful hours (09:00-21:00) as the import uses
    r = fv("cases", "import", str(path), "--preview", "--as-of", "2026-11-23", db=db)
    assert r.returncode == 0, r.stderr
    assert "row 4 (appointment): '06:00-23:00' clipped to the lawful visiting hours (09:00-21:00)" in r.stdout
    r = fv("cases", "import", str(path), "--as-of", "2026-11-23", db=db)
    assert r.returncode == 0, r.stderr
    assert "4 values need review (rows kept; see 'fieldvisit cases review')" in r.stdout
    assert "not in 'fieldvisit cases review'" not in r.stdout
    assert "row 4 (appointment): '06:00-23:00' clipped to the lawful visiting hours (09:00-21:00)" in r.stdout

    text = fv("cases", "review", db=db).stdout
    assert "'maybe' in Deceased is neither yes nor no" in text and "(could be: deceased or none)" in text
    assert "--text America/Chicago" in text and "'as written'" in text
    listed = json.loads(fv("--json", "cases", "review", db=db).stdout)
    by = {(i["case_id"], i["column"]): i for i in listed["reviews"]}
    assert set(by) == {("A1", "flag:deceased"), ("A3", "timezone"), ("A3", "appointment"), ("A4", "lat")}
    flag = by[("A1", "flag:deceased")]
    assert (flag["kind"], flag["text"], flag["header"], flag["now"]) == ("flag", "maybe", "Deceased", "deceased")
    assert by[("A4", "lat")]["kind"] == "position" and by[("A4", "lat")]["text"] == "-3.7038, 40.4168"
    assert _cases(db)["A1"]["flags"] == ["deceased"]  # held meanwhile

    # the appointment waits for the zone; a zone that is none is refused with one sentence
    r = fv("cases", "review", "--resolve", str(by[("A3", "appointment")]["id"]), "--text", "Tue 10-12", db=db)
    assert r.returncode == 2 and "time zone of A3 first" in r.stderr and "Traceback" not in r.stderr
    r = fv("cases", "review", "--resolve", str(by[("A3", "timezone")]["id"]), "--text", "Springfield", db=db)
    assert r.returncode == 2 and "IANA" in r.stderr and "Traceback" not in r.stderr
    r = fv("--json", "cases", "review", "--resolve", str(by[("A3", "timezone")]["id"]), "--text",
           "America/Chicago", db=db)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"resolved": by[("A3", "timezone")]["id"], "value": "America/Chicago"}
    r = fv("cases", "review", "--resolve", str(by[("A1", "flag:deceased")]["id"]), "--text", "none", db=db)
    assert r.returncode == 0, r.stderr
    r = fv("cases", "review", "--resolve", str(by[("A4", "lat")]["id"]), "--text", "swapped", db=db)
    assert r.returncode == 0, r.stderr
    assert json.loads(fv("--json", "cases", "review", db=db).stdout)["count"] == 0

    cases = _cases(db)
    assert cases["A1"]["flags"] == []
    assert cases["A3"]["timezone"] == "America/Chicago"
    assert [w["start"] for w in cases["A3"]["windows"]] == ["2026-11-24T10:00:00-06:00"]
    assert (cases["A4"]["lat"], cases["A4"]["lon"], cases["A4"]["geo_status"]) == (40.4168, -3.7038, "file")

    # the same file tomorrow: the same answers, nothing new to review
    r = fv("--json", "cases", "import", str(path), "--as-of", "2026-11-23", db=db)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["review"] == [] and data["reviewed_before"] == 4
    assert [n["case_id"] for n in data["notes"]] == ["A4"]
    assert _cases(db)["A1"]["flags"] == []


def test_a_case_whose_zone_waits_is_not_planned_until_chosen(tmp_path):
    """Lawful hours are local: a US case with no state (its coordinates swapped, then put right)
    is left unplanned while its zone waits, and planned once a person chooses it."""
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    path = tmp_path / "us.csv"
    path.write_text("case_id,name,address,country,balance,currency,days_past_due,lat,lon\n"
                    "U1,Uma,\"5 Wall St\",US,100,USD,30,-74.01,40.71\n", encoding="utf-8")
    assert fv("cases", "import", str(path), "--as-of", "2026-11-30", db=db).returncode == 0
    assert fv("cases", "assign", "--collector", "Q", "--unassigned", db=db).returncode == 0
    by = {i["column"]: i for i in json.loads(fv("--json", "cases", "review", db=db).stdout)["reviews"]}
    assert set(by) == {"lat", "timezone"}
    assert fv("cases", "review", "--resolve", str(by["lat"]["id"]), "--text", "swapped", db=db).returncode == 0
    plan_args = ("--json", "plan", "--date", "2026-12-02", "--collector", "Q", "--start", "40.7,-74.0",
                 "--as-of", "2026-11-30", "--time-limit", "1")
    plan = json.loads(fv(*plan_args, db=db).stdout)
    assert [(u["case_id"], u["reason"]) for u in plan["unplanned"]] == [("U1", "time_zone_to_review")]
    assert plan["stops"] == []
    r = fv("cases", "review", "--resolve", str(by["timezone"]["id"]), "--text", "America/New_York", db=db)
    assert r.returncode == 0, r.stderr
    plan = json.loads(fv(*plan_args, db=db).stdout)
    assert [s["case_id"] for s in plan["stops"]] == ["U1"]
