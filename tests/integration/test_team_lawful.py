"""Issue 14: team planning honours every rule set. ``plan-team`` builds its candidates from the
same day model as ``plan`` (rule set, approvals, caps, notice), so no saved team plan holds a visit
outside the debtor's lawful hours: the India case (lawful 08:00–19:00, four visits once planned
between 19:00 and 20:38) and US, GB, CN, ES workspaces."""

import json
import os
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from fieldvisit.bootstrap import open_app
from fieldvisit.services.collectors import set_home

HOURS = {"US": ("08:00", "21:00"), "GB": ("08:00", "21:00"), "IN": ("08:00", "19:00"), "CN": ("08:00", "22:00"),
         "ES": ("08:00", "21:00")}
CITIES = {"US": (41.88, -87.63, "America/Chicago"), "GB": (51.51, -0.13, "Europe/London"),
          "IN": (28.61, 77.21, "Asia/Kolkata"), "CN": (31.23, 121.47, "Asia/Shanghai"),
          "ES": (40.42, -3.70, "Europe/Madrid")}
DAY = "2026-11-25"


def fv(db, *args):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env={**os.environ, "TZ": "UTC"}, timeout=300)


def workspace(tmp, country):
    lat, lon, _tz = CITIES[country]
    db = str(tmp / f"{country}.sqlite")
    lines = ["case_id,name,lat,lon,country,days_past_due,balance,appointment,flags,collector"]
    for i in range(14):
        # evening appointments straddling the limit, late ones, early ones, open days
        appt = {0: f"{DAY} 18:30-20:30", 1: f"{DAY} 19:00-21:00", 2: f"{DAY} 18:45-20:00", 3: f"{DAY} 20:00-23:00",
                4: f"{DAY} 06:30-08:30", 5: f"{DAY} 17:30-19:30"}.get(i, "")
        flags = {12: "dispute"}.get(i, "")
        who = "A" if i % 2 else "B"
        lines.append(f"{country}-{i},Debtor {i},{lat + i * 0.003:.4f},{lon - i * 0.003:.4f},{country},"
                     f"{40 + i * 10},{500 + i * 100},{appt},{flags},Collector {who}")
    f = tmp / f"{country}.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = fv(db, "cases", "import", str(f), "--as-of", "2026-11-23")
    assert r.returncode == 0, r.stderr
    app = open_app(f"sqlite:///{db}")
    for k, name in enumerate(("Collector A", "Collector B")):
        set_home(app.uow(), name, (lat + 0.01 * k, lon + 0.01 * k))
    app.close()
    return db


@pytest.mark.parametrize("country", ["IN", "US", "GB", "CN", "ES"])
def test_team_plans_hold_no_visit_outside_lawful_hours(tmp_path, country):
    db = workspace(tmp_path, country)
    tz = CITIES[country][2]
    r = fv(db, "plan-team", "--date", DAY, "--shift", "05:00-23:59", "--tz", tz, "--as-of", "2026-11-23",
           "--time-limit", "1", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["valid"]
    start, end = HOURS[country]
    zone = ZoneInfo(tz)
    stops = [s for route in data["routes"] for s in route["stops"]]
    assert stops
    for s in stops:
        local_start = datetime.fromisoformat(s["start"]).astimezone(zone).strftime("%H:%M")
        local_end = datetime.fromisoformat(s["departure"]).astimezone(zone).strftime("%H:%M")
        assert start <= local_start and local_end <= end, (s["case_id"], local_start, local_end)
    reasons = {u["case_id"]: u["reason"] for u in data["unplanned"]}
    assert reasons[f"{country}-12"] == "blocked_by_flag"
    assert f"{country}-12" not in {s["case_id"] for s in stops}
    if country == "GB":  # first visits need notice there unless an appointment was agreed
        assert reasons[f"{country}-7"] == "needs_notice_before_first_visit"
    if country == "IN":  # the measured defect: evening appointments planned after 19:00
        # an appointment wholly outside lawful hours is not stored as a window: it waits for review
        # (the case may still be visited at a lawful time: the loop above checks every stop)
        review = json.loads(fv(db, "--json", "cases", "review").stdout)["reviews"]
        assert [(r["case_id"], "outside lawful" in r["error"]) for r in review if r["case_id"] == "IN-3"] == \
            [("IN-3", True)]
    # what was saved is what was printed: a map of each saved day lists the same stops
    for route in data["routes"]:
        out = tmp_path / f"{route['collector']}.html"
        m = fv(db, "map", "--date", DAY, "--collector", route["collector"], "--out", str(out), "--json")
        assert m.returncode == 0, m.stderr
        assert json.loads(m.stdout)["stops"] == len(route["stops"])
