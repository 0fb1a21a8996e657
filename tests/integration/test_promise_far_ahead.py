"""BRK16b #16: a promise to pay dated far ahead (2099-12-07) is recorded with a warning (CLI text
and JSON; the visit form's note, tests/ui) that it lies beyond the three days a promise is pinned
to (PRODUCT.md "Pin the promise"); a promise within them carries none."""

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from fieldvisit.domain.promises import far_promise_note, pinned_by


def fv(*args, db):
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env={**os.environ, "TZ": "Europe/London"}, timeout=300)


def visit(case_id, promised):
    return {"case_id": case_id, "arrived_at": "2026-12-01T10:05:00+00:00", "left_at": "2026-12-01T10:25:00+00:00",
            "outcome": "promise_to_pay", "person_met": "debtor",
            "promise": {"amount": "50.00", "currency": "GBP", "date": promised}}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("far")
    path = f"sqlite:///{folder / 'ws.sqlite'}"
    rows = ["case_id,name,lat,lon,country,timezone,balance,currency,days_past_due"]
    rows += [f"G-{i},Debtor {i},51.50,-0.12,GB,Europe/London,500.00,GBP,60" for i in range(4)]
    (folder / "c.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert fv("cases", "import", str(folder / "c.csv"), db=path).returncode == 0
    return path


@pytest.mark.parametrize(("case_id", "promised"), [("G-0", "2099-12-07"), ("G-1", "2027-06-01")])
def test_far_promise_is_recorded_with_a_warning(db, tmp_path, case_id, promised):
    path = tmp_path / "v.json"
    path.write_text(json.dumps(visit(case_id, promised)), encoding="utf-8")
    r = fv("--json", "visits", "add", "--json-file", str(path), db=db)
    assert r.returncode == 0, r.stderr
    warnings = json.loads(r.stdout)["visits"][0]["warnings"]
    assert any("beyond the three days a promise is pinned to" in w for w in warnings), warnings
    shown = fv("visits", "list", "--case", case_id, "--json", db=db).stdout
    assert "beyond the three days" in shown


def test_plain_cli_says_it_too(db, tmp_path):
    path = tmp_path / "v.json"
    path.write_text(json.dumps(visit("G-2", "2099-12-07")), encoding="utf-8")
    r = fv("visits", "add", "--json-file", str(path), db=db)
    assert r.returncode == 0 and "beyond the three days" in r.stdout + r.stderr


def test_promise_within_three_days_has_no_warning(db, tmp_path):
    path = tmp_path / "v.json"
    path.write_text(json.dumps(visit("G-3", "2026-12-04")), encoding="utf-8")
    r = fv("--json", "visits", "add", "--json-file", str(path), db=db)
    assert r.returncode == 0 and json.loads(r.stdout)["visits"][0]["warnings"] == []


def test_pinning_moves_past_a_sunday_and_holidays():
    assert pinned_by(date(2026, 12, 3)) == date(2026, 12, 7)  # Thu + 3 = Sunday → Monday
    assert pinned_by(date(2026, 12, 5), frozenset({date(2026, 12, 8)})) == date(2026, 12, 9)
    assert far_promise_note(date(2026, 12, 7), date(2026, 12, 3)) is None
    note = far_promise_note(date(2099, 12, 7), date(2026, 12, 1))
    assert note and "2099" in note and "days after the visit" in note
