"""Breaker report 16a, finding 10: ``cases list --json`` (and ``prep --json``) never put text in a
number's place. A balance, days past due or bucket waiting in the review queue is ``null`` and
named in ``to_review`` (CLI.md: "Money: string decimal plus currency"); the plain output still
says "to review". The testers' files (tests/data/brk16) and a variant of each kind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "brk16"


def fv(db: str, *args) -> subprocess.CompletedProcess:
    folder = Path(db.removeprefix("sqlite:///")).parent  # a URL or a path: the workspace's own folder
    env = {**os.environ, "FIELDVISIT_HOME": str(folder), "FIELDVISIT_PASSPHRASE": "brk16-list"}
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env=env, timeout=120)


def _numbers_are_numbers(case: dict) -> None:
    assert case["balance"] is None or Decimal(case["balance"]) == Decimal(case["balance"])
    assert case["days_past_due"] is None or isinstance(case["days_past_due"], int)
    assert case["bucket"] is None or case["bucket"].startswith("M")


@pytest.mark.parametrize("name, waiting", [
    ("dates_ambiguous_nocountry.csv", {"balance", "days_past_due", "bucket"}),
    ("money_ambiguous_decimal.csv", {"balance"}),
    ("money_mixed.csv", {"balance"}),
])
def test_values_waiting_for_review_are_null_in_json_and_said_in_plain_text(tmp_path, name, waiting):
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    assert fv(db, "cases", "import", str(DATA / name), "--as-of", "2026-11-23").returncode == 0
    listed = json.loads(fv(db, "--json", "cases", "list", "--as-of", "2026-11-23").stdout)["cases"]
    for case in listed:
        _numbers_are_numbers(case)
    pending = [c for c in listed if c["balance"] is None]
    assert pending and all("balance" in c["to_review"] for c in pending)
    nulls = {k for c in pending for k in ("balance", "days_past_due", "bucket") if c[k] is None}
    assert nulls >= waiting
    plain = fv(db, "cases", "list", "--as-of", "2026-11-23").stdout
    line = next(li for li in plain.splitlines() if li.startswith(pending[0]["case_id"] + " "))
    assert "to review" in line
    prep = json.loads(fv(db, "--json", "prep", pending[0]["case_id"], "--as-of", "2026-11-23").stdout)
    _numbers_are_numbers(prep)
    assert prep["balance"] is None and "balance" in prep["to_review"]
    assert "balance to review" in fv(db, "prep", pending[0]["case_id"], "--as-of", "2026-11-23").stdout


def test_a_due_date_waiting_for_review_leaves_days_and_bucket_null(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("case_id,name,due_date\nD-1,Ana,03/04/2026\nD-2,Luis,2026-10-01\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    assert fv(db, "cases", "import", str(path), "--as-of", "2026-11-23").returncode == 0
    listed = {c["case_id"]: c for c in json.loads(fv(db, "--json", "cases", "list", "--as-of", "2026-11-23").stdout)["cases"]}
    assert (listed["D-1"]["days_past_due"], listed["D-1"]["bucket"]) == (None, None)
    assert "due_date" in listed["D-1"]["to_review"]
    assert listed["D-2"]["days_past_due"] == 53 and listed["D-2"]["bucket"] == "M2"
