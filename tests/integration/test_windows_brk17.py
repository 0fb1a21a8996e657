"""BRK17 4 through the CLI on the tester's file: ``Thu 6:30-8:30`` (no am/pm; the morning reading is
three quarters outside the lawful hours, the evening one fits) waits in the review queue with both
readings instead of being stored as Thu 08:00-08:30; the other rows keep their readings."""

import json

from tests.integration.test_cli_lender_columns import fv
from tests.paths import ROOT

DATA = ROOT / "tests" / "data" / "brk17"


def test_a_mostly_unlawful_morning_without_am_pm_goes_to_review(tmp_path):
    db = tmp_path / "ws.db"
    r = fv(db, "--json", "cases", "import", str(DATA / "win_more_minutes.csv"), "--as-of", "2026-11-23")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    x4 = [i for i in data["review"] if i["case_id"] == "X-4"]
    assert len(x4) == 1 and "06:30-08:30" in json.dumps(x4) and "18:30-20:30" in json.dumps(x4), x4
    listed = {c["case_id"]: c for c in json.loads(fv(db, "--json", "cases", "list").stdout)["cases"]}
    assert listed["X-4"]["windows"] == []
    x5 = listed["X-5"]["windows"][0]
    assert (x5["start"][11:16], x5["end"][11:16]) == ("15:30", "17:30")
    assert "X-4" in fv(db, "cases", "review").stdout
