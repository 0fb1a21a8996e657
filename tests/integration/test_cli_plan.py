"""`fieldvisit plan`, `plan-team` and `bench` through the real command line."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "benchmarks"


def fv(*args, db=None):
    env = {**os.environ, "TZ": "Europe/Madrid"}
    cmd = [sys.executable, "-m", "fieldvisit", *(["--db", db] if db else []), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("plan") / "ws.sqlite")
    assert fv("demo", "--as-of", "2026-11-23", db=db).returncode == 0
    return db


def test_plan_json_is_lawful_and_validated(demo_db):
    r = fv("plan", "--date", "2026-11-25", "--collector", "Lucía Romero", "--as-of", "2026-11-23",
           "--time-limit", "1", "--json", db=demo_db)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    for key in ("date", "stops", "unplanned", "total_distance_m", "total_travel_seconds"):
        assert key in data
    assert data["valid"] and data["violations"] == [] and data["stops"]
    for s in data["stops"]:
        assert {"case_id", "arrival", "departure", "window", "lat", "lon", "travel_seconds", "distance_m"} <= set(s)
        assert "08:00" <= s["arrival"][11:16] and s["departure"][11:16] <= "21:00"
        assert s["arrival"].endswith("+02:00")  # the demo is in Helsinki
    listed = {c["case_id"]: c for c in json.loads(fv("cases", "list", "--json", "--as-of", "2026-11-23",
                                                      db=demo_db).stdout)["cases"]}
    for s in data["stops"]:
        assert not set(listed[s["case_id"]]["flags"]) & {"dispute", "cease", "lawyer", "bankruptcy",
                                                          "deceased", "do_not_visit"}
    blocked = {cid for cid, c in listed.items() if c["collector"] == "Lucía Romero" and set(c["flags"]) &
               {"dispute", "cease", "lawyer", "bankruptcy", "deceased", "do_not_visit"}}
    reasons = {u["case_id"]: u["reason"] for u in data["unplanned"]}
    assert blocked and all(reasons[cid] == "blocked_by_flag" for cid in blocked)
    assert all(u["text"] for u in data["unplanned"])


def test_plan_lock_keeps_a_case_at_a_time(demo_db):
    cases = json.loads(fv("cases", "list", "--json", "--as-of", "2026-11-23", db=demo_db).stdout)["cases"]
    free = next(c["case_id"] for c in cases if c["collector"] == "Lucía Romero" and not c["flags"]
                and not c.get("appointment"))
    r = fv("plan", "--date", "2026-11-25", "--collector", "Lucía Romero", "--as-of", "2026-11-23",
           "--time-limit", "1", "--lock", f"{free}@15:00", "--json", db=demo_db)
    data = json.loads(r.stdout)
    locked = [s for s in data["stops"] if s["case_id"] == free]
    assert locked and locked[0]["start"][11:16] == "15:00" and locked[0]["locked"] and data["valid"]


def test_plan_team_json(demo_db):
    r = fv("plan-team", "--date", "2026-11-25", "--as-of", "2026-11-23", "--time-limit", "2", "--json", db=demo_db)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert sorted(route["collector"] for route in data["routes"]) == ["Javier Ortega", "Lucía Romero"]
    assert all(route["stops"] and route["valid"] for route in data["routes"])
    assert "unplanned" in data


@pytest.mark.parametrize(("args", "phrase"), [
    (["--collector", "Nobody"], "No collector named 'Nobody'"),
    (["--collector", "Lucía Romero", "--shift", "18:00-09:00"], "ends before it starts"),
    (["--collector", "Lucía Romero", "--start", "north"], "not a position"),
    (["--collector", "Lucía Romero", "--tz", "Mars/Base"], "not an IANA time zone"),
    ([], "Which collector?"),
    (["--collector", "Lucía Romero", "--lock", "NOPE-1"], "Cannot lock NOPE-1"),
    (["--collector", "Lucía Romero", "--lock", "X@25:00"], "is not CASE@HH:MM"),
])
def test_plan_bad_input(demo_db, args, phrase):
    r = fv("plan", "--date", "2026-11-25", "--as-of", "2026-11-23", *args, "--json", db=demo_db)
    assert r.returncode == 2 and phrase in r.stderr and r.stdout == ""


@pytest.mark.parametrize("as_of", [(), ("--as-of", "2026-11-26")])
def test_a_day_that_has_passed_is_refused_in_one_sentence(demo_db, as_of, monkeypatch):
    """BRK16b #7: plan refuses a past day (the clock's today, or the --as-of day) in one sentence."""
    monkeypatch.setenv("FIELDVISIT_NOW", "2026-11-26T09:00:00+01:00")  # the planning clock's today
    r = fv("plan", "--date", "2026-11-25", "--collector", "Lucía Romero", *as_of, "--json", db=demo_db)
    assert r.returncode == 2 and "2026-11-25 has passed" in r.stderr and r.stdout == ""
    assert r.stderr.count("\n") == 1
    team = fv("plan-team", "--date", "2026-11-25", *as_of, "--json", db=demo_db)
    assert team.returncode == 2 and "has passed" in team.stderr


def _need_shared():
    if not SHARED.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("../shared/benchmarks is missing under CI")
        pytest.skip("no ../shared/benchmarks")


@pytest.mark.parametrize("solver", ["fieldvisit", "ortools"])
def test_bench_tsptw_reaches_the_best_known_value(solver):
    _need_shared()
    r = fv("bench", str(SHARED / "tsptw" / "Dumas" / "n20w20.001.txt"), "--format", "tsptw",
           "--time-limit", "1", "--solver", solver, "--json")
    data = json.loads(r.stdout)
    assert data["feasible"] and data["cost"] == 378 and data["vehicles"] == 1
    assert set(data) >= {"instance", "solver", "cost", "vehicles", "feasible", "seconds"}


def test_bench_solomon_cost_convention():
    _need_shared()
    r = fv("bench", str(SHARED / "solomon" / "C101.txt"), "--format", "solomon", "--time-limit", "2", "--json")
    data = json.loads(r.stdout)
    assert data["feasible"] and data["cost"] == pytest.approx(827.3) and data["vehicles"] == 10


def test_bench_refuses_a_non_instance(tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_text("hello")
    r = fv("bench", str(bad), "--format", "tsptw", "--json")
    assert r.returncode == 2 and "not a TSPTW instance" in r.stderr


def test_plan_week_skips_the_days_that_have_passed(demo_db):
    """BRK16b #7: plan-week agrees with plan: it starts on the first day not passed (here the
    pinned --as-of day, a Monday), never on one before."""
    r = fv("plan-week", "--from", "2026-11-18", "--days", "1", "--collector", "Lucía Romero", "--as-of", "2026-11-23",
           "--time-limit", "0.3", "--json", db=demo_db)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["from"] == "2026-11-23" and [d["date"] for d in data["days"]] == ["2026-11-23"]
