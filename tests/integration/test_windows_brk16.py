"""BRK16a 2, 14 and 16 through the CLI on the testers' files: times with minutes and am/pm (or de la
tarde, 下午, 晚上) on the end only are read as meant, never a morning start clipped to the lawful
hours; ``8-10`` is read in the morning as documented with a note on the row; Portuguese ``manhã``
is the morning."""

import json

import pytest

from tests.integration.test_cli_lender_columns import fv
from tests.paths import ROOT

DATA = ROOT / "tests" / "data" / "brk16"


def _windows(db, name):
    r = fv(db, "--json", "cases", "import", str(DATA / name), "--as-of", "2026-11-23")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    listed = json.loads(fv(db, "--json", "cases", "list").stdout)["cases"]
    hours = {c["case_id"]: sorted({(w["start"][11:16], w["end"][11:16]) for w in c["windows"]}) for c in listed}
    return data, hours


@pytest.mark.parametrize("name, right", [
    ("windows_pm_minutes.csv", {"PM-1": "17:30-19:30", "PM-2": "17:30-19:30", "PM-3": "09:30-11:30",
                                "PM-4": "16:15-18:45", "PM-5": "17:30-19:30", "PM-6": "17:30-19:30",
                                "PM-7": "13:30-15:00", "PM-8": "10:30-11:00"}),
    ("windows_pm_minutes_es_zh.csv", {"PX-1": "17:30-19:30", "PX-2": "17:30-19:30", "PX-3": "16:30-18:30",
                                      "PX-4": "17:30-19:30", "PX-5": "18:30-20:30"}),
])
def test_am_pm_on_the_end_covers_a_start_with_minutes(tmp_path, name, right):
    data, hours = _windows(tmp_path / "ws.db", name)
    assert data["review"] == [] and not [n for n in data["notes"] if "clipped" in n["note"]], data["notes"]
    assert {k: ["-".join(v[0])] for k, v in hours.items()} == {k: [v] for k, v in right.items()}


def test_windows_en_more_8_10_is_the_morning_with_a_note_and_5_30_7_30pm_the_evening(tmp_path):
    data, hours = _windows(tmp_path / "ws.db", "windows_en_more.csv")
    assert hours["W2-11"] == [("17:30", "19:30")] and hours["W2-12"] == [("18:00", "20:00")]
    assert hours["W2-8"] == [("08:00", "10:00")]
    notes = {n["case_id"]: n["note"] for n in data["notes"]}
    assert notes["W2-8"].startswith("'8-10' read in the morning as written (no am/pm)")
    assert "write 20:00-22:00" in notes["W2-8"]


def test_br_banco_manha_is_the_morning(tmp_path):
    data, hours = _windows(tmp_path / "ws.db", "br_banco.csv")
    assert hours["BR-1"] == [("09:00", "12:00")]
    assert not [r for r in data["review"] if r["case_id"] == "BR-1" and "manhã" in (r.get("text") or "")]
