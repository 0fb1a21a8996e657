"""Issue 14, hostile dates: planning a day before 2000 or far in the future (year 9999 overflowed
with exit 1) is refused in one sentence, exit 2, by plan, plan-team and plan-week alike."""

import subprocess
import sys
from datetime import date

import pytest

from fieldvisit.services.day_plans import check_plan_day
from fieldvisit.services.errors import UserError


@pytest.mark.parametrize("args", [
    ["plan", "--date", "9999-12-31", "--collector", "Ana"],
    ["plan", "--date", "1900-01-01", "--collector", "Ana"],
    ["plan-team", "--date", "9999-12-31"],
    ["plan-week", "--from", "9999-12-28", "--days", "5", "--collector", "Ana"],
])
def test_far_days_are_refused_in_one_sentence(tmp_path, args):
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    f = tmp_path / "cases.csv"
    f.write_text("case_id,lat,lon,country,days_past_due,balance,collector\nF-1,40.41,-3.70,ES,40,300,Ana\n",
                 encoding="utf-8")
    for setup in (["cases", "import", str(f)], ["collectors", "set-home", "Ana", "40.4,-3.7"]):
        subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *setup], capture_output=True, text=True,
                       timeout=120, check=True)
    r = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 2, r.stderr
    assert "too far off to plan" in r.stderr and "Traceback" not in r.stderr and r.stderr.count("\n") == 1


def test_the_next_years_can_be_planned():
    check_plan_day(date(2026, 12, 1), today=date(2026, 11, 30))
    check_plan_day(date(2036, 12, 31), today=date(2026, 11, 30))
    with pytest.raises(UserError):
        check_plan_day(date(2037, 1, 1), today=date(2026, 11, 30))
