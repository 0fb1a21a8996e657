"""Issue 6 acceptance: planning cases in four countries never puts a visit outside the debtor's
lawful hours under its rule set, every blocked case is reported with its rule, and a 22:30 visit
in China recorded through the CLI is kept, listed and warned about."""

import json
import os
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

HOURS = {"US": ("08:00", "21:00"), "GB": ("08:00", "21:00"), "IN": ("08:00", "19:00"), "CN": ("08:00", "22:00")}
CITIES = {"US": ("Chicago", 41.88, -87.63, "America/Chicago"), "GB": ("London", 51.51, -0.13, "Europe/London"),
          "IN": ("Delhi", 28.61, 77.21, "Asia/Kolkata"), "CN": ("Shanghai", 31.23, 121.47, "Asia/Shanghai")}
DAY = "2026-11-25"


def fv(db, *args):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env={**os.environ, "TZ": "UTC"}, timeout=300)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("four")
    db = str(tmp / "ws.sqlite")
    lines = ["case_id,name,lat,lon,country,days_past_due,balance,appointment,flags,collector"]
    for country, (city, lat, lon, _tz) in CITIES.items():
        for i in range(8):
            # windows straddling the limits: early morning, late evening, and open days
            appt = {0: f"{DAY} 06:30-08:30", 1: f"{DAY} 20:30-23:00", 2: f"{DAY} 18:30-20:00"}.get(i, "")
            flags = {5: "dispute", 6: "cease"}.get(i, "")
            lines.append(f"{country}-{i},Debtor {i},{lat + i * 0.004:.4f},{lon + i * 0.004:.4f},{country},"
                         f"{40 + i * 10},{500 + i * 100},{appt},{flags},{city} collector")
    f = tmp / "cases.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert fv(db, "cases", "import", str(f), "--as-of", "2026-11-23").returncode == 0
    return db


@pytest.mark.parametrize("country", ["US", "GB", "IN", "CN"])
def test_plans_stay_inside_lawful_hours_and_report_blocked_cases(workspace, country):
    city, lat, lon, tz = CITIES[country]
    r = fv(workspace, "plan", "--date", DAY, "--collector", f"{city} collector", "--start", f"{lat},{lon}",
           "--shift", "05:00-23:59", "--tz", tz, "--as-of", "2026-11-23", "--time-limit", "1", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["valid"], data["violations"]
    start, end = HOURS[country]
    zone = ZoneInfo(tz)
    assert data["stops"]
    for s in data["stops"]:
        local_start = datetime.fromisoformat(s["start"]).astimezone(zone).strftime("%H:%M")
        local_end = datetime.fromisoformat(s["departure"]).astimezone(zone).strftime("%H:%M")
        assert start <= local_start and local_end <= end, (s["case_id"], local_start, local_end)
    reasons = {u["case_id"]: u for u in data["unplanned"]}
    for blocked in (f"{country}-5", f"{country}-6"):
        assert reasons[blocked]["reason"] == "blocked_by_flag"
    if country == "GB":  # first visits need notice there unless an appointment was agreed
        assert reasons[f"{country}-3"]["reason"] == "needs_notice_before_first_visit"


def test_a_2230_visit_in_china_is_kept_listed_and_warned(workspace, tmp_path):
    visit = {"case_id": "CN-3", "arrived_at": "2026-11-24T22:30:00+08:00", "left_at": "2026-11-24T22:50:00+08:00",
             "outcome": "rpc", "person_met": "debtor", "notes": "Debtor asked us to come after work"}
    f = tmp_path / "v.json"
    f.write_text(json.dumps(visit), encoding="utf-8")
    r = fv(workspace, "visits", "add", "--json-file", str(f), "--json")
    assert r.returncode == 0, r.stderr
    warnings = json.loads(r.stdout)["visits"][0]["warnings"]
    assert any("outside lawful contact hours" in w and "22:00" in w for w in warnings)
    listed = json.loads(fv(workspace, "visits", "list", "--case", "CN-3", "--json").stdout)["visits"]
    assert listed and listed[0]["warnings"] == warnings
    exceptions = json.loads(fv(workspace, "visits", "list", "--exceptions", "--json").stdout)["visits"]
    assert [v["case_id"] for v in exceptions] == ["CN-3"]
