"""BRK15b #6: a promise to pay dated on a Sunday or a public holiday is recorded with a warning
naming the day and the next business day (CLI text and JSON), and the supervisor's report
shows it; a promise on a business day carries none."""

import json
import os
import subprocess
import sys

import pytest


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env={**os.environ, "TZ": "Europe/Madrid"}, timeout=300)


def visit(case_id, promised):
    return {"case_id": case_id, "arrived_at": "2026-12-02T10:05:00+01:00", "left_at": "2026-12-02T10:25:00+01:00",
            "outcome": "promise_to_pay", "person_met": "debtor",
            "promise": {"amount": "50.00", "currency": "EUR", "date": promised}}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("promise")
    path = f"sqlite:///{folder / 'ws.sqlite'}"
    rows = ["case_id,name,lat,lon,country,timezone,balance,currency,days_past_due"]
    rows += [f"ES-{i},Debtor {i},40.41,-3.70,ES,Europe/Madrid,500.00,EUR,60" for i in range(3)]
    (folder / "c.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert fv("cases", "import", str(folder / "c.csv"), "--country", "ES", db=path).returncode == 0
    return path


@pytest.mark.parametrize(("case_id", "promised", "phrase", "following"), [
    ("ES-0", "2026-12-08", "is a public holiday (Immaculate Conception)", "Wed 09 Dec 2026"),
    ("ES-1", "2026-12-06", "is a Sunday", "Mon 07 Dec 2026"),
])
def test_promise_on_a_day_off_is_warned(db, tmp_path, case_id, promised, phrase, following):
    path = tmp_path / "v.json"
    path.write_text(json.dumps(visit(case_id, promised)), encoding="utf-8")
    r = fv("--json", "visits", "add", "--json-file", str(path), db=db)
    assert r.returncode == 0, r.stderr
    warnings = json.loads(r.stdout)["visits"][0]["warnings"]
    said = [w for w in warnings if phrase in w]  # (a date beyond three days is also said: test_promise_far_ahead)
    assert len(said) == 1 and f"next business day, {following}" in said[0]
    shown = fv("visits", "list", "--json", db=db)
    assert phrase in shown.stdout


def test_business_day_promise_has_no_warning_and_report_shows_the_others(db, tmp_path):
    path = tmp_path / "v.json"
    path.write_text(json.dumps(visit("ES-2", "2026-12-04")), encoding="utf-8")  # within three days
    r = fv("visits", "add", "--json-file", str(path), db=db)
    assert r.returncode == 0 and "warning" not in r.stdout
    out = tmp_path / "r.csv"
    assert fv("report", "--from", "2026-12-01", "--to", "2026-12-03", "--format", "csv", "--out", str(out),
              db=db).returncode == 0
    report = out.read_text(encoding="utf-8-sig")
    assert "Immaculate Conception" in report and "is a Sunday" in report
