"""BRK14 #6 through the CLI on a real SQLite workspace, with the tester's file (Madrid): the import
applies the planner's day rule. ``Sat AM``, ``周六上午`` and ``sáb 10-13`` are not stored as Saturday
windows the planner would then refuse: they wait in the review queue with one sentence; a
correction naming only Saturday is refused the same way (exit 2); ``every day except Sunday``
loses its Saturday with a note. Day plans (Saturday and Tuesday), team plans and week plans all
agree with what was stored."""

import json
import shutil
from datetime import date

import pytest

from tests.integration.test_cli_plan import fv
from tests.paths import ROOT

FILE = ROOT / "tests" / "fixtures" / "brk14_k6_windows.csv"
AS_OF = ("--as-of", "2026-11-23")  # a Monday
SATURDAY, TUESDAY = "2026-11-28", "2026-11-24"
WHO = "Lucía Romero"
ADVICE = "choose another day or the date of an appointment the customer agreed"
SENTENCE = "Saturday is not a visiting day in ES (Spain — CCD2 art. 35, customary practice)"


def ok(r):
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout) if r.stdout.lstrip().startswith("{") else r.stdout


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("lawdays")
    db = f"sqlite:///{tmp / 'ws.sqlite'}"
    summary = ok(fv("--json", "cases", "import", str(FILE), *AS_OF, db=db))
    ok(fv("cases", "assign", "--collector", WHO, "--unassigned", db=db))
    ok(fv("collectors", "set-home", WHO, "40.42,-3.70", db=db))
    return db, summary, tmp


def fresh(imported, name):
    """A copy of the imported workspace (plans saved in one do not count against the others' caps)."""
    db, _, tmp = imported
    path = tmp / f"{name}.sqlite"
    shutil.copy(db.removeprefix("sqlite:///"), path)
    return f"sqlite:///{path}"


def weekday(window) -> int:
    return date.fromisoformat(window["start"][:10]).weekday()


def windows_of(db):
    cases = ok(fv("--json", "cases", "list", *AS_OF, db=db))["cases"]
    return {c["case_id"]: c["windows"] for c in cases}


def test_saturday_only_texts_wait_in_the_queue_with_one_sentence(imported):
    db, summary, _ = imported
    assert summary["imported"] == 23 and summary["rejected"] == []
    assert summary["windows"] == 17  # 23 texts, 6 waiting (3 Saturdays, 05-07, "call first", 18-16)
    review = {r["case_id"]: r["error"] for r in summary["review"]}
    assert sorted(review) == ["W-05", "W-06", "W-20", "W-21", "W-22", "W-23"]
    for cid, text in (("W-05", "Sat AM"), ("W-06", "周六上午"), ("W-22", "sáb 10-13")):
        assert review[cid] == f"{text!r}: {SENTENCE}; {ADVICE}"
    notes = {n["case_id"]: n["note"] for n in summary["notes"]}
    assert notes["W-13"] == f"'every day except Sunday 10:00–13:00' kept as Mon–Fri 10:00–13:00: {SENTENCE}"
    stored = windows_of(db)
    assert stored["W-05"] == stored["W-06"] == stored["W-22"] == []
    assert all(w["recurring"] and weekday(w) < 5 for cid in ("W-09", "W-13", "W-19") for w in stored[cid])

    plain = fv("cases", "import", str(FILE), "--preview", *AS_OF, db=db)
    assert plain.returncode == 0 and SENTENCE in plain.stdout  # the preview says it before anything is written
    listed = fv("cases", "review", db=db)
    assert listed.returncode == 0 and listed.stdout.count(SENTENCE) == 3


def test_a_correction_naming_only_saturday_is_refused_in_one_sentence(imported):
    db = fresh(imported, "review")
    items = {i["case_id"]: i["id"] for i in ok(fv("--json", "cases", "review", db=db))["reviews"]}
    r = fv("cases", "review", "--resolve", str(items["W-22"]), "--text", "sábado 11-13", db=db)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert SENTENCE in r.stderr and "choose another day" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert ok(fv("cases", "review", "--resolve", str(items["W-22"]), "--text", "L-S 10-13", db=db))
    assert ok(fv("cases", "review", "--resolve", str(items["W-05"]), "--text", f"{SATURDAY} 10:00-12:00", db=db))
    stored = windows_of(db)
    assert stored["W-22"] and all(weekday(w) < 5 for w in stored["W-22"])  # Mon–Fri: Saturday left out
    assert [w["recurring"] for w in stored["W-05"]] == [False]

    # an agreed appointment on that Saturday is visited; a weekly window never is
    day = ok(fv("--json", "plan", "--date", SATURDAY, "--collector", WHO, "--time-limit", "1", *AS_OF, db=db))
    assert [s["case_id"] for s in day["stops"]] == ["W-05"]
    reasons = {u["case_id"]: u for u in day["unplanned"]}
    assert reasons["W-13"]["reason"] == "outside_lawful_hours" and "Saturday" in reasons["W-13"]["text"]


def test_day_team_and_week_plans_agree_with_the_trimmed_window(imported):
    saturday = ok(fv("--json", "plan", "--date", SATURDAY, "--collector", WHO, "--time-limit", "1", *AS_OF,
                     db=fresh(imported, "sat")))
    assert saturday["stops"] == [] and saturday["valid"]
    assert {u["reason"] for u in saturday["unplanned"]} == {"outside_lawful_hours"}

    tuesday = ok(fv("--json", "plan", "--date", TUESDAY, "--collector", WHO, "--time-limit", "1", *AS_OF,
                    db=fresh(imported, "tue")))
    planned = {s["case_id"] for s in tuesday["stops"]}
    assert "W-13" in planned and tuesday["valid"]
    left = {u["case_id"]: u["reason"] for u in tuesday["unplanned"]}
    # the Saturday texts are not "not available that day": they wait for a person's answer
    assert left["W-05"] == left["W-06"] == left["W-22"] == "appointment_to_review"
    assert "not_available_that_day" not in {left.get(c) for c in ("W-09", "W-13", "W-19")}

    team = ok(fv("--json", "plan-team", "--date", TUESDAY, "--time-limit", "1", *AS_OF, db=fresh(imported, "team")))
    in_team = {s["case_id"] for route in team["routes"] for s in route["stops"]}
    assert "W-13" in in_team
    assert {u["case_id"]: u["reason"] for u in team["unplanned"]}["W-22"] == "appointment_to_review"

    week = ok(fv("--json", "plan-week", "--from", "2026-11-26", "--days", "3", "--collector", WHO, "--time-limit",
                 "1", *AS_OF, db=fresh(imported, "week")))
    assert [d["date"] for d in week["days"]] == ["2026-11-26", "2026-11-27", "2026-11-30"]  # the weekend skipped
    by_day = {d["date"]: {s["case_id"] for s in d["stops"]} for d in week["days"]}
    assert any("W-13" in stops for stops in by_day.values())
    assert {u["case_id"]: u["reason"] for u in week["unplanned"]}["W-06"] == "appointment_to_review"
