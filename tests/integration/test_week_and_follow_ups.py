"""Issue 14 (and 12): ``plan-week`` spreads a collector's cases over working days (weekends and
public holidays skipped, one visit per case per 7 days, agreed appointments on their day, every
day saved as an ordinary day plan); a broken promise is followed up on the first lawful day after
its date, marked ``follow_up`` in the plan and planned first that day."""

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from fieldvisit.bootstrap import open_app

DAY = "2026-11-25"  # Wednesday


def fv(db, *args):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env={**os.environ, "TZ": "Europe/Madrid"}, timeout=300)


@pytest.fixture()
def workspace(tmp_path):
    db = str(tmp_path / "ws.sqlite")
    lines = ["case_id,name,lat,lon,country,days_past_due,balance,appointment,collector"]
    for i in range(24):
        appt = {0: "2026-11-30 10:00-11:00"}.get(i, "")  # Monday
        lines.append(f"W-{i},Debtor {i},{40.41 + i * 0.002:.4f},{-3.70 - i * 0.002:.4f},ES,{30 + i * 7},"
                     f"{300 + i * 50},{appt},Ana")
    f = tmp_path / "cases.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert fv(db, "cases", "import", str(f), "--as-of", "2026-11-23").returncode == 0
    # W-9 promised on Friday 20 Nov to pay by Tuesday 24 Nov and did not pay: broken.
    visit = {"case_id": "W-9", "arrived_at": "2026-11-20T10:05:00+01:00", "left_at": "2026-11-20T10:25:00+01:00",
             "outcome": "promise_to_pay", "person_met": "debtor",
             "promise": {"amount": "100.00", "currency": "EUR", "date": "2026-11-24"}}
    v = tmp_path / "visit.json"
    v.write_text(json.dumps(visit), encoding="utf-8")
    r = fv(db, "visits", "add", "--json-file", str(v))
    assert r.returncode == 0, r.stderr
    return db


def test_week_spreads_cases_over_working_days_with_caps_holidays_and_follow_ups(workspace):
    db = workspace
    # Tuesday 1 Dec is a (hand-typed) public holiday in this workspace.
    app = open_app(f"sqlite:///{db}")
    with app.uow() as uow:
        uow.settings.set("holidays", "2026-12-01")
        uow.commit()
    app.close()
    r = fv(db, "plan-week", "--from", DAY, "--days", "5", "--collector", "Ana", "--start", "40.4168,-3.7038",
           "--shift", "09:00-12:00", "--as-of", "2026-11-23", "--time-limit", "0.5", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    dates = [d["date"] for d in data["days"]]
    assert dates == ["2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30", "2026-12-02"]
    assert data["holidays"] == ["2026-12-01"]
    where: dict[str, list[str]] = {}
    for d in data["days"]:
        assert d["valid"], d["violations"]
        for s in d["stops"]:
            where.setdefault(s["case_id"], []).append(d["date"])
    for case_id, days in where.items():  # one visit per case per 7 days
        gaps = [(date.fromisoformat(b) - date.fromisoformat(a)).days for a, b in zip(days, days[1:])]
        assert all(g >= 7 for g in gaps), (case_id, days)
    assert where["W-0"] == ["2026-11-30"]  # the agreed appointment, on its day
    # visited on the 20th (cap until the 27th), promise broken on the 24th: first lawful day is Friday 27
    assert where["W-9"] == ["2026-11-27"]
    friday = next(d for d in data["days"] if d["date"] == "2026-11-27")
    w9 = next(s for s in friday["stops"] if s["case_id"] == "W-9")
    assert w9["follow_up"] is True
    assert all(not s["follow_up"] for d in data["days"] for s in d["stops"] if s["case_id"] != "W-9")
    assert set(where) | {u["case_id"] for u in data["unplanned"]} == {f"W-{i}" for i in range(24)}
    # every day was saved as an ordinary day plan and can be planned again on its own
    again = fv(db, "plan", "--date", "2026-11-27", "--collector", "Ana", "--start", "40.4168,-3.7038",
               "--shift", "09:00-12:00", "--as-of", "2026-11-23", "--time-limit", "0.5", "--json")
    assert again.returncode == 0, again.stderr
    stops = json.loads(again.stdout)["stops"]
    first = next(s for s in stops if s["case_id"] == "W-9")
    assert first["follow_up"] is True


def test_plan_marks_the_follow_up_and_gives_it_priority(workspace):
    r = fv(workspace, "plan", "--date", "2026-11-27", "--collector", "Ana", "--start", "40.4168,-3.7038",
           "--shift", "09:00-10:00", "--as-of", "2026-11-23", "--time-limit", "0.5", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    # an hour holds two visits: the follow-up is one of them, ahead of higher-balance cases
    assert "W-9" in [s["case_id"] for s in data["stops"]]
    assert [s["follow_up"] for s in data["stops"] if s["case_id"] == "W-9"] == [True]


@pytest.mark.parametrize("args, phrase", [
    (["--days", "0"], "between 1 and 30"),
    (["--days", "31"], "between 1 and 30"),
])
def test_plan_week_bad_input(workspace, args, phrase):
    r = fv(workspace, "plan-week", "--from", DAY, "--collector", "Ana", "--start", "40.4168,-3.7038", *args)
    assert r.returncode == 2 and phrase in r.stderr and "Traceback" not in r.stderr


def test_week_keeps_a_day_already_planned_unless_replace(workspace):
    day = fv(workspace, "plan", "--date", "2026-12-02", "--collector", "Ana", "--start", "40.4168,-3.7038",
             "--shift", "09:00-11:30", "--as-of", "2026-11-23", "--time-limit", "0.5", "--json")
    assert day.returncode == 0, day.stderr
    mine = [s["case_id"] for s in json.loads(day.stdout)["stops"]]
    assert len(mine) >= 2
    week = ["plan-week", "--from", "2026-11-30", "--days", "5", "--collector", "Ana", "--start", "40.4168,-3.7038",
            "--shift", "09:00-12:00", "--as-of", "2026-11-23", "--time-limit", "0.5"]
    r = fv(workspace, *week, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    kept = next(d for d in data["days"] if d["date"] == "2026-12-02")
    assert [s["case_id"] for s in kept["stops"]] == mine  # the saved day is not overwritten
    assert data["kept"] == ["2026-12-02"] and kept["kept"] is True
    assert all(d["kept"] is False for d in data["days"] if d["date"] != "2026-12-02")
    # the kept day's cases count for the week's cap (one visit per case per 7 days)
    others = {s["case_id"] for d in data["days"] if d["date"] != "2026-12-02" for s in d["stops"]}
    assert not others & set(mine)
    again = fv(workspace, "plan-week", "--from", "2026-11-30", "--days", "5", "--collector", "Ana", "--start",
               "40.4168,-3.7038", "--shift", "09:00-12:00", "--as-of", "2026-11-23", "--time-limit", "0.5")
    assert again.returncode == 0 and "5 days already planned were kept" in again.stdout
    replaced = json.loads(fv(workspace, *week, "--replace", "--json").stdout)
    assert replaced["kept"] == [] and all(d["kept"] is False for d in replaced["days"])
