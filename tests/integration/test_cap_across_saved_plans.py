"""Issue 14: the visit cap (1 per 7 days) counts the visits other saved plans already hold. Re-planning
one day of a planned week with ``plan``, or planning the team the day after a collector's own plan,
never puts a case in a second plan within 7 days; ``plan-week --replace`` does not block itself
with the plans it replaces."""

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from fieldvisit.bootstrap import open_app

START = ["--start", "40.4168,-3.7038"]
QUICK = ["--as-of", "2026-11-23", "--time-limit", "0.3", "--json"]


def fv(db, *args):
    r = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                       env={**os.environ, "TZ": "Europe/Madrid"}, timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


@pytest.fixture()
def workspace(tmp_path):
    db = str(tmp_path / "ws.sqlite")
    lines = ["case_id,name,lat,lon,country,days_past_due,balance,collector"]
    lines += [f"K-{i},Debtor {i},{40.41 + i * 0.002:.4f},{-3.70 - i * 0.002:.4f},ES,{40 + i * 9},{300 + i * 40},Ana"
              for i in range(8)]
    f = tmp_path / "cases.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, "cases", "import", str(f), "--as-of",
                        "2026-11-23"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return db


def saved_dates(db, days) -> dict[str, list[date]]:
    """Every saved plan's stops, per case: the dates it is planned on."""
    app = open_app(f"sqlite:///{db}")
    out: dict[str, list[date]] = {}
    with app.uow() as uow:
        for day in days:
            for data in uow.plans.latest(day):
                for s in data["stops"]:
                    out.setdefault(s["case_id"], []).append(day)
    app.close()
    return out


def assert_capped(where):
    for case_id, days in where.items():
        days = sorted(days)
        assert all((b - a).days >= 7 for a, b in zip(days, days[1:])), (case_id, days)


WEEK = [date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2)]


def test_replanning_one_day_of_a_week_keeps_the_cap(workspace):
    week = fv(workspace, "plan-week", "--from", "2026-11-30", "--days", "3", "--collector", "Ana", *START,
              "--shift", "09:00-10:00", *QUICK)
    assert sum(len(d["stops"]) for d in week["days"]) >= 4
    tuesday = fv(workspace, "plan", "--date", "2026-12-01", "--collector", "Ana", *START, "--shift", "09:00-18:00",
                 *QUICK)
    others = {s["case_id"] for d in week["days"] if d["date"] != "2026-12-01" for s in d["stops"]}
    assert not others & {s["case_id"] for s in tuesday["stops"]}
    assert {u["case_id"] for u in tuesday["unplanned"] if u["reason"] == "visit_cap_reached"} == others
    assert_capped(saved_dates(workspace, WEEK))
    # the week planned again over its own saved days is not blocked by them
    again = fv(workspace, "plan-week", "--from", "2026-11-30", "--days", "3", "--collector", "Ana", *START,
               "--shift", "09:00-10:00", "--replace", *QUICK)
    assert again["days"][0]["stops"] and again["kept"] == []
    assert_capped(saved_dates(workspace, WEEK))


def test_team_day_after_a_saved_day_keeps_the_cap(workspace):
    monday = fv(workspace, "plan", "--date", "2026-11-30", "--collector", "Ana", *START, "--shift", "09:00-10:30",
                *QUICK)
    mine = {s["case_id"] for s in monday["stops"]}
    assert mine
    fv(workspace, "collectors", "set-home", "Ana", "40.4168,-3.7038", "--json")
    team = fv(workspace, "plan-team", "--date", "2026-12-01", *QUICK)
    planned = {s["case_id"] for r in team["routes"] for s in r["stops"]}
    assert planned and not planned & mine
    # and planning the team again the same day is not blocked by its own earlier plans
    again = fv(workspace, "plan-team", "--date", "2026-12-01", *QUICK)
    assert {s["case_id"] for r in again["routes"] for s in r["stops"]}
    assert_capped(saved_dates(workspace, WEEK))


def test_a_flag_added_after_the_plan_was_saved_withdraws_the_stop(workspace, tmp_path):
    day = fv(workspace, "plan", "--date", "2026-11-30", "--collector", "Ana", *START, "--shift", "09:00-11:00",
             *QUICK)
    first = day["stops"][0]["case_id"]
    # the lender's next file says this customer asked to stop contact
    n = int(first.split("-")[1])
    f = tmp_path / "flags.csv"
    f.write_text(f"case_id,name,lat,lon,country,days_past_due,balance,collector,flags\n"
                 f"{first},Debtor {n},{40.41 + n * 0.002:.4f},{-3.70 - n * 0.002:.4f},ES,{40 + n * 9},"
                 f"{300 + n * 40},Ana,cease\n", encoding="utf-8")
    fv(workspace, "cases", "import", str(f), "--as-of", "2026-11-23", "--json")
    gpx = tmp_path / "day.gpx"
    route = fv(workspace, "route", "export", "--date", "2026-11-30", "--collector", "Ana", "--format", "gpx",
               "--out", str(gpx), "--json")
    assert route["stops"] == len(day["stops"]) - 1 and first not in gpx.read_text(encoding="utf-8")
    week = fv(workspace, "plan-week", "--from", "2026-11-30", "--days", "1", "--collector", "Ana", *START, *QUICK)
    kept = week["days"][0]
    assert kept["kept"] is True and first not in {s["case_id"] for s in kept["stops"]}
    assert [(u["case_id"], u["reason"]) for u in kept["withdrawn"]] == [(first, "blocked_by_flag")]
