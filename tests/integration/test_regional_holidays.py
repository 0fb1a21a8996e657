"""BRK16b #6: each case keeps the public holidays of its own region (told by the postcode, the
region in the address, or the zone), on every planning path, without a workspace region: a
Barcelona case is not cold-visited on Sant Joan (ES-CT, 2027-06-24), a Munich case not on Corpus
Christi (DE-BY, 2027-05-27); Madrid and Berlin cases are visited those days. A case whose region
cannot be told keeps the workspace's region."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parents[1] / "data" / "brk16" / "regional_holidays.csv"
QUICK = ("--time-limit", "0.3", "--shift", "09:00-18:00", "--as-of", "2027-05-20")


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env={**os.environ, "TZ": "Europe/Madrid"}, timeout=300)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("regional")
    shutil.copy(DATA, folder / "h.csv")
    with (folder / "h.csv").open("a", encoding="utf-8") as f:  # variants: a region column's text, no postcode
        f.write('B-2,Núria,"Carrer Major 3, Girona, Cataluña",41.98,2.82,ES,Europe/Madrid,500.00,EUR,60,cat\n')
        f.write('B-3,Pau,"Carrer Nou 5",41.39,2.16,ES,Europe/Madrid,500.00,EUR,60,cat\n')  # nothing tells
    path = f"sqlite:///{folder / 'w.sqlite'}"
    r = fv("cases", "import", str(folder / "h.csv"), db=path)
    assert r.returncode == 0, r.stderr
    for name, home in (("cat", "41.40,2.17"), ("mad", "40.41,-3.70"), ("bay", "48.14,11.57"), ("ber", "52.52,13.41")):
        assert fv("collectors", "set-home", name, home, db=path).returncode == 0
    return path


def reasons(data):
    return {u["case_id"]: u["reason"] for u in data["unplanned"]}


def plan(db, day, collector, start):
    r = fv("--json", "plan", "--date", day, "--collector", collector, "--start", start, *QUICK, db=db)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_barcelona_case_is_not_planned_on_sant_joan(db):
    data = plan(db, "2027-06-24", "cat", "41.40,2.17")
    assert reasons(data)["B-1"] == "public_holiday" and reasons(data)["B-2"] == "public_holiday"
    assert "B-1" not in {s["case_id"] for s in data["stops"]}
    madrid = plan(db, "2027-06-24", "mad", "40.41,-3.70")
    assert [s["case_id"] for s in madrid["stops"]] == ["M-1"]


def test_munich_case_is_not_planned_on_corpus_christi(db):
    data = plan(db, "2027-05-27", "bay", "48.14,11.57")
    assert data["stops"] == [] and reasons(data)["D-1"] == "public_holiday"
    berlin = plan(db, "2027-05-27", "ber", "52.52,13.41")
    assert [s["case_id"] for s in berlin["stops"]] == ["D-2"]


def test_plan_team_and_plan_week_keep_them_too(db):
    r = fv("--json", "plan-team", "--date", "2027-06-24", *QUICK, db=db)
    assert r.returncode == 0, r.stderr
    team = json.loads(r.stdout)
    planned = {s["case_id"] for route in team["routes"] for s in route["stops"]}
    assert "B-1" not in planned and "B-2" not in planned and "M-1" in planned
    r = fv("--json", "plan-week", "--from", "2027-06-24", "--days", "1", "--collector", "cat", "--start", "41.40,2.17",
           "--time-limit", "0.3", "--as-of", "2027-05-20", "--replace", db=db)
    assert r.returncode == 0, r.stderr
    week = json.loads(r.stdout)
    stops = {s["case_id"] for d in week["days"] if d["date"] == "2027-06-24" for s in d["stops"]}
    assert "B-1" not in stops and "B-2" not in stops


def _set_region(db, region):
    from fieldvisit.bootstrap import open_app
    from fieldvisit.services.settings import load_settings, save_settings

    app = open_app(db)
    try:
        save_settings(app.uow(), {**load_settings(app.uow()), "country": "ES", "holidays_region": region})
    finally:
        app.close()


def test_case_whose_region_cannot_be_told_keeps_the_workspaces(db):
    data = plan(db, "2027-06-24", "cat", "41.40,2.17")
    assert reasons(data).get("B-3") != "public_holiday"  # no workspace region: national days only
    try:
        _set_region(db, "CT")
        data = plan(db, "2027-06-24", "cat", "41.40,2.17")
        assert reasons(data)["B-3"] == "public_holiday"  # the workspace's region where nothing tells
        _set_region(db, "MD")
        data = plan(db, "2027-06-24", "cat", "41.40,2.17")  # the case's own region still wins
        assert reasons(data)["B-1"] == "public_holiday" and reasons(data).get("B-3") != "public_holiday"
    finally:
        _set_region(db, "")


def test_promise_on_the_regional_holiday_is_warned(db, tmp_path):
    visit = {"case_id": "B-1", "arrived_at": "2026-11-30T10:05:00+01:00", "left_at": "2026-11-30T10:25:00+01:00",
             "outcome": "promise_to_pay", "person_met": "debtor",
             "promise": {"amount": "50.00", "currency": "EUR", "date": "2026-12-26"}}  # Sant Esteve (ES-CT)
    path = tmp_path / "v.json"
    path.write_text(json.dumps(visit), encoding="utf-8")
    r = fv("--json", "visits", "add", "--json-file", str(path), db=db)
    assert r.returncode == 0, r.stderr
    warnings = json.loads(r.stdout)["visits"][0]["warnings"]
    assert any("public holiday (" in w and "26 Dec 2026" in w for w in warnings), warnings
